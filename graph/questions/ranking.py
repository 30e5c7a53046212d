"""Who bears the risk across the graph: each firm's leverage, fragility and systemic weight.

- leverage = (total debt + lease liabilities of the latest period + the firm trade commitments it
  still owes in the graph) / loss-absorbing capital; unknown without a period;
- fragility = its worst stress across the first-order defaults of its counterparties;
- systemic weight = the total loss its own default causes (direct + second order) / the largest;
- score = mean of fragility, systemic weight and leverage / (1 + leverage) (which maps leverage
  onto 0..1); an unknown component counts 0 and is named in the row's `missing`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import neo4j

from graph.collector import collector_paused
from graph.questions.losses import Scenario
from graph.questions.money import (
    PAYEE_ROLES,
    PAYER_ROLES,
    TRADE_KINDS,
    PartUnknownError,
    flow_part,
    remaining_by_year,
)
from graph.questions.money_reads import MoneyGraph, full_money_graph
from graph.questions.risk import FirstOrderCache, cascade, stress_of
from graph.version_cache import ANSWERS, graph_version

# The most firms an answer lists: what is kept per graph version is this many rows, whatever the
# size of the graph (every firm's row was kept before: 200k of them at 1000x, over the cache's
# bound, so each call ranked the whole graph again).
MAX_RANKED = 200


@dataclass(frozen=True)
class RiskRank:
    rank: int
    company_id: str
    score: float
    components: dict[str, float | None]
    missing: list[str]


def commitments(money: MoneyGraph, company: str) -> float:
    """Remaining value of the firm trade contracts the company pays (compute, leases, chips,
    power): obligations a balance sheet may not show yet. Debt in the graph is already in the
    period's total debt, so it is not added again."""
    owed = 0.0
    for deal in money.by_company.get(company, []):
        if deal.kind not in TRADE_KINDS or not deal.firm or not deal.counts(money.as_of):
            continue
        if deal.status == "completed" or deal.ended(money.as_of) or not deal.party(company, PAYER_ROLES):
            continue
        for payee in deal.companies(PAYEE_ROLES):
            if payee == company:
                continue
            try:
                part = flow_part(deal, company, payee, PAYER_ROLES, PAYEE_ROLES)
            except PartUnknownError:
                continue
            owed += remaining_by_year(deal, part, money.as_of)[0]
    return owed


def rank_risk(money: MoneyGraph, scenario: Scenario) -> list[RiskRank]:
    with collector_paused():  # a row and a loss vector per firm: many objects, no cycles
        return _ranked(money, scenario)


def _ranked(money: MoneyGraph, scenario: Scenario) -> list[RiskRank]:
    missing: set[str] = set()
    vectors = FirstOrderCache(money, scenario, missing)
    involved = sorted(
        {p.company for deal in money.deals.values() if deal.counts(scenario.as_of) for p in deal.parties}
    )
    systemic: dict[str, float] = {}
    fragility: dict[str, float] = {}
    for company in involved:
        vector = vectors(company)
        if any(loss.direct_usd > 0 for loss in vector.values()):
            result = cascade(company, vectors, vectors.capital, scenario, set())
            systemic[company] = sum(p.total_loss_usd for p in result.parties.values())
        else:  # its default costs nobody a loss: nothing to cascade
            systemic[company] = 0.0
        for counterparty, loss in vector.items():
            stress = stress_of(loss.direct_usd, vectors.capital(counterparty))
            if stress is not None and stress > fragility.get(counterparty, -1.0):
                fragility[counterparty] = stress
    top = max(systemic.values(), default=0.0) or 1.0
    rows = []
    for company in involved:
        found = money.capital.get(company)
        owed = commitments(money, company)
        gaps = []
        leverage = None
        if found is None:
            gaps.append(f"company {company}: no financial period on or before asOf; leverage unknown")
        else:
            debt = (found.total_debt_usd or 0.0) + (found.lease_liabilities_usd or 0.0) + owed
            capital = found.loss_absorbing_usd
            leverage = debt / capital if capital > 0 else None
            if leverage is None:
                gaps.append(f"company {company}: no positive equity or cash; leverage unknown")
        worst = fragility.get(company)
        weight = systemic[company] / top
        levered = 0.0 if leverage is None else leverage / (1 + leverage)
        score = ((worst or 0.0) + weight + levered) / 3
        components: dict[str, float | None] = {
            "leverage": leverage,
            "leverage_component": None if leverage is None else levered,
            "total_debt_usd": None if found is None else found.total_debt_usd,
            "lease_liabilities_usd": None if found is None else found.lease_liabilities_usd,
            "commitments_usd": owed,
            "loss_absorbing_capital_usd": None if found is None else found.loss_absorbing_usd,
            "fragility": worst,
            "systemic_loss_usd": systemic[company],
            "systemic_weight": weight,
        }
        rows.append((score, company, components, gaps))
    rows.sort(key=lambda item: (-item[0], item[1]))
    return [
        RiskRank(i + 1, company, round(score, 6), components, gaps)
        for i, (score, company, components, gaps) in enumerate(rows)
    ]


async def risk_ranking(
    driver: neo4j.AsyncDriver,
    *,
    as_of: dt.date | None = None,
    first: int = 20,
    recovery_rate: float = 0.4,
    equity_recovery: float = 0.0,
    relet_rate: float = 0.5,
    receivable_months: float = 3.0,
    stress_threshold: float = 0.1,
    database: str = "neo4j",
) -> list[RiskRank]:
    if not 1 <= first <= MAX_RANKED:
        raise ValueError(f"first must be between 1 and {MAX_RANKED} (got {first})")
    scenario = Scenario(
        as_of or dt.date.today(),
        recovery_rate,
        equity_recovery,
        relet_rate,
        receivable_months,
        stress_threshold,
    )
    version = await graph_version(driver, database)

    async def ranked() -> list[RiskRank]:
        # The top MAX_RANKED are kept, so every `first` is a slice of one computation.
        money = await full_money_graph(driver, database, scenario.as_of, version)
        return rank_risk(money, scenario)[:MAX_RANKED]

    ranks = await ANSWERS.get(database, version, ("risk_ranking", scenario), ranked, len)
    return ranks[:first]
