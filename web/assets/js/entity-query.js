// Entity and neighbourhood queries built from the schema map: every relationship field of the
// entity's type, with the edge's own properties, so nothing here lists relationships by hand.
import { SCHEMA } from "./schema-map.js";
import { FINANCIALS, FINANCIAL_FIELDS, financialsServed } from "./fields.js";

const PROVENANCE = new Set(["node", "sources", "asOf", "confidence"]);
const ENTITY_FIELDS = new Set(Object.keys(SCHEMA.types.Entity.fields));
// Extra properties of the far end that tables and graphs label with.
const NODE_EXTRAS = {
  Deal: "kind valueUsd valueIsUpperBound status announced",
  PowerAsset: "kind capacityMw",
  FinancialPeriod: `period ${FINANCIAL_FIELDS.join(" ")}`,
};
const SOURCE_FIELDS = "id title publisher date datePrecision url";

const isObjectType = (name) => Boolean(SCHEMA.types[name]);

// The period's length (quarter, fiscal year) where the served type has it.
function financialSelection() {
  const periodType = SCHEMA.types[SCHEMA.types.Company.fields[FINANCIALS].type];
  return [...(periodType?.fields.period ? ["period"] : []), ...FINANCIAL_FIELDS].join(" ");
}

export function relationshipFields(typeName) {
  const fields = SCHEMA.types[typeName]?.fields ?? {};
  return Object.entries(fields)
    .filter(([, f]) => f.list && isObjectType(f.type) && SCHEMA.types[f.type].fields.node)
    .map(([name, f]) => {
      const edge = SCHEMA.types[f.type];
      const nodeType = edge.fields.node.type;
      const props = Object.entries(edge.fields)
        .filter(([key, g]) => !PROVENANCE.has(key) && !isObjectType(g.type))
        .map(([key]) => key);
      return { name, description: f.description, edgeType: f.type, nodeType, props };
    });
}

export function scalarFields(typeName) {
  return Object.entries(SCHEMA.types[typeName]?.fields ?? {})
    .filter(([name, f]) => !isObjectType(f.type) && !ENTITY_FIELDS.has(name))
    .map(([name, f]) => ({ name, description: f.description }));
}

function nodeSelection(nodeType) {
  const extras = NODE_EXTRAS[nodeType] ?? "";
  return `node { __typename id name label ${extras} }`.replace(/\s+/g, " ");
}

// The entity page: facts, sources, every relationship with its sources, a company's periods.
export function entityQuery(typeName) {
  const rels = relationshipFields(typeName)
    .map((r) => `    ${r.name}(asOf: $asOf) { ${nodeSelection(r.nodeType)} ${r.props.join(" ")} asOf confidence sources { ${SOURCE_FIELDS} } }`)
    .join("\n");
  const scalars = scalarFields(typeName).map((f) => f.name).join(" ");
  const financials =
    typeName === "Company" && financialsServed()
      ? `\n    ${FINANCIALS}(asOf: $asOf, last: 12) { ${financialSelection()} }`
      : "";
  return `query EntityPage($ref: String!, $asOf: Date) {
  entity(ref: $ref) {
    __typename id name label aliases description asOf confidence
    sources { ${SOURCE_FIELDS} }
    ... on ${typeName} {
    ${scalars}${financials}
${rels}
    }
  }
}`;
}

// The neighbourhood graph: the same relationships without sources, light enough to expand often.
export function neighbourQuery(typeName) {
  const rels = relationshipFields(typeName)
    .map((r) => `    ${r.name}(asOf: $asOf) { ${nodeSelection(r.nodeType)} ${r.props.join(" ")} }`)
    .join("\n");
  return `query Neighbours($ref: String!, $asOf: Date) {
  entity(ref: $ref) {
    __typename id name label
    ... on ${typeName} {
${rels}
    }
  }
}`;
}

export const TYPE_QUERY = `query EntityType($ref: String!) { entity(ref: $ref) { __typename id name } }`;
