"""GraphiQL page that opens with one tab per example query in `api/examples/`."""

import html
import json
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent / "examples"


def example_queries() -> dict[str, str]:
    return {path.stem: path.read_text() for path in sorted(EXAMPLES.glob("*.graphql"))}


def graphiql_html() -> str:
    tabs = [{"query": text, "headers": ""} for text in example_queries().values()]
    tabs_json = html.escape(json.dumps(tabs), quote=True)
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Compute Graph — GraphiQL</title>
<style>body {{ margin: 0; height: 100vh; }} #graphiql {{ height: 100vh; }}</style>
<link rel="stylesheet" href="https://unpkg.com/graphiql@3.7.1/graphiql.min.css" />
</head><body><div id="graphiql" data-tabs="{tabs_json}">Loading GraphiQL…</div>
<script crossorigin src="https://unpkg.com/react@18.3.1/umd/react.production.min.js"></script>
<script crossorigin src="https://unpkg.com/react-dom@18.3.1/umd/react-dom.production.min.js"></script>
<script crossorigin src="https://unpkg.com/graphiql@3.7.1/graphiql.min.js"></script>
<script>
  const element = document.getElementById('graphiql');
  const fetcher = GraphiQL.createFetcher({{ url: window.location.pathname }});
  ReactDOM.createRoot(element).render(React.createElement(GraphiQL, {{
    fetcher, defaultEditorToolbarOpen: true,
    defaultTabs: JSON.parse(element.dataset.tabs),
  }}));
</script></body></html>"""
