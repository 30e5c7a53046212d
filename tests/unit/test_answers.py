"""The question specs and renderers, without a database: parameters, validation, schemas, and
tables written as CSV, Excel, terminal text and an agent's summary."""

from __future__ import annotations

import csv
import datetime as dt
import io
from enum import Enum

import pytest
from openpyxl import load_workbook

from api.answers import BY_SLUG, LOOKUPS, QUESTIONS
from api.answers.render import summary, to_csv, to_text, to_xlsx
from api.answers.table import Column, Table
from api.cli import build_parser
from graph.errors import ArgumentError, UnknownRefError
from graph.questions.changes import NODE_DATE_FIELDS, RELATIONSHIP_DATE_FIELDS
from graph.reads import _lucene_query

GRAPHQL_QUESTIONS = {
    "dependents",
    "suppliers",
    "riskIfDefault",
    "exposures",
    "riskRanking",
    "moneyCycles",
    "capacity",
    "accelerators",
    "policyReach",
    "talentFlows",
    "founders",
    "claims",
    "changes",
}


def test_every_graphql_question_has_a_spec() -> None:
    from api.graphql.questions import QUESTION_FIELDS

    assert set(QUESTIONS) == GRAPHQL_QUESTIONS == set(QUESTION_FIELDS)
    assert set(BY_SLUG) >= {"risk-if-default", "money-cycles", "policy-reach", "search", "entity"}


@pytest.mark.parametrize("name", sorted(GRAPHQL_QUESTIONS | set(LOOKUPS)))
def test_input_schema_is_described_for_a_model(name: str) -> None:
    question = {**QUESTIONS, **LOOKUPS}[name]
    schema = question.input_schema()
    assert schema["type"] == "object"
    assert schema.get("additionalProperties") is False
    assert set(schema["properties"]) == {p.name for p in question.params}
    assert sorted(schema.get("required", [])) == sorted(p.name for p in question.params if p.required)
    for prop in schema["properties"].values():
        assert len(prop["description"]) > 10
    assert len(question.description) > 30


def test_validation_coerces_text_and_names_what_is_wrong() -> None:
    risk = QUESTIONS["riskIfDefault"]
    values = risk.validate({"company": " openai ", "recoveryRate": "0.3", "asOf": "2025-12-01"})
    assert values == {
        "company": "openai",
        "as_of": dt.date(2025, 12, 1),
        "recovery_rate": 0.3,
        "equity_recovery": 0.0,  # the risk model's own defaults (Scenario)
        "relet_rate": 0.5,
        "receivable_months": 3.0,
        "stress_threshold": 0.1,
    }
    with pytest.raises(ArgumentError, match=r"receivableMonths: Input should be less than or equal to 24"):
        risk.validate({"company": "openai", "receivableMonths": 30})
    with pytest.raises(ArgumentError, match=r"recoveryRate: Input should be less than or equal to 1"):
        risk.validate({"company": "openai", "recoveryRate": 2})
    with pytest.raises(ArgumentError, match=r"asOf: .*date"):
        risk.validate({"company": "openai", "asOf": "yesterday"})
    with pytest.raises(ArgumentError, match=r"company: Field required"):
        risk.validate({})
    with pytest.raises(ArgumentError, match=r"has no argument 'recovery'; its arguments are"):
        risk.validate({"company": "openai", "recovery": 0.3})
    assert QUESTIONS["talentFlows"].validate({"from": "openai"})["from_"] == "openai"
    assert QUESTIONS["claims"].validate({"kind": "guidance"})["kind"].value == "guidance"
    with pytest.raises(
        ArgumentError, match=r"kind: Input should be 'forecast', 'opinion', 'thesis' or 'guidance'"
    ):
        QUESTIONS["claims"].validate({"kind": "rumour"})


def test_unknown_ref_message_lists_suggestions() -> None:
    assert str(UnknownRefError("Corewave", "Company", ["CoreWeave"])) == (
        "unknown Company 'Corewave'; did you mean CoreWeave?"
    )
    assert str(UnknownRefError("x", None, ["A", "B", "C"])).endswith("did you mean A, B or C?")
    assert "no id, name or alias" in str(UnknownRefError("zzz", "Chip"))


def test_search_query_escapes_and_fuzzes_long_words_only() -> None:
    assert _lucene_query("Corewave") == "(corewave OR corewave* OR corewave~)"
    assert _lucene_query("AI a+b") == "(ai OR ai*) AND (a\\+b OR a\\+b*)"
    assert _lucene_query("   ") == ""


def test_changes_dates_come_from_the_ontology() -> None:
    fields = {f["field"] for f in NODE_DATE_FIELDS}
    assert {"announced", "start", "end", "effective", "rescinded", "period_end"} <= fields
    assert {"label": "FinancialPeriod", "field": "as_of"} in NODE_DATE_FIELDS
    assert {f["field"] for f in NODE_DATE_FIELDS if f["label"] is None}.isdisjoint({"as_of"})
    assert RELATIONSHIP_DATE_FIELDS == ["valid_from", "valid_to"]


def sample() -> Table:
    table = Table(
        "riskIfDefault",
        {"company": "acme", "asOf": dt.date(2025, 1, 2)},
        [Column("company_id", "id"), Column("loss_usd", "USD"), Column("firm", "flag")],
    )
    table.add(["beta", 1_500_000_000.0, True], ["src-b", "src-a"])
    table.add(["gamma", 0.25, False], [])
    table.facts = {"total_loss_usd": 1_500_000_000.25}
    table.notes = ["deal x has no value_usd"]
    table.sources = {
        "src-a": {"publisher": "Reuters", "date": dt.date(2025, 1, 1), "url": "https://example.org/a"},
        "src-b": {"publisher": "Acme", "date": dt.date(2024, 5, 6), "title": "Annual report"},
    }
    return table


def test_csv_has_header_units_and_cited_sources() -> None:
    rows = list(csv.reader(io.StringIO(to_csv(sample()))))
    assert rows[0] == ["company_id", "loss_usd", "firm", "sources"]
    assert rows[1] == [
        "beta",
        "1500000000",
        "True",
        "Reuters, 2025-01-01, https://example.org/a | Acme, 2024-05-06, Annual report",
    ]
    assert rows[2] == ["gamma", "0.25", "False", ""]


def test_xlsx_reads_back_with_an_about_sheet() -> None:
    book = load_workbook(io.BytesIO(to_xlsx(sample())))
    rows = [list(r) for r in book["riskIfDefault"].iter_rows(values_only=True)]
    assert rows[0] == ["company_id", "loss_usd", "firm", "sources"]
    assert rows[1][:3] == ["beta", 1500000000, True]
    about = {r[0]: r[1] for r in book["about"].iter_rows(values_only=True)}
    assert about["parameter: asOf"] == "2025-01-02"
    assert about["note"] == "deal x has no value_usd"
    assert about["source: src-a"] == "Reuters, 2025-01-01, https://example.org/a"


def test_terminal_table_and_summary() -> None:
    text = to_text(sample())
    lines = text.splitlines()
    assert lines[0] == "riskIfDefault(company=acme, asOf=2025-01-02)"
    assert any(line.startswith("beta") and line.rstrip().endswith("1,2") for line in lines)
    assert "  [1] Reuters, 2025-01-01, https://example.org/a" in lines
    assert "  [2] Acme, 2024-05-06, Annual report" in lines
    assert "note: deal x has no value_usd" in lines
    short = summary(sample())
    assert short.startswith("riskIfDefault(company=acme, asOf=2025-01-02): 2 rows.")
    assert "- src-a: Reuters, 2025-01-01, https://example.org/a" in short


def test_cli_has_every_question_with_required_arguments_positional() -> None:
    parser = build_parser()
    args = parser.parse_args(
        ["ask", "risk-if-default", "OpenAI", "--recovery-rate", "0.3", "--format", "csv"]
    )
    assert args.question.name == "riskIfDefault"
    assert (args.company, args.recovery_rate, args.format) == ("OpenAI", "0.3", "csv")
    args = parser.parse_args(["ask", "accelerators", "stargate-abilene", "h100", "--pue", "1.2"])
    assert (args.site, args.chip, args.pue) == ("stargate-abilene", "h100", "1.2")
    args = parser.parse_args(["ask", "moneyCycles", "--through", "nvidia"])
    assert args.question.name == "moneyCycles"
    with pytest.raises(SystemExit):
        parser.parse_args(["ask", "capacity", "planet"])  # not one of the groupBy choices
    for slug, question in BY_SLUG.items():
        required = [p for p in question.params if p.required]
        values = [next(iter(p.type)).value if issubclass(p.type, Enum) else "x" for p in required]
        assert parser.parse_args(["ask", slug, *values]).question is question
