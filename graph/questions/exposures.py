"""What a firm is owed and by whom, where it put equity and credit, what it committed to serve its
customers, and what it owes — each with the party's own amount, firm and contingent apart."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import neo4j

from graph.questions.losses import serving_commitments
from graph.questions.money import (
    BORROWER_ROLES,
    CREDIT_KINDS,
    EQUITY_KINDS,
    INVESTEE_ROLES,
    INVESTOR_ROLES,
    LENDER_ROLES,
    PAYEE_ROLES,
    PAYER_ROLES,
    TRADE_KINDS,
    DealView,
    OutstandingUnknownError,
    PartUnknownError,
    flow_part,
    lender_part,
    remaining_by_year,
)
from graph.questions.money_reads import MoneyGraph
from graph.reads import EntityRow, resolve_ref


@dataclass(frozen=True)
class Claim:
    counterparty_id: str
    channel: str
    deal_id: str
    amount_usd: float | None  # None: the party's part is not reported
    firm: bool
    serves_deal_id: str | None = None  # for capital committed: the customer contract it serves


@dataclass(frozen=True)
class MoneyTotal:
    firm_usd: float
    contingent_usd: float


def total(claims: list[Claim]) -> MoneyTotal:
    firm = sum(c.amount_usd or 0.0 for c in claims if c.firm)
    return MoneyTotal(firm, sum(c.amount_usd or 0.0 for c in claims if not c.firm))


@dataclass
class ExposureReport:
    company: EntityRow
    as_of: dt.date
    owed_by: list[Claim] = field(default_factory=list)  # remaining contract value others owe it
    invested_in: list[Claim] = field(default_factory=list)  # equity at cost
    lent_to: list[Claim] = field(default_factory=list)  # its part of what is drawn
    capital_committed: list[Claim] = field(default_factory=list)  # deals serving its customers
    owes: list[Claim] = field(default_factory=list)  # what it still owes under contracts and debt
    customer_concentration: float | None = None
    concentration_reported: bool = False  # from the firm's filings (top_customer_share)
    largest_counterparty_id: str | None = None
    missing: list[str] = field(default_factory=list)

    def totals(self) -> dict[str, MoneyTotal]:
        return {
            "owed_by": total(self.owed_by),
            "invested_in": total(self.invested_in),
            "lent_to": total(self.lent_to),
            "capital_committed": total(self.capital_committed),
            "owes": total(self.owes),
        }


def _by_size(claims: list[Claim]) -> list[Claim]:
    """Largest first, then by counterparty and deal: the same order whatever the load order."""
    return sorted(claims, key=lambda c: (-(c.amount_usd or 0.0), c.counterparty_id, c.deal_id, c.channel))


def _part(
    deal: DealView, payer: str, payee: str, roles: tuple[frozenset[str], frozenset[str]], missing: set[str]
) -> float | None:
    try:
        return flow_part(deal, payer, payee, *roles)
    except PartUnknownError as unknown:
        missing.add(str(unknown))
        return None


def _trade_claims(
    money: MoneyGraph, deal: DealView, company: str, report: ExposureReport, missing: set[str]
) -> None:
    as_of = report.as_of
    if deal.status == "completed" or deal.ended(as_of):
        return
    for payer in deal.companies(PAYER_ROLES):
        for payee in deal.companies(PAYEE_ROLES):
            if company not in (payer, payee) or payer == payee:
                continue
            amount = _part(deal, payer, payee, (PAYER_ROLES, PAYEE_ROLES), missing)
            left = None if amount is None else remaining_by_year(deal, amount, as_of)[0]
            if payee == company:
                report.owed_by.append(Claim(payer, "contract", deal.id, left, deal.firm))
                for served, committed in serving_commitments(money, deal, company, as_of, missing):
                    report.capital_committed.append(
                        Claim(payer, "capital", served.id, committed, served.firm, deal.id)
                    )
            else:
                report.owes.append(Claim(payee, "contract", deal.id, left, deal.firm))


def _credit_claims(deal: DealView, company: str, report: ExposureReport, missing: set[str]) -> None:
    if deal.ended(report.as_of):
        return
    for borrower in deal.companies(BORROWER_ROLES):
        for lender in deal.companies(LENDER_ROLES):
            if company not in (borrower, lender) or borrower == lender:
                continue
            try:
                part: float | None = lender_part(deal, lender, borrower)
            except (PartUnknownError, OutstandingUnknownError) as unknown:
                missing.add(str(unknown))
                part = None
            if lender == company:
                report.lent_to.append(Claim(borrower, "credit", deal.id, part, deal.firm))
            else:
                report.owes.append(Claim(lender, "credit", deal.id, part, deal.firm))


def concentration(claims: list[Claim]) -> tuple[float | None, str | None]:
    """Largest customer's share of the firm contract value others still owe the company."""
    by_party: dict[str, float] = defaultdict(float)
    for claim in claims:
        if claim.channel == "contract" and claim.amount_usd and claim.firm:
            by_party[claim.counterparty_id] += claim.amount_usd
    whole = sum(by_party.values())
    if not whole:
        return None, None
    largest = max(by_party, key=lambda k: (by_party[k], k))
    return by_party[largest] / whole, largest


async def exposures(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> ExposureReport:
    as_of = as_of or dt.date.today()
    row = await resolve_ref(driver, company, database, "Company")
    money = MoneyGraph(as_of)
    await money.load(driver, database, {row.id})
    report = ExposureReport(row, as_of)
    missing: set[str] = set()
    for deal in money.by_company.get(row.id, []):
        if not deal.counts(as_of):
            continue
        if deal.kind in TRADE_KINDS:
            _trade_claims(money, deal, row.id, report, missing)
        elif deal.kind in CREDIT_KINDS:
            _credit_claims(deal, row.id, report, missing)
        elif deal.kind in EQUITY_KINDS and deal.party(row.id, INVESTOR_ROLES):
            for investee in deal.companies(INVESTEE_ROLES):
                cost = _part(deal, row.id, investee, (INVESTOR_ROLES, INVESTEE_ROLES), missing)
                report.invested_in.append(Claim(investee, "equity", deal.id, cost, deal.firm))
    for name in ("owed_by", "invested_in", "lent_to", "capital_committed", "owes"):
        setattr(report, name, _by_size(getattr(report, name)))
    share, largest = concentration(report.owed_by)
    reported = row.props.get("top_customer_share")
    report.largest_counterparty_id = largest
    if reported is not None:  # the firm's own filing beats the deals the graph happens to hold
        report.customer_concentration, report.concentration_reported = float(reported), True
    else:
        report.customer_concentration = share
    report.missing = sorted(missing)
    return report
