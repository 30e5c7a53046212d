"""What changed in a window, as a table (also the Atom feed's entries)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.answers.spec import REQUIRED, Param, Question
from api.answers.table import Column, Reader, Table, name_of
from graph import questions as q
from graph.questions.changes import MAX_CHANGES

CHANGE_COLUMNS = [
    Column("date", "The date of the event."),
    Column(
        "event",
        "Which date: announced, start, end, effective, suspended, rescinded, period_end, reported, "
        "date (of a claim), valid_from, valid_to...",
    ),
    Column("summary", "What happened, in words."),
    Column("entity_id", "The entity (or the relationship's start)."),
    Column("entity", "Its name."),
    Column("kind", "Its label: Deal, Policy, Company, Person..."),
    Column("relationship", "The relationship's type, when the fact is a relationship."),
    Column("other_id", "The relationship's other end."),
]


async def _changes(reader: Reader, args: dict[str, Any]) -> Table:
    found = await q.changes(
        reader.driver, args["from_"], args["to"], first=args["first"], database=reader.database
    )
    table = Table("changes", {}, CHANGE_COLUMNS)
    for c in found:
        table.add(
            [
                c.date,
                c.event,
                c.summary,
                c.entity.id,
                name_of(c.entity),
                c.entity.label,
                c.relationship,
                c.other.id if c.other else None,
            ],
            c.sources,
        )
    table.facts = {"from": args["from_"], "to": args["to"] or dt.date.today()}
    return table


CHANGES = Question(
    "changes",
    "What changed in a date window: deals announced, started or ended, policies taking effect "
    "or rescinded, people joining or leaving, any fact whose dates fall in the window; newest "
    "first, each with its sources.",
    (
        Param("from", dt.date, "First day of the window (YYYY-MM-DD).", REQUIRED),
        Param("to", dt.date, "Last day of the window (YYYY-MM-DD); default today."),
        Param("first", int, f"Most changes to list (1-{MAX_CHANGES}).", 200, 1, MAX_CHANGES),
    ),
    _changes,
)
