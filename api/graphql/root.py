"""Root fields that are not per label: entity(ref), search, cypher."""

from typing import Any

import strawberry
from starlette.requests import Request
from strawberry.scalars import JSON
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.security import CypherAccessDeniedError, check_user_cypher_access
from graph import reads
from graph.cypher_guard import run_read_only
from graph.errors import ReadOnlyViolationError


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


def _authorise_cypher(info: Info[Context, None]) -> None:
    """The same key check as POST /cypher; never over GET, which any web page can make a
    browser send (GraphQL-over-HTTP's CSRF advice): a cross-site GET must not run Cypher."""
    request, response = info.context.request, info.context.response
    if request is None or not isinstance(request, Request):
        raise CypherAccessDeniedError("cypher needs an HTTP request to check its key", 403)
    if request.method != "POST":
        if response is not None:
            response.status_code = 405
        raise ReadOnlyViolationError("cypher runs only in a POST request, never over GET")
    try:
        check_user_cypher_access(request, info.context.settings)
    except CypherAccessDeniedError as error:
        if response is not None:
            response.status_code = error.status
        raise


@strawberry.field(description="Run a read-only Cypher query (same guard and key as POST /cypher; POST only).")
async def cypher(info: Info[Context, None], query: str, params: JSON | None = None) -> CypherResult:
    _authorise_cypher(info)
    result = await run_read_only(info.context.driver, query, _params(params), info.context.settings)
    rows: Any = result.rows  # JSON scalar: any JSON-ready value
    return CypherResult(columns=result.columns, rows=rows, truncated=result.truncated)


ROOT_FIELDS = {"entity": entity, "search": search, "cypher": cypher}
