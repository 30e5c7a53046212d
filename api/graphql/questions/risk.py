"""riskIfDefault: who loses what if a company stops paying (graph.questions.risk)."""

import datetime as dt

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import to_graphql
from api.graphql.questions.common import Company, Deal, rows_by_id
from graph import questions as q
from graph.questions.losses import CAPITAL_BASIS, Scenario


@strawberry.type(description="Every scenario parameter the answer was worked out with.")
class Assumptions:
    recovery_rate: float = strawberry.field(
        description="Share of drawn debt and receivables recovered from the defaulter."
    )
    equity_recovery: float = strawberry.field(description="Share of equity invested that is recovered.")
    relet_rate: float = strawberry.field(
        description="Share of capacity or capital committed to serve the defaulter that is re-let or re-sold."
    )
    receivable_months: float = strawberry.field(
        description="Months of a running contract's service delivered but unpaid at default."
    )
    stress_threshold: float = strawberry.field(
        description="Stress (loss / capital) from which a firm passes its stress on."
    )
    capital_basis: str = strawberry.field(description="What a firm's loss-absorbing capital is.")
    drawn_pro_rata: bool = strawberry.field(
        description=(
            "A lender's part of a drawn facility is its commitment x drawn / committed: syndicated "
            "facilities are drawn pro rata."
        )
    )


def assumptions(scenario: Scenario) -> Assumptions:
    return Assumptions(
        recovery_rate=scenario.recovery_rate,
        equity_recovery=scenario.equity_recovery,
        relet_rate=scenario.relet_rate,
        receivable_months=scenario.receivable_months,
        stress_threshold=scenario.stress_threshold,
        capital_basis=CAPITAL_BASIS,
        drawn_pro_rata=True,
    )


@strawberry.type
class YearAmount:
    year: int
    amount_usd: float


@strawberry.type(description="One counterparty's losses, by channel, and its revenue at risk.")
class PartyRisk:
    company: Company
    credit_loss_usd: float = strawberry.field(
        description="Receivable for service delivered and drawn credit, x (1 - recoveryRate)."
    )
    equity_loss_usd: float = strawberry.field(description="Equity invested at cost, x (1 - equityRecovery).")
    capital_at_risk_usd: float = strawberry.field(
        description="What it committed to serve the defaulter (through SERVES), x (1 - reletRate)."
    )
    contingent_capital_at_risk_usd: float = strawberry.field(
        description="The same for unsigned or 'up to' commitments: reported apart, never a loss."
    )
    direct_loss_usd: float = strawberry.field(description="credit + equity + capital at risk.")
    second_order_loss_usd: float = strawberry.field(description="Stress passed on by stressed firms.")
    total_loss_usd: float
    revenue_at_risk_usd: float = strawberry.field(
        description="Remaining firm contract value: revenue it will not get. Never added to losses."
    )
    contingent_revenue_at_risk_usd: float = strawberry.field(
        description="The same for unsigned and 'up to' contracts."
    )
    revenue_at_risk_by_year: list[YearAmount]
    loss_absorbing_capital_usd: float | None = strawberry.field(
        description="Book equity (floored at 0) + cash of its latest period on or before asOf."
    )
    stress: float | None = strawberry.field(description="min(1, total loss / capital); null if unknown.")
    channels: list[str]
    deals: list[Deal]
    via: list[Company] = strawberry.field(
        description="Stressed firms through which second-order losses came."
    )


@strawberry.type(description="A loss passed from one firm to another: order 1 from the defaulter.")
class LossFlow:
    from_: Company = strawberry.field(name="from")
    to: Company
    loss_usd: float
    order: int
    deals: list[Deal]


@strawberry.type
class RiskReport:
    defaulter: Company
    as_of: dt.date
    assumptions: Assumptions
    total_loss_usd: float
    total_revenue_at_risk_usd: float
    total_contingent_revenue_at_risk_usd: float
    parties: list[PartyRisk]
    flows: list[LossFlow]
    missing: list[str] = strawberry.field(description="What is unknown and therefore not counted.")


@strawberry.field(
    description=(
        "Who loses what if the company stops paying: per counterparty credit, equity and capital "
        "at risk (losses), revenue at risk (apart), stress against capital and DebtRank second order."
    )
)
async def risk_if_default(
    info: Info[Context, None],
    company: str,
    as_of: dt.date | None = None,
    recovery_rate: float = 0.4,
    equity_recovery: float = 0.0,
    relet_rate: float = 0.5,
    receivable_months: float = 3.0,
    stress_threshold: float = 0.1,
) -> RiskReport:
    report = await q.risk_if_default(
        info.context.driver,
        company,
        as_of=as_of,
        recovery_rate=recovery_rate,
        equity_recovery=equity_recovery,
        relet_rate=relet_rate,
        receivable_months=receivable_months,
        stress_threshold=stress_threshold,
        database=info.context.database,
    )
    ids = {p.company_id for p in report.parties} | {d for p in report.parties for d in p.deal_ids}
    ids |= {v for p in report.parties for v in p.via}
    ids |= {f.from_id for f in report.flows} | {f.to_id for f in report.flows}
    ids |= {d for f in report.flows for d in f.deal_ids}
    rows = await rows_by_id(info, ids)
    rows[report.defaulter.id] = report.defaulter
    parties = [
        PartyRisk(
            company=to_graphql(rows[p.company_id]),
            credit_loss_usd=p.credit_loss_usd,
            equity_loss_usd=p.equity_loss_usd,
            capital_at_risk_usd=p.capital_at_risk_usd,
            contingent_capital_at_risk_usd=p.contingent_capital_at_risk_usd,
            direct_loss_usd=p.direct_loss_usd,
            second_order_loss_usd=p.second_order_loss_usd,
            total_loss_usd=p.total_loss_usd,
            revenue_at_risk_usd=p.revenue_at_risk_usd,
            contingent_revenue_at_risk_usd=p.contingent_revenue_at_risk_usd,
            revenue_at_risk_by_year=[
                YearAmount(year=y, amount_usd=v) for y, v in p.revenue_at_risk_by_year.items()
            ],
            loss_absorbing_capital_usd=p.loss_absorbing_capital_usd,
            stress=p.stress,
            channels=sorted(p.channels),
            deals=[to_graphql(rows[d]) for d in sorted(p.deal_ids)],
            via=[to_graphql(rows[v]) for v in sorted(p.via)],
        )
        for p in report.parties
    ]
    return RiskReport(
        defaulter=to_graphql(report.defaulter),
        as_of=report.as_of,
        assumptions=assumptions(report.scenario),
        total_loss_usd=report.total_loss_usd,
        total_revenue_at_risk_usd=report.total_revenue_at_risk_usd,
        total_contingent_revenue_at_risk_usd=report.total_contingent_revenue_at_risk_usd,
        parties=parties,
        flows=[
            LossFlow(
                from_=to_graphql(rows[f.from_id]),
                to=to_graphql(rows[f.to_id]),
                loss_usd=f.loss_usd,
                order=f.order,
                deals=[to_graphql(rows[d]) for d in sorted(f.deal_ids)],
            )
            for f in report.flows
        ],
        missing=report.missing,
    )
