"""The ASGI app: explorer at /, GraphQL (and GraphiQL) at /graphql, read-only POST /cypher, GET /health."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from contextlib import asynccontextmanager
from typing import Any, TypeVar

from fastapi import FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import HTMLResponse, JSONResponse
from pydantic import BaseModel, Field
from strawberry.fastapi import GraphQLRouter

from api.body_limit import BodyLimitMiddleware
from api.deps import DriverDep, SettingsDep, app_driver
from api.export import router as export_router
from api.graphql.context import Context
from api.graphql.prepared import PreparedPlans, PreparedQueries
from api.graphql.responses import encode_json
from api.graphql.schema import build_schema
from api.mcp_http import mount_mcp
from api.playground import graphiql_html
from api.rate_limit import RateLimiter
from api.request_scope import RequestScopeMiddleware
from api.security import CypherAccessDeniedError, check_user_cypher_access
from api.web import mount_explorer
from graph.cypher_guard import run_read_only
from graph.errors import DatabaseUnavailableError, QueryLimitError, ReadOnlyViolationError
from graph.settings import Settings, get_settings

log = logging.getLogger(__name__)
T = TypeVar("T")


async def until_disconnect(request: Request, work: Coroutine[Any, Any, T]) -> T:
    """Run `work`, cancelling it if the client hangs up: a user's query then stops on the server
    too (graph.querying.cancellable) instead of running for an answer nobody will read.

    The body has been read by now, so the next ASGI message is the disconnect; it is awaited in
    a task of its own (Request.is_disconnected only polls, with a cancelled scope, so it can miss
    a disconnect that has not arrived yet)."""

    async def hung_up() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    task = asyncio.ensure_future(work)
    listener = asyncio.ensure_future(hung_up())
    try:
        done, _ = await asyncio.wait({task, listener}, return_when=asyncio.FIRST_COMPLETED)
        if task not in done:
            task.cancel()
            await asyncio.wait({task})
            raise HTTPException(status_code=499, detail="the client closed the connection")
        return task.result()
    finally:
        listener.cancel()
        if not task.done():  # this request itself was cancelled (the request time limit)
            task.cancel()
            await asyncio.wait({task})


class CypherRequest(BaseModel):
    query: str = Field(max_length=20_000)
    params: dict[str, Any] = Field(default_factory=dict)


class PlaygroundRouter(GraphQLRouter[Context, None]):
    """GraphiQL opens with the project's example queries, one tab each."""

    async def render_graphql_ide(self, request: Request) -> HTMLResponse:
        # The vendored GraphiQL files are served with the explorer's assets, under the app's root path.
        return HTMLResponse(graphiql_html(assets=f"{request.scope.get('root_path', '')}/assets"))

    def encode_json(self, data: object) -> str | bytes:
        return encode_json(data)


def _tune_collector(young_threshold: int) -> None:
    """A request allocates thousands of objects (decoded records, answer objects), so with
    Python's default threshold of 700 each paid several collections of the youngest generation,
    ~40 us of a 1 ms page of 100 rows; and every older collection walked the schema, routes and
    modules made at start-up, which live as long as the process. Those are frozen out of the
    collector's walks, and the youngest generation is collected less often."""
    if young_threshold == 0:
        return
    gc.collect()
    gc.freeze()
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(young_threshold, older, oldest)


def _lifespan(settings: Settings) -> Callable[[FastAPI], Any]:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        _tune_collector(settings.gc_young_threshold)
        # The driver connects lazily: the API starts (and /health says 503) even if Neo4j is down.
        driver = app_driver(app)
        try:
            yield
        finally:
            await driver.close()
            app.state.driver = None

    return lifespan


def create_app(settings: Settings | None = None) -> FastAPI:
    """The whole API; mount it under a prefix with `parent.mount('/graph', create_app())`."""
    settings = settings or get_settings()
    app = FastAPI(
        title="Compute Graph",
        lifespan=_lifespan(settings),
        docs_url=None if settings.environment == "production" else "/docs",
        # The schema of the HTTP API is no secret, but production lists nothing it need not.
        openapi_url=None if settings.environment == "production" else "/openapi.json",
        redoc_url=None,
    )
    app.state.settings = settings
    # Innermost of the layers: a repeated plain read skips the framework, never CORS or the limits.
    app.state.prepared_plans = PreparedPlans()
    app.add_middleware(PreparedQueries, settings=settings, plans=app.state.prepared_plans)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=settings.cors_origins,
            allow_methods=["GET", "POST"],
            allow_headers=["*"],
        )

    app.add_middleware(
        RequestScopeMiddleware,
        query_timeout_s=settings.query_timeout_s,
        limiter=RateLimiter(settings.requests_per_minute) if settings.requests_per_minute else None,
    )

    # Outermost: the body is counted as it arrives, before any other layer reads it.
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_request_bytes)

    async def context_getter(request: Request) -> Context:
        return Context(app_driver(request.app), settings, request.state.request_id)

    graphql = PlaygroundRouter(
        build_schema(settings),
        context_getter=context_getter,
        graphql_ide="graphiql" if settings.graphiql_enabled else None,
        allow_queries_via_get=True,
    )
    app.include_router(graphql, prefix="/graphql")
    app.include_router(export_router)
    mount_mcp(app, settings)

    @app.get("/health")
    async def health(driver: DriverDep) -> JSONResponse:
        try:
            await driver.verify_connectivity()
        except Exception as error:
            return JSONResponse(
                status_code=503,
                content={
                    "status": "unavailable",
                    "neo4j": "unreachable",
                    "detail": f"{type(error).__name__}: {str(error)[:200]}",
                },
            )
        return JSONResponse({"status": "ok", "neo4j": "reachable"})

    @app.post("/cypher")
    async def cypher(
        body: CypherRequest, request: Request, driver: DriverDep, app_settings: SettingsDep
    ) -> dict[str, Any]:
        try:
            check_user_cypher_access(request, app_settings)
            result = await until_disconnect(
                request, run_read_only(driver, body.query, body.params, app_settings)
            )
        except CypherAccessDeniedError as error:
            raise HTTPException(status_code=error.status, detail=str(error)) from error
        except ReadOnlyViolationError as error:
            raise HTTPException(status_code=400, detail=str(error)) from error
        except QueryLimitError as error:
            raise HTTPException(status_code=422, detail=str(error)) from error
        except DatabaseUnavailableError as error:
            raise HTTPException(status_code=503, detail=str(error)) from error
        return {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}

    mount_explorer(app)
    return app
