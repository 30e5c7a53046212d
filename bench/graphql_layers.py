"""Where a directly answered GraphQL request's time goes, layer by layer.

Timers are put around the layers a request passes (the client's call, the whole ASGI app, the
prepared-request layer, the plan's run, the read, the response's sending) by wrapping those
functions for the length of this measurement only; each request's segments are the differences
between consecutive marks, and each segment's median over the runs is reported. The same
request through the driver alone is timed in alternation, so the read can be set beside it.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import httpx
from fastapi import FastAPI

import api.graphql.prepared as prepared
import graph.shaped_read as shaped_read

RUNS = 1000
WARMUP = 100
# (segment, first mark, last mark) in the order a request passes them.
SEGMENTS = (
    ("client sends (httpx, ASGI transport)", "start", "app_in"),
    ("middleware in (body limit, rate and time limits)", "app_in", "prepared_in"),
    ("prepared layer: body read, plan found", "prepared_in", "plan_in"),
    ("plan: query text, parameters", "plan_in", "read_in"),
    ("read (driver: Neo4j and decoding)", "read_in", "read_out"),
    ("answer: values paired with keys, cursors, edges", "read_out", "plan_out"),
    ("encode and send", "plan_out", "sent"),
    ("middleware out", "sent", "app_out"),
    ("client receives (httpx)", "app_out", "end"),
)


@contextmanager
def _wrapped(owner: Any, name: str, make: Callable[[Any], Any]) -> Iterator[None]:
    original = getattr(owner, name)
    setattr(owner, name, make(original))
    try:
        yield
    finally:
        setattr(owner, name, original)


def _marking_coroutine(marks: dict[str, float], before: str, after: str) -> Callable[[Any], Any]:
    def make(original: Any) -> Any:
        async def marked(*args: Any, **kwargs: Any) -> Any:
            marks[before] = time.perf_counter()
            result = await original(*args, **kwargs)
            marks[after] = time.perf_counter()
            return result

        return marked

    return make


async def measure(
    app: FastAPI, body: dict[str, Any], hand_read: Callable[[], Awaitable[Any]]
) -> dict[str, Any]:
    """Median microseconds per segment of `body` answered by `app`, of the app alone, and of
    `hand_read` (the same data's hand-written read), alternating."""
    marks: dict[str, float] = {}

    async def timed_app(scope: Any, receive: Any, send: Any) -> None:
        marks["app_in"] = time.perf_counter()
        await app(scope, receive, send)
        marks["app_out"] = time.perf_counter()

    def marking_send(original: Any) -> Any:
        async def marked(*args: Any) -> Any:
            await original(*args)
            marks["sent"] = time.perf_counter()

        return marked

    def marking_layer(original: Any) -> Any:
        async def marked(self: Any, scope: Any, receive: Any, send: Any) -> None:
            marks["prepared_in"] = time.perf_counter()
            await original(self, scope, receive, send)

        return marked

    segments: dict[str, list[float]] = {name: [] for name, _, _ in SEGMENTS}
    hand: list[float] = []
    app_alone: list[float] = []
    with (
        _wrapped(prepared.PreparedQueries, "__call__", marking_layer),
        _wrapped(prepared, "run_plan", _marking_coroutine(marks, "plan_in", "plan_out")),
        _wrapped(shaped_read, "read", _marking_coroutine(marks, "read_in", "read_out")),
        _wrapped(prepared, "_send_json", marking_send),
    ):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=timed_app), base_url="http://bench"
        ) as client:
            for run in range(WARMUP + RUNS):
                marks.clear()
                marks["start"] = time.perf_counter()
                response = await client.post("/graphql", json=body)
                marks["end"] = time.perf_counter()
                response.raise_for_status()
                started = time.perf_counter()
                await hand_read()
                if run < WARMUP:
                    continue
                hand.append(time.perf_counter() - started)
                if not all(mark in marks for _, first, last in SEGMENTS for mark in (first, last)):
                    raise RuntimeError("the request was not answered from its prepared plan")
                for name, first, last in SEGMENTS:
                    segments[name].append(marks[last] - marks[first])
                app_alone.append(marks["app_out"] - marks["app_in"])
    medians = {name: round(statistics.median(values) * 1e6, 1) for name, values in segments.items()}
    return {
        "runs": RUNS,
        "segments_us": medians,
        "hand_written_read_us": round(statistics.median(hand) * 1e6, 1),
        # The API's own time, as a server calls it: what the HTTP client does on either side is
        # the caller's (another client library costs another amount).
        "api_alone_us": round(statistics.median(app_alone) * 1e6, 1),
    }
