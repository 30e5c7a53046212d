"""GraphQL names derived from the ontology: fields in camelCase, types in PascalCase."""

import re
from functools import cache

from pydantic import BaseModel

from schema.fields import model_fields
from schema.registry import RELATIONSHIP_SPECS, RelationshipSpec

PLURALS = {
    "Company": "companies",
    "Chip": "chips",
    "Deal": "deals",
    "PowerAsset": "powerAssets",
    "Policy": "policies",
    "Person": "people",
    "Country": "countries",
    "GridRegion": "gridRegions",
    "FinancialPeriod": "financialPeriods",
    "Claim": "claims",
}


def singular(label: str) -> str:
    """The root field that looks one entity up: `company`, `powerAsset`..."""
    return label[:1].lower() + label[1:]


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\s]", camel(name)))


@cache
def property_names(model: type[BaseModel]) -> dict[str, str]:
    """GraphQL field name -> stored property name, for a node or relationship model."""
    return {camel(info.name): info.name for info in model_fields(model)}


def other_labels(spec: RelationshipSpec, outgoing: bool) -> frozenset[str]:
    """The labels at the far end of a relationship read in this direction."""
    return spec.to_labels if outgoing else spec.from_labels


@cache
def relationship_fields(label: str) -> dict[str, tuple[RelationshipSpec, bool]]:
    """GraphQL field name -> (relationship spec, outgoing?) for a label."""
    fields = {}
    for spec in RELATIONSHIP_SPECS.values():
        if label in spec.from_labels:
            fields[spec.out_field] = (spec, True)
        if label in spec.to_labels:
            fields[spec.in_field] = (spec, False)
    return fields


def other_end_name(label: str) -> str:
    """An edge's second name for the node at its other end, after that node's label:
    `company`, `chip`, `powerAsset`..."""
    return camel(label.lower() if label != "PowerAsset" else "power_asset")
