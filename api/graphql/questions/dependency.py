"""Dependency chains: dependents(supplier) and suppliers(company)."""

import asyncio
import datetime as dt
from typing import Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.graphql.questions.common import Company, Deal, rows_by_id, sources_of
from api.graphql.scalars import Source
from graph import questions as q
from graph.reads import EntityRow


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
        return await sources_of(info, self.source_ids)

    @strawberry.field(description="The compute contract behind a BUYS_COMPUTE_FROM step.")
    def deal(self) -> Optional[Deal]:  # noqa: UP045
        return to_graphql(self.deal_row) if self.deal_row else None


class _DealRows:
    """The rows of the contracts on every path of one answer, read once and only when a `path`
    is selected: most requests ask for the firms alone, and building every path step of
    thousands of answers cost more than the (cached) question itself."""

    def __init__(self, found: list[q.dependency.Dependency]) -> None:
        self._ids = {s.deal_id for d in found for s in d.path if s.deal_id}
        self._rows: asyncio.Task[dict[str, EntityRow]] | None = None

    async def get(self, info: Info[Context, None]) -> dict[str, EntityRow]:
        if self._rows is None:
            self._rows = asyncio.ensure_future(rows_by_id(info, self._ids))
        return await asyncio.shield(self._rows)


async def _path(root: "Dependency", info: Info[Context, None]) -> list[PathStep]:
    deals = await root.deal_rows.get(info)
    return [
        PathStep(
            from_=to_graphql(s.from_row),
            relationship=s.relationship,
            to=to_graphql(s.to_row),
            input=s.input,
            source_ids=s.sources,
            deal_row=deals.get(s.deal_id) if s.deal_id else None,
        )
        for s in root.found.path
    ]


@strawberry.type
class Dependency:
    company: Company
    depth: int
    path: list[PathStep] = strawberry.field(resolver=_path)
    inputs: list[str]
    single_source: bool = strawberry.field(
        description=(
            "True when every provider the graph knows for this input itself depends on the supplier."
        )
    )
    found: strawberry.Private[q.dependency.Dependency]
    deal_rows: strawberry.Private[_DealRows]


async def dependencies(info: Info[Context, None], found: list[q.dependency.Dependency]) -> list[Dependency]:
    deal_rows = _DealRows(found)
    return [
        Dependency(
            company=to_graphql(d.company),
            depth=d.depth,
            inputs=d.inputs,
            single_source=d.single_source,
            found=d,
            deal_rows=deal_rows,
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
    return await dependencies(info, found)


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
    return await dependencies(info, found)
