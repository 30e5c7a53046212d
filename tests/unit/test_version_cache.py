"""The per-graph-version cache on its own: versions, bounds, one computation per key, failures."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from graph.version_cache import VersionedCache


def run_get(cache: VersionedCache, version: str | None, key: str, value: object, weight: int = 1) -> object:
    calls: list[str] = []

    async def compute() -> object:
        calls.append(key)
        return value

    result = asyncio.run(cache.get("neo4j", version, key, compute, lambda _: weight))
    return result, calls


def test_a_value_is_computed_once_per_version_and_key() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    assert run_get(cache, "v1", "a", 1) == (1, ["a"])
    assert run_get(cache, "v1", "a", 2) == (1, [])  # kept
    assert run_get(cache, "v1", "b", 3) == (3, ["b"])  # another key, another entry


def test_a_new_version_drops_the_older_ones() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    run_get(cache, "v1", "a", 1)
    assert run_get(cache, "v2", "a", 2) == (2, ["a"])
    assert len(cache) == 1
    # A request that read the old version before the write gets its own answer, uncached.
    assert run_get(cache, "v1", "a", 3) == (3, ["a"])


def test_versions_of_two_databases_are_kept_apart() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)

    async def both() -> None:
        await cache.get("neo4j", "v1", "a", _value(1))
        await cache.get("other", "w1", "a", _value(2))
        assert await cache.get("neo4j", "v1", "a", _value(9)) == 1
        assert await cache.get("other", "w1", "a", _value(9)) == 2

    asyncio.run(both())


def _value(value: object):  # type: ignore[no-untyped-def]
    async def compute() -> object:
        return value

    return compute


def test_no_version_means_no_caching() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    run_get(cache, None, "a", 1)
    assert run_get(cache, None, "a", 2) == (2, ["a"])
    assert len(cache) == 0


def test_bounds_evict_the_least_recently_used() -> None:
    cache = VersionedCache(max_entries=2, max_weight=10)
    run_get(cache, "v", "a", 1)
    run_get(cache, "v", "b", 2)
    run_get(cache, "v", "a", 0)  # a used last: b goes first
    run_get(cache, "v", "c", 3)
    assert run_get(cache, "v", "a", 0) == (1, [])
    assert run_get(cache, "v", "b", 4) == (4, ["b"])
    heavy = VersionedCache(max_entries=10, max_weight=10)
    run_get(heavy, "v", "a", 1, weight=6)
    run_get(heavy, "v", "b", 2, weight=6)  # over the weight: a goes
    assert len(heavy) == 1
    run_get(heavy, "v", "c", 3, weight=11)  # heavier than the bound alone: never kept
    assert run_get(heavy, "v", "c", 4) == (4, ["c"])


def test_concurrent_requests_share_one_computation() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    calls = 0

    async def slow() -> int:
        nonlocal calls
        calls += 1
        await asyncio.sleep(0.05)
        return 42

    async def many() -> list[int]:
        return await asyncio.gather(*(cache.get("neo4j", "v", "k", slow) for _ in range(5)))

    assert asyncio.run(many()) == [42] * 5
    assert calls == 1


def test_a_failed_computation_is_not_kept_and_waiters_compute_their_own() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    attempts = 0

    async def flaky() -> int:
        nonlocal attempts
        attempts += 1
        await asyncio.sleep(0.02)
        if attempts == 1:
            raise RuntimeError("database hiccup")
        return 7

    async def two() -> tuple[int | BaseException, int | BaseException]:
        return await asyncio.gather(
            cache.get("neo4j", "v", "k", flaky), cache.get("neo4j", "v", "k", flaky), return_exceptions=True
        )

    first, second = asyncio.run(two())
    assert isinstance(first, RuntimeError)
    assert second == 7
    assert run_get(cache, "v", "k", 9) == (7, [])  # the waiter's own answer was kept


def test_threads_with_their_own_event_loops_are_safe() -> None:
    cache = VersionedCache(max_entries=4, max_weight=1000)
    errors: list[BaseException] = []

    def worker(offset: int) -> None:
        try:
            for i in range(200):
                key, version = f"k{(i + offset) % 7}", f"v{i // 50}"
                value = asyncio.run(cache.get("neo4j", version, key, _value((version, key))))
                assert value == (version, key)
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(cache) <= 4


@pytest.mark.parametrize("version", ["v1", None])
def test_clear_forgets_everything(version: str | None) -> None:
    cache = VersionedCache(max_entries=8, max_weight=100)
    run_get(cache, version, "a", 1)
    cache.clear()
    assert run_get(cache, version, "a", 2) == (2, ["a"])


async def _must_not_run() -> object:
    raise AssertionError("the kept value should have answered")


def test_a_computation_whose_request_was_cancelled_goes_on_and_is_kept() -> None:
    """As when the API's request deadline passes during a first riskRanking at 1000x."""
    cache = VersionedCache(max_entries=8, max_weight=100)

    async def slow() -> int:
        await asyncio.sleep(0.1)
        return 5

    async def scenario() -> object:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.02):
                await cache.get("neo4j", "v", "k", slow)
        await asyncio.sleep(0.15)
        return await cache.get("neo4j", "v", "k", _must_not_run)

    assert asyncio.run(scenario()) == 5


def test_beyond_the_bound_a_cancelled_computation_stops_with_its_request() -> None:
    cache = VersionedCache(max_entries=8, max_weight=100, max_detached=1)
    stopped: list[str] = []

    def slow(key: str):  # type: ignore[no-untyped-def]
        async def compute() -> str:
            try:
                await asyncio.sleep(0.1)
            except asyncio.CancelledError:
                stopped.append(key)
                raise
            return key

        return compute

    async def scenario() -> tuple[object, list[str]]:
        for key in ("a", "b"):  # a goes on (the one allowed); b is cancelled with its request
            with pytest.raises(TimeoutError):
                async with asyncio.timeout(0.02):
                    await cache.get("neo4j", "v", key, slow(key))
        await asyncio.sleep(0.15)
        return await cache.get("neo4j", "v", "a", _must_not_run), await _recomputed(cache, "b")

    kept, recomputed = asyncio.run(scenario())
    assert kept == "a"
    assert stopped == ["b"]
    assert recomputed == ["b"]  # b was not kept: the next request computes it


async def _recomputed(cache: VersionedCache, key: str) -> list[str]:
    calls: list[str] = []

    async def compute() -> str:
        calls.append(key)
        return key

    await cache.get("neo4j", "v", key, compute)
    return calls


def test_a_computation_that_ends_in_a_long_step_past_the_deadline_is_kept() -> None:
    """The deadline passes while a synchronous step (ranking every firm) holds the event loop:
    the request is cancelled when the loop is free again, by which time the value is there."""
    cache = VersionedCache(max_entries=8, max_weight=100, max_detached=0)

    async def ends_in_a_long_step() -> int:
        await asyncio.sleep(0)
        time.sleep(0.05)  # the event loop is held past the deadline
        return 3

    async def scenario() -> object:
        with pytest.raises(TimeoutError):
            async with asyncio.timeout(0.01):
                await cache.get("neo4j", "v", "k", ends_in_a_long_step)
        return await cache.get("neo4j", "v", "k", _must_not_run)

    assert asyncio.run(scenario()) == 3
