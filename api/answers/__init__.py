"""Every question once, as the CLI, the exports and the MCP tools see it (GraphQL has its own
types in api/graphql/questions.py; both call the same functions in graph/questions/)."""

from api.answers.chains import DEPENDENTS, SUPPLIERS
from api.answers.changes import CHANGES
from api.answers.claims import CLAIMS
from api.answers.lookup import ENTITY, SEARCH
from api.answers.money import EXPOSURES, MONEY_CYCLES, RISK_IF_DEFAULT, RISK_RANKING
from api.answers.places import ACCELERATORS, CAPACITY, FOUNDERS, POLICY_REACH, TALENT_FLOWS
from api.answers.spec import Param, Question
from api.answers.table import Reader, Table

QUESTIONS: dict[str, Question] = {
    question.name: question
    for question in (
        DEPENDENTS,
        SUPPLIERS,
        RISK_IF_DEFAULT,
        EXPOSURES,
        RISK_RANKING,
        MONEY_CYCLES,
        CAPACITY,
        ACCELERATORS,
        POLICY_REACH,
        TALENT_FLOWS,
        FOUNDERS,
        CLAIMS,
        CHANGES,
    )
}
# Not questions about the economy, but answered, rendered and exported the same way.
LOOKUPS: dict[str, Question] = {SEARCH.name: SEARCH, ENTITY.name: ENTITY}
BY_SLUG: dict[str, Question] = {q.slug: q for q in [*QUESTIONS.values(), *LOOKUPS.values()]}

__all__ = ["BY_SLUG", "LOOKUPS", "QUESTIONS", "Param", "Question", "Reader", "Table"]
