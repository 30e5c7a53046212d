// Risk cascade: pick a defaulter, move the scenario's sliders, read who loses what by channel
// (credit, equity, capital at risk), revenue at risk shown apart, and second-order flows drawn
// from the firms that passed them on.
import { gql } from "../api.js";
import { chart, chartBox } from "../charts.js";
import { graph, widthFor } from "../graphs.js";
import { RISK_PARAMETERS, riskModelServed, riskParametersServed } from "../fields.js";
import { entityLink, h, percent, queryPanel, refInput, table, usd } from "../ui.js";

const CHANNELS = [
  ["creditLossUsd", "Credit loss", "#2f6fdf"],
  ["equityLossUsd", "Equity loss", "#8a5cd1"],
  ["capitalAtRiskUsd", "Capital at risk", "#e0702b"],
  ["secondOrderLossUsd", "Second order", "#c43d5b"],
];

function riskQuery(parameters) {
  const declared = parameters.map((p) => `$${p.name}: Float`).join(", ");
  const passed = parameters.map((p) => `${p.name}: $${p.name}`).join(", ");
  if (riskModelServed()) {
    return `query RiskCascade($company: String!, $asOf: Date, ${declared}) {
  riskIfDefault(company: $company, asOf: $asOf, ${passed}) {
    defaulter { id name }
    asOf
    assumptions { recoveryRate equityRecovery reletRate receivableMonths stressThreshold capitalBasis }
    totalLossUsd
    totalRevenueAtRiskUsd
    parties {
      company { id name }
      creditLossUsd equityLossUsd capitalAtRiskUsd directLossUsd secondOrderLossUsd totalLossUsd
      revenueAtRiskUsd lossAbsorbingCapitalUsd stress channels
      deals { id name }
      via { id name }
    }
    flows { from { id name } to { id name } lossUsd order deals { id name } }
    missing
  }
}`;
  }
  // The model before issue 13: direct, contingent and second-order losses, no channel split.
  return `query RiskCascade($company: String!, $asOf: Date, ${declared}) {
  riskIfDefault(company: $company, asOf: $asOf, ${passed}) {
    defaulter { id name }
    asOf
    totalLossUsd
    totalContingentLossUsd
    parties {
      company { id name }
      directLossUsd contingentLossUsd secondOrderLossUsd totalLossUsd stress channels
      deals { id name }
      via { id name }
    }
    missing
  }
}`;
}

// Both shapes as one: parties with per-channel losses, the amount shown apart, and flows.
function normalise(report) {
  if (riskModelServed()) {
    return { ...report, apartLabel: "Revenue at risk", apartTotal: report.totalRevenueAtRiskUsd, parties: report.parties.map((p) => ({ ...p, apartUsd: p.revenueAtRiskUsd })) };
  }
  const parties = report.parties.map((p) => ({ ...p, creditLossUsd: p.directLossUsd, equityLossUsd: null, capitalAtRiskUsd: null, apartUsd: p.contingentLossUsd }));
  const flows = [
    ...parties.filter((p) => p.directLossUsd > 0).map((p) => ({ from: report.defaulter, to: p.company, lossUsd: p.directLossUsd, order: 1, deals: p.deals })),
    // The older model names the firms a second-order loss came through but not how much each passed.
    ...parties.flatMap((p) => p.via.map((v) => ({ from: v, to: p.company, lossUsd: p.via.length === 1 ? p.secondOrderLossUsd : null, order: 2, deals: [] }))),
  ];
  return { ...report, parties, flows, apartLabel: "Contingent (not in total)", apartTotal: report.totalContingentLossUsd };
}

export async function render(root, ctx) {
  const parameters = riskParametersServed();
  const values = Object.fromEntries(parameters.map((p) => [p.name, ctx.params.has(p.name) ? Number(ctx.params.get(p.name)) : p.value]));
  const variables = { company: ctx.id, asOf: ctx.asOf, ...values };
  const query = riskQuery(parameters);

  const go = (changes) => ctx.navigate("risk", changes.company ?? ctx.id, { ...values, ...changes, company: undefined, asOf: ctx.asOf });
  const sliders = h("div", { class: "sliders", "data-testid": "risk-sliders" },
    parameters.map((p) => {
      const output = h("output", {}, String(values[p.name]));
      const input = h("input", { type: "range", min: p.min, max: p.max, step: p.step, value: values[p.name], name: p.name, "data-testid": `slider-${p.name}` });
      input.addEventListener("input", () => (output.textContent = input.value));
      input.addEventListener("change", () => go({ [p.name]: input.value }));
      return h("label", {}, p.label, output, input);
    }));
  const missingParameters = RISK_PARAMETERS.filter((p) => !parameters.includes(p));
  root.append(
    h("h1", {}, "Risk cascade"),
    h("p", { class: "lede" }, "If the firm stops paying: what each counterparty loses as a credit analyst counts it, and who then fails its own obligations. Revenue at risk is what counterparties will not earn; it is shown apart and never added to losses."),
    h("div", { class: "controls" }, h("label", {}, "Defaulter ", refInput({ value: ctx.id, id: "defaulter", onchange: (v) => v && go({ company: v }) }))),
    sliders,
  );
  if (missingParameters.length) {
    root.append(h("div", { class: "notice" }, `This server's riskIfDefault does not take ${missingParameters.map((p) => p.name).join(", ")} yet; those sliders are left out.`));
  }

  const data = await gql(query, variables);
  if (!ctx.isCurrent()) return;
  const report = normalise(data.riskIfDefault);
  const parties = [...report.parties].sort((a, b) => b.totalLossUsd - a.totalLossUsd);

  root.append(h("div", { class: "totals", "data-testid": "risk-totals" },
    h("div", { class: "total" }, h("span", {}, `Total loss if ${report.defaulter.name} defaults`), h("b", { "data-testid": "total-loss" }, usd(report.totalLossUsd))),
    h("div", { class: "total apart" }, h("span", {}, `${report.apartLabel} — apart`), h("b", { "data-testid": "total-apart" }, usd(report.apartTotal))),
    h("div", { class: "total" }, h("span", {}, "Counterparties"), h("b", {}, String(parties.length))),
    h("div", { class: "total" }, h("span", {}, "As of"), h("b", {}, report.asOf)),
  ));

  const top = parties.filter((p) => p.totalLossUsd > 0 || (p.apartUsd ?? 0) > 0).slice(0, 16).reverse();
  const barBox = chartBox("chart");
  const graphBox = h("div", { class: "graph", "data-testid": "graph" });
  root.append(h("div", { class: "legend" },
    h("span", {}, h("i", { style: "border-color: #e0702b" }), `loss from ${report.defaulter.name} (first order)`),
    h("span", {}, h("i", { style: "border-top-style: dashed; border-color: #8a5cd1" }), "loss passed on by a stressed firm (second order)"),
    h("span", {}, "● red: stressed past the threshold · size: total loss")));
  root.append(h("div", { class: "split" }, graphBox, h("div", { class: "panel" }, h("h3", {}, "Second-order flows"), flowList(report))), barBox);
  requestAnimationFrame(() => lossBars(barBox, top, report.apartLabel));
  drawCascade(graphBox, report, ctx);

  root.append(
    table({
      name: "risk", caption: "Losses by counterparty", rows: parties.map((p) => ({ ...p, companyId: p.company.id, companyName: p.company.name })),
      columns: [
        { key: "companyName", label: "Counterparty", render: (r) => entityLink(r.company), csv: (r) => r.company.name },
        { key: "companyId", label: "Id", className: "muted" },
        ...CHANNELS.map(([key, label]) => ({ key, label, numeric: true, format: usd })),
        { key: "totalLossUsd", label: "Total loss", numeric: true, format: usd },
        { key: "apartUsd", label: report.apartLabel, numeric: true, format: usd, className: "apart" },
        { key: "stress", numeric: true, format: percent, title: "losses ÷ loss-absorbing capital" },
        { key: "channels" },
        { key: "via", label: "Via", render: (r) => r.via.map((v) => v.name).join(", ") || "—", csv: (r) => r.via.map((v) => v.id) },
        { key: "deals", render: (r) => r.deals.map((d) => d.name).join("; ") || "—", csv: (r) => r.deals.map((d) => d.id) },
      ],
    }),
    report.missing.length ? h("details", { class: "panel" }, h("summary", {}, `Unknown, not guessed (${report.missing.length})`), h("ul", {}, report.missing.map((m) => h("li", {}, m)))) : null,
    queryPanel([{ query, variables }]),
  );
}

function flowList(report) {
  const passed = report.flows.filter((f) => f.order > 1);
  if (!passed.length) return h("p", { class: "muted" }, "No counterparty is stressed past the threshold: nothing is passed on.");
  return h("ol", { class: "tree-list" }, passed.map((f) => h("li", {}, entityLink(f.from), " → ", entityLink(f.to), " ", h("span", { class: "muted" }, f.lossUsd === null ? "(amount not split)" : usd(f.lossUsd)))));
}

function lossBars(element, parties, apartLabel) {
  const names = parties.map((p) => p.company.name);
  chart(element, {
    title: { text: "Losses by channel (stacked) and revenue at risk (apart)", left: 4, textStyle: { fontSize: 13 } },
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: usd },
    legend: { top: 22, left: 4 },
    grid: { left: 150, right: 24, top: 56, bottom: 24 },
    xAxis: { type: "value", axisLabel: { formatter: usd } },
    yAxis: { type: "category", data: names, axisLabel: { fontSize: 11 } },
    series: [
      ...CHANNELS.map(([key, label, colour]) => ({ name: label, type: "bar", stack: "loss", color: colour, data: parties.map((p) => p[key] ?? 0), barMaxWidth: 14 })),
      { name: apartLabel, type: "bar", stack: "apart", color: "#c9b98f", data: parties.map((p) => p.apartUsd ?? 0), barMaxWidth: 8, itemStyle: { decal: { symbol: "rect", dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } } },
    ],
  });
}

function drawCascade(container, report, ctx) {
  const byId = new Map(report.parties.map((p) => [p.company.id, p]));
  const maxLoss = Math.max(1, ...report.parties.map((p) => p.totalLossUsd));
  const level = new Map([[report.defaulter.id, 0]]);
  for (const f of [...report.flows].sort((a, b) => a.order - b.order)) if (!level.has(f.to.id)) level.set(f.to.id, f.order);
  const nodes = [...level.keys()].map((id) => {
    const party = byId.get(id);
    const name = id === report.defaulter.id ? report.defaulter.name : party?.company.name ?? report.flows.find((f) => f.to.id === id || f.from.id === id)?.to.name ?? id;
    return {
      data: { id, type: "Company", level: level.get(id), size: id === report.defaulter.id ? 40 : 14 + 26 * Math.sqrt((party?.totalLossUsd ?? 0) / maxLoss), label: party ? `${name}\n${usd(party.totalLossUsd)}` : name, stress: party?.stress ?? 0 },
      classes: id === report.defaulter.id ? "root defaulter" : (party?.stress ?? 0) >= (report.assumptions?.stressThreshold ?? 0.1) ? "stressed" : "",
    };
  });
  // A firm that passes losses on may be reached only as a sender.
  for (const f of report.flows) {
    if (!level.has(f.from.id)) nodes.push({ data: { id: f.from.id, type: "Company", level: f.order - 1, size: 18, label: f.from.name } });
    level.set(f.from.id, level.get(f.from.id) ?? f.order - 1);
  }
  const maxFlow = Math.max(1, ...report.flows.map((f) => f.lossUsd ?? 0));
  const edges = report.flows.map((f, i) => ({
    data: { id: `r${i}`, source: f.from.id, target: f.to.id, width: widthFor(f.lossUsd, maxFlow, 1.2, 12), label: f.lossUsd ? usd(f.lossUsd) : "" },
    classes: f.order > 1 ? "passed" : "direct",
  }));
  const maxLevel = Math.max(...level.values());
  const cy = graph(container, [...nodes, ...edges], {
    layout: { name: "concentric", concentric: (n) => maxLevel - n.data("level"), levelWidth: () => 1, minNodeSpacing: 34, animate: false },
    style: [
      { selector: "node.defaulter", style: { "background-color": "#141a26" } },
      { selector: "node.stressed", style: { "background-color": "#c43d5b" } },
      { selector: "edge.direct", style: { "line-color": "#e0702b", "target-arrow-color": "#e0702b", opacity: 0.7 } },
      { selector: "edge.passed", style: { "line-color": "#8a5cd1", "target-arrow-color": "#8a5cd1", "line-style": "dashed" } },
    ],
  });
  cy.on("dbltap", "node", (event) => ctx.navigate("entity", event.target.id()));
}
