"""Claims (forecasts, opinions, theses, guidance) about an entity, as a table."""

from __future__ import annotations

from typing import Any

from api.answers.spec import Param, Question, as_of_param, enum_values, ref_param
from api.answers.table import Column, Reader, Table
from graph import questions as q
from schema.nodes import ClaimKind

CLAIM_COLUMNS = [
    Column("date", "When it was said."),
    Column("claim_id", "The claim's id."),
    Column("speaker", "Who said it."),
    Column("kind", "forecast, opinion, thesis or guidance."),
    Column("text", "The claim, as said or closely paraphrased."),
    Column("metric", "The figure a guidance or forecast concerns, e.g. capex_usd."),
    Column("value_usd", "Point figure of the claim, USD."),
    Column("low_usd", "Low end of a range, USD."),
    Column("high_usd", "High end of a range, USD."),
    Column("period_label", "The period the figure is for, e.g. 'FY2026'."),
]


async def _claims(reader: Reader, args: dict[str, Any]) -> Table:
    kind = args["kind"]
    rows = await q.claims(
        reader.driver,
        args["about"],
        kind=kind.value if kind is not None else None,
        as_of=args["as_of"],
        first=args["first"],
        database=reader.database,
    )
    table = Table("claims", {}, CLAIM_COLUMNS)
    for row in rows:
        props = row.props
        table.add(
            [
                props.get("date"),
                row.id,
                props.get("speaker"),
                props.get("kind"),
                props.get("text"),
                props.get("metric"),
                props.get("value_usd"),
                props.get("low_usd"),
                props.get("high_usd"),
                props.get("period_label"),
            ],
            props.get("sources") or [],
        )
    return table


CLAIMS = Question(
    "claims",
    "Forecasts, opinions, theses and guidance attributed to a speaker about an entity (every "
    "claim without `about`), newest first, with their sources: the views beside the facts they "
    "can be checked against.",
    (
        ref_param("about", "The entity the claims concern (optional).", required=False),
        Param("kind", ClaimKind, f"Only claims of this kind: {enum_values(ClaimKind)}."),
        as_of_param(),
        Param("first", int, "Most claims to list (1-500).", 50, 1, 500),
    ),
    _claims,
)
