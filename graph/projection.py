"""Read only what a request selects, nested levels included, in one query per starting level.

A `Projection` names the properties of a node to return and, for each relationship below it,
the edge properties and the projection of the node at the other end. It compiles to one Cypher
map projection with nested pattern comprehensions, so a whole selection tree comes back in one
round trip as plain maps: much less to decode in the driver than whole nodes (which carry every
property, source lists and descriptions included), and no query per level.

Property names, labels and relationship types come only from the ontology (checked here).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import neo4j

from graph.querying import read
from graph.reads import EdgeRow, EntityRow
from graph.serialize import native, native_property
from schema.fields import model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

# Validity dates always come with an edge: the API filters edges by `asOf` after reading them.
EDGE_VALIDITY = frozenset({"valid_from", "valid_to"})
_NODE_PROPERTIES = frozenset(info.name for model in NODE_MODELS.values() for info in model_fields(model))
# Worked out once: projections are checked on every request that builds one.
_EDGE_PROPERTIES = {
    rel_type: frozenset(info.name for info in model_fields(spec.model))
    for rel_type, spec in RELATIONSHIP_SPECS.items()
}
_LABEL_KEY = "_label"


@dataclass(frozen=True)
class RelationProjection:
    rel_type: str
    outgoing: bool
    edge_props: frozenset[str]
    other: Projection

    @property
    def key(self) -> tuple[str, bool]:
        return (self.rel_type, self.outgoing)

    @property
    def map_key(self) -> str:
        return relation_map_key(self.rel_type, self.outgoing)


def relation_map_key(rel_type: str, outgoing: bool) -> str:
    """Where a projected map holds a relationship's [edge properties, other node] pairs."""
    return f"_{rel_type}_{'out' if outgoing else 'in'}"


@dataclass(frozen=True)
class Projection:
    """What to read of a node; `label` is None where the other end may carry several labels."""

    label: str | None
    props: frozenset[str]
    relations: tuple[RelationProjection, ...] = ()

    def __post_init__(self) -> None:
        unknown = self.props - _NODE_PROPERTIES
        if unknown:
            raise ValueError(f"not ontology properties: {sorted(unknown)}")
        for relation in self.relations:
            allowed = _EDGE_PROPERTIES.get(relation.rel_type)
            if allowed is None:
                raise ValueError(f"not an ontology relationship type: {relation.rel_type!r}")
            if not relation.edge_props <= allowed:
                raise ValueError(
                    f"not properties of {relation.rel_type}: {sorted(relation.edge_props - allowed)}"
                )


def node_map(var: str, projection: Projection, depth: int = 1) -> str:
    """`var {.id, .name, _label: ..., _PARTY_TO_out: [(var)-[r]->(x) | [r {...}, x {...}]], ...}`."""
    entries = [f".{name}" for name in sorted(projection.props | {"id"})]
    if projection.label is None:
        entries.append(f"{_LABEL_KEY}: [l IN labels({var}) WHERE l <> 'Entity'][0]")
    for index, relation in enumerate(projection.relations):
        rel, other = f"r{depth}_{index}", f"x{depth}_{index}"
        arrow = f"-[{rel}:{relation.rel_type}]->" if relation.outgoing else f"<-[{rel}:{relation.rel_type}]-"
        edge = ", ".join(f".{name}" for name in sorted(relation.edge_props | EDGE_VALIDITY))
        nested = node_map(other, relation.other, depth + 1)
        entries.append(f"{relation.map_key}: [({var}){arrow}({other}) | [{rel} {{{edge}}}, {nested}]]")
    return f"{var} {{{', '.join(entries)}}}"


def holds_at(props: dict[str, Any], as_of: dt.date | None) -> bool:
    """Whether a fact with these `valid_from`/`valid_to` holds on `as_of` (None: always)."""
    if as_of is None:
        return True
    start, end = native(props.get("valid_from")), native(props.get("valid_to"))
    return (start is None or start <= as_of) and (end is None or end > as_of)


def _present(values: dict[str, Any]) -> dict[str, Any]:
    # A map projection returns null for a property the node lacks; a stored node has no nulls.
    return {
        key: native_property(value) for key, value in values.items() if value is not None and key[0] != "_"
    }


def row_from_map(values: dict[str, Any], projection: Projection) -> EntityRow:
    """A projected map -> an entity row whose selected relationships are already loaded."""
    label = projection.label or values.get(_LABEL_KEY) or "Entity"
    preloaded: dict[tuple[str, bool], list[EdgeRow]] = {}
    owner_id = str(values["id"])
    for relation in projection.relations:
        edges = [
            EdgeRow(owner_id, row_from_map(other, relation.other), _present(edge))
            for edge, other in values.get(relation.map_key) or []
        ]
        edges.sort(key=lambda edge: edge.other.id)
        preloaded[relation.key] = edges
    return EntityRow(label, _present(values), preloaded)


async def projected_edges(
    driver: neo4j.AsyncDriver, relation: RelationProjection, owner_ids: list[str], database: str
) -> dict[str, list[EdgeRow]]:
    """One relationship at a batch of nodes, with everything selected below it: one round trip."""
    arrow = f"-[r:{relation.rel_type}]->" if relation.outgoing else f"<-[r:{relation.rel_type}]-"
    edge = ", ".join(f".{name}" for name in sorted(relation.edge_props | EDGE_VALIDITY))
    query = (
        f"MATCH (o:Entity) WHERE o.id IN $ids MATCH (o){arrow}(x) "
        f"RETURN o.id AS owner, collect([r {{{edge}}}, {node_map('x', relation.other)}]) AS edges"
    )
    records = await read(driver, query, {"ids": owner_ids}, database)
    found: dict[str, list[EdgeRow]] = defaultdict(list)
    for record in records:
        owner = record["owner"]
        found[owner] = sorted(
            (
                EdgeRow(owner, row_from_map(other, relation.other), _present(props))
                for props, other in record["edges"]
            ),
            key=lambda edge: edge.other.id,
        )
    return found


def one_by_ref(label: str) -> str:
    """Query text that binds `n` to the one `label` node that `$key` (a ref, stripped and
    casefolded) names, as graph.reads.find_refs reads refs: an exact id first, else a name or
    alias; no row when it names no such node, or several (find_refs then says which)."""
    if label not in NODE_MODELS:
        raise ValueError(f"not an ontology label: {label!r}")
    # The scan of names and aliases sits in a CASE branch, so that it runs only when no id
    # matched (in a UNION branch the planner scanned every entity first and filtered after).
    return (
        "OPTIONAL MATCH (exact:Entity {id: $key}) "
        "WITH CASE WHEN exact IS NULL THEN COLLECT { MATCH (m:Entity) WHERE $key IN m.ref_keys RETURN m } "
        "ELSE [exact] END AS candidates "
        f"WITH [m IN candidates WHERE m:{label}] AS found WHERE size(found) = 1 "
        "WITH found[0] AS n "
    )
