"""Validation of raw records against the ontology, record by record and across records.

Every error is collected (never just the first), each naming file, record, id and field.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ValidationError

from ingest.records import (
    DataError,
    NodeRecord,
    Origin,
    RawDocument,
    RawNode,
    RawRelationship,
    RelationshipRecord,
)
from schema.fields import DERIVED_NODE_PROPERTIES
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS, RelationshipSpec

PROVENANCE_KEYS = ("sources", "as_of", "confidence")
MONEY_AND_CAPACITY_HINT = "must not be negative"


@dataclass
class ValidatedGraph:
    nodes: list[NodeRecord]
    relationships: list[RelationshipRecord]
    errors: list[DataError]


def storable(model: BaseModel) -> dict[str, Any]:
    """Model -> Neo4j properties: enums and URLs as text, dates as dates, absent values dropped."""
    properties = model.model_dump(mode="python", exclude_none=True)
    for key, value in properties.items():
        if hasattr(value, "value") and isinstance(value.value, str):
            properties[key] = value.value
        elif isinstance(value, list):
            # Lists are sets here (aliases, roles, sources): sorted so every format and every
            # round trip stores the identical value.
            properties[key] = sorted({getattr(item, "value", item) for item in value})
        elif type(value).__name__ in ("HttpUrl", "AnyHttpUrl", "Url"):
            properties[key] = str(value)
    return properties


def _pydantic_errors(error: ValidationError, origin: Origin, record_id: str | None) -> list[DataError]:
    found = []
    for item in error.errors():
        field = ".".join(str(part) for part in item["loc"]) or None
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            message = "unknown field (not in the ontology; check its spelling)"
        elif item["type"] == "missing":
            message = "required field is missing"
        elif "greater_than_equal" in item["type"]:
            message = f"{message} (found {item.get('input')!r}; {MONEY_AND_CAPACITY_HINT})"
        elif "input" in item and item["type"] not in ("value_error",):
            message = f"{message} (found {item['input']!r:.80})"
        found.append(DataError(origin, message, record_id, field))
    return found


def relationship_key(spec: RelationshipSpec, properties: dict[str, Any]) -> str:
    return ";".join(f"{name}={properties.get(name, '')}" for name in spec.identity)


def validate_node(raw: RawNode, errors: list[DataError]) -> NodeRecord | None:
    data = dict(raw.data)
    data.pop("relationships", None)
    record_id = data.get("id") if isinstance(data.get("id"), str) else None
    for derived in DERIVED_NODE_PROPERTIES:
        if derived in data:
            errors.append(DataError(raw.origin, "is computed by ingest; remove it", record_id, derived))
            return None
    try:
        model = NODE_MODELS[raw.label].model_validate(data)
    except ValidationError as error:
        errors.extend(_pydantic_errors(error, raw.origin, record_id))
        return None
    properties = storable(model)
    return NodeRecord(raw.label, properties["id"], properties, raw.origin)


def _inline_relationships(raw: RawNode, errors: list[DataError]) -> Iterable[RawRelationship]:
    items = raw.data.get("relationships")
    if items is None or raw.label == "Source":
        return
    record_id = raw.data.get("id")
    if not isinstance(items, list):
        errors.append(DataError(raw.origin, "must be a list", record_id, "relationships"))
        return
    inherited = {key: raw.data[key] for key in PROVENANCE_KEYS if key in raw.data}
    for index, item in enumerate(items, start=1):
        origin = Origin(
            raw.origin.file,
            index,
            raw.origin.line,
            f"{raw.label}[{raw.origin.record}].relationships",
        )
        if not isinstance(item, dict) or ("from" in item) == ("to" in item):
            errors.append(
                DataError(
                    origin,
                    "an inline relationship needs exactly one of "
                    "`from` or `to` (the other end is this record)",
                    record_id,
                )
            )
            continue
        data = {**inherited, **item}
        if "to" in item:
            data["from"] = record_id
        else:
            data["to"] = record_id
        yield RawRelationship(data, origin)


def validate_relationship(raw: RawRelationship, errors: list[DataError]) -> RelationshipRecord | None:
    data = dict(raw.data)
    rel_type = data.pop("type", None)
    from_id, to_id = data.pop("from", None), data.pop("to", None)
    label = f"{from_id}-[{rel_type}]->{to_id}"
    spec = RELATIONSHIP_SPECS.get(str(rel_type))
    if spec is None:
        known = ", ".join(sorted(RELATIONSHIP_SPECS))
        errors.append(
            DataError(raw.origin, f"unknown relationship type {rel_type!r}; known: {known}", label, "type")
        )
        return None
    if not isinstance(from_id, str) or not isinstance(to_id, str):
        errors.append(
            DataError(
                raw.origin,
                "needs `from` and `to` ids",
                label,
                "from" if not isinstance(from_id, str) else "to",
            )
        )
        return None
    try:
        model = spec.model.model_validate(data)
    except ValidationError as error:
        errors.extend(_pydantic_errors(error, raw.origin, label))
        return None
    properties = storable(model)
    return RelationshipRecord(
        spec.type, from_id, to_id, relationship_key(spec, properties), properties, raw.origin
    )


def _cross_checks(
    nodes: list[NodeRecord], relationships: list[RelationshipRecord], errors: list[DataError]
) -> None:
    labels: dict[str, str] = {}
    first_seen: dict[str, Origin] = {}
    for node in nodes:
        if node.id in labels:
            errors.append(
                DataError(
                    node.origin,
                    f"duplicate id, first defined at {first_seen[node.id]}",
                    node.id,
                    "id",
                )
            )
        else:
            labels[node.id] = node.label
            first_seen[node.id] = node.origin
    sources = {node.id for node in nodes if node.label == "Source"}

    def check_sources(origin: Origin, record_id: str, properties: dict[str, Any]) -> None:
        for source in properties.get("sources", []):
            if source not in sources:
                errors.append(
                    DataError(
                        origin,
                        f"cites source {source!r}, which no file defines",
                        record_id,
                        "sources",
                    )
                )

    for node in nodes:
        check_sources(node.origin, node.id, node.properties)
    seen_relationships: dict[tuple[str, str, str, str], Origin] = {}
    for rel in relationships:
        spec = RELATIONSHIP_SPECS[rel.type]
        label = f"{rel.from_id}-[{rel.type}]->{rel.to_id}"
        check_sources(rel.origin, label, rel.properties)
        for end, node_id, allowed in (
            ("from", rel.from_id, spec.from_labels),
            ("to", rel.to_id, spec.to_labels),
        ):
            found = labels.get(node_id)
            if found is None:
                errors.append(
                    DataError(rel.origin, f"refers to {node_id!r}, which no file defines", label, end)
                )
            elif found not in allowed:
                errors.append(
                    DataError(
                        rel.origin,
                        f"{rel.type} cannot {'start' if end == 'from' else 'end'} at a {found} "
                        f"({node_id!r}); allowed: {', '.join(sorted(allowed))}",
                        label,
                        end,
                    )
                )
        identity = (rel.type, rel.from_id, rel.to_id, rel.key)
        if identity in seen_relationships:
            errors.append(
                DataError(
                    rel.origin,
                    f"duplicate relationship, first defined at {seen_relationships[identity]}",
                    label,
                    "type",
                )
            )
        else:
            seen_relationships[identity] = rel.origin


def validate(documents: Iterable[RawDocument]) -> ValidatedGraph:
    errors: list[DataError] = []
    nodes: list[NodeRecord] = []
    relationships: list[RelationshipRecord] = []
    raw_relationships: list[RawRelationship] = []
    for document in documents:
        for raw in document.nodes:
            node = validate_node(raw, errors)
            if node is not None:
                nodes.append(node)
            raw_relationships.extend(_inline_relationships(raw, errors))
        raw_relationships.extend(document.relationships)
    for raw_rel in raw_relationships:
        rel = validate_relationship(raw_rel, errors)
        if rel is not None:
            relationships.append(rel)
    _cross_checks(nodes, relationships, errors)
    return ValidatedGraph(nodes, relationships, errors)
