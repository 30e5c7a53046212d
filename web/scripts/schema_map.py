"""Write web/assets/js/schema-map.js: the object types of schema.graphql as plain data for the explorer.

The explorer builds its entity and neighbourhood queries from this map (every relationship field of
every type, with its edge properties), so a relationship or edge property added in schema/ shows up
in the browser after `python web/scripts/schema_map.py`; tests/unit/test_web_schema_map.py fails
while the committed map and the committed schema.graphql disagree.

Run from the project root: `.venv/bin/python web/scripts/schema_map.py`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from graphql import (
    GraphQLInterfaceType,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    build_schema,
)

ROOT = Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schema.graphql"
TARGET = ROOT / "web" / "assets" / "js" / "schema-map.js"


def _unwrap(kind: GraphQLOutputType) -> tuple[str, bool]:
    """(named type, is a list) of a field's type."""
    is_list = False
    while isinstance(kind, GraphQLNonNull | GraphQLList):
        is_list = is_list or isinstance(kind, GraphQLList)
        kind = kind.of_type
    return kind.name, is_list  # type: ignore[attr-defined]


def schema_map(sdl: str) -> dict[str, object]:
    schema = build_schema(sdl)
    types: dict[str, object] = {}
    for name, kind in sorted(schema.type_map.items()):
        if name.startswith("__") or not isinstance(kind, GraphQLObjectType | GraphQLInterfaceType):
            continue
        fields = {}
        for field_name, field in kind.fields.items():
            named, is_list = _unwrap(field.type)
            fields[field_name] = {
                "type": named,
                "list": is_list,
                "args": sorted(field.args),
                "description": (field.description or "").strip(),
            }
        types[name] = {
            "description": (kind.description or "").strip(),
            "interfaces": [i.name for i in getattr(kind, "interfaces", [])],
            "fields": fields,
        }
    return {"types": types}


def render(sdl: str) -> str:
    body = json.dumps(schema_map(sdl), indent=1, sort_keys=True, ensure_ascii=False)
    return (
        "// Generated from schema.graphql by web/scripts/schema_map.py; do not edit by hand.\n"
        f"export const SCHEMA = {body};\n"
    )


def main() -> int:
    TARGET.write_text(render(SCHEMA.read_text()))
    print(f"wrote {TARGET.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
