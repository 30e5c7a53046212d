"""Reads behind the GraphQL API: refs, lists with filters, relationship batches, search.

All async over the driver's async API. Labels, types and property names come only from the
ontology (checked here); every value is a parameter.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any, LiteralString

import neo4j

from graph.errors import AmbiguousRefError, UnknownRefError
from graph.querying import read
from graph.serialize import native, native_property
from schema.derived import FULLTEXT_INDEX
from schema.fields import DERIVED_NODE_PROPERTIES
from schema.registry import ENTITY_LABEL, NODE_MODELS


@dataclass(frozen=True)
class EntityRow:
    label: str
    props: dict[str, Any]
    # Relationships read with the node by (type, outgoing), when a projection asked for them.
    preloaded: dict[tuple[str, bool], list[EdgeRow]] | None = field(default=None, compare=False)

    @property
    def id(self) -> str:
        return str(self.props["id"])


@dataclass(frozen=True)
class EdgeRow:
    """One relationship seen from `owner`: the node at the other end and the edge's properties."""

    owner_id: str
    other: EntityRow
    props: dict[str, Any]


def entity_row(node: neo4j.graph.Node) -> EntityRow:
    label = next((lbl for lbl in node.labels if lbl in NODE_MODELS), ENTITY_LABEL)
    props = {k: native_property(v) for k, v in node.items() if k not in DERIVED_NODE_PROPERTIES}
    return EntityRow(label, props)


def checked_label(label: str) -> str:
    if label not in NODE_MODELS:
        raise ValueError(f"not an ontology label: {label!r}")
    return label


async def _query(
    driver: neo4j.AsyncDriver, query: LiteralString, database: str, **params: Any
) -> list[neo4j.Record]:
    return await read(driver, query, params, database)


async def resolve_ref(
    driver: neo4j.AsyncDriver, ref: str, database: str, label: str | None = None
) -> EntityRow:
    """An id, name or alias (case-insensitive) -> the one entity it names."""
    found = await find_refs(driver, [ref], database, label)
    return found[ref]


async def find_refs(
    driver: neo4j.AsyncDriver, refs: list[str], database: str, label: str | None = None
) -> dict[str, EntityRow]:
    keys = [ref.strip().casefold() for ref in refs]
    records = await _query(
        driver,
        # The scan of names and aliases sits in a CASE branch, so that it runs only for a key
        # that is no id (in a UNION branch the planner scanned every entity for every key).
        "UNWIND $keys AS key OPTIONAL MATCH (exact:Entity {id: key}) "
        "RETURN key, CASE WHEN exact IS NULL "
        "  THEN COLLECT { MATCH (m:Entity) WHERE key IN m.ref_keys RETURN m } ELSE [exact] END AS loose",
        database,
        keys=keys,
    )
    by_key = {record["key"]: [entity_row(n) for n in record["loose"]] for record in records}
    resolved: dict[str, EntityRow] = {}
    for ref, key in zip(refs, keys, strict=True):
        rows = [row for row in by_key.get(key, []) if label is None or row.label == label]
        if not rows:
            raise UnknownRefError(ref, label, await suggestions(driver, ref, database, label))
        if len(rows) > 1:
            raise AmbiguousRefError(ref, sorted(f"{row.id} ({row.label})" for row in rows))
        resolved[ref] = rows[0]
    return resolved


async def entities_by_id(driver: neo4j.AsyncDriver, ids: list[str], database: str) -> dict[str, EntityRow]:
    # One record holding every node: for thousands of ids the driver's cost per record, not the
    # nodes themselves, was most of the time.
    records = await _query(
        driver, "MATCH (n:Entity) WHERE n.id IN $ids RETURN collect(n) AS nodes", database, ids=ids
    )
    return {row.id: row for row in map(entity_row, records[0]["nodes"])}


async def sources_by_id(
    driver: neo4j.AsyncDriver, ids: list[str], database: str
) -> dict[str, dict[str, Any]]:
    records = await _query(driver, "MATCH (s:Source) WHERE s.id IN $ids RETURN s", database, ids=ids)
    return {r["s"]["id"]: {k: native(v) for k, v in r["s"].items()} for r in records}


async def search(
    driver: neo4j.AsyncDriver, text: str, first: int, database: str
) -> list[tuple[EntityRow, float]]:
    """Full-text over names, aliases and descriptions, ranked; the text is escaped for Lucene.
    Each word matches exactly, as a prefix or (from four letters) within two edits, so a typo
    still finds the entity. Entities whose name or an alias is (nearly) the text come first:
    Lucene alone ranks a deal that names a firm three times above the firm itself."""
    lucene = _lucene_query(text)
    if not lucene or first <= 0:
        return []
    query = (
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $q, {{limit: $limit}}) "
        "YIELD node, score RETURN node, score"
    )
    records = await _query(driver, query, database, q=lucene, limit=max(first, _RERANKED))
    hits = [(entity_row(r["node"]), float(r["score"])) for r in records]
    wanted = text.strip().casefold()

    def tier(hit: tuple[EntityRow, float]) -> float:
        likeness = _likeness(wanted, _names(hit[0].props))
        return likeness if likeness >= _NAME_MATCH else 0.0

    hits.sort(key=lambda hit: (-tier(hit), -hit[1]))
    return hits[:first]


def _names(props: dict[str, Any]) -> list[str]:
    return [str(props.get("name") or ""), str(props.get("id") or ""), *map(str, props.get("aliases") or [])]


def _likeness(wanted: str, names: list[str]) -> float:
    return max(difflib.SequenceMatcher(None, wanted, name.casefold()).ratio() for name in names)


_RERANKED = 30  # hits read to rerank, at least
_NAME_MATCH = 0.8  # likeness from which a name counts as what the user typed


# Fuzzy matching of very short words would match nearly everything.
_FUZZY_FROM_LENGTH = 4
SUGGESTIONS = 3
# How alike (difflib's ratio, 0..1) a name or alias must be to the ref to be suggested.
_SUGGESTION_CUTOFF = 0.6


def _lucene_query(text: str) -> str:
    # Lower case: Lucene's operators (AND, OR, NOT, TO) are upper case only, and the index's
    # analyzer lowers every indexed word anyway; the rest of the syntax is escaped.
    clauses = []
    for word in text.casefold().split():
        term = _lucene_escape(word)
        fuzzy = f" OR {term}~" if len(word) >= _FUZZY_FROM_LENGTH else ""
        clauses.append(f"({term} OR {term}*{fuzzy})")
    return " AND ".join(clauses)


async def suggestions(
    driver: neo4j.AsyncDriver, ref: str, database: str, label: str | None = None, limit: int = SUGGESTIONS
) -> list[str]:
    """Names of up to `limit` entities (of `label`) whose name or an alias is close to `ref`:
    candidates from the fuzzy full-text search, ranked by how alike their closest name is."""
    words = ref.casefold().replace("-", " ").split()
    if not words:
        return []
    lucene = " OR ".join(f"({_lucene_escape(w)}~ OR {_lucene_escape(w)}*)" for w in words)
    query = (
        f"CALL db.index.fulltext.queryNodes('{FULLTEXT_INDEX}', $q, {{limit: 50}}) "
        "YIELD node RETURN node.id AS id, node.name AS name, node.aliases AS aliases, "
        "[l IN labels(node) WHERE l <> 'Entity'] AS labels"
    )
    wanted = ref.strip().casefold()
    ranked: list[tuple[float, str]] = []
    for record in await _query(driver, query, database, q=lucene):
        if label is not None and label not in record["labels"]:
            continue
        likeness = _likeness(wanted, _names(dict(record)))
        if likeness >= _SUGGESTION_CUTOFF:
            ranked.append((likeness, str(record["name"])))
    ranked.sort(key=lambda item: (-item[0], item[1]))
    unique = list(dict.fromkeys(name for _, name in ranked))
    return unique[:limit]


@dataclass(frozen=True)
class Neighbour:
    """A relationship of one entity: its type, direction, properties and the node at the other end."""

    type: str
    outgoing: bool
    other: EntityRow
    props: dict[str, Any]


async def neighbours(driver: neo4j.AsyncDriver, entity_id: str, database: str, limit: int) -> list[Neighbour]:
    """Every relationship of the entity (up to `limit`), ordered by type and the other end's id."""
    records = await _query(
        driver,
        "MATCH (n:Entity {id: $id})-[r]-(other) "
        "RETURN type(r) AS type, startNode(r) = n AS outgoing, properties(r) AS props, other "
        "ORDER BY type, other.id LIMIT $limit",
        database,
        id=entity_id,
        limit=limit,
    )
    return [
        Neighbour(
            r["type"],
            bool(r["outgoing"]),
            entity_row(r["other"]),
            {k: native(v) for k, v in r["props"].items() if k != "key"},
        )
        for r in records
    ]


async def all_of_label(driver: neo4j.AsyncDriver, label: str, database: str, limit: int) -> list[EntityRow]:
    """Every node of one ontology label, by id (for exports)."""
    query = f"MATCH (n:{checked_label(label)}) RETURN n ORDER BY n.id LIMIT $limit"
    records = await _query(driver, query, database, limit=limit)
    return [entity_row(r["n"]) for r in records]


_LUCENE_SPECIAL = set('+-&|!(){}[]^"~*?:\\/')


def _lucene_escape(term: str) -> str:
    return "".join(f"\\{ch}" if ch in _LUCENE_SPECIAL else ch for ch in term)
