"""Base models: identity and provenance shared by every node and relationship."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Slug = Annotated[
    str,
    StringConstraints(pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*$", min_length=1, max_length=120),
]
SourceId = Annotated[str, StringConstraints(pattern=r"^src-[a-z0-9]+(?:-[a-z0-9]+)*$")]
WikidataId = Annotated[str, StringConstraints(pattern=r"^Q[1-9][0-9]*$")]
CountryCode = Annotated[str, StringConstraints(pattern=r"^(?:[A-Z]{2}|EU)$")]
CurrencyCode = Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")]
# One reported yearly amount of a deal, 'YEAR:USD': Neo4j properties hold lists of scalars only.
ScheduleEntry = Annotated[str, StringConstraints(pattern=r"^[12][0-9]{3}:[0-9]+(?:\.[0-9]+)?$")]
NonNegative = Annotated[float, Field(ge=0)]
Share = Annotated[float, Field(ge=0, le=1)]


class Confidence(StrEnum):
    HIGH = "high"
    MEDIUM = "medium"
    LOW = "low"


class StrictModel(BaseModel):
    """Frozen, no unknown fields: a typo in a data file is an error, not a silent drop."""

    # allow_inf_nan=False: Infinity and NaN (YAML .inf, 1e400, JSON Infinity) are no amounts;
    # stored, they break sorting, aggregates and JSON answers.
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True, allow_inf_nan=False)


class Provenance(StrictModel):
    """Where a fact comes from and when it holds. Required on every node and relationship."""

    sources: list[SourceId] = Field(
        min_length=1, description="Ids of the Source records that report this fact."
    )
    as_of: dt.date = Field(description="Date at which the fact was reported true.")
    confidence: Confidence = Field(description="How sure the curators are: high, medium or low.")
    valid_from: dt.date | None = Field(None, description="Date the fact starts to hold.")
    valid_to: dt.date | None = Field(None, description="Date the fact stops holding.")

    @model_validator(mode="after")
    def _validity_in_order(self) -> Self:
        if self.valid_from and self.valid_to and self.valid_to < self.valid_from:
            raise ValueError(f"valid_to {self.valid_to} is before valid_from {self.valid_from}")
        return self


class NodeBase(Provenance):
    """Identity shared by every entity node."""

    id: Slug = Field(description="Lower-kebab slug of the common name, globally unique.")
    name: str = Field(min_length=1, description="Common name.")
    aliases: list[str] = Field(default_factory=list, description="Other names and tickers.")
    wikidata: WikidataId | None = Field(None, description="Wikidata Q-id.")
    description: str | None = Field(None, description="One-sentence description.")


class RelationshipBase(Provenance):
    """Properties every relationship carries; subclasses add their own."""
