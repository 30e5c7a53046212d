"""Power, policy and talent as tables: capacity, accelerators, policyReach, talentFlows, founders."""

from __future__ import annotations

import datetime as dt
from typing import Any

from api.answers.spec import REQUIRED, Param, Question, as_of_param, enum_values, ref_param
from api.answers.table import Column, Reader, Table, name_of, row_sources
from graph import questions as q
from graph.questions.capacity import DEFAULT_PUE, DEFAULT_SERVER_OVERHEAD, CapacityGroup

CAPACITY_COLUMNS = [
    Column("group", "The operator, tenant, country or grid region."),
    Column("operating_mw", "Data-center capacity in service at the date, MW."),
    Column("planned_mw", "Data-center capacity planned in all, MW."),
    Column("sites", "Number of data-center sites."),
]


async def _capacity(reader: Reader, args: dict[str, Any]) -> Table:
    rows = await q.capacity(reader.driver, args["group_by"], as_of=args["as_of"], database=reader.database)
    table = Table("capacity", {}, CAPACITY_COLUMNS)
    for r in rows:
        table.add([r.group, r.operating_mw, r.planned_mw, r.sites], list(r.sources))
    return table


CAPACITY = Question(
    "capacity",
    "Data-center power capacity in MW, operating and planned, grouped by operator, tenant, "
    "country or grid region; largest planned first.",
    (
        Param("groupBy", CapacityGroup, f"How to group the sites: {enum_values(CapacityGroup)}.", REQUIRED),
        as_of_param(),
    ),
    _capacity,
)

ACCELERATOR_COLUMNS = [
    Column("site", "The site's name."),
    Column("chip", "The chip's name."),
    Column("site_mw", "The site's planned capacity, MW."),
    Column("chip_tdp_w", "The chip's thermal design power, W."),
    Column("server_overhead_ratio", "Server power over chip TDP."),
    Column("pue_ratio", "Facility power over IT power."),
    Column("watts_per_accelerator_w", "TDP x server overhead x PUE, W."),
    Column("accelerators", "How many of the chip the site's power can feed."),
]


async def _accelerators(reader: Reader, args: dict[str, Any]) -> Table:
    e = await q.accelerators(
        reader.driver,
        args["site"],
        args["chip"],
        server_overhead=args["server_overhead"],
        pue=args["pue"],
        database=reader.database,
    )
    table = Table("accelerators", {}, ACCELERATOR_COLUMNS)
    table.add(
        [
            name_of(e.site),
            name_of(e.chip),
            e.site_mw,
            e.chip_tdp_w,
            e.server_overhead,
            e.pue,
            e.watts_per_accelerator,
            e.accelerators,
        ],
        row_sources(e.site, e.chip),
    )
    table.facts = {"method": "site MW x 1e6 / (chip TDP x server overhead x PUE)"}
    return table


ACCELERATORS = Question(
    "accelerators",
    "How many accelerators of a chip a data-center site's power can feed: site MW x 1e6 / "
    "(chip TDP x server overhead x PUE).",
    (
        ref_param("site", "The data-center site (a PowerAsset)."),
        ref_param("chip", "The accelerator, e.g. 'H100' or 'TPU v5p'."),
        Param(
            "serverOverhead",
            float,
            "Server power (CPUs, memory, network) per accelerator as a multiple of its TDP, >= 1.",
            DEFAULT_SERVER_OVERHEAD,
            1.0,
        ),
        Param("pue", float, "Power usage effectiveness of the site, >= 1.", DEFAULT_PUE, 1.0),
    ),
    _accelerators,
)

REACH_COLUMNS = [
    Column("entity_id", "The chip, firm or country reached."),
    Column("entity", "Its name."),
    Column("kind", "Chip, Company, Country, ..."),
    Column("how", "RESTRICTS, SUBSIDISES, APPLIES_TO, or how it is reached indirectly."),
    Column("via", "The directly covered entity it is reached through (empty if direct)."),
]


async def _policy_reach(reader: Reader, args: dict[str, Any]) -> Table:
    r = await q.policy_reach(reader.driver, args["policy"], as_of=args["as_of"], database=reader.database)
    table = Table("policyReach", {}, REACH_COLUMNS)
    for reach in [*r.direct, *r.indirect]:
        table.add(
            [reach.entity.id, name_of(reach.entity), reach.entity.label, reach.how, reach.via],
            row_sources(r.policy, reach.entity),
        )
    table.facts = {"policy": name_of(r.policy), "in_force": r.in_force, "status": r.status}
    return table


POLICY_REACH = Question(
    "policyReach",
    "What an export control, subsidy or rule reaches: the chips, firms and countries it names, "
    "and those reached through them (a restricted chip reaches its designer, foundry, deployers "
    "and buyers; a restricted country the firms based there).",
    (
        ref_param("policy", "The policy, e.g. an export control."),
        Param(
            "asOf",
            dt.date,
            "Reach as of this date (YYYY-MM-DD): a rule not yet effective, suspended or rescinded "
            "then reaches nothing, and the status says why. Default: the reach as recorded.",
        ),
    ),
    _policy_reach,
)

TALENT_COLUMNS = [
    Column("person_id", "The person's id."),
    Column("person", "The person's name."),
    Column("from", "The firm they left."),
    Column("to", "The firm they joined or founded."),
    Column("role", "Title at the new firm (or founder)."),
    Column("date", "When the move happened, where known."),
]


async def _talent_flows(reader: Reader, args: dict[str, Any]) -> Table:
    moves = await q.talent_flows(
        reader.driver, args["from_"], args["to"], as_of=args["as_of"], database=reader.database
    )
    table = Table("talentFlows", {}, TALENT_COLUMNS)
    for m in moves:
        table.add(
            [m.person.id, name_of(m.person), name_of(m.from_company), name_of(m.to_company), m.role, m.date],
            row_sources(m.person),
        )
    return table


TALENT_FLOWS = Question(
    "talentFlows",
    "People who worked at one firm and later joined (or founded) another, with roles and dates.",
    (
        ref_param("from", "The firm people left."),
        ref_param("to", "Only moves to this firm (optional).", required=False),
        as_of_param(),
    ),
    _talent_flows,
)

FOUNDER_COLUMNS = [
    Column("person_id", "The founder's id."),
    Column("person", "The founder's name."),
]


async def _founders(reader: Reader, args: dict[str, Any]) -> Table:
    people = await q.founders(reader.driver, args["company"], database=reader.database)
    table = Table("founders", {}, FOUNDER_COLUMNS)
    for person in people:
        table.add([person.id, name_of(person)], row_sources(person))
    return table


FOUNDERS = Question(
    "founders",
    "The people recorded as having founded (or co-founded) a firm, with the sources that say so.",
    (ref_param("company", "The firm."),),
    _founders,
)
