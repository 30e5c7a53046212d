"""Writes for apps that embed the API: upsert and delete one node or relationship, each in one
transaction, after the same validation as ingest plus checks against the graph (sources and
endpoints must exist, endpoint labels must be allowed)."""

from __future__ import annotations

from typing import Any, LiteralString

import neo4j

from graph import write_queries
from graph.errors import ComputeGraphError, UnknownRefError
from ingest.records import NodeRecord, RelationshipRecord
from ingest.writer import node_properties
from schema.registry import RELATIONSHIP_SPECS

MISSING_SOURCES: LiteralString = (
    "UNWIND $ids AS id OPTIONAL MATCH (s:Source {id: id}) WITH id, s WHERE s IS NULL "
    "RETURN collect(id) AS missing"
)
ENDPOINT_LABELS: LiteralString = (
    "UNWIND $ids AS id OPTIONAL MATCH (n:Entity {id: id}) "
    "RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label"
)
DELETE_NODE: LiteralString = "MATCH (n:Entity {id: $id}) DETACH DELETE n RETURN count(*) AS deleted"


class InvalidWriteError(ComputeGraphError):
    """A mutation that the ontology or the graph refuses; nothing was written."""


async def _check_sources(tx: neo4j.AsyncManagedTransaction, sources: list[str]) -> None:
    record = await (await tx.run(MISSING_SOURCES, ids=sources)).single()
    missing = record["missing"] if record else []
    if missing:
        raise InvalidWriteError(f"sources not in the graph: {', '.join(missing)}; add them first")


async def upsert_node(driver: neo4j.AsyncDriver, node: NodeRecord, database: str) -> None:
    async def work(tx: neo4j.AsyncManagedTransaction) -> None:
        if node.label != "Source":
            await _check_sources(tx, list(node.properties.get("sources", [])))
        # Sources are not Entities: both are asked, so a Company cannot take a Source's id.
        existing = await (await tx.run(write_queries.STORED_LABELS, ids=[node.id])).single()
        if existing and existing["label"] not in (None, node.label):
            raise InvalidWriteError(
                f"id {node.id!r} already names a {existing['label']}; ids are unique across labels"
            )
        query = write_queries.merge_nodes(node.label)
        await (await tx.run(query, rows=[{"id": node.id, "props": node_properties(node)}])).consume()

    async with driver.session(database=database) as session:
        await session.execute_write(work)


async def upsert_relationship(driver: neo4j.AsyncDriver, rel: RelationshipRecord, database: str) -> None:
    spec = RELATIONSHIP_SPECS[rel.type]

    async def work(tx: neo4j.AsyncManagedTransaction) -> None:
        await _check_sources(tx, list(rel.properties.get("sources", [])))
        labels = {
            r["id"]: r["label"] async for r in await tx.run(ENDPOINT_LABELS, ids=[rel.from_id, rel.to_id])
        }
        for end, node_id, allowed in (
            ("from", rel.from_id, spec.from_labels),
            ("to", rel.to_id, spec.to_labels),
        ):
            if labels.get(node_id) is None:
                raise UnknownRefError(node_id)
            if labels[node_id] not in allowed:
                raise InvalidWriteError(
                    f"{rel.type} cannot have a {labels[node_id]} as `{end}`; "
                    f"allowed: {', '.join(sorted(allowed))}"
                )
        row: dict[str, Any] = {
            "from": rel.from_id,
            "to": rel.to_id,
            "key": rel.key,
            "props": {**rel.properties, "key": rel.key},
        }
        await (await tx.run(write_queries.merge_relationships(rel.type), rows=[row])).consume()

    async with driver.session(database=database) as session:
        await session.execute_write(work)


async def delete_node(driver: neo4j.AsyncDriver, node_id: str, database: str) -> None:
    async def work(tx: neo4j.AsyncManagedTransaction) -> int:
        record = await (await tx.run(DELETE_NODE, id=node_id)).single()
        return int(record["deleted"]) if record else 0

    async with driver.session(database=database) as session:
        if not await session.execute_write(work):
            raise UnknownRefError(node_id)


async def delete_relationship(
    driver: neo4j.AsyncDriver, rel_type: str, from_id: str, to_id: str, key: str, database: str
) -> None:
    query = write_queries.delete_relationships(rel_type) + " RETURN count(*) AS deleted"

    async def work(tx: neo4j.AsyncManagedTransaction) -> int:
        rows = [{"from": from_id, "to": to_id, "key": key}]
        record = await (await tx.run(query, rows=rows)).single()
        return int(record["deleted"]) if record else 0

    async with driver.session(database=database) as session:
        if not await session.execute_write(work):
            raise InvalidWriteError(
                f"no {rel_type} from {from_id!r} to {to_id!r}" + (f" with {key}" if key else "")
            )
