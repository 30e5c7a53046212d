"""GraphQL fields for the domain questions; thin over graph.questions."""

import datetime as dt
from enum import Enum
from typing import Annotated, Any, Optional

import strawberry
from strawberry.types import Info

from api.graphql.changes import changes
from api.graphql.context import Context
from api.graphql.entities import NODE_TYPES, Entity, to_graphql
from api.graphql.scalars import Source
from graph import questions as q
from graph.questions.capacity import CapacityGroup as CapacityGroupValue
from graph.reads import EntityRow, entities_by_id

Company = NODE_TYPES["Company"]
Chip = NODE_TYPES["Chip"]
Deal = NODE_TYPES["Deal"]
Person = NODE_TYPES["Person"]
Policy = NODE_TYPES["Policy"]
Country = NODE_TYPES["Country"]


async def _rows(info: Info[Context, None], ids: set[str]) -> dict[str, EntityRow]:
    if not ids:
        return {}
    return await entities_by_id(info.context.driver, sorted(ids), info.context.database)


async def _sources(info: Info[Context, None], ids: list[str]) -> list[Source]:
    found = await info.context.sources.load_many(ids)
    return [Source.from_props(props) for props in found if props is not None]


@strawberry.type(description="One step of a chain, read from the dependent to its provider.")
class PathStep:
    from_: Entity = strawberry.field(name="from")
    relationship: str
    to: Entity
    input: str | None
    source_ids: strawberry.Private[list[str]]
    deal_row: strawberry.Private[EntityRow | None]

    @strawberry.field
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        return await _sources(info, self.source_ids)

    @strawberry.field(description="The compute contract behind a BUYS_COMPUTE_FROM step.")
    def deal(self) -> Optional[Deal]:  # noqa: UP045
        return to_graphql(self.deal_row) if self.deal_row else None


@strawberry.type
class Dependency:
    company: Company
    depth: int
    path: list[PathStep]
    inputs: list[str]
    single_source: bool = strawberry.field(
        description=(
            "True when every provider the graph knows for this input itself depends on the supplier."
        )
    )


async def _dependencies(info: Info[Context, None], found: list[q.dependency.Dependency]) -> list[Dependency]:
    deal_ids = {s.deal_id for d in found for s in d.path if s.deal_id}
    deals = await _rows(info, deal_ids)
    return [
        Dependency(
            company=to_graphql(d.company),
            depth=d.depth,
            inputs=d.inputs,
            single_source=d.single_source,
            path=[
                PathStep(
                    from_=to_graphql(s.from_row),
                    relationship=s.relationship,
                    to=to_graphql(s.to_row),
                    input=s.input,
                    source_ids=s.sources,
                    deal_row=deals.get(s.deal_id) if s.deal_id else None,
                )
                for s in d.path
            ],
        )
        for d in found
    ]


@strawberry.field(description="Firms that depend on the supplier, directly and through chains.")
async def dependents(
    info: Info[Context, None], supplier: str, max_depth: int = 4, as_of: dt.date | None = None
) -> list[Dependency]:
    found = await q.dependents(
        info.context.driver,
        supplier,
        max_depth=max_depth,
        as_of=as_of,
        database=info.context.database,
    )
    return await _dependencies(info, found)


@strawberry.field(description="What a firm depends on, directly and through chains.")
async def suppliers(
    info: Info[Context, None], company: str, max_depth: int = 4, as_of: dt.date | None = None
) -> list[Dependency]:
    found = await q.suppliers(
        info.context.driver,
        company,
        max_depth=max_depth,
        as_of=as_of,
        database=info.context.database,
    )
    return await _dependencies(info, found)


@strawberry.type
class PartyLoss:
    company: Company
    direct_loss_usd: float = strawberry.field(description="Firm commitments lost, USD.")
    contingent_loss_usd: float = strawberry.field(
        description="'Up to' and unsigned commitments lost, USD; not in the total."
    )
    second_order_loss_usd: float
    total_loss_usd: float
    relative_loss: float | None = strawberry.field(description="Total loss / annual revenue.")
    stress: float | None = strawberry.field(description="DebtRank stress in [0, 1].")
    channels: list[str]
    deals: list[Deal]
    via: list[Company] = strawberry.field(
        description="Stressed firms through which second-order losses came."
    )


@strawberry.type
class RiskReport:
    defaulter: Company
    as_of: dt.date
    recovery_rate: float
    stress_threshold: float
    total_loss_usd: float
    total_contingent_loss_usd: float
    parties: list[PartyLoss]
    missing: list[str]


@strawberry.field(description="Who loses what if the company stops paying.")
async def risk_if_default(
    info: Info[Context, None],
    company: str,
    recovery_rate: float = 0.0,
    as_of: dt.date | None = None,
    stress_threshold: float = 0.1,
) -> RiskReport:
    report = await q.risk_if_default(
        info.context.driver,
        company,
        recovery_rate=recovery_rate,
        as_of=as_of,
        stress_threshold=stress_threshold,
        database=info.context.database,
    )
    ids = {p.company_id for p in report.parties} | {d for p in report.parties for d in p.deal_ids}
    ids |= {v for p in report.parties for v in p.via}
    rows = await _rows(info, ids)
    parties = [
        PartyLoss(
            company=to_graphql(rows[p.company_id]),
            direct_loss_usd=p.direct_loss_usd,
            contingent_loss_usd=p.contingent_loss_usd,
            second_order_loss_usd=p.second_order_loss_usd,
            total_loss_usd=p.total_loss_usd,
            relative_loss=p.relative_loss,
            stress=p.stress,
            channels=sorted(p.channels),
            deals=[to_graphql(rows[d]) for d in sorted(p.deal_ids)],
            via=[to_graphql(rows[v]) for v in sorted(p.via)],
        )
        for p in report.parties
    ]
    return RiskReport(
        defaulter=to_graphql(report.defaulter),
        as_of=report.as_of,
        recovery_rate=report.recovery_rate,
        stress_threshold=report.stress_threshold,
        total_loss_usd=report.total_loss_usd,
        total_contingent_loss_usd=sum(p.contingent_loss_usd for p in report.parties),
        parties=parties,
        missing=report.missing,
    )


@strawberry.type
class ExposureClaim:
    counterparty: Company
    channel: str
    deal: Deal
    amount_usd: float | None
    firm: bool


@strawberry.type
class Exposures:
    company: Company
    as_of: dt.date
    owed_by: list[ExposureClaim] = strawberry.field(description="Contracts where others pay it.")
    invested_in: list[ExposureClaim]
    lent_to: list[ExposureClaim]
    owes: list[ExposureClaim]
    customer_concentration: float | None
    largest_counterparty: Optional[Company]  # noqa: UP045
    dependents: list[Dependency] = strawberry.field(description="Who depends on it (depth 2).")


@strawberry.field(description="Who owes the company, where it invested or lent, who needs it.")
async def exposures(info: Info[Context, None], company: str, as_of: dt.date | None = None) -> Exposures:
    report = await q.exposures(info.context.driver, company, as_of=as_of, database=info.context.database)
    claims = [*report.owed_by, *report.invested_in, *report.lent_to, *report.owes]
    rows = await _rows(info, {c.counterparty_id for c in claims} | {c.deal_id for c in claims})

    def convert(items: list[q.risk.Claim]) -> list[ExposureClaim]:
        return [
            ExposureClaim(
                counterparty=to_graphql(rows[c.counterparty_id]),
                channel=c.channel.value,
                deal=to_graphql(rows[c.deal_id]),
                amount_usd=c.amount_usd,
                firm=c.firm,
            )
            for c in items
        ]

    needing = await q.dependents(
        info.context.driver,
        report.company.id,
        max_depth=2,
        as_of=as_of,
        database=info.context.database,
    )
    largest = report.largest_counterparty_id
    return Exposures(
        company=to_graphql(report.company),
        as_of=report.as_of,
        owed_by=convert(report.owed_by),
        invested_in=convert(report.invested_in),
        lent_to=convert(report.lent_to),
        owes=convert(report.owes),
        customer_concentration=report.customer_concentration,
        largest_counterparty=to_graphql(rows[largest]) if largest else None,
        dependents=await _dependencies(info, needing),
    )


@strawberry.type
class ScoreComponent:
    name: str
    value: float | None


@strawberry.type
class RiskRank:
    rank: int
    company: Company
    score: float
    components: list[ScoreComponent]


@strawberry.field(
    description=(
        "Who bears the risk across the graph: exposure to weaker counterparties, customer "
        "concentration and systemic weight, with the components shown."
    )
)
async def risk_ranking(
    info: Info[Context, None], as_of: dt.date | None = None, first: int = 20
) -> list[RiskRank]:
    ranks = await q.risk_ranking(
        info.context.driver,
        as_of=as_of,
        first=max(1, min(first, 200)),
        database=info.context.database,
    )
    rows = await _rows(info, {r.company_id for r in ranks})
    return [
        RiskRank(
            rank=r.rank,
            company=to_graphql(rows[r.company_id]),
            score=r.score,
            components=[ScoreComponent(name=k, value=v) for k, v in r.components.items()],
        )
        for r in ranks
        if r.company_id in rows
    ]


@strawberry.type
class MoneyFlow:
    payer: Company
    payee: Company
    amount_usd: float | None
    deals: list[Deal]
    supply_products: list[str] = strawberry.field(
        description="Supply relations on this edge (the customer pays the supplier)."
    )


@strawberry.type
class MoneyCycle:
    companies: list[Company]
    deals: list[Deal]
    flows: list[MoneyFlow]
    total_usd: float | None


@strawberry.field(description="Cycles of money between firms, each reported once.")
async def money_cycles(
    info: Info[Context, None],
    through: str | None = None,
    max_length: int = 4,
    as_of: dt.date | None = None,
) -> list[MoneyCycle]:
    cycles = await q.money_cycles(
        info.context.driver,
        through=through,
        max_length=max_length,
        as_of=as_of,
        database=info.context.database,
    )
    ids = {c.id for cycle in cycles for c in cycle.companies}
    rows = await _rows(info, ids | {d for cycle in cycles for d in cycle.deal_ids})
    return [
        MoneyCycle(
            companies=[to_graphql(c) for c in cycle.companies],
            deals=[to_graphql(rows[d]) for d in cycle.deal_ids],
            flows=[
                MoneyFlow(
                    payer=to_graphql(rows[e.payer]),
                    payee=to_graphql(rows[e.payee]),
                    amount_usd=e.amount_usd or None,
                    deals=[to_graphql(rows[d]) for d in e.deal_ids],
                    supply_products=e.supply_products,
                )
                for e in cycle.edges
            ],
            total_usd=cycle.total_usd,
        )
        for cycle in cycles
    ]


CapacityGroup = strawberry.enum(Enum("CapacityGroup", {g.name: g.value for g in CapacityGroupValue}))


@strawberry.type
class CapacityRow:
    group: str
    operating_mw: float
    planned_mw: float
    sites: int


@strawberry.field(description="Data-center MW, operating and planned, by group.")
async def capacity(
    info: Info[Context, None],
    group_by: CapacityGroup,
    as_of: dt.date | None = None,
) -> list[CapacityRow]:
    rows = await q.capacity(
        info.context.driver,
        CapacityGroupValue(group_by.value),  # type: ignore[attr-defined]
        as_of=as_of,
        database=info.context.database,
    )
    return [
        CapacityRow(group=r.group, operating_mw=r.operating_mw, planned_mw=r.planned_mw, sites=r.sites)
        for r in rows
    ]


@strawberry.type
class AcceleratorEstimate:
    site: Entity
    chip: Chip
    site_mw: float
    chip_tdp_w: float
    server_overhead: float
    pue: float
    watts_per_accelerator: float
    accelerators: int
    method: str


@strawberry.field(description="How many of a chip a site's power can feed.")
async def accelerators(
    info: Info[Context, None], site: str, chip: str, server_overhead: float = 1.5, pue: float = 1.3
) -> AcceleratorEstimate:
    e = await q.accelerators(
        info.context.driver,
        site,
        chip,
        server_overhead=server_overhead,
        pue=pue,
        database=info.context.database,
    )
    return AcceleratorEstimate(
        site=to_graphql(e.site),
        chip=to_graphql(e.chip),
        site_mw=e.site_mw,
        chip_tdp_w=e.chip_tdp_w,
        server_overhead=e.server_overhead,
        pue=e.pue,
        watts_per_accelerator=e.watts_per_accelerator,
        accelerators=e.accelerators,
        method="site MW x 1e6 / (chip TDP x server overhead x PUE)",
    )


@strawberry.type
class Reach:
    entity: Entity
    how: str
    via: str | None


@strawberry.type
class PolicyReach:
    policy: Policy
    as_of: dt.date | None
    in_force: bool = strawberry.field(description="Whether the policy binds at asOf (today without asOf).")
    status: str = strawberry.field(description="Why, from its effective, suspension and rescission dates.")
    companies: list[Company]
    chips: list[Chip]
    countries: list[Country]
    reaches: list[Reach] = strawberry.field(description="Every reach with how it happens.")


@strawberry.field(
    description="Chips, firms and countries a policy reaches, and how; with asOf, only while it is in force."
)
async def policy_reach(info: Info[Context, None], policy: str, as_of: dt.date | None = None) -> PolicyReach:
    r = await q.policy_reach(info.context.driver, policy, as_of=as_of, database=info.context.database)
    return PolicyReach(
        policy=to_graphql(r.policy),
        as_of=r.as_of,
        in_force=r.in_force,
        status=r.status,
        companies=[to_graphql(x) for x in r.of_label("Company")],
        chips=[to_graphql(x) for x in r.of_label("Chip")],
        countries=[to_graphql(x) for x in r.of_label("Country")],
        reaches=[Reach(entity=to_graphql(x.entity), how=x.how, via=x.via) for x in [*r.direct, *r.indirect]],
    )


@strawberry.type
class TalentMove:
    person: Person
    from_: Company = strawberry.field(name="from")
    to: Company
    role: str | None
    date: dt.date | None


@strawberry.field(description="People who moved from one firm to another (or to anywhere).")
async def talent_flows(
    info: Info[Context, None],
    from_: Annotated[str, strawberry.argument(name="from")],
    to: str | None = None,
    as_of: dt.date | None = None,
) -> list[TalentMove]:
    moves = await q.talent_flows(info.context.driver, from_, to, as_of=as_of, database=info.context.database)
    return [
        TalentMove(
            person=to_graphql(m.person),
            from_=to_graphql(m.from_company),
            to=to_graphql(m.to_company),
            role=m.role,
            date=m.date,
        )
        for m in moves
    ]


@strawberry.field(description="The founders of a firm.")
async def founders(info: Info[Context, None], company: str) -> list[Person]:
    rows = await q.founders(info.context.driver, company, database=info.context.database)
    return [to_graphql(row) for row in rows]


QUESTION_FIELDS: dict[str, Any] = {
    "dependents": dependents,
    "suppliers": suppliers,
    "riskIfDefault": risk_if_default,
    "exposures": exposures,
    "riskRanking": risk_ranking,
    "moneyCycles": money_cycles,
    "capacity": capacity,
    "accelerators": accelerators,
    "policyReach": policy_reach,
    "talentFlows": talent_flows,
    "founders": founders,
    "changes": changes,
}
