"""Who bears the risk: losses if a firm stops paying, exposures, and a ranking across firms.

Direct loss of a counterparty = what the defaulter still owes it as of the date (contracts
pro-rated over their term), plus equity it invested in the defaulter, plus loans and guarantees
x (1 - recovery rate). Firm commitments count; "up to" and unsigned ones are reported apart.
Second order follows DebtRank: a firm's stress is its loss over its annual revenue, capped at 1;
a firm stressed past the threshold passes stress x what it owes on to its own creditors, and
every firm propagates once.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field

import neo4j

from graph.questions.money import Channel, MoneyGraph, load_money_graph
from graph.reads import EntityRow, resolve_ref

DEFAULT_STRESS_THRESHOLD = 0.1
MAX_ROUNDS = 6


@dataclass
class PartyLoss:
    company_id: str
    direct_loss_usd: float = 0.0
    contingent_loss_usd: float = 0.0
    second_order_loss_usd: float = 0.0
    relative_loss: float | None = None
    stress: float | None = None
    channels: set[str] = field(default_factory=set)
    deal_ids: set[str] = field(default_factory=set)
    via: set[str] = field(default_factory=set)  # stressed firms that passed the loss on

    @property
    def total_loss_usd(self) -> float:
        return self.direct_loss_usd + self.second_order_loss_usd


@dataclass
class RiskReport:
    defaulter: EntityRow
    as_of: dt.date
    recovery_rate: float
    stress_threshold: float
    parties: list[PartyLoss]
    missing: list[str]

    @property
    def total_loss_usd(self) -> float:
        return sum(p.total_loss_usd for p in self.parties)


def _stress(loss: float, revenue: float | None) -> float | None:
    if not revenue:
        return None
    return min(1.0, loss / revenue)


def propagate(
    money: MoneyGraph, defaulter: str, stress_threshold: float
) -> tuple[dict[str, PartyLoss], list[str], set[str]]:
    """Direct and DebtRank second-order losses; returns the losses, the figures missing and the
    firms that passed losses on."""
    losses: dict[str, PartyLoss] = {}
    missing: set[str] = set()
    by_debtor = money.by_debtor

    def party(company_id: str) -> PartyLoss:
        return losses.setdefault(company_id, PartyLoss(company_id))

    for obligation in by_debtor[defaulter]:
        loss = party(obligation.creditor)
        loss.channels.add(obligation.channel.value)
        loss.deal_ids.add(obligation.deal_id)
        if obligation.amount_usd is None:
            missing.add(f"deal {obligation.deal_id} has no value_usd; its loss is not counted")
        elif obligation.firm:
            loss.direct_loss_usd += obligation.amount_usd
        else:
            loss.contingent_loss_usd += obligation.amount_usd

    propagated = {defaulter}
    for _ in range(MAX_ROUNDS):
        frontier = []
        for company_id, loss in losses.items():
            facts = money.companies.get(company_id)
            revenue = facts.revenue_usd if facts else None
            loss.stress = _stress(loss.total_loss_usd, revenue)
            loss.relative_loss = loss.total_loss_usd / revenue if revenue else None
            if revenue is None and loss.total_loss_usd > 0:
                missing.add(
                    f"company {company_id} has no revenue_usd; its relative loss "
                    "and stress are unknown and it does not pass losses on"
                )
            if company_id not in propagated and loss.stress is not None and loss.stress >= stress_threshold:
                frontier.append((company_id, loss.stress))
        if not frontier:
            break
        for company_id, stress in frontier:
            propagated.add(company_id)
            for obligation in by_debtor[company_id]:
                if obligation.creditor == defaulter or not obligation.firm:
                    continue
                if obligation.amount_usd is None:
                    missing.add(f"deal {obligation.deal_id} has no value_usd; its loss is not counted")
                    continue
                loss = party(obligation.creditor)
                loss.second_order_loss_usd += stress * obligation.amount_usd
                loss.channels.add(obligation.channel.value)
                loss.deal_ids.add(obligation.deal_id)
                loss.via.add(company_id)
    losses.pop(defaulter, None)
    return losses, sorted(missing), propagated


async def risk_if_default(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    recovery_rate: float = 0.0,
    as_of: dt.date | None = None,
    stress_threshold: float = DEFAULT_STRESS_THRESHOLD,
    database: str = "neo4j",
) -> RiskReport:
    if not 0.0 <= recovery_rate <= 1.0:
        raise ValueError(f"recoveryRate must be between 0 and 1 (got {recovery_rate})")
    as_of = as_of or dt.date.today()
    defaulter = await resolve_ref(driver, company, database, "Company")
    # Read only the deals of the firms that pass losses on, widening until no new firm does:
    # the answer is that of the whole graph, at the cost of the neighbourhood it touches.
    around = {defaulter.id}
    for _ in range(MAX_ROUNDS + 1):
        money = await load_money_graph(driver, database, as_of, recovery_rate, around=around)
        losses, missing, propagated = propagate(money, defaulter.id, stress_threshold)
        if propagated <= around:
            break
        around |= propagated
    parties = sorted(losses.values(), key=lambda p: (-p.total_loss_usd, -p.contingent_loss_usd, p.company_id))
    return RiskReport(defaulter, as_of, recovery_rate, stress_threshold, parties, missing)


@dataclass(frozen=True)
class Claim:
    counterparty_id: str
    channel: Channel
    deal_id: str
    amount_usd: float | None
    firm: bool


@dataclass
class ExposureReport:
    company: EntityRow
    as_of: dt.date
    owed_by: list[Claim]  # contracts: who pays this company
    invested_in: list[Claim]  # equity it put in others
    lent_to: list[Claim]  # loans and guarantees it carries
    owes: list[Claim]  # what this company owes others
    customer_concentration: float | None  # largest counterparty's share of contracted revenue
    largest_counterparty_id: str | None


def _by_size(claims: list[Claim]) -> list[Claim]:
    """Largest first, then by counterparty and deal: the same order whatever the load order."""
    return sorted(
        claims, key=lambda c: (-(c.amount_usd or 0.0), c.counterparty_id, c.deal_id, c.channel.value)
    )


def _claims_on(money: MoneyGraph, creditor: str) -> list[Claim]:
    return _by_size(
        [
            Claim(o.debtor, o.channel, o.deal_id, o.amount_usd, o.firm)
            for o in money.by_creditor.get(creditor, [])
        ]
    )


def concentration(claims: list[Claim]) -> tuple[float | None, str | None]:
    by_party: dict[str, float] = defaultdict(float)
    for claim in claims:
        if claim.channel == Channel.CONTRACT and claim.amount_usd and claim.firm:
            by_party[claim.counterparty_id] += claim.amount_usd
    total = sum(by_party.values())
    if not total:
        return None, None
    largest = max(by_party, key=lambda k: (by_party[k], k))
    return by_party[largest] / total, largest


async def exposures(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> ExposureReport:
    as_of = as_of or dt.date.today()
    row = await resolve_ref(driver, company, database, "Company")
    money = await load_money_graph(driver, database, as_of, around={row.id})
    claims = _claims_on(money, row.id)
    owes = _by_size(
        [
            Claim(o.creditor, o.channel, o.deal_id, o.amount_usd, o.firm)
            for o in money.obligations
            if o.debtor == row.id
        ]
    )
    share, largest = concentration(claims)
    return ExposureReport(
        row,
        as_of,
        owed_by=[c for c in claims if c.channel in (Channel.CONTRACT,)],
        invested_in=[c for c in claims if c.channel == Channel.EQUITY],
        lent_to=[c for c in claims if c.channel in (Channel.LOAN, Channel.GUARANTEE)],
        owes=owes,
        customer_concentration=share,
        largest_counterparty_id=largest,
    )


@dataclass(frozen=True)
class RiskRank:
    rank: int
    company_id: str
    score: float
    components: dict[str, float | None]


def _leverage(money: MoneyGraph, company_id: str) -> float | None:
    """Firm obligations over annual revenue: how many years of revenue it has promised away."""
    facts = money.companies.get(company_id)
    owed = sum(o.amount_usd or 0.0 for o in money.by_debtor.get(company_id, []) if o.firm)
    if facts is None or not facts.revenue_usd:
        return None
    return owed / facts.revenue_usd


def rank_risk(money: MoneyGraph, stress_threshold: float = DEFAULT_STRESS_THRESHOLD) -> list[RiskRank]:
    """Score = half exposure to weaker counterparties (relative, capped at 1), a quarter
    customer concentration, a quarter systemic weight (share of the largest default loss)."""
    involved = {o.debtor for o in money.obligations} | {o.creditor for o in money.obligations}
    systemic: dict[str, float] = {}
    for company_id in involved:
        losses, _, _ = propagate(money, company_id, stress_threshold)
        systemic[company_id] = sum(p.total_loss_usd for p in losses.values())
    top_systemic = max(systemic.values(), default=0.0) or 1.0
    leverage = {company_id: _leverage(money, company_id) for company_id in involved}
    rows = []
    for company_id in involved:
        facts = money.companies.get(company_id)
        revenue = facts.revenue_usd if facts else None
        own = leverage[company_id] or 0.0
        weaker = sum(
            c.amount_usd or 0.0
            for c in _claims_on(money, company_id)
            if c.firm
            and c.channel == Channel.CONTRACT
            and (leverage[c.counterparty_id] is None or (leverage[c.counterparty_id] or 0) > own)
        )
        exposure_relative = weaker / revenue if revenue else None
        share, _ = concentration(_claims_on(money, company_id))
        weight = systemic[company_id] / top_systemic
        score = 0.5 * min(1.0, exposure_relative or 0.0) + 0.25 * (share or 0.0) + 0.25 * weight
        rows.append(
            (
                score,
                company_id,
                {
                    "exposure_to_weaker_usd": weaker,
                    "exposure_to_weaker_relative": exposure_relative,
                    "customer_concentration": share,
                    "systemic_loss_usd": systemic[company_id],
                    "systemic_weight": weight,
                    "leverage": leverage[company_id],
                },
            )
        )
    rows.sort(key=lambda item: (-item[0], item[1]))
    return [
        RiskRank(i + 1, company_id, round(score, 6), components)
        for i, (score, company_id, components) in enumerate(rows)
    ]


async def risk_ranking(
    driver: neo4j.AsyncDriver,
    *,
    as_of: dt.date | None = None,
    first: int = 20,
    database: str = "neo4j",
) -> list[RiskRank]:
    money = await load_money_graph(driver, database, as_of or dt.date.today())
    return rank_risk(money)[:first]
