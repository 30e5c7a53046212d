"""How a deal is read for money: who pays whom, each party's own part, and which deals count.

Shared by the risk, exposure and money-cycle questions so that they agree on one reading:

- a party's part is `PARTY_TO.amount_usd`, else `share` x the deal's value, else the whole value
  only when it is the sole party on its side; otherwise it is unknown and counts nothing (never
  an even split: a $40B round with four investors is not four $10B cheques);
- a deal superseded by another in force at the date (a definitive agreement replacing an LOI)
  is left out, and so is a site deal PART_OF a programme that already counts its dollars;
- firm = signed, active or completed and not an "up to" figure; the rest is contingent.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field

from schema.relationships import CREDITOR_ROLES, DEBTOR_ROLES, TRADE_ROLE_PAIRS, DealRole

# Deals whose payer owes the payee for goods or service over a term.
TRADE_KINDS = frozenset(
    {"compute_contract", "lease", "power_purchase", "chip_purchase", "supply_agreement", "license"}
)
# Trade deals delivered over a term (their unexpired part is what a lessee still commits);
# chip and supply orders are capital once placed.
TERM_KINDS = frozenset({"compute_contract", "lease", "power_purchase", "license"})
EQUITY_KINDS = frozenset({"equity_investment"})
CREDIT_KINDS = frozenset({"loan", "bond", "credit_facility"})
FIRM_STATUSES = frozenset({"signed", "active", "completed"})
HELD_STATUSES = frozenset({"announced", "signed", "active", "completed"})

PAYER_ROLES = frozenset(payer.value for payer, _ in TRADE_ROLE_PAIRS)
PAYEE_ROLES = frozenset(payee.value for _, payee in TRADE_ROLE_PAIRS)
BORROWER_ROLES = frozenset(role.value for role in DEBTOR_ROLES)
LENDER_ROLES = frozenset(role.value for role in CREDITOR_ROLES)
INVESTOR_ROLES = frozenset({DealRole.INVESTOR.value})
INVESTEE_ROLES = frozenset({DealRole.INVESTEE.value})
GUARANTOR_ROLES = frozenset({DealRole.GUARANTOR.value})
DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class Party:
    company: str
    role: str
    amount_usd: float | None
    share: float | None


@dataclass(frozen=True)
class LinkedDeal:
    """A deal at the other end of SUPERSEDES or PART_OF: enough to tell whether it counts."""

    id: str
    status: str
    announced: dt.date | None
    start: dt.date | None
    value_usd: float | None
    capacity_gw: float | None
    value_is_upper_bound: bool
    parties: frozenset[tuple[str, str]]  # (company, role)

    @property
    def firm(self) -> bool:
        return self.status in FIRM_STATUSES and not self.value_is_upper_bound

    def announced_by(self, as_of: dt.date) -> bool:
        when = self.announced or self.start
        return self.status != "cancelled" and (when is None or when <= as_of)


@dataclass
class DealView:
    id: str
    kind: str
    status: str
    value_usd: float | None = None
    value_is_upper_bound: bool = False
    announced: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    committed_usd: float | None = None
    drawn_usd: float | None = None
    schedule: dict[int, float] = field(default_factory=dict)
    parties: list[Party] = field(default_factory=list)
    serves: list[tuple[str, float | None]] = field(default_factory=list)  # (contract id, share)
    superseded_by: list[LinkedDeal] = field(default_factory=list)
    part_of: list[LinkedDeal] = field(default_factory=list)

    @property
    def firm(self) -> bool:
        return self.status in FIRM_STATUSES and not self.value_is_upper_bound

    def side(self, roles: frozenset[str]) -> list[Party]:
        return [p for p in self.parties if p.role in roles]

    def companies(self, roles: frozenset[str]) -> list[str]:
        return sorted({p.company for p in self.parties if p.role in roles})

    def party(self, company: str, roles: frozenset[str]) -> Party | None:
        return next((p for p in self.parties if p.company == company and p.role in roles), None)

    def announced_by(self, as_of: dt.date) -> bool:
        when = self.announced or self.start
        return when is None or when <= as_of

    def ended(self, as_of: dt.date) -> bool:
        """Past its end (a deal ending on the date still counts that day)."""
        return self.end is not None and self.end < as_of

    def running(self, as_of: dt.date) -> bool:
        """Delivering at the date: started, and not yet at its end."""
        return self.start is not None and self.start <= as_of and (self.end is None or as_of < self.end)

    def superseded(self, as_of: dt.date) -> bool:
        return any(newer.announced_by(as_of) for newer in self.superseded_by)

    def counted_by_programme(self, as_of: dt.date) -> bool:
        """A part whose programme already counts its dollars for the same parties: the programme
        is in force with a value, shares a party in the same role, and is not weaker (a
        contingent programme never displaces a firm part)."""
        mine = {(p.company, p.role) for p in self.parties}
        return any(
            programme.announced_by(as_of)
            and programme.value_usd is not None
            and programme.parties & mine
            and (programme.firm or not self.firm)
            for programme in self.part_of
        )

    def counts(self, as_of: dt.date) -> bool:
        """In force for the money questions at the date."""
        return (
            self.status != "cancelled"
            and self.announced_by(as_of)
            and not self.superseded(as_of)
            and not self.counted_by_programme(as_of)
        )


def parse_schedule(entries: Iterable[str] | None) -> dict[int, float]:
    """'YEAR:USD' entries (the stored form of a reported yearly schedule) -> {year: usd}."""
    out: dict[int, float] = {}
    for entry in entries or []:
        year, amount = str(entry).split(":", 1)
        out[int(year)] = float(amount)
    return out


class PartUnknownError(Exception):
    """A party's part of a deal is not reported: the answer lists it and counts nothing."""

    def __init__(self, deal_id: str, company: str, no_value: bool = False) -> None:
        if no_value:
            super().__init__(f"deal {deal_id} has no value_usd and no part for {company}; not counted")
        else:
            super().__init__(f"deal {deal_id}: {company}'s part is not reported; not counted")


def party_part(deal: DealView, company: str, roles: frozenset[str], base: float | None) -> float:
    """The company's own part of `base` (the deal's value unless said otherwise).

    Raises PartUnknownError when no amount or share is reported and it is not alone on its side.
    """
    party = deal.party(company, roles)
    if party is not None and party.amount_usd is not None:
        if base is not None and deal.value_usd and base != deal.value_usd:
            # A part reported against the headline, applied to another base (drawn, remaining).
            return party.amount_usd * base / deal.value_usd
        return party.amount_usd
    if party is not None and party.share is not None and base is not None:
        return party.share * base
    if deal.companies(roles) == [company] and base is not None:
        return base
    raise PartUnknownError(deal.id, company, no_value=base is None)


def flow_part(
    deal: DealView,
    payer: str,
    payee: str,
    payer_roles: frozenset[str],
    payee_roles: frozenset[str],
    base: float | None = None,
) -> float:
    """What `payer` pays `payee` in the deal: the payee's part when the payer is alone on its side,
    else the payer's part when the payee is alone; with several on both sides, unknown."""
    base = deal.value_usd if base is None else base
    if deal.companies(payer_roles) == [payer]:
        return party_part(deal, payee, payee_roles, base)
    if deal.companies(payee_roles) == [payee]:
        return party_part(deal, payer, payer_roles, base)
    raise PartUnknownError(deal.id, payee)


def facility_base(deal: DealView) -> float | None:
    """The amount the lenders' parts are reported against: a facility's commitment."""
    if deal.kind == "credit_facility":
        return deal.committed_usd if deal.committed_usd is not None else deal.value_usd
    return deal.value_usd


class OutstandingUnknownError(Exception):
    def __init__(self, deal_id: str, what: str) -> None:
        super().__init__(f"deal {deal_id}: {what} is not reported; not counted")


def outstanding(deal: DealView) -> float:
    """What is owed on a credit deal: drawn for a facility (never its commitment), else principal."""
    if deal.kind == "credit_facility":
        if deal.drawn_usd is None:
            raise OutstandingUnknownError(deal.id, "the drawn amount of the facility")
        return deal.drawn_usd
    if deal.value_usd is None:
        raise OutstandingUnknownError(deal.id, "the principal (value_usd)")
    return deal.value_usd


def lender_part(deal: DealView, lender: str, borrower: str) -> float:
    """A lender's part of what is outstanding. For a facility, its commitment x drawn / committed:
    syndicated facilities are drawn pro rata across the lenders."""
    owed = outstanding(deal)
    if deal.kind != "credit_facility":
        return flow_part(deal, borrower, lender, BORROWER_ROLES, LENDER_ROLES, owed)
    party = deal.party(lender, LENDER_ROLES)
    committed = facility_base(deal)
    if party is not None and party.amount_usd is not None and committed:
        return party.amount_usd * owed / committed
    if party is not None and party.share is not None:
        return party.share * owed
    if deal.companies(LENDER_ROLES) == [lender]:
        return owed
    raise PartUnknownError(deal.id, lender)


def _year_start(year: int) -> dt.date:
    return dt.date(year, 1, 1)


def _split_by_year(amount: float, start: dt.date, end: dt.date, lo: dt.date) -> dict[int, float]:
    """`amount` spread straight-line over [start, end); the part from `lo` on, by calendar year."""
    days = (end - start).days
    out: dict[int, float] = {}
    cursor = max(start, lo)
    while cursor < end:
        year_end = min(_year_start(cursor.year + 1), end)
        out[cursor.year] = out.get(cursor.year, 0.0) + amount * (year_end - cursor).days / days
        cursor = year_end
    return out


def _year_left(as_of: dt.date) -> float:
    """Share of the calendar year from `as_of` on."""
    start, end = _year_start(as_of.year), _year_start(as_of.year + 1)
    return (end - as_of).days / (end - start).days


def _schedule_ratio(deal: DealView, amount: float) -> float:
    total = deal.value_usd or sum(deal.schedule.values())
    return amount / total if total else 0.0


def remaining_by_year(deal: DealView, amount: float, as_of: dt.date) -> tuple[float, dict[int, float]]:
    """What is still to be paid of `amount` at `as_of`, in total and by calendar year: from the
    reported schedule (the current year pro rata), else straight line from start to end (the
    whole amount before the start). Undated deals count whole with no yearly breakdown."""
    if deal.schedule:
        ratio = _schedule_ratio(deal, amount)
        years = {
            year: value * ratio * (1.0 if year > as_of.year else _year_left(as_of))
            for year, value in deal.schedule.items()
            if year >= as_of.year
        }
        return sum(years.values()), years
    if deal.start is not None and deal.end is not None and deal.end > deal.start:
        years = _split_by_year(amount, deal.start, deal.end, as_of)
        return sum(years.values()), years
    if deal.ended(as_of):
        return 0.0, {}
    return amount, {}


def remaining_fraction(deal: DealView, as_of: dt.date) -> float:
    """Share of a term deal still to run at `as_of`, straight line (1 before the start or undated)."""
    if deal.start is None or deal.end is None or deal.end <= deal.start or as_of <= deal.start:
        return 1.0
    if as_of >= deal.end:
        return 0.0
    return (deal.end - as_of).days / (deal.end - deal.start).days


class RateUnknownError(Exception):
    def __init__(self, deal_id: str) -> None:
        super().__init__(f"deal {deal_id}: no end date or yearly schedule; its receivable is not counted")


def receivable(deal: DealView, amount: float, as_of: dt.date, months: float) -> float:
    """Service delivered but not yet paid at default: `months` of the contract's rate, capped at
    what has been delivered so far; nothing before the start or after the end."""
    if not deal.running(as_of):
        return 0.0
    start = deal.start
    assert start is not None  # running() checked it
    if deal.schedule and as_of.year in deal.schedule:
        ratio = _schedule_ratio(deal, amount)
        monthly = deal.schedule[as_of.year] * ratio / 12
        this_year = deal.schedule[as_of.year] * ratio * (1 - _year_left(max(as_of, start)))
        earlier = sum(v for y, v in deal.schedule.items() if y < as_of.year) * ratio
        delivered = earlier + this_year
    elif deal.end is not None and deal.end > start:
        term_days = (deal.end - start).days
        monthly = amount * DAYS_PER_MONTH / term_days
        delivered = amount * (as_of - start).days / term_days
    else:
        raise RateUnknownError(deal.id)
    return min(months * monthly, delivered)


__all__ = [
    "CREDIT_KINDS",
    "EQUITY_KINDS",
    "TRADE_KINDS",
    "DealView",
    "LinkedDeal",
    "OutstandingUnknownError",
    "PartUnknownError",
    "Party",
    "RateUnknownError",
    "flow_part",
    "lender_part",
    "outstanding",
    "party_part",
    "receivable",
    "remaining_by_year",
    "remaining_fraction",
]
