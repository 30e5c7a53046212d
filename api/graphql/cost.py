"""A static cost estimate that refuses very expensive requests before they run.

Each field costs 1; a list field multiplies the cost of what it selects by its page size, so
nested lists are priced as the rows they could return. The page size is `first` when given as a
literal, else a default fan-out: validation runs before variables are bound (a `first` over the
page-size limit is refused when the field runs). Runs as a GraphQL validation rule, so a refusal
is an ordinary validation error.
"""

from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    ValidationContext,
    ValidationRule,
)

DEFAULT_FAN_OUT = 10
MAX_NESTING = 50


def _unwrap(graphql_type: Any) -> tuple[Any, bool]:
    is_list = False
    while isinstance(graphql_type, GraphQLNonNull | GraphQLList):
        is_list = is_list or isinstance(graphql_type, GraphQLList)
        graphql_type = graphql_type.of_type
    return graphql_type, is_list


class _Estimator:
    def __init__(self, context: ValidationContext) -> None:
        self.schema = context.schema
        self.fragments = {
            d.name.value: d for d in context.document.definitions if isinstance(d, FragmentDefinitionNode)
        }

    def fan_out(self, node: FieldNode) -> int | None:
        for argument in node.arguments or ():
            if argument.name.value in ("first", "maxLength"):
                value = argument.value
                if isinstance(value, IntValueNode):
                    return max(1, int(value.value))
        return None

    def cost(
        self, selection_set: SelectionSetNode | None, parent: Any, depth: int = 0, page: int | None = None
    ) -> int:
        """`page` is a `first` given on a connection field, which sizes the lists inside it."""
        if selection_set is None or depth > MAX_NESTING:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                fields = getattr(parent, "fields", {})
                definition = fields.get(selection.name.value)
                if definition is None:  # __typename, or an unknown field other rules report
                    total += 1
                    continue
                inner_type, is_list = _unwrap(definition.type)
                first = self.fan_out(selection)
                if is_list:
                    multiplier = first or page or DEFAULT_FAN_OUT
                    inner = self.cost(selection.selection_set, inner_type, depth + 1)
                else:  # a connection: its `first` sizes its edges and nodes
                    multiplier = 1
                    inner = self.cost(selection.selection_set, inner_type, depth + 1, first)
                total += 1 + multiplier * inner
            elif isinstance(selection, InlineFragmentNode):
                condition = (
                    self.schema.get_type(selection.type_condition.name.value)
                    if selection.type_condition
                    else parent
                )
                total += self.cost(selection.selection_set, condition, depth + 1, page)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = self.fragments.get(selection.name.value)
                if fragment is not None:
                    condition = self.schema.get_type(fragment.type_condition.name.value)
                    total += self.cost(fragment.selection_set, condition, depth + 1, page)
        return total


def cost_rule(max_cost: int) -> type[ValidationRule]:
    class CostLimit(ValidationRule):
        def enter_operation_definition(self, node: OperationDefinitionNode, *_: Any) -> None:
            root: GraphQLObjectType | None = self.context.schema.query_type
            cost = _Estimator(self.context).cost(node.selection_set, root)
            if cost > max_cost:
                self.report_error(
                    GraphQLError(
                        f"query cost {cost} exceeds the limit of {max_cost}: ask for fewer items per "
                        "list (first) or fewer nested lists",
                        node,
                    )
                )

    return CostLimit
