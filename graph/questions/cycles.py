"""Where the money goes round: cycles of payments and investments between firms.

Money edges run from payer to payee: buyer -> seller, investor -> investee, lender -> borrower,
lessee -> lessor, offtaker -> generator, and customer -> supplier for supply relations (which
carry no amount). A cycle is reported once, starting at its smallest id, not once per rotation.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

import neo4j

from graph.collector import collector_paused
from graph.questions.money import TRADE_KINDS, DealView, PartUnknownError, flow_part
from graph.questions.money_reads import full_money_graph, load_supply_edges
from graph.reads import EntityRow, entities_by_id, resolve_ref
from graph.version_cache import ANSWERS, graph_version
from schema.relationships import PAYMENT_ROLE_PAIRS, DealRole

# Bond holders pay the issuer as lenders pay a borrower.
MONEY_ROLE_PAIRS = (*PAYMENT_ROLE_PAIRS, (DealRole.HOLDER, DealRole.ISSUER))
_ROLE_SETS = tuple((frozenset({payer.value}), frozenset({payee.value})) for payer, payee in MONEY_ROLE_PAIRS)

MAX_LENGTH = 6
MAX_CYCLES = 500


@dataclass
class MoneyEdge:
    """Money from payer to payee: each deal's flow is the parties' own part (unknown -> missing)."""

    payer: str
    payee: str
    deal_ids: list[str] = field(default_factory=list)
    firm_usd: float = 0.0
    contingent_usd: float = 0.0
    known: bool = False  # at least one deal's part is known
    missing: list[str] = field(default_factory=list)
    supply_products: list[str] = field(default_factory=list)

    @property
    def amount_usd(self) -> float | None:
        return self.firm_usd + self.contingent_usd if self.known else None


@dataclass
class MoneyCycle:
    companies: list[EntityRow]
    edges: list[MoneyEdge]

    @property
    def firm_usd(self) -> float:
        return sum(edge.firm_usd for edge in self.edges)

    @property
    def contingent_usd(self) -> float:
        return sum(edge.contingent_usd for edge in self.edges)

    @property
    def total_usd(self) -> float | None:
        if not any(edge.known for edge in self.edges):
            return None
        return self.firm_usd + self.contingent_usd

    @property
    def deal_ids(self) -> list[str]:
        return [deal_id for edge in self.edges for deal_id in edge.deal_ids]

    @property
    def missing(self) -> list[str]:
        return sorted({m for edge in self.edges for m in edge.missing})


async def _money_edges(
    driver: neo4j.AsyncDriver, database: str, as_of: dt.date, version: str | None
) -> dict[tuple[str, str], MoneyEdge]:
    money = await full_money_graph(driver, database, as_of, version)
    edges: dict[tuple[str, str], MoneyEdge] = {}
    with collector_paused():
        for deal in money.deals.values():
            if not deal.counts(as_of) or (deal.kind in TRADE_KINDS and deal.ended(as_of)):
                continue
            roles = {party.role for party in deal.parties}
            for payer_roles, payee_roles in _ROLE_SETS:
                if payer_roles.isdisjoint(roles) or payee_roles.isdisjoint(roles):
                    continue  # most pairs: a deal has two or three of the roles
                _add_flows(edges, deal, payer_roles, payee_roles)
    for supply in await load_supply_edges(driver, database, as_of):
        edge = edges.setdefault(
            (supply.customer, supply.supplier), MoneyEdge(supply.customer, supply.supplier)
        )
        edge.supply_products.append(str(supply.product))
    for edge in edges.values():
        edge.deal_ids.sort()
    return edges


def find_cycles(
    edges: dict[tuple[str, str], MoneyEdge], through: str | None, max_length: int
) -> list[list[str]]:
    """Simple cycles up to max_length, each once: rooted at its smallest node id."""
    graph: dict[str, list[str]] = defaultdict(list)
    for payer, payee in sorted(edges):
        graph[payer].append(payee)
    cycles: list[list[str]] = []
    may_pass = _through_check(graph, through, max_length)

    def walk(root: str, node: str, path: list[str]) -> None:
        if len(cycles) >= MAX_CYCLES:
            return
        for nxt in graph[node]:
            if nxt == root and len(path) >= 2:
                if through is None or through in path:
                    cycles.append(list(path))
            elif nxt > root and nxt not in path and len(path) < max_length and may_pass(root, [*path, nxt]):
                walk(root, nxt, [*path, nxt])

    for root in sorted(graph):
        if may_pass(root, [root]):
            walk(root, root, [root])
    return cycles


def _through_check(
    graph: dict[str, list[str]], through: str | None, max_length: int
) -> Callable[[str, list[str]], bool]:
    """Whether a path from `root` can still become a cycle through `through` within max_length.

    Only cycles through the firm are kept, so the search skips paths that cannot reach it and get
    back to the root in the steps left (by shortest distances, which never undercount): the same
    cycles in the same order, without walking the whole graph."""
    if through is None:
        return lambda root, path: True
    to_through = _distances(graph, through, max_length, reverse=True)
    from_through = _distances(graph, through, max_length, reverse=False)
    unreachable = max_length + 1

    def may_pass(root: str, path: list[str]) -> bool:
        if through in path:
            return True
        if root > through:  # a cycle is rooted at its smallest id: it cannot hold `through`
            return False
        steps_left = max_length - len(path) + 1  # edges still to take, closing edge included
        needed = to_through.get(path[-1], unreachable) + from_through.get(root, unreachable)
        return needed <= steps_left

    return may_pass


def _distances(graph: dict[str, list[str]], start: str, limit: int, reverse: bool) -> dict[str, int]:
    """Fewest edges from `start` (to it, if `reverse`) for the nodes within `limit` edges."""
    neighbours: dict[str, list[str]] = graph
    if reverse:
        neighbours = defaultdict(list)
        for node, nexts in list(graph.items()):
            for nxt in nexts:
                neighbours[nxt].append(node)
    distance = {start: 0}
    frontier = [start]
    for step in range(1, limit + 1):
        frontier = [n for node in frontier for n in neighbours.get(node, []) if n not in distance]
        for node in frontier:
            distance.setdefault(node, step)
    return distance


def _add_flows(
    edges: dict[tuple[str, str], MoneyEdge],
    deal: DealView,
    payer_roles: frozenset[str],
    payee_roles: frozenset[str],
) -> None:
    for payer in deal.companies(payer_roles):
        for payee in deal.companies(payee_roles):
            if payer == payee:
                continue
            edge = edges.setdefault((payer, payee), MoneyEdge(payer, payee))
            edge.deal_ids.append(deal.id)
            try:
                amount = flow_part(deal, payer, payee, payer_roles, payee_roles)
            except PartUnknownError as unknown:
                edge.missing.append(str(unknown))
                continue
            edge.known = True
            if deal.firm:
                edge.firm_usd += amount
            else:
                edge.contingent_usd += amount


async def money_cycles(
    driver: neo4j.AsyncDriver,
    *,
    through: str | None = None,
    max_length: int = 4,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[MoneyCycle]:
    if not 2 <= max_length <= MAX_LENGTH:
        raise ValueError(f"maxLength must be between 2 and {MAX_LENGTH} (got {max_length})")
    version = await graph_version(driver, database)
    through_id = (await resolve_ref(driver, through, database, "Company")).id if through else None
    day = as_of or dt.date.today()
    return await ANSWERS.get(
        database,
        version,
        ("money_cycles", through_id, max_length, day),
        lambda: _cycles(driver, database, through_id, max_length, day, version),
        lambda cycles: 1 + sum(len(cycle.edges) for cycle in cycles),
    )


async def _cycles(
    driver: neo4j.AsyncDriver,
    database: str,
    through_id: str | None,
    max_length: int,
    as_of: dt.date,
    version: str | None,
) -> list[MoneyCycle]:
    # The money edges of a date serve every `through` and `maxLength`: kept apart.
    edges = await ANSWERS.get(
        database,
        version,
        ("money_edges", as_of),
        lambda: _money_edges(driver, database, as_of, version),
        len,
    )
    cycles = find_cycles(edges, through_id, max_length)
    rows = await entities_by_id(driver, sorted({n for c in cycles for n in c}), database)
    result = []
    for cycle in cycles:
        pairs = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        result.append(MoneyCycle([rows[n] for n in cycle], [edges[p] for p in pairs]))
    result.sort(key=lambda c: (-(c.total_usd or 0.0), len(c.companies)))
    return result
