"""Read and validate paths in one step: what `check`, `ingest` and the tests call."""

from __future__ import annotations

from pathlib import Path

from ingest import rdf as _rdf_formats  # noqa: F401 - registers the RDF readers
from ingest.readers import collect_files, read_path
from ingest.records import DataError, DataFileError, RawDocument
from ingest.validate import ValidatedGraph, validate


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
