"""The bench's input for neo4j-admin import: typed headers, labels on the command line, and a
missing value told apart from an empty string (the importer stores "" but skips an empty field)."""

from __future__ import annotations

import csv
from pathlib import Path

from bench.admin_import import write_files
from bench.scale import figures
from bench.synthetic import generate


def _rows(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_every_record_is_written_once_with_typed_headers(tmp_path: Path) -> None:
    graph = generate(2)
    files = write_files(graph, tmp_path)
    node_rows = {labels: _rows(path) for labels, path in files.nodes}
    rel_rows = {rel_type: _rows(path) for rel_type, path in files.relationships}
    assert sum(len(rows) - 1 for rows in node_rows.values()) == len(graph.nodes)
    assert sum(len(rows) - 1 for rows in rel_rows.values()) == len(graph.relationships)
    assert "Source" in node_rows  # Sources are not Entities
    assert "Company:Entity" in node_rows
    header = node_rows["Company:Entity"][0]
    assert header[0] == "id:ID"
    assert "aliases:string[]" in header
    assert "ref_keys:string[]" in header
    assert rel_rows["SUPPLIES"][0][:3] == [":START_ID", ":END_ID", "key"]


def test_missing_values_are_empty_fields_and_strings_are_quoted(tmp_path: Path) -> None:
    graph = generate(1)
    files = write_files(graph, tmp_path)
    path = dict(files.nodes)["Company:Entity"]
    header, first = path.read_text(encoding="utf-8").splitlines()[:2]
    assert first.startswith('"')  # present values quoted, so "" stays an empty string
    assert ",," in first or first.endswith(",")  # an absent property is an empty, unquoted field
    assert len(next(csv.reader([header]))) == len(next(csv.reader([first])))


def test_scale_figures_are_ratios_of_rows_per_second() -> None:
    result = {
        "phases": {
            "prepare": {"nodes": 10, "relationships": 20},
            "ingest_ours": {"rows_per_s": 300.0},
            "ingest_load_csv": {"rows_per_s": 200.0},
            "ingest_admin_import": {"rows_per_s": 1200.0},
            "questions": {"cases": {"a": {"p95_ms": 5.0}, "b": {"error": "QueryTimeoutError: 15s"}}},
        },
        "stopped": None,
    }
    got = figures(result)
    assert got["ingest_vs_load_csv"] == 1.5
    assert got["ingest_vs_admin_import"] == 0.25
    assert got["questions_failed"] == {"b": "QueryTimeoutError: 15s"}
    assert got["questions_p95_ms"] == {"a": 5.0, "b": None}
    assert figures({"phases": {}})["ingest_vs_admin_import"] is None
