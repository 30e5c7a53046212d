"""Randomly mutated copies of the real data: a load either succeeds whole or writes nothing."""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path
from typing import Any

import neo4j
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from graph.dump import dump_graph
from ingest.load import ingest
from ingest.records import DataFileError
from tests.conftest import DATA

ORIGINAL = {path.relative_to(DATA): yaml.safe_load(path.read_text()) for path in sorted(DATA.rglob("*.yaml"))}
JUNK = st.one_of(
    st.none(),
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=True),
    st.text(max_size=12),
    st.lists(st.text(max_size=5), max_size=3),
    st.sampled_from(["2025-13-45", "", "🙂", "src-nope", "tsmc", "Company"]),
)


@st.composite
def mutated_data(draw: st.DrawFn) -> tuple[dict[Path, Any], str]:
    data = copy.deepcopy(ORIGINAL)
    path = draw(st.sampled_from(sorted(data)))
    section = draw(st.sampled_from(sorted(data[path])))
    records = data[path][section]
    index = draw(st.integers(0, len(records) - 1))
    field = draw(st.sampled_from(sorted(records[index])))
    records[index][field] = draw(JUNK)
    return data, f"{path} {section}[{index}].{field}"


@settings(max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
@given(case=mutated_data())
def test_mutated_data_loads_whole_or_not_at_all(
    dataset: neo4j.Driver, case: tuple[dict[Path, Any], str]
) -> None:
    data, where = case
    with tempfile.TemporaryDirectory() as folder:
        for relative, content in data.items():
            target = Path(folder) / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(yaml.safe_dump(content, allow_unicode=True, sort_keys=False))
        before = dump_graph(dataset, "neo4j")
        try:
            ingest(dataset, [Path(folder)], database="neo4j", show_progress=False)
        except DataFileError:
            assert dump_graph(dataset, "neo4j") == before, where  # nothing partial
            return
        again = ingest(dataset, [Path(folder)], database="neo4j", show_progress=False)
        assert not again.changed_anything, where  # the mutated data, loaded whole
