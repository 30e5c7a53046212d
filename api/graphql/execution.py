"""A shorter path through graphql-core for the commonest field: a stored value on the object.

For every field graphql-core builds a resolve-info object, looks at arguments, calls strawberry's
resolver wrapper, checks for an awaitable and completes the value. For a plain attribute whose
type is a scalar, enum or list of them, all of that ends in `getattr` and the scalar's output
coercion, and a 2,000-row answer has ten thousand such fields. This execution context does just
those two steps for them. Anything else — resolvers, objects, field middleware, a null where
the schema says non-null, a value that will not coerce — takes graphql-core's own path, so
answers and errors are the same.
"""

from dataclasses import dataclass
from inspect import isawaitable
from typing import Any

from graphql import (
    GraphQLField,
    GraphQLList,
    GraphQLNonNull,
    GraphQLObjectType,
    Undefined,
    is_leaf_type,
)
from strawberry.schema.schema import StrawberryGraphQLCoreExecutionContext
from strawberry.schema.schema_converter import GraphQLCoreConverter

from api.graphql.direct import plan_operation, run_plan
from api.graphql.prepared import keep_plan


@dataclass(frozen=True)
class _StoredValue:
    attribute: str
    coerce: Any
    nullable: bool
    is_list: bool


def _stored_value(field: GraphQLField) -> _StoredValue | None:
    """How to read `field` directly, or None when it needs graphql-core's full path."""
    if not getattr(field.resolve, "_is_default", False):  # strawberry marks plain attributes
        return None
    definition = field.extensions.get(GraphQLCoreConverter.DEFINITION_BACKREF)
    if definition is None:
        return None
    field_type: Any = field.type
    nullable = True
    if isinstance(field_type, GraphQLNonNull):
        field_type, nullable = field_type.of_type, False
    is_list = isinstance(field_type, GraphQLList)
    if is_list:
        # Lists of non-null leaves only: a null item would need graphql-core's error handling.
        if not isinstance(field_type.of_type, GraphQLNonNull):
            return None
        field_type = field_type.of_type.of_type
    if not is_leaf_type(field_type):
        return None
    return _StoredValue(definition.python_name, field_type.coerce_output_value, nullable, is_list)


_UNPLANNED = object()
_PLAN_ATTRIBUTE = "_computegraph_stored_value"  # the plan is kept on the field definition itself


class StoredValueExecutionContext(StrawberryGraphQLCoreExecutionContext):
    def execute_operation(self, serially: bool | None = None) -> Any:
        settings = getattr(self.context_value, "settings", None)
        roots = plan_operation(self) if settings is not None and settings.direct_execution else None
        if roots is None:
            return super().execute_operation(serially)
        return self._execute_directly(roots, serially)

    async def _execute_directly(self, roots: Any, serially: bool | None) -> Any:
        try:
            answer = await run_plan(self.context_value, roots)
        except Exception:  # NotDirectError, or an error the general path reports with its location
            result = super().execute_operation(serially)
            return await result if isawaitable(result) else result
        if not answer.errors:  # the same body again can skip the way here (api.graphql.prepared)
            keep_plan(roots)
        return answer

    def execute_field(
        self,
        parent_type: GraphQLObjectType,
        source: Any,
        field_details_list: Any,
        path: Any,
        position_context: Any,
    ) -> Any:
        if not self.middleware_manager or not self.middleware_manager.middlewares:
            field = self.schema.get_field(parent_type, field_details_list[0].node.name.value)
            if field is not None:
                plan: Any = getattr(field, _PLAN_ATTRIBUTE, _UNPLANNED)
                if plan is _UNPLANNED:
                    plan = _stored_value(field)
                    setattr(field, _PLAN_ATTRIBUTE, plan)
                if plan is not None:
                    value = _read(plan, source)
                    if value is not Undefined:
                        return value
        return super().execute_field(parent_type, source, field_details_list, path, position_context)


def _read(plan: _StoredValue, source: Any) -> Any:
    """The completed value, or Undefined to hand the field back to graphql-core."""
    value = getattr(source, plan.attribute, None)
    if value is None:
        return None if plan.nullable else Undefined
    try:
        if plan.is_list:
            coerced = [plan.coerce(item) for item in value]
            return Undefined if any(item is None or item is Undefined for item in coerced) else coerced
        coerced = plan.coerce(value)
    except Exception:  # graphql-core's path raises the proper field error
        return Undefined
    return Undefined if coerced is None else coerced
