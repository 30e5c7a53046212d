"""Claims (forecasts, opinions, theses, guidance) about an entity, newest first, with who made
them: the views beside the facts they can be checked against."""

from __future__ import annotations

import datetime as dt
from typing import LiteralString

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entity_row, resolve_ref
from schema.nodes import ClaimKind

CLAIMS_QUERY: LiteralString = """
MATCH (c:Claim)-[:ABOUT]->(e:Entity {id: $about})
WHERE ($kind IS NULL OR c.kind = $kind) AND ($as_of IS NULL OR c.date <= $as_of)
WITH c ORDER BY c.date DESC, c.id LIMIT $first
RETURN collect(c) AS claims
"""
ALL_CLAIMS_QUERY: LiteralString = """
MATCH (c:Claim)
WHERE ($kind IS NULL OR c.kind = $kind) AND ($as_of IS NULL OR c.date <= $as_of)
WITH c ORDER BY c.date DESC, c.id LIMIT $first
RETURN collect(c) AS claims
"""


async def claims(
    driver: neo4j.AsyncDriver,
    about: str | None = None,
    *,
    kind: str | None = None,
    as_of: dt.date | None = None,
    first: int = 50,
    database: str = "neo4j",
) -> list[EntityRow]:
    """Claims about the entity named by `about` (every claim without it), newest first; `kind`
    keeps one kind (forecast, opinion, thesis, guidance); `as_of` drops claims made later."""
    if kind is not None and kind not in {k.value for k in ClaimKind}:
        known = ", ".join(k.value for k in ClaimKind)
        raise ValueError(f"unknown claim kind {kind!r}: use one of {known}")
    params = {"kind": kind, "as_of": as_of, "first": max(1, min(first, 500))}
    if about is None:
        records = await read(driver, ALL_CLAIMS_QUERY, params, database)
    else:
        entity = await resolve_ref(driver, about, database)
        records = await read(driver, CLAIMS_QUERY, {**params, "about": entity.id}, database)
    return [entity_row(node) for node in records[0]["claims"]]
