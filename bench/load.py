"""A bounded load generator: asyncio httpx clients on loopback, a mix of browsing queries and
the questions, at rising concurrency for a fixed time each. Reports throughput, p50/p95/p99,
errors and the server's memory per step.

    python -m bench.load --url http://127.0.0.1:8000 --steps 1,8,32,64 --seconds 20 --pid PID
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

MIX = [
    '{ company(ref: "nvidia") { name revenueUsd deals { role deal { name valueUsd } } } }',
    "{ companies(first: 50, sort: REVENUE_USD, direction: DESC) { nodes { name country } } }",
    "{ chips(first: 50) { nodes { name tdpW foundries { node { name } } } } }",
    '{ search(text: "stargate") { entity { id name } score } }',
    '{ dependents(supplier: "SK hynix", maxDepth: 2) { company { name } depth } }',
    '{ riskIfDefault(company: "OpenAI") { totalLossUsd parties { company { name } totalLossUsd } } }',
    '{ moneyCycles(through: "openai", maxLength: 3) { totalUsd companies { name } } }',
    "{ capacity(groupBy: OPERATOR) { group plannedMw } }",
]


@dataclass
class StepResult:
    concurrency: int
    seconds: float
    latencies_ms: list[float] = field(default_factory=list)
    statuses: dict[int, int] = field(default_factory=dict)
    transport_errors: int = 0
    rss_mb_after: float | None = None

    @property
    def requests(self) -> int:
        return len(self.latencies_ms)

    @property
    def server_errors(self) -> int:
        return sum(count for status, count in self.statuses.items() if status >= 500)

    def percentile(self, share: float) -> float:
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(share * len(ordered)))] if ordered else 0.0

    def line(self) -> str:
        median = statistics.median(self.latencies_ms) if self.latencies_ms else 0.0
        rss = f"{self.rss_mb_after:.0f} MB" if self.rss_mb_after is not None else "-"
        return (
            f"{self.concurrency:>4} clients  {self.requests / self.seconds:7.1f} req/s  "
            f"p50 {median:7.1f}  p95 {self.percentile(0.95):7.1f}  "
            f"p99 {self.percentile(0.99):7.1f} ms  5xx {self.server_errors}  "
            f"dropped {self.transport_errors}  rss {rss}"
        )


def rss_mb(pids: list[int]) -> float | None:
    """Resident memory of the server processes (Linux /proc), in MB."""
    total = 0.0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
        except FileNotFoundError:
            return None
    return total


async def _client(
    client: httpx.AsyncClient, deadline: float, queries: itertools.cycle[str], result: StepResult
) -> None:
    while time.monotonic() < deadline:
        started = time.monotonic()
        try:
            response = await client.post("/graphql", json={"query": next(queries)})
            result.statuses[response.status_code] = result.statuses.get(response.status_code, 0) + 1
        except httpx.TransportError:
            result.transport_errors += 1
            continue
        result.latencies_ms.append((time.monotonic() - started) * 1000)


async def run_step(url: str, concurrency: int, seconds: float, pids: list[int]) -> StepResult:
    result = StepResult(concurrency, seconds)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    async with httpx.AsyncClient(base_url=url, timeout=60, limits=limits) as client:
        deadline = time.monotonic() + seconds
        await asyncio.gather(
            *(
                _client(client, deadline, itertools.cycle(MIX[i % len(MIX) :] + MIX[: i % len(MIX)]), result)
                for i in range(concurrency)
            )
        )
    result.rss_mb_after = rss_mb(pids)
    return result


async def run_load(url: str, steps: list[int], seconds: float, pids: list[int]) -> list[StepResult]:
    return [await run_step(url, concurrency, seconds, pids) for concurrency in steps]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--steps", default="1,8,32,64")
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--pid", type=int, action="append", default=[])
    args = parser.parse_args()
    if not args.url.startswith(("http://127.", "http://localhost", "http://[::1]")):
        raise SystemExit("load only loopback addresses")
    steps = [int(step) for step in args.steps.split(",")]
    print(f"rss before {rss_mb(args.pid)} MB")
    for result in asyncio.run(run_load(args.url, steps, args.seconds, args.pid)):
        print(result.line())


if __name__ == "__main__":
    main()
