"""The one path every API read takes to Neo4j: parameterised, READ-routed, counted.

The count of round trips per request backs the no-N+1 guarantee (a test reads it from the
`X-Cypher-Round-Trips` response header).
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, LiteralString

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph.errors import DatabaseUnavailableError, QueryLimitError


@dataclass
class RoundTrips:
    count: int = 0


ROUND_TRIPS: ContextVar[RoundTrips | None] = ContextVar("round_trips", default=None)
# Server-side limit for each read; the API sets it per request from its settings.
QUERY_TIMEOUT_S: ContextVar[float] = ContextVar("query_timeout_s", default=15.0)
# Transaction metadata that names a query, so that it can be found and terminated on the server.
TAG_KEY = "computegraph_tag"
FIND_TAGGED: LiteralString = (
    "SHOW TRANSACTIONS YIELD transactionId, metaData "
    "WHERE metaData.computegraph_tag = $tag RETURN transactionId"
)
TERMINATE: LiteralString = "TERMINATE TRANSACTIONS $ids"
TERMINATE_WAIT_S = 5.0
log = logging.getLogger(__name__)


def is_time_limit_error(error: Neo4jError) -> bool:
    code = error.code or ""
    return "TransactionTimedOut" in code or "Terminated" in code


def is_memory_error(error: Neo4jError) -> bool:
    """Neo4j calls a query over the memory cap transient, but running it again fails the same way."""
    code = error.code or ""
    return "MemoryPoolOutOfMemory" in code or "OutOfMemory" in code


async def _terminate_tagged(driver: neo4j.AsyncDriver, database: str, tag: str) -> None:
    async with driver.session(database=database) as session:
        found = await (await session.run(FIND_TAGGED, tag=tag)).values()
        ids = [row[0] for row in found]
        if ids:
            await (await session.run(TERMINATE, ids=ids)).consume()


@asynccontextmanager
async def cancellable(driver: neo4j.AsyncDriver, database: str) -> AsyncIterator[dict[str, str]]:
    """Metadata to run a query with; if the caller is cancelled (a request timed out, a client
    hung up), the query's transaction is terminated on the server rather than left running
    after the answer stopped mattering."""
    tag = uuid.uuid4().hex
    try:
        yield {TAG_KEY: tag}
    except asyncio.CancelledError:
        try:
            await asyncio.wait_for(_terminate_tagged(driver, database, tag), TERMINATE_WAIT_S)
        except Exception:  # the caller is gone either way; the server timeout is the backstop
            log.warning("could not terminate cancelled query %s", tag, exc_info=True)
        raise


async def read(
    driver: neo4j.AsyncDriver, query: LiteralString, params: dict[str, Any], database: str
) -> list[neo4j.Record]:
    counter = ROUND_TRIPS.get()
    if counter is not None:
        counter.count += 1
    try:
        # An auto-commit read: RUN and PULL go out together, one network round trip, where a
        # managed transaction (execute_query) adds BEGIN and COMMIT: ~1.5 ms less per read.
        async with (
            driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session,
            cancellable(driver, database) as metadata,
        ):
            timeout = QUERY_TIMEOUT_S.get()
            result = await session.run(neo4j.Query(query, timeout=timeout, metadata=metadata), params)
            records = (await result.to_eager_result()).records
    except (ServiceUnavailable, SessionExpired) as error:
        raise DatabaseUnavailableError(
            "Neo4j is unavailable; the API will recover by itself when it returns"
        ) from error
    except Neo4jError as error:
        if is_time_limit_error(error):
            raise QueryLimitError(
                f"a query took longer than the {QUERY_TIMEOUT_S.get():g}s limit and was stopped"
            ) from error
        if is_memory_error(error):
            raise QueryLimitError("a query was stopped at the per-query memory limit") from error
        raise
    return records
