"""List queries: filters (AND/OR/NOT, operators per kind, relationship filters), stable sort,
keyset pagination, totals and aggregates. Built from a filter tree the API passes in.

Property names and relationship types are checked against the ontology before they reach the
query text; every value is a parameter.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import neo4j
import orjson

from graph.errors import ComputeGraphError
from graph.querying import read
from graph.reads import EntityRow, checked_label, entity_row
from graph.serialize import native
from graph.shaped_read import Shape, assembler, compile_shape, read_shaped
from schema.fields import FieldKind, model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

COMPARISONS = {"eq": "=", "lt": "<", "lte": "<=", "gt": ">", "gte": ">="}


class InvalidCursorError(ComputeGraphError):
    """A pagination cursor that this API did not issue (or for another sort)."""


@dataclass
class _Builder:
    params: dict[str, Any] = field(default_factory=dict)

    def param(self, value: Any) -> str:
        name = f"p{len(self.params)}"
        self.params[name] = value
        return f"${name}"


@dataclass(frozen=True)
class RelationFilter:
    """`node` has a `rel_type` relationship (in a direction) with the entity whose id is given."""

    rel_type: str
    outgoing: bool
    other_id: str


@dataclass(frozen=True)
class CounterpartyFilter:
    """`node` is party to a deal to which the entity with this id is party too."""

    other_id: str


@cache  # read on every list request; working it out from the model's type hints costs ~1 ms
def property_kinds(label: str) -> dict[str, FieldKind]:
    """Property name -> kind for a label (shared: callers only read it)."""
    return {f.name: f.kind for f in model_fields(NODE_MODELS[checked_label(label)])}


def _property_condition(
    builder: _Builder, kinds: dict[str, FieldKind], name: str, ops: dict[str, Any], var: str = "n"
) -> list[str]:
    if name not in kinds:
        raise ValueError(f"not a property: {name!r}")
    ref = f"{var}.`{name}`"
    conditions = []
    for op, value in ops.items():
        if value is None and op != "isNull":
            continue
        if op in COMPARISONS:
            conditions.append(f"{ref} {COMPARISONS[op]} {builder.param(value)}")
        elif op == "in":
            conditions.append(f"{ref} IN {builder.param(value)}")
        elif op == "contains":
            conditions.append(f"toLower({ref}) CONTAINS toLower({builder.param(value)})")
        elif op == "startsWith":
            conditions.append(f"toLower({ref}) STARTS WITH toLower({builder.param(value)})")
        elif op == "includes":
            conditions.append(f"{builder.param(value)} IN {ref}")
        elif op == "isNull":
            conditions.append(f"{ref} IS NULL" if value else f"{ref} IS NOT NULL")
        else:
            raise ValueError(f"unknown operator {op!r}")
    return conditions


def where_clause(builder: _Builder, label: str, tree: dict[str, Any] | None, var: str = "n") -> str:
    """Filter tree -> Cypher boolean expression over `var` (TRUE when empty)."""
    if not tree:
        return "true"
    kinds = property_kinds(label)
    parts: list[str] = []
    for key, value in tree.items():
        if value is None:
            continue
        if key == "AND":
            parts += [f"({where_clause(builder, label, item, var)})" for item in value]
        elif key == "OR":
            ors = [f"({where_clause(builder, label, item, var)})" for item in value]
            parts.append("(" + " OR ".join(ors or ["false"]) + ")")
        elif key == "NOT":
            parts.append(f"NOT ({where_clause(builder, label, value, var)})")
        elif isinstance(value, RelationFilter):
            if value.rel_type not in RELATIONSHIP_SPECS:
                raise ValueError(f"not a relationship type: {value.rel_type!r}")
            arrow = f"-[:{value.rel_type}]->" if value.outgoing else f"<-[:{value.rel_type}]-"
            other = builder.param(value.other_id)
            parts.append(f"EXISTS {{ MATCH ({var}){arrow}(:Entity {{id: {other}}}) }}")
        elif isinstance(value, CounterpartyFilter):
            other = builder.param(value.other_id)
            parts.append(
                f"EXISTS {{ MATCH ({var})-[:PARTY_TO]->(:Deal)<-[:PARTY_TO]-(o:Entity {{id: {other}}}) "
                f"WHERE o <> {var} }}"
            )
        else:
            parts += _property_condition(builder, kinds, key, value, var)
    return " AND ".join(parts) or "true"


def encode_cursor(sort_field: str, row: EntityRow) -> str:
    return cursor(sort_field, row.props.get(sort_field), row.id)


def cursor(sort_field: str, value: Any, node_id: str) -> str:
    """The cursor after a row with this sort value (a stored value: Neo4j's or Python's) and id."""
    return cursors(sort_field, [(value, node_id)])[0]


_URL_SAFE = bytes.maketrans(b"+/", b"-_")
_PLAIN_JSON = (str, int, float, bool, type(None))


def cursors(sort_field: str, keys: Iterable[tuple[Any, str]]) -> list[str]:
    """A page's cursors, one per (sort value, id): base64url of `[sort field, value, id]` in JSON,
    a date as {"date": ISO}. One per row of every page, so written with orjson and binascii
    (json.dumps and base64's wrappers cost several times more)."""
    found = []
    for value, node_id in keys:
        if not isinstance(value, _PLAIN_JSON):
            value = native(value)
            if isinstance(value, dt.date):
                value = {"date": value.isoformat()}
        raw = orjson.dumps([sort_field, value, node_id], default=str)
        found.append(binascii.b2a_base64(raw, newline=False).translate(_URL_SAFE).decode())
    return found


def decode_cursor(cursor: str, sort_field: str) -> tuple[Any, str]:
    try:
        field_name, value, node_id = json.loads(base64.urlsafe_b64decode(cursor.encode()))
    except (ValueError, TypeError) as error:
        raise InvalidCursorError(f"invalid cursor {cursor[:40]!r}: use pageInfo.endCursor") from error
    if field_name != sort_field:
        raise InvalidCursorError(f"the cursor was issued for sort {field_name!r}, not {sort_field!r}")
    if isinstance(value, dict) and "date" in value:
        value = dt.date.fromisoformat(value["date"])
    return value, str(node_id)


def _after_condition(builder: _Builder, sort_field: str, descending: bool, cursor: str) -> str:
    """Keyset: rows strictly after (isNull, value, id) in the order nulls-last, value, id."""
    value, node_id = decode_cursor(cursor, sort_field)
    ref = f"n.`{sort_field}`"
    id_param = builder.param(node_id)
    if value is None:
        return f"({ref} IS NULL AND n.id > {id_param})"
    op = "<" if descending else ">"
    v = builder.param(value)
    return f"({ref} IS NULL OR {ref} {op} {v} OR ({ref} = {v} AND n.id > {id_param}))"


@dataclass(frozen=True)
class Page:
    rows: list[EntityRow]
    total: int
    has_next: bool
    sort_field: str
    # With a shape: the answers in that shape (graph.shaped_read) and, for cursors, each answer's
    # (sort value, id); `rows` is then empty.
    answers: list[dict[str, Any]] | None = None
    keys: list[tuple[Any, str]] | None = None


async def list_entities(
    driver: neo4j.AsyncDriver,
    database: str,
    label: str,
    *,
    where: dict[str, Any] | None,
    sort_field: str = "id",
    descending: bool = False,
    first: int = 50,
    after: str | None = None,
    shape: Shape | None = None,
) -> Page:
    """A page of `label` nodes: whole nodes, or, given a shape, the answers in that shape
    (nested relationships included) in `Page.answers`."""
    kinds = property_kinds(label)
    if sort_field not in kinds:
        raise ValueError(f"cannot sort {label} by {sort_field!r}")
    builder = _Builder()
    condition = where_clause(builder, label, where)
    page_condition = _after_condition(builder, sort_field, descending, after) if after else "true"
    direction = "DESC" if descending else "ASC"
    key = f"n.`{sort_field}`"
    bindings, item = "", "n"
    if shape is not None:  # cursors are made from the sort key and the id
        compiled = compile_shape("n", shape)
        builder.params.update(compiled.params)
        bindings, item = f"WITH n{compiled.bindings} ", f"[{key}, n.id, {compiled.expression}]"
    query = (
        f"CALL () {{ MATCH (n:{label}) WHERE {condition} RETURN count(n) AS total }} "
        f"CALL () {{ MATCH (n:{label}) WHERE ({condition}) AND {page_condition} "
        f"WITH n ORDER BY {_order(key, direction)} LIMIT $limit {bindings}"
        f"RETURN collect({item}) AS page }} "
        "RETURN total, page"
    )
    builder.params["limit"] = first + 1
    records = await (read if shape is None else read_shaped)(driver, query, builder.params, database)
    total = int(records[0]["total"])
    if shape is None:
        rows = [entity_row(n) for n in records[0]["page"]]
        return Page(rows[:first], total, len(rows) > first, sort_field)
    page = records[0]["page"][:first]
    build = assembler(shape)
    return Page(
        [],
        total,
        len(records[0]["page"]) > first,
        sort_field,
        [build(values) for _, _, values in page],
        [(value, node_id) for value, node_id, _ in page],
    )


def _order(key: str, direction: str) -> str:
    """Nulls last, then the value, then the id. By id ascending that is the id alone: Cypher puts
    nulls last when ascending, and the id breaks no ties of its own (one sort key, not three)."""
    if key == "n.`id`" and direction == "ASC":
        return key
    return f"{key} IS NULL, {key} {direction}, n.id"


def _counted_once(builder: _Builder, where: dict[str, Any] | None, numeric_field: str) -> str:
    """Deals whose figure another selected deal already holds are left out, so a capacity or a
    value counts once: one superseded by a selected deal (an LOI replaced by the definitive
    agreement), and a part of a selected programme that reports the same figure."""
    newer = where_clause(builder, "Deal", where, "newer")
    programme = where_clause(builder, "Deal", where, "programme")
    return (
        "NOT EXISTS { MATCH (n)<-[:SUPERSEDES]-(newer:Deal) "
        f"WHERE newer.status <> 'cancelled' AND {newer} }} "
        "AND NOT EXISTS { MATCH (n)-[:PART_OF]->(programme:Deal) "
        f"WHERE programme.`{numeric_field}` IS NOT NULL AND programme.status <> 'cancelled' "
        f"AND {programme} }}"
    )


async def aggregate(
    driver: neo4j.AsyncDriver,
    database: str,
    label: str,
    *,
    where: dict[str, Any] | None,
    numeric_field: str,
    group_by: str | None = None,
) -> list[dict[str, Any]]:
    kinds = property_kinds(label)
    if kinds.get(numeric_field) not in (FieldKind.INT, FieldKind.FLOAT):
        raise ValueError(f"{numeric_field!r} is not a numeric property of {label}")
    if group_by is not None and kinds.get(group_by) not in (
        FieldKind.STRING,
        FieldKind.ENUM,
        FieldKind.INT,
        FieldKind.BOOL,
    ):
        raise ValueError(f"cannot group {label} by {group_by!r}")
    builder = _Builder()
    condition = where_clause(builder, label, where)
    if label == "Deal":
        condition = f"({condition}) AND {_counted_once(builder, where, numeric_field)}"
    group = f"toString(n.`{group_by}`)" if group_by else "null"
    value = f"n.`{numeric_field}`"
    query = (
        f"MATCH (n:{label}) WHERE {condition} WITH {group} AS group, n "
        f"RETURN group, count(n) AS count, count({value}) AS counted, sum({value}) AS sum, "
        f"min({value}) AS min, max({value}) AS max, avg({value}) AS avg ORDER BY sum DESC"
    )
    records = await read(driver, query, builder.params, database)
    return [record.data() for record in records]
