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

from graph.querying import read
from graph.questions.money import deal_in_force, load_supply_edges
from graph.reads import EntityRow, entities_by_id, resolve_ref
from graph.serialize import native
from schema.relationships import PAYMENT_ROLE_PAIRS

# One record of small maps with only the deal fields a flow uses: at 100x, whole deals one record
# each took most of the question's time.
MONEY_DEALS_QUERY = """
MATCH (payer:Company)-[a:PARTY_TO]->(d:Deal)<-[b:PARTY_TO]-(payee:Company)
WHERE payer <> payee AND d.status <> 'cancelled'
  AND [a.role, b.role] IN $pairs
RETURN collect({payer: payer.id, payee: payee.id,
                deal: d {.id, .kind, .value_usd, .announced, .start, .end}}) AS flows
"""
MAX_LENGTH = 6
MAX_CYCLES = 500


@dataclass
class MoneyEdge:
    payer: str
    payee: str
    deal_ids: list[str] = field(default_factory=list)
    amount_usd: float = 0.0
    supply_products: list[str] = field(default_factory=list)


@dataclass
class MoneyCycle:
    companies: list[EntityRow]
    edges: list[MoneyEdge]

    @property
    def total_usd(self) -> float | None:
        amounts = [edge.amount_usd for edge in self.edges if edge.amount_usd]
        return sum(amounts) if amounts else None

    @property
    def deal_ids(self) -> list[str]:
        return [deal_id for edge in self.edges for deal_id in edge.deal_ids]


async def _money_edges(
    driver: neo4j.AsyncDriver, database: str, as_of: dt.date
) -> dict[tuple[str, str], MoneyEdge]:
    edges: dict[tuple[str, str], MoneyEdge] = {}
    pairs = [[payer.value, payee.value] for payer, payee in PAYMENT_ROLE_PAIRS]
    records = await read(driver, MONEY_DEALS_QUERY, {"pairs": pairs}, database)
    for flow in records[0]["flows"]:
        deal = {k: native(v) for k, v in flow["deal"].items()}
        if not deal_in_force(deal, as_of):
            continue
        edge = edges.setdefault((flow["payer"], flow["payee"]), MoneyEdge(flow["payer"], flow["payee"]))
        edge.deal_ids.append(str(deal["id"]))
        edge.amount_usd += float(deal.get("value_usd") or 0.0)
    for supply in await load_supply_edges(driver, database, as_of):
        edge = edges.setdefault(
            (supply["customer"], supply["supplier"]),
            MoneyEdge(supply["customer"], supply["supplier"]),
        )
        edge.supply_products.append(str(supply["product"]))
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
    through_id = (await resolve_ref(driver, through, database, "Company")).id if through else None
    edges = await _money_edges(driver, database, as_of or dt.date.today())
    cycles = find_cycles(edges, through_id, max_length)
    rows = await entities_by_id(driver, sorted({n for c in cycles for n in c}), database)
    result = []
    for cycle in cycles:
        pairs = list(zip(cycle, [*cycle[1:], cycle[0]], strict=True))
        result.append(MoneyCycle([rows[n] for n in cycle], [edges[p] for p in pairs]))
    result.sort(key=lambda c: (-(c.total_usd or 0.0), len(c.companies)))
    return result
