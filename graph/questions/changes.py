"""What changed: facts whose dates fall in a window, newest first, each with its sources.

A fact changes on one of its event dates: a deal's announcement, start or end, a policy's
effective, suspended or rescinded date, a financial period's end and the day it was reported, a
claim's date, a relationship's valid_from or valid_to, and any date field the ontology adds later:
which fields count is read from schema/. `as_of` (when a fact was last confirmed) and a Source's
publication date are bookkeeping, not events, except that a financial period's `as_of` is the
day its figures were published.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import neo4j

from graph.querying import read
from graph.reads import EntityRow
from graph.serialize import native
from schema.fields import FieldKind, model_fields
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

NOT_EVENTS = frozenset({"as_of"})
MAX_CHANGES = 2000


def _date_fields(models: list[type]) -> list[str]:
    names: dict[str, None] = {}
    for model in models:
        for info in model_fields(model):
            if info.kind == FieldKind.DATE and info.name not in NOT_EVENTS:
                names[info.name] = None
    return list(names)


# A financial period is reported on the day its figures were published, which is its `as_of`.
REPORTED_ON = {"FinancialPeriod": "as_of"}
NODE_DATE_FIELDS = [
    {"label": None, "field": name}
    for name in _date_fields([m for label, m in NODE_MODELS.items() if label != "Source"])
] + [{"label": label, "field": name} for label, name in REPORTED_ON.items() if label in NODE_MODELS]
RELATIONSHIP_DATE_FIELDS = _date_fields([spec.model for spec in RELATIONSHIP_SPECS.values()])

# Dynamic property access (n[field]) keeps every name a parameter; the field names come from the
# ontology above. Each record is a small map: the whole nodes are not needed to say what changed.
_NODE = "{id: n.id, name: n.name, label: [l IN labels(n) WHERE l <> 'Entity'][0]}"
NODE_CHANGES_QUERY = f"""
UNWIND $fields AS f
MATCH (n:Entity) WHERE n[f.field] >= $from AND n[f.field] <= $to AND (f.label IS NULL OR f.label IN labels(n))
RETURN collect({{node: {_NODE}, field: CASE WHEN f.field = 'as_of' THEN 'reported' ELSE f.field END,
                 date: n[f.field], sources: n.sources}}) AS changes
"""
RELATIONSHIP_CHANGES_QUERY = f"""
UNWIND $fields AS field
MATCH (a:Entity)-[r]->(n:Entity) WHERE r[field] >= $from AND r[field] <= $to
RETURN collect({{start: {_NODE.replace("n.", "a.").replace("labels(n)", "labels(a)")},
                 node: {_NODE}, type: type(r), field: field, date: r[field],
                 sources: r.sources, title: r.title, role: r.role}}) AS changes
"""

# How each date reads in a sentence.
EVENT_WORDS = {
    "announced": "announced",
    "start": "starts",
    "end": "ends",
    "effective": "takes effect",
    "rescinded": "rescinded",
    "valid_from": "begins",
    "valid_to": "ends",
    "suspended": "suspended",
    "suspended_until": "suspension ends",
    "period_end": "period ends",
    "reported": "reported",
    "revenue_run_rate_date": "run rate reported",
    "operating_mw_date": "operating capacity reported",
    "date": "made",
}


@dataclass(frozen=True)
class Change:
    date: dt.date
    event: str  # the date field: announced, start, end, effective, rescinded, valid_from...
    entity: EntityRow  # the node, or the relationship's start
    relationship: str | None  # the relationship's type when the fact is a relationship
    other: EntityRow | None  # the relationship's end
    detail: str | None  # a role or title the relationship carries
    sources: list[str]

    @property
    def summary(self) -> str:
        verb = EVENT_WORDS.get(self.event, self.event.replace("_", " "))
        name = self.entity.props.get("name") or self.entity.id
        if self.relationship is None or self.other is None:
            return f"{self.entity.label} {name} {verb}"
        other = self.other.props.get("name") or self.other.id
        detail = f" ({self.detail})" if self.detail else ""
        return f"{name} {self.relationship} {other}{detail} {verb}"


def _row(node: dict[str, object]) -> EntityRow:
    return EntityRow(str(node["label"]), {"id": node["id"], "name": node["name"]})


async def changes(
    driver: neo4j.AsyncDriver,
    from_date: dt.date,
    to_date: dt.date | None = None,
    *,
    first: int = 200,
    database: str = "neo4j",
) -> list[Change]:
    """Facts with an event date in [from_date, to_date] (to_date: today), newest first."""
    to_date = to_date or dt.date.today()
    if to_date < from_date:
        raise ValueError(f"the window ends ({to_date}) before it starts ({from_date}); swap from and to")
    if not 1 <= first <= MAX_CHANGES:
        raise ValueError(f"first must be between 1 and {MAX_CHANGES} (got {first})")
    window = {"from": from_date, "to": to_date}
    found: list[Change] = []
    nodes = await read(driver, NODE_CHANGES_QUERY, {**window, "fields": NODE_DATE_FIELDS}, database)
    for item in nodes[0]["changes"]:
        found.append(
            Change(
                native(item["date"]),
                item["field"],
                _row(item["node"]),
                None,
                None,
                None,
                list(item["sources"] or []),
            )
        )
    rels = await read(
        driver, RELATIONSHIP_CHANGES_QUERY, {**window, "fields": RELATIONSHIP_DATE_FIELDS}, database
    )
    for item in rels[0]["changes"]:
        found.append(
            Change(
                native(item["date"]),
                item["field"],
                _row(item["start"]),
                item["type"],
                _row(item["node"]),
                item["title"] or item["role"],
                list(item["sources"] or []),
            )
        )
    found.sort(
        key=lambda c: (
            -c.date.toordinal(),
            c.entity.id,
            c.event,
            c.relationship or "",
            c.other.id if c.other else "",
        )
    )
    return found[:first]
