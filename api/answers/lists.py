"""Every entity of one kind, as a table (the list exports: /export/companies.csv...)."""

from __future__ import annotations

import re

from api.answers.table import Column, Reader, Table
from api.graphql.naming import PLURALS
from graph.reads import all_of_label
from schema.fields import model_fields
from schema.registry import NODE_MODELS

MAX_ROWS = 50_000
# Provenance and validity go last (sources become the sources column): the facts come first.
_LAST = ("valid_from", "valid_to", "as_of", "confidence")
LIST_LABELS = {re.sub(r"(?<!^)(?=[A-Z])", "-", plural).lower(): label for label, plural in PLURALS.items()}


def list_columns(label: str) -> list[Column]:
    fields = [f for f in model_fields(NODE_MODELS[label]) if f.name != "sources"]
    ordered = [f for f in fields if f.name not in _LAST] + [f for f in fields if f.name in _LAST]
    return [Column(f.name, f.description) for f in ordered]


async def list_table(reader: Reader, label: str) -> Table:
    columns = list_columns(label)
    table = Table(PLURALS[label], {}, columns)
    for row in await all_of_label(reader.driver, label, reader.database, MAX_ROWS):
        table.add([row.props.get(c.name) for c in columns], row.props.get("sources") or [])
    table.facts = {"count": len(table.rows)}
    return table
