"""What every HTTP request gets: the rate limit, a request id, the round-trip count and query
timeout of graph.querying, a time limit until the response starts, and a 500 that names the
request id instead of a traceback.

A plain ASGI middleware rather than `@app.middleware("http")`: Starlette's BaseHTTPMiddleware runs
the app in a task group and passes the response through memory streams, about 0.3 ms a request
here, as much as the whole rest of a small GraphQL request's way through the framework.
"""

from __future__ import annotations

import asyncio
import json
import logging
import uuid
from collections.abc import Mapping

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.rate_limit import RateLimiter
from graph.querying import QUERY_TIMEOUT_S, ROUND_TRIPS, RoundTrips

log = logging.getLogger(__name__)
# A request may run this much longer than one query's timeout (a question makes several reads and
# computes between them) before it is answered 504.
REQUEST_GRACE_S = 5.0


def request_deadline_s(query_timeout_s: float) -> float:
    return query_timeout_s + REQUEST_GRACE_S


def _json_response(status: int, content: Mapping[str, object]) -> tuple[Message, Message]:
    """The start and body messages of a JSON answer (as Starlette's JSONResponse writes it)."""
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode()
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-length", str(len(body)).encode()), (b"content-type", b"application/json")],
    }
    return start, {"type": "http.response.body", "body": body}


class RequestScopeMiddleware:
    def __init__(self, app: ASGIApp, query_timeout_s: float, limiter: RateLimiter | None) -> None:
        self.app = app
        self.query_timeout_s = query_timeout_s
        self.limiter = limiter

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        client = scope["client"][0] if scope.get("client") else "-"
        if self.limiter is not None and not self.limiter.allow(client):
            for message in _json_response(
                429, {"error": f"over the limit of {self.limiter.per_minute} requests per minute"}
            ):
                await send(message)
            return
        request_id = _header(scope, b"x-request-id") or uuid.uuid4().hex[:16]
        scope.setdefault("state", {})["request_id"] = request_id  # request.state.request_id
        counter = RoundTrips()
        started = False
        limit_s = request_deadline_s(self.query_timeout_s)

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                # The response has begun: what follows (a long download, a stream) is not limited.
                if not deadline.expired():  # (when expired, this is the 504 below)
                    deadline.reschedule(None)
                headers = MutableHeaders(scope=message)
                headers["X-Request-Id"] = request_id
                headers["X-Cypher-Round-Trips"] = str(counter.count)
            await send(message)

        token = ROUND_TRIPS.set(counter)
        timeout_token = QUERY_TIMEOUT_S.set(self.query_timeout_s)
        try:
            async with asyncio.timeout(limit_s) as deadline:
                await self.app(scope, receive, send_with_headers)
        except TimeoutError:
            if started:  # not the limit's: it is lifted when the response starts
                raise
            content = {"error": f"the request exceeded the {limit_s:g}s limit", "request_id": request_id}
            for message in _json_response(504, content):
                await send_with_headers(message)
        except Exception:
            log.exception("unhandled error in request %s", request_id)
            if started:
                raise
            for message in _json_response(500, {"error": "internal error", "request_id": request_id}):
                await send_with_headers(message)
        finally:
            ROUND_TRIPS.reset(token)
            QUERY_TIMEOUT_S.reset(timeout_token)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key == name:
            return str(value.decode("latin-1"))
    return None
