"""A static cost estimate that refuses very expensive requests before they run.

Each field costs 1; a list field multiplies the cost of what it selects by its page size
(`first`, else a default fan-out), so nested lists are priced as the rows they could return.
"""

from typing import Any

from graphql import (
    FieldNode,
    FragmentDefinitionNode,
    FragmentSpreadNode,
    GraphQLError,
    InlineFragmentNode,
    IntValueNode,
    OperationDefinitionNode,
    SelectionSetNode,
    VariableNode,
)
from strawberry.extensions import SchemaExtension

DEFAULT_FAN_OUT = 10


class CostLimiter(SchemaExtension):
    def __init__(self, *, max_cost: int, max_page_size: int) -> None:
        self.max_cost = max_cost
        self.max_page_size = max_page_size

    def on_validate(self) -> Any:
        document = self.execution_context.graphql_document
        if document is not None:
            fragments = {
                d.name.value: d for d in document.definitions if isinstance(d, FragmentDefinitionNode)
            }
            variables = self.execution_context.variables or {}
            for definition in document.definitions:
                if isinstance(definition, OperationDefinitionNode):
                    cost = self._cost(definition.selection_set, fragments, variables, 0)
                    if cost > self.max_cost:
                        self.execution_context.pre_execution_errors = [
                            GraphQLError(
                                f"query cost {cost} exceeds the limit of {self.max_cost}: ask for "
                                "fewer items per list (first) or fewer nested lists"
                            )
                        ]
                        return
        yield

    def _fan_out(self, node: FieldNode, variables: dict[str, Any]) -> int:
        for argument in node.arguments or ():
            if argument.name.value in ("first", "maxLength"):
                if isinstance(argument.value, IntValueNode):
                    return max(1, int(argument.value.value))
                if isinstance(argument.value, VariableNode):
                    return max(1, int(variables.get(argument.value.name.value) or 1))
        return DEFAULT_FAN_OUT

    def _cost(
        self,
        selection_set: SelectionSetNode | None,
        fragments: dict[str, Any],
        variables: dict[str, Any],
        depth: int,
    ) -> int:
        if selection_set is None or depth > 50:
            return 0
        total = 0
        for selection in selection_set.selections:
            if isinstance(selection, FieldNode):
                inner = self._cost(selection.selection_set, fragments, variables, depth + 1)
                total += 1 + (self._fan_out(selection, variables) * inner if inner else 0)
            elif isinstance(selection, InlineFragmentNode):
                total += self._cost(selection.selection_set, fragments, variables, depth + 1)
            elif isinstance(selection, FragmentSpreadNode):
                fragment = fragments.get(selection.name.value)
                if fragment is not None:
                    total += self._cost(fragment.selection_set, fragments, variables, depth + 1)
        return total
