"""Who bears the risk, as tables: riskIfDefault, exposures, riskRanking, moneyCycles.

Deals are read whole once per answer for their names and the sources a row cites.
"""

from __future__ import annotations

from typing import Any

from api.answers.spec import Param, Question, as_of_param, ref_param
from api.answers.table import Column, Reader, Table, name_of, row_sources
from graph import questions as q
from graph.questions.cycles import MAX_LENGTH
from graph.questions.risk import DEFAULT_STRESS_THRESHOLD
from graph.reads import EntityRow, entities_by_id


async def _rows(reader: Reader, ids: set[str]) -> dict[str, EntityRow]:
    return await entities_by_id(reader.driver, sorted(ids), reader.database) if ids else {}


def _deal_sources(rows: dict[str, EntityRow], deal_ids: list[str]) -> list[str]:
    return row_sources(*(rows.get(d) for d in deal_ids))


RISK_COLUMNS = [
    Column("company_id", "The counterparty's id."),
    Column("company", "The counterparty's name."),
    Column("direct_loss_usd", "Firm commitments the defaulter no longer pays, USD."),
    Column("contingent_loss_usd", "'Up to' and unsigned commitments lost, USD; not in the total."),
    Column("second_order_loss_usd", "Losses passed on by stressed firms (DebtRank), USD."),
    Column("total_loss_usd", "Direct plus second-order loss, USD."),
    Column("relative_loss_ratio", "Total loss over the counterparty's annual revenue."),
    Column("stress_ratio", "DebtRank stress in [0, 1]."),
    Column("channels", "How the loss arises: contract, equity, loan, guarantee."),
    Column("deals", "Ids of the deals that carry the loss."),
    Column("via", "Stressed firms through which second-order losses came."),
]


async def _risk_if_default(reader: Reader, args: dict[str, Any]) -> Table:
    report = await q.risk_if_default(
        reader.driver,
        args["company"],
        recovery_rate=args["recovery_rate"],
        as_of=args["as_of"],
        stress_threshold=args["stress_threshold"],
        database=reader.database,
    )
    ids = {p.company_id for p in report.parties} | {d for p in report.parties for d in p.deal_ids}
    rows = await _rows(reader, ids | {v for p in report.parties for v in p.via})
    table = Table("riskIfDefault", {}, RISK_COLUMNS)
    for p in report.parties:
        deals = sorted(p.deal_ids)
        table.add(
            [
                p.company_id,
                name_of(rows.get(p.company_id)),
                p.direct_loss_usd,
                p.contingent_loss_usd,
                p.second_order_loss_usd,
                p.total_loss_usd,
                p.relative_loss,
                p.stress,
                sorted(p.channels),
                deals,
                [name_of(rows.get(v)) for v in sorted(p.via)],
            ],
            _deal_sources(rows, deals),
        )
    table.facts = {
        "defaulter": name_of(report.defaulter),
        "defaulter_id": report.defaulter.id,
        "as_of": report.as_of,
        "recovery_rate": report.recovery_rate,
        "stress_threshold": report.stress_threshold,
        "total_loss_usd": report.total_loss_usd,
        "total_contingent_loss_usd": sum(p.contingent_loss_usd for p in report.parties),
    }
    table.notes = list(report.missing)
    return table


RISK_IF_DEFAULT = Question(
    "riskIfDefault",
    "Who loses how much if a company stops paying: each counterparty's loss in USD (contracts "
    "still owed, equity invested, loans and guarantees net of recovery), second-order losses "
    "passed on by firms it stresses (DebtRank), and what figures are missing. Largest loss first.",
    (
        ref_param("company", "The firm that defaults."),
        Param(
            "recoveryRate",
            float,
            "Share of loans and guarantees recovered in default, 0-1 (default 0: nothing recovered).",
            0.0,
            0.0,
            1.0,
        ),
        as_of_param(),
        Param(
            "stressThreshold",
            float,
            "Stress (loss over revenue) at which a counterparty passes losses on to its own creditors, 0-1.",
            DEFAULT_STRESS_THRESHOLD,
            0.0,
            1.0,
        ),
    ),
    _risk_if_default,
)

EXPOSURE_COLUMNS = [
    Column("direction", "owed_by (it is owed), invested_in, lent_to, or owes (it owes)."),
    Column("counterparty_id", "The other firm's id."),
    Column("counterparty", "The other firm's name."),
    Column("channel", "contract, equity, loan or guarantee."),
    Column("deal_id", "The deal's id."),
    Column("deal", "The deal's name."),
    Column("amount_usd", "Remaining value as of the date, USD (empty when the deal has no value)."),
    Column("firm", "False for 'up to' or unsigned commitments."),
]


async def _exposures(reader: Reader, args: dict[str, Any]) -> Table:
    report = await q.exposures(reader.driver, args["company"], as_of=args["as_of"], database=reader.database)
    groups = {
        "owed_by": report.owed_by,
        "invested_in": report.invested_in,
        "lent_to": report.lent_to,
        "owes": report.owes,
    }
    claims = [c for items in groups.values() for c in items]
    rows = await _rows(reader, {c.counterparty_id for c in claims} | {c.deal_id for c in claims})
    table = Table("exposures", {}, EXPOSURE_COLUMNS)
    for direction, items in groups.items():
        for c in items:
            table.add(
                [
                    direction,
                    c.counterparty_id,
                    name_of(rows.get(c.counterparty_id)),
                    c.channel,
                    c.deal_id,
                    name_of(rows.get(c.deal_id)),
                    c.amount_usd,
                    c.firm,
                ],
                _deal_sources(rows, [c.deal_id]),
            )
    largest = report.largest_counterparty_id
    table.facts = {
        "company": name_of(report.company),
        "as_of": report.as_of,
        "customer_concentration_ratio": report.customer_concentration,
        "largest_counterparty": name_of(rows.get(largest)) if largest else None,
    }
    return table


EXPOSURES = Question(
    "exposures",
    "A company's exposures: who owes it under contracts, where it invested or lent, what it owes "
    "others, and how concentrated its customers are. (Who depends on it: use dependents.)",
    (ref_param("company", "The firm whose exposures to list."), as_of_param()),
    _exposures,
)

RANK_COLUMNS = [
    Column("rank", "1 = bears the most risk."),
    Column("company_id", "The firm's id."),
    Column("company", "The firm's name."),
    Column("score", "The ranking score, 0-1, from the components in the next columns."),
]
# The components are the question's own (their names carry units); these say what they mean.
COMPONENT_DESCRIPTIONS = {
    "exposure_to_weaker_usd": "Firm contracts with more leveraged counterparties, USD.",
    "exposure_to_weaker_relative": "That exposure over the firm's annual revenue.",
    "customer_concentration": "Largest counterparty's share of contracted revenue.",
    "systemic_loss_usd": "Total loss across the graph if this firm defaulted, USD.",
    "systemic_weight": "That loss over the largest such loss.",
    "leverage": "Obligations over the firm's capital base (see the question's documentation).",
}


async def _risk_ranking(reader: Reader, args: dict[str, Any]) -> Table:
    ranks = await q.risk_ranking(
        reader.driver, as_of=args["as_of"], first=args["first"], database=reader.database
    )
    rows = await _rows(reader, {r.company_id for r in ranks})
    names = list(dict.fromkeys(name for r in ranks for name in r.components))
    components = [Column(n, COMPONENT_DESCRIPTIONS.get(n, n.replace("_", " ") + ".")) for n in names]
    table = Table("riskRanking", {}, RANK_COLUMNS + components)
    for r in ranks:
        table.add(
            [r.rank, r.company_id, name_of(rows.get(r.company_id)), r.score]
            + [r.components.get(name) for name in names],
            row_sources(rows.get(r.company_id)),
        )
    return table


RISK_RANKING = Question(
    "riskRanking",
    "Which firms bear the most risk across the graph, scored from exposure to weaker "
    "counterparties, customer concentration and systemic weight, with the components shown.",
    (as_of_param(), Param("first", int, "How many firms to list (1-200).", 20, 1, 200)),
    _risk_ranking,
)

CYCLE_COLUMNS = [
    Column("cycle", "The firms in order of payment, back to the first."),
    Column("length_firms", "Number of firms in the cycle."),
    Column("total_usd", "Sum of the deal values on the cycle's edges, USD (empty if none known)."),
    Column("flows", "Each edge: payer -> payee, amount and deals or supplied products."),
    Column("deals", "Ids of the deals on the cycle."),
]


async def _money_cycles(reader: Reader, args: dict[str, Any]) -> Table:
    cycles = await q.money_cycles(
        reader.driver,
        through=args["through"],
        max_length=args["max_length"],
        as_of=args["as_of"],
        database=reader.database,
    )
    rows = await _rows(reader, {d for c in cycles for d in c.deal_ids})
    table = Table("moneyCycles", {}, CYCLE_COLUMNS)
    for cycle in cycles:
        names = {c.id: name_of(c) or c.id for c in cycle.companies}
        flows = []
        for edge in cycle.edges:
            carried = edge.deal_ids or [f"supplies {p}" for p in edge.supply_products]
            amount = f" ${edge.amount_usd:,.0f}" if edge.amount_usd else ""
            flows.append(f"{names[edge.payer]} -> {names[edge.payee]}{amount} ({', '.join(carried)})")
        table.add(
            [
                " -> ".join([*names.values(), name_of(cycle.companies[0]) or ""]),
                len(cycle.companies),
                cycle.total_usd,
                flows,
                cycle.deal_ids,
            ],
            _deal_sources(rows, cycle.deal_ids),
        )
    return table


MONEY_CYCLES = Question(
    "moneyCycles",
    "Circular money flows between firms (payments, investments, chip purchases, supply): e.g. "
    "a chip vendor invests in a lab, the lab buys cloud compute, the cloud buys the vendor's "
    "chips. Each cycle once, with the deals on each edge; largest first.",
    (
        ref_param("through", "Only cycles through this firm (optional).", required=False),
        Param("maxLength", int, f"Most firms in a cycle (2-{MAX_LENGTH}).", 4, 2, MAX_LENGTH),
        as_of_param(),
    ),
    _money_cycles,
)
