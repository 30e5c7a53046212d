"""exposures: what a company is owed, invested, lent, committed and owes (graph.questions.exposures)."""

import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import to_graphql
from api.graphql.questions.common import Company, Deal, rows_by_id, sources_of
from api.graphql.questions.dependency import Dependency, dependencies
from api.graphql.scalars import Source
from graph import questions as q
from graph.questions.exposures import Claim as ClaimRow
from graph.questions.exposures import MoneyTotal as TotalRow


@strawberry.type
class ExposureClaim:
    counterparty: Company
    channel: str
    deal: Deal
    amount_usd: float | None = strawberry.field(
        description="The party's own amount; null when its part is not reported (see missing)."
    )
    firm: bool
    serves: Optional[Deal] = strawberry.field(  # noqa: UP045
        description="For capital committed: the customer contract the deal serves."
    )


@strawberry.type
class MoneyTotal:
    firm_usd: float
    contingent_usd: float


@strawberry.type
class ExposureTotals:
    owed_by: MoneyTotal
    invested_in: MoneyTotal
    lent_to: MoneyTotal
    capital_committed: MoneyTotal
    owes: MoneyTotal


@strawberry.type
class Exposures:
    company: Company
    as_of: dt.date
    owed_by: list[ExposureClaim] = strawberry.field(
        description="Contracts where others pay it: the remaining value, the party's own part."
    )
    invested_in: list[ExposureClaim] = strawberry.field(description="Equity it put in, at cost.")
    lent_to: list[ExposureClaim] = strawberry.field(description="Its part of drawn loans, bonds, facilities.")
    capital_committed: list[ExposureClaim] = strawberry.field(
        description="Its orders, leases and loans that SERVE a customer contract, per contract."
    )
    owes: list[ExposureClaim] = strawberry.field(description="What it still owes under contracts and debt.")
    totals: ExposureTotals
    customer_concentration: float | None = strawberry.field(
        description=(
            "Largest customer's share: the firm's reported figure when there is one, else its firm "
            "contracts in the graph."
        )
    )
    customer_concentration_basis: str | None
    largest_counterparty: Optional[Company]  # noqa: UP045
    dependents: list[Dependency] = strawberry.field(description="Who depends on it (depth 2).")
    missing: list[str]
    concentration_source_ids: strawberry.Private[list[str]]

    @strawberry.field(description="Sources of a reported customer concentration.")
    async def customer_concentration_sources(self, info: Info[Context, None]) -> list[Source]:
        return await sources_of(info, self.concentration_source_ids)


def _total(value: TotalRow) -> MoneyTotal:
    return MoneyTotal(firm_usd=value.firm_usd, contingent_usd=value.contingent_usd)


@strawberry.field(
    description="Who owes the company, where it invested, lent and committed capital, who needs it."
)
async def exposures(info: Info[Context, None], company: str, as_of: dt.date | None = None) -> Exposures:
    report = await q.exposures(info.context.driver, company, as_of=as_of, database=info.context.database)
    claims = [*report.owed_by, *report.invested_in, *report.lent_to, *report.capital_committed, *report.owes]
    ids = {c.counterparty_id for c in claims} | {c.deal_id for c in claims}
    rows = await rows_by_id(info, ids | {c.serves_deal_id for c in claims if c.serves_deal_id})

    def convert(items: list[ClaimRow]) -> list[ExposureClaim]:
        return [
            ExposureClaim(
                counterparty=to_graphql(rows[c.counterparty_id]),
                channel=c.channel,
                deal=to_graphql(rows[c.deal_id]),
                amount_usd=c.amount_usd,
                firm=c.firm,
                serves=to_graphql(rows[c.serves_deal_id]) if c.serves_deal_id else None,
            )
            for c in items
        ]

    needing = await q.dependents(
        info.context.driver, report.company.id, max_depth=2, as_of=as_of, database=info.context.database
    )
    totals = report.totals()
    largest = report.largest_counterparty_id
    basis = None
    if report.customer_concentration is not None:
        basis = "reported by the company" if report.concentration_reported else "firm contracts in the graph"
    return Exposures(
        company=to_graphql(report.company),
        as_of=report.as_of,
        owed_by=convert(report.owed_by),
        invested_in=convert(report.invested_in),
        lent_to=convert(report.lent_to),
        capital_committed=convert(report.capital_committed),
        owes=convert(report.owes),
        totals=ExposureTotals(**{name: _total(value) for name, value in totals.items()}),
        customer_concentration=report.customer_concentration,
        customer_concentration_basis=basis,
        largest_counterparty=to_graphql(rows[largest]) if largest else None,
        dependents=await dependencies(info, needing),
        missing=report.missing,
        concentration_source_ids=list(report.company.props.get("sources") or [])
        if report.concentration_reported
        else [],
    )
