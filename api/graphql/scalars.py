"""Shared GraphQL types that do not depend on the ontology: filters, paging, sources."""

import datetime as dt
from enum import Enum
from typing import Any

import strawberry


@strawberry.input(description="Conditions on a text property; all given conditions must hold.")
class StringFilter:
    eq: str | None = None
    in_: list[str] | None = strawberry.field(default=None, name="in")
    contains: str | None = strawberry.field(default=None, description="Case-insensitive.")
    starts_with: str | None = strawberry.field(default=None, description="Case-insensitive.")
    is_null: bool | None = None


@strawberry.input(description="Conditions on a number.")
class FloatFilter:
    eq: float | None = None
    in_: list[float] | None = strawberry.field(default=None, name="in")
    lt: float | None = None
    lte: float | None = None
    gt: float | None = None
    gte: float | None = None
    is_null: bool | None = None


@strawberry.input(description="Conditions on an integer.")
class IntFilter:
    eq: int | None = None
    in_: list[int] | None = strawberry.field(default=None, name="in")
    lt: int | None = None
    lte: int | None = None
    gt: int | None = None
    gte: int | None = None
    is_null: bool | None = None


@strawberry.input(description="Conditions on a date.")
class DateFilter:
    eq: dt.date | None = None
    lt: dt.date | None = None
    lte: dt.date | None = None
    gt: dt.date | None = None
    gte: dt.date | None = None
    is_null: bool | None = None


@strawberry.input(description="Conditions on a yes/no property.")
class BoolFilter:
    eq: bool | None = None
    is_null: bool | None = None


@strawberry.input(description="Conditions on a list property.")
class ListFilter:
    includes: str | None = strawberry.field(default=None, description="The list holds this value.")
    is_null: bool | None = None


FILTER_OPERATOR_NAMES = {"in_": "in", "starts_with": "startsWith", "is_null": "isNull"}


def filter_to_ops(value: Any) -> dict[str, Any]:
    """A filter input object -> {operator: value} with the operators graph/ understands."""
    ops = {}
    for name in value.__dataclass_fields__:
        item = getattr(value, name)
        if item is not None:
            ops[FILTER_OPERATOR_NAMES.get(name, name)] = item
    return ops


@strawberry.enum
class SortDirection(Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.type
class PageInfo:
    has_next_page: bool
    end_cursor: str | None


@strawberry.type(description="A publication that facts cite.")
class Source:
    id: strawberry.ID
    title: str
    publisher: str
    date: dt.date
    date_precision: str
    url: str | None

    @classmethod
    def from_props(cls, props: dict[str, Any]) -> "Source":
        return cls(
            id=strawberry.ID(props["id"]),
            title=props["title"],
            publisher=props["publisher"],
            date=props["date"],
            date_precision=props.get("date_precision", "day"),
            url=props.get("url"),
        )


@strawberry.type(description="Count, sum, min, max and mean of a number over matching nodes.")
class AggregateRow:
    group: str | None
    count: int
    counted: int = strawberry.field(description="Nodes where the number is known.")
    sum: float | None
    min: float | None
    max: float | None
    avg: float | None
