"""Who depends on a supplier, directly and through chains; and the reverse.

A dependency step reads "the dependent needs something from the provider". Steps follow supply
relations, chips' foundry/HBM/packaging makers, chip designers and deployers, rented cloud
compute, compute contracts, and data-center sites with their power. The search is breadth-first
(one query per level), so each firm comes with one shortest path, and cycles cannot loop.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, NamedTuple, TypeVar

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entities_by_id, resolve_ref
from graph.version_cache import ANSWERS, graph_version

# Each rule: dependency name shown in paths, and the Cypher that matches provider `p`,
# dependent `d`, the relationship `r` carrying the fact and, for contracts, the `deal`.
DEPENDENCY_RULES: dict[str, str] = {
    "SUPPLIED_BY": "MATCH (p:Company)-[r:SUPPLIES]->(d:Company)",
    "FABBED_BY": "MATCH (d:Chip)-[r:FABBED_BY]->(p:Company)",
    "USES_HBM_FROM": "MATCH (d:Chip)-[r:USES_HBM_FROM]->(p:Company)",
    "PACKAGED_BY": "MATCH (d:Chip)-[r:PACKAGED_BY]->(p:Company)",
    "DESIGNS": "MATCH (d:Company)-[r:DESIGNS]->(p:Chip)",
    "DESIGNED_BY": "MATCH (p:Company)-[r:DESIGNS]->(d:Chip)",
    "DEPLOYS": "MATCH (d:Company)-[r:DEPLOYS]->(p:Chip)",
    "RENTS_FROM": "MATCH (d:Company)-[r:RENTS_FROM]->(p:Company)",
    "BUYS_COMPUTE_FROM": (
        "MATCH (p:Company)-[:PARTY_TO {role: 'seller'}]->(deal:Deal {kind: 'compute_contract'})"
        "<-[r:PARTY_TO {role: 'buyer'}]-(d:Company)"
    ),
    "TENANT_OF": "MATCH (d:Company)-[r:TENANT_OF]->(p:PowerAsset)",
    "POWERED_BY": "MATCH (p:Company|PowerAsset)-[r:SUPPLIES_POWER|POWERS]->(d:PowerAsset)",
}
INPUT_NAMES = {
    "FABBED_BY": "wafer fabrication",
    "USES_HBM_FROM": "HBM memory",
    "PACKAGED_BY": "advanced packaging",
    "DESIGNS": "chip",
    "DESIGNED_BY": "chip design",
    "DEPLOYS": "accelerators",
    "RENTS_FROM": "cloud compute",
    "BUYS_COMPUTE_FROM": "contracted compute",
    "TENANT_OF": "data-center capacity",
    "POWERED_BY": "power",
}


# A designer depends on its chips and a chip on its designer; walking one straight after the
# other would make every chip of a designer depend on every foundry of its other chips.
INVERSE_RULES = {"DESIGNS": "DESIGNED_BY", "DESIGNED_BY": "DESIGNS"}


# A relationship holds at $as_of unless it starts after or ends on or before it; a deal counts from
# its announcement (else its start) until its end, unless cancelled. No date: everything holds.
_HOLDS_AT = (
    "($as_of IS NULL OR ((r.valid_from IS NULL OR r.valid_from <= $as_of)"
    " AND (r.valid_to IS NULL OR r.valid_to > $as_of)))"
)
_DEAL_HOLDS_AT = (
    "($as_of IS NULL OR ((coalesce(deal.announced, deal.start) IS NULL"
    " OR coalesce(deal.announced, deal.start) <= $as_of)"
    " AND (deal.end IS NULL OR deal.end >= $as_of) AND coalesce(deal.status, '') <> 'cancelled'))"
)


def _step_fields(rule: str, pattern: str) -> str:
    """Only what a path step shows: its sources, the product supplied and the contract."""
    product = "r.product" if rule == "SUPPLIED_BY" else "null"
    deal = (
        "deal.id AS deal_id, deal.name AS deal_name, deal.value_usd AS deal_value"
        if "deal" in pattern
        else "null AS deal_id, null AS deal_name, null AS deal_value"
    )
    return f"'{rule}' AS rule, r.sources AS sources, {product} AS product, {deal}"


def _level_query(from_provider: bool) -> str:
    """One breadth-first level: every step by any rule from the frontier to a node not yet reached.

    Each frontier entry is {id, came_by} (the rule that reached it, so that a step straight back
    by the inverse rule is never taken). Everything the walk would drop is dropped on the server
    (nodes already reached, steps not holding at $as_of), and the level comes back as one record
    of small lists: per-row decoding in the driver, not the traversal, was the cost of deep walks
    on large graphs. Whole rows are read apart, for the answer's paths only (see _Prefetch)."""
    start, end = ("p", "d") if from_provider else ("d", "p")
    branches = []
    for rule, pattern in DEPENDENCY_RULES.items():
        inverse = INVERSE_RULES.get(rule)
        not_back = f" WHERE coalesce(known.came_by, '') <> '{inverse}'" if inverse else ""
        deal_holds = f" AND {_DEAL_HOLDS_AT}" if "deal" in pattern else ""
        branches.append(
            f"WITH n AS {start}{not_back} {pattern} "
            f"WHERE NOT {end}.id IN $reached AND {_HOLDS_AT}{deal_holds} "
            f"RETURN {end} AS found, {_step_fields(rule, pattern)}"
        )
    return (
        "UNWIND $frontier AS known MATCH (n:Entity {id: known.id}) "
        f"CALL (n, known) {{ {' UNION ALL '.join(branches)} }} "
        "RETURN collect([n.id, rule, found.id, [l IN labels(found) WHERE l <> 'Entity'][0], found.name, "
        "sources, product, deal_id, deal_name, deal_value]) AS steps"
    )


DEPENDENTS_LEVEL = _level_query(from_provider=True)
SUPPLIERS_LEVEL = _level_query(from_provider=False)


class _Candidate(NamedTuple):
    """One step the level query found, in the order of its RETURN list."""

    known: str
    rule: str
    found: str
    label: str
    name: str | None
    sources: list[str] | None
    product: str | None
    deal_id: str | None
    deal_name: str | None
    deal_value: float | None


def _step_order(fields: list[Any]) -> tuple[Any, ...]:
    """Known, rule, found; then, among several contracts (or relationships) for the same step,
    the largest contract first, then by id and sources: the same step whatever the load order."""
    step = _Candidate(*fields)
    return (
        step.known,
        step.rule,
        step.found,
        -(step.deal_value or 0),
        step.deal_id or "",
        step.sources or [],
    )


@dataclass(frozen=True)
class PathStep:
    """One step of a dependency chain, read from dependent to provider."""

    from_row: EntityRow
    relationship: str
    to_row: EntityRow
    sources: list[str]
    deal_id: str | None = None
    input: str | None = None


@dataclass
class Dependency:
    company: EntityRow
    depth: int
    path: list[PathStep]
    inputs: list[str] = field(default_factory=list)
    single_source: bool = False


def _input_name(step: _Candidate, provider: EntityRow) -> str:
    if step.rule == "SUPPLIED_BY":
        return step.product or "supplies"
    if step.rule in ("DESIGNS", "DEPLOYS"):
        return f"{INPUT_NAMES[step.rule]}: {provider.props.get('name')}"
    if step.rule == "BUYS_COMPUTE_FROM":
        return f"contracted compute ({step.deal_name})"
    return INPUT_NAMES[step.rule]


async def _walk(
    driver: neo4j.AsyncDriver,
    database: str,
    origin: EntityRow,
    max_depth: int,
    as_of: dt.date | None,
    towards_dependents: bool,
    on_firms: Callable[[list[tuple[str, str]]], None] | None = None,
) -> dict[str, list[PathStep]]:
    """Breadth-first over dependency steps; first (shortest) path to each node wins.

    After each level, `on_firms` gets the firms first reached there, with the rule that reached
    each (so that reads about them can start while the walk goes on)."""
    query = DEPENDENTS_LEVEL if towards_dependents else SUPPLIERS_LEVEL
    paths: dict[str, list[PathStep]] = {origin.id: []}
    rows: dict[str, EntityRow] = {origin.id: origin}
    reached_by: dict[str, str] = {}
    frontier = [origin.id]
    for _level in range(max_depth):
        if not frontier:
            break
        params = {
            "frontier": [{"id": known, "came_by": reached_by.get(known)} for known in frontier],
            "reached": list(paths),
            "as_of": as_of,
        }
        records = await read(driver, query, params, database)
        next_frontier = []
        # A node reached several ways at this level keeps the first in _step_order.
        for fields in sorted(records[0]["steps"], key=_step_order):
            if fields[2] in paths:  # reached earlier at this level
                continue
            step = _Candidate(*fields)
            found = EntityRow(step.label, {"id": step.found, "name": step.name})
            known = rows[step.known]
            provider, dependent = (known, found) if towards_dependents else (found, known)
            path_step = PathStep(
                dependent,
                step.rule,
                provider,
                list(step.sources or []),
                step.deal_id,
                _input_name(step, provider),
            )
            # Paths read from the dependent towards the supplier.
            came = paths[step.known]
            paths[step.found] = [path_step, *came] if towards_dependents else [*came, path_step]
            rows[step.found] = found
            reached_by[step.found] = step.rule
            next_frontier.append(step.found)
        if on_firms is not None:
            on_firms([(node, reached_by[node]) for node in next_frontier if rows[node].label == "Company"])
        frontier = next_frontier
    del paths[origin.id]
    return paths


def _firms(walked: dict[str, list[PathStep]], towards_dependents: bool) -> list[list[PathStep]]:
    def far_end(path: list[PathStep]) -> EntityRow:
        return path[0].from_row if towards_dependents else path[-1].to_row

    return [path for path in walked.values() if far_end(path).label == "Company"]


def _providers_query() -> str:
    """Every provider the graph knows, at any date, of each dependent in $by_rule[rule] by that
    rule. Grouped by rule, so that each dependent runs through its own rule's pattern only."""
    arms = [
        f"UNWIND $by_rule['{rule}'] AS dependent {pattern} WHERE d.id = dependent "
        "RETURN dependent, p.id AS provider"
        for rule, pattern in DEPENDENCY_RULES.items()
    ]
    return (
        f"CALL {{ {' UNION ALL '.join(arms)} }} "
        "WITH dependent, collect(provider) AS providers RETURN collect([dependent, providers]) AS providers"
    )


PROVIDERS = _providers_query()


async def _providers(
    driver: neo4j.AsyncDriver, database: str, first_steps: list[tuple[str, str]]
) -> dict[str, list[str]]:
    """The providers of each (dependent, rule of its first step)."""
    by_rule: dict[str, list[str]] = {rule: [] for rule in DEPENDENCY_RULES}
    for dependent, rule in first_steps:
        by_rule[rule].append(dependent)
    records = await read(driver, PROVIDERS, {"by_rule": by_rule}, database)
    return dict(records[0]["providers"])


class _Prefetch:
    """Reads about the firms a walk reaches, started level by level while it goes on: the driver
    decodes them while the server expands the next level, instead of all of them after the walk.
    Every firm reached is an answer, so its whole row is needed; towards dependents, so are the
    providers of its first input (for `single_source`)."""

    def __init__(self, driver: neo4j.AsyncDriver, database: str, providers: bool) -> None:
        self._driver, self._database, self._want_providers = driver, database, providers
        self._requested: set[str] = set()
        self._rows: list[asyncio.Task[dict[str, EntityRow]]] = []
        self._providers: list[asyncio.Task[dict[str, list[str]]]] = []

    def firms(self, reached: list[tuple[str, str]]) -> None:
        """Start the reads for firms just reached: (id, rule of their first step) each."""
        if not reached:
            return
        self.rows([firm for firm, _ in reached])
        if self._want_providers:
            self._providers.append(asyncio.create_task(_providers(self._driver, self._database, reached)))

    def rows(self, ids: Iterable[str]) -> None:
        """Start reading the whole rows of these nodes (those not requested yet)."""
        wanted = sorted(set(ids) - self._requested)
        if wanted:
            self._requested.update(wanted)
            self._rows.append(asyncio.create_task(entities_by_id(self._driver, wanted, self._database)))

    async def results(self) -> tuple[dict[str, EntityRow], dict[str, list[str]]]:
        """Whole rows and providers, once every read is done (the first error is raised)."""
        rows = await asyncio.gather(*self._rows)
        providers = await asyncio.gather(*self._providers)
        return _merged(rows), _merged(providers)

    async def close(self) -> None:
        """Stop reads no one will wait for (when the walk failed) and collect their outcomes."""
        tasks = [*self._rows, *self._providers]
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)


V = TypeVar("V")


def _merged(parts: list[dict[str, V]]) -> dict[str, V]:
    return {key: value for part in parts for key, value in part.items()}


async def _walk_and_read(
    driver: neo4j.AsyncDriver,
    database: str,
    origin: EntityRow,
    max_depth: int,
    as_of: dt.date | None,
    towards_dependents: bool,
) -> tuple[list[list[PathStep]], set[str], dict[str, EntityRow], dict[str, list[str]]]:
    """The walk's firm paths and every node it reached, with the whole rows of the nodes on those
    paths and (towards dependents) the providers of each firm's first input."""
    prefetch = _Prefetch(driver, database, providers=towards_dependents)
    try:
        walked = await _walk(driver, database, origin, max_depth, as_of, towards_dependents, prefetch.firms)
        firm_paths = _firms(walked, towards_dependents)
        # The rest of the paths (the origin, chips and sites): not read during the walk, as most
        # chips and sites it reaches lead to no firm.
        prefetch.rows(row.id for path in firm_paths for step in path for row in (step.from_row, step.to_row))
        rows, providers = await prefetch.results()
    finally:
        await prefetch.close()
    return firm_paths, set(walked) | {origin.id}, rows, providers


async def dependents(
    driver: neo4j.AsyncDriver,
    supplier: str,
    *,
    max_depth: int = 4,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[Dependency]:
    """Firms that depend on `supplier`; `single_source` when every provider of their first
    input on the path itself depends on the supplier (or is it)."""
    return await _kept_answer(driver, database, "dependents", supplier, max_depth, as_of, _dependents)


Walk = Callable[[neo4j.AsyncDriver, str, EntityRow, int, dt.date | None], Awaitable[list[Dependency]]]


async def _kept_answer(
    driver: neo4j.AsyncDriver,
    database: str,
    question: str,
    ref: str,
    max_depth: int,
    as_of: dt.date | None,
    walk: Walk,
) -> list[Dependency]:
    """The walk's answer for this graph version: computed once, then kept (graph.version_cache)."""
    _check_depth(max_depth)
    version = await graph_version(driver, database)
    origin = await resolve_ref(driver, ref, database)
    return await ANSWERS.get(
        database,
        version,
        (question, origin.id, max_depth, as_of),
        lambda: walk(driver, database, origin, max_depth, as_of),
        _path_steps,
    )


def _path_steps(found: list[Dependency]) -> int:
    return 1 + sum(len(d.path) for d in found)


async def _dependents(
    driver: neo4j.AsyncDriver, database: str, origin: EntityRow, max_depth: int, as_of: dt.date | None
) -> list[Dependency]:
    firm_paths, exposed, rows, providers = await _walk_and_read(
        driver, database, origin, max_depth, as_of, towards_dependents=True
    )

    def single_source(firm: str) -> bool:
        known = providers.get(firm, [])
        return bool(known) and set(known) <= exposed

    result = [
        _dependency(path, True, single_source(path[0].from_row.id)) for path in _whole(firm_paths, rows)
    ]
    result.sort(key=lambda d: (d.depth, d.company.id))
    return result


def _whole(paths: list[list[PathStep]], rows: dict[str, EntityRow]) -> list[list[PathStep]]:
    """The paths with whole rows. The walk builds each path on its parent's, so most steps are
    shared by many paths: each is rebuilt once."""
    rebuilt: dict[int, PathStep] = {}

    def full(row: EntityRow) -> EntityRow:
        return rows.get(row.props["id"], row)

    def whole(step: PathStep) -> PathStep:
        done = rebuilt.get(id(step))
        if done is None:  # the constructor, not dataclasses.replace: 3x cheaper, ~20k steps at 100x
            done = PathStep(
                full(step.from_row),
                step.relationship,
                full(step.to_row),
                step.sources,
                step.deal_id,
                step.input,
            )
            rebuilt[id(step)] = done
        return done

    return [[whole(step) for step in path] for path in paths]


def _dependency(path: list[PathStep], towards_dependents: bool, single_source: bool) -> Dependency:
    """The answer for the firm at the far end of `path`."""
    end = path[0] if towards_dependents else path[-1]
    company = end.from_row if towards_dependents else end.to_row
    return Dependency(company, len(path), path, [end.input] if end.input else [], single_source)


async def suppliers(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    max_depth: int = 4,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[Dependency]:
    """Everything `company` depends on, directly and through chains (firms only)."""
    return await _kept_answer(driver, database, "suppliers", company, max_depth, as_of, _suppliers)


async def _suppliers(
    driver: neo4j.AsyncDriver, database: str, origin: EntityRow, max_depth: int, as_of: dt.date | None
) -> list[Dependency]:
    firm_paths, _, rows, _ = await _walk_and_read(
        driver, database, origin, max_depth, as_of, towards_dependents=False
    )
    result = [_dependency(path, False, False) for path in _whole(firm_paths, rows)]
    result.sort(key=lambda d: (d.depth, d.company.id))
    return result


MAX_DEPTH = 8


def _check_depth(max_depth: int) -> None:
    if not 1 <= max_depth <= MAX_DEPTH:
        raise ValueError(f"maxDepth must be between 1 and {MAX_DEPTH} (got {max_depth})")
