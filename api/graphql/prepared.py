"""Prepared plain reads: a request body seen before, whose answer was read directly
(api.graphql.direct), is answered again from its kept plan without the framework's way there.

The first time a body comes, it takes the whole way: FastAPI's routing and dependencies,
strawberry's view, parse, validation (depth, aliases, cost, tokens, introspection) and execution.
When that execution took the direct way and succeeded, the plan it made is kept under the exact
body bytes. A plan holds nothing of the data, only what to read and how to shape it, and depends
on nothing but the body and the schema: the same bytes are the same query, operation and
variables, so validation would give the same verdict and planning the same plan. The next time
those bytes come, the plan runs at once and the answer is written as strawberry writes it (the
same JSON, status and headers; a test compares them byte for byte). That way is ~1 ms of Python
a request, as much as a small read itself.

Everything around a request still applies: this sits inside the body limit, rate limit, request
time limit and round-trip count (api.request_scope) and inside CORS. Anything else — a GET, a
body over PREPARED_BODY_MAX, an unseen body, a plan whose run needs the general executor (an
unknown ref, a stored value that does not fit) — is handed on as it came.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any

from graphql import ExecutionResult
from starlette._utils import get_route_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from strawberry.http import process_result

from api.deps import app_driver
from api.graphql.context import Context
from api.graphql.direct import Roots, run_plan
from api.graphql.responses import encode_json, is_outage
from graph.settings import Settings

# Bodies larger than this are not kept as keys (apps' repeated requests are small; a large body
# would make the cache's memory a function of what clients send).
PREPARED_BODY_MAX = 8_192
PREPARED_MAX = 512
# Set while a body that may be prepared goes the whole way: where the execution keeps its plan.
BEING_PREPARED: ContextVar[tuple[PreparedPlans, bytes] | None] = ContextVar("being_prepared", default=None)


class PreparedPlans:
    """Body bytes -> plan, least recently used first out."""

    def __init__(self, maxsize: int = PREPARED_MAX) -> None:
        self.maxsize = maxsize
        self._plans: OrderedDict[bytes, Roots] = OrderedDict()
        self.hits = 0

    def get(self, body: bytes) -> Roots | None:
        plan = self._plans.get(body)
        if plan is not None:
            self._plans.move_to_end(body)
            self.hits += 1
        return plan

    def keep(self, body: bytes, roots: Roots) -> None:
        self._plans[body] = roots
        self._plans.move_to_end(body)
        while len(self._plans) > self.maxsize:
            self._plans.popitem(last=False)


def keep_plan(roots: Roots) -> None:
    """Called by the execution after a direct run without errors."""
    being_prepared = BEING_PREPARED.get()
    if being_prepared is not None:
        plans, body = being_prepared
        plans.keep(body, roots)


def _is_json_post(scope: Scope, graphql_path: str) -> bool:
    if scope["type"] != "http" or scope["method"] != "POST" or get_route_path(scope) != graphql_path:
        return False
    content_type = accept = b""
    for name, value in scope.get("headers", []):
        if name == b"content-type":
            content_type = value
        elif name == b"accept":
            accept = value
    # Only what strawberry answers with one JSON body (not multipart or event streams).
    return content_type.split(b";")[0].strip().lower() == b"application/json" and (
        not accept or b"application/json" in accept or b"*/*" in accept
    )


def _response(result: ExecutionResult) -> tuple[int, bytes]:
    """As strawberry's view writes it (the same body, and 503 for an outage)."""
    status = 503 if result.errors and is_outage(result.errors) else 200
    return status, encode_json(process_result(result))


class PreparedQueries:
    def __init__(
        self, app: ASGIApp, settings: Settings, plans: PreparedPlans, graphql_path: str = "/graphql"
    ) -> None:
        self.app = app
        self.settings = settings
        self.plans = plans
        self.graphql_path = graphql_path

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self.settings.direct_execution or not _is_json_post(scope, self.graphql_path):
            await self.app(scope, receive, send)
            return
        read = await _read_body(receive)
        if read is None:  # the client went away before its body was in
            return
        body, more = read
        if more or len(body) > PREPARED_BODY_MAX:
            await self.app(scope, _replay(body, more, receive), send)
            return
        roots = self.plans.get(body)
        if roots is not None:
            context = Context(app_driver(scope["app"]), self.settings, scope["state"]["request_id"])
            result = await _run_or_none(context, roots)
            if result is not None:
                await _send_json(send, *_response(result))
                return
        token = BEING_PREPARED.set((self.plans, body) if roots is None else None)
        try:
            await self.app(scope, _replay(body, False, receive), send)
        finally:
            BEING_PREPARED.reset(token)


async def _run_or_none(context: Context, roots: Roots) -> ExecutionResult | None:
    """The answer, or None when this run needs the general executor (an unknown ref, a stored
    value that does not fit): as in the execution, the general path then answers, with its
    errors and their locations."""
    try:
        return await run_plan(context, roots)
    except Exception:
        return None


async def _read_body(receive: Receive) -> tuple[bytes, bool] | None:
    """The body, or its first part and True when it is longer than a key may be; None when the
    client hung up first."""
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return None
        chunk = message.get("body", b"")
        chunks.append(chunk)
        size += len(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks), False
        if size > PREPARED_BODY_MAX:
            return b"".join(chunks), True


def _replay(body: bytes, more: bool, receive: Receive) -> Callable[[], Any]:
    """A receive that gives the body read so far, then whatever the client sends next."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return {"type": "http.request", "body": body, "more_body": more}
        return await receive()

    return replay


async def _send_json(send: Send, status: int, body: bytes) -> None:
    headers = [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
