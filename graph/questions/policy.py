"""What a policy reaches: the chips, firms and countries it restricts, subsidises or applies to,
directly and through what they make, buy or sell.

Through chips: a restricted chip reaches its designer, its foundry, its deployers and the buyers
in deals that cover it. Through countries: a restricted country reaches the firms based there.
Through firms: a restricted firm reaches the chips it designs.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import neo4j

from graph.querying import read
from graph.reads import EntityRow, entity_row, resolve_ref

DIRECT_QUERY = """
MATCH (p:Policy {id: $id})-[r:RESTRICTS|SUBSIDISES|APPLIES_TO]->(x)
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


@dataclass(frozen=True)
class Reach:
    entity: EntityRow
    how: str  # RESTRICTS / SUBSIDISES / APPLIES_TO, or "<how> <via>" when indirect
    via: str | None = None


@dataclass
class PolicyReach:
    policy: EntityRow
    direct: list[Reach] = field(default_factory=list)
    indirect: list[Reach] = field(default_factory=list)

    def of_label(self, label: str) -> list[EntityRow]:
        seen: dict[str, EntityRow] = {}
        for reach in [*self.direct, *self.indirect]:
            if reach.entity.label == label:
                seen.setdefault(reach.entity.id, reach.entity)
        return sorted(seen.values(), key=lambda row: row.id)


async def policy_reach(driver: neo4j.AsyncDriver, policy: str, *, database: str = "neo4j") -> PolicyReach:
    row = await resolve_ref(driver, policy, database, "Policy")
    result = PolicyReach(row)
    for record in await read(driver, DIRECT_QUERY, {"id": row.id}, database):
        result.direct.append(Reach(entity_row(record["x"]), record["how"]))
    direct_ids = {reach.entity.id for reach in result.direct}
    for query, label in (
        (THROUGH_CHIPS_QUERY, "Chip"),
        (THROUGH_COUNTRIES_QUERY, "Country"),
        (THROUGH_COMPANIES_QUERY, "Company"),
    ):
        ids = [r.entity.id for r in result.direct if r.entity.label == label]
        if not ids:
            continue
        for record in await read(driver, query, {"ids": ids}, database):
            reached = entity_row(record["c"])
            if reached.id not in direct_ids:
                result.indirect.append(Reach(reached, f"{record['how']} {record['via']}", record["via"]))
    result.indirect.sort(key=lambda r: (r.entity.label, r.entity.id, r.how))
    return result
