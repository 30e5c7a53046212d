// Deal web: money flows among chosen firms (default: OpenAI, Oracle, Nvidia and the firms around
// them); arrows sized by the payer's own amount, firm solid and contingent dashed, money cycles red.
import { gql } from "../api.js";
import { graph, widthFor } from "../graphs.js";
import { PARTY_AMOUNT, partyAmountServed } from "../fields.js";
import { allFlows, firmsAround } from "../money.js";
import { entityLink, h, queryPanel, table, usd } from "../ui.js";

const DEFAULT_FIRMS = ["openai", "oracle", "nvidia"];

const dealsQuery = () => `query DealWeb($where: DealWhere, $asOf: Date) {
  deals(where: $where, first: 500, sort: VALUE_USD, direction: DESC) {
    totalCount
    nodes {
      id name kind valueUsd valueIsUpperBound status announced
      parties(asOf: $asOf) { role ${partyAmountServed() ? PARTY_AMOUNT : ""} company { id name } }
    }
  }
}`;

const CYCLES_QUERY = `query MoneyCycles($maxLength: Int!, $asOf: Date) {
  moneyCycles(maxLength: $maxLength, asOf: $asOf) {
    totalUsd
    companies { id name }
    flows { payer { id } payee { id } amountUsd deals { id } }
  }
}`;

function where(firms, asOf) {
  const parties = { OR: firms.map((f) => ({ parties: f })) };
  if (!asOf) return parties;
  // As of a date: deals already announced (or undated) then.
  return { AND: [parties, { OR: [{ announced: { lte: asOf } }, { announced: { isNull: true } }] }] };
}

export async function render(root, ctx) {
  const core = (ctx.params.get("firms") ?? DEFAULT_FIRMS.join(",")).split(",").map((s) => s.trim()).filter(Boolean);
  const around = Number(ctx.params.get("around") ?? 6);
  const runs = [];
  const run = async (query, variables) => {
    runs.push({ query, variables });
    return gql(query, variables);
  };

  const firmsInput = h("input", { type: "search", value: core.join(", "), "data-testid": "firms-input", size: 34 });
  const aroundInput = h("input", { type: "number", min: 0, max: 20, value: around, style: "width: 4em" });
  const apply = () => ctx.navigate("deals", null, { firms: firmsInput.value.split(",").map((s) => s.trim()).filter(Boolean).join(","), around: aroundInput.value, asOf: ctx.asOf });
  root.append(
    h("h1", {}, "Deal web"),
    h("p", { class: "lede" }, "Money between firms as their deals say: who buys from, invests in, lends to or leases from whom. Arrow width is the payer's own amount where reported, the headline value where a deal has one payer; red arrows close a loop of money (a cycle from moneyCycles)."),
    h("form", { class: "controls", onsubmit: (e) => { e.preventDefault(); apply(); } },
      h("label", {}, "Firms ", firmsInput), h("label", {}, "plus the ", aroundInput, " firms most tied to them"), h("button", { type: "submit" }, "Draw")),
  );

  const variables0 = { where: where(core, ctx.asOf), asOf: ctx.asOf };
  const first = await run(dealsQuery(), variables0);
  let deals = first.deals.nodes;
  // The named firms as the API resolved them (a ref may be an id or a name).
  const named = (c) => core.some((ref) => ref.toLowerCase() === c.id || ref.toLowerCase() === c.name.toLowerCase());
  const resolved = new Set(deals.flatMap((d) => d.parties.map((p) => p.company)).filter(named).map((c) => c.id));
  let chosen = resolved;
  const extra = firmsAround(allFlows(deals), chosen, around);
  if (extra.length) {
    const all = [...chosen, ...extra];
    const second = await run(dealsQuery(), { where: where(all, ctx.asOf), asOf: ctx.asOf });
    deals = second.deals.nodes;
    chosen = new Set(all);
  }
  const cycles = await run(CYCLES_QUERY, { maxLength: 4, asOf: ctx.asOf });
  if (!ctx.isCurrent()) return;

  const flows = allFlows(deals).filter((f) => chosen.has(f.payer.id) && chosen.has(f.payee.id));
  const inside = cycles.moneyCycles.filter((c) => c.companies.every((co) => chosen.has(co.id)));
  const cyclePairs = new Set(inside.flatMap((c) => c.flows.map((f) => `${f.payer.id}>${f.payee.id}`)));
  for (const f of flows) f.inCycle = cyclePairs.has(`${f.payer.id}>${f.payee.id}`);

  // One arrow per payer, payee and kind of commitment; the table below keeps one row per deal.
  const arrows = new Map();
  for (const f of flows) {
    const key = `${f.payer.id}>${f.payee.id}>${f.contingent}`;
    const arrow = arrows.get(key) ?? { payer: f.payer, payee: f.payee, contingent: f.contingent, amountUsd: null, deals: [], inCycle: false };
    if (f.amountUsd !== null) arrow.amountUsd = (arrow.amountUsd ?? 0) + f.amountUsd;
    arrow.deals.push(f.deal.name);
    arrow.inCycle ||= f.inCycle;
    arrows.set(key, arrow);
  }
  const maxAmount = Math.max(0, ...[...arrows.values()].map((a) => a.amountUsd ?? 0));
  const firms = new Map(flows.flatMap((f) => [[f.payer.id, f.payer], [f.payee.id, f.payee]]));
  const volume = new Map();
  for (const f of flows) for (const id of [f.payer.id, f.payee.id]) volume.set(id, (volume.get(id) ?? 0) + (f.amountUsd ?? 0));
  const maxVolume = Math.max(1, ...volume.values());
  const elements = [
    ...[...firms.values()].map((c) => ({
      data: { id: c.id, label: c.name, type: "Company", size: 24 + 40 * Math.sqrt((volume.get(c.id) ?? 0) / maxVolume), core: resolved.has(c.id) ? 2 : 1 },
      classes: resolved.has(c.id) ? "root" : "",
    })),
    ...[...arrows.values()].map((a, i) => ({
      data: { id: `f${i}`, source: a.payer.id, target: a.payee.id, width: widthFor(a.amountUsd, maxAmount, 1.5, 18), label: a.amountUsd ? usd(a.amountUsd) : "", deals: a.deals.join("; ") },
      classes: [a.contingent ? "contingent" : "firm", a.inCycle ? "cycle" : "", a.amountUsd === null ? "unknown" : ""].join(" "),
    })),
  ];
  const container = h("div", { class: "graph", "data-testid": "graph" });
  const legend = h("div", { class: "legend" },
    h("span", {}, h("i", { style: "border-color: var(--firm)" }), "firm commitment"),
    h("span", {}, h("i", { style: "border-top-style: dashed; border-color: var(--contingent)" }), "contingent (“up to”, announced, letter of intent)"),
    h("span", {}, h("i", { style: "border-color: var(--cycle)" }), "part of a money cycle"),
    h("span", {}, h("i", { style: "border-top-style: dotted; border-color: #b9c0cc" }), "amount not reported"),
  );
  const cycleList = h("div", { class: "panel" }, h("h3", {}, `Money cycles among these firms (${inside.length})`),
    inside.length ? h("ol", {}, inside.map((c) => h("li", {}, c.companies.map((co) => co.name).join(" → "), " → ", c.companies[0].name, h("span", { class: "muted" }, ` · ${usd(c.totalUsd)}`)))) : h("p", { class: "muted" }, "None."));
  root.append(legend, h("div", { class: "split" }, container, cycleList));
  const cy = graph(container, elements, {
    // The named firms in the middle, the firms around them on an outer ring (wider than high,
    // like the box it is drawn in).
    layout: { name: "preset", positions: ringPositions(elements.filter((e) => !e.data.source)), fit: true, padding: 36 },
    style: [
      { selector: "edge.firm", style: { "line-color": "#2f6fdf", "target-arrow-color": "#2f6fdf", opacity: 0.75 } },
      { selector: "edge.contingent", style: { "line-style": "dashed", "line-color": "#e0702b", "target-arrow-color": "#e0702b", opacity: 0.8 } },
      { selector: "edge.unknown", style: { "line-style": "dotted", "line-color": "#b9c0cc", "target-arrow-color": "#b9c0cc", opacity: 0.9 } },
      { selector: "edge.cycle", style: { "line-color": "#c43d5b", "target-arrow-color": "#c43d5b", opacity: 0.95, "z-index": 9 } },
      { selector: "node", style: { "font-size": 15, "font-weight": 600 } },
      { selector: "edge", style: { "font-size": 12, "font-weight": 600, "control-point-step-size": 28 } },
      { selector: "edge.contingent.cycle", style: { "line-color": "#c43d5b", "line-style": "dashed" } },
    ],
  });
  cy.on("dbltap", "node", (event) => ctx.navigate("entity", event.target.id()));

  const rows = flows.map((f) => ({
    payer: f.payer.name, payerId: f.payer.id, payee: f.payee.name, payeeId: f.payee.id, deal: f.deal.name, dealId: f.deal.id,
    kind: f.deal.kind, roles: f.roles, amountUsd: f.amountUsd, basis: f.basis, dealValueUsd: f.deal.valueUsd,
    commitment: f.contingent ? "contingent" : "firm", status: f.deal.status, announced: f.deal.announced, inCycle: f.inCycle,
  })).sort((a, b) => (b.amountUsd ?? -1) - (a.amountUsd ?? -1));
  root.append(
    table({
      name: "deal-web", caption: "Money flows drawn", rows,
      columns: [
        { key: "payer", render: (r) => entityLink({ id: r.payerId, name: r.payer }) },
        { key: "payee", render: (r) => entityLink({ id: r.payeeId, name: r.payee }) },
        { key: "payerId", csvOnly: true }, { key: "payeeId", csvOnly: true }, { key: "dealId", csvOnly: true },
        { key: "amountUsd", label: "Amount", numeric: true, format: usd },
        { key: "basis", className: "muted" },
        { key: "deal", render: (r) => entityLink({ id: r.dealId, name: r.deal }) },
        { key: "kind" }, { key: "roles" }, { key: "commitment" },
        { key: "dealValueUsd", label: "Deal value", numeric: true, format: usd },
        { key: "announced" }, { key: "inCycle", label: "In a cycle", format: (v) => (v ? "yes" : "") },
      ],
    }),
    queryPanel(runs),
  );
}

function ringPositions(nodes) {
  const positions = {};
  const rings = [nodes.filter((n) => n.data.core === 2), nodes.filter((n) => n.data.core !== 2)];
  rings.forEach((ring, level) => {
    const radius = ring.length === 1 && level === 0 ? 0 : level === 0 ? 160 : 330;
    ring.forEach((n, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length + (level ? Math.PI / ring.length : 0);
      positions[n.data.id] = { x: 1.7 * radius * Math.cos(angle), y: radius * Math.sin(angle) };
    });
  });
  return positions;
}
