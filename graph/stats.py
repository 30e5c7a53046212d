"""`computegraph stats`: counts, provenance coverage, confidence mix, financials coverage."""

from __future__ import annotations

from dataclasses import dataclass

import neo4j

from graph.questions.money import (
    BORROWER_ROLES,
    INVESTEE_ROLES,
    INVESTOR_ROLES,
    LENDER_ROLES,
    PAYEE_ROLES,
    PAYER_ROLES,
)

# Who pays or is owed on each side of a money deal (arrangers, underwriters, partners and
# guarantors take no part of the money).
PAYING_SIDE = sorted(PAYER_ROLES | INVESTOR_ROLES | LENDER_ROLES | {"acquirer"})
PAID_SIDE = sorted(PAYEE_ROLES | INVESTEE_ROLES | BORROWER_ROLES | {"target"})
# A multi-party money deal has several firms on one side; it is complete when each of them has
# its own amount or share (a firm alone on its side takes the whole value).
MULTI_PARTY_QUERY = """
MATCH (c:Company)-[p:PARTY_TO]->(d:Deal)
WHERE p.role IN $paying OR p.role IN $paid
WITH d, p.role IN $paying AS paying, collect(DISTINCT c.id) AS firms,
     collect(p.amount_usd IS NOT NULL OR p.share IS NOT NULL) AS known
WITH d, collect({firms: size(firms), known: all(k IN known WHERE k)}) AS sides
WHERE any(side IN sides WHERE side.firms > 1)
RETURN count(d) AS multi,
       sum(CASE WHEN all(side IN sides WHERE side.firms = 1 OR side.known) THEN 1 ELSE 0 END) AS complete
"""

STATS_QUERY = """
CALL () {
  MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c WHERE label <> 'Entity'
  RETURN collect([label, c]) AS labels
}
CALL () {
  MATCH ()-[r]->() WITH type(r) AS t, count(*) AS c RETURN collect([t, c]) AS rel_rows
}
CALL () {
  MATCH (n:Entity) RETURN count(n) AS entities, count(n.sources) AS entities_sourced,
    sum(CASE n.confidence WHEN 'high' THEN 1 ELSE 0 END) AS high,
    sum(CASE n.confidence WHEN 'medium' THEN 1 ELSE 0 END) AS medium,
    sum(CASE n.confidence WHEN 'low' THEN 1 ELSE 0 END) AS low
}
CALL () {
  MATCH ()-[r]->() RETURN count(r) AS rels, count(r.sources) AS rels_sourced
}
CALL () {
  MATCH (c:Company) RETURN count(c.revenue_usd) AS with_revenue, count(c) AS companies
}
RETURN labels, rel_rows, entities, entities_sourced, high, medium, low, rels, rels_sourced,
       with_revenue, companies
"""


@dataclass(frozen=True)
class GraphStats:
    labels: dict[str, int]
    relationship_types: dict[str, int]
    entities: int
    entities_sourced: int
    relationships: int
    relationships_sourced: int
    confidence: dict[str, int]
    companies: int
    companies_with_revenue: int
    multi_party_deals: int = 0
    multi_party_deals_with_every_part: int = 0

    def lines(self) -> list[str]:
        out = ["nodes by label:"]
        out += [f"  {label:<14} {count:>6}" for label, count in sorted(self.labels.items())]
        out.append("relationships by type:")
        out += [f"  {t:<14} {c:>6}" for t, c in sorted(self.relationship_types.items())]
        out.append(
            f"facts with sources: {self.entities_sourced}/{self.entities} nodes, "
            f"{self.relationships_sourced}/{self.relationships} relationships"
        )
        out.append("confidence of nodes: " + ", ".join(f"{k} {v}" for k, v in self.confidence.items()))
        out.append(f"companies with revenue figures: {self.companies_with_revenue}/{self.companies}")
        out.append(
            "multi-party money deals with every party's amount: "
            f"{self.multi_party_deals_with_every_part}/{self.multi_party_deals}"
        )
        return out


def graph_stats(driver: neo4j.Driver, database: str) -> GraphStats:
    records, _, _ = driver.execute_query(STATS_QUERY, database_=database, routing_=neo4j.RoutingControl.READ)
    row = records[0]
    multi, _, _ = driver.execute_query(
        MULTI_PARTY_QUERY,
        paying=PAYING_SIDE,
        paid=PAID_SIDE,
        database_=database,
        routing_=neo4j.RoutingControl.READ,
    )
    return GraphStats(
        labels=dict(row["labels"]),
        relationship_types=dict(row["rel_rows"]),
        entities=row["entities"],
        entities_sourced=row["entities_sourced"],
        relationships=row["rels"],
        relationships_sourced=row["rels_sourced"],
        confidence={"high": row["high"], "medium": row["medium"], "low": row["low"]},
        companies=row["companies"],
        companies_with_revenue=row["with_revenue"],
        multi_party_deals=multi[0]["multi"],
        multi_party_deals_with_every_part=multi[0]["complete"],
    )
