"""Memory: peak RSS of the API (uvicorn in a subprocess) under a short concurrent load on loopback."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from bench.graphql_overhead import REQUESTS
from bench.measure import load_summary, peak_rss_mb, rss_mb
from bench.questions import AS_OF, DEFAULTER, SUPPLIER
from bench.serving import api_server

CLIENTS = 8
DURATION_S = 20.0
REQUEST_TIMEOUT_S = 60.0

# The typical requests plus two questions, cycled by every client.
LOAD_MIX: list[tuple[str, str, dict[str, Any]]] = [
    *((request.name, request.graphql, request.variables) for request in REQUESTS),
    (
        "dependents_depth2",
        f'{{ dependents(supplier: "{SUPPLIER}", maxDepth: 2) '
        "{ company { id name } depth singleSource } }",
        {},
    ),
    (
        "risk_if_default",
        f'{{ riskIfDefault(company: "{DEFAULTER}", asOf: "{AS_OF}") '
        "{ totalLossUsd parties { company { id name } directLossUsd totalLossUsd } } }",
        {},
    ),
]


async def post_mix(client: httpx.AsyncClient, index: int, errors: list[str]) -> float:
    """Send the mix's request number `index`; its latency in seconds, any error into `errors`."""
    _, query, variables = LOAD_MIX[index % len(LOAD_MIX)]
    t0 = time.perf_counter()
    try:
        response = await client.post("/graphql", json={"query": query, "variables": variables})
        if response.status_code != 200 or "errors" in response.json():
            errors.append(f"{response.status_code}: {response.text[:200]}")
    except httpx.HTTPError as error:
        errors.append(f"{type(error).__name__}: {error}")
    return time.perf_counter() - t0


async def _client(base: str, offset: int, stop_at: float, latencies: list[float], errors: list[str]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        index = offset
        while time.monotonic() < stop_at:
            latencies.append(await post_mix(client, index, errors))
            index += 1


async def _sample_rss(
    pid: int, samples: list[tuple[float, float]], started: float, stop: asyncio.Event
) -> None:
    while not stop.is_set():
        value = rss_mb(pid)
        if value is not None:
            samples.append((round(time.monotonic() - started, 2), value))
        await asyncio.sleep(0.25)


async def _load(pid: int, base: str) -> dict[str, Any]:
    latencies: list[float] = []
    errors: list[str] = []
    samples: list[tuple[float, float]] = []
    started = time.monotonic()
    stop = asyncio.Event()
    sampler = asyncio.create_task(_sample_rss(pid, samples, started, stop))
    idle_rss = rss_mb(pid)
    stop_at = started + DURATION_S
    await asyncio.gather(*(_client(base, i, stop_at, latencies, errors) for i in range(CLIENTS)))
    elapsed = time.monotonic() - started
    stop.set()
    await sampler
    return {
        **load_summary(CLIENTS, latencies, errors, elapsed),
        "idle_rss_mb": idle_rss,
        "peak_rss_mb": peak_rss_mb(pid),
        "rss_samples": samples,
    }


def run_api(scale: int) -> dict[str, Any]:
    with api_server() as served:
        result = asyncio.run(_load(served.pid, served.base_url))
    result["scale"] = scale
    result["mix"] = [name for name, _, _ in LOAD_MIX]
    print(
        f"memory    {scale:>4}x  API under {CLIENTS} clients x {DURATION_S:.0f} s: "
        f"{result['requests']} requests ({result['errors']} errors), "
        f"idle RSS {result['idle_rss_mb']} MB, peak RSS {result['peak_rss_mb']} MB",
        flush=True,
    )
    return result
