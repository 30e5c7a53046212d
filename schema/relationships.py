"""Relationship types: properties of each. Their allowed endpoints live in `registry`."""

from __future__ import annotations

from enum import StrEnum

from pydantic import Field

from schema.base import NonNegative, RelationshipBase, Share


class Supplies(RelationshipBase):
    product: str = Field(min_length=1, description="What is supplied.")
    share: Share | None = Field(None, description="Share of the buyer's need for it (0-1).")
    since: int | None = Field(None, ge=1950, le=2100, description="Year the supply began.")


class RentsFrom(RelationshipBase):
    product: str | None = Field(None, description="What is rented, e.g. 'GPU cloud capacity'.")


class Owns(RelationshipBase):
    share: Share | None = Field(None, description="Ownership share (0-1).")


class Designs(RelationshipBase):
    pass


class FabbedBy(RelationshipBase):
    process_node: str | None = None


class UsesHbmFrom(RelationshipBase):
    generation: str | None = Field(None, description="e.g. HBM3E 12-high.")


class PackagedBy(RelationshipBase):
    technology: str | None = Field(None, description="e.g. CoWoS-L.")


class Deploys(RelationshipBase):
    count: int | None = Field(None, ge=0, description="Number of chips deployed, as reported.")


class DealRole(StrEnum):
    BUYER = "buyer"
    SELLER = "seller"
    INVESTOR = "investor"
    INVESTEE = "investee"
    LENDER = "lender"
    BORROWER = "borrower"
    LESSOR = "lessor"
    LESSEE = "lessee"
    OFFTAKER = "offtaker"
    GENERATOR = "generator"
    GUARANTOR = "guarantor"
    PARTNER = "partner"
    ACQUIRER = "acquirer"
    TARGET = "target"
    ARRANGER = "arranger"
    HOLDER = "holder"
    ISSUER = "issuer"
    UNDERWRITER = "underwriter"


# Who pays whom in a deal, as (payer role, payee role). The risk and money-cycle questions both
# read deals through these pairs, so they belong to the ontology, not to either question.
TRADE_ROLE_PAIRS = (
    (DealRole.BUYER, DealRole.SELLER),
    (DealRole.LESSEE, DealRole.LESSOR),
    (DealRole.OFFTAKER, DealRole.GENERATOR),
)
PAYMENT_ROLE_PAIRS = (
    *TRADE_ROLE_PAIRS,
    (DealRole.INVESTOR, DealRole.INVESTEE),
    (DealRole.LENDER, DealRole.BORROWER),
    (DealRole.ACQUIRER, DealRole.TARGET),
)


# In a bond or loan, who owes (debtor roles) and who is owed (creditor roles). Arrangers and
# underwriters place the debt and carry no exposure once it is sold.
DEBTOR_ROLES = (DealRole.BORROWER, DealRole.ISSUER)
CREDITOR_ROLES = (DealRole.LENDER, DealRole.HOLDER)


class PartyTo(RelationshipBase):
    role: DealRole
    amount_usd: NonNegative | None = Field(
        None, description="The party's own part of the deal, USD, where reported (never an even split)."
    )
    share: Share | None = Field(
        None, description="The party's share of the deal (0-1), where that is what is reported."
    )


class Supersedes(RelationshipBase):
    """A definitive agreement replaces a letter of intent or an earlier version."""


class PartOf(RelationshipBase):
    """A site deal inside a programme: the programme's GW and dollars include it."""


class Serves(RelationshipBase):
    share: Share | None = Field(
        None, description="Part of the order, lease or loan that serves the contract (0-1), where reported."
    )


class Reported(RelationshipBase):
    pass


class About(RelationshipBase):
    pass


class MadeBy(RelationshipBase):
    pass


class Covers(RelationshipBase):
    pass


class Operates(RelationshipBase):
    pass


class TenantOf(RelationshipBase):
    mw: NonNegative | None = Field(None, description="Capacity the tenant takes, MW.")


class Powers(RelationshipBase):
    mw: NonNegative | None = None


class SuppliesPower(RelationshipBase):
    mw: NonNegative | None = None


class InGridRegion(RelationshipBase):
    pass


class Restricts(RelationshipBase):
    pass


class Subsidises(RelationshipBase):
    amount_usd: NonNegative | None = Field(None, description="Award or subsidy, US dollars.")


class AppliesTo(RelationshipBase):
    pass


class IssuedBy(RelationshipBase):
    pass


class Rescinds(RelationshipBase):
    pass


class Amends(RelationshipBase):
    pass


class WorksAt(RelationshipBase):
    title: str | None = None


class WorkedAt(RelationshipBase):
    title: str | None = None


class Founded(RelationshipBase):
    year: int | None = Field(None, ge=1800, le=2100)


class InvestedIn(RelationshipBase):
    pass
