"""What readers produce and validation consumes: raw items with where they came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Origin:
    """A place in a data file, precise enough to fix the error by hand."""

    file: str
    record: int | None = None  # 1-based index within its section
    line: int | None = None
    section: str | None = None  # label, `relationships`, or the CSV/RDF type

    def __str__(self) -> str:
        parts = [self.file]
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.section is not None and self.record is not None:
            parts.append(f"{self.section}[{self.record}]")
        return ":".join(parts[:2]) + (f" {parts[2]}" if len(parts) > 2 else "")


@dataclass(frozen=True)
class RawNode:
    label: str
    data: dict[str, Any]
    origin: Origin


@dataclass(frozen=True)
class RawRelationship:
    data: dict[str, Any]  # holds type, from, to and properties
    origin: Origin


@dataclass
class RawDocument:
    nodes: list[RawNode] = field(default_factory=list)
    relationships: list[RawRelationship] = field(default_factory=list)


@dataclass(frozen=True)
class DataError:
    origin: Origin
    message: str
    record_id: str | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = str(self.origin)
        if self.record_id:
            where += f" id={self.record_id}"
        if self.field:
            where += f" field={self.field}"
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class NodeRecord:
    label: str
    id: str
    properties: dict[str, Any]
    origin: Origin


@dataclass(frozen=True)
class RelationshipRecord:
    type: str
    from_id: str
    to_id: str
    key: str  # identity properties rendered as text; '' when the type has none
    properties: dict[str, Any]
    origin: Origin


class DataFileError(Exception):
    """Validation failed: every error found, each with file, record, id and field."""

    def __init__(self, errors: list[DataError]) -> None:
        self.errors = errors
        shown = "\n".join(f"  {error}" for error in errors[:200])
        more = f"\n  ... and {len(errors) - 200} more" if len(errors) > 200 else ""
        super().__init__(f"{len(errors)} error(s) in the data files:\n{shown}{more}")
