"""Read and validate paths in one step: what `check`, `ingest` and the tests call."""

from __future__ import annotations

from pathlib import Path

import neo4j

from ingest import rdf as _rdf_formats  # noqa: F401 - registers the RDF readers
from ingest.readers import collect_files, read_path
from ingest.records import DataError, DataFileError, RawDocument
from ingest.validate import ValidatedGraph, validate
from ingest.writer import LoadSummary, write_graph


def read_and_validate(paths: list[Path]) -> ValidatedGraph:
    """Validate everything; raise DataFileError listing every error, or return the records."""
    documents: list[RawDocument] = []
    errors: list[DataError] = []
    for file in collect_files(paths):
        try:
            documents.append(read_path(file))
        except DataFileError as error:
            errors.extend(error.errors)
    graph = validate(documents)
    errors.extend(graph.errors)
    if errors:
        raise DataFileError(errors)
    return graph


def ingest(
    driver: neo4j.Driver,
    paths: list[Path],
    *,
    database: str,
    replace: bool = False,
    show_progress: bool = True,
    allow_deletes: int | None = None,
) -> LoadSummary:
    """Validate everything, then write; a DataFileError means nothing was written."""
    graph = read_and_validate(paths)
    return write_graph(
        driver,
        graph.nodes,
        graph.relationships,
        database=database,
        replace=replace,
        show_progress=show_progress,
        allow_deletes=allow_deletes,
    )
