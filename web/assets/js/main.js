// The explorer's shell: hash routes, the shared as-of date, the company list for pickers.
import { gql } from "./api.js";
import { errorBox, h } from "./ui.js";
import * as search from "./views/search.js";
import * as entity from "./views/entity.js";
import * as neighbourhood from "./views/neighbourhood.js";
import * as dealWeb from "./views/deal-web.js";
import * as risk from "./views/risk.js";
import * as dependencies from "./views/dependencies.js";
import * as capacity from "./views/capacity.js";

// route name -> [view module, label in the nav, default id]
const VIEWS = {
  search: [search, "Search", null],
  entity: [entity, "Entity", "openai"],
  graph: [neighbourhood, "Neighbourhood", "openai"],
  deals: [dealWeb, "Deal web", null],
  risk: [risk, "Risk cascade", "openai"],
  deps: [dependencies, "Dependencies", "tsmc"],
  capacity: [capacity, "Capacity", null],
};

const main = document.getElementById("view");
const asOfInput = document.getElementById("as-of");
const nav = document.getElementById("nav");
let lastId = "openai";
let renderCount = 0;

export function parseHash() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [name = "search", ...rest] = path.split("/");
  const id = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { name: VIEWS[name] ? name : "search", id, params: new URLSearchParams(query) };
}

export function navigate(name, id = null, params = {}) {
  const current = parseHash().params;
  const query = new URLSearchParams();
  if (current.get("asOf")) query.set("asOf", current.get("asOf"));
  for (const [key, value] of Object.entries(params)) if (value !== null && value !== undefined && value !== "") query.set(key, value);
  const text = query.toString();
  location.hash = `#/${name}${id ? `/${encodeURIComponent(id)}` : ""}${text ? `?${text}` : ""}`;
}

function renderNav(active, id) {
  nav.replaceChildren(
    ...Object.entries(VIEWS).map(([name, [, label, fallback]]) => {
      const target = fallback ? id ?? lastId ?? fallback : null;
      const asOf = parseHash().params.get("asOf");
      const href = `#/${name}${target ? `/${encodeURIComponent(target)}` : ""}${asOf ? `?asOf=${asOf}` : ""}`;
      return h("a", { href, class: name === active ? "active" : null, "data-view": name }, label);
    }),
  );
}

async function render() {
  const { name, id, params } = parseHash();
  const [view, , fallback] = VIEWS[name];
  const subject = id ?? (fallback ? lastId ?? fallback : null);
  if (id && name !== "search") lastId = id;
  const asOf = params.get("asOf") || null;
  asOfInput.value = asOf ?? "";
  renderNav(name, subject);
  const token = ++renderCount;
  const root = h("div", { class: `view view-${name}`, "data-view": name });
  main.replaceChildren(root);
  document.body.dataset.ready = "false";
  try {
    await view.render(root, {
      id: subject,
      params,
      asOf,
      navigate,
      isCurrent: () => token === renderCount,
    });
  } catch (error) {
    if (token === renderCount) root.append(errorBox(error));
  }
  if (token === renderCount) document.body.dataset.ready = "true";
}

asOfInput.addEventListener("change", () => {
  const { name, id, params } = parseHash();
  const next = Object.fromEntries(params);
  next.asOf = asOfInput.value || null;
  navigate(name, id, next);
});
document.getElementById("as-of-clear").addEventListener("click", () => {
  asOfInput.value = "";
  asOfInput.dispatchEvent(new Event("change"));
});
document.getElementById("quick-search").addEventListener("submit", (event) => {
  event.preventDefault();
  const text = new FormData(event.target).get("q");
  navigate("search", null, { q: text });
});

// Company names for the pickers' suggestions (one page of the public companies list), asked
// for once, when a picker is first used.
let namesAsked = false;
document.addEventListener("focusin", (event) => {
  if (namesAsked || event.target.getAttribute?.("list") !== "company-names") return;
  namesAsked = true;
  gql("query CompanyNames { companies(first: 500, sort: NAME) { nodes { id name } } }")
    .then((data) => {
      const list = document.getElementById("company-names");
      list.replaceChildren(...data.companies.nodes.map((c) => h("option", { value: c.id }, c.name)));
    })
    .catch(() => (namesAsked = false));
});

window.addEventListener("hashchange", render);
render();
