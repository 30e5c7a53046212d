"""A company's reported financial periods, newest first, as known on a date.

A period counts at `as_of` when it ended on or before that date and was published (its `as_of`,
the filing date) by then: no look-ahead into figures nobody had yet.
"""

from __future__ import annotations

import datetime as dt
from typing import LiteralString

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entity_row, resolve_ref

MAX_PERIODS = 40
FINANCIALS_QUERY: LiteralString = """
MATCH (c:Company)-[:REPORTED]->(f:FinancialPeriod)
WHERE c.id IN $ids AND ($as_of IS NULL OR (f.period_end <= $as_of AND f.as_of <= $as_of))
WITH c, f ORDER BY f.period_end DESC, f.as_of DESC, f.id
WITH c, collect(f)[..$last] AS periods
RETURN collect([c.id, periods]) AS rows
"""


async def financials_of(
    driver: neo4j.AsyncDriver,
    company_ids: list[str],
    *,
    as_of: dt.date | None = None,
    last: int = 8,
    database: str = "neo4j",
) -> dict[str, list[EntityRow]]:
    """Company id -> its periods known at `as_of` (all, without a date), newest first, at most
    `last` of them. One read for many companies (the API batches per request)."""
    if not 1 <= last <= MAX_PERIODS:
        raise ValueError(f"last must be between 1 and {MAX_PERIODS} (got {last})")
    records = await read(
        driver, FINANCIALS_QUERY, {"ids": company_ids, "as_of": as_of, "last": last}, database
    )
    found = {str(cid): [entity_row(node) for node in nodes] for cid, nodes in records[0]["rows"]}
    return {cid: found.get(cid, []) for cid in company_ids}


async def financials(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    as_of: dt.date | None = None,
    last: int = 8,
    database: str = "neo4j",
) -> list[EntityRow]:
    row = await resolve_ref(driver, company, database, "Company")
    return (await financials_of(driver, [row.id], as_of=as_of, last=last, database=database))[row.id]
