"""GraphQL fields for the domain questions, one module per question; thin over graph.questions."""

from typing import Any

from api.graphql.changes import changes
from api.graphql.questions.claims import claims
from api.graphql.questions.cycles import money_cycles
from api.graphql.questions.dependency import dependents, suppliers
from api.graphql.questions.exposures import exposures
from api.graphql.questions.power import accelerators, capacity
from api.graphql.questions.ranking import risk_ranking
from api.graphql.questions.reach import founders, policy_reach, talent_flows
from api.graphql.questions.risk import risk_if_default

QUESTION_FIELDS: dict[str, Any] = {
    "dependents": dependents,
    "suppliers": suppliers,
    "riskIfDefault": risk_if_default,
    "exposures": exposures,
    "riskRanking": risk_ranking,
    "moneyCycles": money_cycles,
    "capacity": capacity,
    "accelerators": accelerators,
    "policyReach": policy_reach,
    "talentFlows": talent_flows,
    "founders": founders,
    "claims": claims,
    "changes": changes,
}
