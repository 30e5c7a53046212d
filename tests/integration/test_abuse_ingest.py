"""Issue 12, ingest: the abuse cases, each against the real server (or the real command line),
each with the graph compared whole before and after."""

from __future__ import annotations

import json
import shutil
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import neo4j
import pytest
import yaml

from graph.dump import dump_graph
from graph.settings import Settings
from ingest.load import ingest, read_and_validate
from ingest.records import DataFileError
from ingest.writer import ReplaceRefusedError
from tests.conftest import FIXTURES, load, wipe
from tests.integration.serving import CLI, run_in_project

SMALL = FIXTURES / "small"
SOURCE = "Source:\n  - {id: src-new, title: New, publisher: tests, date: 2025-01-01}\n"


def test_replace_from_a_folder_without_data_files_is_an_error_and_deletes_nothing(
    small_graph: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    before = dump_graph(small_graph, "neo4j")
    empty = tmp_path / "typo"
    empty.mkdir()
    (empty / "notes.txt").write_text("not data")
    for argv in (["ingest", "--replace", str(empty)], ["ingest", str(empty)], ["check", str(empty)]):
        result = run_in_project(settings, CLI, *argv)
        assert result.returncode == 2, result.stdout + result.stderr
        assert "no data files here" in result.stderr
        assert "Traceback" not in result.stderr
    assert dump_graph(small_graph, "neo4j") == before


def test_replace_from_no_records_is_refused(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    before = dump_graph(small_graph, "neo4j")
    nothing = tmp_path / "nothing.yaml"
    nothing.write_text("Source: []\n")
    with pytest.raises(ReplaceRefusedError, match="no records"):
        ingest(small_graph, [nothing], database="neo4j", replace=True, show_progress=False)
    assert dump_graph(small_graph, "neo4j") == before


def test_replace_that_would_delete_much_asks_for_yes(
    small_graph: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    before = dump_graph(small_graph, "neo4j")
    fewer = tmp_path / "fewer.yaml"
    fewer.write_text((SMALL / "yaml" / "graph.yaml").read_text().split("  - id: nvidia")[0])
    refused = run_in_project(settings, CLI, "ingest", "--replace", str(fewer))
    assert refused.returncode == 1
    assert "would delete 5 nodes and relationships" in refused.stderr  # nvidia, h100, 3 edges
    assert "--yes" in refused.stderr
    too_few = run_in_project(settings, CLI, "ingest", "--replace", "--allow-deletes", "4", str(fewer))
    assert too_few.returncode == 1
    assert dump_graph(small_graph, "neo4j") == before
    allowed = run_in_project(settings, CLI, "ingest", "--replace", "--yes", str(fewer))
    assert allowed.returncode == 0, allowed.stderr
    assert sorted(props["id"] for _, props in dump_graph(small_graph, "neo4j").nodes) == [
        "src-test-report",
        "tsmc",
    ]


@contextmanager
def listener() -> Iterator[tuple[int, list[str]]]:
    """A local HTTP listener that records every connection (there must be none)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(0.1)
    seen: list[str] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                connection, address = server.accept()
            except TimeoutError:
                continue
            seen.append(str(address))
            connection.close()  # a fetch fails at once rather than waiting

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1], seen
    finally:
        stop.set()
        thread.join()
        server.close()


@pytest.mark.parametrize(
    "context",
    [
        "{url}",
        ["{url}", {"cg": "https://computegraph.org/ontology#"}],
        {"@version": 1.1, "@import": "{url}"},
        {"cg": {"@id": "https://computegraph.org/ontology#", "@context": "{url}"}},
    ],
)
def test_remote_jsonld_contexts_are_refused_before_any_fetch(
    small_graph: neo4j.Driver, settings: Settings, tmp_path: Path, context: object
) -> None:
    before = dump_graph(small_graph, "neo4j")
    with listener() as (port, seen):
        url = f"http://127.0.0.1:{port}/context.jsonld"
        document = {"@context": json.loads(json.dumps(context).replace("{url}", url)), "@id": "x"}
        path = tmp_path / "graph.jsonld"
        path.write_text(json.dumps(document))
        with pytest.raises(DataFileError, match="remote JSON-LD context refused"):
            read_and_validate([path])
        for command in ("check", "ingest"):
            result = run_in_project(settings, CLI, command, str(path))
            assert result.returncode == 2
            assert url in result.stderr
        assert seen == []
    assert dump_graph(small_graph, "neo4j") == before


def test_yaml_aliases_are_refused_before_they_expand(settings: Settings, tmp_path: Path) -> None:
    levels = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    levels += [f"a{i}: &a{i} [{','.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 10)]
    bomb = tmp_path / "bomb.yaml"
    bomb.write_text("\n".join(levels) + "\nCompany: *a9\n")  # 9^10 strings if expanded
    result = run_in_project(settings, CLI, "check", str(bomb))
    assert result.returncode == 2
    assert "YAML aliases would expand" in result.stderr
    assert "Traceback" not in result.stderr


def test_yaml_aliases_within_the_budget_still_load(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    # PyYAML's own dump writes an anchor and aliases for a list that records share.
    shared = ["src-new"]
    document = {
        "Source": [{"id": "src-new", "title": "New", "publisher": "tests", "date": "2025-01-01"}],
        "Company": [
            {"id": f"firm-{i}", "name": f"Firm {i}", "roles": ["foundry"], "sources": shared}
            | {"as_of": "2025-01-01", "confidence": "low"}
            for i in range(20)
        ],
    }
    path = tmp_path / "shared.yaml"
    path.write_text(yaml.safe_dump(document))
    assert "*id001" in path.read_text()
    load(clean_graph, path)
    assert len(dump_graph(clean_graph, "neo4j").nodes) == 21


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("inf.yaml", "revenue_usd: .inf"),
        ("huge.yaml", "revenue_usd: 1e400"),
        ("json.json", '"revenue_usd": Infinity'),
        ("nan.json", '"revenue_usd": NaN'),
        ("Company.csv", "inf"),
    ],
)
def test_non_finite_numbers_are_refused_with_file_record_and_field(
    small_graph: neo4j.Driver, tmp_path: Path, name: str, text: str
) -> None:
    before = dump_graph(small_graph, "neo4j")
    path = tmp_path / name
    if name.endswith(".yaml"):
        path.write_text(
            "Company:\n  - {id: tsmc, name: TSMC, roles: [foundry], fiscal_year: 2024, "
            f"sources: [src-test-report], as_of: 2025-01-15, confidence: high, {text}}}\n"
        )
    elif name.endswith(".json"):
        path.write_text(
            '{"Company": [{"id": "tsmc", "name": "TSMC", "roles": ["foundry"], "fiscal_year": 2024, '
            '"sources": ["src-test-report"], "as_of": "2025-01-15", "confidence": "high", '
            f"{text}}}]}}"
        )
    else:
        path.write_text(
            "id,name,roles,fiscal_year,revenue_usd,sources,as_of,confidence\n"
            f"tsmc,TSMC,foundry,2024,{text},src-test-report,2025-01-15,high\n"
        )
    with pytest.raises(DataFileError) as refused:
        ingest(small_graph, [SMALL / "yaml" / "graph.yaml", path], database="neo4j", show_progress=False)
    message = str(refused.value)
    assert "Company[1]" in message
    assert "field=revenue_usd" in message
    assert "finite" in message
    assert dump_graph(small_graph, "neo4j") == before


def test_an_id_another_label_holds_in_the_graph_is_refused_whole(
    small_graph: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    before = dump_graph(small_graph, "neo4j")
    clash = tmp_path / "clash.yaml"
    clash.write_text(
        SOURCE + "Chip:\n  - {id: tsmc, name: Not TSMC, form: GPU, sources: [src-new], "
        "as_of: 2025-01-01, confidence: low}\n"
    )
    result = run_in_project(settings, CLI, "ingest", str(clash))
    assert result.returncode == 2, result.stderr
    assert "Chip[1]" in result.stderr
    assert "already names a Company" in result.stderr
    assert "Traceback" not in result.stderr
    assert dump_graph(small_graph, "neo4j") == before  # the new Source is not written either


def test_replace_lets_an_id_move_to_another_label(small_graph: neo4j.Driver, tmp_path: Path) -> None:
    moved = tmp_path / "moved.yaml"
    moved.write_text(
        SOURCE + "Chip:\n  - {id: tsmc, name: Not TSMC, form: GPU, sources: [src-new], "
        "as_of: 2025-01-01, confidence: low}\n"
    )
    load(small_graph, moved, replace=True, allow_deletes=100)
    labels = {props["id"]: label for label, props in dump_graph(small_graph, "neo4j").nodes}
    assert labels == {"src-new": "Source", "tsmc": "Chip"}


def test_a_bad_date_among_many_records_names_file_record_and_field(
    settings: Settings, tmp_path: Path
) -> None:
    records = [f"  - {{id: src-r{i}, title: R{i}, publisher: p, date: 2025-01-02}}" for i in range(1, 1001)]
    records[499] = "  - {id: src-r500, title: R500, publisher: p, date: 2025-02-30}"
    path = tmp_path / "many.yaml"
    path.write_text("Source:\n" + "\n".join(records) + "\n")
    result = run_in_project(settings, CLI, "check", str(path))
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "many.yaml:line 501 Source[500] id=src-r500 field=date" in result.stderr


def test_files_with_a_utf8_byte_order_mark_load(clean_graph: neo4j.Driver, tmp_path: Path) -> None:
    load(clean_graph, SMALL / "yaml")
    expected = dump_graph(clean_graph, "neo4j")
    for variant in ("csv", "json"):
        folder = tmp_path / variant
        shutil.copytree(SMALL / variant, folder)
        for path in folder.iterdir():
            path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
        wipe(clean_graph)
        load(clean_graph, folder)
        assert dump_graph(clean_graph, "neo4j") == expected
