"""Dependency chains as tables: dependents and suppliers."""

from __future__ import annotations

from typing import Any

from api.answers.spec import Param, Question, as_of_param, ref_param
from api.answers.table import Column, Reader, Table, name_of
from graph import questions as q
from graph.questions.dependency import MAX_DEPTH, Dependency

COLUMNS = [
    Column("company_id", "The firm's id."),
    Column("company", "The firm's name."),
    Column("depth_steps", "Steps in the shortest chain between the firm and the other end."),
    Column("single_source", "True when the firm has no other provider of that input in the graph."),
    Column("input", "What the first step provides (wafers, HBM, cloud compute...)."),
    Column("path", "The chain, read from the dependent towards the supplier."),
    Column("deals", "Contracts behind compute steps."),
]


def _max_depth() -> Param:
    return Param(
        "maxDepth",
        int,
        f"How many steps of the chain to follow (1-{MAX_DEPTH}); 1 = direct only.",
        4,
        1,
        MAX_DEPTH,
    )


def _path_text(found: Dependency) -> str:
    parts = [name_of(found.path[0].from_row) or "?"] if found.path else []
    for step in found.path:
        parts.append(f"-[{step.relationship}]-> {name_of(step.to_row)}")
    return " ".join(parts)


def chain_table(name: str, found: list[Dependency]) -> Table:
    table = Table(name, {}, COLUMNS)
    for item in found:
        table.add(
            [
                item.company.id,
                name_of(item.company),
                item.depth,
                item.single_source,
                item.inputs,
                _path_text(item),
                [s.deal_id for s in item.path if s.deal_id],
            ],
            [source for step in item.path for source in step.sources],
        )
    return table


async def _dependents(reader: Reader, args: dict[str, Any]) -> Table:
    found = await q.dependents(
        reader.driver,
        args["supplier"],
        max_depth=args["max_depth"],
        as_of=args["as_of"],
        database=reader.database,
    )
    return chain_table("dependents", found)


async def _suppliers(reader: Reader, args: dict[str, Any]) -> Table:
    found = await q.suppliers(
        reader.driver,
        args["company"],
        max_depth=args["max_depth"],
        as_of=args["as_of"],
        database=reader.database,
    )
    return chain_table("suppliers", found)


DEPENDENTS = Question(
    "dependents",
    "Firms that depend on a supplier (a firm, chip or site), directly and through chains: "
    "supply, foundry and HBM makers of chips, rented cloud, compute contracts, sites and their "
    "power. Each firm comes with its shortest chain, the input it needs and whether it has no "
    "alternative provider in the graph (single source).",
    (ref_param("supplier", "The supplier whose dependents to find."), _max_depth(), as_of_param()),
    _dependents,
)
SUPPLIERS = Question(
    "suppliers",
    "What a firm depends on, directly and through chains (the reverse of dependents): each "
    "supplying firm with its shortest chain.",
    (ref_param("company", "The firm whose suppliers to find."), _max_depth(), as_of_param()),
    _suppliers,
)
