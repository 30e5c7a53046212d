"""The read-only Cypher endpoint's guard.

Neo4j Community has no roles, so the guard is ours: the server classifies the query (EXPLAIN),
we refuse anything that is not a pure read or whose plan loads files, calls a procedure outside
an allow-list, or runs its own transactions; then it runs in a READ session with a client-set
timeout, a row cap, and the server's per-transaction memory cap (set in the local config).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError

from graph.errors import QueryLimitError, ReadOnlyViolationError
from graph.serialize import to_json
from graph.settings import Settings

ALLOWED_PROCEDURES = frozenset(
    {
        "db.labels",
        "db.relationshipTypes",
        "db.propertyKeys",
        "db.schema.visualization",
        "db.schema.nodeTypeProperties",
        "db.schema.relTypeProperties",
        "db.index.fulltext.queryNodes",
        "db.index.fulltext.queryRelationships",
        "dbms.components",
    }
)
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
    """Raise ReadOnlyViolationError unless the server's plan shows a pure, contained read."""
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
    database = settings.neo4j_database
    await classify(driver, query, params, database)
    cap = settings.cypher_row_cap

    @neo4j.unit_of_work(timeout=settings.cypher_timeout_s)
    async def work(tx: neo4j.AsyncManagedTransaction) -> CypherResult:
        result = await tx.run(query, params)
        rows: list[list[Any]] = []
        truncated = False
        async for record in result:
            if len(rows) == cap:
                truncated = True
                break
            rows.append([to_json(value) for value in record.values()])
        return CypherResult(list(result.keys()), rows, truncated)

    try:
        async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            return await session.execute_read(work)
    except Neo4jError as error:
        code = error.code or ""
        if "TransactionTimedOut" in code or "Terminated" in code:
            raise QueryLimitError(
                f"the query was stopped at the {settings.cypher_timeout_s:g}s time limit"
            ) from error
        if "MemoryPoolOutOfMemory" in code or "OutOfMemory" in code:
            raise QueryLimitError("the query was stopped at the per-query memory limit") from error
        if isinstance(error, ClientError):
            raise ReadOnlyViolationError(f"refused by the server: {error.message}") from error
        raise
