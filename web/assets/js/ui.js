// Small DOM helpers shared by the views: elements, number formats, the query panel, tables with CSV.
import { playgroundUrl } from "./api.js";

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === "dataset") Object.assign(element.dataset, value);
    else element.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
  return element;
}

export function usd(value) {
  if (value === null || value === undefined) return "—";
  const abs = Math.abs(value);
  const [scale, unit] = abs >= 1e12 ? [1e12, "T"] : abs >= 1e9 ? [1e9, "B"] : abs >= 1e6 ? [1e6, "M"] : abs >= 1e3 ? [1e3, "k"] : [1, ""];
  const digits = value / scale >= 100 || scale === 1 ? 0 : 1;
  return `$${(value / scale).toFixed(digits)}${unit}`;
}

export const number = (value, digits = 0) =>
  value === null || value === undefined ? "—" : Number(value).toLocaleString("en-US", { maximumFractionDigits: digits });
export const percent = (value) => (value === null || value === undefined ? "—" : `${(value * 100).toFixed(1)}%`);
export const mw = (value) => (value === null || value === undefined ? "—" : `${number(value)} MW`);

// A fact's value with the unit its field name carries (the schema names units: revenueUsd, capacityMw...).
export function withUnit(field, value) {
  if (value === null || value === undefined) return "—";
  if (Array.isArray(value)) return value.join(", ") || "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value !== "number") return String(value);
  if (/Usd$/.test(field)) return usd(value);
  if (/Mw$/.test(field)) return mw(value);
  if (/Gw$/.test(field)) return `${number(value, 2)} GW`;
  if (/Gb$/.test(field)) return `${number(value)} GB`;
  if (/Tbps$/.test(field)) return `${number(value, 2)} TB/s`;
  if (/Tflops$/.test(field)) return `${number(value)} TFLOPS`;
  if (/W$/.test(field)) return `${number(value)} W`;
  if (/share|Share|Margin|margin|Rate$/.test(field)) return percent(value);
  if (/Year$/.test(field)) return String(value);
  return number(value, 2);
}

const UNIT_SUFFIXES = [[/Usd$/, " (USD)"], [/Mw$/, " (MW)"], [/Gw$/, " (GW)"], [/Gb$/, " (GB)"], [/Tflops$/, " (TFLOPS)"], [/Tbps$/, " (TB/s)"]];
export function humanize(name) {
  let unit = "";
  for (const [pattern, shown] of UNIT_SUFFIXES) {
    if (pattern.test(name)) {
      name = name.replace(pattern, "");
      unit = shown;
    }
  }
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/^./, (c) => c.toUpperCase()) + unit;
}

export const entityHref = (id) => `#/entity/${encodeURIComponent(id)}`;
export const entityLink = (entity) => (entity ? h("a", { href: entityHref(entity.id) }, entity.name) : "—");

export function sourceLinks(sources = []) {
  return h(
    "span",
    { class: "sources" },
    sources.map((s, i) => [
      i ? " · " : "",
      s.url
        ? h("a", { href: s.url, target: "_blank", rel: "noopener", title: s.title }, `${s.publisher}, ${s.date}`)
        : h("span", { title: `${s.title} (no URL known)` }, `${s.publisher}, ${s.date}`),
    ]),
  );
}

export function confidenceBadge(confidence) {
  return h("span", { class: `badge confidence-${confidence}` }, confidence);
}

// The query a view ran, copyable and one click from the playground.
export function queryPanel(runs) {
  return h(
    "details",
    { class: "query-panel", "data-testid": "query-panel" },
    h("summary", {}, `GraphQL ${runs.length > 1 ? `queries (${runs.length})` : "query"} behind this view`),
    runs.map(({ query, variables }) => {
      const text = h("pre", { class: "query-text", "data-testid": "query-text", dataset: { variables: JSON.stringify(variables) } }, query);
      const vars = h("pre", { class: "query-variables" }, JSON.stringify(variables, null, 2));
      const copy = h("button", {
        type: "button",
        onclick: async (event) => {
          await navigator.clipboard?.writeText(query).catch(() => undefined);
          event.target.textContent = "Copied";
          setTimeout(() => (event.target.textContent = "Copy query"), 1200);
        },
      }, "Copy query");
      const open = h("a", { class: "button", href: playgroundUrl(query, variables), target: "_blank", rel: "noopener" }, "Open in playground");
      return h("div", { class: "query-run" }, h("div", { class: "query-actions" }, copy, open), text, h("div", { class: "muted" }, "variables"), vars);
    }),
  );
}

function csvCell(value) {
  if (value === null || value === undefined) return "";
  const text = Array.isArray(value) ? value.join("; ") : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(columns, rows) {
  const lines = [columns.map((c) => csvCell(c.key)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.csv ? c.csv(row) : row[c.key])).join(","));
  return lines.join("\r\n") + "\r\n";
}

// A table of plain values with a CSV download of the same rows (raw numbers, not the formatted
// text; ids too, in columns marked csvOnly).
export function table({ columns, rows, name, caption, empty = "Nothing to show." }) {
  const download = h("button", {
    type: "button",
    class: "csv",
    "data-testid": `csv-${name}`,
    onclick: () => {
      const blob = new Blob([toCsv(columns, rows)], { type: "text/csv" });
      const link = h("a", { href: URL.createObjectURL(blob), download: `${name}.csv` });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    },
  }, "Download CSV");
  const shownColumns = columns.filter((c) => !c.csvOnly);
  const head = h("thead", {}, h("tr", {}, shownColumns.map((c) => h("th", { class: c.numeric ? "num" : null, title: c.title }, c.label ?? humanize(c.key)))));
  const body = h(
    "tbody",
    {},
    rows.length
      ? rows.map((row) =>
          h("tr", {}, shownColumns.map((c) => {
            const shown = c.render ? c.render(row) : c.format ? c.format(row[c.key]) : row[c.key] ?? "—";
            return h("td", { class: [c.numeric ? "num" : "", c.className ?? ""].join(" ").trim() || null }, shown);
          })),
        )
      : h("tr", {}, h("td", { colspan: shownColumns.length, class: "muted" }, empty)),
  );
  return h(
    "section",
    { class: "table-block", "data-table": name },
    h("div", { class: "table-head" }, caption ? h("h3", {}, caption) : null, h("span", { class: "muted" }, `${rows.length} rows`), download),
    h("div", { class: "table-scroll" }, h("table", {}, head, body)),
  );
}

export function errorBox(error) {
  return h("div", { class: "error", role: "alert" }, error.message ?? String(error));
}

export function loading(text = "Loading…") {
  return h("div", { class: "loading" }, text);
}

// A datalist-backed company picker that accepts any ref (id, name or alias) the API resolves.
export function refInput({ value, placeholder = "company", onchange, id }) {
  const input = h("input", { type: "search", value, placeholder, id, list: "company-names", spellcheck: "false" });
  input.addEventListener("change", () => onchange(input.value.trim()));
  return input;
}
