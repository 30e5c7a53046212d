"""What a GraphQL request selects below a relationship field -> the projection graph/ reads.

Fields are merged across aliases and fragments (a superset is harmless: it is only read, not
returned). Below an interface (an edge whose far end may carry several labels) only properties
are read ahead; relationships there are read by their own resolvers.
"""

from collections import defaultdict
from collections.abc import Callable, Iterable

from strawberry.types.nodes import FragmentSpread, InlineFragment, SelectedField, Selection

from api.graphql.naming import other_end_name, other_labels, property_names, relationship_fields
from graph.projection import Projection, RelationProjection
from schema.registry import ENTITY_LABEL, NODE_MODELS, RelationshipSpec


def _fields(
    selections: Iterable[Selection], applies: Callable[[str], bool]
) -> dict[str, list[SelectedField]]:
    """Selected fields by name, through fragments whose type condition applies."""
    found: dict[str, list[SelectedField]] = defaultdict(list)
    pending = list(selections)
    while pending:
        selection = pending.pop()
        if isinstance(selection, SelectedField):
            found[selection.name].append(selection)
        elif isinstance(selection, InlineFragment | FragmentSpread) and (
            selection.type_condition is None or applies(selection.type_condition)
        ):
            pending.extend(selection.selections)
    return found


def _below(fields: list[SelectedField]) -> list[Selection]:
    return [selection for field in fields for selection in field.selections]


def node_projection(labels: frozenset[str], selections: list[Selection]) -> Projection:
    if len(labels) != 1:
        fields = _fields(selections, lambda _: True)
        by_label = [property_names(NODE_MODELS[label]) for label in labels]
        return Projection(
            None, frozenset(names[name] for names in by_label for name in fields if name in names)
        )
    (label,) = labels
    fields = _fields(selections, lambda condition: condition in (label, ENTITY_LABEL))
    names = property_names(NODE_MODELS[label])
    by_field = relationship_fields(label)
    relations = tuple(
        relation_projection(*by_field[name], _below(fields[name]))
        for name in sorted(fields)
        if name in by_field
    )
    return Projection(label, frozenset(names[name] for name in fields if name in names), relations)


def relation_projection(
    spec: RelationshipSpec, outgoing: bool, selections: list[Selection]
) -> RelationProjection:
    fields = _fields(selections, lambda _: True)  # edge types are object types: no type conditions
    edge_names = property_names(spec.model)
    labels = other_labels(spec, outgoing)
    node_fields = ["node"] + ([other_end_name(next(iter(labels)))] if len(labels) == 1 else [])
    node_selections = [selection for name in node_fields for selection in _below(fields.get(name, []))]
    return RelationProjection(
        spec.type,
        outgoing,
        frozenset(edge_names[name] for name in fields if name in edge_names),
        node_projection(labels, node_selections),
    )
