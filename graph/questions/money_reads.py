"""Reading the money graph: deals with their parties' parts and links, and each firm's capital.

A default first touches the defaulter's deals, the deals that SERVE them (a creditor's chip
orders, leases and loans made for that contract) and the firms party to them; `MoneyGraph.load`
reads exactly that for a set of firms and can be widened as the cascade reaches further.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, LiteralString, NamedTuple

import neo4j

from graph.collector import collector_paused
from graph.querying import read
from graph.questions.money import HELD_STATUSES, DealView, LinkedDeal, Party, parse_schedule
from graph.serialize import native
from graph.version_cache import MONEY_GRAPHS

# One record holding one list: thousands of records cost the driver more than one list. Each deal
# is a list of values in the order `_deal_view` takes them, and dates come as ISO text: the
# driver makes a Neo4j Date object per date and its to_native() costs ~8 us, a third of reading
# the whole money graph at 100x, where date.fromisoformat costs a fiftieth of that.
_DEAL_FIELDS: LiteralString = """
WITH DISTINCT d
RETURN collect([d.id, d.kind, d.status, d.value_usd, d.value_is_upper_bound, toString(d.announced),
  toString(d.start), toString(d.end), d.committed_usd, d.drawn_usd, d.schedule,
  [(c:Company)-[p:PARTY_TO]->(d) | [c.id, p.role, p.amount_usd, p.share]],
  [(d)-[s:SERVES]->(k:Deal) | [k.id, s.share]],
  [(n:Deal)-[:SUPERSEDES]->(d) | [n.id, n.status, toString(n.announced), toString(n.start), null, null,
    null, []]],
  [(d)-[:PART_OF]->(g:Deal) | [g.id, g.status, toString(g.announced), toString(g.start), g.value_usd,
    g.capacity_gw, g.value_is_upper_bound, [(gc:Company)-[gp:PARTY_TO]->(g) | [gc.id, gp.role]]]]
]) AS deals
"""
# The whole graph is read in pages of deals ordered by id (the id index gives the order): one list
# of every deal outgrows the per-transaction memory limit at a few hundred thousand deals.
ALL_DEALS_PAGE_SIZE = 20_000
ALL_DEALS_PAGE_QUERY: LiteralString = (
    """
MATCH (d:Deal) WHERE d.id > $after AND d.status IN $statuses
WITH d ORDER BY d.id LIMIT $limit"""
    + _DEAL_FIELDS
)
# The deals the firms are party to, and the deals that serve those.
DEALS_AROUND_QUERY: LiteralString = (
    """
MATCH (c:Company)-[:PARTY_TO]->(own:Deal) WHERE c.id IN $ids AND own.status IN $statuses
WITH collect(DISTINCT own) AS owned
CALL (owned) {
  UNWIND owned AS k MATCH (x:Deal)-[:SERVES]->(k) WHERE x.status IN $statuses
  RETURN collect(DISTINCT x) AS serving
}
UNWIND owned + serving AS d"""
    + _DEAL_FIELDS
)
# Loss-absorbing capital: the latest period on or before the date that was also published by
# then (no look-ahead) and reports book equity: cash alone would understate a firm's capital many
# times over (a chip vendor's cash is a fraction of its equity) and make it look fragile.
CAPITAL_QUERY: LiteralString = """
MATCH (c:Company)-[:REPORTED]->(f:FinancialPeriod)
WHERE c.id IN $ids AND f.period_end <= $as_of AND f.as_of <= $as_of
  AND f.equity_usd IS NOT NULL
WITH c, f ORDER BY f.period_end DESC, f.as_of DESC
WITH c, collect(f {.id, .fiscal_label, .period_end, .equity_usd, .cash_usd, .total_debt_usd,
                   .lease_liabilities_usd})[0] AS latest
RETURN collect([c.id, latest]) AS rows
"""
ALL_COMPANIES_QUERY: LiteralString = "MATCH (c:Company) RETURN collect(c.id) AS ids"
# The same for every firm at once: no list of tens of thousands of ids to match against.
ALL_CAPITAL_QUERY: LiteralString = CAPITAL_QUERY.replace("WHERE c.id IN $ids AND", "WHERE")


@dataclass(frozen=True)
class Capital:
    """Balance-sheet figures of a firm's latest period on or before the date."""

    period_id: str
    fiscal_label: str
    period_end: dt.date
    equity_usd: float | None
    cash_usd: float | None
    total_debt_usd: float | None
    lease_liabilities_usd: float | None

    @property
    def loss_absorbing_usd(self) -> float:
        """Book equity (negative equity absorbs nothing) plus cash."""
        return max(self.equity_usd or 0.0, 0.0) + (self.cash_usd or 0.0)


@dataclass
class MoneyGraph:
    as_of: dt.date
    deals: dict[str, DealView] = field(default_factory=dict)
    capital: dict[str, Capital | None] = field(default_factory=dict)
    loaded: set[str] = field(default_factory=set)  # firms whose deals are all read
    by_company: dict[str, list[DealView]] = field(default_factory=lambda: defaultdict(list))
    serving: dict[str, list[tuple[DealView, float | None]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, rows: list[Any]) -> None:
        for row in rows:
            deal = _deal_view(row)
            if deal.id in self.deals:
                continue
            self.deals[deal.id] = deal
            for company in sorted({p.company for p in deal.parties}):
                self.by_company[company].append(deal)
            for contract_id, share in deal.serves:
                self.serving[contract_id].append((deal, share))

    def companies(self) -> set[str]:
        return {p.company for deal in self.deals.values() for p in deal.parties}

    async def load(self, driver: neo4j.AsyncDriver, database: str, ids: set[str]) -> None:
        """Read the deals of `ids` (and the deals serving them) and the capital of every party."""
        new = ids - self.loaded
        if not new:
            return
        params = {"ids": sorted(new), "statuses": sorted(HELD_STATUSES)}
        with collector_paused():  # decoding and building the deals make many objects, no cycles
            self.add(await one_list(driver, DEALS_AROUND_QUERY, params, database))
        self.loaded |= new
        await self._load_capital(driver, database, (self.companies() | new) - set(self.capital))

    async def load_all(self, driver: neo4j.AsyncDriver, database: str) -> None:
        after = ""
        with collector_paused():  # decoding and building the deals make many objects, no cycles
            while True:
                params = {"after": after, "statuses": sorted(HELD_STATUSES), "limit": ALL_DEALS_PAGE_SIZE}
                page = await one_list(driver, ALL_DEALS_PAGE_QUERY, params, database)
                self.add(page)
                if len(page) < ALL_DEALS_PAGE_SIZE:
                    break
                after = max(str(row[0]) for row in page)
        everyone = set(await one_list(driver, ALL_COMPANIES_QUERY, {}, database))
        self.loaded |= everyone
        rows = await one_list(driver, ALL_CAPITAL_QUERY, {"as_of": self.as_of}, database)
        found = {str(company): _capital(latest) for company, latest in rows if latest is not None}
        self.capital.update({company: found.get(company) for company in everyone})

    async def _load_capital(self, driver: neo4j.AsyncDriver, database: str, ids: set[str]) -> None:
        if not ids:
            return
        rows = await one_list(driver, CAPITAL_QUERY, {"ids": sorted(ids), "as_of": self.as_of}, database)
        found = {str(company): _capital(latest) for company, latest in rows if latest is not None}
        for company in ids:
            self.capital[company] = found.get(company)


async def full_money_graph(
    driver: neo4j.AsyncDriver, database: str, as_of: dt.date, version: str | None
) -> MoneyGraph:
    """Every deal and every firm's capital at `as_of`, read once per graph version and date.

    Shared by the questions that need the whole graph (ranking, cycles) and never changed by
    them: `load` on it reads nothing, as every firm is already loaded."""

    async def read_all() -> MoneyGraph:
        money = MoneyGraph(as_of)
        await money.load_all(driver, database)
        return money

    return await MONEY_GRAPHS.get(database, version, as_of, read_all, lambda money: len(money.deals))


def _capital(raw: dict[str, Any]) -> Capital:
    def money(name: str) -> float | None:
        value = raw.get(name)
        return None if value is None else float(value)

    return Capital(
        period_id=str(raw["id"]),
        fiscal_label=str(raw["fiscal_label"]),
        period_end=native(raw["period_end"]),
        equity_usd=money("equity_usd"),
        cash_usd=money("cash_usd"),
        total_debt_usd=money("total_debt_usd"),
        lease_liabilities_usd=money("lease_liabilities_usd"),
    )


def _day(iso: str | None) -> dt.date | None:
    return None if iso is None else dt.date.fromisoformat(iso)


def _money(value: Any) -> float | None:
    return None if value is None else float(value)


def _deal_view(row: list[Any]) -> DealView:
    """A deal from its row of _DEAL_FIELDS."""
    (
        deal_id, kind, status, value_usd, upper_bound, announced, start, end, committed_usd, drawn_usd,
        schedule, parties, serves, superseded_by, part_of,
    ) = row  # fmt: skip
    return DealView(
        id=str(deal_id),
        kind=str(kind),
        status=str(status),
        value_usd=_money(value_usd),
        value_is_upper_bound=bool(upper_bound),
        announced=_day(announced),
        start=_day(start),
        end=_day(end),
        committed_usd=_money(committed_usd),
        drawn_usd=_money(drawn_usd),
        schedule=parse_schedule(schedule),
        parties=[Party(str(c), str(r), _money(a), _money(s)) for c, r, a, s in parties],
        serves=[(str(k), _money(s)) for k, s in serves],
        superseded_by=[_linked_deal(linked) for linked in superseded_by],
        part_of=[_linked_deal(linked) for linked in part_of],
    )


def _linked_deal(row: list[Any]) -> LinkedDeal:
    """A deal at the other end of SUPERSEDES or PART_OF from its row of _DEAL_FIELDS."""
    deal_id, status, announced, start, value_usd, capacity_gw, upper_bound, parties = row
    return LinkedDeal(
        id=str(deal_id),
        status=str(status or "announced"),
        announced=_day(announced),
        start=_day(start),
        value_usd=_money(value_usd),
        capacity_gw=_money(capacity_gw),
        value_is_upper_bound=bool(upper_bound),
        parties=frozenset((str(c), str(r)) for c, r in parties),
    )


async def one_list(
    driver: neo4j.AsyncDriver, query: LiteralString, params: dict[str, Any], database: str
) -> list[Any]:
    """The list a query returns as its one record."""
    records = await read(driver, query, params, database)
    return list(records[0][0])


# Supply holding at the date, as (supplier, customer, product): no sources, which the money
# cycles do not show (they were most of what this read decoded).
SUPPLY_QUERY: LiteralString = """
MATCH (s:Company)-[r:SUPPLIES]->(c:Company)
WHERE (r.valid_from IS NULL OR r.valid_from <= $as_of) AND (r.valid_to IS NULL OR r.valid_to > $as_of)
RETURN collect([s.id, c.id, r.product]) AS edges
"""


class SupplyEdge(NamedTuple):
    supplier: str
    customer: str
    product: str | None


async def load_supply_edges(driver: neo4j.AsyncDriver, database: str, as_of: dt.date) -> list[SupplyEdge]:
    rows = await one_list(driver, SUPPLY_QUERY, {"as_of": as_of}, database)
    return [SupplyEdge(str(supplier), str(customer), product) for supplier, customer, product in rows]
