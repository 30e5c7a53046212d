"""The GraphQL field `changes(from, to)`: facts whose dates fall in a window (graph/questions/changes.py)."""

import datetime as dt
from typing import Annotated, Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.graphql.scalars import Source
from graph import questions as q
from graph.reads import entities_by_id


@strawberry.type(description="A fact whose date falls in the window.")
class Change:
    date: dt.date
    event: str = strawberry.field(
        description="Which date: announced, start, end, effective, rescinded, valid_from, valid_to..."
    )
    summary: str
    entity: Entity = strawberry.field(description="The entity, or the relationship's start.")
    relationship: str | None = strawberry.field(description="The type, when the fact is a relationship.")
    other: Optional[Entity] = strawberry.field(description="The relationship's end.")  # noqa: UP045
    source_ids: strawberry.Private[list[str]]

    @strawberry.field
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        found = await info.context.sources.load_many(self.source_ids)
        return [Source.from_props(props) for props in found if props is not None]


@strawberry.field(description="What changed between two dates (to: today), newest first, with sources.")
async def changes(
    info: Info[Context, None],
    from_: Annotated[dt.date, strawberry.argument(name="from")],
    to: dt.date | None = None,
    first: int = 200,
) -> list[Change]:
    found = await q.changes(info.context.driver, from_, to, first=first, database=info.context.database)
    ids = {c.entity.id for c in found} | {c.other.id for c in found if c.other}
    rows = await entities_by_id(info.context.driver, sorted(ids), info.context.database) if ids else {}
    return [
        Change(
            date=c.date,
            event=c.event,
            summary=c.summary,
            entity=to_graphql(rows.get(c.entity.id, c.entity)),
            relationship=c.relationship,
            other=to_graphql(rows.get(c.other.id, c.other)) if c.other else None,
            source_ids=c.sources,
        )
        for c in found
    ]
