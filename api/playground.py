"""GraphiQL page that opens with one tab per example query in `api/examples/`.

Its scripts and styles are the explorer's vendored copies (web/assets/vendor, pinned by
web/package-lock.json), so the playground works offline; its own code is
web/assets/js/playground.js, which also opens a query handed over as `#query=...&variables=...`
(the explorer's "open in playground" links) in a tab of its own.
"""

import html
import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent / "examples"


def example_queries() -> dict[str, str]:
    return {path.stem: path.read_text() for path in sorted(EXAMPLES.glob("*.graphql"))}


def graphiql_html(assets: str = "/assets") -> str:
    """The page; `assets` is where the explorer's assets are served (the app's root path + /assets)."""
    tabs = [{"query": text, "headers": ""} for text in example_queries().values()]
    tabs_json = html.escape(json.dumps(tabs), quote=True)
    vendor = html.escape(f"{assets}/vendor", quote=True)
    # No inline script: the page's own code is a file beside the explorer's (CSP-friendly).
    script = html.escape(f"{assets}/js/playground.js", quote=True)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Compute Graph — GraphiQL</title>
<style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
<link rel="stylesheet" href="{vendor}/graphiql.min.css" />
<link rel="icon" href="data:," />
</head><body><div id="graphiql" data-tabs="{tabs_json}">Loading GraphiQL…</div>
<script src="{vendor}/react.production.min.js"></script>
<script src="{vendor}/react-dom.production.min.js"></script>
<script src="{vendor}/graphiql.min.js"></script>
<script src="{script}"></script>
</body></html>"""
