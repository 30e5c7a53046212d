"""Introspection of the models: which stored properties a label or type has, and their kinds.

The GraphQL layer, the CSV reader, the RDF vocabulary and the exporters all read fields
through here, so a property added to a model shows up everywhere.
"""

from __future__ import annotations

import datetime as dt
import types
import typing
from dataclasses import dataclass
from enum import Enum, StrEnum
from typing import Any

from pydantic import AnyHttpUrl, BaseModel


class FieldKind(StrEnum):
    STRING = "string"
    INT = "int"
    FLOAT = "float"
    BOOL = "bool"
    DATE = "date"
    STRING_LIST = "string_list"
    ENUM = "enum"
    ENUM_LIST = "enum_list"


@dataclass(frozen=True)
class FieldInfo:
    name: str
    kind: FieldKind
    required: bool
    description: str
    enum: type[Enum] | None = None


# Stored on nodes by ingest for lookup and search; never in data files, never exported.
DERIVED_NODE_PROPERTIES = ("ref_keys", "alias_text")


def _unwrap_optional(annotation: Any) -> Any:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _strip_annotated(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _kind_of(annotation: Any) -> tuple[FieldKind, type[Enum] | None]:
    annotation = _strip_annotated(_unwrap_optional(_strip_annotated(annotation)))
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        item = _strip_annotated(item)
        if isinstance(item, type) and issubclass(item, Enum):
            return FieldKind.ENUM_LIST, item
        return FieldKind.STRING_LIST, None
    if isinstance(annotation, type):
        if issubclass(annotation, Enum):
            return FieldKind.ENUM, annotation
        if issubclass(annotation, bool):
            return FieldKind.BOOL, None
        if issubclass(annotation, int):
            return FieldKind.INT, None
        if issubclass(annotation, float):
            return FieldKind.FLOAT, None
        if issubclass(annotation, dt.date):
            return FieldKind.DATE, None
    if annotation is str or annotation is AnyHttpUrl:
        return FieldKind.STRING, None
    raise TypeError(f"unsupported field annotation {annotation!r}")


def model_fields(model: type[BaseModel]) -> list[FieldInfo]:
    """Stored properties of a model, in declaration order."""
    hints = typing.get_type_hints(model, include_extras=True)
    result = []
    for name, info in model.model_fields.items():
        kind, enum = _kind_of(hints[name])
        result.append(
            FieldInfo(
                name=name,
                kind=kind,
                required=info.is_required(),
                description=info.description or "",
                enum=enum,
            )
        )
    return result
