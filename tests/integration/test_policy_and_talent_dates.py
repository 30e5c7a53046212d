"""Policy reach follows what a rule restricts and its dates; a talent move is a departure, never
an earlier job. Small graphs built for each case, answers worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import neo4j
import pytest

from graph import questions as q
from graph.settings import Settings
from tests.conftest import ask, build_graph, company


@pytest.fixture
def export_control(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """Rule `rule` restricts chip g1 to China (effective 2023-10-17, suspended 2025-11-10 until
    2026-11-10). designer (US) designs g1, fab makes it, cn-cloud (CN) and us-cloud (US) run it,
    cn-app (CN) runs nothing."""
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [
                company("designer", country="US"),
                company("fab", country="TW"),
                company("cn-cloud", country="CN"),
                company("us-cloud", country="US"),
                company("cn-app", country="CN"),
            ],
            "Country": [{"id": "china", "name": "China", "iso2": "CN"}],
            "Chip": [{"id": "g1", "name": "G1", "form": "GPU"}],
            "Policy": [
                {
                    "id": "rule",
                    "name": "Rule",
                    "kind": "export_control",
                    "jurisdiction": "US",
                    "effective": "2023-10-17",
                    "suspended": "2025-11-10",
                    "suspended_until": "2026-11-10",
                }
            ],
        },
        [
            {"type": "DESIGNS", "from": "designer", "to": "g1"},
            {"type": "FABBED_BY", "from": "g1", "to": "fab"},
            {"type": "DEPLOYS", "from": "cn-cloud", "to": "g1"},
            {"type": "DEPLOYS", "from": "us-cloud", "to": "g1"},
            {"type": "RESTRICTS", "from": "rule", "to": "g1"},
            {"type": "RESTRICTS", "from": "rule", "to": "china"},
        ],
    )
    return clean_graph


def test_an_export_control_reaches_sellers_and_restricted_buyers_only(
    export_control: neo4j.Driver, settings: Settings
) -> None:
    reach = ask(settings, q.policy_reach, "rule", as_of=dt.date(2024, 6, 1))
    hows = {(r.entity.id, r.how) for r in reach.indirect}
    assert hows == {
        ("designer", "designs g1"),
        ("cn-cloud", "deploys g1"),
        ("cn-cloud", "based in china"),
        ("cn-app", "based in china"),
    }
    assert "us-cloud" not in {row.id for row in reach.of_label("Company")}  # runs it outside China
    assert "fab" not in {row.id for row in reach.of_label("Company")}  # may still make it


@pytest.mark.parametrize(
    ("as_of", "in_force", "status"),
    [
        (dt.date(2023, 1, 1), False, "not yet effective (effective 2023-10-17)"),
        (dt.date(2024, 6, 1), True, "in force since 2023-10-17"),
        (dt.date(2025, 12, 1), False, "suspended since 2025-11-10 until 2026-11-10"),
        (dt.date(2026, 11, 10), True, "in force again: its suspension was announced to end on 2026-11-10"),
    ],
)
def test_policy_reach_honours_effective_and_suspension_dates(
    export_control: neo4j.Driver, settings: Settings, as_of: dt.date, in_force: bool, status: str
) -> None:
    reach = ask(settings, q.policy_reach, "rule", as_of=as_of)
    assert (reach.in_force, reach.status) == (in_force, status)
    assert bool(reach.direct) is in_force  # nothing is reached while the rule does not bind


@pytest.fixture
def careers(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """p: z (2005-2008), then x (2010-2015), now y (since 2016). u: at x (no dates, past), now at
    z (no dates). w: still at x, also founded v in 2019."""
    roles = [
        {"type": "WORKED_AT", "from": "p", "to": "z", "valid_from": "2005-01-01", "valid_to": "2008-01-01"},
        {"type": "WORKED_AT", "from": "p", "to": "x", "valid_from": "2010-01-01", "valid_to": "2015-06-01"},
        {"type": "WORKS_AT", "from": "p", "to": "y", "valid_from": "2016-01-01"},
        {"type": "WORKED_AT", "from": "u", "to": "x"},
        {"type": "WORKS_AT", "from": "u", "to": "z"},
        {"type": "WORKS_AT", "from": "w", "to": "x", "valid_from": "2012-01-01"},
        {"type": "FOUNDED", "from": "w", "to": "v", "year": 2019},
    ]
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company(c) for c in ("x", "y", "z", "v")],
            "Person": [{"id": p, "name": p.upper()} for p in ("p", "u", "w")],
        },
        roles,
    )
    return clean_graph


def moves(settings: Settings, source: str, **kwargs: object) -> set[tuple[str, str]]:
    return {(m.person.id, m.to_company.id) for m in ask(settings, q.talent_flows, source, **kwargs)}


def test_a_move_is_a_departure_to_a_later_role(careers: neo4j.Driver, settings: Settings) -> None:
    assert moves(settings, "x") == {("p", "y"), ("u", "z")}  # not p's earlier job at z; w never left
    assert moves(settings, "z") == {("p", "x"), ("p", "y")}
    assert moves(settings, "y") == set()  # p is still there
    assert moves(settings, "x", as_of=dt.date(2015, 1, 1)) == {("u", "z")}  # p had not left x yet
