"""Per-request context: the driver, the settings and DataLoaders that batch reads."""

from collections.abc import Sequence
from functools import partial
from typing import Any

import neo4j
from strawberry.dataloader import DataLoader
from strawberry.fastapi import BaseContext

from graph import reads
from graph.settings import Settings


class Context(BaseContext):
    def __init__(self, driver: neo4j.AsyncDriver, settings: Settings, request_id: str = "-") -> None:
        super().__init__()
        self.request_id = request_id
        self.driver = driver
        self.settings = settings
        self.database = settings.neo4j_database
        self.sources: DataLoader[str, dict[str, Any] | None] = DataLoader(self._load_sources)
        self._edge_loaders: dict[tuple[str, bool], DataLoader[str, list[reads.EdgeRow]]] = {}

    async def _load_sources(self, ids: Sequence[str]) -> list[dict[str, Any] | None]:
        found = await reads.sources_by_id(self.driver, list(ids), self.database)
        return [found.get(source_id) for source_id in ids]

    async def _load_edges(
        self, rel_type: str, outgoing: bool, owner_ids: Sequence[str]
    ) -> list[list[reads.EdgeRow]]:
        found = await reads.edges_of(self.driver, rel_type, outgoing, list(owner_ids), self.database)
        return [found.get(owner_id, []) for owner_id in owner_ids]

    def edges(self, rel_type: str, outgoing: bool) -> DataLoader[str, list[reads.EdgeRow]]:
        """One loader per relationship type and direction: a level of nesting is one query."""
        key = (rel_type, outgoing)
        if key not in self._edge_loaders:
            self._edge_loaders[key] = DataLoader(partial(self._load_edges, rel_type, outgoing))
        return self._edge_loaders[key]
