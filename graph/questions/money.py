"""Who owes whom: deals read as directed money obligations, valued as of a date.

Shared by the risk, exposure and money-cycle questions so that they agree on one reading of a
deal: the payer roles owe the payee roles; a guarantor takes the payer's place on default.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass
from enum import StrEnum
from functools import cached_property
from typing import Any, LiteralString

import neo4j

from graph.querying import read
from graph.serialize import native
from schema.relationships import TRADE_ROLE_PAIRS, DealRole

# What the payee loses if the payer defaults depends on the kind of deal.
CONTRACT_KINDS = frozenset(
    {"compute_contract", "lease", "power_purchase", "chip_purchase", "supply_agreement", "license"}
)
EQUITY_KINDS = frozenset({"equity_investment"})
CREDIT_KINDS = frozenset({"loan", "bond"})
FIRM_STATUSES = frozenset({"signed", "active", "completed"})
# A completed contract has been delivered and paid; completed equity and credit is money paid in,
# and so still at risk.
OPEN_STATUSES = frozenset({"announced", "signed", "active"})
HELD_STATUSES = OPEN_STATUSES | {"completed"}

# Only the fields the money reading needs: decoding whole deals dominated on large graphs. Each
# query returns one record holding a list: thousands of records cost the driver far more than
# one list of the same values.
_DEAL_WITH_PARTIES = """
MATCH (c:Company)-[p:PARTY_TO]->(d)
WITH d {.id, .name, .kind, .status, .value_usd, .value_is_upper_bound, .announced, .start,
        .end} AS deal,
     collect({company: c.id, role: p.role}) AS parties
RETURN collect({deal: deal, parties: parties}) AS deals
"""
_COMPANY_FACTS = "RETURN collect([c.id, c.name, c.revenue_usd, c.fiscal_year]) AS companies"
DEALS_QUERY = "MATCH (d:Deal) WHERE d.status IN $statuses" + _DEAL_WITH_PARTIES
DEALS_OF_QUERY = (
    "MATCH (c:Company)-[:PARTY_TO]->(d:Deal) WHERE c.id IN $ids AND d.status IN $statuses "
    "WITH DISTINCT d" + _DEAL_WITH_PARTIES
)
COMPANIES_QUERY = "MATCH (c:Company) " + _COMPANY_FACTS
COMPANIES_OF_QUERY = "MATCH (c:Company) WHERE c.id IN $ids " + _COMPANY_FACTS
SUPPLY_QUERY = """
MATCH (s:Company)-[r:SUPPLIES]->(c:Company)
RETURN collect({supplier: s.id, customer: c.id, product: r.product, sources: r.sources,
                valid_from: r.valid_from, valid_to: r.valid_to}) AS edges
"""


class Channel(StrEnum):
    CONTRACT = "contract"
    EQUITY = "equity"
    LOAN = "loan"
    GUARANTEE = "guarantee"


@dataclass(frozen=True)
class Obligation:
    """If `debtor` defaults, `creditor` loses up to `amount_usd` through `channel`."""

    debtor: str
    creditor: str
    channel: Channel
    deal_id: str
    amount_usd: float | None  # remaining, pro-rated, as of the date; None when the deal has no value
    firm: bool  # signed or active and not an "up to" figure


@dataclass(frozen=True)
class CompanyFacts:
    id: str
    name: str
    revenue_usd: float | None
    fiscal_year: int | None


@dataclass
class MoneyGraph:
    obligations: list[Obligation]
    companies: dict[str, CompanyFacts]

    @cached_property
    def by_debtor(self) -> dict[str, list[Obligation]]:
        """Obligations indexed by who would default on them (built once per graph)."""
        index: dict[str, list[Obligation]] = defaultdict(list)
        for obligation in self.obligations:
            index[obligation.debtor].append(obligation)
        return index

    @cached_property
    def by_creditor(self) -> dict[str, list[Obligation]]:
        index: dict[str, list[Obligation]] = defaultdict(list)
        for obligation in self.obligations:
            index[obligation.creditor].append(obligation)
        return index


def remaining_fraction(deal: dict[str, Any], as_of: dt.date) -> float:
    """Share of a contract's value still to be paid at `as_of`, straight-line over its term."""
    start, end = deal.get("start"), deal.get("end")
    if start is None or end is None or end <= start:
        return 1.0
    if as_of <= start:
        return 1.0
    if as_of >= end:
        return 0.0
    return float((end - as_of).days / (end - start).days)


def deal_in_force(deal: dict[str, Any], as_of: dt.date) -> bool:
    announced = deal.get("announced") or deal.get("start")
    if announced is not None and announced > as_of:
        return False
    end = deal.get("end")
    return not (end is not None and end < as_of and deal.get("kind") in CONTRACT_KINDS)


def obligations_of_deal(
    deal: dict[str, Any], parties: list[dict[str, str]], as_of: dt.date, recovery_rate: float
) -> list[Obligation]:
    kind = deal["kind"]
    by_role: dict[str, list[str]] = defaultdict(list)
    for party in parties:
        by_role[party["role"]].append(party["company"])
    value = deal.get("value_usd")
    firm = deal.get("status") in FIRM_STATUSES and not deal.get("value_is_upper_bound", False)
    pairs: list[tuple[str, str, Channel, float]] = []  # debtor, creditor, channel, factor
    guarantors = by_role.get(DealRole.GUARANTOR.value, [])
    if kind in CONTRACT_KINDS:
        payers = [c for role, _ in TRADE_ROLE_PAIRS for c in by_role.get(role.value, [])]
        payees = [c for _, role in TRADE_ROLE_PAIRS for c in by_role.get(role.value, [])]
        factor = remaining_fraction(deal, as_of)
        creditors = guarantors or payees  # a guarantor pays the payee and bears the loss
        channel = Channel.GUARANTEE if guarantors else Channel.CONTRACT
        pairs += [(p, q, channel, factor) for p in payers for q in creditors if p != q]
    elif kind in EQUITY_KINDS:
        pairs += [
            (investee, investor, Channel.EQUITY, 1.0)
            for investee in by_role.get("investee", [])
            for investor in by_role.get("investor", [])
            if investee != investor
        ]
    elif kind in CREDIT_KINDS:
        lenders = guarantors or by_role.get("lender", [])
        channel = Channel.GUARANTEE if guarantors else Channel.LOAN
        pairs += [
            (borrower, lender, channel, 1.0 - recovery_rate)
            for borrower in by_role.get("borrower", [])
            for lender in lenders
            if borrower != lender
        ]
    if not pairs:
        return []
    debtor_ids = {p[0] for p in pairs}
    creditor_ids = {p[1] for p in pairs}
    share = 1.0 / (len(debtor_ids) * len(creditor_ids))  # several payers or payees split the value
    return [
        Obligation(
            debtor,
            creditor,
            channel,
            deal["id"],
            None if value is None else float(value) * factor * share,
            firm,
        )
        for debtor, creditor, channel, factor in pairs
    ]


async def load_money_graph(
    driver: neo4j.AsyncDriver,
    database: str,
    as_of: dt.date,
    recovery_rate: float = 0.0,
    around: set[str] | None = None,
) -> MoneyGraph:
    """Every deal in force as obligations; with `around`, only the deals those firms are party
    to (and the facts of every party), which is all a default starting there can touch first."""
    if around is None:
        deals = await _one_list(driver, DEALS_QUERY, {"statuses": sorted(HELD_STATUSES)}, database)
        company_rows = await _one_list(driver, COMPANIES_QUERY, {}, database)
    else:
        deals = await _one_list(
            driver, DEALS_OF_QUERY, {"ids": sorted(around), "statuses": sorted(HELD_STATUSES)}, database
        )
        parties = sorted({p["company"] for item in deals for p in item["parties"]} | around)
        company_rows = await _one_list(driver, COMPANIES_OF_QUERY, {"ids": parties}, database)
    companies = {row[0]: CompanyFacts(*row) for row in company_rows}
    obligations: list[Obligation] = []
    for item in deals:
        deal = {k: native(v) for k, v in item["deal"].items()}
        if not deal_in_force(deal, as_of):
            continue
        if deal["status"] == "completed" and deal["kind"] not in EQUITY_KINDS | CREDIT_KINDS:
            continue
        obligations += obligations_of_deal(deal, item["parties"], as_of, recovery_rate)
    return MoneyGraph(obligations, companies)


async def _one_list(
    driver: neo4j.AsyncDriver, query: LiteralString, params: dict[str, Any], database: str
) -> list[Any]:
    """The list a query returns as its one record."""
    records = await read(driver, query, params, database)
    return list(records[0][0])


async def load_supply_edges(driver: neo4j.AsyncDriver, database: str, as_of: dt.date) -> list[dict[str, Any]]:
    edges = []
    for edge in await _one_list(driver, SUPPLY_QUERY, {}, database):
        start, end = native(edge["valid_from"]), native(edge["valid_to"])
        if (start is None or start <= as_of) and (end is None or end > as_of):
            edges.append(edge)
    return edges


__all__ = [
    "Channel",
    "MoneyGraph",
    "Obligation",
    "load_money_graph",
    "load_supply_edges",
    "remaining_fraction",
]
