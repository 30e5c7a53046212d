"""riskRanking: leverage, fragility and systemic weight of every firm (graph.questions.ranking)."""

import datetime as dt

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import to_graphql
from api.graphql.questions.common import Company, rows_by_id
from graph import questions as q


@strawberry.type
class ScoreComponent:
    name: str
    value: float | None


@strawberry.type
class RiskRank:
    rank: int
    company: Company
    score: float
    components: list[ScoreComponent] = strawberry.field(
        description=(
            "leverage, leverage_component, total_debt_usd, lease_liabilities_usd, commitments_usd, "
            "loss_absorbing_capital_usd, fragility, systemic_loss_usd, systemic_weight."
        )
    )
    missing: list[str] = strawberry.field(description="Components unknown for this firm (counted 0).")


@strawberry.field(
    description=(
        "Who bears the risk across the graph. score = mean of fragility (worst stress from a "
        "counterparty's default), systemic weight (loss its default causes / the largest) and "
        "leverage / (1 + leverage), leverage = (debt + leases + firm commitments) / capital."
    )
)
async def risk_ranking(
    info: Info[Context, None],
    as_of: dt.date | None = None,
    first: int = 20,
    recovery_rate: float = 0.4,
    equity_recovery: float = 0.0,
    relet_rate: float = 0.5,
    receivable_months: float = 3.0,
    stress_threshold: float = 0.1,
) -> list[RiskRank]:
    ranks = await q.risk_ranking(
        info.context.driver,
        as_of=as_of,
        first=max(1, min(first, q.MAX_RANKED)),
        recovery_rate=recovery_rate,
        equity_recovery=equity_recovery,
        relet_rate=relet_rate,
        receivable_months=receivable_months,
        stress_threshold=stress_threshold,
        database=info.context.database,
    )
    rows = await rows_by_id(info, {r.company_id for r in ranks})
    return [
        RiskRank(
            rank=r.rank,
            company=to_graphql(rows[r.company_id]),
            score=r.score,
            components=[ScoreComponent(name=k, value=v) for k, v in r.components.items()],
            missing=r.missing,
        )
        for r in ranks
        if r.company_id in rows
    ]
