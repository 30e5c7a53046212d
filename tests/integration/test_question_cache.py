"""Answers kept per graph version (graph.version_cache): a cached answer is replaced by the new one
after an ingest and after a mutation, and two argument sets never share an entry.

The small graph: a invests 100 in b (equity), b buys 1000 of compute from a over 2026-2030 (the
money goes round: a -> b -> a), s supplies a (so a depends on s, and b on s through a). As of 2025-07-01, if b
defaults, a loses its equity x (1 - equityRecovery) and has 1000 of revenue at risk.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
import yaml

from graph import questions as q
from graph.questions.cycles import MoneyCycle
from graph.questions.dependency import Dependency
from graph.questions.ranking import RiskRank
from graph.questions.risk import PartyLoss, RiskReport
from graph.settings import Settings
from graph.version_cache import ANSWERS, MONEY_GRAPHS
from tests.conftest import PROVENANCE, TEST_SOURCE, ApiClient, api_client, ask, load, make_settings, wipe

AS_OF = dt.date(2025, 7, 1)
KEY = "test-key-" + "y" * 24
Record = dict[str, object]


def company(node_id: str) -> Record:
    return {"id": node_id, "name": node_id.upper(), "roles": ["hyperscaler"]}


def contract(value: float) -> Record:
    return {
        "id": "k",
        "name": "k",
        "kind": "compute_contract",
        "status": "signed",
        "value_usd": value,
        "announced": "2025-01-01",
        "start": "2026-01-01",
        "end": "2031-01-01",
    }


def write_case(tmp_path: Path, name: str, nodes: dict[str, list[Record]], rels: list[Record]) -> Path:
    document: dict[str, object] = {
        "Source": [{"id": TEST_SOURCE, "title": "Test case", "publisher": "tests", "date": "2025-01-01"}],
        **{label: [{**PROVENANCE, **record} for record in records] for label, records in nodes.items()},
        "relationships": [{**PROVENANCE, **rel} for rel in rels],
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def case(tmp_path: Path, name: str, contract_value: float, extra_supplier: bool = False) -> Path:
    companies = [company(c) for c in ("a", "b", "s", "t")]
    equity = {"id": "e", "name": "e", "kind": "equity_investment", "status": "signed", "value_usd": 100}
    rels: list[Record] = [
        {"type": "PARTY_TO", "from": "a", "to": "e", "role": "investor", "amount_usd": 100},
        {"type": "PARTY_TO", "from": "b", "to": "e", "role": "investee"},
        {"type": "PARTY_TO", "from": "b", "to": "k", "role": "buyer"},
        {"type": "PARTY_TO", "from": "a", "to": "k", "role": "seller"},
        {"type": "SUPPLIES", "from": "s", "to": "a", "product": "power"},
    ]
    if extra_supplier:
        rels.append({"type": "SUPPLIES", "from": "s", "to": "t", "product": "power"})
    return write_case(
        tmp_path, name, {"Company": companies, "Deal": [equity, contract(contract_value)]}, rels
    )


@pytest.fixture
def money_round(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    load(clean_graph, case(tmp_path, "first", 1000))
    return clean_graph


def party(report: RiskReport, company_id: str) -> PartyLoss:
    return next(p for p in report.parties if p.company_id == company_id)


def same(again: object, first: object) -> bool:
    if isinstance(again, list) and isinstance(first, list):  # riskRanking slices its kept list
        return len(again) == len(first) and all(x is y for x, y in zip(again, first, strict=True))
    return again is first


Answers = tuple[RiskReport, list[RiskRank], list[MoneyCycle], list[Dependency]]


def answers(settings: Settings) -> Answers:
    risk = ask(settings, q.risk_if_default, "b", as_of=AS_OF)
    ranking = ask(settings, q.risk_ranking, as_of=AS_OF)
    cycles = ask(settings, q.money_cycles, through="a", max_length=3, as_of=AS_OF)
    found = ask(settings, q.dependents, "s", max_depth=2)
    return risk, ranking, cycles, found


def test_an_ingest_replaces_cached_answers(
    money_round: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    risk, ranking, cycles, found = answers(settings)
    # Asked again at the same version: the very same objects, read and computed once.
    assert all(
        same(again, first)
        for again, first in zip(answers(settings), (risk, ranking, cycles, found), strict=True)
    )
    assert party(risk, "a").revenue_at_risk_usd == pytest.approx(1000)
    assert cycles[0].firm_usd == pytest.approx(1100)
    assert [d.company.id for d in found] == ["a", "b"]  # b buys a's compute

    load(money_round, case(tmp_path, "second", 2500, extra_supplier=True))  # an update, no wipe

    risk2, ranking2, cycles2, found2 = answers(settings)
    assert party(risk2, "a").revenue_at_risk_usd == pytest.approx(2500)
    assert cycles2[0].firm_usd == pytest.approx(2600)
    b_rank = next(r for r in ranking2 if r.company_id == "b")
    assert b_rank.components["commitments_usd"] == pytest.approx(2500)
    assert [d.company.id for d in found2] == ["a", "t", "b"]
    # Each equals the answer computed from nothing (the caches emptied).
    ANSWERS.clear()
    MONEY_GRAPHS.clear()
    fresh = answers(settings)
    assert party(fresh[0], "a").revenue_at_risk_usd == party(risk2, "a").revenue_at_risk_usd
    assert [(r.company_id, r.score) for r in fresh[1]] == [(r.company_id, r.score) for r in ranking2]
    assert [c.firm_usd for c in fresh[2]] == [c.firm_usd for c in cycles2]
    assert [d.company.id for d in fresh[3]] == [d.company.id for d in found2]


def test_a_wipe_and_reload_is_a_new_version(
    money_round: neo4j.Driver, settings: Settings, tmp_path: Path
) -> None:
    first = ask(settings, q.risk_if_default, "b", as_of=AS_OF)
    wipe(money_round)
    load(money_round, case(tmp_path, "again", 700))
    again = ask(settings, q.risk_if_default, "b", as_of=AS_OF)
    assert again is not first
    assert party(again, "a").revenue_at_risk_usd == pytest.approx(700)


@pytest.fixture
def keyed_api(money_round: neo4j.Driver) -> Iterator[ApiClient]:
    yield from api_client(make_settings(api_key=KEY))


RISK = '{ riskIfDefault(company: "b", asOf: "2025-07-01") { parties { company { id } revenueAtRiskUsd } } }'
DEPENDENTS = '{ dependents(supplier: "s", maxDepth: 1) { company { id } depth } }'
CYCLES = '{ moneyCycles(through: "a", maxLength: 3, asOf: "2025-07-01") { firmUsd } }'


def mutate(api: ApiClient, query: str, variables: dict[str, object]) -> None:
    response = api.post(
        "/graphql", json={"query": query, "variables": variables}, headers={"authorization": f"Bearer {KEY}"}
    )
    assert "errors" not in response.json(), response.text


def test_a_mutation_replaces_cached_answers(keyed_api: ApiClient) -> None:
    assert keyed_api.graphql(RISK)["data"] == {
        "riskIfDefault": {"parties": [{"company": {"id": "a"}, "revenueAtRiskUsd": 1000.0}]}
    }
    assert keyed_api.graphql(CYCLES)["data"] == {"moneyCycles": [{"firmUsd": 1100.0}]}
    assert keyed_api.graphql(DEPENDENTS)["data"] == {"dependents": [{"company": {"id": "a"}, "depth": 1}]}

    mutate(
        keyed_api,
        'mutation($r: JSON!) { upsertNode(label: "Deal", record: $r) { id } }',
        {"r": {**PROVENANCE, **contract(4000)}},
    )
    assert keyed_api.graphql(RISK)["data"] == {
        "riskIfDefault": {"parties": [{"company": {"id": "a"}, "revenueAtRiskUsd": 4000.0}]}
    }
    assert keyed_api.graphql(CYCLES)["data"] == {"moneyCycles": [{"firmUsd": 4100.0}]}

    rel = {"type": "SUPPLIES", "from": "s", "to": "t", "product": "power", **PROVENANCE}
    mutate(keyed_api, "mutation($r: JSON!) { upsertRelationship(record: $r) }", {"r": rel})
    assert keyed_api.graphql(DEPENDENTS)["data"] == {
        "dependents": [{"company": {"id": "a"}, "depth": 1}, {"company": {"id": "t"}, "depth": 1}]
    }
    mutate(keyed_api, 'mutation { deleteNode(id: "t") }', {})
    assert keyed_api.graphql(DEPENDENTS)["data"] == {"dependents": [{"company": {"id": "a"}, "depth": 1}]}


def test_two_argument_sets_do_not_share_an_entry(money_round: neo4j.Driver, settings: Settings) -> None:
    kept = ask(settings, q.risk_if_default, "b", as_of=AS_OF)
    halved = ask(settings, q.risk_if_default, "b", as_of=AS_OF, equity_recovery=0.5)
    assert party(kept, "a").equity_loss_usd == pytest.approx(100)
    assert party(halved, "a").equity_loss_usd == pytest.approx(50)
    assert halved.scenario.equity_recovery == 0.5
    later = ask(settings, q.risk_if_default, "b", as_of=dt.date(2027, 1, 1))
    # Straight line by days: 2027-2030 of the 2026-2030 term.
    assert party(later, "a").revenue_at_risk_usd == pytest.approx(1000 * 1461 / 1826)
    # The ranking per scenario: b's default costs a its equity x (1 - equityRecovery).
    full = ask(settings, q.risk_ranking, as_of=AS_OF)
    half = ask(settings, q.risk_ranking, as_of=AS_OF, equity_recovery=0.5)
    systemic = {r.company_id: r.components["systemic_loss_usd"] for r in full}
    systemic_half = {r.company_id: r.components["systemic_loss_usd"] for r in half}
    assert systemic["b"] == pytest.approx(100)
    assert systemic_half["b"] == pytest.approx(50)
    assert len(ask(settings, q.risk_ranking, as_of=AS_OF, first=1)) == 1
    assert ask(settings, q.dependents, "s", max_depth=1) is not ask(settings, q.dependents, "s", max_depth=2)
    assert ask(settings, q.suppliers, "a", max_depth=2)[0].company.id == "s"


PATHS = (
    '{ dependents(supplier: "s", maxDepth: 2) { company { id } depth '
    "path { from { id } relationship to { id } deal { id } input } } }"
)


def test_paths_over_graphql_read_their_contracts_once(money_round: neo4j.Driver, api: ApiClient) -> None:
    """`path` is built only when selected, and the contracts on all paths come in one read."""
    bare_query = DEPENDENTS.replace("maxDepth: 1", "maxDepth: 2")
    api.post("/graphql", json={"query": bare_query})  # computed and kept: the two below are answered from it
    bare = api.post("/graphql", json={"query": bare_query})
    full = api.post("/graphql", json={"query": PATHS})
    assert int(full.headers["X-Cypher-Round-Trips"]) == int(bare.headers["X-Cypher-Round-Trips"]) + 1
    assert full.json()["data"]["dependents"] == [
        {
            "company": {"id": "a"},
            "depth": 1,
            "path": [
                {
                    "from": {"id": "a"},
                    "relationship": "SUPPLIED_BY",
                    "to": {"id": "s"},
                    "deal": None,
                    "input": "power",
                }
            ],
        },
        {
            "company": {"id": "b"},
            "depth": 2,
            "path": [
                {
                    "from": {"id": "b"},
                    "relationship": "BUYS_COMPUTE_FROM",
                    "to": {"id": "a"},
                    "deal": {"id": "k"},
                    "input": "contracted compute (k)",
                },
                {
                    "from": {"id": "a"},
                    "relationship": "SUPPLIED_BY",
                    "to": {"id": "s"},
                    "deal": None,
                    "input": "power",
                },
            ],
        },
    ]
