"""Per-request context: the driver, the settings and DataLoaders that batch reads."""

from collections.abc import Awaitable, Callable, Hashable, Sequence
from functools import partial
from typing import Any

import neo4j
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext
from strawberry.types import Info

from api.graphql import selection
from graph import projection, reads
from graph.projection import RelationProjection
from graph.settings import Settings
from schema.registry import RelationshipSpec


class Context(BaseContext):
    def __init__(self, driver: neo4j.AsyncDriver, settings: Settings, request_id: str = "-") -> None:
        super().__init__()
        self.request_id = request_id
        self.driver = driver
        self.settings = settings
        self.database = settings.neo4j_database
        self.sources: DataLoader[str, dict[str, Any] | None] = DataLoader(self._load_sources)
        self._edge_loaders: dict[RelationProjection, DataLoader[str, list[reads.EdgeRow]]] = {}
        self._projections: dict[tuple[object, ...], RelationProjection] = {}
        self._loaders: dict[Hashable, DataLoader[Any, Any]] = {}

    async def _load_sources(self, ids: Sequence[str]) -> list[dict[str, Any] | None]:
        found = await reads.sources_by_id(self.driver, list(ids), self.database)
        return [found.get(source_id) for source_id in ids]

    async def _load_edges(
        self, relation: RelationProjection, owner_ids: Sequence[str]
    ) -> list[list[reads.EdgeRow]]:
        found = await projection.projected_edges(self.driver, relation, list(owner_ids), self.database)
        return [found.get(owner_id, []) for owner_id in owner_ids]

    def edges(self, relation: RelationProjection) -> DataLoader[str, list[reads.EdgeRow]]:
        """One loader per relationship, direction and selection below it: one query per level
        at which reading starts, however deep the selection goes."""
        if relation not in self._edge_loaders:
            self._edge_loaders[relation] = DataLoader(partial(self._load_edges, relation))
        return self._edge_loaders[relation]

    def loader(
        self, key: Hashable, load: Callable[[list[Any]], Awaitable[list[Any]]]
    ) -> DataLoader[Any, Any]:
        """A request-wide loader per key (e.g. a computed field and its arguments), so that a
        field asked of every item in a list is read once for all of them."""
        if key not in self._loaders:
            self._loaders[key] = DataLoader(lambda keys: load(list(keys)))
        return self._loaders[key]

    def relation_projection(
        self, spec: RelationshipSpec, outgoing: bool, owner_label: str, info: Info[Any, Any]
    ) -> RelationProjection:
        """The selection below this field, worked out once per position in the query (every
        parent in a list shares it) rather than once per parent."""
        key = (owner_label, *(part for part in info.path.as_list() if isinstance(part, str)))
        if key not in self._projections:
            below = [item for field in info.selected_fields for item in getattr(field, "selections", [])]
            self._projections[key] = selection.relation_projection(spec, outgoing, below)
        return self._projections[key]
