"""The real dataset: it validates, it is connected, it holds the seed interview's claims, it
meets the breadth figures, and a handful of well-known facts carry the publicly reported values."""

from __future__ import annotations

import datetime as dt

import neo4j
import pytest

from graph import questions as q
from graph.settings import Settings
from ingest.load import read_and_validate
from tests.conftest import DATA, ask

INTERVIEW = "src-patel-invest-like-the-best-2025"
SUMMARY = "src-best-partners-patel-summary"


def scalar(driver: neo4j.Driver, query: str, **params: object) -> object:
    records, _, _ = driver.execute_query(query, params)  # type: ignore[arg-type]
    return records[0][0]


def test_data_validates() -> None:
    graph = read_and_validate([DATA])
    assert len(graph.nodes) > 1000
    assert len(graph.relationships) > 1000


def test_no_orphan_entities(dataset: neo4j.Driver) -> None:
    orphans = scalar(dataset, "MATCH (n:Entity) WHERE NOT (n)--() RETURN collect(n.id)")
    assert orphans == []


def test_every_fact_cites_a_defined_source(dataset: neo4j.Driver) -> None:
    assert scalar(dataset, "MATCH (n:Entity) WHERE size(coalesce(n.sources, [])) = 0 RETURN count(n)") == 0
    assert scalar(dataset, "MATCH ()-[r]->() WHERE size(coalesce(r.sources, [])) = 0 RETURN count(r)") == 0
    assert (
        scalar(
            dataset,
            "MATCH ()-[r]->() UNWIND r.sources AS s WITH DISTINCT s "
            "WHERE NOT EXISTS { MATCH (:Source {id: s}) } RETURN count(s)",
        )
        == 0
    )


@pytest.mark.parametrize(
    ("label", "minimum"),
    [
        ("Company", 150),
        ("Chip", 40),
        ("Deal", 120),
        ("PowerAsset", 50),
        ("Policy", 30),
        ("Person", 80),
    ],
)
def test_breadth(dataset: neo4j.Driver, label: str, minimum: int) -> None:
    assert scalar(dataset, f"MATCH (n:{label}) RETURN count(n)") >= minimum  # type: ignore[operator]


def test_financials_for_risk_bearers(dataset: neo4j.Driver) -> None:
    assert (
        scalar(
            dataset,
            "MATCH (c:Company) WHERE c.revenue_usd IS NOT NULL AND c.fiscal_year IS NOT NULL RETURN count(c)",
        )
        >= 60
    )  # type: ignore[operator]


# Everything the seed interview names, by id or alias (the ref rules of the API).
SEED_ENTITIES = [
    "OpenAI",
    "Oracle",
    "Nvidia",
    "Microsoft",
    "Anthropic",
    "Cursor",
    "CoreWeave",
    "Nebius",
    "Google",
    "AMD",
    "xAI",
    "Meta",
    "TSMC",
    "Amphenol",
    "SemiAnalysis",
    "Dylan Patel",
    "甲骨文",
]


@pytest.mark.parametrize("ref", SEED_ENTITIES)
def test_seed_entity_present(dataset: neo4j.Driver, ref: str) -> None:
    assert (
        scalar(dataset, "MATCH (n:Entity) WHERE $key IN n.ref_keys RETURN count(n)", key=ref.casefold()) == 1
    )


def test_seed_claims_are_relationships(dataset: neo4j.Driver) -> None:
    oracle = scalar(
        dataset,
        """
        MATCH (:Company {id: 'openai'})-[:PARTY_TO {role: 'buyer'}]->(d:Deal)
              <-[:PARTY_TO {role: 'seller'}]-(:Company {id: 'oracle'})
        WHERE d.kind = 'compute_contract' AND d.value_usd = 3.0e11 AND $src IN d.sources
        RETURN d.end.year - d.start.year""",
        src=INTERVIEW,
    )
    assert oracle in (4, 5)  # about five years from 2027
    loi = dataset.execute_query(
        """
        MATCH (:Company {id: 'nvidia'})-[:PARTY_TO {role: 'investor'}]->(d:Deal)
              <-[:PARTY_TO {role: 'investee'}]-(:Company {id: 'openai'})
        WHERE $src IN d.sources AND d.value_usd = 1.0e11
        RETURN d.value_is_upper_bound AS up_to, d.capacity_gw AS gw, d.status AS status""",
        src=INTERVIEW,
    ).records[0]
    assert (loi["up_to"], loi["gw"], loi["status"]) == (True, 10.0, "announced")
    assert scalar(dataset, "MATCH (n:Company {id: 'nvidia'}) RETURN n.gross_margin") == 0.75
    assert (
        scalar(
            dataset,
            """MATCH (:Company {id: 'nebius'})-[:PARTY_TO {role: 'seller'}]->(d)
        <-[:PARTY_TO {role: 'buyer'}]-(:Company {id: 'microsoft'}) RETURN count(d)""",
        )
        >= 1
    )
    for customer in ("microsoft", "google", "openai"):
        assert (
            scalar(
                dataset,
                """MATCH (:Company {id: 'coreweave'})-[:PARTY_TO {role: 'seller'}]
            ->(d:Deal {kind: 'compute_contract'})<-[:PARTY_TO {role: 'buyer'}]-(:Company {id: $c})
            RETURN count(d)""",
                c=customer,
            )
            >= 1
        ), customer
    assert scalar(dataset, "MATCH (p:Policy {kind: 'state_fund', jurisdiction: 'CN'}) RETURN count(p)") >= 3
    assert (
        scalar(
            dataset,
            "MATCH (p:Policy {kind: 'grid_rule'})-[:APPLIES_TO]->(:GridRegion {id: 'ercot'}) RETURN count(p)",
        )
        >= 1
    )
    # The seed names no gas plant: the plants stand on their own sources, and the seed's remark
    # that gas and combined-cycle units are being built again is Patel's Claim about the US.
    assert (
        scalar(dataset, "MATCH (p:PowerAsset) WHERE p.fuel IN ['gas', 'combined_cycle_gas'] RETURN count(p)")
        >= 3
    )
    assert (
        scalar(
            dataset,
            """MATCH (c:Claim)-[:MADE_BY]->(:Person {id: 'dylan-patel'}),
                  (c)-[:ABOUT]->(:Country {id: 'united-states'})
            WHERE $src IN c.sources AND c.text CONTAINS 'combined-cycle' RETURN count(c)""",
            src=INTERVIEW,
        )
        == 1
    )


def test_seed_cited_only_up_to_its_date(dataset: neo4j.Driver) -> None:
    """The interview aired on 2025-09-30: nothing announced later may cite it or its summary."""
    late = scalar(
        dataset,
        """MATCH (d:Deal) WHERE any(s IN d.sources WHERE s IN $seed) AND d.announced > date('2025-09-30')
        RETURN collect(d.id)""",
        seed=[INTERVIEW, SUMMARY],
    )
    assert late == []


def test_seed_views_are_claims(dataset: neo4j.Driver) -> None:
    """Patel's forecasts, opinions and theses are Claims beside the facts they concern."""
    by_patel = dataset.execute_query(
        """MATCH (c:Claim)-[:MADE_BY]->(:Person {id: 'dylan-patel'})
        RETURN c.id AS id, c.kind AS kind, c.sources AS sources,
               [(c)-[:ABOUT]->(e) | e.id] AS about, c.value_usd AS value""",
    ).records
    assert len(by_patel) >= 25
    assert all(INTERVIEW in r["sources"] and SUMMARY in r["sources"] for r in by_patel)
    assert {r["kind"] for r in by_patel} <= {"forecast", "opinion", "thesis"}
    about = {r["id"]: (set(r["about"]), r["value"]) for r in by_patel}
    assert about["claim-patel-china-loss-for-share-500b"] == ({"china", "china-big-fund"}, 5.0e11)
    assert {"nvidia", "openai", "oracle"} <= about["claim-patel-nvidia-recycles-margin-into-openai"][0]


@pytest.mark.parametrize(
    ("query", "expected", "why"),
    [
        (
            "MATCH (c:Company {id: 'nvidia'}) RETURN [c.revenue_usd, c.fiscal_year]",
            [130_497_000_000.0, 2025],
            "Nvidia FY2025 10-K revenue",
        ),
        (
            "MATCH (c:Company {id: 'coreweave'}) RETURN c.top_customer_share",
            0.62,
            "CoreWeave S-1: Microsoft was 62% of 2024 revenue",
        ),
        ("MATCH (c:Chip {id: 'h100'}) RETURN c.tdp_w", 700.0, "H100 SXM board power"),
        ("MATCH (:Chip {id: 'h100'})-[:FABBED_BY]->(f) RETURN f.id", "tsmc", "H100 made on TSMC 4N"),
        (
            "MATCH (:Chip {id: 'h100'})-[:USES_HBM_FROM]->(m) RETURN collect(m.id)",
            ["sk-hynix"],
            "SK hynix supplied H100's HBM3",
        ),
        (
            "MATCH (p:PowerAsset {id: 'crane-clean-energy-center'}) RETURN p.capacity_mw",
            835.0,
            "Three Mile Island unit 1 restart for Microsoft",
        ),
        (
            "MATCH (d:Deal {id: 'nebius-microsoft-2025'}) RETURN d.value_usd",
            17_400_000_000.0,
            "Nebius-Microsoft, $17.4B base value",
        ),
    ],
)
def test_well_known_facts(dataset: neo4j.Driver, query: str, expected: object, why: str) -> None:
    assert scalar(dataset, query) == expected, why


def test_openai_oracle_nvidia_money_cycle(dataset: neo4j.Driver, settings: Settings) -> None:
    cycles = ask(settings, q.money_cycles, through="openai", max_length=3)
    assert ["nvidia", "openai", "oracle"] in [[c.id for c in cycle.companies] for cycle in cycles]


def test_openai_default_costs_oracle_revenue_far_more_than_capital(
    dataset: neo4j.Driver, settings: Settings
) -> None:
    report = ask(settings, q.risk_if_default, "openai", as_of=dt.date(2025, 12, 1))
    by_id = {p.company_id: p for p in report.parties}
    oracle = by_id["oracle"]
    # The $300B contract starts in 2027: revenue Oracle will not get, not a loss.
    assert oracle.revenue_at_risk_usd >= 300e9
    assert oracle.credit_loss_usd == 0
    # What it sank to serve OpenAI (the Abilene GB200 order, half re-sold) is far smaller.
    capital = oracle.capital_at_risk_usd + oracle.contingent_capital_at_risk_usd
    assert 0 < capital < 0.1 * oracle.revenue_at_risk_usd
    assert "oracle-nvidia-gb200-abilene-2025" in oracle.deal_ids
    # Parts are the investors' own: Nvidia's ~$0.1B cheque in the $6.6B round, not a fifth of it.
    assert by_id["nvidia"].equity_loss_usd == pytest.approx(0.1e9)
    assert by_id["softbank"].equity_loss_usd >= 30e9
    assert report.total_loss_usd < report.total_revenue_at_risk_usd


def test_oracle_default_reaches_its_bondholders_and_lessors(
    dataset: neo4j.Driver, settings: Settings
) -> None:
    report = ask(settings, q.risk_if_default, "oracle", as_of=dt.date(2025, 12, 1))
    by_id = {p.company_id: p for p in report.parties}
    assert report.total_loss_usd > 0
    assert by_id["oracle-2025-09-bondholders"].credit_loss_usd == pytest.approx(18e9 * 0.6)
    # Crusoe's Abilene construction loans serve its lease to Oracle: capital at risk, half re-let.
    assert by_id["crusoe"].capital_at_risk_usd == pytest.approx(9.4e9 * 0.5)


def test_who_depends_on_tsmc_and_sk_hynix(dataset: neo4j.Driver, settings: Settings) -> None:
    tsmc = {d.company.id: d for d in ask(settings, q.dependents, "tsmc")}
    assert {"nvidia", "amd", "apple", "openai", "microsoft"} <= set(tsmc)
    hynix = {d.company.id for d in ask(settings, q.dependents, "SK hynix", max_depth=3)}
    assert {"nvidia", "coreweave", "openai"} <= hynix
