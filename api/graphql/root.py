"""Root fields that are not per label: entity(ref), search, cypher."""

from typing import Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from graph import reads
from graph.cypher_guard import run_read_only


@strawberry.type
class SearchHit:
    entity: Entity
    score: float


@strawberry.type
class CypherResult:
    columns: list[str]
    rows: JSON
    truncated: bool


@strawberry.field(description="Any entity by ref: id, name or alias, case-insensitive.")
async def entity(info: Info[Context, None], ref: str) -> Entity:
    row = await reads.resolve_ref(info.context.driver, ref, info.context.database)
    return to_graphql(row)  # type: ignore[no-any-return]


@strawberry.field(description="Full-text search over names, aliases and descriptions, ranked.")
async def search(info: Info[Context, None], text: str, first: int = 20) -> list[SearchHit]:
    first = max(0, min(first, info.context.settings.max_page_size))
    hits = await reads.search(info.context.driver, text[:200], first, info.context.database)
    return [SearchHit(entity=to_graphql(row), score=score) for row, score in hits]


def _params(params: Any) -> dict[str, Any]:
    if params is None:
        return {}
    if not isinstance(params, dict):
        raise ValueError("params must be a JSON object of query parameters")
    return params


@strawberry.field(description="Run a read-only Cypher query (same guard as POST /cypher).")
async def cypher(info: Info[Context, None], query: str, params: JSON | None = None) -> CypherResult:
    result = await run_read_only(info.context.driver, query, _params(params), info.context.settings)
    rows: Any = result.rows  # JSON scalar: any JSON-ready value
    return CypherResult(columns=result.columns, rows=rows, truncated=result.truncated)


ROOT_FIELDS = {"entity": entity, "search": search, "cypher": cypher}
