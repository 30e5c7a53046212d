"""Neo4j values to JSON-ready Python values (nodes, relationships, paths, temporal types)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import neo4j.graph
import neo4j.time

from schema.fields import DERIVED_NODE_PROPERTIES

# A tuple, not `str | int | float`: isinstance is several times faster with one, and native() runs
# once per value read.
_PLAIN = (str, int, float)


def native(value: Any) -> Any:
    """Neo4j temporal values to Python's (lists too); everything else unchanged."""
    if value is None or isinstance(value, _PLAIN):  # most values: the cheapest test first
        return value
    if hasattr(value, "to_native"):
        return value.to_native()
    if isinstance(value, list):
        return [native(item) for item in value]
    return value


def native_date(value: Any) -> dt.date | None:
    """A stored date as Python's, or None when the value is absent or not a date."""
    value = native(value)
    return value if isinstance(value, dt.date) else None


def native_property(value: Any) -> Any:
    """native() for a stored property value: Neo4j keeps property lists homogeneous, so a list
    whose first item is a string or number needs no conversion at all (sources, aliases...)."""
    if isinstance(value, list) and (not value or isinstance(value[0], _PLAIN)):
        return value
    return native(value)


def to_json(value: Any) -> Any:
    if isinstance(value, neo4j.graph.Node):
        return {
            "id": value.get("id"),
            "labels": sorted(value.labels),
            "properties": {k: to_json(v) for k, v in value.items() if k not in DERIVED_NODE_PROPERTIES},
        }
    if isinstance(value, neo4j.graph.Relationship):
        return {
            "type": value.type,
            # Endpoint ids are known when the row also returns the endpoint nodes; the element
            # ids always are.
            "start": value.start_node.get("id") if value.start_node else None,
            "end": value.end_node.get("id") if value.end_node else None,
            "start_element_id": value.start_node.element_id if value.start_node else None,
            "end_element_id": value.end_node.element_id if value.end_node else None,
            "properties": {k: to_json(v) for k, v in value.items() if k != "key"},
        }
    if isinstance(value, neo4j.graph.Path):
        return {
            "nodes": [to_json(n) for n in value.nodes],
            "relationships": [to_json(r) for r in value.relationships],
        }
    if isinstance(value, neo4j.time.Date | neo4j.time.DateTime | neo4j.time.Time):
        return value.iso_format()
    if isinstance(value, neo4j.time.Duration):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    if isinstance(value, list):
        return [to_json(item) for item in value]
    if isinstance(value, dict):
        return {k: to_json(v) for k, v in value.items()}
    return value
