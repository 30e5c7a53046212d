"""Artifacts derived from the models: Neo4j constraints, JSON Schema, RDF vocabulary."""

from __future__ import annotations

import json
from typing import Any

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import OWL, RDF, RDFS, XSD

from schema.fields import FieldKind, model_fields
from schema.registry import ENTITY_LABEL, ENTITY_LABELS, NODE_MODELS, RELATIONSHIP_SPECS

VOCAB = Namespace("https://computegraph.org/ontology#")
RESOURCE = Namespace("https://computegraph.org/id/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

FULLTEXT_INDEX = "entity_text"


def constraint_statements() -> list[str]:
    """Idempotent DDL: id uniqueness per label and globally, plus the full-text index."""
    statements = [
        f"CREATE CONSTRAINT {label.lower()}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE"
        for label in (*NODE_MODELS, ENTITY_LABEL)
    ]
    labels = "|".join(ENTITY_LABELS)
    statements.append(
        f"CREATE FULLTEXT INDEX {FULLTEXT_INDEX} IF NOT EXISTS FOR (n:{labels}) "
        "ON EACH [n.name, n.alias_text, n.description]"
    )
    return statements


def data_file_json_schema() -> dict[str, Any]:
    """JSON Schema of a YAML/JSON data file, for editors."""
    definitions: dict[str, Any] = {}
    for label, model in NODE_MODELS.items():
        node_schema = model.model_json_schema(ref_template="#/$defs/{model}")
        definitions.update(node_schema.pop("$defs", {}))
        if label != "Source":
            node_schema["properties"]["relationships"] = {
                "type": "array",
                "items": {"$ref": "#/$defs/InlineRelationship"},
            }
        definitions[label] = node_schema
    definitions["InlineRelationship"] = {
        "type": "object",
        "required": ["type"],
        "properties": {
            "type": {"enum": sorted(RELATIONSHIP_SPECS)},
            "from": {"type": "string"},
            "to": {"type": "string"},
        },
        "description": "Give `to` when this record is the start, `from` when it is the end.",
    }
    definitions["Relationship"] = {
        "type": "object",
        "required": ["type", "from", "to"],
        "properties": {
            "type": {"enum": sorted(RELATIONSHIP_SPECS)},
            "from": {"type": "string"},
            "to": {"type": "string"},
        },
    }
    properties: dict[str, Any] = {
        label: {"type": "array", "items": {"$ref": f"#/$defs/{label}"}} for label in NODE_MODELS
    }
    properties["relationships"] = {"type": "array", "items": {"$ref": "#/$defs/Relationship"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Compute Graph data file",
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "$defs": definitions,
    }


def json_schema_text() -> str:
    return json.dumps(data_file_json_schema(), indent=2, sort_keys=True) + "\n"


_XSD_BY_KIND = {
    FieldKind.STRING: XSD.string,
    FieldKind.STRING_LIST: XSD.string,
    FieldKind.ENUM: XSD.string,
    FieldKind.ENUM_LIST: XSD.string,
    FieldKind.INT: XSD.integer,
    FieldKind.FLOAT: XSD.double,
    FieldKind.BOOL: XSD.boolean,
    FieldKind.DATE: XSD.date,
}


def rdf_vocabulary() -> Graph:
    """Classes for labels, object properties for relationship types, datatype properties."""
    graph = Graph()
    graph.bind("cg", VOCAB)
    graph.bind("owl", OWL)
    for label, model in NODE_MODELS.items():
        cls = VOCAB[label]
        graph.add((cls, RDF.type, OWL.Class))
        graph.add((cls, RDFS.label, Literal(label)))
        graph.add((cls, RDFS.comment, Literal((model.__doc__ or label).strip().splitlines()[0])))
        for info in model_fields(model):
            prop = VOCAB[info.name]
            graph.add((prop, RDF.type, OWL.DatatypeProperty))
            graph.add((prop, RDFS.label, Literal(info.name)))
            graph.add((prop, RDFS.range, _XSD_BY_KIND[info.kind]))
            if info.description:
                graph.add((prop, RDFS.comment, Literal(info.description)))
    for rel_type, spec in RELATIONSHIP_SPECS.items():
        prop = VOCAB[rel_type]
        graph.add((prop, RDF.type, OWL.ObjectProperty))
        graph.add((prop, RDFS.label, Literal(rel_type)))
        graph.add((prop, RDFS.comment, Literal(spec.description)))
        for label in sorted(spec.from_labels):
            graph.add((prop, RDFS.domain, VOCAB[label]))
        for label in sorted(spec.to_labels):
            graph.add((prop, RDFS.range, VOCAB[label]))
        for info in model_fields(spec.model):
            graph.add((VOCAB[info.name], RDF.type, OWL.DatatypeProperty))
    # Relationship properties in RDF ride on a reified statement (rdf:Statement).
    graph.add((VOCAB.Relationship, RDF.type, OWL.Class))
    graph.add((VOCAB.Relationship, RDFS.subClassOf, RDF.Statement))
    return graph
