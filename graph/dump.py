"""The whole graph as plain records: for export, and for tests that compare before and after."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import neo4j

from graph.serialize import native
from schema.fields import DERIVED_NODE_PROPERTIES
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

NODES_QUERY = """
MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
RETURN [label IN labels(n) WHERE label IN $labels][0] AS label, properties(n) AS props
ORDER BY label, n.id
"""
RELATIONSHIPS_QUERY = """
MATCH (a)-[r]->(b) WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
ORDER BY type, from, to, r.key
"""


@dataclass(frozen=True)
class GraphDump:
    nodes: list[tuple[str, dict[str, Any]]]  # (label, properties)
    relationships: list[tuple[str, str, str, dict[str, Any]]]  # (type, from, to, properties)


def dump_graph(driver: neo4j.Driver, database: str) -> GraphDump:
    nodes, _, _ = driver.execute_query(
        NODES_QUERY,
        labels=list(NODE_MODELS),
        database_=database,
        routing_=neo4j.RoutingControl.READ,
    )
    rels, _, _ = driver.execute_query(
        RELATIONSHIPS_QUERY,
        types=list(RELATIONSHIP_SPECS),
        database_=database,
        routing_=neo4j.RoutingControl.READ,
    )
    return GraphDump(
        nodes=[
            (
                r["label"],
                {k: native(v) for k, v in r["props"].items() if k not in DERIVED_NODE_PROPERTIES},
            )
            for r in nodes
        ],
        relationships=[
            (
                r["type"],
                r["from"],
                r["to"],
                {k: native(v) for k, v in r["props"].items() if k != "key"},
            )
            for r in rels
        ],
    )
