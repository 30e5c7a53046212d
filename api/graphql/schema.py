"""Assemble the Query type and the schema with its limits."""

from functools import partial
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxAliasesLimiter,
    MaxTokensLimiter,
    QueryDepthLimiter,
)

from api.graphql.cost import cost_rule
from api.graphql.lists import generated_root_fields
from api.graphql.questions import QUESTION_FIELDS
from api.graphql.root import ROOT_FIELDS
from graph.errors import ComputeGraphError
from graph.settings import Settings


def build_query_type() -> type:
    namespace: dict[str, Any] = {**ROOT_FIELDS, **generated_root_fields(), **QUESTION_FIELDS}
    return strawberry.type(
        type("Query", (), namespace),
        description="Compute Graph: the AI compute economy as a graph.",
    )


def _is_users_mistake(error: GraphQLError) -> bool:
    """Users see their own mistakes (bad refs, limits, invalid queries); the rest is masked."""
    original = error.original_error
    return original is None or isinstance(original, ComputeGraphError | ValueError)


class ComputeGraphSchema(strawberry.Schema):
    """Logs only what is not the user's own mistake, with the request's context."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        unexpected = [error for error in errors if not _is_users_mistake(error)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


def build_schema(settings: Settings) -> strawberry.Schema:
    extensions: list[Any] = [
        partial(QueryDepthLimiter, max_depth=settings.max_query_depth),
        partial(MaxAliasesLimiter, max_alias_count=settings.max_aliases),
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(
            MaskErrors,
            should_mask_error=lambda error: not _is_users_mistake(error),
            error_message="Internal error; it was logged with this request's id",
        ),
    ]
    rules: list[Any] = [cost_rule(settings.max_cost)]
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
    extensions.append(partial(AddValidationRules, rules))
    from api.graphql.entities import NODE_TYPES

    return ComputeGraphSchema(
        query=build_query_type(), types=list(NODE_TYPES.values()), extensions=extensions
    )


def sdl() -> str:
    """The committed `schema.graphql` is this text; a test fails when it drifts."""
    return build_schema(Settings()).as_str() + "\n"
