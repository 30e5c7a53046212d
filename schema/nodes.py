"""Node types of the ontology. Units are in the field names (`_usd`, `_mw`, `_w`, `_gb`)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Self

from pydantic import AnyHttpUrl, Field, model_validator

from schema.base import (
    CountryCode,
    CurrencyCode,
    NodeBase,
    NonNegative,
    ScheduleEntry,
    Share,
    SourceId,
    StrictModel,
)


class DatePrecision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


class Source(StrictModel):
    """A publication that facts cite by id. It is provenance itself, so it cites nothing."""

    id: SourceId
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    date: dt.date = Field(description="Publication date.")
    date_precision: DatePrecision = Field(
        DatePrecision.DAY, description="How much of `date` is known: day, month or year."
    )
    url: AnyHttpUrl | None = Field(None, description="Exact address; omitted when not known.")


class CompanyRole(StrEnum):
    CHIP_DESIGNER = "chip_designer"
    FOUNDRY = "foundry"
    MEMORY = "memory"
    EQUIPMENT = "equipment"
    PACKAGING = "packaging"
    NETWORKING = "networking"
    SERVER_OEM = "server_oem"
    POWER_EQUIPMENT = "power_equipment"
    COOLING = "cooling"
    HYPERSCALER = "hyperscaler"
    NEOCLOUD = "neocloud"
    MODEL_LAB = "model_lab"
    APPLICATION = "application"
    UTILITY = "utility"
    ENERGY = "energy"
    DATACENTER_DEVELOPER = "datacenter_developer"
    INVESTOR = "investor"
    LENDER = "lender"
    GOVERNMENT_FUND = "government_fund"
    RESEARCH = "research"


FINANCIAL_FIELDS = (
    "revenue_usd",
    "capex_usd",
    "debt_usd",
    "backlog_usd",
    "gross_margin",
    "top_customer_share",
)


class Company(NodeBase):
    roles: list[CompanyRole] = Field(min_length=1, description="What the firm does in the chain.")
    country: CountryCode | None = Field(None, description="Headquarters, ISO 3166-1 alpha-2.")
    ticker: str | None = None
    founded_year: int | None = Field(None, ge=1800, le=2100)
    revenue_usd: NonNegative | None = Field(None, description="Annual revenue, US dollars.")
    capex_usd: NonNegative | None = Field(None, description="Annual capital expenditure, USD.")
    debt_usd: NonNegative | None = Field(None, description="Total debt, US dollars.")
    backlog_usd: NonNegative | None = Field(
        None, description="Backlog or remaining performance obligations, US dollars."
    )
    gross_margin: Share | None = Field(None, description="Gross margin as a fraction (0-1).")
    top_customer_share: Share | None = Field(
        None, description="Share of revenue from the largest customer (0-1)."
    )
    fiscal_year: int | None = Field(
        None, ge=1990, le=2100, description="Fiscal year the headline financial figures belong to."
    )
    revenue_run_rate_usd: NonNegative | None = Field(
        None,
        description="Annualised revenue run rate a private firm reported, US dollars; never revenue.",
    )
    revenue_run_rate_date: dt.date | None = Field(None, description="Date the run rate was reported for.")

    @model_validator(mode="after")
    def _financials_have_a_period(self) -> Self:
        if self.fiscal_year is None and any(getattr(self, name) is not None for name in FINANCIAL_FIELDS):
            raise ValueError("financial figures need fiscal_year (the period they belong to)")
        if (self.revenue_run_rate_usd is None) != (self.revenue_run_rate_date is None):
            raise ValueError("revenue_run_rate_usd and revenue_run_rate_date go together")
        return self


class PeriodKind(StrEnum):
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    NINE_MONTHS = "nine_months"
    FISCAL_YEAR = "fiscal_year"


class FinancialPeriod(NodeBase):
    """One reported period of a company: flows over the period, balances at its end.

    Linked `(:Company)-[:REPORTED]->(:FinancialPeriod)`; cites the filing or results release, and
    `as_of` is the date it was published. Figures are in US dollars as reported (for a non-USD
    filer, converted at `usd_per_unit`, said in `notes`)."""

    period: PeriodKind = Field(description="Length of the period: quarter, half_year, fiscal_year.")
    fiscal_label: str = Field(min_length=1, description="The company's own label, e.g. 'FY2026 Q1'.")
    period_end: dt.date = Field(description="Last day of the period.")
    revenue_usd: NonNegative | None = Field(None, description="Revenue over the period, USD.")
    operating_cash_flow_usd: float | None = Field(
        None, description="Operating cash flow over the period, USD."
    )
    capex_usd: NonNegative | None = Field(None, description="Capital expenditure over the period, USD.")
    cash_usd: NonNegative | None = Field(None, description="Cash and equivalents at period end, USD.")
    total_debt_usd: NonNegative | None = Field(
        None, description="Borrowings, current and long-term, at period end, USD."
    )
    lease_liabilities_usd: NonNegative | None = Field(
        None, description="Lease liabilities at period end, USD."
    )
    equity_usd: float | None = Field(None, description="Book equity at period end, USD (may be negative).")
    rpo_usd: NonNegative | None = Field(
        None, description="Remaining performance obligations or contracted backlog at period end, USD."
    )
    reported_currency: CurrencyCode | None = Field(None, description="ISO 4217 currency of the filing.")
    usd_per_unit: NonNegative | None = Field(None, description="Rate used to convert a non-USD filing.")
    notes: str | None = Field(None, description="What a reader needs to read the figures right.")

    @model_validator(mode="after")
    def _conversion_is_stated(self) -> Self:
        if self.reported_currency not in (None, "USD") and self.usd_per_unit is None:
            raise ValueError(f"figures reported in {self.reported_currency} need usd_per_unit")
        return self


class ClaimKind(StrEnum):
    FORECAST = "forecast"
    OPINION = "opinion"
    THESIS = "thesis"
    GUIDANCE = "guidance"


class Claim(NodeBase):
    """A forecast, opinion, thesis or guidance attributed to a speaker, `ABOUT` what it concerns,
    so a view sits beside the facts it can be checked against."""

    kind: ClaimKind
    text: str = Field(min_length=1, description="The claim, as said or closely paraphrased.")
    speaker: str = Field(min_length=1, description="Who said it (also MADE_BY when a node).")
    date: dt.date = Field(description="When it was said.")
    metric: str | None = Field(
        None, description="The figure a guidance or forecast concerns, e.g. capex_usd."
    )
    value_usd: float | None = Field(None, description="Point figure of the claim, USD.")
    low_usd: float | None = Field(None, description="Low end of a range, USD.")
    high_usd: float | None = Field(None, description="High end of a range, USD.")
    period_label: str | None = Field(None, description="Period the figure is for, e.g. 'FY2026'.")

    @model_validator(mode="after")
    def _range_in_order(self) -> Self:
        if self.low_usd is not None and self.high_usd is not None and self.high_usd < self.low_usd:
            raise ValueError(f"high_usd {self.high_usd} is below low_usd {self.low_usd}")
        return self


class ChipForm(StrEnum):
    GPU = "GPU"
    TPU = "TPU"
    ASIC = "ASIC"
    LPU = "LPU"
    CPU = "CPU"


class ChipStatus(StrEnum):
    ANNOUNCED = "announced"
    SHIPPING = "shipping"
    DISCONTINUED = "discontinued"


class Chip(NodeBase):
    form: ChipForm
    process_node: str | None = Field(None, description="Process node, e.g. 'TSMC 4NP'.")
    memory_gb: NonNegative | None = Field(None, description="On-package memory, GB.")
    memory_type: str | None = Field(None, description="e.g. HBM3E.")
    memory_bandwidth_tbps: NonNegative | None = Field(None, description="Memory bandwidth, TB/s.")
    bf16_tflops: NonNegative | None = Field(None, description="Dense BF16 throughput, TFLOPS.")
    fp8_tflops: NonNegative | None = Field(None, description="Dense FP8 throughput, TFLOPS.")
    bf16_supported: bool | None = Field(
        None, description="False for a chip without BF16 arithmetic, so an empty bf16_tflops is not a gap."
    )
    fp8_supported: bool | None = Field(
        None, description="False for a chip without FP8 arithmetic, so an empty fp8_tflops is not a gap."
    )
    tdp_w: NonNegative | None = Field(None, description="Board/module power, watts.")
    launch_year: int | None = Field(None, ge=1990, le=2100)
    status: ChipStatus | None = None

    @model_validator(mode="after")
    def _figures_need_their_arithmetic(self) -> Self:
        if self.fp8_supported is False and self.fp8_tflops is not None:
            raise ValueError("fp8_tflops given for a chip marked fp8_supported: false")
        if self.bf16_supported is False and self.bf16_tflops is not None:
            raise ValueError("bf16_tflops given for a chip marked bf16_supported: false")
        return self


class DealKind(StrEnum):
    COMPUTE_CONTRACT = "compute_contract"
    CHIP_PURCHASE = "chip_purchase"
    EQUITY_INVESTMENT = "equity_investment"
    LOAN = "loan"
    BOND = "bond"
    LEASE = "lease"
    POWER_PURCHASE = "power_purchase"
    JOINT_VENTURE = "joint_venture"
    ACQUISITION = "acquisition"
    SUPPLY_AGREEMENT = "supply_agreement"
    PARTNERSHIP = "partnership"
    LICENSE = "license"
    CREDIT_FACILITY = "credit_facility"
    WARRANT = "warrant"


class DealStatus(StrEnum):
    ANNOUNCED = "announced"
    SIGNED = "signed"
    ACTIVE = "active"
    COMPLETED = "completed"
    CANCELLED = "cancelled"


class Deal(NodeBase):
    kind: DealKind
    value_usd: NonNegative | None = Field(None, description="Headline value, US dollars.")
    value_is_upper_bound: bool = Field(False, description="True for 'up to' figures.")
    value_undisclosed: bool = Field(
        False, description="True when reporting says the value was not disclosed; value_usd stays empty."
    )
    capacity_gw: NonNegative | None = Field(None, description="Power capacity covered, GW.")
    announced: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    status: DealStatus
    terms: str | None = Field(None, description="What is bought, conditions, LOI or definitive.")
    committed_usd: NonNegative | None = Field(None, description="Size of a credit facility, USD.")
    drawn_usd: NonNegative | None = Field(
        None, description="Drawn and outstanding under a facility as of as_of, USD; only this is owed."
    )
    interest_rate: Share | None = Field(None, description="Coupon or interest rate as a fraction.")
    schedule: list[ScheduleEntry] = Field(
        default_factory=list,
        description="Reported yearly amounts as 'YEAR:USD' (e.g. '2027:30000000000'); else straight line.",
    )

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
        if (
            self.committed_usd is not None
            and self.drawn_usd is not None
            and self.drawn_usd > self.committed_usd
        ):
            raise ValueError(f"drawn_usd {self.drawn_usd} exceeds committed_usd {self.committed_usd}")
        if self.value_undisclosed and self.value_usd is not None:
            raise ValueError("value_undisclosed is true but value_usd is given")
        years = [int(entry.split(":")[0]) for entry in self.schedule]
        if years != sorted(set(years)):
            raise ValueError("schedule years must be unique and in ascending order")
        return self


class PowerAssetKind(StrEnum):
    DATACENTER = "datacenter"
    POWER_PLANT = "power_plant"
    SUBSTATION = "substation"


class Fuel(StrEnum):
    GAS = "gas"
    COMBINED_CYCLE_GAS = "combined_cycle_gas"
    NUCLEAR = "nuclear"
    SMR = "smr"
    SOLAR = "solar"
    WIND = "wind"
    HYDRO = "hydro"
    COAL = "coal"
    GEOTHERMAL = "geothermal"
    GRID = "grid"
    MIXED = "mixed"
    STORAGE = "storage"


class AssetStatus(StrEnum):
    PLANNED = "planned"
    UNDER_CONSTRUCTION = "under_construction"
    OPERATING = "operating"
    CANCELLED = "cancelled"
    RETIRED = "retired"


class PowerAsset(NodeBase):
    kind: PowerAssetKind
    capacity_mw: NonNegative | None = Field(None, description="Planned full capacity, MW.")
    operating_mw: NonNegative | None = Field(None, description="In service as of as_of, MW.")
    operating_mw_date: dt.date | None = Field(None, description="Date the operating MW was reported for.")
    location: str | None = Field(None, description="City and state or region.")
    country: CountryCode | None = None
    fuel: Fuel | None = None
    status: AssetStatus | None = None
    online_year: int | None = Field(None, ge=1900, le=2100)


class PolicyKind(StrEnum):
    EXPORT_CONTROL = "export_control"
    SUBSIDY = "subsidy"
    STATE_FUND = "state_fund"
    GRID_RULE = "grid_rule"
    TAX = "tax"
    REGULATION = "regulation"
    PURCHASE_RESTRICTION = "purchase_restriction"
    PERMITTING = "permitting"


class Policy(NodeBase):
    kind: PolicyKind
    jurisdiction: CountryCode
    issued_by: str | None = Field(None, description="Issuing body, e.g. 'US Commerce BIS'.")
    effective: dt.date | None = Field(None, description="Date the policy takes effect.")
    suspended: dt.date | None = Field(None, description="Date enforcement was suspended or paused.")
    suspended_until: dt.date | None = Field(
        None, description="Date the suspension was announced to end (later extensions need a new record)."
    )
    rescinded: dt.date | None = Field(None, description="Date the policy was rescinded.")
    summary: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        for name in ("suspended", "rescinded"):
            later = getattr(self, name)
            if self.effective and later and later < self.effective:
                raise ValueError(f"{name} {later} is before effective {self.effective}")
        if self.suspended_until and (self.suspended is None or self.suspended_until <= self.suspended):
            raise ValueError("suspended_until needs a suspended date before it")
        return self


class Person(NodeBase):
    """A founder, executive or researcher; roles and moves are relationships."""


class Country(NodeBase):
    iso2: CountryCode


class GridRegion(NodeBase):
    operator: str | None = Field(None, description="System operator, e.g. ERCOT.")
    country: CountryCode | None = None
