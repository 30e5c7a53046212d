"""Helpers shared by the question fields: entity rows by id, sources, the node types."""

from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import NODE_TYPES
from api.graphql.scalars import Source
from graph.reads import EntityRow, entities_by_id

Company = NODE_TYPES["Company"]
Chip = NODE_TYPES["Chip"]
Deal = NODE_TYPES["Deal"]
Person = NODE_TYPES["Person"]
Policy = NODE_TYPES["Policy"]
Country = NODE_TYPES["Country"]
Claim = NODE_TYPES["Claim"]


async def rows_by_id(info: Info[Context, None], ids: set[str]) -> dict[str, EntityRow]:
    if not ids:
        return {}
    return await entities_by_id(info.context.driver, sorted(ids), info.context.database)


async def sources_of(info: Info[Context, None], ids: list[str]) -> list[Source]:
    found = await info.context.sources.load_many(ids)
    return [Source.from_props(props) for props in found if props is not None]
