"""The explorer's files as committed: vendored libraries match the lock file, the schema map
matches schema.graphql, nothing loads from outside the server, and the playground is local."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

from graphql import OperationDefinitionNode, parse

from api.playground import EXAMPLES, graphiql_html
from graph.settings import PROJECT_ROOT

WEB = PROJECT_ROOT / "web"
VENDOR = WEB / "assets" / "vendor"


def load_script(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_schema_map_matches_the_committed_schema() -> None:
    schema_map = load_script(WEB / "scripts" / "schema_map.py")
    expected = schema_map.render((PROJECT_ROOT / "schema.graphql").read_text())
    committed = (WEB / "assets" / "js" / "schema-map.js").read_text()
    assert committed == expected, "run `.venv/bin/python web/scripts/schema_map.py` after changing the schema"


def test_vendored_files_are_the_locked_packages() -> None:
    manifest = json.loads((VENDOR / "MANIFEST.json").read_text())
    lock = json.loads((WEB / "package-lock.json").read_text())
    package = json.loads((WEB / "package.json").read_text())
    assert {entry["package"] for entry in manifest.values()} == set(package["dependencies"])
    for served, entry in manifest.items():
        digest = hashlib.sha256((VENDOR / served).read_bytes()).hexdigest()
        assert digest == entry["sha256"], f"{served} differs from what web/scripts/vendor.mjs copied"
        assert lock["packages"][f"node_modules/{entry['package']}"]["version"] == entry["version"]
        assert package["dependencies"][entry["package"]] == entry["version"], "pin exact versions"
    served_files = {path.name for path in VENDOR.iterdir() if path.is_file()} - {"MANIFEST.json"}
    assert served_files == set(manifest)


# A URL with a scheme in anything the page loads would be a fetch beyond the server (links to
# sources come from the data, not from these files).
EXTERNAL = re.compile(
    r"""(?:src|href)\s*=\s*["']?(?:https?:)?//|url\(\s*["']?(?:https?:)?//|from\s+["']https?://"""
)


def test_the_explorer_loads_nothing_from_elsewhere() -> None:
    own = [
        WEB / "index.html",
        *(WEB / "assets" / "js").rglob("*.js"),
        *(WEB / "assets" / "css").rglob("*.css"),
    ]
    assert len(own) > 5
    for path in own:
        assert not EXTERNAL.search(path.read_text()), path


def test_the_playground_is_served_locally() -> None:
    page = graphiql_html("/assets")
    assert "unpkg" not in page
    assert not re.search(r"""(?:src|href)=["']https?://""", page)
    for name in (
        "graphiql.min.js",
        "graphiql.min.css",
        "react.production.min.js",
        "react-dom.production.min.js",
    ):
        assert f"/assets/vendor/{name}" in page
        assert (VENDOR / name).is_file()


def test_every_example_operation_is_named() -> None:
    """GraphiQL titles a tab with its operation's name; an anonymous one shows `<untitled>`."""
    names = []
    for path in sorted(EXAMPLES.glob("*.graphql")):
        operations = [
            d for d in parse(path.read_text()).definitions if isinstance(d, OperationDefinitionNode)
        ]
        assert operations, path
        for operation in operations:
            assert operation.name is not None, f"{path.name}: name the operation so its tab has a title"
            names.append(operation.name.value)
    assert len(names) == len(set(names))
