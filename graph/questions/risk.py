"""Who bears the risk if a firm stops paying: losses per counterparty, then DebtRank second order.

First order comes from `losses.first_order` (credit, equity, capital at risk; revenue at risk
apart). Stress = total loss / loss-absorbing capital (book equity + cash of the latest period on
or before asOf, published by then), capped at 1. A firm whose stress reaches the threshold passes
stress x the loss its own full default would cause to each of its counterparties (losses only,
never revenue at risk), each firm once, for at most MAX_ROUNDS rounds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

import neo4j

from graph.questions.losses import ChannelLoss, FirstOrder, Scenario, first_order
from graph.questions.money_reads import MoneyGraph
from graph.reads import EntityRow, resolve_ref
from graph.version_cache import ANSWERS, graph_version

MAX_ROUNDS = 6


@dataclass
class PartyLoss:
    company_id: str
    credit_loss_usd: float = 0.0
    equity_loss_usd: float = 0.0
    capital_at_risk_usd: float = 0.0
    second_order_loss_usd: float = 0.0
    revenue_at_risk_usd: float = 0.0
    contingent_revenue_at_risk_usd: float = 0.0
    contingent_capital_at_risk_usd: float = 0.0
    revenue_at_risk_by_year: dict[int, float] = field(default_factory=dict)
    loss_absorbing_capital_usd: float | None = None
    stress: float | None = None
    channels: set[str] = field(default_factory=set)
    deal_ids: set[str] = field(default_factory=set)
    via: set[str] = field(default_factory=set)  # stressed firms that passed a loss on

    @property
    def direct_loss_usd(self) -> float:
        return self.credit_loss_usd + self.equity_loss_usd + self.capital_at_risk_usd

    @property
    def total_loss_usd(self) -> float:
        return self.direct_loss_usd + self.second_order_loss_usd

    def take_first_order(self, loss: ChannelLoss) -> None:
        self.credit_loss_usd += loss.credit_usd
        self.equity_loss_usd += loss.equity_usd
        self.capital_at_risk_usd += loss.capital_usd
        self.revenue_at_risk_usd += loss.revenue_at_risk_usd
        self.contingent_revenue_at_risk_usd += loss.contingent_revenue_at_risk_usd
        self.contingent_capital_at_risk_usd += loss.contingent_capital_usd
        self.revenue_at_risk_by_year = {y: v for y, v in sorted(loss.revenue_by_year.items()) if v > 0}
        self.channels |= loss.channels
        self.deal_ids |= loss.deal_ids


@dataclass(frozen=True)
class LossFlow:
    from_id: str
    to_id: str
    loss_usd: float
    order: int
    deal_ids: frozenset[str]


@dataclass
class Cascade:
    parties: dict[str, PartyLoss]
    flows: list[LossFlow]
    missing: set[str]
    propagated: set[str]


def stress_of(loss: float, capital: float | None) -> float | None:
    if capital is None:
        return None
    if capital <= 0:
        return 1.0 if loss > 0 else 0.0
    return min(1.0, loss / capital)


def cascade(
    defaulter: str,
    first_order_of: Callable[[str], FirstOrder],
    capital_of: Callable[[str], float | None],
    scenario: Scenario,
    missing: set[str],
    capital_gap: Callable[[str], str | None] | None = None,
) -> Cascade:
    """DebtRank on losses: first order from the defaulter, then each firm stressed past the
    threshold passes stress x its own first-order losses on, once."""
    parties: dict[str, PartyLoss] = {}
    flows: list[LossFlow] = []
    for company, loss in sorted(first_order_of(defaulter).items()):
        party = parties.setdefault(company, PartyLoss(company))
        party.take_first_order(loss)
        if loss.direct_usd > 0:
            flows.append(LossFlow(defaulter, company, loss.direct_usd, 1, frozenset(loss.deal_ids)))
    propagated: set[str] = set()
    for round_number in range(1, MAX_ROUNDS + 1):
        frontier = []
        for company, party in sorted(parties.items()):
            capital = capital_of(company)
            party.loss_absorbing_capital_usd = capital
            party.stress = stress_of(party.total_loss_usd, capital)
            if capital is None and party.total_loss_usd > 0:
                missing.add(
                    f"company {company}: no financial period reporting book equity on or before "
                    "asOf; its stress is unknown and it passes nothing on"
                )
            elif capital_gap is not None and party.total_loss_usd > 0:
                gap = capital_gap(company)
                if gap:
                    missing.add(gap)
            stress = party.stress
            crossed = stress is not None and stress >= scenario.stress_threshold
            if company not in propagated and crossed and party.total_loss_usd > 0:
                frontier.append((company, stress or 0.0))
        if not frontier:
            break
        for company, stress in frontier:
            propagated.add(company)
            for creditor, loss in sorted(first_order_of(company).items()):
                passed = stress * loss.direct_usd
                if creditor == defaulter or passed <= 0:
                    continue
                party = parties.setdefault(creditor, PartyLoss(creditor))
                party.second_order_loss_usd += passed
                party.via.add(company)
                party.channels.add("second order")
                flows.append(LossFlow(company, creditor, passed, round_number + 1, frozenset(loss.deal_ids)))
    for company, party in parties.items():  # the last round's losses change stress, not the flows
        party.loss_absorbing_capital_usd = capital_of(company)
        party.stress = stress_of(party.total_loss_usd, party.loss_absorbing_capital_usd)
    return Cascade(parties, flows, missing, propagated)


class FirstOrderCache:
    """First-order loss vectors of a money graph, each worked out once."""

    def __init__(self, money: MoneyGraph, scenario: Scenario, missing: set[str]) -> None:
        self.money = money
        self.scenario = scenario
        self.missing = missing
        self.vectors: dict[str, FirstOrder] = {}

    def __call__(self, company: str) -> FirstOrder:
        if company not in self.vectors:
            self.vectors[company] = first_order(self.money, company, self.scenario, self.missing)
        return self.vectors[company]

    def capital(self, company: str) -> float | None:
        found = self.money.capital.get(company)
        return None if found is None else found.loss_absorbing_usd

    def capital_gap(self, company: str) -> str | None:
        """Say when the latest period lacks one of the two figures (its capital is understated)."""
        found = self.money.capital.get(company)
        if found is None or found.cash_usd is not None:
            return None
        return (
            f"company {company}: its latest period ({found.fiscal_label}) reports no cash_usd; "
            "its capital is its equity only"
        )


@dataclass
class RiskReport:
    defaulter: EntityRow
    scenario: Scenario
    parties: list[PartyLoss]
    flows: list[LossFlow]
    missing: list[str]

    @property
    def as_of(self) -> dt.date:
        return self.scenario.as_of

    @property
    def total_loss_usd(self) -> float:
        return sum(p.total_loss_usd for p in self.parties)

    @property
    def total_revenue_at_risk_usd(self) -> float:
        return sum(p.revenue_at_risk_usd for p in self.parties)

    @property
    def total_contingent_revenue_at_risk_usd(self) -> float:
        return sum(p.contingent_revenue_at_risk_usd for p in self.parties)


async def risk_if_default(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    as_of: dt.date | None = None,
    recovery_rate: float = 0.4,
    equity_recovery: float = 0.0,
    relet_rate: float = 0.5,
    receivable_months: float = 3.0,
    stress_threshold: float = 0.1,
    database: str = "neo4j",
) -> RiskReport:
    scenario = Scenario(
        as_of or dt.date.today(),
        recovery_rate,
        equity_recovery,
        relet_rate,
        receivable_months,
        stress_threshold,
    )
    version = await graph_version(driver, database)
    defaulter = await resolve_ref(driver, company, database, "Company")
    return await ANSWERS.get(
        database,
        version,
        ("risk_if_default", defaulter.id, scenario),
        lambda: _risk_report(driver, database, defaulter, scenario),
        lambda report: 1 + len(report.parties) + len(report.flows),
    )


async def _risk_report(
    driver: neo4j.AsyncDriver, database: str, defaulter: EntityRow, scenario: Scenario
) -> RiskReport:
    # Read only the deals of the firms that pass losses on, widening until no new firm does: the
    # answer is that of the whole graph, at the cost of the neighbourhood the default touches.
    money = MoneyGraph(scenario.as_of)
    around = {defaulter.id}
    while True:
        await money.load(driver, database, around)
        missing: set[str] = set()
        vectors = FirstOrderCache(money, scenario, missing)
        result = cascade(defaulter.id, vectors, vectors.capital, scenario, missing, vectors.capital_gap)
        if result.propagated <= money.loaded:
            break
        around = result.propagated | around
    parties = sorted(
        (p for p in result.parties.values() if p.total_loss_usd or p.revenue_at_risk_usd or p.deal_ids),
        key=lambda p: (-p.total_loss_usd, -p.revenue_at_risk_usd, p.company_id),
    )
    flows = sorted(result.flows, key=lambda f: (f.order, -f.loss_usd, f.from_id, f.to_id))
    return RiskReport(defaulter, scenario, parties, flows, sorted(result.missing))
