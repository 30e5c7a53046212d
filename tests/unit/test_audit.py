"""The coverage audit finds exactly the one problem of each kind planted in a small fixture, and
runs on the shipped data with every section printed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from graph.settings import PROJECT_ROOT
from ingest.audit import audit, from_validated
from ingest.load import read_and_validate

FIXTURE = PROJECT_ROOT / "tests" / "fixtures" / "audit" / "one-of-each.yaml"


def findings(cutoff: dt.date | None = None) -> dict[str, list[str]]:
    report = audit(from_validated(read_and_validate([FIXTURE])), cutoff)
    return {finding.key: finding.items for finding in report.findings}


def test_each_planted_problem_is_found_once() -> None:
    found = findings()
    assert found["unsplit_deals"] == ["round-unsplit (investor)"]
    assert found["stale_financials"] == ["listed-stale (latest period none)"]
    # listed-fresh reports a recent quarter, but with revenue only: its stress cannot be measured.
    assert found["periods_without_capital"] == ["listed-fresh (equity_usd, cash_usd)"]
    assert found["sites_without_mw"] == ["site-no-mw"]
    # contract-loi is marked value_undisclosed: only the unmarked deal without a value is a gap.
    assert found["deals_without_value"] == ["contract-again"]
    assert found["sources_without_url"] == ["src-without-url"]
    assert found["ambiguous_refs"] == ["PowerAsset 'campus a': campus-a, campus-b"]
    assert found["sources_after_cutoff"] == []
    # lease-campus-a and -b: same parties and sum, but each covers its own campus.
    assert found["overlapping_deals"] == ["contract-again ~ contract-loi"]
    # gpu-without-fp8 has every other figure: no FP8 arithmetic is not a gap; nor is no BF16 on
    # npu-without-bf16. The CPU is no accelerator.
    assert found["thin_chips"] == ["thin-gpu (memory_bandwidth_tbps, tdp_w, bf16_tflops, fp8_tflops)"]
    assert found["chips_without_hbm_suppliers"] == ["thin-gpu"]


def test_the_share_of_accelerators_with_specs_counts_what_they_cannot_have_as_present() -> None:
    report = audit(from_validated(read_and_validate([FIXTURE])))
    assert report.shares["accelerators with specs"][:2] == (2, 3)


def test_the_cutoff_defaults_to_the_newest_source_and_can_be_given() -> None:
    report = audit(from_validated(read_and_validate([FIXTURE])))
    assert report.cutoff == dt.date(2025, 6, 30)
    late = findings(dt.date(2025, 6, 15))
    assert late["sources_after_cutoff"] == ["src-with-url"]


def test_a_period_older_than_a_year_before_the_cutoff_is_stale() -> None:
    assert "listed-fresh (latest period 2025-06-30)" in findings(dt.date(2026, 8, 1))["stale_financials"]


def test_audit_of_the_shipped_data_prints_floors_and_findings(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "api.cli", "audit", str(PROJECT_ROOT / "data"), "--worst", "3"],
        capture_output=True,
        text=True,
        check=False,
        cwd=PROJECT_ROOT,
    )
    assert result.returncode == 0, result.stderr
    for heading in ("floors:", "Company", "sources with url", "missing:", "multi-party money deals"):
        assert heading in result.stdout
    # Clean-up rule of the dataset: a name or alias names one record of its label.
    assert "(a ref to them cannot resolve): 0" in result.stdout
