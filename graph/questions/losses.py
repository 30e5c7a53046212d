"""First-order losses if one firm stops paying, per counterparty and channel.

- credit: receivable for service already delivered (`receivable_months` of the contract's rate,
  capped at what was delivered) and drawn loans, bonds and facilities, x (1 - recovery_rate);
  a guarantor bears what the guaranteed creditor would have lost, x (1 - recovery_rate);
- equity: equity invested, at cost, x (1 - equity_recovery);
- capital at risk: what the counterparty committed to serve the defaulter's contract (deals that
  SERVE it: its own chip orders, leases and power bought for it; failing those, the debt that
  financed it), x (1 - relet_rate);
- revenue at risk: the remaining contract value, reported apart and never added to losses.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from dataclasses import dataclass, field

from graph.questions.money import (
    BORROWER_ROLES,
    CREDIT_KINDS,
    EQUITY_KINDS,
    GUARANTOR_ROLES,
    INVESTEE_ROLES,
    INVESTOR_ROLES,
    LENDER_ROLES,
    PAYEE_ROLES,
    PAYER_ROLES,
    TERM_KINDS,
    TRADE_KINDS,
    DealView,
    OutstandingUnknownError,
    PartUnknownError,
    RateUnknownError,
    flow_part,
    lender_part,
    outstanding,
    party_part,
    receivable,
    remaining_by_year,
    remaining_fraction,
)
from graph.questions.money_reads import MoneyGraph

CAPITAL_BASIS = "book equity (floored at 0) + cash of the latest period on or before asOf"


@dataclass(frozen=True)
class Scenario:
    """Every assumption of the risk model; each is a question argument and echoed in the answer."""

    as_of: dt.date
    recovery_rate: float = 0.4  # senior unsecured recovery on drawn debt and receivables
    equity_recovery: float = 0.0
    relet_rate: float = 0.5  # share of capacity or capital re-let or re-sold
    receivable_months: float = 3.0  # service delivered but unpaid at default
    stress_threshold: float = 0.1

    def __post_init__(self) -> None:
        for name in ("recovery_rate", "equity_recovery", "relet_rate", "stress_threshold"):
            value = getattr(self, name)
            if not math.isfinite(value) or not 0.0 <= value <= 1.0:
                raise ValueError(f"{_camel(name)} must be between 0 and 1 (got {value})")
        months = self.receivable_months
        if not math.isfinite(months) or not 0.0 <= months <= 24.0:
            raise ValueError(f"receivableMonths must be between 0 and 24 (got {months})")


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


@dataclass
class ChannelLoss:
    """What one counterparty loses through one defaulter, by channel."""

    credit_usd: float = 0.0
    equity_usd: float = 0.0
    capital_usd: float = 0.0
    revenue_at_risk_usd: float = 0.0
    contingent_revenue_at_risk_usd: float = 0.0
    contingent_capital_usd: float = 0.0  # unsigned or 'up to' commitments serving the defaulter
    revenue_by_year: dict[int, float] = field(default_factory=lambda: defaultdict(float))
    channels: set[str] = field(default_factory=set)
    deal_ids: set[str] = field(default_factory=set)

    @property
    def direct_usd(self) -> float:
        return self.credit_usd + self.equity_usd + self.capital_usd


FirstOrder = dict[str, ChannelLoss]


def first_order(money: MoneyGraph, defaulter: str, scenario: Scenario, missing: set[str]) -> FirstOrder:
    """Losses of each counterparty if `defaulter` stops paying everything it owes."""
    out: FirstOrder = defaultdict(ChannelLoss)
    for deal in money.by_company.get(defaulter, []):
        if not deal.counts(scenario.as_of):
            continue
        try:
            if deal.kind in TRADE_KINDS and deal.party(defaulter, PAYER_ROLES):
                _trade(money, deal, defaulter, scenario, out, missing)
            elif deal.kind in CREDIT_KINDS and deal.party(defaulter, BORROWER_ROLES) and deal.firm:
                _credit(deal, defaulter, scenario, out, missing)
            elif deal.kind in EQUITY_KINDS and deal.party(defaulter, INVESTEE_ROLES) and deal.firm:
                for investor in deal.companies(INVESTOR_ROLES):
                    if investor == defaulter:
                        continue
                    try:
                        cost = flow_part(deal, investor, defaulter, INVESTOR_ROLES, INVESTEE_ROLES)
                    except PartUnknownError as unknown:
                        missing.add(str(unknown))
                        continue
                    _add(out[investor], deal, "equity", equity=cost * (1 - scenario.equity_recovery))
        except (OutstandingUnknownError, RateUnknownError) as unknown:
            missing.add(str(unknown))
    return {k: v for k, v in out.items() if k != defaulter}


def _add(
    loss: ChannelLoss,
    deal: DealView,
    channel: str,
    *,
    credit: float = 0.0,
    equity: float = 0.0,
    capital: float = 0.0,
) -> None:
    loss.credit_usd += credit
    loss.equity_usd += equity
    loss.capital_usd += capital
    loss.channels.add(channel)
    loss.deal_ids.add(deal.id)


def _guaranteed_cover(deal: DealView, creditor: str, missing: set[str]) -> dict[str, float]:
    """Guarantor -> the share of the creditor's claim it covers (its part, or all when alone)."""
    cover: dict[str, float] = {}
    for guarantor in deal.companies(GUARANTOR_ROLES):
        if guarantor == creditor:
            continue
        try:
            part = party_part(deal, guarantor, GUARANTOR_ROLES, deal.value_usd)
        except PartUnknownError as unknown:
            missing.add(str(unknown))
            continue
        cover[guarantor] = min(1.0, part / deal.value_usd) if deal.value_usd else 1.0
    total = sum(cover.values())
    return {g: c / total for g, c in cover.items()} if total > 1.0 else cover


def _settle(
    out: FirstOrder,
    deal: DealView,
    creditor: str,
    channel: str,
    gross_credit: float,
    capital: float,
    scenario: Scenario,
    missing: set[str],
) -> None:
    """Book the creditor's credit and capital loss on a deal, less what guarantors cover: a
    guarantor pays the creditor's gross claim and recovers from the defaulter like any creditor."""
    cover = _guaranteed_cover(deal, creditor, missing)
    kept = 1.0 - sum(cover.values())
    keep = 1 - scenario.recovery_rate
    if gross_credit:
        _add(out[creditor], deal, channel, credit=gross_credit * keep * kept)
    if capital:
        _add(out[creditor], deal, "capital", capital=capital * kept)
    for guarantor, share in cover.items():
        _add(out[guarantor], deal, "guarantee", credit=(gross_credit + capital) * share * keep)


def _trade(
    money: MoneyGraph, deal: DealView, defaulter: str, scenario: Scenario, out: FirstOrder, missing: set[str]
) -> None:
    if deal.status == "completed" or deal.ended(scenario.as_of):
        return  # delivered and paid
    for payee in deal.companies(PAYEE_ROLES):
        if payee == defaulter:
            continue
        loss = out[payee]
        # What the payee sank into serving the contract is at risk whether or not the contract's
        # own value is reported (and whether or not it was signed: the capital is spent).
        capital, contingent, serving_ids = capital_serving(money, deal, payee, scenario, missing)
        loss.contingent_capital_usd += contingent
        loss.deal_ids |= serving_ids
        try:
            amount = flow_part(deal, defaulter, payee, PAYER_ROLES, PAYEE_ROLES)
        except PartUnknownError as unknown:
            missing.add(str(unknown))
            _settle(out, deal, payee, "receivable", 0.0, capital, scenario, missing)
            continue
        left, by_year = remaining_by_year(deal, amount, scenario.as_of)
        loss.deal_ids.add(deal.id)
        if not deal.firm:
            loss.contingent_revenue_at_risk_usd += left
            loss.channels.add("contingent revenue at risk")
            _settle(out, deal, payee, "receivable", 0.0, capital, scenario, missing)
            continue
        loss.revenue_at_risk_usd += left
        loss.channels.add("revenue at risk")
        for year, value in by_year.items():
            loss.revenue_by_year[year] += value
        try:
            owed = receivable(deal, amount, scenario.as_of, scenario.receivable_months)
        except RateUnknownError as unknown:
            missing.add(str(unknown))
            owed = 0.0
        _settle(out, deal, payee, "receivable", owed, capital, scenario, missing)


def _credit(deal: DealView, defaulter: str, scenario: Scenario, out: FirstOrder, missing: set[str]) -> None:
    if deal.ended(scenario.as_of):
        return  # matured
    for lender in deal.companies(LENDER_ROLES):
        if lender == defaulter:
            continue
        try:
            part = lender_part(deal, lender, defaulter)
        except PartUnknownError as unknown:
            missing.add(str(unknown))
            continue
        _settle(out, deal, lender, "credit", part, 0.0, scenario, missing)


def serving_commitments(
    money: MoneyGraph, contract: DealView, company: str, as_of: dt.date, missing: set[str]
) -> list[tuple[DealView, float]]:
    """What `company` committed to serve `contract`: each deal that SERVES it, with the amount
    (its part, x SERVES.share, only the unexpired part of a lease or contract); firm and
    contingent alike (callers keep them apart by `deal.firm`).

    What it acquired for the contract (orders, leases, power it pays for) counts first; the debt
    that financed the asset only when no acquisition is recorded, so one asset counts once.
    Chips bought stay at risk after delivery; a lease that ran out or a loan repaid do not."""
    serving = [
        (x, share)
        for x, share in money.serving.get(contract.id, [])
        if x.counts(as_of) and not (x.ended(as_of) and (x.kind in TERM_KINDS or x.kind in CREDIT_KINDS))
    ]
    bought = [(x, s) for x, s in serving if x.kind in TRADE_KINDS and x.party(company, PAYER_ROLES)]
    borrowed = [(x, s) for x, s in serving if x.kind in CREDIT_KINDS and x.party(company, BORROWER_ROLES)]
    out = []
    for x, share in sorted(bought or borrowed, key=lambda item: item[0].id):
        try:
            if x.kind in CREDIT_KINDS:
                amount = party_part(x, company, BORROWER_ROLES, outstanding(x))
            else:
                amount = party_part(x, company, PAYER_ROLES, x.value_usd)
                if x.kind in TERM_KINDS:
                    amount *= remaining_fraction(x, as_of)
        except (PartUnknownError, OutstandingUnknownError) as unknown:
            missing.add(str(unknown))
            continue
        out.append((x, amount * (1.0 if share is None else share)))
    return out


def capital_serving(
    money: MoneyGraph, contract: DealView, company: str, scenario: Scenario, missing: set[str]
) -> tuple[float, float, set[str]]:
    """Capital at risk: firm commitments serving the contract x (1 - relet_rate); the same for
    contingent ones (reported apart, never a loss); and the deals behind both."""
    found = serving_commitments(money, contract, company, scenario.as_of, missing)
    keep = 1 - scenario.relet_rate
    firm = sum(amount for x, amount in found if x.firm) * keep
    contingent = sum(amount for x, amount in found if not x.firm) * keep
    return firm, contingent, {x.id for x, _ in found}


__all__ = [
    "CAPITAL_BASIS",
    "ChannelLoss",
    "FirstOrder",
    "Scenario",
    "capital_serving",
    "first_order",
    "serving_commitments",
]
