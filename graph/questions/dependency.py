"""Who depends on a supplier, directly and through chains; and the reverse.

A dependency step reads "the dependent needs something from the provider". Steps follow supply
relations, chips' foundry/HBM/packaging makers, chip designers and deployers, rented cloud
compute, compute contracts, and data-center sites with their power. The search is breadth-first
(one query per level), so each firm comes with one shortest path, and cycles cannot loop.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field, replace
from typing import Any

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entities_by_id, resolve_ref
from graph.serialize import native

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


def _level_query(from_provider: bool) -> str:
    """One UNION over the rules; expands from providers to dependents or the reverse.

    It returns ids, labels and names only: decoding whole nodes in the driver cost far more
    than the traversal on large graphs; the answer's rows are loaded once at the end."""
    start, end = ("p", "d") if from_provider else ("d", "p")
    branches = []
    for name, pattern in DEPENDENCY_RULES.items():
        deal = "deal {.id, .name, .announced, .start, .end, .status}" if "deal" in pattern else "null"
        branches.append(
            f"{pattern} WHERE {start}.id IN $ids "
            f"RETURN {start}.id AS known, {end}.id AS found, "
            f"[l IN labels({end}) WHERE l <> 'Entity'][0] AS label, {end}.name AS name, "
            f"'{name}' AS rule, properties(r) AS props, {deal} AS deal"
        )
    return " UNION ALL ".join(branches)


DEPENDENTS_LEVEL = _level_query(from_provider=True)
SUPPLIERS_LEVEL = _level_query(from_provider=False)


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


def _holds(props: dict[str, Any], deal: dict[str, Any] | None, as_of: dt.date | None) -> bool:
    if as_of is None:
        return True
    start, end = native(props.get("valid_from")), native(props.get("valid_to"))
    if (start and start > as_of) or (end and end <= as_of):
        return False
    if deal is not None:
        announced = native(deal.get("announced") or deal.get("start"))
        deal_end = native(deal.get("end"))
        if (announced and announced > as_of) or (deal_end and deal_end < as_of):
            return False
        if deal.get("status") == "cancelled":
            return False
    return True


def _input_name(rule: str, props: dict[str, Any], provider: EntityRow, deal: Any) -> str:
    if rule == "SUPPLIED_BY":
        return str(props.get("product") or "supplies")
    if rule in ("DESIGNS", "DEPLOYS"):
        return f"{INPUT_NAMES[rule]}: {provider.props.get('name')}"
    if rule == "BUYS_COMPUTE_FROM" and deal is not None:
        return f"contracted compute ({deal.get('name')})"
    return INPUT_NAMES[rule]


async def _walk(
    driver: neo4j.AsyncDriver,
    database: str,
    origin: EntityRow,
    max_depth: int,
    as_of: dt.date | None,
    towards_dependents: bool,
) -> dict[str, list[PathStep]]:
    """Breadth-first over dependency steps; first (shortest) path to each node wins."""
    query = DEPENDENTS_LEVEL if towards_dependents else SUPPLIERS_LEVEL
    paths: dict[str, list[PathStep]] = {origin.id: []}
    rows: dict[str, EntityRow] = {origin.id: origin}
    reached_by: dict[str, str] = {}
    frontier = [origin.id]
    for _level in range(max_depth):
        if not frontier:
            break
        records = await read(driver, query, {"ids": frontier}, database)
        next_frontier = []
        for record in sorted(records, key=lambda r: (r["known"], r["rule"], r["found"])):
            found = EntityRow(record["label"], {"id": record["found"], "name": record["name"]})
            deal = dict(record["deal"]) if record["deal"] is not None else None
            props = dict(record["props"])
            if found.id in paths or not _holds(props, deal, as_of):
                continue
            came_by = reached_by.get(record["known"])
            if came_by is not None and INVERSE_RULES.get(came_by) == record["rule"]:
                continue
            known = rows[record["known"]]
            provider, dependent = (known, found) if towards_dependents else (found, known)
            step = PathStep(
                dependent,
                record["rule"],
                provider,
                list(props.get("sources", [])),
                deal.get("id") if deal else None,
                _input_name(record["rule"], props, provider, deal),
            )
            # Paths read from the dependent towards the supplier.
            paths[found.id] = [step, *paths[known.id]] if towards_dependents else [*paths[known.id], step]
            rows[found.id] = found
            reached_by[found.id] = record["rule"]
            next_frontier.append(found.id)
        frontier = next_frontier
    del paths[origin.id]
    return paths


def _firms(walked: dict[str, list[PathStep]], towards_dependents: bool) -> list[list[PathStep]]:
    def far_end(path: list[PathStep]) -> EntityRow:
        return path[0].from_row if towards_dependents else path[-1].to_row

    return [path for path in walked.values() if far_end(path).label == "Company"]


async def _alternatives(
    driver: neo4j.AsyncDriver, database: str, dependent_ids: list[str]
) -> dict[tuple[str, str], set[str]]:
    """For each dependent and first-step rule: every provider the graph knows."""
    if not dependent_ids:
        return {}
    records = await read(driver, SUPPLIERS_LEVEL, {"ids": dependent_ids}, database)
    providers: dict[tuple[str, str], set[str]] = defaultdict(set)
    for record in records:
        providers[(record["known"], record["rule"])].add(record["found"])
    return providers


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
    _check_depth(max_depth)
    origin = await resolve_ref(driver, supplier, database)
    walked = await _walk(driver, database, origin, max_depth, as_of, towards_dependents=True)
    exposed = set(walked) | {origin.id}
    firm_paths = _firms(walked, towards_dependents=True)
    alternatives = await _alternatives(driver, database, [p[0].from_row.id for p in firm_paths])
    result = []
    for path in firm_paths:
        first = path[0]
        providers = alternatives.get((first.from_row.id, first.relationship), set())
        single = bool(providers) and providers <= exposed
        result.append(
            Dependency(first.from_row, len(path), path, [first.input] if first.input else [], single)
        )
    result.sort(key=lambda d: (d.depth, d.company.id))
    return await _hydrate(driver, database, result)


async def _hydrate(driver: neo4j.AsyncDriver, database: str, found: list[Dependency]) -> list[Dependency]:
    """Swap the walk's id-and-name rows for whole entities, in one query."""
    ids = {row.id for d in found for step in d.path for row in (step.from_row, step.to_row)}
    rows = await entities_by_id(driver, sorted(ids), database)

    def full(row: EntityRow) -> EntityRow:
        return rows.get(row.id, row)

    return [
        Dependency(
            full(d.company),
            d.depth,
            [replace(step, from_row=full(step.from_row), to_row=full(step.to_row)) for step in d.path],
            d.inputs,
            d.single_source,
        )
        for d in found
    ]


async def suppliers(
    driver: neo4j.AsyncDriver,
    company: str,
    *,
    max_depth: int = 4,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[Dependency]:
    """Everything `company` depends on, directly and through chains (firms only)."""
    _check_depth(max_depth)
    origin = await resolve_ref(driver, company, database)
    walked = await _walk(driver, database, origin, max_depth, as_of, towards_dependents=False)
    result = []
    for path in _firms(walked, towards_dependents=False):
        last = path[-1]
        result.append(Dependency(last.to_row, len(path), path, [last.input] if last.input else [], False))
    result.sort(key=lambda d: (d.depth, d.company.id))
    return await _hydrate(driver, database, result)


MAX_DEPTH = 8


def _check_depth(max_depth: int) -> None:
    if not 1 <= max_depth <= MAX_DEPTH:
        raise ValueError(f"maxDepth must be between 1 and {MAX_DEPTH} (got {max_depth})")
