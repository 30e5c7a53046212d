"""How a GraphQL answer becomes an HTTP response, shared by strawberry's view (api.app) and the
prepared path (api.graphql.prepared), so that both write the same bytes and status."""

from __future__ import annotations

import json
from collections.abc import Iterable

import orjson
from graphql import GraphQLError

from graph.errors import DatabaseUnavailableError


def encode_json(data: object) -> bytes:
    """orjson writes a large answer several times faster than json.dumps (the same JSON values;
    text as UTF-8 rather than \\u escapes). What it cannot write (an integer beyond 64 bits)
    json.dumps writes, as strawberry's view does."""
    try:
        return orjson.dumps(data)
    except TypeError:  # orjson.JSONEncodeError
        return json.dumps(data, separators=(",", ":")).encode()


def is_outage(errors: Iterable[GraphQLError]) -> bool:
    """Neo4j was down: the answer is HTTP 503 with the reason, not a 200 with errors."""
    return any(isinstance(error.original_error, DatabaseUnavailableError) for error in errors)
