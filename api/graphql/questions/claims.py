"""claims(about, kind): forecasts, opinions, theses and guidance about an entity, newest first."""

import datetime as dt

import strawberry
from strawberry.types import Info

from api.graphql.context import Context
from api.graphql.entities import to_graphql
from api.graphql.questions.common import Claim
from graph import questions as q


@strawberry.field(
    description=(
        "Claims about the entity named by `about` (id, name or alias; every claim without it), "
        "newest first, with their speaker (`speaker`, `madeBy`) and sources. `kind`: forecast, "
        "opinion, thesis or guidance. `asOf` drops claims made later."
    )
)
async def claims(
    info: Info[Context, None],
    about: str | None = None,
    kind: str | None = None,
    as_of: dt.date | None = None,
    first: int = 50,
) -> list[Claim]:
    rows = await q.claims(
        info.context.driver, about, kind=kind, as_of=as_of, first=first, database=info.context.database
    )
    return [to_graphql(row) for row in rows]
