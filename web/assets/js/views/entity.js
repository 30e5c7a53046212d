// Entity page: facts with units, dates and confidence; sources as links; relationships grouped by
// type; for a company its reported periods as small charts and its deals with its own amount.
import { gql } from "../api.js";
import { chartBox, moneyBars } from "../charts.js";
import { entityQuery, relationshipFields, scalarFields, TYPE_QUERY } from "../entity-query.js";
import { FINANCIALS, FINANCIAL_SERIES, LATEST_YEAR_SERIES, PARTY_AMOUNT, partyAmountServed } from "../fields.js";
import { confidenceBadge, entityLink, h, humanize, queryPanel, sourceLinks, table, usd, withUnit } from "../ui.js";

export async function render(root, ctx) {
  const typed = await gql(TYPE_QUERY, { ref: ctx.id });
  const typeName = typed.entity.__typename;
  const query = entityQuery(typeName);
  const variables = { ref: typed.entity.id, asOf: ctx.asOf };
  const data = await gql(query, variables);
  if (!ctx.isCurrent()) return;
  const entity = data.entity;

  const actions = [
    h("a", { class: "button", href: `#/graph/${encodeURIComponent(entity.id)}` }, "Neighbourhood graph"),
    typeName === "Company" ? h("a", { class: "button", href: `#/risk/${encodeURIComponent(entity.id)}` }, "If it defaults…") : null,
    typeName === "Company" ? h("a", { class: "button", href: `#/deps/${encodeURIComponent(entity.id)}` }, "Dependencies") : null,
  ];
  root.append(
    h("div", { class: "entity-head" },
      h("h1", {}, entity.name, " ", h("span", { class: `badge type-${typeName}` }, typeName)),
      h("div", { class: "actions" }, actions)),
    entity.description ? h("p", { class: "lede" }, entity.description) : null,
    h("p", { class: "meta" },
      entity.aliases.length ? [h("span", {}, "Also known as ", entity.aliases.join(", ")), " · "] : null,
      "as of ", h("strong", {}, entity.asOf), " · confidence ", confidenceBadge(entity.confidence), " · sources: ", sourceLinks(entity.sources)),
  );

  const facts = scalarFields(typeName)
    .filter((f) => entity[f.name] !== null && entity[f.name] !== undefined && !(Array.isArray(entity[f.name]) && !entity[f.name].length))
    .map((f) => ({ field: f.name, value: entity[f.name], shown: withUnit(f.name, entity[f.name]), meaning: f.description }));
  root.append(table({
    name: "facts", caption: "Facts", rows: facts,
    columns: [
      { key: "field", label: "Fact", format: humanize },
      { key: "value", label: "Value", render: (r) => r.shown, csv: (r) => r.value },
      { key: "meaning", label: "Meaning and unit", className: "muted" },
    ],
  }));

  if (typeName === "Company") {
    root.append(financials(entity), dealsTable(entity));
  }

  const groups = relationshipFields(typeName).filter((r) => entity[r.name]?.length && !(typeName === "Company" && r.name === "deals"));
  root.append(h("h2", {}, "Relationships"));
  if (!groups.length) root.append(h("p", { class: "muted" }, "No relationships as of this date."));
  for (const group of groups) {
    const rows = entity[group.name].map((edge) => ({ ...edge, other: edge.node }));
    root.append(table({
      name: `rel-${group.name}`,
      caption: `${humanize(group.name)} (${rows.length})`,
      rows,
      columns: [
        { key: "other", label: group.nodeType, render: (r) => entityLink(r.node), csv: (r) => r.node.id },
        ...group.props.map((p) => ({ key: p, label: humanize(p), format: (v) => withUnit(p, v), numeric: false })),
        { key: "asOf", label: "As of" },
        { key: "confidence", render: (r) => confidenceBadge(r.confidence) },
        { key: "sources", render: (r) => sourceLinks(r.sources), csv: (r) => r.sources.map((s) => s.url ?? s.id) },
      ],
    }));
    root.lastChild.prepend(h("p", { class: "muted relation-meaning" }, group.description));
  }
  root.append(queryPanel([{ query, variables }]));
}

function financials(company) {
  // Company.financials where served, else the periods reached through its REPORTED relationships.
  const periods = company[FINANCIALS] ?? (company.reportedPeriods ?? []).map((edge) => edge.node);
  const section = h("section", { class: "financials" }, h("h2", {}, "Financials"));
  // [title, categories, values] per chart.
  let charts;
  if (Array.isArray(periods) && periods.length) {
    const ordered = [...periods].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
    charts = FINANCIAL_SERIES.map(([key, title, kind]) => {
      let reported = ordered.filter((p) => p[key] !== null && p[key] !== undefined);
      if (kind === "flow") {
        // One period length per chart: the one with the most figures (quarters win ties).
        const lengths = [...new Set(reported.map((p) => p.period ?? "period"))];
        const count = (length) => reported.filter((p) => (p.period ?? "period") === length).length;
        const chosen = lengths.sort((a, b) => count(b) - count(a) || (a === "quarter" ? -1 : 1))[0];
        reported = reported.filter((p) => (p.period ?? "period") === chosen);
        title = chosen && chosen !== "period" ? `${title} (${chosen.replaceAll("_", " ")})` : title;
      }
      return [title, reported.map((p) => p.fiscalLabel ?? p.periodEnd), reported.map((p) => p[key])];
    });
  } else {
    // Without reported periods: the one fiscal year the company node carries.
    const year = company.fiscalYear ? `FY${company.fiscalYear}` : "latest";
    charts = LATEST_YEAR_SERIES.map(([key, title]) => [title, [year], [company[key] ?? null]]);
    section.append(h("p", { class: "muted" }, "Latest reported fiscal year only: no reported periods in the graph."));
  }
  const shown = charts.filter(([, , values]) => values.some((v) => v !== null));
  if (!shown.length) {
    section.append(h("p", { class: "muted" }, "No reported figures in the graph."));
    return section;
  }
  const grid = h("div", { class: "small-multiples" });
  section.append(grid);
  for (const [title, categories, values] of shown) {
    const box = chartBox("chart small");
    grid.append(box);
    requestAnimationFrame(() => moneyBars(box, title, categories, values));
  }
  return section;
}

function dealsTable(company) {
  const own = partyAmountServed();
  const rows = (company.deals ?? []).map((edge) => ({
    id: edge.node.id,
    deal: edge.node,
    kind: edge.node.kind,
    role: edge.role,
    ownAmountUsd: own ? edge[PARTY_AMOUNT] ?? null : null,
    valueUsd: edge.node.valueUsd,
    upTo: edge.node.valueIsUpperBound ?? false,
    status: edge.node.status,
    announced: edge.node.announced,
    sources: edge.sources,
  })).sort((a, b) => (b.ownAmountUsd ?? b.valueUsd ?? 0) - (a.ownAmountUsd ?? a.valueUsd ?? 0));
  const block = table({
    name: "deals",
    caption: `Deals (${rows.length})`,
    rows,
    columns: [
      { key: "deal", label: "Deal", render: (r) => entityLink(r.deal), csv: (r) => r.id },
      { key: "kind" },
      { key: "role" },
      { key: "ownAmountUsd", label: "Its own amount", numeric: true, format: (v) => (own ? usd(v) : "not served yet"), title: "the party's own part (PARTY_TO amount)" },
      { key: "valueUsd", label: "Deal value", numeric: true, render: (r) => `${r.upTo ? "up to " : ""}${usd(r.valueUsd)}`, csv: (r) => r.valueUsd },
      { key: "status" },
      { key: "announced" },
      { key: "sources", render: (r) => sourceLinks(r.sources), csv: (r) => r.sources.map((s) => s.url ?? s.id) },
    ],
  });
  return block;
}
