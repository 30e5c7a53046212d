"""Company.financials(asOf, last) and Company.latestFinancials(asOf): the reported periods known
at a date, newest first (graph.questions.financials), read once per request for every company
asked in a list.

Imported by entities.py while it builds the Company type, so the node types are reached lazily.
"""

import datetime as dt
from typing import Annotated, Any

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from graph.questions.financials import financials_of

FinancialPeriodRef = Annotated["FinancialPeriod", strawberry.lazy("api.graphql.entities")]  # noqa: F821


async def _periods(info: Info[Context, None], company_id: str, as_of: dt.date | None, last: int) -> list[Any]:
    from api.graphql.entities import to_graphql  # the module that is importing this one

    async def load(ids: list[str]) -> list[list[Any]]:
        found = await financials_of(
            info.context.driver, ids, as_of=as_of, last=last, database=info.context.database
        )
        return [found[company_id] for company_id in ids]

    rows = await info.context.loader(("financials", as_of, last), load).load(company_id)
    return [to_graphql(row) for row in rows]


async def resolve_financials(
    root: Any, info: Info[Context, None], as_of: dt.date | None = None, last: int = 8
) -> list[FinancialPeriodRef]:
    return await _periods(info, root.row.id, as_of, last)


async def resolve_latest_financials(
    root: Any, info: Info[Context, None], as_of: dt.date | None = None
) -> FinancialPeriodRef | None:
    periods = await _periods(info, root.row.id, as_of, 1)
    return periods[0] if periods else None


COMPANY_FIELDS: dict[str, Any] = {
    "financials": strawberry.field(
        resolver=resolve_financials,
        description=(
            "Reported financial periods, newest first: those ended and published on or before "
            "asOf (all without it), at most `last` (1-40)."
        ),
    ),
    "latest_financials": strawberry.field(
        resolver=resolve_latest_financials,
        description="The latest period ended and published on or before asOf (today without it).",
    ),
}
