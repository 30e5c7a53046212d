// Who pays whom in a deal, read from the parties' roles; kept apart from drawing so the rules are
// one list. The amount on a flow is the payer's own part where reported; the deal's headline value
// only when the deal has one payer and one payee; otherwise unknown (never an even split).
import { PARTY_AMOUNT } from "./fields.js";

// payer role -> payee roles, in order of preference (an acquirer pays the seller, else the target).
export const PAYS = {
  buyer: ["seller"],
  investor: ["investee", "issuer"],
  holder: ["issuer"],
  lender: ["borrower"],
  lessee: ["lessor"],
  offtaker: ["generator"],
  acquirer: ["seller", "target"],
};

export const isContingent = (deal) => deal.status === "announced" || deal.valueIsUpperBound === true;

export function dealFlows(deal) {
  if (deal.status === "cancelled") return [];
  const flows = [];
  const payers = deal.parties.filter((p) => PAYS[p.role]);
  for (const payer of payers) {
    const payeeRole = PAYS[payer.role].find((role) => deal.parties.some((p) => p.role === role));
    const payees = deal.parties.filter((p) => p.role === payeeRole && p.company.id !== payer.company.id);
    for (const payee of payees) {
      const own = payer[PARTY_AMOUNT] ?? null;
      const single = payers.length === 1 && payees.length === 1;
      const amountUsd = own ?? (single ? deal.valueUsd ?? null : null);
      flows.push({
        payer: payer.company,
        payee: payee.company,
        deal,
        roles: `${payer.role} → ${payee.role}`,
        amountUsd,
        basis: own !== null ? "party's own amount" : amountUsd !== null ? "deal value (sole payer)" : "not reported",
        contingent: isContingent(deal),
      });
    }
  }
  return flows;
}

export function allFlows(deals) {
  return deals.flatMap(dealFlows);
}

// Counterparties of the core firms ranked by the money they exchange with them.
export function firmsAround(flows, core, count) {
  const totals = new Map();
  for (const f of flows) {
    for (const [mine, other] of [[f.payer, f.payee], [f.payee, f.payer]]) {
      if (core.has(mine.id) && !core.has(other.id)) {
        totals.set(other.id, (totals.get(other.id) ?? 0) + (f.amountUsd ?? 0) + 1);
      }
    }
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).slice(0, count).map(([id]) => id);
}
