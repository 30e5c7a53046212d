"""GraphiQL page that opens with one tab per example query in `api/examples/`.

Its scripts and styles are the explorer's vendored copies (web/assets/vendor, pinned by
web/package-lock.json), so the playground works offline. `#query=...&variables=...` opens that
query in a tab of its own: the explorer's "open in playground" links use it. (A fragment, not a
query string: GET /graphql?query=... runs the query instead of showing the page.)
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
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Compute Graph — GraphiQL</title>
<style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
<link rel="stylesheet" href="{vendor}/graphiql.min.css" />
</head><body><div id="graphiql" data-tabs="{tabs_json}">Loading GraphiQL…</div>
<script src="{vendor}/react.production.min.js"></script>
<script src="{vendor}/react-dom.production.min.js"></script>
<script src="{vendor}/graphiql.min.js"></script>
<script>
  const element = document.getElementById('graphiql');
  const fetcher = GraphiQL.createFetcher({{ url: window.location.pathname }});
  const asked = new URLSearchParams(window.location.hash.slice(1));
  // A query handed over in the URL opens in its own tab (GraphiQL adds it beside the examples).
  const handed = asked.has('query')
    ? {{ query: asked.get('query'), variables: asked.get('variables') || undefined }}
    : {{}};
  ReactDOM.createRoot(element).render(React.createElement(GraphiQL, {{
    fetcher, defaultEditorToolbarOpen: true,
    defaultTabs: JSON.parse(element.dataset.tabs),
    ...handed,
  }}));
</script></body></html>"""
