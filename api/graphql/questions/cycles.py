"""moneyCycles: cycles of money between firms, each flow with the parties' own amounts."""

import datetime as dt

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import to_graphql
from api.graphql.questions.common import Company, Deal, rows_by_id
from graph import questions as q


@strawberry.type
class MoneyFlow:
    payer: Company
    payee: Company
    amount_usd: float | None = strawberry.field(
        description="Firm + contingent, the parties' own parts; null when no part is known."
    )
    firm_usd: float
    contingent_usd: float
    deals: list[Deal]
    supply_products: list[str] = strawberry.field(
        description="Supply relations on this edge (the customer pays the supplier)."
    )
    missing: list[str]


@strawberry.type
class MoneyCycle:
    companies: list[Company]
    deals: list[Deal]
    flows: list[MoneyFlow]
    total_usd: float | None
    firm_usd: float
    contingent_usd: float
    missing: list[str] = strawberry.field(description="Deals on the cycle whose parts are not reported.")


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
    rows = await rows_by_id(info, ids | {d for cycle in cycles for d in cycle.deal_ids})
    return [
        MoneyCycle(
            companies=[to_graphql(c) for c in cycle.companies],
            deals=[to_graphql(rows[d]) for d in cycle.deal_ids],
            flows=[
                MoneyFlow(
                    payer=to_graphql(rows[e.payer]),
                    payee=to_graphql(rows[e.payee]),
                    amount_usd=e.amount_usd,
                    firm_usd=e.firm_usd,
                    contingent_usd=e.contingent_usd,
                    deals=[to_graphql(rows[d]) for d in e.deal_ids],
                    supply_products=e.supply_products,
                    missing=e.missing,
                )
                for e in cycle.edges
            ],
            total_usd=cycle.total_usd,
            firm_usd=cycle.firm_usd,
            contingent_usd=cycle.contingent_usd,
            missing=cycle.missing,
        )
        for cycle in cycles
    ]
