"""Ingest against the real server: formats agree, re-runs change nothing, bad files change nothing."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from graph.dump import dump_graph
from ingest.export import export_text
from ingest.load import read_and_validate
from ingest.records import DataFileError
from ingest.writer import write_graph
from tests.conftest import FIXTURES, load, wipe

SMALL = FIXTURES / "small"


@pytest.mark.parametrize("variant", ["yaml", "csv", "json", "ttl"])
def test_every_format_loads_to_the_identical_graph(clean_graph: neo4j.Driver, variant: str) -> None:
    load(clean_graph, SMALL / "yaml")
    expected = dump_graph(clean_graph, "neo4j")
    wipe(clean_graph)
    load(clean_graph, SMALL / variant)
    assert dump_graph(clean_graph, "neo4j") == expected
    assert len(expected.nodes) == 4
    assert len(expected.relationships) == 3


@pytest.mark.parametrize("replace", [False, True])
def test_rerun_changes_nothing_and_says_so(small_graph: neo4j.Driver, replace: bool) -> None:
    before = dump_graph(small_graph, "neo4j")
    graph = read_and_validate([SMALL / "yaml"])
    summary = write_graph(
        small_graph,
        graph.nodes,
        graph.relationships,
        database="neo4j",
        replace=replace,
        show_progress=False,
    )
    assert not summary.changed_anything
    assert sum(summary.unchanged.values()) == 7
    assert "nothing changed" in "\n".join(summary.lines())
    assert dump_graph(small_graph, "neo4j") == before


def test_default_adds_and_replace_removes(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    reduced = tmp_path / "reduced.yaml"
    text = (SMALL / "yaml" / "graph.yaml").read_text()
    reduced.write_text(text.split("Chip:")[0])  # drop the chip and its relationships
    load(small_graph, reduced)
    assert len(dump_graph(small_graph, "neo4j").nodes) == 4  # default mode only adds/updates
    load(small_graph, reduced, replace=True, allow_deletes=3)  # the chip and its 2 relationships
    dump = dump_graph(small_graph, "neo4j")
    assert sorted(props["id"] for _, props in dump.nodes) == ["nvidia", "src-test-report", "tsmc"]
    assert [rel[0] for rel in dump.relationships] == ["SUPPLIES"]


def test_update_is_counted_and_applied(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    changed = tmp_path / "graph.yaml"
    changed.write_text(
        (SMALL / "yaml" / "graph.yaml")
        .read_text()
        .replace("revenue_usd: 90000000000", "revenue_usd: 91000000000")
    )
    graph = read_and_validate([changed])
    summary = write_graph(
        small_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False
    )
    assert summary.updated["Company"] == 1
    assert summary.created["Company"] == 0
    records, _, _ = small_graph.execute_query("MATCH (c:Company {id: 'tsmc'}) RETURN c.revenue_usd AS r")
    assert records[0]["r"] == 91e9


@pytest.mark.parametrize("fmt", ["ttl", "yaml", "jsonld", "nt"])
def test_export_round_trip(small_graph: neo4j.Driver, tmp_path: Path, fmt: str) -> None:
    before = dump_graph(small_graph, "neo4j")
    exported = tmp_path / f"graph.{fmt}"
    exported.write_text(export_text(before, fmt))
    wipe(small_graph)
    load(small_graph, exported)
    assert dump_graph(small_graph, "neo4j") == before


def test_turtle_export_links_wikidata(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    small_graph.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c.wikidata = 'Q713418'")
    text = export_text(dump_graph(small_graph, "neo4j"), "ttl")
    assert "owl:sameAs wd:Q713418" in text


def test_bad_file_leaves_the_graph_untouched(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    before = dump_graph(small_graph, "neo4j")
    good = (SMALL / "yaml" / "graph.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    # A valid change plus one defect: nothing at all may be written.
    bad.write_text(
        good.replace("revenue_usd: 90000000000", "revenue_usd: 1").replace("tdp_w: 700", "tdp_w: -700")
    )
    with pytest.raises(DataFileError) as raised:
        load(small_graph, bad)
    assert "tdp_w" in str(raised.value)
    assert "bad.yaml" in str(raised.value)
    assert dump_graph(small_graph, "neo4j") == before


def test_interrupted_load_converges_on_rerun(clean_graph: neo4j.Driver) -> None:
    """Half the rows written (as if Neo4j died midway), then a full re-run: same graph."""
    graph = read_and_validate([SMALL / "yaml"])
    write_graph(clean_graph, graph.nodes[:2], [], database="neo4j", show_progress=False)
    write_graph(clean_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False)
    interrupted = dump_graph(clean_graph, "neo4j")
    wipe(clean_graph)
    write_graph(clean_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False)
    assert dump_graph(clean_graph, "neo4j") == interrupted


def test_a_changed_relationship_is_updated_in_place_not_duplicated(
    small_graph: neo4j.Driver, tmp_path: Path
) -> None:
    """New relationships are CREATEd (the writer read the graph first); one the graph holds with
    other properties is MERGEd, so it is updated and never doubled."""
    changed = tmp_path / "graph.yaml"
    changed.write_text(
        (SMALL / "yaml" / "graph.yaml").read_text().replace("process_node: 4N", "process_node: N3")
    )
    graph = read_and_validate([changed])
    summary = write_graph(
        small_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False
    )
    assert summary.updated["FABBED_BY"] == 1
    assert summary.created["FABBED_BY"] == 0
    records, _, _ = small_graph.execute_query(
        "MATCH (:Chip {id: 'h100'})-[r:FABBED_BY]->(:Company {id: 'tsmc'}) RETURN r.process_node AS node"
    )
    assert [record["node"] for record in records] == ["N3"]


def test_many_small_batches_write_the_same_graph(
    clean_graph: neo4j.Driver, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rows are cut into batches as they stream, a bounded number in flight: batches of one row
    with one in flight per writer give the graph a single batch gives."""
    graph = read_and_validate([SMALL / "yaml"])
    write_graph(clean_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False)
    expected = dump_graph(clean_graph, "neo4j")
    wipe(clean_graph)
    monkeypatch.setattr("ingest.writer.BATCH_SIZE", 1)
    monkeypatch.setattr("ingest.writer.IN_FLIGHT_PER_WRITER", 1)
    summary = write_graph(
        clean_graph, graph.nodes, graph.relationships, database="neo4j", show_progress=False
    )
    assert sum(summary.created.values()) == 7
    assert dump_graph(clean_graph, "neo4j") == expected
