"""The one tabular form of an answer, shared by the CLI, the HTTP exports and the MCP tools.

A question's answer is flattened once into a Table: named columns (units in the names), one row
per item, the Source ids behind each row, the scalars of the whole answer (totals, the scenario
echoed) and notes (what is missing). Every renderer (terminal, CSV, Excel, JSON, an agent's
summary) reads this and nothing else.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum
from typing import Any

import neo4j

from graph.reads import EntityRow, sources_by_id
from graph.settings import Settings


@dataclass(frozen=True)
class Reader:
    """What an answer needs to read the graph."""

    driver: neo4j.AsyncDriver
    settings: Settings

    @property
    def database(self) -> str:
        return self.settings.neo4j_database


@dataclass(frozen=True)
class Column:
    name: str  # snake_case, unit last: direct_loss_usd, operating_mw, chip_tdp_w
    description: str


@dataclass
class Table:
    question: str
    parameters: dict[str, Any]
    columns: list[Column]
    rows: list[list[Any]] = field(default_factory=list)
    row_sources: list[list[str]] = field(default_factory=list)
    facts: dict[str, Any] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    fact_sources: list[str] = field(default_factory=list)  # what the facts (not a row) cite
    sources: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> Source properties

    def add(self, values: list[Any], source_ids: list[str] | None = None) -> None:
        if len(values) != len(self.columns):
            raise ValueError(f"{self.question}: row of {len(values)} values for {len(self.columns)} columns")
        self.rows.append([cell(v) for v in values])
        self.row_sources.append(sorted(set(source_ids or [])))

    def records(self) -> list[dict[str, Any]]:
        """Each row as a mapping of column name to value, plus its Source ids."""
        names = [c.name for c in self.columns]
        return [
            {**dict(zip(names, row, strict=True)), "sources": ids}
            for row, ids in zip(self.rows, self.row_sources, strict=True)
        ]

    def citation(self, source_id: str) -> str:
        """'Publisher, date, URL' (or the title where no exact URL is known)."""
        source = self.sources.get(source_id)
        if source is None:
            return source_id
        where = source.get("url") or source.get("title") or ""
        return f"{source.get('publisher', '?')}, {source.get('date', '?')}, {where}".rstrip(", ")

    def cited(self) -> list[str]:
        """Source ids in order of first citation."""
        return list(dict.fromkeys([*self.fact_sources, *(i for ids in self.row_sources for i in ids)]))

    def structured(self) -> dict[str, Any]:
        """The JSON answer: what MCP returns as structured content and `--format json` prints."""
        return {
            "question": self.question,
            "parameters": {k: cell(v) for k, v in self.parameters.items()},
            "facts": {k: cell(v) for k, v in self.facts.items()},
            "columns": [{"name": c.name, "description": c.description} for c in self.columns],
            "rows": self.records(),
            "notes": list(self.notes),
            "sources": [
                {
                    "id": sid,
                    **{
                        k: cell(self.sources.get(sid, {}).get(k))
                        for k in ("publisher", "title", "date", "url")
                    },
                }
                for sid in self.cited()
            ],
        }


def cell(value: Any) -> Any:
    """A value as a table cell: JSON-ready scalars; lists joined; dates in ISO form."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        # Whole amounts (most USD figures) print as integers: 300000000000, not 300000000000.0.
        return int(value) if value.is_integer() and abs(value) < 1e15 else round(value, 6)
    if isinstance(value, list | tuple | set):
        return "; ".join(str(cell(v)) for v in value)
    if isinstance(value, EntityRow):
        return value.id
    return value


def name_of(row: EntityRow | None) -> str | None:
    if row is None:
        return None
    return str(row.props.get("name") or row.id)


def row_sources(*rows: EntityRow | None) -> list[str]:
    return [s for row in rows if row is not None for s in row.props.get("sources") or []]


async def with_sources(table: Table, reader: Reader) -> Table:
    """Read the Source nodes the rows cite (one read)."""
    ids = table.cited()
    if ids:
        table.sources = await sources_by_id(reader.driver, ids, reader.database)
    return table
