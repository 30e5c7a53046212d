"""Finding things, as tables: search (typo-tolerant) and entity (one entity's facts and
relationships)."""

from __future__ import annotations

from typing import Any

from api.answers.spec import REQUIRED, Param, Question, ref_param
from api.answers.table import Column, Reader, Table, name_of
from graph.reads import neighbours, resolve_ref, search

SEARCH_COLUMNS = [
    Column("id", "The entity's id (use it as a ref in other tools)."),
    Column("name", "Its name."),
    Column("kind", "Its label: Company, Chip, Deal, PowerAsset, Policy, Person, Country..."),
    Column("score", "Full-text relevance; higher is closer."),
    Column("description", "One sentence about it."),
]


async def _search(reader: Reader, args: dict[str, Any]) -> Table:
    hits = await search(reader.driver, args["text"][:200], args["first"], reader.database)
    table = Table("search", {}, SEARCH_COLUMNS)
    for row, score in hits:
        table.add(
            [row.id, name_of(row), row.label, score, row.props.get("description")],
            row.props.get("sources") or [],
        )
    return table


SEARCH = Question(
    "search",
    "Find entities by name, alias or description words (typos tolerated); returns ids to pass "
    "to the other tools.",
    (
        Param("text", str, "Words to look for, e.g. 'coreweave' or 'export control china'.", REQUIRED),
        Param("first", int, "Most hits to return (1-100).", 10, 1, 100),
    ),
    _search,
)

ENTITY_COLUMNS = [
    Column("relationship", "The relationship type, e.g. SUPPLIES, PARTY_TO, FABBED_BY."),
    Column("direction", "out: this entity -> other; in: other -> this entity."),
    Column("other_id", "The entity at the other end."),
    Column("other", "Its name."),
    Column("other_kind", "Its label."),
    Column("properties", "The relationship's own properties (role, amount_usd, product...)."),
]
_BOOKKEEPING = ("sources", "as_of", "confidence")


async def _entity(reader: Reader, args: dict[str, Any]) -> Table:
    row = await resolve_ref(reader.driver, args["ref"], reader.database)
    table = Table("entity", {}, ENTITY_COLUMNS)
    table.facts = {"kind": row.label, **{k: v for k, v in row.props.items() if k != "sources"}}
    table.fact_sources = list(row.props.get("sources") or [])
    for n in await neighbours(reader.driver, row.id, reader.database, args["first"]):
        shown = {k: v for k, v in n.props.items() if k not in _BOOKKEEPING and v is not None}
        table.add(
            [
                n.type,
                "out" if n.outgoing else "in",
                n.other.id,
                name_of(n.other),
                n.other.label,
                "; ".join(f"{k}={v}" for k, v in sorted(shown.items())),
            ],
            n.props.get("sources") or [],
        )
    return table


ENTITY = Question(
    "entity",
    "Everything the graph holds about one entity: its properties (as facts, with their sources) "
    "and each of its relationships with the entity at the other end and the relationship's "
    "sources.",
    (
        ref_param("ref", "The entity."),
        Param("first", int, "Most relationships to list (1-1000).", 200, 1, 1000),
    ),
    _entity,
)
