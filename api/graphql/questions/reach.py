"""Policy reach, talent flows and founders."""

import datetime as dt
from typing import Annotated

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import Entity, to_graphql
from api.graphql.questions.common import Chip, Company, Country, Person, Policy
from graph import questions as q


@strawberry.type
class Reach:
    entity: Entity
    how: str
    via: str | None


@strawberry.type
class PolicyReach:
    policy: Policy
    as_of: dt.date | None
    in_force: bool = strawberry.field(description="Whether the policy binds at asOf (today without asOf).")
    status: str = strawberry.field(description="Why, from its effective, suspension and rescission dates.")
    companies: list[Company]
    chips: list[Chip]
    countries: list[Country]
    reaches: list[Reach] = strawberry.field(description="Every reach with how it happens.")


@strawberry.field(
    description="Chips, firms and countries a policy reaches, and how; with asOf, only while it is in force."
)
async def policy_reach(info: Info[Context, None], policy: str, as_of: dt.date | None = None) -> PolicyReach:
    r = await q.policy_reach(info.context.driver, policy, as_of=as_of, database=info.context.database)
    return PolicyReach(
        policy=to_graphql(r.policy),
        as_of=r.as_of,
        in_force=r.in_force,
        status=r.status,
        companies=[to_graphql(x) for x in r.of_label("Company")],
        chips=[to_graphql(x) for x in r.of_label("Chip")],
        countries=[to_graphql(x) for x in r.of_label("Country")],
        reaches=[Reach(entity=to_graphql(x.entity), how=x.how, via=x.via) for x in [*r.direct, *r.indirect]],
    )


@strawberry.type
class TalentMove:
    person: Person
    from_: Company = strawberry.field(name="from")
    to: Company
    role: str | None
    date: dt.date | None


@strawberry.field(description="People who moved from one firm to another (or to anywhere).")
async def talent_flows(
    info: Info[Context, None],
    from_: Annotated[str, strawberry.argument(name="from")],
    to: str | None = None,
    as_of: dt.date | None = None,
) -> list[TalentMove]:
    moves = await q.talent_flows(info.context.driver, from_, to, as_of=as_of, database=info.context.database)
    return [
        TalentMove(
            person=to_graphql(m.person),
            from_=to_graphql(m.from_company),
            to=to_graphql(m.to_company),
            role=m.role,
            date=m.date,
        )
        for m in moves
    ]


@strawberry.field(description="The founders of a firm.")
async def founders(info: Info[Context, None], company: str) -> list[Person]:
    rows = await q.founders(info.context.driver, company, database=info.context.database)
    return [to_graphql(row) for row in rows]
