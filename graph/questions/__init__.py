"""The domain questions, as async functions over the driver returning typed results.

    from graph.questions import risk_if_default
    report = asyncio.run(risk_if_default(driver, "openai", recovery_rate=0.4))

Each answer carries its explanation: paths, deals, assumptions and the sources behind each step.
"""

from graph.questions.capacity import accelerators, capacity
from graph.questions.changes import changes
from graph.questions.claims import claims
from graph.questions.cycles import money_cycles
from graph.questions.dependency import dependents, suppliers
from graph.questions.exposures import exposures
from graph.questions.financials import financials
from graph.questions.policy import policy_reach
from graph.questions.ranking import MAX_RANKED, risk_ranking
from graph.questions.risk import risk_if_default
from graph.questions.talent import founders, talent_flows

__all__ = [
    "MAX_RANKED",
    "accelerators",
    "capacity",
    "changes",
    "claims",
    "dependents",
    "exposures",
    "financials",
    "founders",
    "money_cycles",
    "policy_reach",
    "risk_if_default",
    "risk_ranking",
    "suppliers",
    "talent_flows",
]
