"""Direct execution of plain reads: one Cypher read per root field, the answer built as it
comes back.

graphql-core completes an answer field by field (resolve info, argument coercion, awaitable
checks, object and list completion): several microseconds per field in Python, more than reading
the same data from Neo4j. For the commonest requests — an entity by ref, or a page of a list,
with properties and relationships nested below — the projected read already holds the whole
answer, so it is built here directly, in selection order, each leaf coerced by its GraphQL type.

Only the shapes below are taken; everything else (fragments, directives, filters, `sources`,
interfaces, questions, mutations) and every error goes through graphql-core's general path, which
produces the same answer and reports errors with their locations and paths. Validation, limits
and extensions run as for any request: this replaces only the execution step. A test runs a
corpus of requests both ways and compares the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from graphql import (
    ExecutionResult,
    FieldNode,
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    GraphQLOutputType,
    OperationType,
    SelectionSetNode,
    is_leaf_type,
    located_error,
)
from graphql.execution.values import get_argument_values

from api.graphql.naming import (
    PLURALS,
    other_end_name,
    other_labels,
    property_names,
    relationship_fields,
    singular,
)
from graph import list_queries, projection
from graph.errors import DatabaseUnavailableError, QueryLimitError
from graph.projection import Projection, RelationProjection, holds_at, merge, relation_map_key
from graph.serialize import native_property
from schema.registry import NODE_MODELS, RelationshipSpec


class NotDirectError(Exception):
    """This request, or this run of it, needs the general executor."""


_PLURALS = {plural: label for label, plural in PLURALS.items()}
_LOOKUPS = {singular(label): label for label in NODE_MODELS}


@dataclass(frozen=True)
class Leaf:
    """A stored value and how its GraphQL type completes it."""

    attribute: str
    coerce: Callable[[Any], Any]
    nullable: bool
    is_list: bool

    def complete(self, props: dict[str, Any]) -> Any:
        value = props.get(self.attribute)
        if value is None:
            if self.is_list:
                return []
            if self.nullable:
                return None
            raise NotDirectError
        try:
            value = native_property(value)  # Neo4j dates to Python's, as the scalars expect
            coerced = [self.coerce(item) for item in value] if self.is_list else self.coerce(value)
        except Exception as error:  # the general path reports it as a field error
            raise NotDirectError from error
        if coerced is None or (self.is_list and any(item is None for item in coerced)):
            raise NotDirectError
        return coerced


@dataclass
class NodePlan:
    label: str
    entries: list[tuple[str, Any]] = field(default_factory=list)  # response key -> what goes there

    def projection(self) -> Projection:
        props = {entry.attribute for _, entry in self.entries if isinstance(entry, Leaf)}
        read = Projection(self.label, frozenset(props))
        for _, entry in self.entries:
            if isinstance(entry, RelationPlan):  # the same relationship may be selected twice
                read = merge(read, Projection(self.label, frozenset(), (entry.projection(),)))
        return read


@dataclass
class RelationPlan:
    spec: RelationshipSpec
    outgoing: bool
    as_of: dt.date | None
    entries: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def map_key(self) -> str:
        return relation_map_key(self.spec.type, self.outgoing)

    def projection(self) -> RelationProjection:
        edge_props = {entry.attribute for _, entry in self.entries if isinstance(entry, Leaf)}
        other = Projection(_other_label(self.spec, self.outgoing), frozenset())
        for _, entry in self.entries:
            if isinstance(entry, NodePlan):  # `node` and its second name, e.g. `company`
                other = merge(other, entry.projection())
        return RelationProjection(self.spec.type, self.outgoing, frozenset(edge_props), other)


@dataclass(frozen=True)
class Constant:
    value: Any


def _other_label(spec: RelationshipSpec, outgoing: bool) -> str:
    labels = other_labels(spec, outgoing)
    if len(labels) != 1:
        raise NotDirectError  # an interface at the far end
    return next(iter(labels))


def _unwrap(graphql_type: GraphQLOutputType) -> tuple[Any, bool, bool]:
    """(named type, nullable, is a list of non-null items)."""
    nullable = not isinstance(graphql_type, GraphQLNonNull)
    inner = graphql_type.of_type if isinstance(graphql_type, GraphQLNonNull) else graphql_type
    if isinstance(inner, GraphQLList):
        if not isinstance(inner.of_type, GraphQLNonNull):
            raise NotDirectError
        return inner.of_type.of_type, nullable, True
    return inner, nullable, False


class Planner:
    """Reads the operation's selections into plans, or raises NotDirectError."""

    def __init__(self, executor: Any) -> None:
        self.executor = executor
        self.schema = executor.schema

    def fields(self, selection_set: SelectionSetNode | None) -> list[FieldNode]:
        if selection_set is None:
            raise NotDirectError
        nodes = []
        keys = set()
        for selection in selection_set.selections:
            if not isinstance(selection, FieldNode) or selection.directives:
                raise NotDirectError  # fragments and @skip/@include: the general path merges them
            key = (selection.alias or selection.name).value
            if key in keys:
                raise NotDirectError
            keys.add(key)
            nodes.append(selection)
        return nodes

    def arguments(self, field_def: GraphQLField, node: FieldNode) -> dict[str, Any]:
        return get_argument_values(field_def, node, self.executor.variable_values)

    def leaf(self, field_def: GraphQLField, attribute: str) -> Leaf:
        named, nullable, is_list = _unwrap(field_def.type)
        if not is_leaf_type(named):
            raise NotDirectError
        return Leaf(attribute, named.coerce_output_value, nullable, is_list)

    def node(self, label: str, selection_set: SelectionSetNode | None) -> NodePlan:
        graphql_type = self.schema.type_map[label]
        plan = NodePlan(label)
        relations = relationship_fields(label)
        properties = property_names(NODE_MODELS[label])
        for node in self.fields(selection_set):
            key, name = (node.alias or node.name).value, node.name.value
            if name in ("__typename", "label"):
                plan.entries.append((key, Constant(label)))
            elif name in properties and name != "sources":  # sources resolve to Source objects
                plan.entries.append((key, self.leaf(graphql_type.fields[name], properties[name])))
            elif name in relations:
                spec, outgoing = relations[name]
                field_def = graphql_type.fields[name]
                arguments = self.arguments(field_def, node)
                as_of = arguments.get("as_of", arguments.get("asOf"))
                plan.entries.append(
                    (key, self.relation(spec, outgoing, as_of, field_def, node.selection_set))
                )
            else:
                raise NotDirectError  # sources and anything else with its own resolver
        return plan

    def relation(
        self,
        spec: RelationshipSpec,
        outgoing: bool,
        as_of: dt.date | None,
        field_def: GraphQLField,
        selection_set: SelectionSetNode | None,
    ) -> RelationPlan:
        edge_type, _, _ = _unwrap(field_def.type)
        other = _other_label(spec, outgoing)
        edge_props = property_names(spec.model)
        plan = RelationPlan(spec, outgoing, as_of)
        for node in self.fields(selection_set):
            key, name = (node.alias or node.name).value, node.name.value
            if name == "__typename":
                plan.entries.append((key, Constant(edge_type.name)))
            elif name in ("node", other_end_name(other)):
                plan.entries.append((key, self.node(other, node.selection_set)))
            elif name in edge_props and name != "sources":  # sources resolve to Source objects
                plan.entries.append((key, self.leaf(edge_type.fields[name], edge_props[name])))
            else:
                raise NotDirectError
        return plan


@dataclass
class ListPlan:
    label: str
    connection_type: GraphQLObjectType
    arguments: dict[str, Any]
    entries: list[tuple[str, Any]]  # response key -> ("totalCount"|"pageInfo"|"edges"|"nodes", ...)
    node: NodePlan


def _list_plan(planner: Planner, label: str, field_def: GraphQLField, node: FieldNode) -> ListPlan:
    arguments = planner.arguments(field_def, node)
    if arguments.get("where") is not None:
        raise NotDirectError  # filters: the general path resolves their refs
    connection_type, _, _ = _unwrap(field_def.type)
    node_selections: list[SelectionSetNode | None] = []
    entries: list[tuple[str, Any]] = []
    for child in planner.fields(node.selection_set):
        key, name = (child.alias or child.name).value, child.name.value
        if name == "__typename":
            entries.append((key, Constant(connection_type.name)))
        elif name == "totalCount":
            entries.append((key, "totalCount"))
        elif name == "pageInfo":
            page_info_type, _, _ = _unwrap(connection_type.fields[name].type)
            wanted = [((n.alias or n.name).value, n.name.value) for n in planner.fields(child.selection_set)]
            if any(name not in ("hasNextPage", "endCursor", "__typename") for _, name in wanted):
                raise NotDirectError
            entries.append((key, ("pageInfo", page_info_type.name, wanted)))
        elif name == "nodes":
            node_selections.append(child.selection_set)
            entries.append((key, "nodes"))
        elif name == "edges":
            edge_type, _, _ = _unwrap(connection_type.fields[name].type)
            wanted = []
            for edge_child in planner.fields(child.selection_set):
                edge_key, edge_name = (edge_child.alias or edge_child.name).value, edge_child.name.value
                if edge_name == "node":
                    node_selections.append(edge_child.selection_set)
                elif edge_name not in ("cursor", "__typename"):
                    raise NotDirectError
                wanted.append((edge_key, edge_name))
            entries.append((key, ("edges", edge_type.name, wanted)))
        else:
            raise NotDirectError
    plans = [planner.node(label, selection) for selection in node_selections]
    if any(
        plan.projection() != plans[0].projection() or plan.entries != plans[0].entries for plan in plans[1:]
    ):
        raise NotDirectError  # `nodes` and `edges.node` selecting different fields
    return ListPlan(label, connection_type, arguments, entries, plans[0] if plans else NodePlan(label))


@dataclass
class LookupPlan:
    label: str
    ref: str
    node: NodePlan


def _is_connection(field_def: GraphQLField) -> bool:
    """A generated list field (a question may take a plural's name, e.g. `claims(about:)`)."""
    named, _, _ = _unwrap(field_def.type)
    return str(named.name).endswith("Connection")


def plan_operation(executor: Any) -> list[tuple[str, FieldNode, Any]] | None:
    """Root response key -> plan, when every root field of the operation can be taken directly."""
    operation = executor.operation
    if operation.operation != OperationType.QUERY or operation.directives:
        return None
    planner = Planner(executor)
    query_type = executor.schema.query_type
    roots: list[tuple[str, FieldNode, Any]] = []
    try:
        for node in planner.fields(operation.selection_set):
            key, name = (node.alias or node.name).value, node.name.value
            field_def = query_type.fields.get(name)
            if name in _LOOKUPS and field_def is not None:
                ref = planner.arguments(field_def, node)["ref"]
                label = _LOOKUPS[name]
                roots.append((key, node, LookupPlan(label, ref, planner.node(label, node.selection_set))))
            elif name in _PLURALS and field_def is not None and _is_connection(field_def):
                roots.append((key, node, _list_plan(planner, _PLURALS[name], field_def, node)))
            else:
                return None
    except NotDirectError:
        return None
    return roots


# ---- running a plan -------------------------------------------------------------------------


def build_node(values: dict[str, Any], plan: NodePlan) -> dict[str, Any]:
    """The answer for one node from its projected map (see graph.projection.node_map), where
    each relationship's [edge properties, other node] pairs are under its map key."""

    def edges(relation: RelationPlan) -> list[dict[str, Any]]:
        answers = []
        for edge, other in sorted(values[relation.map_key], key=_other_id):
            if holds_at(edge, relation.as_of):
                answers.append(_answer(relation.entries, edge, partial(build_node, other)))
        return answers

    return _answer(plan.entries, values, edges)


def _answer(
    entries: list[tuple[str, Any]], props: dict[str, Any], nested: Callable[[Any], Any]
) -> dict[str, Any]:
    """Response keys in selection order: stored values, constants, and what `nested` makes of
    the rest (a node's relationships, an edge's node)."""
    answer: dict[str, Any] = {}
    for key, entry in entries:
        if isinstance(entry, Leaf):
            answer[key] = entry.complete(props)
        elif isinstance(entry, Constant):
            answer[key] = entry.value
        else:
            answer[key] = nested(entry)
    return answer


def _other_id(pair: list[Any]) -> Any:
    return pair[1]["id"]


async def _lookup(context: Any, plan: LookupPlan) -> dict[str, Any]:
    found = await projection.projected_by_ref(
        context.driver, plan.ref, plan.node.projection(), context.database
    )
    if found is None:
        raise NotDirectError  # unknown or ambiguous: the general path names the candidates
    return build_node(found, plan.node)


async def _list(context: Any, plan: ListPlan) -> dict[str, Any]:
    arguments = plan.arguments
    first = arguments.get("first", 50)
    if not 0 <= first <= context.settings.max_page_size:
        raise NotDirectError  # the general path raises the page-size error
    sort = arguments.get("sort")
    sort_field = str(getattr(sort, "value", sort)) if sort is not None else "id"
    direction = arguments.get("direction")
    page = await list_queries.list_entities(
        context.driver,
        context.database,
        plan.label,
        where=None,
        sort_field=sort_field,
        descending=str(getattr(direction, "value", direction)) == "DESC",
        first=first,
        after=arguments.get("after"),
        projection=plan.node.projection(),
    )
    cursors = [list_queries.encode_cursor(sort_field, row) for row in page.rows]
    maps = page.maps or []
    answer: dict[str, Any] = {}
    for key, entry in plan.entries:
        if isinstance(entry, Constant):
            answer[key] = entry.value
        elif entry == "totalCount":
            answer[key] = page.total
        elif entry == "nodes":
            answer[key] = [build_node(values, plan.node) for values in maps]
        elif entry[0] == "pageInfo":
            values = {"hasNextPage": page.has_next, "endCursor": cursors[-1] if cursors else None}
            values["__typename"] = entry[1]
            answer[key] = {sub_key: values[name] for sub_key, name in entry[2]}
        else:
            answer[key] = [
                _connection_edge(entry, values, cursor, plan.node)
                for values, cursor in zip(maps, cursors, strict=True)
            ]
    return answer


def _connection_edge(entry: Any, values: dict[str, Any], cursor: str, node: NodePlan) -> dict[str, Any]:
    _, type_name, wanted = entry
    answer: dict[str, Any] = {}
    for key, name in wanted:
        answer[key] = (
            cursor if name == "cursor" else type_name if name == "__typename" else build_node(values, node)
        )
    return answer


async def run_plan(context: Any, roots: list[tuple[str, FieldNode, Any]]) -> ExecutionResult:
    """The answer; NotDirectError (or a user's error, such as an unknown ref) to hand the request to
    the general path. An outage or a timeout is reported here rather than met twice."""
    data: dict[str, Any] = {}
    for key, node, plan in roots:
        try:
            data[key] = await (
                _lookup(context, plan) if isinstance(plan, LookupPlan) else _list(context, plan)
            )
        except (DatabaseUnavailableError, QueryLimitError) as error:
            # Every root field is non-null, so its error nulls the whole answer.
            return ExecutionResult(data=None, errors=[located_error(error, [node], [key])])
    return ExecutionResult(data=data, errors=None)
