"""Cypher for ingest. Labels and types are interpolated only from the ontology registry, never
from user input; every value travels as a parameter."""

from __future__ import annotations

from schema.registry import ENTITY_LABEL, NODE_MODELS, RELATIONSHIP_SPECS


def _label(label: str) -> str:
    if label not in NODE_MODELS:
        raise ValueError(f"not an ontology label: {label!r}")
    return label


def _type(rel_type: str) -> str:
    if rel_type not in RELATIONSHIP_SPECS:
        raise ValueError(f"not an ontology relationship type: {rel_type!r}")
    return rel_type


def existing_nodes(label: str) -> str:
    return f"MATCH (n:{_label(label)}) RETURN n.id AS id, properties(n) AS props"


def merge_nodes(label: str) -> str:
    extra = "" if label == "Source" else f", n:{ENTITY_LABEL}"
    return f"UNWIND $rows AS row MERGE (n:{_label(label)} {{id: row.id}}) SET n = row.props{extra}"


def create_nodes(label: str) -> str:
    """For ids the load found absent: CREATE with every label at once. The id constraints still
    hold: an id another writer took meanwhile fails the batch (nothing is doubled), and a
    re-run converges."""
    labels = label if label == "Source" else f"{label}:{ENTITY_LABEL}"
    _label(label)
    return f"UNWIND $rows AS row CREATE (n:{labels}) SET n = row.props"


def delete_nodes(label: str) -> str:
    return f"UNWIND $rows AS row MATCH (n:{_label(label)} {{id: row.id}}) DETACH DELETE n"


def existing_relationships(rel_type: str) -> str:
    return (
        f"MATCH (a)-[r:{_type(rel_type)}]->(b) "
        "RETURN a.id AS from, b.id AS to, r.key AS key, properties(r) AS props"
    )


def merge_relationships(rel_type: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{ENTITY_LABEL} {{id: row.from}}) "
        f"MATCH (b:{ENTITY_LABEL} {{id: row.to}}) "
        f"MERGE (a)-[r:{_type(rel_type)} {{key: row.key}}]->(b) SET r = row.props"
    )


def delete_relationships(rel_type: str) -> str:
    return (
        f"UNWIND $rows AS row MATCH (a:{ENTITY_LABEL} {{id: row.from}})"
        f"-[r:{_type(rel_type)} {{key: row.key}}]->(b:{ENTITY_LABEL} {{id: row.to}}) DELETE r"
    )


# The label each id already has in the graph (Source nodes are not Entities, so both are asked):
# ids are unique across labels, and a load must not find that out half-way through.
STORED_LABELS = (
    f"UNWIND $ids AS id OPTIONAL MATCH (e:{ENTITY_LABEL} {{id: id}}) "
    "OPTIONAL MATCH (s:Source {id: id}) "
    "WITH id, coalesce(e, s) AS n WHERE n IS NOT NULL "
    f"RETURN id, [l IN labels(n) WHERE l <> '{ENTITY_LABEL}'][0] AS label"
)
GRAPH_SIZE = (
    "CALL () { MATCH (n) RETURN count(n) AS nodes } "
    "CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships"
)
