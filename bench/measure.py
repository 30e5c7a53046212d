"""Timing and memory helpers: percentiles, bounded repetition, RSS from /proc, machine facts."""

from __future__ import annotations

import gc
import math
import os
import platform
import statistics
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any


@dataclass
class Timing:
    runs: int
    p50_ms: float
    p95_ms: float
    min_ms: float
    max_ms: float

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty list."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]


def summarise(seconds: list[float]) -> Timing:
    ms = [s * 1000 for s in seconds]
    return Timing(
        runs=len(ms),
        p50_ms=round(statistics.median(ms), 2),
        p95_ms=round(percentile(ms, 95), 2),
        min_ms=round(min(ms), 2),
        max_ms=round(max(ms), 2),
    )


async def time_async(
    call: Callable[[], Awaitable[Any]],
    *,
    runs: int,
    warmup: int = 1,
    budget_s: float | None = None,
    min_runs: int = 3,
    slow_s: float | None = None,
) -> tuple[Timing, Any]:
    """Run `call` warmup + up to `runs` times (stopping after `budget_s` once `min_runs` are done).

    When one warm-up run alone takes longer than `slow_s`, that run is the only sample (runs=1):
    a call of minutes is measured once rather than not at all.
    """
    result: Any = None
    for _ in range(warmup):
        t0 = time.perf_counter()
        result = await call()
        took = time.perf_counter() - t0
        if slow_s is not None and took > slow_s:
            return summarise([took]), result
    samples: list[float] = []
    started = time.perf_counter()
    for _ in range(runs):
        t0 = time.perf_counter()
        result = await call()
        samples.append(time.perf_counter() - t0)
        if budget_s is not None and len(samples) >= min_runs and time.perf_counter() - started > budget_s:
            break
    return summarise(samples), result


def _status_kb(pid: int | str, field: str) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def rss_mb(pid: int | str = "self") -> float | None:
    kb = _status_kb(pid, "VmRSS")
    return None if kb is None else round(kb / 1024, 1)


def peak_rss_mb(pid: int | str = "self") -> float | None:
    """VmHWM: the peak resident set of the process so far."""
    kb = _status_kb(pid, "VmHWM")
    return None if kb is None else round(kb / 1024, 1)


def machine(neo4j_version: str | None) -> dict[str, Any]:
    memory_kb = _meminfo_kb("MemTotal")
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    return {
        "cores": os.cpu_count(),
        "cpu": cpu,
        "memory_gib": round(memory_kb / 1024 / 1024, 1) if memory_kb else None,
        "neo4j": neo4j_version,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def _meminfo_kb(field: str) -> int | None:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None


@contextmanager
def settled_heap() -> Iterator[None]:
    """Measure as a serving process would run: this harness holds what earlier benchmarks built
    (generated graphs, apps; ~900 MB at 100x), and without this every full collection during a
    measured call walks all of it (dependents at 100x: max 1.6 s with it, 0.83 s without).
    Freezing moves what exists now out of the collector's sight; what the call allocates is
    collected as usual."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def load_summary(clients: int, latencies: list[float], errors: list[str], elapsed_s: float) -> dict[str, Any]:
    """What a load run of `clients` concurrent clients reports (bench.memory, bench.serve)."""
    timing = summarise(latencies) if latencies else None
    return {
        "clients": clients,
        "duration_s": round(elapsed_s, 1),
        "requests": len(latencies),
        "requests_per_s": round(len(latencies) / elapsed_s, 2),
        "errors": len(errors),
        "error_examples": errors[:3],
        "latency": timing.as_dict() if timing else None,
    }
