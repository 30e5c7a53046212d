"""Root fields per label: lookup by ref, and lists with filters, sort, cursor pages, aggregates."""

from typing import Any, Optional

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import LIST_INPUTS, NODE_TYPES, to_graphql
from api.graphql.naming import PLURALS, camel, relationship_fields, singular
from api.graphql.scalars import AggregateRow, PageInfo, SortDirection, filter_to_ops
from graph import list_queries, reads
from graph.errors import ComputeGraphError
from schema.registry import ENTITY_LABELS


class PageSizeError(ComputeGraphError):
    """`first` outside the allowed range."""


async def where_tree(label: str, where: Any, info: Info[Context, None]) -> dict[str, Any] | None:
    """A generated `...Where` input -> the filter tree graph/ compiles; refs resolved to ids."""
    if where is None:
        return None
    rel_fields = relationship_fields(label)
    tree: dict[str, Any] = {}
    for name in where.__dataclass_fields__:
        value = getattr(where, name)
        if value is None:
            continue
        if name in ("AND", "OR"):
            tree[name] = [await where_tree(label, item, info) for item in value]
        elif name == "NOT":
            tree[name] = await where_tree(label, value, info)
        elif name == "deal_with":
            other = await reads.resolve_ref(info.context.driver, value, info.context.database)
            tree[name] = list_queries.CounterpartyFilter(other.id)
        elif name in rel_fields:
            spec, outgoing = rel_fields[name]
            other = await reads.resolve_ref(info.context.driver, value, info.context.database)
            tree[name] = list_queries.RelationFilter(spec.type, outgoing, other.id)
        else:
            tree[name] = filter_to_ops(value)
    return tree


def _connection_types(label: str) -> tuple[type, type]:
    node_type = NODE_TYPES[label]

    @strawberry.type(name=f"{label}Edge")
    class Edge:
        cursor: str
        node: node_type

    @strawberry.type(name=f"{label}Connection")
    class Connection:
        edges: list[Edge]
        page_info: PageInfo
        total_count: int

        @strawberry.field
        def nodes(self) -> list[node_type]:
            return [edge.node for edge in self.edges]

    return Connection, Edge


def _lookup_field(label: str) -> Any:
    async def resolve(info: Info[Context, None], ref: str) -> Any:
        row = await reads.resolve_ref(info.context.driver, ref, info.context.database, label)
        return to_graphql(row)

    return strawberry.field(
        resolver=resolve,
        graphql_type=NODE_TYPES[label],
        description=f"The {label} named by ref: its id, name or an alias (case-insensitive).",
    )


def _list_field(label: str) -> Any:
    inputs = LIST_INPUTS[label]
    connection, connection_edge = _connection_types(label)

    async def resolve(
        info: Info[Context, None],
        where: Optional[inputs.where] = None,  # noqa: UP045
        sort: Optional[inputs.sort_field] = None,  # noqa: UP045
        direction: SortDirection = SortDirection.ASC,
        first: int = 50,
        after: Optional[str] = None,  # noqa: UP045
    ) -> Any:
        limit = info.context.settings.max_page_size
        if not 0 <= first <= limit:
            raise PageSizeError(f"first must be between 0 and {limit} (got {first})")
        tree = await where_tree(label, where, info)
        sort_field = sort.value if sort is not None else "id"
        page = await list_queries.list_entities(
            info.context.driver,
            info.context.database,
            label,
            where=tree,
            sort_field=sort_field,
            descending=direction == SortDirection.DESC,
            first=first,
            after=after,
        )
        edges = [
            connection_edge(
                cursor=list_queries.encode_cursor(sort_field, row),
                node=to_graphql(row),
            )
            for row in page.rows
        ]
        return connection(
            edges=edges,
            page_info=PageInfo(has_next_page=page.has_next, end_cursor=edges[-1].cursor if edges else None),
            total_count=page.total,
        )

    return strawberry.field(
        resolver=resolve,
        graphql_type=connection,
        description=f"{label} nodes: filter, sort, keyset cursor pages.",
    )


def _aggregate_field(label: str) -> Any | None:
    inputs = LIST_INPUTS[label]
    if inputs.numeric_field is None:
        return None

    async def resolve(
        info: Info[Context, None],
        field: inputs.numeric_field,
        where: Optional[inputs.where] = None,  # noqa: UP045
        group_by: Optional[inputs.sort_field] = None,  # noqa: UP045
    ) -> list[AggregateRow]:
        tree = await where_tree(label, where, info)
        rows = await list_queries.aggregate(
            info.context.driver,
            info.context.database,
            label,
            where=tree,
            numeric_field=field.value,
            group_by=group_by.value if group_by else None,
        )
        return [AggregateRow(**row) for row in rows]

    return strawberry.field(
        resolver=resolve,
        description=f"Count/sum/min/max/avg over {label} nodes, optionally grouped by a property.",
    )


def generated_root_fields() -> dict[str, Any]:
    fields: dict[str, Any] = {}
    for label in ENTITY_LABELS:
        fields[singular(label)] = _lookup_field(label)
        fields[PLURALS[label]] = _list_field(label)
        aggregate = _aggregate_field(label)
        if aggregate is not None:
            fields[camel(PLURALS[label]) + "Aggregate"] = aggregate
    return fields
