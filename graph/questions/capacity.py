"""Power: data-center capacity by operator, tenant, country or grid region; and how many
accelerators a site's power can feed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import LiteralString

import neo4j

from graph.querying import read
from graph.reads import EntityRow, resolve_ref


class CapacityGroup(StrEnum):
    OPERATOR = "operator"
    TENANT = "tenant"
    COUNTRY = "country"
    GRID_REGION = "grid_region"


_GROUP_EXPRESSIONS: dict[CapacityGroup, LiteralString] = {
    CapacityGroup.OPERATOR: "OPTIONAL MATCH (g:Company)-[:OPERATES]->(s) WITH s, g.name AS grp",
    CapacityGroup.TENANT: "OPTIONAL MATCH (g:Company)-[:TENANT_OF]->(s) WITH s, g.name AS grp",
    CapacityGroup.COUNTRY: "WITH s, s.country AS grp",
    CapacityGroup.GRID_REGION: ("OPTIONAL MATCH (s)-[:IN_GRID_REGION]->(g:GridRegion) WITH s, g.name AS grp"),
}


@dataclass(frozen=True)
class CapacityRow:
    group: str
    operating_mw: float
    planned_mw: float
    sites: int
    sources: tuple[str, ...] = ()  # the sources of the sites counted


def capacity_query(group: CapacityGroup) -> LiteralString:
    return (
        "MATCH (s:PowerAsset {kind: 'datacenter'}) WHERE s.status <> 'cancelled' "
        + _GROUP_EXPRESSIONS[group]
        + " "
        "RETURN coalesce(grp, '(unknown)') AS grp, collect(properties(s)) AS sites"
    )


def operating_mw(site: dict[str, object], as_of: dt.date) -> float:
    """In service at `as_of`: the reported operating MW, else all of an operating site."""
    online = site.get("online_year")
    if isinstance(online, int) and online > as_of.year:
        return 0.0
    if site.get("operating_mw") is not None:
        return float(site["operating_mw"])  # type: ignore[arg-type]
    if site.get("status") == "operating" and site.get("capacity_mw") is not None:
        return float(site["capacity_mw"])  # type: ignore[arg-type]
    return 0.0


async def capacity(
    driver: neo4j.AsyncDriver,
    group_by: CapacityGroup,
    *,
    as_of: dt.date | None = None,
    database: str = "neo4j",
) -> list[CapacityRow]:
    as_of = as_of or dt.date.today()
    rows = []
    for record in await read(driver, capacity_query(group_by), {}, database):
        sites = list(record["sites"])
        rows.append(
            CapacityRow(
                str(record["grp"]),
                sum(operating_mw(site, as_of) for site in sites),
                sum(float(site.get("capacity_mw") or 0.0) for site in sites),
                len(sites),
                tuple(sorted({source for site in sites for source in site.get("sources") or []})),
            )
        )
    rows.sort(key=lambda r: (-r.planned_mw, r.group))
    return rows


DEFAULT_SERVER_OVERHEAD = 1.5  # CPUs, memory, networking per accelerator, as a multiple of TDP
DEFAULT_PUE = 1.3  # facility power (cooling, conversion) over IT power


@dataclass(frozen=True)
class AcceleratorEstimate:
    site: EntityRow
    chip: EntityRow
    site_mw: float
    chip_tdp_w: float
    server_overhead: float
    pue: float
    watts_per_accelerator: float
    accelerators: int


async def accelerators(
    driver: neo4j.AsyncDriver,
    site: str,
    chip: str,
    *,
    server_overhead: float = DEFAULT_SERVER_OVERHEAD,
    pue: float = DEFAULT_PUE,
    database: str = "neo4j",
) -> AcceleratorEstimate:
    """Site MW / (chip TDP x server overhead x PUE), using the site's planned capacity."""
    site_row = await resolve_ref(driver, site, database, "PowerAsset")
    chip_row = await resolve_ref(driver, chip, database, "Chip")
    site_mw = site_row.props.get("capacity_mw") or site_row.props.get("operating_mw")
    tdp = chip_row.props.get("tdp_w")
    if not site_mw:
        raise ValueError(f"site {site_row.id} has no capacity_mw in the graph")
    if not tdp:
        raise ValueError(f"chip {chip_row.id} has no tdp_w in the graph")
    if server_overhead < 1 or pue < 1:
        raise ValueError("serverOverhead and pue must be at least 1")
    per_accelerator = float(tdp) * server_overhead * pue
    count = int(float(site_mw) * 1_000_000 // per_accelerator)
    return AcceleratorEstimate(
        site_row, chip_row, float(site_mw), float(tdp), server_overhead, pue, per_accelerator, count
    )
