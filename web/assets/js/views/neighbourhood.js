// Neighbourhood graph: the entity and its neighbours; click a node to expand it; filter by
// relationship type; edges labelled with the role, product, share or amount they carry.
import { gql } from "../api.js";
import { graph } from "../graphs.js";
import { neighbourQuery, relationshipFields, TYPE_QUERY } from "../entity-query.js";
import { h, humanize, queryPanel, table, usd, withUnit } from "../ui.js";

const LABEL_PROPS = ["role", "product", "title", "share", "amountUsd", "count"];

function edgeLabel(field, edge) {
  const bits = LABEL_PROPS.filter((p) => edge[p] !== null && edge[p] !== undefined).map((p) => withUnit(p, edge[p]));
  return [humanize(field), ...bits].join(" · ").slice(0, 60);
}

function nodeLabel(node) {
  if (node.__typename === "Deal" && node.valueUsd) return `${node.name}\n${node.valueIsUpperBound ? "up to " : ""}${usd(node.valueUsd)}`;
  return node.name;
}

export async function render(root, ctx) {
  const typed = await gql(TYPE_QUERY, { ref: ctx.id });
  if (!ctx.isCurrent()) return;
  const runs = [];
  const rows = [];
  const seenEdges = new Map();
  // People and reported periods crowd a hub's picture; they start hidden, a tick away.
  const hiddenTypes = new Set(["alumni", "staff", "reportedPeriods", "reportedBy"]);
  const filters = h("div", { class: "filters", "data-testid": "relationship-filters" });
  const container = h("div", { class: "graph", "data-testid": "graph" });
  const status = h("span", { class: "muted", "data-testid": "graph-count" });
  const tableSlot = h("div");
  const querySlot = h("div");
  root.append(
    h("h1", {}, "Neighbourhood of ", h("a", { href: `#/entity/${encodeURIComponent(typed.entity.id)}` }, typed.entity.name)),
    h("p", { class: "lede" }, "Click a node to add its neighbours; double-click to open its page. Untick a relationship type to hide it."),
    h("div", { class: "controls" }, status, h("button", { type: "button", onclick: () => cy.layout({ name: "cose", animate: false, nodeDimensionsIncludeLabels: true }).run() }, "Re-arrange"), h("button", { type: "button", onclick: () => cy.fit(cy.elements(":visible"), 30) }, "Fit")),
    filters, container, tableSlot, querySlot,
  );
  const cy = graph(container, [], { layout: { name: "preset" } });
  const expanded = new Set();

  function refresh() {
    const types = [...new Set(cy.edges().map((e) => e.data("relation")))].sort();
    filters.replaceChildren(
      ...types.map((type) => {
        const box = h("input", { type: "checkbox", checked: !hiddenTypes.has(type), "data-relation": type });
        box.addEventListener("change", () => {
          if (box.checked) hiddenTypes.delete(type);
          else hiddenTypes.add(type);
          applyFilter();
        });
        return h("label", {}, box, `${humanize(type)} (${cy.edges(`[relation = "${type}"]`).length})`);
      }),
    );
    applyFilter();
    status.textContent = `${cy.nodes().length} nodes, ${cy.edges().length} relationships`;
    tableSlot.replaceChildren(table({
      name: "neighbourhood", caption: "Relationships drawn", rows,
      columns: [{ key: "fromId", label: "From" }, { key: "relation" }, { key: "toId", label: "To" }, { key: "toName", label: "To name" }, { key: "toType", label: "Type" }, { key: "label", label: "Properties" }],
    }));
    querySlot.replaceChildren(queryPanel(runs));
    // The filter row above may have changed height: Cytoscape must re-read where its box is, or
    // clicks land beside the nodes.
    cy.resize();
  }

  function applyFilter() {
    cy.batch(() => {
      cy.edges().forEach((e) => e.toggleClass("hidden", hiddenTypes.has(e.data("relation"))));
      // A node stays while some visible edge (or its being expanded) holds it in the picture.
      cy.nodes().forEach((n) => n.toggleClass("hidden", !expanded.has(n.id()) && n.connectedEdges(":visible").length === 0 && n.connectedEdges().length > 0));
    });
  }

  async function expand(id, typeName) {
    if (expanded.has(id)) return;
    expanded.add(id);
    const query = neighbourQuery(typeName);
    const variables = { ref: id, asOf: ctx.asOf };
    runs.push({ query, variables });
    const data = await gql(query, variables);
    if (!ctx.isCurrent()) return;
    const centre = cy.getElementById(id);
    const origin = centre.nonempty() ? centre.position() : { x: 0, y: 0 };
    const fresh = [];
    const added = [];
    for (const rel of relationshipFields(typeName)) {
      for (const edge of data.entity[rel.name] ?? []) {
        const node = edge.node;
        if (cy.getElementById(node.id).empty() && !fresh.some((f) => f.data.id === node.id)) {
          fresh.push({ group: "nodes", data: { id: node.id, label: nodeLabel(node), type: node.__typename, size: node.__typename === "Deal" ? 14 : 20 } });
        }
        // A relationship read from both ends has one description: draw it once.
        const key = [id, node.id].sort().join("|") + "|" + rel.description;
        if (seenEdges.has(key)) continue;
        const label = edgeLabel(rel.name, edge);
        seenEdges.set(key, true);
        added.push({ group: "edges", data: { id: `e${seenEdges.size}`, source: id, target: node.id, relation: rel.name, label, width: 1.4 } });
        rows.push({ fromId: id, relation: rel.name, toId: node.id, toName: node.name, toType: node.__typename, label });
      }
    }
    // New neighbours go on rings around the node that was expanded, grouped by type: no global
    // re-layout, so a graph of thousands of elements stays where the reader left it.
    // Nodes reached only through hidden relationship types go last, onto the outer rings.
    const shownIds = new Set(added.filter((e) => !hiddenTypes.has(e.data.relation)).map((e) => e.data.target));
    const rank = (n) => (shownIds.has(n.data.id) ? 0 : 1);
    fresh.sort((a, b) => rank(a) - rank(b) || a.data.type.localeCompare(b.data.type) || a.data.label.localeCompare(b.data.label));
    let placed = 0;
    for (let ring = 0; placed < fresh.length; ring += 1) {
      const radius = 150 + ring * 95;
      const capacity = Math.max(8, Math.floor((2 * Math.PI * radius) / 70));
      const onRing = fresh.slice(placed, placed + capacity);
      onRing.forEach((n, i) => {
        const angle = (2 * Math.PI * i) / onRing.length + ring * 0.35;
        n.position = { x: origin.x + radius * Math.cos(angle), y: origin.y + radius * Math.sin(angle) };
      });
      placed += onRing.length;
    }
    cy.batch(() => {
      cy.add(fresh);
      cy.add(added);
    });
    cy.getElementById(id).addClass("expanded");
    refresh();
  }

  cy.add({ group: "nodes", data: { id: typed.entity.id, label: typed.entity.name, type: typed.entity.__typename, size: 30 }, position: { x: 0, y: 0 }, classes: "root" });
  await expand(typed.entity.id, typed.entity.__typename);
  cy.fit(cy.elements(":visible"), 30);
  cy.on("tap", "node", (event) => {
    const node = event.target;
    expand(node.id(), node.data("type")).catch((error) => status.replaceChildren(error.message));
  });
  cy.on("dbltap", "node", (event) => ctx.navigate("entity", event.target.id()));
}
