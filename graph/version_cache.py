"""What a question computes from the graph alone, kept per graph version.

The version is the bookmark Neo4j returns for a read: it names the database's store and its last
closed (visible) transaction, so it changes with every committed write, whoever makes it (an
ingest in another process, a mutation through any API worker, cypher-shell, Browser), and it
never comes back after a wipe-and-reload (transaction ids only grow, and a new store has a new
id). It costs one tiny read per question. Neo4j Community has no cheaper signal: `SHOW DATABASES`
reports `lastCommittedTxn` as null outside clusters and the JMX beans are gone in 5.x; a version
node bumped by our own writes would miss writes made by any other client.

Why it is correct: the version is read before the graph is. A write that lands in between makes
the cached value newer than its version, never older, and the next request reads the new
version and misses. Only entries of the latest version seen for a database are kept.

In a cluster (routing URIs), a reader that lags behind another may hand back an older bookmark
than the data a later read of the same request sees; entries stay keyed by that bookmark, so the
cache is as consistent as the reads themselves (eventually, as each member catches up).
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass
from typing import Any, LiteralString, TypeVar, cast

import neo4j
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from graph.errors import DatabaseUnavailableError
from graph.querying import QUERY_TIMEOUT_S, ROUND_TRIPS

T = TypeVar("T")
VERSION_PROBE: LiteralString = "RETURN 1"
# Off with COMPUTEGRAPH_QUESTION_CACHE=0 (every question then reads and computes afresh).
ENABLED = os.environ.get("COMPUTEGRAPH_QUESTION_CACHE", "1").strip().lower() not in ("0", "false", "no")


async def graph_version(driver: neo4j.AsyncDriver, database: str) -> str | None:
    """The graph's version: the bookmark of a trivial read (None if the server gives none)."""
    counter = ROUND_TRIPS.get()
    if counter is not None:
        counter.count += 1
    try:
        async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            query = neo4j.Query(VERSION_PROBE, timeout=QUERY_TIMEOUT_S.get())
            await (await session.run(query)).consume()
            bookmarks = await session.last_bookmarks()
    except (ServiceUnavailable, SessionExpired) as error:
        raise DatabaseUnavailableError(
            "Neo4j is unavailable; the API will recover by itself when it returns"
        ) from error
    values = sorted(bookmarks.raw_values)
    return "|".join(values) if values else None


@dataclass
class _Entry:
    value: Any
    weight: int


class _Failed:
    """Told to requests waiting on a computation that failed: they compute on their own."""


_FAILED = _Failed()


class VersionedCache:
    """Values of the latest graph version per database, least recently used out first.

    Bounded by entry count and by total weight (rows, deals: a rough measure of memory). Safe
    across threads (one lock around the bookkeeping, never around a computation); concurrent
    requests for the same key in one event loop wait for one computation instead of repeating it.

    A computation whose request is cancelled (its deadline passed, the client left) goes on, up
    to `max_detached` at a time, and is kept for the next request: at 1000x the first riskRanking
    takes ~27 s, past the API's 20 s request deadline, and cancelling it each time would mean it
    is never kept and every call times out. Beyond the bound it is cancelled with its request, so
    requests with ever new arguments cannot leave unbounded work running.
    """

    def __init__(self, max_entries: int, max_weight: int, max_detached: int = 2) -> None:
        self.max_entries, self.max_weight = max_entries, max_weight
        self.max_detached = max_detached
        self._detached = 0
        self._lock = threading.Lock()
        self._latest: dict[str, str] = {}  # database -> latest version seen
        self._entries: OrderedDict[tuple[str, str, Hashable], _Entry] = OrderedDict()
        self._running: dict[
            tuple[str, str, Hashable], tuple[asyncio.AbstractEventLoop, asyncio.Future[Any]]
        ] = {}
        self._weight = 0

    def _see(self, database: str, version: str) -> None:
        """Forget a database's older versions (called under the lock)."""
        if self._latest.get(database) == version:
            return
        self._latest[database] = version
        for full in [k for k in self._entries if k[0] == database and k[1] != version]:
            self._weight -= self._entries.pop(full).weight
        for full in [k for k in self._running if k[0] == database and k[1] != version]:
            del self._running[full]  # its computation finishes for its own caller, uncached

    def peek(self, database: str, version: str, key: Hashable) -> Any | None:
        with self._lock:
            self._see(database, version)
            entry = self._entries.get((database, version, key))
            if entry is None:
                return None
            self._entries.move_to_end((database, version, key))
            return entry.value

    def _store(self, full: tuple[str, str, Hashable], value: Any, weight: int) -> None:
        if self._latest.get(full[0]) != full[1] or weight > self.max_weight:
            return  # a newer version was seen meanwhile, or the value alone is over the bound
        old = self._entries.pop(full, None)
        if old is not None:
            self._weight -= old.weight
        self._entries[full] = _Entry(value, weight)
        self._weight += weight
        while len(self._entries) > self.max_entries or self._weight > self.max_weight:
            _, evicted = self._entries.popitem(last=False)
            self._weight -= evicted.weight

    async def get(
        self,
        database: str,
        version: str | None,
        key: Hashable,
        compute: Callable[[], Awaitable[T]],
        weight: Callable[[T], int] = lambda _: 1,
    ) -> T:
        """The value for `key` at `version`, computed once (None version: computed, not kept)."""
        if version is None or not ENABLED:
            return await compute()
        full = (database, version, key)
        loop = asyncio.get_running_loop()
        with self._lock:
            self._see(database, version)
            entry = self._entries.get(full)
            if entry is not None:
                self._entries.move_to_end(full)
                return cast(T, entry.value)
            running = self._running.get(full)
            waiting = running is not None and running[0] is loop
            if running is not None and waiting:
                future = running[1]
            else:
                future = loop.create_future()
                self._running[full] = (loop, future)
        if waiting:
            # shield: a waiter's request being cancelled must not cancel the computation.
            value = await asyncio.shield(future)
            if value is _FAILED:  # the computing request failed or was cancelled: take over
                return await self.get(database, version, key, compute, weight)
            return cast(T, value)
        # A task of its own, so that it may outlive this request.
        task: asyncio.Future[T] = asyncio.ensure_future(compute())

        def settle(done: asyncio.Future[T]) -> None:
            """Keep a finished computation's value, or tell its waiters it failed."""
            if done.cancelled() or done.exception() is not None:
                self._finish(full, future, _FAILED, None)
            else:
                self._finish(full, future, done.result(), weight(done.result()))

        try:
            computed = await asyncio.shield(task)
        except asyncio.CancelledError:
            if task.done():  # it finished as the deadline passed (a long synchronous step): keep it
                settle(task)
            elif not self._detach(task, settle):
                task.cancel()
                self._finish(full, future, _FAILED, None)
            raise
        except BaseException:
            self._finish(full, future, _FAILED, None)
            raise
        settle(task)
        return computed

    def _detach(self, task: asyncio.Future[T], settle: Callable[[asyncio.Future[T]], None]) -> bool:
        """Let a computation whose request was cancelled finish and be settled, within the bound."""
        with self._lock:
            if self._detached >= self.max_detached:
                return False
            self._detached += 1

        def finished(done: asyncio.Future[T]) -> None:
            with self._lock:
                self._detached -= 1
            settle(done)

        task.add_done_callback(finished)
        return True

    def _finish(
        self, full: tuple[str, str, Hashable], future: asyncio.Future[Any], value: Any, weight: int | None
    ) -> None:
        with self._lock:
            if self._running.get(full, (None, None))[1] is future:
                del self._running[full]
            if weight is not None:
                self._store(full, value, weight)
        if not future.done():
            future.set_result(value)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            self._latest.clear()
            self._weight = 0

    def __len__(self) -> int:
        return len(self._entries)

    @property
    def weight(self) -> int:
        """The kept entries' total weight (rows, deals)."""
        return self._weight


# The whole money graph per date, weighed in deals: about 2.2 kB each in memory (29,900 deals,
# 65 MB at 100x), so at most ~130 MB; a graph over the bound (1000x) is read afresh each time.
MONEY_GRAPHS = VersionedCache(max_entries=2, max_weight=60_000)
# Question answers per argument set, weighed in rows (ranked firms, money edges, path steps,
# parties): under 1 kB each (a ranked firm with its components ~0.7 kB), so at most ~150 MB.
ANSWERS = VersionedCache(max_entries=128, max_weight=150_000)


def clear_all() -> None:
    """Forget everything (benchmarks timing a cold question)."""
    MONEY_GRAPHS.clear()
    ANSWERS.clear()
