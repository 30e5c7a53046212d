"""The MCP server at /mcp over streamable HTTP, inside the API.

Stateless and with JSON responses: each POST is a whole exchange, so any API process behind a
load balancer can answer it. It needs the API key exactly when /cypher does (the same check in
api/security.py: the `cypher` tool runs a user's Cypher); on loopback, the SDK's DNS-rebinding
protection also accepts only loopback Host headers.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from starlette.requests import HTTPConnection
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from api.security import CypherAccessDeniedError, check_user_cypher_access, is_loopback
from graph.settings import Settings

if TYPE_CHECKING:
    from mcp.server.streamable_http_manager import StreamableHTTPSessionManager
    from mcp.server.transport_security import TransportSecuritySettings

PATH = "/mcp"


def _transport_security(settings: Settings) -> TransportSecuritySettings:
    from mcp.server.transport_security import TransportSecuritySettings

    if not is_loopback(settings.api_host):
        # Reached by other hosts' names; the API key is the guard there.
        return TransportSecuritySettings(enable_dns_rebinding_protection=False)
    hosts = ["127.0.0.1", "localhost", "[::1]"]
    return TransportSecuritySettings(
        enable_dns_rebinding_protection=True,
        allowed_hosts=[*hosts, *(f"{h}:*" for h in hosts)],
        allowed_origins=[*(f"http://{h}:*" for h in hosts), *settings.cors_origins],
    )


class _Manager:
    """The SDK's session manager, started on the first request in a task of its own (its task
    group must be entered and left in one task: a lifespan's start and end may run in two, and
    an app mounted in another app gets no lifespan at all), and stopped with the app."""

    def __init__(self, app: FastAPI, settings: Settings) -> None:
        self._app, self._settings = app, settings
        self._started: asyncio.Future[StreamableHTTPSessionManager] | None = None
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def get(self) -> StreamableHTTPSessionManager:
        if self._started is None:
            self._started = asyncio.get_running_loop().create_future()
            self._stop = asyncio.Event()
            self._task = asyncio.create_task(self._run(self._started))
        return await asyncio.shield(self._started)

    async def _run(self, started: asyncio.Future[StreamableHTTPSessionManager]) -> None:
        # The SDK is imported on first use: it adds seconds to every API process's start.
        from mcp.server.streamable_http_manager import StreamableHTTPSessionManager

        from api.answers import Reader
        from api.deps import app_driver
        from api.mcp_server import build_server

        app, settings = self._app, self._settings
        manager = StreamableHTTPSessionManager(
            build_server(lambda: Reader(app_driver(app), settings)),
            json_response=True,
            stateless=True,
            security_settings=_transport_security(self._settings),
        )
        try:
            async with manager.run():
                started.set_result(manager)
                await self._stop.wait()
        except BaseException as error:
            if not started.done():
                started.set_exception(error)
            raise

    async def stop(self) -> None:
        if self._task is not None:
            self._stop.set()
            await asyncio.gather(self._task, return_exceptions=True)
        self._started = self._task = None


class McpEndpoint:
    """An ASGI endpoint: the key check, then the SDK's session manager."""

    def __init__(self, manager: _Manager, settings: Settings) -> None:
        self.manager = manager
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        try:
            # The `cypher` tool runs a user's Cypher: the one key check in front of every such way.
            check_user_cypher_access(HTTPConnection(scope), self.settings)
        except CypherAccessDeniedError as error:
            await JSONResponse({"detail": str(error)}, status_code=error.status)(scope, receive, send)
            return
        await (await self.manager.get()).handle_request(scope, receive, send)


def mount_mcp(app: FastAPI, settings: Settings) -> None:
    """Serve MCP at /mcp; the session manager stops with the app."""
    manager = _Manager(app, settings)
    # A Route given a callable object (not a function) passes the raw ASGI call through.
    app.router.routes.append(Route(PATH, McpEndpoint(manager, settings), methods=["GET", "POST", "DELETE"]))
    inner = app.router.lifespan_context

    @asynccontextmanager
    async def lifespan(application: Any) -> AsyncIterator[Any]:
        try:
            async with inner(application) as state:
                yield state
        finally:
            await manager.stop()

    app.router.lifespan_context = lifespan
