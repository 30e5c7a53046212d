"""The read-only Cypher guard: every way to run a user's Cypher goes through `run_read_only`.

Neo4j Community has no roles, so the guard is ours, in two halves. The text must be a read
(graph.cypher_text: read clauses only, no command words, allow-listed procedures, bounded
expressions); then the server's plan (EXPLAIN) must be a pure read that loads no files, calls
only allow-listed procedures and runs no transactions of its own. It then runs once (auto-commit:
never retried, so a memory error is not run four times) in a READ session with a server-side
timeout, a row cap by count and by bytes, and the server's per-transaction memory cap. If the
caller goes away (a 504, a client that hangs up), the transaction is terminated on the server.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError

from graph.cypher_text import ALLOWED_PROCEDURES, check_read_text
from graph.errors import QueryLimitError, ReadOnlyViolationError
from graph.querying import cancellable, is_memory_error, is_time_limit_error
from graph.serialize import to_json
from graph.settings import Settings

# Records the driver holds at once: with large rows, the byte cap must stop before a big buffer.
FETCH_SIZE = 20

REFUSED_OPERATORS = {
    "LoadCSV": "LOAD CSV can read files and reach the network",
    "TransactionForeach": "CALL { } IN TRANSACTIONS commits on its own",
    "TransactionApply": "CALL { } IN TRANSACTIONS commits on its own",
}


@dataclass(frozen=True)
class CypherResult:
    columns: list[str]
    rows: list[list[Any]]
    truncated: bool


def _operators(plan: dict[str, Any] | None) -> Iterator[dict[str, Any]]:
    if not plan:
        return
    yield plan
    for child in plan.get("children", []):
        yield from _operators(child)


def _procedure_name(operator: dict[str, Any]) -> str:
    details = str(operator.get("args", {}).get("Details", ""))
    return details.split("(", 1)[0].strip()


async def classify(driver: neo4j.AsyncDriver, query: str, params: dict[str, Any], database: str) -> None:
    """Raise ReadOnlyViolationError unless the text and the server's plan show a pure read."""
    check_read_text(query, params)
    try:
        _, summary, _ = await driver.execute_query(
            neo4j.Query("EXPLAIN " + query),
            params,
            database_=database,
            routing_=neo4j.RoutingControl.READ,
        )
    except ClientError as error:
        raise ReadOnlyViolationError(f"the query is not valid Cypher: {error.message}") from error
    if summary.query_type != "r":
        raise ReadOnlyViolationError(
            f"only read queries are allowed here (this one is of type {summary.query_type!r}: "
            "it writes or changes the schema)"
        )
    for operator in _operators(summary.plan):
        name = str(operator.get("operatorType", "")).split("@")[0]
        if name in REFUSED_OPERATORS:
            raise ReadOnlyViolationError(f"refused: {REFUSED_OPERATORS[name]}")
        if "ProcedureCall" in name:
            procedure = _procedure_name(operator)
            if procedure not in ALLOWED_PROCEDURES:
                raise ReadOnlyViolationError(
                    f"procedure {procedure or '?'} is not on the read-only allow-list "
                    f"({', '.join(sorted(ALLOWED_PROCEDURES))})"
                )


async def run_read_only(
    driver: neo4j.AsyncDriver, query: str, params: dict[str, Any], settings: Settings
) -> CypherResult:
    """Guard, then run a user's query. The caller checks the key first (api.security)."""
    database = settings.neo4j_database
    await classify(driver, query, params, database)
    cap, byte_cap = settings.cypher_row_cap, settings.cypher_max_bytes
    rows: list[list[Any]] = []
    truncated = False
    try:
        async with (
            driver.session(
                database=database, default_access_mode=neo4j.READ_ACCESS, fetch_size=FETCH_SIZE
            ) as session,
            cancellable(driver, database) as metadata,
        ):
            result = await session.run(
                neo4j.Query(query, timeout=settings.cypher_timeout_s, metadata=metadata), params
            )
            size = 0
            async for record in result:
                row = [to_json(value) for value in record.values()]
                size += len(json.dumps(row, default=str))
                if len(rows) == cap or size > byte_cap:
                    truncated = True
                    break
                rows.append(row)
            columns = list(result.keys())
            await result.consume()
    except Neo4jError as error:
        if is_time_limit_error(error):
            raise QueryLimitError(
                f"the query was stopped at the {settings.cypher_timeout_s:g}s time limit"
            ) from error
        if is_memory_error(error):
            raise QueryLimitError("the query was stopped at the per-query memory limit") from error
        if isinstance(error, ClientError):
            raise ReadOnlyViolationError(f"refused by the server: {error.message}") from error
        raise
    return CypherResult(columns, rows, truncated)
