"""GraphQL node, edge, filter and sort types, generated from the ontology in `schema/`.

Adding a property or relationship to a model adds it here with nothing else to change.
(No `from __future__ import annotations`: the generated resolvers carry real types.)
"""

import datetime as dt
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.scalars import (
    BoolFilter,
    DateFilter,
    FloatFilter,
    IntFilter,
    ListFilter,
    SortDirection,
    Source,
    StringFilter,
)
from graph.reads import EdgeRow, EntityRow
from schema.base import Provenance
from schema.fields import FieldInfo, FieldKind, model_fields
from schema.registry import ENTITY_LABELS, NODE_MODELS, RELATIONSHIP_SPECS, RelationshipSpec

PROVENANCE_FIELDS = set(Provenance.model_fields)
IDENTITY_FIELDS = ("id", "name", "aliases", "wikidata", "description")

_SCALAR_TYPES: dict[FieldKind, Any] = {
    FieldKind.STRING: str,
    FieldKind.ENUM: str,
    FieldKind.INT: int,
    FieldKind.FLOAT: float,
    FieldKind.BOOL: bool,
    FieldKind.DATE: dt.date,
    FieldKind.STRING_LIST: list[str],
    FieldKind.ENUM_LIST: list[str],
}
_FILTER_TYPES: dict[FieldKind, Any] = {
    FieldKind.STRING: StringFilter,
    FieldKind.ENUM: StringFilter,
    FieldKind.INT: IntFilter,
    FieldKind.FLOAT: FloatFilter,
    FieldKind.BOOL: BoolFilter,
    FieldKind.DATE: DateFilter,
    FieldKind.STRING_LIST: ListFilter,
    FieldKind.ENUM_LIST: ListFilter,
}


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\s]", camel(name)))


def _graphql_scalar(info: FieldInfo) -> Any:
    scalar = strawberry.ID if info.name == "id" else _SCALAR_TYPES[info.kind]
    return (
        scalar
        if info.required or info.kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST)
        else Optional[scalar]
    )


def _property_resolver(name: str, is_list: bool) -> Any:
    def resolve(root: Any) -> Any:
        value = root.row.props.get(name)
        return [] if value is None and is_list else value

    return resolve


def _property_field(info: FieldInfo) -> Any:
    is_list = info.kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST)
    return strawberry.field(
        resolver=_property_resolver(info.name, is_list),
        graphql_type=_graphql_scalar(info),
        description=info.description or None,
        name=camel(info.name),
    )


async def _resolve_sources(root: Any, info: Info[Context, None]) -> list[Source]:
    ids = root.row.props.get("sources") if hasattr(root, "row") else root.edge.props.get("sources")
    found = await info.context.sources.load_many(list(ids or []))
    return [Source.from_props(props) for props in found if props is not None]


@strawberry.interface(description="Any entity: company, chip, deal, power asset, policy, person...")
class Entity:
    row: strawberry.Private[EntityRow]

    @strawberry.field
    def id(self) -> strawberry.ID:
        return strawberry.ID(self.row.id)

    @strawberry.field
    def name(self) -> str:
        return str(self.row.props["name"])

    @strawberry.field
    def label(self) -> str:
        return self.row.label

    @strawberry.field
    def aliases(self) -> list[str]:
        return list(self.row.props.get("aliases", []))

    @strawberry.field
    def description(self) -> str | None:
        return self.row.props.get("description")

    @strawberry.field(description="Sources cited for this entity.")
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        return await _resolve_sources(self, info)

    @strawberry.field
    def as_of(self) -> dt.date:
        return self.row.props["as_of"]  # type: ignore[no-any-return]

    @strawberry.field
    def confidence(self) -> str:
        return str(self.row.props["confidence"])


NODE_TYPES: dict[str, type] = {}
EDGE_TYPES: dict[tuple[str, bool], type] = {}


def to_graphql(row: EntityRow) -> Any:
    """A stored node -> the generated GraphQL object of its label."""
    return NODE_TYPES[row.label](row=row)


def _other_labels(spec: RelationshipSpec, outgoing: bool) -> frozenset[str]:
    return spec.to_labels if outgoing else spec.from_labels


def _edge_type(spec: RelationshipSpec, outgoing: bool) -> type:
    key = (spec.type, outgoing)
    if key in EDGE_TYPES:
        return EDGE_TYPES[key]
    field_name = spec.out_field if outgoing else spec.in_field
    others = _other_labels(spec, outgoing)
    node_type: Any = strawberry.LazyType(next(iter(others)), __name__) if len(others) == 1 else Entity

    def resolve_node(root: Any) -> Any:
        return to_graphql(root.edge.other)

    namespace: dict[str, Any] = {
        "__annotations__": {"edge": strawberry.Private[EdgeRow]},
        "node": strawberry.field(
            resolver=resolve_node,
            graphql_type=node_type,
            description="The entity at the other end.",
        ),
    }
    if len(others) == 1:
        namespace[
            camel(next(iter(others)).lower() if next(iter(others)) != "PowerAsset" else "power_asset")
        ] = strawberry.field(resolver=resolve_node, graphql_type=node_type)
    for info in model_fields(spec.model):
        if info.name not in PROVENANCE_FIELDS:
            namespace[info.name] = _edge_property_field(info)
    namespace["sources"] = strawberry.field(resolver=_resolve_sources, description="Sources cited.")
    for info in model_fields(Provenance):
        if info.name != "sources":
            namespace[info.name] = _edge_property_field(info)
    cls = type(f"{pascal(field_name)}Edge", (), namespace)
    EDGE_TYPES[key] = strawberry.type(cls, description=spec.description)
    return EDGE_TYPES[key]


def _edge_property_field(info: FieldInfo) -> Any:
    def resolve(root: Any) -> Any:
        return root.edge.props.get(info.name)

    return strawberry.field(
        resolver=resolve,
        graphql_type=_graphql_scalar(info),
        name=camel(info.name),
        description=info.description or None,
    )


def _holds_at(props: dict[str, Any], as_of: dt.date | None) -> bool:
    if as_of is None:
        return True
    start, end = props.get("valid_from"), props.get("valid_to")
    return (start is None or start <= as_of) and (end is None or end > as_of)


def _relationship_field(spec: RelationshipSpec, outgoing: bool) -> Any:
    edge_type = _edge_type(spec, outgoing)

    async def resolve(root: Any, info: Info[Context, None], as_of: Optional[dt.date] = None) -> Any:
        edges = await info.context.edges(spec.type, outgoing).load(root.row.id)
        return [edge_type(edge=edge) for edge in edges if _holds_at(edge.props, as_of)]

    return strawberry.field(
        resolver=resolve,
        graphql_type=list[edge_type],
        description=spec.description,
    )


def relationship_fields(label: str) -> dict[str, tuple[RelationshipSpec, bool]]:
    """GraphQL field name -> (relationship spec, outgoing?) for a label."""
    fields = {}
    for spec in RELATIONSHIP_SPECS.values():
        if label in spec.from_labels:
            fields[spec.out_field] = (spec, True)
        if label in spec.to_labels:
            fields[spec.in_field] = (spec, False)
    return fields


def _build_node_type(label: str) -> type:
    model = NODE_MODELS[label]
    namespace: dict[str, Any] = {}
    for info in model_fields(model):
        if info.name not in PROVENANCE_FIELDS and info.name not in IDENTITY_FIELDS:
            namespace[info.name] = _property_field(info)
    namespace["wikidata"] = _property_field(next(f for f in model_fields(model) if f.name == "wikidata"))
    for info in model_fields(Provenance):
        if info.name in ("valid_from", "valid_to"):
            namespace[info.name] = _property_field(info)
    for field_name, (spec, outgoing) in relationship_fields(label).items():
        namespace[field_name] = _relationship_field(spec, outgoing)
    cls = type(label, (Entity,), namespace)
    doc = (model.__doc__ or label).strip().splitlines()[0]
    return strawberry.type(cls, description=doc)


for _label in ENTITY_LABELS:
    NODE_TYPES[_label] = _build_node_type(_label)
globals().update(NODE_TYPES)  # LazyType finds the generated types by name in this module


# ---- filters and sorting -------------------------------------------------------------------


@dataclass(frozen=True)
class ListInputs:
    where: type
    sort_field: type[Enum]
    numeric_field: type[Enum] | None


def _build_where(label: str) -> type:
    cls = type(f"{label}Where", (), {})
    annotations: dict[str, Any] = {}
    defaults: dict[str, Any] = {}
    for info in model_fields(NODE_MODELS[label]):
        annotations[info.name] = Optional[_FILTER_TYPES[info.kind]]
        defaults[info.name] = strawberry.field(default=None, name=camel(info.name))
    for field_name in relationship_fields(label):
        annotations[field_name] = Optional[str]
        defaults[field_name] = strawberry.field(
            default=None,
            description="Has this relationship with the entity named (id, name or alias).",
        )
    if "deals" in relationship_fields(label):
        annotations["deal_with"] = Optional[str]
        defaults["deal_with"] = strawberry.field(
            default=None, description="Is party to a deal with the company named (any roles)."
        )
    annotations["AND"] = Optional[list[cls]]
    annotations["OR"] = Optional[list[cls]]
    annotations["NOT"] = Optional[cls]
    for name in ("AND", "OR", "NOT"):
        defaults[name] = strawberry.field(default=None, name=name)
    cls.__annotations__ = annotations
    for name, value in defaults.items():
        setattr(cls, name, value)
    return strawberry.input(cls, description=f"Filter on {label} properties and relationships.")


def _build_list_inputs(label: str) -> ListInputs:
    fields = model_fields(NODE_MODELS[label])
    sortable = [f.name for f in fields if f.kind not in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST)]
    sort_enum = strawberry.enum(Enum(f"{label}SortField", {name.upper(): name for name in sortable}))
    numeric = [f.name for f in fields if f.kind in (FieldKind.INT, FieldKind.FLOAT)]
    numeric_enum = (
        strawberry.enum(Enum(f"{label}NumericField", {n.upper(): n for n in numeric})) if numeric else None
    )
    return ListInputs(_build_where(label), sort_enum, numeric_enum)


LIST_INPUTS: dict[str, ListInputs] = {label: _build_list_inputs(label) for label in ENTITY_LABELS}


@strawberry.input
class SortInput:
    field: str = strawberry.field(description="A property name, e.g. revenue_usd.")
    direction: SortDirection = SortDirection.ASC


__all__ = [
    "LIST_INPUTS",
    "NODE_TYPES",
    "Entity",
    "SortInput",
    "camel",
    "relationship_fields",
    "to_graphql",
]
