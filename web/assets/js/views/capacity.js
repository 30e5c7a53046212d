// Capacity: data-centre megawatts by operator, tenant, country or grid region: in service and
// planned at the as-of date (the capacity question), and over time by the year each site is
// reported to come online; below, every site or plant of a gigawatt or more and what powers it.
import { gql } from "../api.js";
import { chart, chartBox } from "../charts.js";
import { entityLink, h, mw, queryPanel, table } from "../ui.js";

const GROUPS = [["OPERATOR", "operator"], ["TENANT", "tenant"], ["COUNTRY", "country"], ["GRID_REGION", "grid region"]];
const TOP = 8;

const CAPACITY_QUERY = `query CapacityByGroup($groupBy: CapacityGroup!, $asOf: Date) {
  capacity(groupBy: $groupBy, asOf: $asOf) { group operatingMw plannedMw sites }
}`;

const SITES_QUERY = `query DataCentreSites($asOf: Date) {
  powerAssets(where: { kind: { eq: "datacenter" } }, sort: CAPACITY_MW, direction: DESC, first: 500) {
    nodes {
      id name capacityMw operatingMw country status onlineYear
      operators(asOf: $asOf) { node { name } }
      tenants(asOf: $asOf) { node { name } }
      gridRegions(asOf: $asOf) { node { name } }
    }
  }
}`;

const GIGAWATT_QUERY = `query GigawattSites($asOf: Date) {
  powerAssets(where: { capacityMw: { gte: 1000 } }, sort: CAPACITY_MW, direction: DESC, first: 200) {
    nodes {
      id name kind capacityMw operatingMw location country fuel status onlineYear
      operators(asOf: $asOf) { node { id name } }
      tenants(asOf: $asOf) { node { id name } }
      poweredBy(asOf: $asOf) { node { id name fuel capacityMw } }
      powerSuppliers(asOf: $asOf) { node { id name } }
      gridRegions(asOf: $asOf) { node { id name } }
    }
  }
}`;

const gw = (v) => (Math.abs(v) >= 1000 ? `${(v / 1000).toLocaleString("en-US", { maximumFractionDigits: 1 })} GW` : `${v} MW`);

// The group(s) a site counts under, as the capacity question groups it.
function groupsOf(site, groupBy) {
  const names = {
    OPERATOR: site.operators.map((e) => e.node.name),
    TENANT: site.tenants.map((e) => e.node.name),
    COUNTRY: site.country ? [site.country] : [],
    GRID_REGION: site.gridRegions.map((e) => e.node.name),
  }[groupBy];
  return names.length ? names : ["unknown"];
}

export async function render(root, ctx) {
  const groupBy = GROUPS.some(([g]) => g === ctx.params.get("group")) ? ctx.params.get("group") : "OPERATOR";
  const select = h("select", { "data-testid": "group-by" }, GROUPS.map(([value, label]) => h("option", { value, selected: value === groupBy }, `by ${label}`)));
  select.addEventListener("change", () => ctx.navigate("capacity", null, { group: select.value, asOf: ctx.asOf }));
  root.append(
    h("h1", {}, "Capacity"),
    h("p", { class: "lede" }, "Data-centre megawatts in service and planned at the as-of date, and the planned build-out over time by the year each site is reported to come online; below, every site or plant of a gigawatt or more and what powers it."),
    h("div", { class: "controls" }, select),
  );
  const variables = { groupBy, asOf: ctx.asOf };
  const siteVariables = { asOf: ctx.asOf };
  const [data, sites, gigawatt] = await Promise.all([gql(CAPACITY_QUERY, variables), gql(SITES_QUERY, siteVariables), gql(GIGAWATT_QUERY, siteVariables)]);
  if (!ctx.isCurrent()) return;

  const label = GROUPS.find(([g]) => g === groupBy)[1];
  const rows = [...data.capacity].sort((a, b) => b.plannedMw + b.operatingMw - (a.plannedMw + a.operatingMw));
  const leaders = rows.slice(0, TOP).map((r) => r.group);
  const now = chartBox("chart");
  const overTime = chartBox("chart");
  root.append(h("div", { class: "small-multiples", style: "grid-template-columns: 1fr 1fr" }, h("div", { class: "panel" }, now), h("div", { class: "panel" }, overTime)));

  // Cumulative planned MW by the year sites come online; a site with several operators counts
  // for each (as in the capacity question), a site with no year is left out and counted below.
  const dated = sites.powerAssets.nodes.filter((s) => s.onlineYear && s.capacityMw);
  const years = [...new Set(dated.map((s) => s.onlineYear))].sort();
  const span = years.length ? Array.from({ length: years.at(-1) - years[0] + 1 }, (_, i) => years[0] + i) : [];
  const cumulative = (filter) => span.map((year) => dated.filter((s) => s.onlineYear <= year && filter(s)).reduce((sum, s) => sum + s.capacityMw, 0));
  const undated = sites.powerAssets.nodes.filter((s) => !s.onlineYear).length;

  requestAnimationFrame(() => {
    const shown = rows.slice(0, 12).reverse();
    chart(now, {
      title: { text: `MW by ${label}${ctx.asOf ? ` as of ${ctx.asOf}` : ""}`, left: 4, textStyle: { fontSize: 13 } },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" }, valueFormatter: mw },
      legend: { top: 22, left: 4 },
      grid: { left: 140, right: 16, top: 52, bottom: 24 },
      xAxis: { type: "value", axisLabel: { formatter: gw } },
      yAxis: { type: "category", data: shown.map((r) => r.group), axisLabel: { fontSize: 11 } },
      series: [
        { name: "Operating", type: "bar", data: shown.map((r) => r.operatingMw), color: "#2aa876", barMaxWidth: 12 },
        { name: "Planned", type: "bar", data: shown.map((r) => r.plannedMw), color: "#2f6fdf", barMaxWidth: 12 },
      ],
    });
    chart(overTime, {
      title: { text: `Planned MW online by year, cumulative${undated ? ` (${undated} sites without a year left out)` : ""}`, left: 4, textStyle: { fontSize: 13 } },
      tooltip: { trigger: "axis", valueFormatter: mw },
      legend: { type: "scroll", bottom: 0 },
      grid: { left: 64, right: 12, top: 34, bottom: 48 },
      xAxis: { type: "category", data: span.map(String) },
      yAxis: { type: "value", axisLabel: { formatter: gw } },
      series: [
        ...leaders.map((group) => ({ name: group, type: "bar", stack: "mw", data: cumulative((s) => groupsOf(s, groupBy).includes(group)) })),
        { name: "others", type: "bar", stack: "mw", color: "#c8ccd4", data: cumulative((s) => !groupsOf(s, groupBy).some((g) => leaders.includes(g))) },
      ],
    });
  });

  root.append(table({
    name: "capacity", caption: `By ${label}${ctx.asOf ? ` as of ${ctx.asOf}` : ""}`, rows,
    columns: [{ key: "group", label }, { key: "operatingMw", label: "Operating MW", numeric: true, format: mw }, { key: "plannedMw", label: "Planned MW", numeric: true, format: mw }, { key: "sites", numeric: true }],
  }));

  const names = (edges) => edges.map((e) => e.node.name).join(", ");
  const power = (site) => [
    site.fuel,
    ...site.poweredBy.map((e) => `${e.node.name}${e.node.fuel ? ` (${e.node.fuel})` : ""}`),
    ...site.powerSuppliers.map((e) => e.node.name),
  ].filter(Boolean).join("; ");
  const big = gigawatt.powerAssets.nodes.map((s) => ({ ...s, operatorNames: names(s.operators), tenantNames: names(s.tenants), poweredBy: power(s), grid: names(s.gridRegions) }));
  root.append(
    table({
      name: "gigawatt-sites", caption: "Sites and plants of 1 GW or more", rows: big,
      columns: [
        { key: "name", label: "Site", render: (r) => entityLink(r) },
        { key: "kind" },
        { key: "capacityMw", label: "Planned MW", numeric: true, format: mw },
        { key: "operatingMw", label: "Operating MW", numeric: true, format: mw },
        { key: "status" }, { key: "onlineYear", label: "Online" },
        { key: "operatorNames", label: "Operator" }, { key: "tenantNames", label: "Tenants" },
        { key: "poweredBy", label: "Powered by" },
        { key: "country" }, { key: "grid", label: "Grid region" },
      ],
    }),
    queryPanel([{ query: CAPACITY_QUERY, variables }, { query: SITES_QUERY, variables: siteVariables }, { query: GIGAWATT_QUERY, variables: siteVariables }]),
  );
}
