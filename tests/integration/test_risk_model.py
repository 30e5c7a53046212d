"""The risk model (issue 13) on small graphs built for each case; every figure worked by hand.

Default scenario: recoveryRate 0.4, equityRecovery 0, reletRate 0.5, receivableMonths 3,
stressThreshold 0.1. A month is 365.25 / 12 = 30.4375 days.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import neo4j
import pytest

from graph import list_queries
from graph import questions as q
from graph.settings import Settings
from tests.conftest import ask, build_graph, company

AS_OF = dt.date(2025, 7, 1)
MONTH = 365.25 / 12
Record = dict[str, object]


def money_deal(
    deal_id: str, kind: str, parties: dict[str, str | tuple[str, float]], **extra: object
) -> tuple[Record, list[Record]]:
    """A deal and its PARTY_TO relationships: {company: role} or {company: (role, amount_usd)}."""
    record: Record = {"id": deal_id, "name": deal_id, "kind": kind, "status": "signed", **extra}
    rels: list[Record] = []
    for company_id, spec in parties.items():
        role, amount = (spec, None) if isinstance(spec, str) else spec
        rel: Record = {"type": "PARTY_TO", "from": company_id, "to": deal_id, "role": role}
        if amount is not None:
            rel["amount_usd"] = amount
        rels.append(rel)
    return record, rels


def period(company_id: str, period_end: str, published: str, **figures: float) -> tuple[Record, list[Record]]:
    """A quarter reported by the company, published (as_of) on `published`."""
    period_id = f"{company_id}-{period_end}"
    record: Record = {
        "id": period_id,
        "name": period_id,
        "period": "quarter",
        "fiscal_label": period_end,
        "period_end": period_end,
        "as_of": published,
        **figures,
    }
    return record, [{"type": "REPORTED", "from": company_id, "to": period_id}]


def contract_d_pays_c() -> tuple[Record, list[Record]]:
    """The customer contract of the chain cases: d buys 1000 of compute from c over 2026-2030."""
    return money_deal(
        "k",
        "compute_contract",
        {"d": "buyer", "c": "seller"},
        value_usd=1000,
        start="2026-01-01",
        end="2031-01-01",
        announced="2025-01-01",
    )


def lease_c_from_l() -> tuple[Record, list[Record]]:
    """The lease serving it: c leases the site from l, 400 over 2025-2028."""
    return money_deal(
        "lease", "lease", {"c": "lessee", "l": "lessor"}, value_usd=400, start="2025-01-01", end="2029-01-01"
    )


def build(
    driver: neo4j.Driver,
    tmp_path: Path,
    companies: list[str],
    deals: list[tuple[Record, list[Record]]],
    periods: list[tuple[Record, list[Record]]] = (),  # type: ignore[assignment]
    links: list[Record] = (),  # type: ignore[assignment]
) -> None:
    build_graph(
        driver,
        tmp_path,
        {
            "Company": [company(c) for c in companies],
            "Deal": [d for d, _ in deals],
            "FinancialPeriod": [p for p, _ in periods],
        },
        [rel for _, rels in [*deals, *periods] for rel in rels] + list(links),
    )


def parties(report: q.risk.RiskReport) -> dict[str, q.risk.PartyLoss]:
    return {p.company_id: p for p in report.parties}


def test_credit_receivable_and_drawn_not_committed(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """d buys 1200 of compute over 2025-2026 from c; draws 400 of a 1000 facility from b1 (600)
    and b2 (400); has a facility from b3 whose drawing is not reported; a 300 bond held by h."""
    build(
        clean_graph,
        tmp_path,
        ["d", "c", "b1", "b2", "b3", "h"],
        [
            money_deal(
                "k",
                "compute_contract",
                {"d": "buyer", "c": "seller"},
                value_usd=1200,
                start="2025-01-01",
                end="2027-01-01",
            ),
            money_deal(
                "fac",
                "credit_facility",
                {"d": "borrower", "b1": ("lender", 600), "b2": ("lender", 400)},
                committed_usd=1000,
                drawn_usd=400,
                value_usd=1000,
                announced="2024-01-01",
            ),
            money_deal(
                "fac2",
                "credit_facility",
                {"d": "borrower", "b3": "lender"},
                committed_usd=500,
                announced="2024-01-01",
            ),
            money_deal("bond", "bond", {"d": "issuer", "h": "holder"}, value_usd=300, announced="2024-01-01"),
        ],
    )
    report = ask(settings, q.risk_if_default, "d", as_of=AS_OF)
    by_id = parties(report)
    term = 730  # 2025-01-01 .. 2027-01-01
    monthly = 1200 * MONTH / term
    delivered = 1200 * 181 / term  # 2025-01-01 .. 2025-07-01
    assert 3 * monthly < delivered
    assert by_id["c"].credit_loss_usd == pytest.approx(3 * monthly * 0.6)
    assert by_id["c"].revenue_at_risk_usd == pytest.approx(1200 * 549 / term)
    assert by_id["c"].revenue_at_risk_by_year == pytest.approx(
        {2025: 1200 * 184 / term, 2026: 1200 * 365 / term}
    )
    assert by_id["b1"].credit_loss_usd == pytest.approx(600 * 400 / 1000 * 0.6)  # drawn pro rata
    assert by_id["b2"].credit_loss_usd == pytest.approx(400 * 400 / 1000 * 0.6)
    assert by_id["h"].credit_loss_usd == pytest.approx(300 * 0.6)
    assert "b3" not in by_id  # never the committed amount
    assert "deal fac2: the drawn amount of the facility is not reported; not counted" in report.missing
    assert report.total_loss_usd == pytest.approx(3 * monthly * 0.6 + 240 * 0.6 + 160 * 0.6 + 180)
    # The revenue still to come is reported apart, never as a loss.
    assert by_id["c"].total_loss_usd == pytest.approx(by_id["c"].credit_loss_usd)


def test_equity_at_cost_and_the_missing_part_rule(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """Round r (150): i1 put in 80, i2 20, i3 an unreported part. Round r2 (60): i4 and i5, no
    parts reported. An 'up to' round from i6 is contingent."""
    build(
        clean_graph,
        tmp_path,
        ["d", "i1", "i2", "i3", "i4", "i5", "i6"],
        [
            money_deal(
                "r",
                "equity_investment",
                {"d": "investee", "i1": ("investor", 80), "i2": ("investor", 20), "i3": "investor"},
                value_usd=150,
                announced="2025-01-01",
            ),
            money_deal(
                "r2",
                "equity_investment",
                {"d": "investee", "i4": "investor", "i5": "investor"},
                value_usd=60,
                announced="2025-01-01",
            ),
            money_deal(
                "loi",
                "equity_investment",
                {"d": "investee", "i6": "investor"},
                value_usd=500,
                value_is_upper_bound=True,
                status="announced",
                announced="2025-01-01",
            ),
        ],
    )
    report = ask(settings, q.risk_if_default, "d", as_of=AS_OF, equity_recovery=0.25)
    by_id = parties(report)
    assert by_id["i1"].equity_loss_usd == pytest.approx(80 * 0.75)
    assert by_id["i2"].equity_loss_usd == pytest.approx(20 * 0.75)
    assert set(by_id) == {"i1", "i2"}  # no even split: i3, i4, i5 count nothing; i6 is contingent
    for investor, deal_id in (("i3", "r"), ("i4", "r2"), ("i5", "r2")):
        assert f"deal {deal_id}: {investor}'s part is not reported; not counted" in report.missing
    assert report.total_loss_usd == pytest.approx(75)
    assert report.scenario.equity_recovery == 0.25


def test_capital_at_risk_through_serves_with_relet(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """d's 1000 contract with c starts in 2026. To serve it c ordered 300 of chips from v (and an
    unsigned 60 more), leased (half of) a 200 ten-year site from l, and borrowed 400 from b; c2's
    100 contract is served only by c2's construction loan of 100."""
    build(
        clean_graph,
        tmp_path,
        ["d", "c", "v", "l", "b", "c2", "b2"],
        [
            contract_d_pays_c(),
            money_deal(
                "more-chips",
                "chip_purchase",
                {"c": "buyer", "v": "seller"},
                value_usd=60,
                status="announced",
                announced="2025-02-01",
            ),
            money_deal(
                "chips", "chip_purchase", {"c": "buyer", "v": "seller"}, value_usd=300, announced="2025-02-01"
            ),
            money_deal(
                "lease",
                "lease",
                {"c": "lessee", "l": "lessor"},
                value_usd=200,
                start="2025-01-01",
                end="2035-01-01",
            ),
            money_deal(
                "loan", "loan", {"c": "borrower", "b": "lender"}, value_usd=400, announced="2025-02-01"
            ),
            money_deal(
                "k2",
                "compute_contract",
                {"d": "buyer", "c2": "seller"},
                value_usd=100,
                announced="2025-01-01",
            ),
            money_deal(
                "build", "loan", {"c2": "borrower", "b2": "lender"}, value_usd=100, announced="2025-01-01"
            ),
        ],
        links=[
            {"type": "SERVES", "from": "chips", "to": "k"},
            {"type": "SERVES", "from": "more-chips", "to": "k"},
            {"type": "SERVES", "from": "lease", "to": "k", "share": 0.5},
            {"type": "SERVES", "from": "loan", "to": "k"},
            {"type": "SERVES", "from": "build", "to": "k2"},
        ],
    )
    report = ask(settings, q.risk_if_default, "d", as_of=AS_OF)
    by_id = parties(report)
    lease_left = 200 * 3471 / 3652  # 2025-07-01 .. 2035-01-01 of 2025-01-01 .. 2035-01-01
    # Acquisitions count, the loan that financed them does not (one asset counts once).
    assert by_id["c"].capital_at_risk_usd == pytest.approx((300 + lease_left * 0.5) * 0.5)
    assert by_id["c"].contingent_capital_at_risk_usd == pytest.approx(60 * 0.5)  # apart, not a loss
    assert by_id["c"].credit_loss_usd == 0  # not started: nothing delivered
    assert by_id["c"].revenue_at_risk_usd == pytest.approx(1000)  # the whole value before the start
    assert by_id["c"].revenue_at_risk_by_year == pytest.approx(
        {
            2026: 1000 * 365 / 1826,
            2027: 1000 * 365 / 1826,
            2028: 1000 * 366 / 1826,
            2029: 1000 * 365 / 1826,
            2030: 1000 * 365 / 1826,
        }
    )
    assert {"chips", "lease", "k"} <= by_id["c"].deal_ids
    assert "loan" not in by_id["c"].deal_ids
    assert by_id["c2"].capital_at_risk_usd == pytest.approx(100 * 0.5)  # the debt stands for the building
    assert report.total_revenue_at_risk_usd == pytest.approx(1100)
    assert report.total_loss_usd == pytest.approx((300 + lease_left * 0.5) * 0.5 + 50)
    relet = ask(settings, q.risk_if_default, "d", as_of=AS_OF, relet_rate=0.8)
    assert parties(relet)["c2"].capital_at_risk_usd == pytest.approx(100 * 0.2)


def test_revenue_at_risk_from_a_schedule(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """A 300 contract 2025-2027 with a reported schedule 50 / 100 / 150."""
    build(
        clean_graph,
        tmp_path,
        ["d", "s"],
        [
            money_deal(
                "k",
                "compute_contract",
                {"d": "buyer", "s": "seller"},
                value_usd=300,
                start="2025-01-01",
                end="2028-01-01",
                schedule=["2025:50", "2026:100", "2027:150"],
            ),
        ],
    )
    by_id = parties(ask(settings, q.risk_if_default, "d", as_of=AS_OF))
    year_left = 184 / 365  # 2025-07-01 .. 2026-01-01
    assert by_id["s"].revenue_at_risk_by_year == pytest.approx({2025: 50 * year_left, 2026: 100, 2027: 150})
    assert by_id["s"].revenue_at_risk_usd == pytest.approx(50 * year_left + 250)
    # Receivable: three months of this year's rate (50 / 12 a month), under the 24.8 delivered.
    assert by_id["s"].credit_loss_usd == pytest.approx(3 * 50 / 12 * 0.6)


def test_supersedes_and_part_of_count_once(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """An LOI (500, 1 GW) replaced by a definitive agreement (400, 1 GW) on 2025-03-01; a 10 GW
    programme (1000) holding a 4.5 GW site deal (450) between the same parties."""
    contract = {"d": "buyer", "c": "seller"}
    build(
        clean_graph,
        tmp_path,
        ["d", "c"],
        [
            money_deal(
                "loi",
                "compute_contract",
                contract,
                value_usd=500,
                capacity_gw=1,
                status="announced",
                announced="2025-01-01",
            ),
            money_deal(
                "definitive",
                "compute_contract",
                contract,
                value_usd=400,
                capacity_gw=1,
                announced="2025-03-01",
            ),
            money_deal(
                "programme",
                "compute_contract",
                contract,
                value_usd=1000,
                capacity_gw=10,
                announced="2025-01-01",
            ),
            money_deal(
                "site", "compute_contract", contract, value_usd=450, capacity_gw=4.5, announced="2025-01-01"
            ),
        ],
        links=[
            {"type": "SUPERSEDES", "from": "definitive", "to": "loi"},
            {"type": "PART_OF", "from": "site", "to": "programme"},
        ],
    )
    c = parties(ask(settings, q.risk_if_default, "d", as_of=AS_OF))["c"]
    assert c.revenue_at_risk_usd == pytest.approx(400 + 1000)
    assert c.contingent_revenue_at_risk_usd == 0
    assert c.deal_ids == {"definitive", "programme"}
    before = parties(ask(settings, q.risk_if_default, "d", as_of=dt.date(2025, 2, 1)))["c"]
    assert before.contingent_revenue_at_risk_usd == pytest.approx(500)  # the LOI, before it was replaced
    assert before.revenue_at_risk_usd == pytest.approx(1000)
    exposure = ask(settings, q.exposures, "c", as_of=AS_OF)
    assert sorted((x.deal_id, x.amount_usd) for x in exposure.owed_by) == [
        ("definitive", 400),
        ("programme", 1000),
    ]
    # The deal aggregate counts 1 + 10 GW: the LOI and the site are already counted.
    (row,) = ask(
        settings,
        list_queries.aggregate,
        settings.neo4j_database,
        "Deal",
        where=None,
        numeric_field="capacity_gw",
    )
    assert row["sum"] == pytest.approx(11)
    assert row["count"] == 2


@pytest.fixture
def chain(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """d's 1000 contract with c starts in 2026. c leases the site serving it from l (400 over
    2025-2028) and owes bank b a 200 loan; l built the site with a 120 loan from b2 that serves
    the lease. Capital: c 100 (equity), l 50, b 1e6; b2 reports nothing."""
    build(
        clean_graph,
        tmp_path,
        ["d", "c", "l", "b", "b2"],
        [
            contract_d_pays_c(),
            lease_c_from_l(),
            money_deal(
                "loan", "loan", {"c": "borrower", "b": "lender"}, value_usd=200, announced="2025-01-01"
            ),
            money_deal(
                "build", "loan", {"l": "borrower", "b2": "lender"}, value_usd=120, announced="2024-06-01"
            ),
        ],
        periods=[
            period("c", "2025-03-31", "2025-05-01", equity_usd=100),
            period("l", "2025-03-31", "2025-05-01", equity_usd=40, cash_usd=10),
            period("b", "2025-03-31", "2025-05-01", equity_usd=1_000_000),
        ],
        links=[
            {"type": "SERVES", "from": "lease", "to": "k"},
            {"type": "SERVES", "from": "build", "to": "lease"},
        ],
    )
    return clean_graph


def test_second_order_through_a_lessee_to_its_lessor_and_lenders(
    chain: neo4j.Driver, settings: Settings
) -> None:
    report = ask(settings, q.risk_if_default, "d", as_of=AS_OF)
    by_id = parties(report)
    c_loss = 400 * 1280 / 1461 * 0.5  # the lease still to run, half re-let
    assert by_id["c"].capital_at_risk_usd == pytest.approx(c_loss)
    assert by_id["c"].loss_absorbing_capital_usd == 100
    assert by_id["c"].stress == 1.0  # 175 lost on 100 of capital
    # If c defaults: l's receivable (3 months of 400 / 1461 days, under the 49.6 delivered, 60 %
    # lost) plus the loan-financed site serving the lease, half re-let; b loses 60 % of its loan.
    l_from_c = 3 * 400 * MONTH / 1461 * 0.6 + 120 * 0.5
    assert by_id["l"].second_order_loss_usd == pytest.approx(1.0 * l_from_c)
    assert by_id["b"].second_order_loss_usd == pytest.approx(1.0 * 200 * 0.6)
    assert by_id["l"].via == {"c"}
    assert by_id["b"].via == {"c"}
    assert by_id["l"].stress == 1.0  # 75 on 50 of capital: it passes its stress on in turn
    assert by_id["b2"].second_order_loss_usd == pytest.approx(1.0 * 120 * 0.6)
    assert by_id["b2"].stress is None
    assert (
        "company b2: no financial period reporting book equity on or before asOf; its stress is "
        "unknown and it passes nothing on" in report.missing
    )
    flows = {(f.from_id, f.to_id, f.order): f.loss_usd for f in report.flows}
    assert flows == pytest.approx(
        {
            ("d", "c", 1): c_loss,
            ("c", "l", 2): l_from_c,
            ("c", "b", 2): 120,
            ("l", "b2", 3): 72,
        }
    )
    assert report.total_loss_usd == pytest.approx(c_loss + l_from_c + 120 + 72)


def test_stress_uses_the_latest_published_period(
    clean_graph: neo4j.Driver, tmp_path: Path, settings: Settings
) -> None:
    """c is owed a 100 loan by d (60 lost). Periods: Q4 2024 (published Feb: 100 + 20 cash),
    Q1 2025 (published May: 200 + 50), Q2 2025 (published August: 10). n has negative equity."""
    build(
        clean_graph,
        tmp_path,
        ["d", "c", "n"],
        [
            money_deal(
                "loan", "loan", {"d": "borrower", "c": "lender"}, value_usd=100, announced="2024-01-01"
            ),
            money_deal(
                "loan2", "loan", {"d": "borrower", "n": "lender"}, value_usd=50, announced="2024-01-01"
            ),
        ],
        periods=[
            period("c", "2024-12-31", "2025-02-01", equity_usd=100, cash_usd=20),
            period("c", "2025-03-31", "2025-05-01", equity_usd=200, cash_usd=50),
            period("c", "2025-06-30", "2025-08-01", equity_usd=10),
            period("n", "2025-03-31", "2025-05-01", equity_usd=-500, cash_usd=300),
        ],
    )
    by_id = parties(ask(settings, q.risk_if_default, "d", as_of=AS_OF))
    assert by_id["c"].loss_absorbing_capital_usd == 250  # Q2 was not published yet
    assert by_id["c"].stress == pytest.approx(60 / 250)
    assert by_id["n"].loss_absorbing_capital_usd == 300  # negative equity absorbs nothing
    april = parties(ask(settings, q.risk_if_default, "d", as_of=dt.date(2025, 4, 15)))
    assert april["c"].loss_absorbing_capital_usd == 120  # Q1 ended but was not yet published
    august = parties(ask(settings, q.risk_if_default, "d", as_of=dt.date(2025, 8, 2)))
    assert august["c"].stress == 1.0  # 60 lost on 10


def test_assumptions_are_echoed_and_checked(chain: neo4j.Driver, settings: Settings) -> None:
    report = ask(
        settings,
        q.risk_if_default,
        "d",
        as_of=AS_OF,
        recovery_rate=0.1,
        equity_recovery=0.2,
        relet_rate=0.3,
        receivable_months=6,
        stress_threshold=0.5,
    )
    s = report.scenario
    assert (
        s.as_of,
        s.recovery_rate,
        s.equity_recovery,
        s.relet_rate,
        s.receivable_months,
        s.stress_threshold,
    ) == (AS_OF, 0.1, 0.2, 0.3, 6, 0.5)
    assert parties(report)["c"].capital_at_risk_usd == pytest.approx(400 * 1280 / 1461 * 0.7)
    for bad, message in (
        ({"recovery_rate": 1.5}, "recoveryRate must be between 0 and 1"),
        ({"relet_rate": float("nan")}, "reletRate must be between 0 and 1"),
        ({"receivable_months": 30}, "receivableMonths must be between 0 and 24"),
    ):
        with pytest.raises(ValueError, match=message):
            ask(settings, q.risk_if_default, "d", as_of=AS_OF, **bad)


def test_exposures_and_ranking_on_the_chain(chain: neo4j.Driver, settings: Settings) -> None:
    report = ask(settings, q.exposures, "c", as_of=AS_OF)
    assert [(x.counterparty_id, x.deal_id, x.amount_usd) for x in report.owed_by] == [("d", "k", 1000)]
    assert [(x.counterparty_id, x.deal_id, x.serves_deal_id) for x in report.capital_committed] == [
        ("d", "lease", "k")
    ]
    assert report.capital_committed[0].amount_usd == pytest.approx(400 * 1280 / 1461)
    assert sorted((x.counterparty_id, x.deal_id) for x in report.owes) == [("b", "loan"), ("l", "lease")]
    assert report.totals()["owes"].firm_usd == pytest.approx(200 + 400 * 1280 / 1461)
    assert report.customer_concentration == 1.0
    assert not report.concentration_reported
    ranks = {r.company_id: r for r in ask(settings, q.risk_ranking, as_of=AS_OF, first=50)}
    # c: no debt in its period, 400 x 1280/1461 of lease still owed, 100 of capital.
    assert ranks["c"].components["leverage"] == pytest.approx(400 * 1280 / 1461 / 100)
    assert ranks["c"].components["fragility"] == 1.0  # d's default alone wipes it out
    assert ranks["d"].components["systemic_weight"] == 1.0
    assert ranks["d"].components["leverage"] is None
    assert ranks["d"].missing == ["company d: no financial period on or before asOf; leverage unknown"]


def test_the_whole_money_graph_read_in_pages_is_the_same(
    chain: neo4j.Driver, settings: Settings, monkeypatch: pytest.MonkeyPatch
) -> None:
    """riskRanking reads every deal in pages (one list of all deals outgrows the per-transaction
    memory limit at 1000x); pages of one deal must give the answer one page gives."""
    from graph.questions import money_reads
    from graph.version_cache import clear_all

    def ranking() -> list[tuple[str, float]]:
        clear_all()
        return [(r.company_id, r.score) for r in ask(settings, q.risk_ranking, as_of=AS_OF, first=50)]

    whole = ranking()
    monkeypatch.setattr(money_reads, "ALL_DEALS_PAGE_SIZE", 1)
    assert ranking() == whole
    assert len(whole) > 3
