"""Talent: who moved from one firm to another (with dates), and who founded a firm."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entity_row, resolve_ref
from graph.serialize import native_date

# A move: the person left the source firm (a past role, or one with an end date) and took a role
# at the other firm that started after the source role began. Where the dates cannot order the
# two roles, only a current role elsewhere, or one that started after the source role ended,
# counts: an earlier job is not a departure. A founding year counts up to the year's end.
MOVES_QUERY = """
MATCH (p:Person)-[a:WORKED_AT|WORKS_AT]->(src:Company {id: $from})
WHERE type(a) = 'WORKED_AT' OR a.valid_to IS NOT NULL
MATCH (p)-[b:WORKED_AT|WORKS_AT|FOUNDED]->(dst:Company)
WHERE dst <> src AND ($to IS NULL OR dst.id = $to)
WITH p, src, dst, a, b,
     coalesce(b.valid_from, CASE WHEN b.year IS NULL THEN null
                                 ELSE date({year: b.year}) END) AS moved,
     coalesce(b.valid_from, CASE WHEN b.year IS NULL THEN null
                                 ELSE date({year: b.year, month: 12, day: 31}) END) AS moved_by
WHERE CASE
        WHEN moved_by IS NOT NULL AND a.valid_from IS NOT NULL THEN moved_by > a.valid_from
        WHEN moved_by IS NOT NULL AND a.valid_to IS NOT NULL THEN moved_by >= a.valid_to
        ELSE type(b) = 'WORKS_AT' AND b.valid_to IS NULL
      END
RETURN p, src, dst, b.title AS title, type(b) AS kind, moved, a.valid_to AS left
"""
FOUNDERS_QUERY = """
MATCH (p:Person)-[f:FOUNDED]->(c:Company {id: $id})
RETURN p, f.year AS year ORDER BY p.name
"""


@dataclass(frozen=True)
class TalentMove:
    person: EntityRow
    from_company: EntityRow
    to_company: EntityRow
    role: str | None
    date: dt.date | None


async def talent_flows(
    driver: neo4j.AsyncDriver,
    from_company: str,
    to_company: str | None = None,
    *,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[TalentMove]:
    """People who worked at `from_company` and later at (or founded) `to_company` / anywhere."""
    src = await resolve_ref(driver, from_company, database, "Company")
    dst = await resolve_ref(driver, to_company, database, "Company") if to_company else None
    records = await read(driver, MOVES_QUERY, {"from": src.id, "to": dst.id if dst else None}, database)
    moves = []
    for record in records:
        moved, left = native_date(record["moved"]), native_date(record["left"])
        if as_of is not None and (
            (moved is not None and moved > as_of) or (left is not None and left > as_of)
        ):
            continue
        role = record["title"] or ("founder" if record["kind"] == "FOUNDED" else None)
        moves.append(
            TalentMove(
                entity_row(record["p"]),
                entity_row(record["src"]),
                entity_row(record["dst"]),
                role,
                moved,
            )
        )
    moves.sort(key=lambda m: (m.date or dt.date.max, m.person.id, m.to_company.id))
    # Several roles can record one move (a founder who also works there; two roles at the
    # source firm): report each person's move to each firm once, at its earliest date.
    unique: dict[tuple[str, str], TalentMove] = {}
    for move in moves:
        unique.setdefault((move.person.id, move.to_company.id), move)
    return list(unique.values())


async def founders(driver: neo4j.AsyncDriver, company: str, *, database: str = "neo4j") -> list[EntityRow]:
    row = await resolve_ref(driver, company, database, "Company")
    records = await read(driver, FOUNDERS_QUERY, {"id": row.id}, database)
    return [entity_row(record["p"]) for record in records]
