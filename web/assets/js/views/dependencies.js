// Dependencies: the tree of firms that depend on a supplier (or that a firm depends on) to a
// chosen depth, each with the shortest chain that explains it; single-source steps marked.
import { gql } from "../api.js";
import { graph } from "../graphs.js";
import { entityLink, h, queryPanel, refInput, table } from "../ui.js";

const query = (direction) => `query Dependencies($ref: String!, $maxDepth: Int!, $asOf: Date) {
  ${direction}(${direction === "dependents" ? "supplier" : "company"}: $ref, maxDepth: $maxDepth, asOf: $asOf) {
    company { id name }
    depth
    singleSource
    inputs
    path { from { __typename id name } relationship to { __typename id name } input }
  }
}`;

export async function render(root, ctx) {
  const direction = ctx.params.get("dir") === "suppliers" ? "suppliers" : "dependents";
  const depth = Math.min(4, Math.max(1, Number(ctx.params.get("depth") ?? 2)));
  const go = (changes) => ctx.navigate("deps", changes.ref ?? ctx.id, { dir: direction, depth, asOf: ctx.asOf, ...changes, ref: undefined });
  const select = h("select", { "data-testid": "direction" },
    h("option", { value: "dependents", selected: direction === "dependents" }, "who depends on"),
    h("option", { value: "suppliers", selected: direction === "suppliers" }, "what depends on… (suppliers of)"));
  select.addEventListener("change", () => go({ dir: select.value }));
  const depthInput = h("input", { type: "range", min: 1, max: 4, step: 1, value: depth, "data-testid": "depth" });
  depthInput.addEventListener("change", () => go({ depth: depthInput.value }));
  root.append(
    h("h1", {}, "Dependencies"),
    h("p", { class: "lede" }, direction === "dependents"
      ? "Firms that depend on the supplier, directly or through a chain (a lab rents a cloud that runs chips fabbed by the foundry). A red ring marks a single-source dependency: every provider the graph knows for that input itself depends on the supplier."
      : "What the firm depends on, directly or through a chain. A red ring marks a single-source step."),
    h("div", { class: "controls" }, select, refInput({ value: ctx.id, onchange: (v) => v && go({ ref: v }) }), h("label", {}, "depth ", depthInput, h("output", {}, String(depth)))),
  );
  const text = query(direction);
  const variables = { ref: ctx.id, maxDepth: depth, asOf: ctx.asOf };
  const data = await gql(text, variables);
  if (!ctx.isCurrent()) return;
  const answers = data[direction];

  const nodes = new Map();
  const edges = new Map();
  for (const answer of answers) {
    for (const step of answer.path) {
      for (const end of [step.from, step.to]) if (!nodes.has(end.id)) nodes.set(end.id, { data: { id: end.id, label: end.name, type: end.__typename, size: 18 } });
      // Draw the tree from the root outwards: provider -> dependent for dependents.
      const [source, target] = direction === "dependents" ? [step.to.id, step.from.id] : [step.from.id, step.to.id];
      const key = `${source}>${target}`;
      if (!edges.has(key)) edges.set(key, { data: { id: `d${edges.size}`, source, target, label: step.relationship.toLowerCase().replaceAll("_", " "), width: 1.5 } });
    }
  }
  const answered = new Map(answers.map((a) => [a.company.id, a]));
  for (const [id, node] of nodes) {
    if (answered.get(id)?.singleSource) node.classes = "single";
  }
  const rootNode = [...nodes.values()].find((n) => !answered.has(n.data.id) && [...edges.values()].every((e) => e.data.target !== n.data.id));
  if (rootNode) rootNode.classes = "root";
  const container = h("div", { class: "graph", "data-testid": "graph" });
  root.append(
    h("div", { class: "legend" }, h("span", {}, `${answers.length} firms`), h("span", { class: "single" }, `${answers.filter((a) => a.singleSource).length} single-source`)),
    container,
  );
  if (nodes.size) {
    const cy = graph(container, [...nodes.values(), ...edges.values()], {
      layout: { name: "breadthfirst", directed: true, roots: rootNode ? [rootNode.data.id] : undefined, spacingFactor: 1.1, animate: false, circle: true },
      style: [
        { selector: "node.single", style: { "border-width": 4, "border-color": "#c43d5b" } },
        { selector: "node", style: { "font-size": 9 } },
      ],
    });
    cy.on("dbltap", "node", (event) => ctx.navigate("entity", event.target.id()));
  } else {
    container.replaceChildren(h("p", { class: "muted", style: "padding: 12px" }, "No dependency chains at this depth."));
  }
  root.append(
    table({
      name: "dependencies", caption: direction === "dependents" ? "Dependents" : "Suppliers",
      rows: answers.map((a) => ({ ...a, companyId: a.company.id, companyName: a.company.name, chain: a.path.map((s) => `${s.from.name} ${s.relationship} ${s.to.name}`).join(" → ") })),
      columns: [
        { key: "companyName", label: "Firm", render: (r) => entityLink(r.company) },
        { key: "companyId", label: "Id", className: "muted" },
        { key: "depth", numeric: true },
        { key: "singleSource", label: "Single source", render: (r) => (r.singleSource ? h("span", { class: "single" }, "single source") : "—"), csv: (r) => r.singleSource },
        { key: "inputs", render: (r) => r.inputs.join("; ") || "—" },
        { key: "chain", label: "Shortest chain", className: "muted" },
      ],
    }),
    queryPanel([{ query: text, variables }]),
  );
}
