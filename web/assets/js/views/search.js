// Search: full text across every type, typo tolerant on the server ("Corewave" finds CoreWeave).
import { gql } from "../api.js";
import { entityHref, h, number, queryPanel, table } from "../ui.js";

const QUERY = `query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    entity { __typename id name label description }
  }
}`;

export async function render(root, ctx) {
  const text = ctx.params.get("q") ?? "";
  const input = h("input", { type: "search", value: text, placeholder: "Try “Corewave”, “Hynix” or “Abilene”", "data-testid": "search-input", autofocus: true });
  const form = h("form", { class: "controls", onsubmit: (event) => { event.preventDefault(); ctx.navigate("search", null, { q: input.value.trim() }); } },
    input, h("button", { type: "submit" }, "Search"));
  root.append(h("h1", {}, "Search"), h("p", { class: "lede" }, "Names, aliases and descriptions of every firm, chip, deal, site, policy and person; misspellings within an edit or two still match."), form);
  if (!text) {
    root.append(h("p", { class: "muted" }, "Start with a name, or open a view above: the deal web and the risk cascade draw the money."));
    return;
  }
  const variables = { text, first: 40 };
  const data = await gql(QUERY, variables);
  if (!ctx.isCurrent()) return;
  const rows = data.search.map((hit) => ({ ...hit.entity, type: hit.entity.__typename, score: hit.score }));
  const results = h("ol", { class: "search-results", "data-testid": "search-results" },
    rows.map((row) =>
      h("li", {},
        h("a", { href: entityHref(row.id) }, row.name),
        " ", h("span", { class: `badge type-${row.type}` }, row.type),
        row.description ? h("div", { class: "muted clamp" }, row.description) : null,
      ),
    ),
  );
  root.append(
    rows.length ? results : h("p", { class: "muted" }, `Nothing matches “${text}”.`),
    table({
      name: "search",
      caption: "Hits",
      rows,
      columns: [
        { key: "id" }, { key: "name" }, { key: "type" },
        { key: "score", numeric: true, format: (v) => number(v, 2) },
      ],
    }),
    queryPanel([{ query: QUERY, variables }]),
  );
}
