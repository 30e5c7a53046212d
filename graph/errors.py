"""One root exception with domain subclasses; the API and CLI turn them into clear messages."""

from __future__ import annotations


class ComputeGraphError(Exception):
    """Root of every error this project raises on purpose."""


class LocalServerError(ComputeGraphError):
    """The local Neo4j cannot be obtained, configured, started or stopped."""


class DatabaseUnavailableError(ComputeGraphError):
    """Neo4j does not answer (stopped, unreachable, wrong credentials)."""


class UnknownRefError(ComputeGraphError):
    """A reference names no entity."""

    def __init__(self, ref: str, label: str | None = None, suggestions: list[str] | None = None) -> None:
        kind = label or "entity"
        self.suggestions = suggestions or []
        if self.suggestions:
            listed = _either(self.suggestions)
            message = f"unknown {kind} {ref!r}; did you mean {listed}?"
        else:
            message = f"unknown {kind} {ref!r}: no id, name or alias matches it"
        super().__init__(message)
        self.ref = ref
        self.label = label


def _either(names: list[str]) -> str:
    """'A', 'A or B', 'A, B or C'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


class AmbiguousRefError(ComputeGraphError):
    """A reference matches more than one entity."""

    def __init__(self, ref: str, candidates: list[str]) -> None:
        listed = ", ".join(candidates)
        super().__init__(f"ambiguous reference {ref!r}: it matches {listed}; use an id")
        self.ref = ref
        self.candidates = candidates


class ArgumentError(ComputeGraphError):
    """An argument to a question is missing, of the wrong type or out of range."""


class ReadOnlyViolationError(ComputeGraphError):
    """A query sent to the read-only Cypher endpoint would write or reach outside."""


class QueryLimitError(ComputeGraphError):
    """A query exceeds a limit (time, rows, cost)."""
