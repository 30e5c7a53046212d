// Every field name the explorer relies on that is new or about to change lives here, with the test
// of whether this server has it (read from schema-map.js, generated from schema.graphql). When
// the risk model of issue 13 and party amounts land, regenerating the map switches them on.
import { SCHEMA } from "./schema-map.js";

export const hasField = (type, field) => Boolean(SCHEMA.types[type]?.fields?.[field]);

// The party's own part of a deal, on the PARTY_TO edge (Company.deals and Deal.parties).
export const PARTY_AMOUNT = "amountUsd";
export const partyAmountServed = () => hasField("PartiesEdge", PARTY_AMOUNT);

// A company's reported periods: Company.financials(asOf, last).
export const FINANCIALS = "financials";
// [field, title, flow over the period | stock at its end]: flows of quarters and of years are
// never drawn on one axis; stocks are comparable at any period end.
export const FINANCIAL_SERIES = [
  ["revenueUsd", "Revenue", "flow"],
  ["capexUsd", "Capex", "flow"],
  ["totalDebtUsd", "Total debt", "stock"],
  ["rpoUsd", "Backlog (RPO)", "stock"],
];
export const FINANCIAL_FIELDS = ["periodEnd", "fiscalLabel", "revenueUsd", "capexUsd", "totalDebtUsd", "rpoUsd", "cashUsd", "equityUsd"];
export const financialsServed = () => hasField("Company", FINANCIALS);
// Before financials are served, the company's single reported year, under these names.
export const LATEST_YEAR_SERIES = [
  ["revenueUsd", "Revenue"],
  ["capexUsd", "Capex"],
  ["debtUsd", "Total debt"],
  ["backlogUsd", "Backlog (RPO)"],
];

// riskIfDefault: the credit-analyst model (issue 13) or the older direct/contingent one.
export const RISK_PARAMETERS = [
  { name: "recoveryRate", label: "Recovery rate on claims", min: 0, max: 1, step: 0.05, value: 0.4 },
  { name: "equityRecovery", label: "Equity recovery", min: 0, max: 1, step: 0.05, value: 0.0 },
  { name: "reletRate", label: "Re-let rate of capacity", min: 0, max: 1, step: 0.05, value: 0.5 },
  { name: "receivableMonths", label: "Months of receivables", min: 0, max: 12, step: 1, value: 3 },
  { name: "stressThreshold", label: "Stress threshold (2nd order)", min: 0, max: 1, step: 0.05, value: 0.1 },
];
export const riskModelServed = () => hasField("RiskReport", "flows");
export const riskParametersServed = () =>
  RISK_PARAMETERS.filter((p) => hasField("Query", "riskIfDefault") && SCHEMA.types.Query.fields.riskIfDefault.args.includes(p.name));
