"""GraphQL node, edge, filter and sort types, generated from the ontology in `schema/`.

Adding a property or relationship to a model adds it here with nothing else to change.
(No `from __future__ import annotations`: the generated resolvers carry real types.)
"""

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.financials import COMPANY_FIELDS
from api.graphql.naming import camel, other_end_name, other_labels, pascal, relationship_fields
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
from graph.projection import holds_at
from graph.reads import EdgeRow, EntityRow
from schema.base import Provenance
from schema.fields import FieldInfo, FieldKind, model_fields
from schema.registry import ENTITY_LABELS, NODE_MODELS, RelationshipSpec

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


def _graphql_scalar(info: FieldInfo) -> Any:
    scalar = strawberry.ID if info.name == "id" else _SCALAR_TYPES[info.kind]
    return (
        scalar
        if info.required or info.kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST)
        else Optional[scalar]
    )


def _is_list(info: FieldInfo) -> bool:
    return info.kind in (FieldKind.STRING_LIST, FieldKind.ENUM_LIST)


def _property_field(info: FieldInfo) -> Any:
    """A plain attribute: the object carries the stored value, so no resolver runs per field."""
    return strawberry.field(
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
    id: strawberry.ID
    name: str
    label: str
    aliases: list[str]
    description: str | None

    @strawberry.field(description="Sources cited for this entity.")
    async def sources(self, info: Info[Context, None]) -> list[Source]:
        return await _resolve_sources(self, info)

    as_of: dt.date
    confidence: str


# Fields worked out by a question rather than stored (they have their own resolvers).
COMPUTED_FIELDS: dict[str, dict[str, Any]] = {"Company": COMPANY_FIELDS}
NODE_TYPES: dict[str, type] = {}
EDGE_TYPES: dict[tuple[str, bool], type] = {}
# Per generated type, every plain attribute with its value when the stored item lacks it.
_ABSENT: dict[type, dict[str, Any]] = {}


def _absent_values(fields: list[FieldInfo]) -> dict[str, Any]:
    return {info.name: [] if _is_list(info) else None for info in fields if info.name != "sources"}


def _plain_object(cls: type, props: dict[str, Any], **extra: Any) -> Any:
    """Build a generated type's object without its dataclass __init__ (dozens of arguments per
    node): its attributes are the stored properties, read by strawberry's default resolver."""
    obj = cls.__new__(cls)
    values = obj.__dict__
    values.update(_ABSENT[cls])
    values.update(props)
    values.pop("sources", None)  # the `sources` field resolves ids to Source objects
    values.update(extra)
    return obj


def to_graphql(row: EntityRow) -> Any:
    """A stored node -> the generated GraphQL object of its label."""
    return _plain_object(NODE_TYPES[row.label], row.props, row=row, label=row.label)


def _edge_type(spec: RelationshipSpec, outgoing: bool) -> type:
    key = (spec.type, outgoing)
    if key in EDGE_TYPES:
        return EDGE_TYPES[key]
    field_name = spec.out_field if outgoing else spec.in_field
    others = other_labels(spec, outgoing)
    node_type: Any = strawberry.LazyType(next(iter(others)), __name__) if len(others) == 1 else Entity
    namespace: dict[str, Any] = {
        "__annotations__": {"edge": strawberry.Private[EdgeRow]},
        "node": strawberry.field(graphql_type=node_type, description="The entity at the other end."),
    }
    if len(others) == 1:
        namespace[other_end_name(next(iter(others)))] = strawberry.field(graphql_type=node_type)
    for info in model_fields(spec.model):
        if info.name not in PROVENANCE_FIELDS:
            namespace[info.name] = _property_field(info)
    namespace["sources"] = strawberry.field(resolver=_resolve_sources, description="Sources cited.")
    for info in model_fields(Provenance):
        if info.name != "sources":
            namespace[info.name] = _property_field(info)
    cls = type(f"{pascal(field_name)}Edge", (), namespace)
    EDGE_TYPES[key] = strawberry.type(cls, description=spec.description)
    _ABSENT[EDGE_TYPES[key]] = _absent_values(model_fields(spec.model))
    return EDGE_TYPES[key]


def to_graphql_edge(edge_type: type, edge: EdgeRow) -> Any:
    node = to_graphql(edge.other)
    extra = {"edge": edge, "node": node}
    if edge.other.label in NODE_MODELS:
        extra[other_end_name(edge.other.label)] = node
    return _plain_object(edge_type, edge.props, **extra)


def _relationship_field(spec: RelationshipSpec, outgoing: bool) -> Any:
    edge_type = _edge_type(spec, outgoing)

    async def resolve(root: Any, info: Info[Context, None], as_of: Optional[dt.date] = None) -> Any:
        row: EntityRow = root.row
        edges = row.preloaded.get((spec.type, outgoing)) if row.preloaded is not None else None
        if edges is None:
            # One query for this level and every level selected below it, for all parents.
            relation = info.context.relation_projection(spec, outgoing, row.label, info)
            edges = await info.context.edges(relation).load(row.id)
        return [to_graphql_edge(edge_type, edge) for edge in edges if holds_at(edge.props, as_of)]

    return strawberry.field(
        resolver=resolve,
        graphql_type=list[edge_type],
        description=spec.description,
    )


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
    namespace.update(COMPUTED_FIELDS.get(label, {}))
    cls = type(label, (Entity,), namespace)
    doc = (model.__doc__ or label).strip().splitlines()[0]
    node_type = strawberry.type(cls, description=doc)
    _ABSENT[node_type] = _absent_values(model_fields(model))
    return node_type


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
