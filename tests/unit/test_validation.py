"""The bad-file corpus: each defect gives its precise error (file, record, id, field)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import read_and_validate
from ingest.records import DataFileError

HEADER = """
Source:
  - {id: src-a, title: A, publisher: P, date: 2025-01-01}
"""
PROV = "sources: [src-a], as_of: 2025-01-01, confidence: high"


def errors_for(tmp_path: Path, text: str, name: str = "case.yaml") -> str:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(DataFileError) as raised:
        read_and_validate([path])
    return str(raised.value)


CASES = {
    "dangling reference": (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], {PROV}}}\n"
        f"relationships:\n  - {{type: SUPPLIES, from: a, to: ghost, product: x, {PROV}}}\n",
        ["refers to 'ghost'", "field=to", "a-[SUPPLIES]->ghost"],
    ),
    "duplicate id": (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], {PROV}}}\n"
        f"Chip:\n  - {{id: a, name: A, form: GPU, {PROV}}}\n",
        ["duplicate id", "id=a", "Chip[1]"],
    ),
    "disallowed endpoint labels": (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], {PROV}}}\n"
        f"Chip:\n  - {{id: c, name: C, form: GPU, {PROV}}}\n"
        f"relationships:\n  - {{type: FABBED_BY, from: a, to: c, {PROV}}}\n",
        ["FABBED_BY cannot start at a Company", "field=from"],
    ),
    "undefined source": (
        HEADER + "Company:\n  - {id: a, name: A, roles: [foundry], sources: [src-nope], "
        "as_of: 2025-01-01, confidence: high}\n",
        ["cites source 'src-nope'", "field=sources", "id=a"],
    ),
    "dates out of order": (
        HEADER + f"Deal:\n  - {{id: d, name: D, kind: loan, status: signed, start: 2026-01-01, "
        f"end: 2025-01-01, {PROV}}}\n",
        ["end 2025-01-01 is before start 2026-01-01", "id=d"],
    ),
    "negative money": (
        HEADER + f"Deal:\n  - {{id: d, name: D, kind: loan, status: signed, value_usd: -5, {PROV}}}\n",
        ["field=value_usd", "must not be negative", "found -5"],
    ),
    "missing sources": (
        HEADER + "Company:\n  - {id: a, name: A, roles: [foundry], as_of: 2025-01-01, confidence: high}\n",
        ["field=sources", "required field is missing"],
    ),
    "unknown field": (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], revenue: 5, {PROV}}}\n",
        ["field=revenue", "unknown field"],
    ),
    "wrong type": (
        HEADER + f"Chip:\n  - {{id: c, name: C, form: GPU, tdp_w: lots, {PROV}}}\n",
        ["field=tdp_w", "found 'lots'"],
    ),
    "bad slug": (
        HEADER + f"Company:\n  - {{id: Not A Slug, name: A, roles: [foundry], {PROV}}}\n",
        ["field=id"],
    ),
    "malformed yaml": (HEADER + "Company:\n  - {id: a, name: [unclosed\n", ["malformed YAML", "line"]),
    "unknown section": (HEADER + "Companies:\n  - {id: a}\n", ["unknown section 'Companies'"]),
    "financials without period": (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], revenue_usd: 5, {PROV}}}\n",
        ["fiscal_year"],
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_defect_names_file_record_and_field(tmp_path: Path, case: str) -> None:
    text, expected = CASES[case]
    message = errors_for(tmp_path, text)
    assert "case.yaml" in message
    for fragment in expected:
        assert fragment in message, (case, message)


def test_all_errors_are_reported_at_once(tmp_path: Path) -> None:
    text = HEADER + (
        f"Chip:\n  - {{id: c, name: C, form: GPU, tdp_w: -1, {PROV}}}\n"
        f"  - {{id: d, name: D, form: FPGA, {PROV}}}\n"
    )
    message = errors_for(tmp_path, text)
    assert "2 error(s)" in message
    assert "id=c" in message
    assert "id=d" in message


def test_line_numbers_point_at_the_record(tmp_path: Path) -> None:
    text = (
        HEADER + f"Company:\n  - {{id: a, name: A, roles: [foundry], {PROV}}}\n"
        f"  - {{id: b, name: B, roles: [wizard], {PROV}}}\n"
    )
    assert "case.yaml:line 6 Company[2]" in errors_for(tmp_path, text)


def test_not_utf8_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes("Company:\n  - {id: a, name: Société}\n".encode("latin-1"))
    with pytest.raises(DataFileError, match="not UTF-8"):
        read_and_validate([path])


def test_empty_file_is_refused(tmp_path: Path) -> None:
    assert "the file is empty" in errors_for(tmp_path, "   \n")


def test_large_junk_file_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "junk.yaml"
    path.write_bytes(b"\x00\xff" * (25 * 1024 * 1024))  # 50 MB of junk
    with pytest.raises(DataFileError, match="not UTF-8"):
        read_and_validate([path])


@pytest.mark.parametrize(
    ("name", "text", "fragment"),
    [
        (
            "Company.csv",
            "id,name,roles,sources,as_of,confidence\na,A,foundry,src-x,2025-01-01,high\n",
            "cites source 'src-x'",
        ),
        ("Widget.csv", "id\n1\n", "named for a label or relationship type"),
        ("broken.json", '{"Company": [', "malformed JSON"),
        ("broken.ttl", "@prefix cg: <x> . cg:a cg:b", "malformed RDF"),
    ],
)
def test_other_formats_report_precisely(tmp_path: Path, name: str, text: str, fragment: str) -> None:
    assert fragment in errors_for(tmp_path, text, name)
