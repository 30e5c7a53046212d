"""RDF in the project's vocabulary: Turtle, N-Triples and JSON-LD, read and written via rdflib.

A node is a resource typed with its label's class; a relationship is both a plain triple
(for linked-data consumers) and a reified statement that carries its properties.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import quote

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, XSD

from graph.dump import GraphDump
from ingest.readers import _fail, _read_text, register
from ingest.records import Origin, RawDocument, RawNode, RawRelationship
from schema.derived import RESOURCE, VOCAB, WIKIDATA, rdf_vocabulary
from schema.fields import FieldKind, model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

RDF_FORMATS = {".ttl": "turtle", ".nt": "nt", ".jsonld": "json-ld"}
_DATATYPES = {
    FieldKind.DATE: XSD.date,
    FieldKind.FLOAT: XSD.double,
    FieldKind.INT: XSD.integer,
    FieldKind.BOOL: XSD.boolean,
}


def _literal(kind: FieldKind, value: Any) -> Literal:
    datatype = _DATATYPES.get(kind)
    return Literal(value, datatype=datatype) if datatype else Literal(str(value))


def _add_properties(
    graph: Graph, subject: URIRef, kinds: dict[str, FieldKind], props: dict[str, Any]
) -> None:
    for name, value in props.items():
        kind = kinds[name]
        for item in value if isinstance(value, list) else [value]:
            graph.add((subject, VOCAB[name], _literal(kind, item)))


def statement_uri(rel_type: str, from_id: str, to_id: str, key: str) -> URIRef:
    suffix = f"/{quote(key, safe='')}" if key else ""
    return URIRef(f"{RESOURCE}{from_id}/{rel_type}/{to_id}{suffix}")


def graph_to_rdf(dump: GraphDump, keys: dict[tuple[str, str, str, int], str] | None = None) -> Graph:
    graph = Graph()
    graph.bind("cg", VOCAB)
    graph.bind("cgid", RESOURCE)
    graph.bind("wd", WIKIDATA)
    graph.bind("owl", OWL)
    for label, props in dump.nodes:
        subject = RESOURCE[props["id"]]
        graph.add((subject, RDF.type, VOCAB[label]))
        kinds = {f.name: f.kind for f in model_fields(NODE_MODELS[label])}
        _add_properties(graph, subject, kinds, props)
        if props.get("wikidata"):
            graph.add((subject, OWL.sameAs, WIKIDATA[props["wikidata"]]))
    from ingest.validate import relationship_key

    for rel_type, from_id, to_id, props in dump.relationships:
        spec = RELATIONSHIP_SPECS[rel_type]
        a, b = RESOURCE[from_id], RESOURCE[to_id]
        graph.add((a, VOCAB[rel_type], b))
        statement = statement_uri(rel_type, from_id, to_id, relationship_key(spec, props))
        graph.add((statement, RDF.type, RDF.Statement))
        graph.add((statement, RDF.subject, a))
        graph.add((statement, RDF.predicate, VOCAB[rel_type]))
        graph.add((statement, RDF.object, b))
        kinds = {f.name: f.kind for f in model_fields(spec.model)}
        _add_properties(graph, statement, kinds, props)
    return graph


def _values(graph: Graph, subject: Any, kinds: dict[str, FieldKind]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name, kind in kinds.items():
        values = [
            obj.toPython() if isinstance(obj, Literal) else str(obj)
            for obj in graph.objects(subject, VOCAB[name])
        ]
        if not values:
            continue
        if kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST):
            data[name] = sorted(values)
        else:
            data[name] = values[0] if len(values) == 1 else values  # several: the model refuses
    return data


def _node_id(graph: Graph, resource: Any) -> str:
    found = graph.value(resource, VOCAB.id)
    return str(found) if found is not None else str(resource).removeprefix(str(RESOURCE))


def read_rdf_graph(graph: Graph, path: Path) -> RawDocument:
    document = RawDocument()
    vocabulary_classes = {VOCAB[label]: label for label in NODE_MODELS}
    typed = sorted(graph.subject_objects(RDF.type), key=lambda pair: (str(pair[0]), str(pair[1])))
    for index, (subject, cls) in enumerate(typed, start=1):
        label = vocabulary_classes.get(URIRef(str(cls)))
        if label is None:
            continue
        kinds = {f.name: f.kind for f in model_fields(NODE_MODELS[label])}
        origin = Origin(str(path), record=index, section=f"{label} <{subject}>")
        document.nodes.append(RawNode(label, _values(graph, subject, kinds), origin))
    statements = sorted(graph.subjects(RDF.type, RDF.Statement), key=str)
    for index, statement in enumerate(statements, start=1):
        predicate = graph.value(statement, RDF.predicate)
        rel_type = str(predicate).removeprefix(str(VOCAB)) if predicate is not None else ""
        origin = Origin(str(path), record=index, section=f"statement <{statement}>")
        spec = RELATIONSHIP_SPECS.get(rel_type)
        kinds = {f.name: f.kind for f in model_fields(spec.model)} if spec else {}
        data = {
            "type": rel_type,
            "from": _node_id(graph, graph.value(statement, RDF.subject)),
            "to": _node_id(graph, graph.value(statement, RDF.object)),
            **_values(graph, statement, kinds),
        }
        document.relationships.append(RawRelationship(data, origin))
    return document


def remote_context(value: Any) -> str | None:
    """The first remote JSON-LD context or import in a document, wherever it sits: rdflib
    would fetch it over the network while parsing, and no reader makes a network request."""
    if isinstance(value, list):
        return next((found for item in value if (found := remote_context(item))), None)
    if not isinstance(value, dict):
        return None
    for key, item in value.items():
        if key == "@import":
            return f"@import {item!r}"
        if key == "@context":
            contexts = item if isinstance(item, list) else [item]
            for context in contexts:
                if isinstance(context, str):
                    return f"@context {context!r}"
        if (found := remote_context(item)) is not None:
            return found
    return None


def _refuse_remote_contexts(text: str, path: Path) -> None:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise _fail(path, f"malformed JSON-LD: {error.msg}", error.lineno) from None
    found = remote_context(document)
    if found is not None:
        raise _fail(
            path,
            f"remote JSON-LD context refused ({found}): readers never fetch from the network; "
            "put the context inline in the file",
        )


@register(*RDF_FORMATS)
def read_rdf(path: Path) -> RawDocument:
    text = _read_text(path)
    if RDF_FORMATS[path.suffix.lower()] == "json-ld":
        _refuse_remote_contexts(text, path)
    graph = Graph()
    try:
        graph.parse(data=text, format=RDF_FORMATS[path.suffix.lower()])
    except Exception as error:
        raise _fail(path, f"malformed RDF: {str(error)[:300]}") from None
    return read_rdf_graph(graph, path)


def vocabulary_turtle() -> str:
    return rdf_vocabulary().serialize(format="turtle")
