"""Node types of the ontology. Units are in the field names (`_usd`, `_mw`, `_w`, `_gb`)."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Self

from pydantic import AnyHttpUrl, Field, model_validator

from schema.base import (
    CountryCode,
    NodeBase,
    NonNegative,
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
        None, ge=1990, le=2100, description="Fiscal year the financial figures belong to."
    )

    @model_validator(mode="after")
    def _financials_have_a_period(self) -> Self:
        if self.fiscal_year is None and any(getattr(self, name) is not None for name in FINANCIAL_FIELDS):
            raise ValueError("financial figures need fiscal_year (the period they belong to)")
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
    tdp_w: NonNegative | None = Field(None, description="Board/module power, watts.")
    launch_year: int | None = Field(None, ge=1990, le=2100)
    status: ChipStatus | None = None


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
    capacity_gw: NonNegative | None = Field(None, description="Power capacity covered, GW.")
    announced: dt.date | None = None
    start: dt.date | None = None
    end: dt.date | None = None
    status: DealStatus
    terms: str | None = Field(None, description="What is bought, conditions, LOI or definitive.")

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"end {self.end} is before start {self.start}")
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
    effective: dt.date | None = None
    rescinded: dt.date | None = None
    summary: str | None = None

    @model_validator(mode="after")
    def _dates_in_order(self) -> Self:
        if self.effective and self.rescinded and self.rescinded < self.effective:
            raise ValueError(f"rescinded {self.rescinded} is before effective {self.effective}")
        return self


class Person(NodeBase):
    """A founder, executive or researcher; roles and moves are relationships."""


class Country(NodeBase):
    iso2: CountryCode


class GridRegion(NodeBase):
    operator: str | None = Field(None, description="System operator, e.g. ERCOT.")
    country: CountryCode | None = None
