"""The risk model's GraphQL names over HTTP (the explorer codes against them), financial periods
on Company and claims about an entity, on the chain of test_risk_model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import neo4j
import pytest

from tests.conftest import ApiClient, build_graph, company
from tests.integration.test_risk_model import contract_d_pays_c, lease_c_from_l, period

RISK_QUERY = """
query($relet: Float!) {
  riskIfDefault(company: "D", asOf: "2025-07-01", reletRate: $relet) {
    defaulter { id }
    asOf
    assumptions {
      recoveryRate equityRecovery reletRate receivableMonths stressThreshold capitalBasis drawnProRata
    }
    totalLossUsd totalRevenueAtRiskUsd totalContingentRevenueAtRiskUsd
    parties {
      company { id } creditLossUsd equityLossUsd capitalAtRiskUsd directLossUsd secondOrderLossUsd
      totalLossUsd revenueAtRiskUsd contingentRevenueAtRiskUsd revenueAtRiskByYear { year amountUsd }
      lossAbsorbingCapitalUsd stress channels deals { id } via { id }
    }
    flows { from { id } to { id } lossUsd order deals { id } }
    missing
  }
}
"""


@pytest.fixture
def lessee_chain(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """d's 1000 contract with c (2026-2030); c leases the site serving it from l (400 over
    2025-2028); c reports two quarters; an analyst's claim is about c."""
    deals = [
        contract_d_pays_c(),
        lease_c_from_l(),
    ]
    periods = [
        period("c", "2024-12-31", "2025-02-01", equity_usd=80, cash_usd=5),
        period("c", "2025-03-31", "2025-05-01", equity_usd=100),
    ]
    claim = {
        "id": "claim-c-capex",
        "name": "C guides capex",
        "kind": "guidance",
        "text": "C expects to spend 50 on capex.",
        "speaker": "C",
        "date": "2025-05-01",
        "metric": "capex_usd",
        "value_usd": 50,
    }
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company(c) for c in ("d", "c", "l")],
            "Deal": [d for d, _ in deals],
            "FinancialPeriod": [p for p, _ in periods],
            "Claim": [claim],
        },
        [rel for _, rels in [*deals, *periods] for rel in rels]
        + [
            {"type": "SERVES", "from": "lease", "to": "k"},
            {"type": "ABOUT", "from": "claim-c-capex", "to": "c"},
            {"type": "MADE_BY", "from": "claim-c-capex", "to": "c"},
        ],
    )
    return clean_graph


def test_risk_if_default_answers_in_the_named_shape(lessee_chain: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql(RISK_QUERY, {"relet": 0.3})
    assert "errors" not in body, body
    report: Any = body["data"]["riskIfDefault"]  # type: ignore[index]
    assert report["assumptions"] == {
        "recoveryRate": 0.4,
        "equityRecovery": 0.0,
        "reletRate": 0.3,
        "receivableMonths": 3.0,
        "stressThreshold": 0.1,
        "capitalBasis": "book equity (floored at 0) + cash of the latest period on or before asOf",
        "drawnProRata": True,
    }
    c = next(p for p in report["parties"] if p["company"]["id"] == "c")
    assert c["capitalAtRiskUsd"] == pytest.approx(400 * 1280 / 1461 * 0.7)
    assert c["revenueAtRiskUsd"] == pytest.approx(1000)
    assert [y["year"] for y in c["revenueAtRiskByYear"]] == [2026, 2027, 2028, 2029, 2030]
    assert c["lossAbsorbingCapitalUsd"] == 100
    assert c["stress"] == 1.0
    assert report["totalRevenueAtRiskUsd"] == pytest.approx(1000)
    orders = {(f["from"]["id"], f["to"]["id"]): f["order"] for f in report["flows"]}
    assert orders == {("d", "c"): 1, ("c", "l"): 2}
    assert any("company l: no financial period" in m for m in report["missing"])


def test_bad_scenario_is_a_clear_error(lessee_chain: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql(RISK_QUERY, {"relet": 2.0})
    assert "reletRate must be between 0 and 1 (got 2.0)" in str(body["errors"])  # type: ignore[index]


def test_financial_periods_and_claims(lessee_chain: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql(
        """{
          company(ref: "c") {
            financials { fiscalLabel }
            before: financials(asOf: "2025-04-15") { fiscalLabel equityUsd }
            latestFinancials(asOf: "2025-07-01") { fiscalLabel equityUsd }
          }
          companies { nodes { id latestFinancials { id } } }
          claims(about: "C") { id kind speaker valueUsd about { node { id } } madeBy { node { id } } }
          guidance: claims(about: "c", kind: "forecast") { id }
        }"""
    )
    data: Any = body["data"]
    assert [p["fiscalLabel"] for p in data["company"]["financials"]] == ["2025-03-31", "2024-12-31"]
    # Q1 ended 03-31 but was published 05-01: not yet known on 04-15.
    assert data["company"]["before"] == [{"fiscalLabel": "2024-12-31", "equityUsd": 80.0}]
    assert data["company"]["latestFinancials"] == {"fiscalLabel": "2025-03-31", "equityUsd": 100.0}
    latest = {n["id"]: n["latestFinancials"] for n in data["companies"]["nodes"]}
    assert latest == {"c": {"id": "c-2025-03-31"}, "d": None, "l": None}
    assert data["claims"] == [
        {
            "id": "claim-c-capex",
            "kind": "guidance",
            "speaker": "C",
            "valueUsd": 50.0,
            "about": [{"node": {"id": "c"}}],
            "madeBy": [{"node": {"id": "c"}}],
        }
    ]
    assert data["guidance"] == []
    refused = api.graphql('{ claims(kind: "rumour") { id } }')
    assert "unknown claim kind 'rumour'" in str(refused["errors"])  # type: ignore[index]
