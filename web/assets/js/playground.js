// GraphiQL at /graphql (api/playground.py): the project's examples as tabs, and a query handed
// over in the fragment (#query=...&variables=..., from the explorer's "open in playground") in a
// tab of its own. A fragment, not a query string: GET /graphql?query=... runs the query instead.
const element = document.getElementById("graphiql");
const fetcher = GraphiQL.createFetcher({ url: window.location.pathname });
const asked = new URLSearchParams(window.location.hash.slice(1));
const handed = asked.has("query") ? { query: asked.get("query"), variables: asked.get("variables") || undefined } : null;
const examples = JSON.parse(element.dataset.tabs);
ReactDOM.createRoot(element).render(
  React.createElement(GraphiQL, {
    fetcher,
    defaultEditorToolbarOpen: true,
    // The handed query first (and active), then the examples; with tabs remembered from an earlier
    // visit GraphiQL adds it as a new tab instead.
    defaultTabs: handed ? [handed, ...examples] : examples,
    ...(handed ?? {}),
  }),
);
