"""A bounded load on loopback (small counts for CI; `python -m bench.load` for the long run):
two API workers answer every request at 1, 8, 32 and 64 concurrent clients, with no 5xx, no
dropped connection, and memory that does not grow without bound."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from bench.load import rss_mb, run_load
from graph.settings import Settings
from tests.integration.serving import serving


def _processes(pid: int) -> list[int]:
    children = Path(f"/proc/{pid}/task/{pid}/children")
    found = [int(child) for child in children.read_text().split()] if children.exists() else []
    return [pid, *found]


@pytest.fixture(scope="module")
def served_with_workers(dataset: neo4j.Driver, settings: Settings) -> Iterator[tuple[str, int]]:
    with serving(settings, "--workers", "2") as (url, process):
        yield url, process.pid


def test_load_is_held_at_64_clients(served_with_workers: tuple[str, int]) -> None:
    url, pid = served_with_workers
    pids = _processes(pid)
    results = asyncio.run(run_load(url, [1, 8, 32, 64], seconds=2.0, pids=pids))
    for result in results:
        print(result.line())
        assert result.requests > 0
        assert result.server_errors == 0, result.statuses
        assert result.transport_errors == 0
        assert set(result.statuses) == {200}
    first, last = results[0].rss_mb_after, results[-1].rss_mb_after
    assert first is not None
    assert last is not None
    assert last < 2 * first + 200, (first, last)
    assert rss_mb(pids) is not None
