"""What a policy reaches: the chips, firms and countries it restricts, subsidises or applies to,
directly and through what they make, buy or sell, as of a date.

An export control reaches what it restricts: the firms based in a restricted country, a listed
firm's chips, and for a restricted chip its designer (who may not sell it there) and the buyers
and deployers based in a restricted country or listed themselves. A firm elsewhere that merely
runs a restricted chip is not reached: the rule limits to whom the chip may be sold, not who may
use it. Other policies (subsidies, grid rules...) reach every firm that designs, makes, deploys
or buys a chip they cover.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entity_row, resolve_ref
from graph.serialize import native_date

DIRECT_QUERY = """
MATCH (p:Policy {id: $id})-[r:RESTRICTS|SUBSIDISES|APPLIES_TO]->(x)
WHERE (r.valid_from IS NULL OR $as_of IS NULL OR r.valid_from <= $as_of)
  AND (r.valid_to IS NULL OR $as_of IS NULL OR r.valid_to > $as_of)
RETURN x, type(r) AS how
"""
THROUGH_CHIPS_QUERY = """
MATCH (chip:Chip) WHERE chip.id IN $ids
CALL (chip) {
  MATCH (c:Company)-[:DESIGNS]->(chip) RETURN c, 'designs' AS how
  UNION MATCH (chip)-[:FABBED_BY]->(c:Company) RETURN c, 'fabricates' AS how
  UNION MATCH (c:Company)-[:DEPLOYS]->(chip) RETURN c, 'deploys' AS how
  UNION MATCH (chip)<-[:COVERS]-(:Deal)<-[:PARTY_TO {role: 'buyer'}]-(c:Company)
        RETURN c, 'buys' AS how
}
RETURN chip.id AS via, c, how
"""
THROUGH_COUNTRIES_QUERY = """
MATCH (k:Country) WHERE k.id IN $ids
MATCH (c:Company {country: k.iso2})
RETURN k.id AS via, c, 'based in' AS how
"""
THROUGH_COMPANIES_QUERY = """
MATCH (c:Company)-[:DESIGNS]->(chip:Chip) WHERE c.id IN $ids
RETURN c.id AS via, chip AS c, 'designed by' AS how
"""

EXPORT_CONTROL = "export_control"
# Through a restricted chip, an export control binds its designer (the seller); buyers and
# deployers only where they are a restricted destination or listed; foundries may still make it.
_EXPORT_CONTROL_SKIPS = frozenset({"fabricates"})
_USER_WAYS = frozenset({"deploys", "buys"})


@dataclass(frozen=True)
class Reach:
    entity: EntityRow
    how: str  # RESTRICTS / SUBSIDISES / APPLIES_TO, or "<how> <via>" when indirect
    via: str | None = None


@dataclass
class PolicyReach:
    policy: EntityRow
    as_of: dt.date | None
    in_force: bool
    status: str  # why it is or is not in force at as_of, from its dates
    direct: list[Reach] = field(default_factory=list)
    indirect: list[Reach] = field(default_factory=list)

    def of_label(self, label: str) -> list[EntityRow]:
        seen: dict[str, EntityRow] = {}
        for reach in [*self.direct, *self.indirect]:
            if reach.entity.label == label:
                seen.setdefault(reach.entity.id, reach.entity)
        return sorted(seen.values(), key=lambda row: row.id)


def policy_status(props: dict[str, Any], as_of: dt.date) -> tuple[bool, str]:
    """Whether a policy binds at `as_of`, read from its effective, suspension and rescission dates."""
    effective, rescinded = native_date(props.get("effective")), native_date(props.get("rescinded"))
    suspended, until = native_date(props.get("suspended")), native_date(props.get("suspended_until"))
    if effective is not None and as_of < effective:
        return False, f"not yet effective (effective {effective})"
    if rescinded is not None and as_of >= rescinded:
        return False, f"rescinded on {rescinded}"
    if suspended is not None and as_of >= suspended and (until is None or as_of < until):
        return False, f"suspended since {suspended}" + (f" until {until}" if until else "")
    if suspended is not None and until is not None and as_of >= until:
        return True, f"in force again: its suspension was announced to end on {until}"
    return True, "in force" + (f" since {effective}" if effective else "")


def _binds(
    policy_kind: str, how: str, reached: EntityRow, restricted_iso2: set[str], listed: set[str]
) -> bool:
    if policy_kind != EXPORT_CONTROL:
        return True
    if how in _USER_WAYS:
        return reached.props.get("country") in restricted_iso2 or reached.id in listed
    return how not in _EXPORT_CONTROL_SKIPS


async def policy_reach(
    driver: neo4j.AsyncDriver, policy: str, *, as_of: dt.date | None = None, database: str = "neo4j"
) -> PolicyReach:
    """The policy's reach; with `as_of`, nothing when it is not in force then (status says why)."""
    row = await resolve_ref(driver, policy, database, "Policy")
    in_force, status = policy_status(row.props, as_of or dt.date.today())
    result = PolicyReach(row, as_of, in_force, status)
    if as_of is not None and not in_force:
        return result
    records = await read(driver, DIRECT_QUERY, {"id": row.id, "as_of": as_of}, database)
    result.direct = [Reach(entity_row(record["x"]), record["how"]) for record in records]
    direct_ids = {reach.entity.id for reach in result.direct}
    restricted_iso2 = {str(r.entity.props.get("iso2")) for r in result.direct if r.entity.label == "Country"}
    listed = {r.entity.id for r in result.direct if r.entity.label == "Company"}
    kind = str(row.props.get("kind"))
    for query, label in (
        (THROUGH_CHIPS_QUERY, "Chip"),
        (THROUGH_COUNTRIES_QUERY, "Country"),
        (THROUGH_COMPANIES_QUERY, "Company"),
    ):
        ids = [r.entity.id for r in result.direct if r.entity.label == label]
        if not ids:
            continue
        for record in await read(driver, query, {"ids": ids}, database):
            reached, how = entity_row(record["c"]), record["how"]
            if reached.id in direct_ids or not _binds(kind, how, reached, restricted_iso2, listed):
                continue
            result.indirect.append(Reach(reached, f"{how} {record['via']}", record["via"]))
    result.indirect.sort(key=lambda r: (r.entity.label, r.entity.id, r.how))
    return result
