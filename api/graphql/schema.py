"""Assemble the Query type and the schema with its limits."""

import logging
import re
from collections.abc import Iterator
from functools import partial
from typing import Any

import strawberry
from graphql import GraphQLError
from graphql.validation import NoSchemaIntrospectionCustomRule
from strawberry.extensions import (
    AddValidationRules,
    MaskErrors,
    MaxTokensLimiter,
    ParserCache,
    SchemaExtension,
    ValidationCache,
)
from strawberry.extensions.max_aliases import create_validator as alias_rule
from strawberry.extensions.query_depth_limiter import create_validator as depth_rule

from api.graphql.cost import cost_rule
from api.graphql.execution import StoredValueExecutionContext
from api.graphql.lists import generated_root_fields
from api.graphql.mutations import MUTATION_FIELDS
from api.graphql.questions import QUESTION_FIELDS
from api.graphql.responses import is_outage
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
    """Users see their own mistakes (bad refs, limits, invalid queries, variables of the wrong
    type or missing, which graphql-core reports wrapping its own GraphQLError); the rest is
    masked."""
    original = error.original_error
    return original is None or isinstance(original, ComputeGraphError | ValueError | GraphQLError)


log = logging.getLogger(__name__)


class OutageStatus(SchemaExtension):
    """While Neo4j is down the answer is HTTP 503 with the reason, not a 200 with errors."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        if is_outage(getattr(result, "errors", None) or []):
            response = getattr(self.execution_context.context, "response", None)
            if response is not None:
                response.status_code = 503


SUGGESTION = re.compile(r"\s*Did you mean .*\?$", re.S)


class NoSuggestions(SchemaExtension):
    """With introspection off, "Did you mean 'x'?" would still spell the schema out field by
    field to whoever guesses: the hints are cut from every error message."""

    def on_operation(self) -> Iterator[None]:
        yield
        result = self.execution_context.result
        for error in getattr(result, "errors", None) or []:
            error.message = SUGGESTION.sub("", error.message)
        for error in self.execution_context.pre_execution_errors or []:
            error.message = SUGGESTION.sub("", error.message)


class RequestIdMaskErrors(MaskErrors):
    """Masked errors carry the request id, under which the full error was logged."""

    def anonymise_error(self, error: GraphQLError) -> GraphQLError:
        context = self.execution_context.context
        request_id = getattr(context, "request_id", "-")
        log.error("request %s: %s", request_id, error.message, exc_info=error.original_error)
        masked = super().anonymise_error(error)
        masked.message = f"internal error (request id {request_id}); it was logged"
        return masked


class ComputeGraphSchema(strawberry.Schema):
    """Logs only what is not the user's own mistake, with the request's context."""

    def process_errors(self, errors: list[GraphQLError], execution_context: Any = None) -> None:
        unexpected = [error for error in errors if not _is_users_mistake(error)]
        if unexpected:
            super().process_errors(unexpected, execution_context)


def build_schema(settings: Settings) -> strawberry.Schema:
    extensions: list[Any] = [
        OutageStatus,
        partial(MaxTokensLimiter, max_token_count=settings.max_tokens),
        partial(
            RequestIdMaskErrors,
            should_mask_error=lambda error: not _is_users_mistake(error),
            error_message="Internal error; it was logged with this request's id",
        ),
    ]
    # The limits' validation rules are made once, here: a rule class made per request (as the
    # QueryDepthLimiter and MaxAliasesLimiter extensions do) would defeat the validation cache.
    rules: list[Any] = [
        depth_rule(settings.max_query_depth, None, None),
        alias_rule(settings.max_aliases),
        cost_rule(settings.max_cost),
    ]
    if not settings.introspection_enabled:
        rules.append(NoSchemaIntrospectionCustomRule)
        extensions.append(NoSuggestions)
    extensions.append(partial(AddValidationRules, rules))
    # Apps send the same few query texts again and again; the rules above (depth, aliases, cost)
    # depend on the document only, so a cached verdict is the same verdict.
    extensions += [partial(ParserCache, maxsize=512), partial(ValidationCache, maxsize=512)]
    from api.graphql.entities import NODE_TYPES

    mutation = strawberry.type(
        type("Mutation", (), dict(MUTATION_FIELDS)),
        description="Writes for embedding apps; need the API key.",
    )
    return ComputeGraphSchema(
        query=build_query_type(),
        mutation=mutation,
        types=list(NODE_TYPES.values()),
        extensions=extensions,
        execution_context_class=StoredValueExecutionContext,
    )


def sdl() -> str:
    """The committed `schema.graphql` is this text; a test fails when it drifts."""
    return build_schema(Settings()).as_str() + "\n"
