"""Direct execution of plain reads: one Cypher read per root field that returns the answer
itself.

graphql-core completes an answer field by field (resolve info, argument coercion, awaitable
checks, object and list completion): several microseconds per field in Python, more than reading
the same data from Neo4j. For the commonest requests — an entity by ref, or a page of a list,
with properties and relationships nested below — the selection is compiled to one read whose
rows already hold the answer: response keys in selection order, leaves in their output formats
(graph.shaped_read), so the driver's values go to the JSON encoder as they are.

Only the shapes below are taken; everything else (fragments, directives, filters, `sources`,
interfaces, questions, mutations) and every error goes through graphql-core's general path, which
produces the same answer and reports errors with their locations and paths. So does a stored
value the output format cannot hold as it is (the read stops, see graph.shaped_read). Validation,
limits and extensions run as for any request: this replaces only the execution step. A test runs
a corpus of requests both ways and compares the answers.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
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
from graph import list_queries
from graph.errors import DatabaseUnavailableError, QueryLimitError
from graph.shaped_read import Constant, Entry, Format, Other, Relation, Shape, Value, shaped_by_ref
from schema.registry import NODE_MODELS, RelationshipSpec


class NotDirectError(Exception):
    """This request, or this run of it, needs the general executor."""


_PLURALS = {plural: label for label, plural in PLURALS.items()}
_LOOKUPS = {singular(label): label for label in NODE_MODELS}
# The output formats of the scalars that stored properties have (graph.shaped_read writes them as
# graphql-core and strawberry would: ID and String as the stored text, Date in ISO form).
_FORMATS: dict[str, Format] = {
    "String": "string",
    "ID": "string",
    "Int": "int",
    "Float": "float",
    "Boolean": "bool",
    "Date": "date",
}


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

    def value(self, field_def: GraphQLField, attribute: str) -> Value:
        named, nullable, is_list = _unwrap(field_def.type)
        output = _FORMATS.get(named.name)
        if output is None or (is_list and output != "string"):
            raise NotDirectError
        # A stored list that is absent answers [] (as the entity types' defaults do).
        return Value(attribute, "string_list" if is_list else output, nullable or is_list)

    def node(self, label: str, selection_set: SelectionSetNode | None) -> Shape:
        graphql_type = self.schema.type_map[label]
        entries: list[tuple[str, Entry]] = []
        relations = relationship_fields(label)
        properties = property_names(NODE_MODELS[label])
        for node in self.fields(selection_set):
            key, name = (node.alias or node.name).value, node.name.value
            if name in ("__typename", "label"):
                entries.append((key, Constant(label)))
            elif name in properties and name != "sources":  # sources resolve to Source objects
                entries.append((key, self.value(graphql_type.fields[name], properties[name])))
            elif name in relations:
                spec, outgoing = relations[name]
                field_def = graphql_type.fields[name]
                arguments = self.arguments(field_def, node)
                as_of = arguments.get("as_of", arguments.get("asOf"))
                entries.append((key, self.relation(spec, outgoing, as_of, field_def, node.selection_set)))
            else:
                raise NotDirectError  # sources and anything else with its own resolver
        return Shape(tuple(entries))

    def relation(
        self,
        spec: RelationshipSpec,
        outgoing: bool,
        as_of: dt.date | None,
        field_def: GraphQLField,
        selection_set: SelectionSetNode | None,
    ) -> Relation:
        edge_type, _, _ = _unwrap(field_def.type)
        other = _other_label(spec, outgoing)
        edge_props = property_names(spec.model)
        entries: list[tuple[str, Entry]] = []
        for node in self.fields(selection_set):
            key, name = (node.alias or node.name).value, node.name.value
            if name == "__typename":
                entries.append((key, Constant(edge_type.name)))
            elif name in ("node", other_end_name(other)):
                entries.append((key, Other(self.node(other, node.selection_set).entries)))
            elif name in edge_props and name != "sources":  # sources resolve to Source objects
                entries.append((key, self.value(edge_type.fields[name], edge_props[name])))
            else:
                raise NotDirectError
        return Relation(spec.type, outgoing, as_of, tuple(entries))


@dataclass
class ListPlan:
    label: str
    connection_type: GraphQLObjectType
    arguments: dict[str, Any]
    entries: list[tuple[str, Any]]  # response key -> ("totalCount"|"pageInfo"|"edges"|"nodes", ...)
    node: Shape


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
    if any(plan != plans[0] for plan in plans[1:]):
        raise NotDirectError  # `nodes` and `edges.node` selecting different fields
    return ListPlan(label, connection_type, arguments, entries, plans[0] if plans else Shape(()))


# Each root field's response key, its node (errors are located at it) and its plan.
Roots = list[tuple[str, FieldNode, Any]]


@dataclass
class LookupPlan:
    label: str
    ref: str
    node: Shape


def _is_connection(field_def: GraphQLField) -> bool:
    """A generated list field (a question may take a plural's name, e.g. `claims(about:)`)."""
    named, _, _ = _unwrap(field_def.type)
    return str(named.name).endswith("Connection")


def plan_operation(executor: Any) -> Roots | None:
    """Root response key -> plan, when every root field of the operation can be taken directly."""
    operation = executor.operation
    if operation.operation != OperationType.QUERY or operation.directives:
        return None
    planner = Planner(executor)
    query_type = executor.schema.query_type
    roots: Roots = []
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


async def _lookup(context: Any, plan: LookupPlan) -> dict[str, Any]:
    found = await shaped_by_ref(context.driver, plan.ref, plan.label, plan.node, context.database)
    if found is None:
        raise NotDirectError  # unknown or ambiguous: the general path names the candidates
    return found


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
        shape=plan.node,
    )
    nodes = page.answers or []
    answer: dict[str, Any] = {}
    for key, entry in plan.entries:
        if isinstance(entry, Constant):
            answer[key] = entry.value
        elif entry == "totalCount":
            answer[key] = page.total
        elif entry == "nodes":
            answer[key] = nodes
        elif entry[0] == "pageInfo":
            last = page.keys[-1] if page.keys else None
            end = list_queries.cursor(sort_field, *last) if last else None
            values = {"hasNextPage": page.has_next, "endCursor": end, "__typename": entry[1]}
            answer[key] = {sub_key: values[name] for sub_key, name in entry[2]}
        else:
            answer[key] = _connection_edges(entry, nodes, page)
    return answer


def _connection_edges(
    entry: Any, nodes: list[dict[str, Any]], page: list_queries.Page
) -> list[dict[str, Any]]:
    _, type_name, wanted = entry
    wants_cursor = any(name == "cursor" for _, name in wanted)
    cursors = list_queries.cursors(page.sort_field, page.keys or []) if wants_cursor else [None] * len(nodes)
    return list(map(_edge_maker(type_name, tuple(wanted)), cursors, nodes))


@lru_cache(maxsize=256)
def _edge_maker(type_name: str, wanted: tuple[tuple[str, str], ...]) -> Callable[[Any, Any], dict[str, Any]]:
    """One edge object from (cursor, node), its keys in selection order: written out as one dict
    display per selection (`lambda c, n: {'cursor': c, 'node': n}`), as graph.shaped_read does for
    objects; a page has one edge per row. Only repr() of response keys and the type name go in."""
    values = {"cursor": "c", "node": "n", "__typename": repr(type_name)}
    items = ", ".join(f"{key!r}: {values[name]}" for key, name in wanted)
    code = compile(f"lambda c, n: {{{items}}}", "<api.graphql.direct edge>", "eval")
    made: Callable[[Any, Any], dict[str, Any]] = eval(code, {"__builtins__": {}})  # noqa: S307  # keys made above
    return made


async def run_plan(context: Any, roots: Roots) -> ExecutionResult:
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
