"""The money model's ontology: financial periods, instruments, deal links and claims validate
as the data-format doc says, and a mistake names its record and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.load import read_and_validate
from ingest.records import DataFileError

HEADER = """
Source:
  - {id: src-a, title: A, publisher: P, date: 2025-01-01}
Company:
  - {id: oracle, name: Oracle, roles: [hyperscaler], sources: [src-a], as_of: 2025-01-01, confidence: high}
  - {id: openai, name: OpenAI, roles: [model_lab], sources: [src-a], as_of: 2025-01-01, confidence: high}
"""
PROV = "sources: [src-a], as_of: 2025-09-09, confidence: high"


def load(tmp_path: Path, text: str) -> int:
    path = tmp_path / "case.yaml"
    path.write_text(HEADER + text)
    dataset = read_and_validate([path])
    return len(dataset.nodes) + len(dataset.relationships)


def error(tmp_path: Path, text: str) -> str:
    with pytest.raises(DataFileError) as raised:
        load(tmp_path, text)
    return str(raised.value)


PERIOD = (
    "FinancialPeriod:\n  - {{id: oracle-fy2026-q1, name: Oracle FY2026 Q1, period: quarter, "
    "fiscal_label: FY2026 Q1, period_end: 2025-08-31, revenue_usd: 14926000000, "
    "equity_usd: {equity}, rpo_usd: 455000000000, {extra}" + PROV + ", "
    "relationships: [{{type: REPORTED, from: oracle}}]}}\n"
)


def test_a_financial_period_loads_with_its_company(tmp_path: Path) -> None:
    assert load(tmp_path, PERIOD.format(equity=24666000000, extra="")) == 5


def test_negative_book_equity_is_allowed(tmp_path: Path) -> None:
    assert load(tmp_path, PERIOD.format(equity=-3000000000, extra="")) == 5


def test_a_foreign_currency_filing_must_state_its_rate(tmp_path: Path) -> None:
    message = error(tmp_path, PERIOD.format(equity=1, extra="reported_currency: TWD, "))
    assert "need usd_per_unit" in message
    assert "id=oracle-fy2026-q1" in message


def test_run_rate_needs_its_date(tmp_path: Path) -> None:
    text = f"Company:\n  - {{id: x, name: X, roles: [model_lab], revenue_run_rate_usd: 5, {PROV}}}\n"
    assert "revenue_run_rate_date" in error(tmp_path, text)


def deal(extra: str, deal_id: str = "d") -> str:
    return f"  - {{id: {deal_id}, name: {deal_id}, kind: credit_facility, status: signed, {extra}{PROV}}}\n"


def test_drawn_cannot_exceed_committed(tmp_path: Path) -> None:
    text = "Deal:\n" + deal("committed_usd: 100, drawn_usd: 150, ")
    assert "drawn_usd 150.0 exceeds committed_usd 100.0" in error(tmp_path, text)


@pytest.mark.parametrize(
    ("schedule", "fragment"),
    [("['2027:5', '2026:5']", "ascending"), ("['2027-5']", "field=schedule")],
)
def test_schedule_is_year_colon_amount_in_order(tmp_path: Path, schedule: str, fragment: str) -> None:
    assert fragment in error(tmp_path, "Deal:\n" + deal(f"schedule: {schedule}, "))


def test_party_amounts_and_deal_links_load(tmp_path: Path) -> None:
    text = (
        "Deal:\n"
        + deal("value_usd: 300000000000, ", "contract")
        + deal("committed_usd: 100, drawn_usd: 40, ", "loan")
        + "relationships:\n"
        f"  - {{type: PARTY_TO, from: openai, to: contract, role: buyer, amount_usd: 3.0e11, {PROV}}}\n"
        f"  - {{type: PARTY_TO, from: oracle, to: loan, role: borrower, {PROV}}}\n"
        f"  - {{type: SERVES, from: loan, to: contract, share: 0.5, {PROV}}}\n"
        f"  - {{type: SUPERSEDES, from: loan, to: contract, {PROV}}}\n"
    )
    assert load(tmp_path, text) == 3 + 2 + 4


def test_a_claim_is_about_entities_and_made_by_its_speaker(tmp_path: Path) -> None:
    text = (
        "Claim:\n  - {id: claim-oracle-capex, name: Oracle FY2026 capex guidance, kind: guidance, "
        "text: Oracle expects about $35B of capex in FY2026, speaker: Oracle, date: 2025-09-09, "
        f"metric: capex_usd, value_usd: 35000000000, period_label: FY2026, {PROV}, "
        "relationships: [{type: ABOUT, to: oracle}, {type: MADE_BY, to: oracle}]}\n"
    )
    assert load(tmp_path, text) == 3 + 1 + 2


def test_a_claim_range_is_in_order(tmp_path: Path) -> None:
    text = (
        "Claim:\n  - {id: c, name: C, kind: forecast, text: T, speaker: S, date: 2025-01-01, "
        f"low_usd: 10, high_usd: 5, {PROV}}}\n"
    )
    assert "high_usd 5.0 is below low_usd 10.0" in error(tmp_path, text)


def test_a_chip_without_fp8_cannot_carry_an_fp8_figure(tmp_path: Path) -> None:
    text = f"Chip:\n  - {{id: g, name: G, form: GPU, fp8_supported: false, fp8_tflops: 10, {PROV}}}\n"
    assert "fp8_tflops given for a chip marked fp8_supported: false" in error(tmp_path, text)
