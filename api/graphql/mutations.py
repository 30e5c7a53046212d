"""Mutations for apps that embed the API: validated by the same `schema/` models as ingest.

Disabled unless COMPUTEGRAPH_API_KEY is set; then a request needs `Authorization: Bearer <key>`
(401 without it, 403 with a wrong one) and nothing is written otherwise.
"""

from typing import Annotated, Any

import strawberry
from strawberry.scalars import JSON
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.graphql.scalars import Source
from api.security import bearer_token, key_matches
from graph import mutations
from graph.errors import ComputeGraphError
from graph.reads import entities_by_id
from ingest.records import DataError, Origin, RawNode, RawRelationship
from ingest.validate import relationship_key, validate_node, validate_relationship
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS


class MutationRefusedError(ComputeGraphError):
    """Not authorised, or the record is invalid; the graph is unchanged."""


def _authorise(info: Info[Context, None]) -> None:
    settings = info.context.settings
    request, response = info.context.request, info.context.response
    if settings.api_key is None:
        raise MutationRefusedError("mutations are disabled: set COMPUTEGRAPH_API_KEY to enable them")
    if request is None or bearer_token(request) is None:
        if response is not None:
            response.status_code = 401
        raise MutationRefusedError("mutations need `Authorization: Bearer <key>`")
    if not key_matches(request, settings):
        if response is not None:
            response.status_code = 403
        raise MutationRefusedError("the API key is not valid")


def _refuse(errors: list[DataError]) -> MutationRefusedError:
    return MutationRefusedError(
        "invalid record: " + "; ".join(f"{e.field or 'record'}: {e.message}" for e in errors)
    )


def _validated_node(label: str, record: Any) -> Any:
    if not isinstance(record, dict):
        raise MutationRefusedError("record must be a JSON object of properties")
    errors: list[DataError] = []
    node = validate_node(RawNode(label, dict(record), Origin("mutation")), errors)
    if node is None:
        raise _refuse(errors)
    return node


@strawberry.mutation(description="Create or update a node; `record` holds its properties.")
async def upsert_node(info: Info[Context, None], label: str, record: JSON) -> Entity:
    _authorise(info)
    if label not in NODE_MODELS or label == "Source":
        entity_labels = ", ".join(lbl for lbl in NODE_MODELS if lbl != "Source")
        raise MutationRefusedError(
            f"label must be one of {entity_labels} (got {label!r}); sources go through upsertSource"
        )
    node = _validated_node(label, record)
    await mutations.upsert_node(info.context.driver, node, info.context.database)
    rows = await entities_by_id(info.context.driver, [node.id], info.context.database)
    entity: Entity = to_graphql(rows[node.id])
    return entity


@strawberry.mutation(description="Create or update a Source that facts can cite.")
async def upsert_source(info: Info[Context, None], record: JSON) -> Source:
    _authorise(info)
    node = _validated_node("Source", record)
    await mutations.upsert_node(info.context.driver, node, info.context.database)
    return Source.from_props(node.properties)


@strawberry.mutation(
    description="Create or update a relationship: `record` holds type, from, to, provenance and properties."
)
async def upsert_relationship(info: Info[Context, None], record: JSON) -> bool:
    _authorise(info)
    errors: list[DataError] = []
    rel = validate_relationship(RawRelationship(dict(record), Origin("mutation")), errors)
    if rel is None:
        raise _refuse(errors)
    await mutations.upsert_relationship(info.context.driver, rel, info.context.database)
    return True


@strawberry.mutation(description="Delete a node and its relationships, by id.")
async def delete_node(info: Info[Context, None], id: str) -> bool:
    _authorise(info)
    await mutations.delete_node(info.context.driver, id, info.context.database)
    return True


@strawberry.mutation(
    description="Delete one relationship; `identity` gives its identifying "
    "properties (e.g. role for PARTY_TO, title for WORKS_AT)."
)
async def delete_relationship(
    info: Info[Context, None],
    type: str,
    from_: Annotated[str, strawberry.argument(name="from")],
    to: str,
    identity: JSON | None = None,
) -> bool:
    _authorise(info)
    spec = RELATIONSHIP_SPECS.get(type)
    if spec is None:
        raise MutationRefusedError(f"unknown relationship type {type!r}")
    key = relationship_key(spec, identity if isinstance(identity, dict) else {})
    await mutations.delete_relationship(info.context.driver, type, from_, to, key, info.context.database)
    return True


MUTATION_FIELDS: dict[str, Any] = {
    "upsertNode": upsert_node,
    "upsertSource": upsert_source,
    "upsertRelationship": upsert_relationship,
    "deleteNode": delete_node,
    "deleteRelationship": delete_relationship,
}
