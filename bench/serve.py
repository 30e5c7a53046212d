"""Serving: `computegraph serve` as a user starts it, under 8 concurrent clients on the mixed
request set (bench.memory.LOAD_MIX), on loopback: p95 and req/s with the defaults (one worker),
then req/s with `--workers 1` and `--workers 2`.

Each server gets a warm-up of the same load first (not counted): per-process state (the driver's
connections, the answers kept per graph version) is what a serving process runs with. What the
very first request of each kind costs is reported apart (`first_pass_ms`).
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from bench.measure import load_summary
from bench.memory import CLIENTS, LOAD_MIX, REQUEST_TIMEOUT_S, post_mix
from bench.serving import Served, free_port, served

DURATION_S = 20.0
WARMUP_S = 5.0
CONFIGS: dict[str, list[str]] = {
    "default": [],
    "workers_1": ["--workers", "1"],
    "workers_2": ["--workers", "2"],
}


@contextlib.contextmanager
def cli_server(extra: list[str]) -> Iterator[Served]:
    """`computegraph serve --port P [extra]` pointed at the bench Neo4j."""
    port = free_port()
    command = [str(Path(sys.executable).parent / "computegraph"), "serve", "--port", str(port), *extra]
    with served(command, port) as server:
        yield server


async def _clients(base: str, seconds: float) -> tuple[list[float], list[str], float]:
    latencies: list[float] = []
    errors: list[str] = []

    async def client_loop(offset: int, stop_at: float) -> None:
        async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
            index = offset
            while time.monotonic() < stop_at:
                latencies.append(await post_mix(client, index, errors))
                index += 1

    started = time.monotonic()
    await asyncio.gather(*(client_loop(i, started + seconds) for i in range(CLIENTS)))
    return latencies, errors, time.monotonic() - started


async def _measure(base: str) -> dict[str, Any]:
    first: dict[str, float] = {}
    errors: list[str] = []
    async with httpx.AsyncClient(base_url=base, timeout=REQUEST_TIMEOUT_S) as client:
        for index, (name, _, _) in enumerate(LOAD_MIX):  # one of each, alone, on a fresh server
            first[name] = round(await post_mix(client, index, errors) * 1000, 1)
    await _clients(base, WARMUP_S)
    latencies, load_errors, elapsed = await _clients(base, DURATION_S)
    return {**load_summary(CLIENTS, latencies, errors + load_errors, elapsed), "first_pass_ms": first}


def run_scale(scale: int) -> dict[str, Any]:
    result: dict[str, Any] = {"scale": scale, "mix": [name for name, _, _ in LOAD_MIX], "configs": {}}
    for name, extra in CONFIGS.items():
        with cli_server(extra) as served:
            measured = asyncio.run(_measure(served.base_url))
        measured["command"] = " ".join(["computegraph serve", *extra])
        result["configs"][name] = measured
        latency = measured["latency"] or {}
        print(
            f"serve     {scale:>4}x  {measured['command']:<32} {CLIENTS} clients: "
            f"{measured['requests_per_s']:>7.1f} req/s  p95 {latency.get('p95_ms', 0):>8.1f} ms  "
            f"({measured['errors']} errors)",
            flush=True,
        )
    return result


def headline_figures(details: dict[str, Any]) -> dict[str, Any]:
    """The serving figures of latest.json (null when not run at 100x)."""
    configs = details.get("serve", {}).get("100", {}).get("configs", {})

    def figure(config: str, *path: str) -> Any:
        value: Any = configs.get(config)
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        return value

    return {
        "serve_p95_ms_100x_8_clients": figure("default", "latency", "p95_ms"),
        "serve_rps_100x_8_clients": figure("default", "requests_per_s"),
        "serve_errors_100x_8_clients": figure("default", "errors"),
        "serve_rps_100x_workers_1": figure("workers_1", "requests_per_s"),
        "serve_rps_100x_workers_2": figure("workers_2", "requests_per_s"),
        "serve_p95_ms_100x_workers_2": figure("workers_2", "latency", "p95_ms"),
    }


def markdown_section(serve: dict[str, Any]) -> list[str]:
    if not serve:
        return []
    out = [
        "## Serving: `computegraph serve` under 8 concurrent clients",
        "",
        "| scale | command | req/s | p50 | p95 | max | requests (errors) |",
        "|---|---|---|---|---|---|---|",
    ]
    for scale in sorted(serve, key=int):
        for measured in serve[scale]["configs"].values():
            latency = measured["latency"] or {}
            out.append(
                f"| {scale}x | `{measured['command']}` | {measured['requests_per_s']} | "
                f"{latency.get('p50_ms')} ms | {latency.get('p95_ms')} ms | {latency.get('max_ms')} ms | "
                f"{measured['requests']} ({measured['errors']}) |"
            )
    some = next(iter(serve.values()))
    first = next(iter(some["configs"].values()))["first_pass_ms"]
    out += [
        "",
        f"Each client cycles through: {', '.join(some['mix'])}, for {DURATION_S:.0f} s after a "
        f"{WARMUP_S:.0f} s warm-up of the same load; the load generator shares the two cores with "
        "the server and Neo4j. First request of each kind on a fresh server (ms): "
        + ", ".join(f"{name} {ms}" for name, ms in first.items())
        + ".",
        "",
    ]
    return out
