"""The questions outside GraphQL: `computegraph ask` in every format (the same answer as GraphQL),
CSV and Excel downloads read back, "did you mean" for misspelt names, and what changed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import neo4j
import pytest
from openpyxl import load_workbook

from graph.settings import Settings
from tests.conftest import ApiClient, build_graph, company
from tests.integration.serving import CLI, run_in_project

RISK_QUERY = """
{ riskIfDefault(company: "OpenAI", asOf: "2025-12-01") {
    totalLossUsd parties { company { id } totalLossUsd } } }
"""


@pytest.fixture
def graphql_risk(dataset: neo4j.Driver, api: ApiClient) -> dict[str, float]:
    body = api.graphql(RISK_QUERY)
    parties = body["data"]["riskIfDefault"]["parties"]  # type: ignore[index]
    return {p["company"]["id"]: p["totalLossUsd"] for p in parties}


def ask(settings: Settings, *argv: str) -> str:
    result = run_in_project(settings, CLI, "ask", *argv)
    assert result.returncode == 0, result.stderr
    return result.stdout


RISK_ARGS = ("risk-if-default", "OpenAI", "--as-of", "2025-12-01")


def test_ask_json_is_the_graphql_answer(graphql_risk: dict[str, float], settings: Settings) -> None:
    answer = json.loads(ask(settings, *RISK_ARGS, "--format", "json"))
    losses = {row["company_id"]: row["total_loss_usd"] for row in answer["rows"]}
    assert losses == pytest.approx(graphql_risk)
    assert answer["parameters"] == {
        "company": "OpenAI",
        "asOf": "2025-12-01",
        "recoveryRate": 0.4,
        "equityRecovery": 0.0,
        "reletRate": 0.5,
        "receivableMonths": 3.0,
        "stressThreshold": 0.1,
    }
    assert answer["facts"]["relet_rate"] == 0.5  # the scenario the model ran, echoed
    assert answer["sources"]
    assert all(s["publisher"] and s["date"] for s in answer["sources"])


def test_ask_csv_and_table(graphql_risk: dict[str, float], settings: Settings) -> None:
    rows = list(csv.DictReader(io.StringIO(ask(settings, *RISK_ARGS, "--format", "csv"))))
    assert {r["company_id"]: float(r["total_loss_usd"]) for r in rows} == pytest.approx(graphql_risk)
    assert all(r["sources"] for r in rows if float(r["direct_loss_usd"]))
    table = ask(settings, *RISK_ARGS)
    header = table.splitlines()[next(i for i, line in enumerate(table.splitlines()) if not line) + 1]
    assert header.split()[:3] == ["company_id", "company", "credit_loss_usd"]
    largest = max(graphql_risk, key=lambda k: graphql_risk[k])
    assert any(line.startswith(largest + " ") for line in table.splitlines())
    assert "sources:" in table


def test_ask_xlsx_reads_back(graphql_risk: dict[str, float], settings: Settings, tmp_path: Path) -> None:
    out = tmp_path / "risk.xlsx"
    ask(settings, *RISK_ARGS, "--format", "xlsx", "--out", str(out))
    sheet = load_workbook(out)["riskIfDefault"]
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[0] == "company_id"
    assert header[-1] == "sources"
    total = header.index("total_loss_usd")
    assert {row[0]: row[total] for row in rows} == pytest.approx(graphql_risk)


def test_ask_dependents_matches_graphql(dataset: neo4j.Driver, api: ApiClient, settings: Settings) -> None:
    body = api.graphql('{ dependents(supplier: "TSMC", maxDepth: 2) { company { id } depth } }')
    expected = {d["company"]["id"]: d["depth"] for d in body["data"]["dependents"]}  # type: ignore[index]
    answer = json.loads(ask(settings, "dependents", "tsmc", "--max-depth", "2", "--format", "json"))
    assert {row["company_id"]: row["depth_steps"] for row in answer["rows"]} == expected


def test_ask_refuses_bad_arguments_clearly(dataset: neo4j.Driver, settings: Settings) -> None:
    result = run_in_project(settings, CLI, "ask", "risk-if-default", "openai", "--recovery-rate", "1.5")
    assert result.returncode == 1
    assert "recoveryRate" in result.stderr
    assert "less than or equal to 1" in result.stderr
    result = run_in_project(settings, CLI, "ask", "dependents", "Nvidea")
    assert result.returncode == 1
    assert "unknown entity 'Nvidea'; did you mean NVIDIA" in result.stderr


def test_export_csv_and_xlsx_over_http(api: ApiClient, graphql_risk: dict[str, float]) -> None:
    response = api.get("/export/risk-if-default.csv?company=openai&asOf=2025-12-01")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert {r["company_id"]: float(r["total_loss_usd"]) for r in rows} == pytest.approx(graphql_risk)

    response = api.get("/export/companies.xlsx")
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(response.content))["companies"]
    header, *rows_xlsx = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[:2] == ["id", "name"]
    assert "revenue_usd" in header
    assert header[-1] == "sources"
    by_id = {row[0]: row for row in rows_xlsx}
    assert by_id["nvidia"][1] == "NVIDIA"
    assert by_id["nvidia"][-1]  # cited: publisher, date, URL or title

    assert api.get("/export/risk-if-default.csv?company=Corewave").json() == {
        "detail": "unknown Company 'Corewave'; did you mean CoreWeave?"
    }
    bad = api.get("/export/risk-if-default.csv?company=openai&recoveryRate=abc")
    assert bad.status_code == 400
    assert "recoveryRate" in bad.json()["detail"]
    assert api.get("/export/no-such-question.csv").status_code == 404


@pytest.mark.parametrize(
    ("ref", "expected"),
    [("Corewave", "CoreWeave"), ("Nvidea", "NVIDIA"), ("SK hynx", "SK hynix"), ("Microsfot", "Microsoft")],
)
def test_did_you_mean(dataset: neo4j.Driver, api: ApiClient, ref: str, expected: str) -> None:
    body = api.graphql("query($r: String!) { company(ref: $r) { id } }", {"r": ref})
    message = body["errors"][0]["message"]  # type: ignore[index]
    assert f"unknown Company {ref!r}; did you mean " in message
    suggested = message.split("did you mean ", 1)[1].rstrip("?")
    assert expected in suggested.replace(" or ", ", ").split(", ")
    assert len(suggested.replace(" or ", ", ").split(", ")) <= 3


def test_search_tolerates_typos(dataset: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ search(text: "coreweeve") { entity { id } } }')
    assert body["data"]["search"][0]["entity"]["id"] == "coreweave"  # type: ignore[index]


def test_ask_claims_matches_graphql(dataset: neo4j.Driver, api: ApiClient, settings: Settings) -> None:
    body = api.graphql('{ claims(about: "CoreWeave") { id date } }')
    expected = [c["id"] for c in body["data"]["claims"]]  # type: ignore[index]
    assert expected, "the shipped data has claims about CoreWeave"
    answer = json.loads(ask(settings, "claims", "--about", "CoreWeave", "--format", "json"))
    assert [row["claim_id"] for row in answer["rows"]] == expected
    assert all(row["sources"] and row["speaker"] and row["text"] for row in answer["rows"])


# Last: it replaces the module's dataset with a graph of its own.
def test_changes_in_a_window(
    clean_graph: neo4j.Driver, api: ApiClient, settings: Settings, tmp_path: Path
) -> None:
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company("alpha"), company("beta")],
            "Deal": [
                {
                    "id": "deal-in",
                    "name": "Deal In",
                    "kind": "compute_contract",
                    "status": "signed",
                    "announced": "2025-03-10",
                    "start": "2026-01-01",
                },
                {
                    "id": "deal-out",
                    "name": "Deal Out",
                    "kind": "compute_contract",
                    "status": "signed",
                    "announced": "2024-01-01",
                },
            ],
            "Policy": [
                {
                    "id": "rule",
                    "name": "A Rule",
                    "kind": "regulation",
                    "jurisdiction": "US",
                    "effective": "2025-03-20",
                }
            ],
            "Person": [{"id": "ann", "name": "Ann"}],
        },
        [
            {"type": "WORKED_AT", "from": "ann", "to": "alpha", "title": "CTO", "valid_to": "2025-03-15"},
            {"type": "PARTY_TO", "from": "alpha", "to": "deal-in", "role": "buyer"},
        ],
    )
    query = (
        '{ changes(from: "2025-03-01", to: "2025-03-31") '
        "{ date event entity { id } other { id } summary sources { publisher } } }"
    )
    changes = api.graphql(query)["data"]["changes"]  # type: ignore[index]
    assert [(c["date"], c["event"], c["entity"]["id"]) for c in changes] == [
        ("2025-03-20", "effective", "rule"),
        ("2025-03-15", "valid_to", "ann"),
        ("2025-03-10", "announced", "deal-in"),
    ]
    assert changes[1]["other"]["id"] == "alpha"
    assert changes[1]["summary"] == "Ann WORKED_AT ALPHA (CTO) ends"
    assert all(c["sources"] == [{"publisher": "tests"}] for c in changes)

    result = run_in_project(
        settings, CLI, "changes", "--since", "2025-03-01", "--until", "2025-03-31", "--format", "csv"
    )
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["entity_id"] for r in rows] == ["rule", "ann", "deal-in"]
    assert all(r["sources"].startswith("tests, 2025-01-01") for r in rows)

    feed = api.get("/changes.atom?from=2025-03-01&to=2025-03-31")
    assert feed.status_code == 200
    assert feed.headers["content-type"].startswith("application/atom+xml")
    assert feed.text.count("<entry>") == 3
    assert "2025-03-20: Policy A Rule takes effect" in feed.text
    assert api.get("/changes.atom?from=2025-04-01&to=2025-03-01").status_code == 400
