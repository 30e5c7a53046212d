"""Who bears the risk, as tables: riskIfDefault, exposures, riskRanking, moneyCycles.

Deals are read whole once per answer for their names and the sources a row cites.
"""

from __future__ import annotations

from typing import Any

from api.answers.spec import Param, Question, as_of_param, ref_param
from api.answers.table import Column, Reader, Table, name_of, row_sources
from graph import questions as q
from graph.questions.cycles import MAX_LENGTH
from graph.questions.losses import Scenario
from graph.reads import EntityRow, entities_by_id


async def _rows(reader: Reader, ids: set[str]) -> dict[str, EntityRow]:
    return await entities_by_id(reader.driver, sorted(ids), reader.database) if ids else {}


def _deal_sources(rows: dict[str, EntityRow], deal_ids: list[str]) -> list[str]:
    return row_sources(*(rows.get(d) for d in deal_ids))


RISK_COLUMNS = [
    Column("company_id", "The counterparty's id."),
    Column("company", "The counterparty's name."),
    Column(
        "credit_loss_usd", "Receivable for service delivered and drawn credit, x (1 - recoveryRate), USD."
    ),
    Column("equity_loss_usd", "Equity invested at cost, x (1 - equityRecovery), USD."),
    Column(
        "capital_at_risk_usd",
        "What it committed to serve the defaulter (through SERVES), x (1 - reletRate), USD.",
    ),
    Column("direct_loss_usd", "Credit + equity loss + capital at risk, USD."),
    Column("second_order_loss_usd", "Stress passed on by stressed firms (DebtRank), USD."),
    Column("total_loss_usd", "Direct plus second-order loss, USD."),
    Column(
        "revenue_at_risk_usd", "Remaining firm contract value it will not get, USD; never added to losses."
    ),
    Column("contingent_revenue_at_risk_usd", "The same for unsigned and 'up to' contracts, USD."),
    Column(
        "contingent_capital_at_risk_usd",
        "Capital at risk of unsigned or 'up to' commitments, USD; reported apart, never a loss.",
    ),
    Column(
        "loss_absorbing_capital_usd",
        "Book equity (floored at 0) + cash of its latest period on or before asOf, USD.",
    ),
    Column("stress_ratio", "min(1, total loss / loss-absorbing capital); empty when unknown."),
    Column("revenue_at_risk_by_year_usd", "Revenue at risk by year: year=USD."),
    Column("channels", "How the loss arises: credit, equity, capital, revenue..."),
    Column("deals", "Ids of the deals that carry it."),
    Column("via", "Stressed firms through which second-order losses came."),
]


async def _risk_if_default(reader: Reader, args: dict[str, Any]) -> Table:
    report = await q.risk_if_default(
        reader.driver,
        args["company"],
        as_of=args["as_of"],
        **scenario_arguments(args),
        database=reader.database,
    )
    ids = {p.company_id for p in report.parties} | {d for p in report.parties for d in p.deal_ids}
    ids |= {v for p in report.parties for v in p.via}
    ids |= {f.from_id for f in report.flows} | {f.to_id for f in report.flows}
    rows = await _rows(reader, ids)
    rows[report.defaulter.id] = report.defaulter
    table = Table("riskIfDefault", {}, RISK_COLUMNS)
    for p in report.parties:
        deals = sorted(p.deal_ids)
        table.add(
            [
                p.company_id,
                name_of(rows.get(p.company_id)),
                p.credit_loss_usd,
                p.equity_loss_usd,
                p.capital_at_risk_usd,
                p.direct_loss_usd,
                p.second_order_loss_usd,
                p.total_loss_usd,
                p.revenue_at_risk_usd,
                p.contingent_revenue_at_risk_usd,
                p.contingent_capital_at_risk_usd,
                p.loss_absorbing_capital_usd,
                p.stress,
                [f"{year}={amount:.0f}" for year, amount in p.revenue_at_risk_by_year.items()],
                sorted(p.channels),
                deals,
                [name_of(rows.get(v)) for v in sorted(p.via)],
            ],
            _deal_sources(rows, deals),
        )
    scenario = report.scenario
    table.facts = {
        "defaulter": name_of(report.defaulter),
        "defaulter_id": report.defaulter.id,
        "as_of": report.as_of,
        "recovery_rate": scenario.recovery_rate,
        "equity_recovery": scenario.equity_recovery,
        "relet_rate": scenario.relet_rate,
        "receivable_months": scenario.receivable_months,
        "stress_threshold": scenario.stress_threshold,
        "total_loss_usd": report.total_loss_usd,
        "total_revenue_at_risk_usd": report.total_revenue_at_risk_usd,
        "total_contingent_revenue_at_risk_usd": report.total_contingent_revenue_at_risk_usd,
        "loss_flows": [
            f"order {f.order}: {name_of(rows.get(f.from_id))} -> {name_of(rows.get(f.to_id))} "
            f"{f.loss_usd:,.0f} USD ({', '.join(sorted(f.deal_ids))})"
            for f in report.flows
        ],
    }
    table.notes = list(report.missing)
    return table


def _share(name: str, description: str, default: float) -> Param:
    return Param(name, float, f"{description} 0-1 (default {default:g}).", default, 0.0, 1.0)


# The risk model's assumptions, each an argument of riskIfDefault and riskRanking, with the
# model's own defaults (graph/questions/losses.py).
SCENARIO_PARAMS = (
    _share(
        "recoveryRate",
        "Share of drawn debt and receivables recovered from the defaulter,",
        Scenario.recovery_rate,
    ),
    _share("equityRecovery", "Share of equity invested that is recovered,", Scenario.equity_recovery),
    _share(
        "reletRate",
        "Share of capacity or capital committed to serve the defaulter that is re-let or re-sold,",
        Scenario.relet_rate,
    ),
    Param(
        "receivableMonths",
        float,
        "Months of a running contract's service delivered but unpaid at default, 0-24 "
        f"(default {Scenario.receivable_months:g}).",
        Scenario.receivable_months,
        0.0,
        24.0,
    ),
    _share(
        "stressThreshold",
        "Stress (loss over loss-absorbing capital) from which a firm passes its stress on to its creditors,",
        Scenario.stress_threshold,
    ),
)


def scenario_arguments(args: dict[str, Any]) -> dict[str, Any]:
    return {p.python_name: args[p.python_name] for p in SCENARIO_PARAMS}


RISK_IF_DEFAULT = Question(
    "riskIfDefault",
    "Who loses how much if a company stops paying, as a credit analyst counts it: per "
    "counterparty the credit loss (receivables and drawn credit net of recovery), equity loss, "
    "and capital at risk (what it committed to serve the defaulter, net of re-letting); revenue "
    "at risk apart, never added to losses; stress against loss-absorbing capital and DebtRank "
    "second-order losses; every assumption echoed and what is unknown listed. Largest loss first.",
    (
        ref_param("company", "The firm that defaults."),
        as_of_param(),
        *SCENARIO_PARAMS,
    ),
    _risk_if_default,
)


EXPOSURE_COLUMNS = [
    Column(
        "direction",
        "owed_by (others owe it), invested_in, lent_to, capital_committed (deals serving its "
        "customers), or owes (it owes).",
    ),
    Column("counterparty_id", "The other firm's id."),
    Column("counterparty", "The other firm's name."),
    Column("channel", "contract, equity, credit, capital..."),
    Column("deal_id", "The deal's id."),
    Column("deal", "The deal's name."),
    Column("amount_usd", "Its part, as of the date, USD (empty when the party's part is not reported)."),
    Column("firm", "False for 'up to' or unsigned commitments."),
    Column("serves_deal_id", "For capital committed: the customer contract it serves."),
]


async def _exposures(reader: Reader, args: dict[str, Any]) -> Table:
    report = await q.exposures(reader.driver, args["company"], as_of=args["as_of"], database=reader.database)
    groups = {name: getattr(report, name) for name in report.totals()}
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
                    c.serves_deal_id,
                ],
                _deal_sources(rows, [c.deal_id]),
            )
    largest = report.largest_counterparty_id
    table.facts = {
        "company": name_of(report.company),
        "as_of": report.as_of,
        "customer_concentration_ratio": report.customer_concentration,
        "concentration_reported": report.concentration_reported,
        "largest_counterparty": name_of(rows.get(largest)) if largest else None,
        **{f"{name}_firm_usd": t.firm_usd for name, t in report.totals().items()},
        **{f"{name}_contingent_usd": t.contingent_usd for name, t in report.totals().items()},
    }
    table.notes = list(report.missing)
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
    "leverage": "(Debt + lease liabilities + trade commitments owed) / loss-absorbing capital.",
    "leverage_component": "Leverage mapped onto 0-1: leverage / (1 + leverage).",
    "total_debt_usd": "Borrowings of its latest period on or before asOf, USD.",
    "lease_liabilities_usd": "Lease liabilities of that period, USD.",
    "commitments_usd": "Firm trade commitments it still owes in the graph, USD.",
    "loss_absorbing_capital_usd": "Book equity (floored at 0) + cash of that period, USD.",
    "fragility": "Its worst stress across the first-order defaults of its counterparties, 0-1.",
    "systemic_loss_usd": "Total loss (direct + second order) its own default causes, USD.",
    "systemic_weight": "That loss over the largest such loss, 0-1.",
}


async def _risk_ranking(reader: Reader, args: dict[str, Any]) -> Table:
    ranks = await q.risk_ranking(
        reader.driver,
        as_of=args["as_of"],
        first=args["first"],
        **scenario_arguments(args),
        database=reader.database,
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
    table.notes = sorted({gap for r in ranks for gap in r.missing})
    return table


RISK_RANKING = Question(
    "riskRanking",
    "Which firms bear the most risk across the graph: score = mean of fragility (worst stress from "
    "a counterparty's default), systemic weight (what its own default costs others) and leverage "
    "mapped onto 0-1, with every component shown and unknown ones named in the notes.",
    (
        as_of_param(),
        Param("first", int, f"How many firms to list (1-{q.MAX_RANKED}).", 20, 1, q.MAX_RANKED),
        *SCENARIO_PARAMS,
    ),
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
