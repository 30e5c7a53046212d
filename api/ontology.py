"""A description of the ontology for readers that cannot read schema/ (agents, via MCP): node
labels and their properties, relationship types and what they join, and the question tools."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from schema.fields import model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS


def _properties(model: type[BaseModel]) -> list[dict[str, Any]]:
    return [
        {
            "name": f.name,
            "kind": f.kind.value,
            "required": f.required,
            "description": f.description,
            **({"values": [str(m.value) for m in f.enum]} if f.enum else {}),
        }
        for f in model_fields(model)
    ]


def describe_ontology() -> dict[str, Any]:
    from api.answers import LOOKUPS, QUESTIONS  # the tools list the questions; import late

    return {
        "nodes": [
            {
                "label": label,
                "description": (model.__doc__ or "").strip(),
                "properties": _properties(model),
            }
            for label, model in NODE_MODELS.items()
        ],
        "relationships": [
            {
                "type": spec.type,
                "from": sorted(spec.from_labels),
                "to": sorted(spec.to_labels),
                "description": spec.description,
                "properties": _properties(spec.model),
            }
            for spec in RELATIONSHIP_SPECS.values()
        ],
        "notes": [
            "Every entity node also has the label Entity and a unique id (lower-kebab slug).",
            "Every node and relationship cites Source ids in `sources`, with `as_of` and `confidence`.",
            "Amounts are in USD (_usd), power in MW (_mw) or W (_w); dates are Neo4j dates.",
        ],
        "questions": [
            {"name": q.name, "description": q.description, "parameters": [p.name for p in q.params]}
            for q in [*QUESTIONS.values(), *LOOKUPS.values()]
        ],
    }


def ontology_summary(ontology: dict[str, Any]) -> str:
    lines = ["Node labels (properties):"]
    for node in ontology["nodes"]:
        lines.append(f"- {node['label']}: {', '.join(p['name'] for p in node['properties'])}")
    lines.append("Relationships (from -> to):")
    for rel in ontology["relationships"]:
        lines.append(
            f"- (:{'|'.join(rel['from'])})-[:{rel['type']}]->(:{'|'.join(rel['to'])}) {rel['description']}"
        )
    lines += ontology["notes"]
    return "\n".join(lines)
