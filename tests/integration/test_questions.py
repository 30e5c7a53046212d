"""The questions on small graphs built for each case; expected answers worked out by hand."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import neo4j
import pytest

from graph import questions as q
from graph import version_cache
from graph.errors import UnknownRefError
from graph.questions import ranking
from graph.questions.capacity import CapacityGroup
from graph.settings import Settings
from tests.conftest import ask, build_graph, company, deal


@pytest.fixture
def supply_chain(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """tsmc <- g1 (chip) <- nv (designs), cloud1/cloud2/cloud3 (deploy); lab1 rents both clouds
    (a diamond); cloud1 rents from lab1 (a cycle); app1 rents lab1 (depth 4); lab2 buys compute
    from cloud3 by contract; nv also designs g2, made by samsung (an alternative)."""
    contract, contract_rels = deal(
        "lab2-cloud3", "compute_contract", {"lab2": "buyer", "cloud3": "seller"}, value_usd=10
    )
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [
                company(c)
                for c in ("tsmc", "samsung", "nv", "cloud1", "cloud2", "cloud3", "lab1", "lab2", "app1")
            ],
            "Chip": [{"id": "g1", "name": "G1", "form": "GPU"}, {"id": "g2", "name": "G2", "form": "GPU"}],
            "Deal": [contract],
        },
        [
            {"type": "FABBED_BY", "from": "g1", "to": "tsmc"},
            {"type": "FABBED_BY", "from": "g2", "to": "samsung"},
            {"type": "DESIGNS", "from": "nv", "to": "g1"},
            {"type": "DESIGNS", "from": "nv", "to": "g2"},
            *({"type": "DEPLOYS", "from": c, "to": "g1"} for c in ("cloud1", "cloud2", "cloud3")),
            {"type": "RENTS_FROM", "from": "lab1", "to": "cloud1"},
            {"type": "RENTS_FROM", "from": "lab1", "to": "cloud2"},
            {"type": "RENTS_FROM", "from": "cloud1", "to": "lab1"},
            {"type": "RENTS_FROM", "from": "app1", "to": "lab1"},
            *contract_rels,
        ],
    )
    return clean_graph


def test_dependents_depths_paths_and_single_source(supply_chain: neo4j.Driver, settings: Settings) -> None:
    found = {d.company.id: d for d in ask(settings, q.dependents, "tsmc")}
    assert {k: d.depth for k, d in found.items()} == {
        "nv": 2,
        "cloud1": 2,
        "cloud2": 2,
        "cloud3": 2,
        "lab1": 3,
        "lab2": 3,
        "app1": 4,
    }
    lab1 = found["lab1"]
    assert [(s.from_row.id, s.relationship, s.to_row.id) for s in lab1.path] == [
        ("lab1", "RENTS_FROM", "cloud1"),
        ("cloud1", "DEPLOYS", "g1"),
        ("g1", "FABBED_BY", "tsmc"),
    ]
    assert lab1.single_source  # both clouds it rents from run TSMC-made chips
    assert found["cloud1"].single_source
    assert not found["nv"].single_source  # g2 is made by samsung
    assert found["lab2"].path[0].relationship == "BUYS_COMPUTE_FROM"
    assert found["lab2"].path[0].deal_id == "lab2-cloud3"
    assert "samsung" not in found
    assert "tsmc" not in found


def test_dependents_is_bounded_by_max_depth(supply_chain: neo4j.Driver, settings: Settings) -> None:
    found = {d.company.id for d in ask(settings, q.dependents, "tsmc", max_depth=3)}
    assert "app1" not in found
    assert "lab1" in found
    assert {d.company.id for d in ask(settings, q.dependents, "TSMC", max_depth=1)} == set()


def test_suppliers_is_the_reverse(supply_chain: neo4j.Driver, settings: Settings) -> None:
    found = {d.company.id: d.depth for d in ask(settings, q.suppliers, "app1")}
    # app1 -> lab1 -> cloud1|cloud2 -> g1 -> tsmc (foundry) and nv (designer)
    assert found == {"lab1": 1, "cloud1": 2, "cloud2": 2, "tsmc": 4, "nv": 4}


def test_dependents_of_a_chip_designer(supply_chain: neo4j.Driver, settings: Settings) -> None:
    found = {d.company.id: d.depth for d in ask(settings, q.dependents, "nv")}
    # Only firms running nv's chips depend on it; tsmc (which makes them) does not.
    assert found == {"cloud1": 2, "cloud2": 2, "cloud3": 2, "lab1": 3, "lab2": 3, "app1": 4}


@pytest.fixture
def dated_supply(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """s supplies a..d over dated relations and sells compute to e..i under dated contracts,
    each placed on one side of a boundary of asOf = 2025-06-01."""
    supplies = {  # dependent: validity of s -> dependent
        "a": {"valid_from": "2025-01-01"},
        "b": {"valid_from": "2025-06-02"},  # starts after
        "c": {"valid_to": "2025-06-01"},  # ends on the date
        "d": {"valid_to": "2025-06-02"},
    }
    contracts = {  # buyer: deal fields
        "e": {"announced": "2025-07-01"},  # not yet announced
        "f": {"start": "2024-01-01", "end": "2025-06-01"},  # ends on the date: still counts
        "g": {"start": "2024-01-01", "end": "2025-05-31"},  # over
        "h": {"status": "cancelled"},
        "i": {"start": "2025-07-01"},  # no announcement: counts from its start
    }
    deals = [
        deal(f"s-{buyer}", "compute_contract", {buyer: "buyer", "s": "seller"}, **fields)
        for buyer, fields in contracts.items()
    ]
    build_graph(
        clean_graph,
        tmp_path,
        {"Company": [company(c) for c in ("s", *supplies, *contracts)], "Deal": [d for d, _ in deals]},
        [
            *(
                {"type": "SUPPLIES", "from": "s", "to": c, "product": "wafers", **v}
                for c, v in supplies.items()
            ),
            *(rel for _, rels in deals for rel in rels),
        ],
    )
    return clean_graph


def test_dependents_as_of_drops_steps_outside_their_dates(
    dated_supply: neo4j.Driver, settings: Settings
) -> None:
    found = {d.company.id: d for d in ask(settings, q.dependents, "s", as_of=dt.date(2025, 6, 1))}
    assert sorted(found) == ["a", "d", "f"]
    assert found["a"].inputs == ["wafers"]
    assert found["a"].path[0].sources == ["src-test-case"]
    assert found["f"].path[0].deal_id == "s-f"
    assert found["f"].inputs == ["contracted compute (s-f)"]
    undated = {d.company.id for d in ask(settings, q.dependents, "s")}
    assert undated == {"a", "b", "c", "d", "e", "f", "g", "h", "i"}
    assert {d.company.id for d in ask(settings, q.suppliers, "f", as_of=dt.date(2025, 6, 1))} == {"s"}
    assert ask(settings, q.suppliers, "g", as_of=dt.date(2025, 6, 1)) == []


def test_a_step_with_several_contracts_shows_the_largest(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """Whatever order the contracts were loaded in, the step cites the largest, then by id."""
    deals = [
        deal(deal_id, "compute_contract", {"lab": "buyer", "cloud": "seller"}, value_usd=value)
        for deal_id, value in (("a-small", 10), ("z-large", 500), ("m-unpriced", None), ("b-large", 500))
    ]
    build_graph(
        clean_graph,
        tmp_path,
        {"Company": [company("lab"), company("cloud")], "Deal": [d for d, _ in deals]},
        [rel for _, rels in deals for rel in rels],
    )
    (dependency,) = ask(settings, q.dependents, "cloud")
    assert dependency.path[0].deal_id == "b-large"
    (supplier,) = ask(settings, q.suppliers, "lab")
    assert supplier.path[0].deal_id == "b-large"


def test_unknown_supplier_is_named(supply_chain: neo4j.Driver, settings: Settings) -> None:
    with pytest.raises(UnknownRefError, match="'nobody'"):
        ask(settings, q.dependents, "nobody")


@pytest.fixture
def default_case(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """lab owes: cloud_a a 4-year contract of 120 (2025-2028); investor_b equity 30; bank_c a
    loan of 50 (bank_c reports no period); vendor_e an unsigned 'up to' 100 equity; landlord_f a
    lease without value. cloud_a owes chipco 40 for chips delivered over 2026-2027. Capital:
    cloud_a 2 equity + 1 cash with 6 of debt, investor_b 1000."""
    records, rels = [], []
    for spec in (
        deal(
            "contract",
            "compute_contract",
            {"lab": "buyer", "cloud_a": "seller"},
            value_usd=120,
            start="2025-01-01",
            end="2029-01-01",
            announced="2024-12-01",
        ),
        deal(
            "equity",
            "equity_investment",
            {"investor_b": "investor", "lab": "investee"},
            value_usd=30,
            announced="2024-06-01",
        ),
        deal("loan", "loan", {"bank_c": "lender", "lab": "borrower"}, value_usd=50, announced="2024-06-01"),
        deal(
            "loi",
            "equity_investment",
            {"vendor_e": "investor", "lab": "investee"},
            value_usd=100,
            value_is_upper_bound=True,
            status="announced",
            announced="2024-09-01",
        ),
        deal("lease", "lease", {"lab": "lessee", "landlord_f": "lessor"}, announced="2024-06-01"),
        deal(
            "chips",
            "chip_purchase",
            {"cloud_a": "buyer", "chipco": "seller"},
            value_usd=40,
            announced="2024-06-01",
            start="2026-01-01",
            end="2028-01-01",
        ),
    ):
        records.append(spec[0])
        rels += spec[1]
    companies = [
        company(c) for c in ("lab", "cloud_a", "investor_b", "bank_c", "vendor_e", "landlord_f", "chipco")
    ]
    periods = [
        {
            "id": "cloud-a-q3",
            "name": "cloud-a Q3",
            "period": "quarter",
            "fiscal_label": "Q3",
            "period_end": "2024-09-30",
            "as_of": "2024-11-01",
            "equity_usd": 2,
            "cash_usd": 1,
            "total_debt_usd": 6,
        },
        {
            "id": "investor-b-q3",
            "name": "investor-b Q3",
            "period": "quarter",
            "fiscal_label": "Q3",
            "period_end": "2024-09-30",
            "as_of": "2024-11-01",
            "equity_usd": 1000,
        },
    ]
    rels += [
        {"type": "REPORTED", "from": "cloud-a", "to": "cloud-a-q3"},
        {"type": "REPORTED", "from": "investor-b", "to": "investor-b-q3"},
    ]
    for record in companies:
        record["id"] = str(record["id"]).replace("_", "-")
    for record in records:
        record["id"] = str(record["id"]).replace("_", "-")
    for rel in rels:
        rel["from"] = str(rel["from"]).replace("_", "-")
        rel["to"] = str(rel["to"]).replace("_", "-")
    build_graph(
        clean_graph, tmp_path, {"Company": companies, "Deal": records, "FinancialPeriod": periods}, rels
    )
    return clean_graph


MONTH_DAYS = 365.25 / 12


def test_risk_at_the_contract_start(default_case: neo4j.Driver, settings: Settings) -> None:
    report = ask(settings, q.risk_if_default, "lab", recovery_rate=0.4, as_of=dt.date(2025, 1, 1))
    by_id = {p.company_id: p for p in report.parties}
    # Nothing delivered yet: the 120 still to come is revenue at risk, not a loss.
    assert by_id["cloud-a"].credit_loss_usd == 0
    assert by_id["cloud-a"].total_loss_usd == 0
    assert by_id["cloud-a"].revenue_at_risk_usd == pytest.approx(120)
    assert by_id["investor-b"].equity_loss_usd == pytest.approx(30)
    assert by_id["investor-b"].channels == {"equity"}
    assert by_id["investor-b"].stress == pytest.approx(0.03)
    assert by_id["bank-c"].credit_loss_usd == pytest.approx(50 * 0.6)  # recovery 40 %
    assert by_id["bank-c"].stress is None
    assert "vendor-e" not in by_id  # an unsigned 'up to' round loses nobody anything
    assert "chipco" not in by_id
    assert [p.company_id for p in report.parties] == ["bank-c", "investor-b", "cloud-a"]
    assert report.total_loss_usd == pytest.approx(30 + 30)
    assert any("company bank-c: no financial period" in m for m in report.missing)
    assert "deal lease has no value_usd and no part for landlord-f; not counted" in report.missing


def test_risk_midway_through_the_contract(default_case: neo4j.Driver, settings: Settings) -> None:
    report = ask(settings, q.risk_if_default, "lab", as_of=dt.date(2027, 1, 1))
    by_id = {p.company_id: p for p in report.parties}
    # Three months of 120 over 1461 days (under the 60 delivered), 60 % lost at the default 0.4.
    receivable = 3 * 120 * MONTH_DAYS / 1461 * 0.6
    assert by_id["cloud-a"].credit_loss_usd == pytest.approx(receivable)
    assert by_id["cloud-a"].revenue_at_risk_usd == pytest.approx(120 * 731 / 1461)
    assert by_id["cloud-a"].stress == 1.0  # 4.5 lost on 3 of capital
    # cloud-a passes its stress on: chipco's receivable on the chips, 3 of 24 months delivered.
    assert by_id["chipco"].second_order_loss_usd == pytest.approx(3 * 40 * MONTH_DAYS / 730 * 0.6)
    assert by_id["chipco"].via == {"cloud-a"}
    assert by_id["bank-c"].credit_loss_usd == pytest.approx(50 * 0.6)


def test_risk_before_any_deal_was_announced(default_case: neo4j.Driver, settings: Settings) -> None:
    report = ask(settings, q.risk_if_default, "lab", as_of=dt.date(2024, 1, 1))
    assert report.parties == []


def test_exposures_and_concentration(default_case: neo4j.Driver, settings: Settings) -> None:
    report = ask(settings, q.exposures, "cloud-a", as_of=dt.date(2025, 1, 1))
    assert [(c.counterparty_id, c.amount_usd) for c in report.owed_by] == [("lab", 120)]
    assert report.customer_concentration == 1.0
    assert [(c.counterparty_id, c.amount_usd) for c in report.owes] == [("chipco", 40)]


def test_risk_ranking_shows_components(default_case: neo4j.Driver, settings: Settings) -> None:
    ranks = ask(settings, q.risk_ranking, as_of=dt.date(2025, 1, 1), first=50)
    by_id = {r.company_id: r for r in ranks}
    # cloud-a: 6 of debt and 40 of chips still to pay, over 2 + 1 of capital.
    assert by_id["cloud-a"].components["leverage"] == pytest.approx((6 + 40) / 3)
    assert by_id["investor-b"].components["fragility"] == pytest.approx(30 / 1000)
    assert by_id["lab"].components["systemic_weight"] == pytest.approx(1.0)
    assert by_id["lab"].components["systemic_loss_usd"] == pytest.approx(60)
    assert by_id["cloud-a"].rank < by_id["chipco"].rank


def test_risk_ranking_keeps_and_lists_at_most_its_maximum(
    default_case: neo4j.Driver, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Per graph version only the top MAX_RANKED rows are kept, so the kept answer stays small
    at any size of graph; every `first` up to it is a slice of them."""
    everyone = ask(settings, q.risk_ranking, as_of=dt.date(2025, 1, 1), first=50)
    assert len(everyone) > 2
    version_cache.clear_all()
    monkeypatch.setattr(ranking, "MAX_RANKED", 2)
    try:
        top = ask(settings, q.risk_ranking, as_of=dt.date(2025, 1, 1), first=2)
        assert [(r.company_id, r.score) for r in top] == [(r.company_id, r.score) for r in everyone[:2]]
        assert version_cache.ANSWERS.weight == 2  # two rows kept, not one per firm
        assert [r.company_id for r in ask(settings, q.risk_ranking, as_of=dt.date(2025, 1, 1), first=1)] == [
            everyone[0].company_id
        ]
        with pytest.raises(ValueError, match="first must be between 1 and 2"):
            ask(settings, q.risk_ranking, as_of=dt.date(2025, 1, 1), first=3)
    finally:
        version_cache.clear_all()  # the kept 2-row answer must not reach other tests


@pytest.fixture
def money_cycle(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """a invests 100 in b; b buys 300 of compute from c; c buys 50 of chips from a."""
    specs = [
        deal("ab", "equity_investment", {"a": "investor", "b": "investee"}, value_usd=100),
        deal("bc", "compute_contract", {"b": "buyer", "c": "seller"}, value_usd=300),
        deal("ca", "chip_purchase", {"c": "buyer", "a": "seller"}, value_usd=50),
    ]
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company(c) for c in ("a", "b", "c", "d")],
            "Deal": [s[0] for s in specs],
        },
        [rel for s in specs for rel in s[1]]
        + [
            {"type": "SUPPLIES", "from": "d", "to": "a", "product": "HBM"},
        ],
    )
    return clean_graph


def test_money_cycle_reported_once(money_cycle: neo4j.Driver, settings: Settings) -> None:
    for through in (None, "a", "b", "c"):
        cycles = ask(settings, q.money_cycles, through=through)
        assert [[c.id for c in cycle.companies] for cycle in cycles] == [["a", "b", "c"]]
        assert cycles[0].total_usd == pytest.approx(450)
        assert cycles[0].deal_ids == ["ab", "bc", "ca"]
    assert ask(settings, q.money_cycles, through="d") == []


@pytest.fixture
def sites(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    site = {"kind": "datacenter", "country": "US"}
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company("op-a"), company("op-b"), company("tenant")],
            "GridRegion": [{"id": "ercot", "name": "ERCOT"}],
            "PowerAsset": [
                {"id": "s1", "name": "S1", "capacity_mw": 300, "status": "operating", **site},
                {
                    "id": "s2",
                    "name": "S2",
                    "capacity_mw": 200,
                    "status": "planned",
                    "online_year": 2027,
                    **site,
                },
                {
                    "id": "s3",
                    "name": "S3",
                    "capacity_mw": 100,
                    "operating_mw": 50,
                    "status": "under_construction",
                    **site,
                },
            ],
            "Chip": [{"id": "g1", "name": "G1", "form": "GPU", "tdp_w": 1000}],
            "Policy": [{"id": "p", "name": "P", "kind": "export_control", "jurisdiction": "US"}],
        },
        [
            {"type": "OPERATES", "from": "op-a", "to": "s1"},
            {"type": "OPERATES", "from": "op-a", "to": "s2"},
            {"type": "OPERATES", "from": "op-b", "to": "s3"},
            {"type": "TENANT_OF", "from": "tenant", "to": "s1"},
            {"type": "IN_GRID_REGION", "from": "s1", "to": "ercot"},
            {"type": "DEPLOYS", "from": "tenant", "to": "g1"},
            {"type": "DESIGNS", "from": "op-b", "to": "g1"},
            {"type": "RESTRICTS", "from": "p", "to": "g1"},
        ],
    )
    return clean_graph


def test_capacity_by_operator(sites: neo4j.Driver, settings: Settings) -> None:
    rows = ask(settings, q.capacity, CapacityGroup.OPERATOR, as_of=dt.date(2026, 1, 1))
    assert [(r.group, r.operating_mw, r.planned_mw, r.sites) for r in rows] == [
        ("OP-A", 300, 500, 2),
        ("OP-B", 50, 100, 1),
    ]
    grid = ask(settings, q.capacity, CapacityGroup.GRID_REGION)
    assert ("ERCOT", 300.0) in [(r.group, r.planned_mw) for r in grid]


def test_accelerators_a_site_can_feed(sites: neo4j.Driver, settings: Settings) -> None:
    estimate = ask(settings, q.accelerators, "s1", "g1")
    assert estimate.watts_per_accelerator == pytest.approx(1000 * 1.5 * 1.3)
    assert estimate.accelerators == 153_846  # 300e6 / 1950


def test_policy_reaches_buyers_through_a_chip(sites: neo4j.Driver, settings: Settings) -> None:
    reach = ask(settings, q.policy_reach, "p")
    assert [row.id for row in reach.of_label("Chip")] == ["g1"]
    # The tenant runs the chip but is in no restricted country: an export control does not reach it.
    assert [row.id for row in reach.of_label("Company")] == ["op-b"]
    assert {r.how for r in reach.indirect} == {"designs g1"}


def test_talent_moves_and_founders(clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings) -> None:
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": [company("x"), company("y")],
            "Person": [{"id": "p", "name": "P"}, {"id": "r", "name": "R"}],
        },
        [
            {
                "type": "WORKED_AT",
                "from": "p",
                "to": "x",
                "title": "engineer",
                "valid_from": "2015-01-01",
                "valid_to": "2018-05-01",
            },
            {"type": "WORKS_AT", "from": "p", "to": "y", "title": "CTO", "valid_from": "2018-06-01"},
            {"type": "FOUNDED", "from": "r", "to": "y", "year": 2017},
        ],
    )
    moves = ask(settings, q.talent_flows, "x", "y")
    assert [(m.person.id, m.role, m.date) for m in moves] == [("p", "CTO", dt.date(2018, 6, 1))]
    assert ask(settings, q.talent_flows, "x", as_of=dt.date(2017, 1, 1)) == []
    assert [p.id for p in ask(settings, q.founders, "y")] == ["r"]
