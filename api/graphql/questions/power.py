"""Power: capacity by group and accelerators a site can feed."""

import datetime as dt
from enum import Enum

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.graphql.questions.common import Chip
from graph import questions as q
from graph.questions.capacity import CapacityGroup as CapacityGroupValue

CapacityGroup = strawberry.enum(Enum("CapacityGroup", {g.name: g.value for g in CapacityGroupValue}))


@strawberry.type
class CapacityRow:
    group: str
    operating_mw: float
    planned_mw: float
    sites: int


@strawberry.field(description="Data-center MW, operating and planned, by group.")
async def capacity(
    info: Info[Context, None],
    group_by: CapacityGroup,
    as_of: dt.date | None = None,
) -> list[CapacityRow]:
    rows = await q.capacity(
        info.context.driver,
        CapacityGroupValue(group_by.value),  # type: ignore[attr-defined]
        as_of=as_of,
        database=info.context.database,
    )
    return [
        CapacityRow(group=r.group, operating_mw=r.operating_mw, planned_mw=r.planned_mw, sites=r.sites)
        for r in rows
    ]


@strawberry.type
class AcceleratorEstimate:
    site: Entity
    chip: Chip
    site_mw: float
    chip_tdp_w: float
    server_overhead: float
    pue: float
    watts_per_accelerator: float
    accelerators: int
    method: str


@strawberry.field(description="How many of a chip a site's power can feed.")
async def accelerators(
    info: Info[Context, None], site: str, chip: str, server_overhead: float = 1.5, pue: float = 1.3
) -> AcceleratorEstimate:
    e = await q.accelerators(
        info.context.driver,
        site,
        chip,
        server_overhead=server_overhead,
        pue=pue,
        database=info.context.database,
    )
    return AcceleratorEstimate(
        site=to_graphql(e.site),
        chip=to_graphql(e.chip),
        site_mw=e.site_mw,
        chip_tdp_w=e.chip_tdp_w,
        server_overhead=e.server_overhead,
        pue=e.pue,
        watts_per_accelerator=e.watts_per_accelerator,
        accelerators=e.accelerators,
        method="site MW x 1e6 / (chip TDP x server overhead x PUE)",
    )
