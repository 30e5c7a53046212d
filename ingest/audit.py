"""Coverage audit: what the dataset still lacks for the money, power and chip questions.

Runs over plain records, so the same checks read a data folder (validated files) or the loaded
graph (a dump). It never fails a run: it reports totals, floors and the worst offenders, so a
curator knows where to work next.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graph.dump import GraphDump
from ingest.validate import ValidatedGraph

# Deal kinds whose parties pay or are paid: each party's own amount matters to the money questions.
MONEY_KINDS = frozenset(
    {
        "compute_contract",
        "chip_purchase",
        "equity_investment",
        "loan",
        "bond",
        "credit_facility",
        "lease",
        "power_purchase",
        "supply_agreement",
        "acquisition",
    }
)
# Roles that carry no amount of their own (they arrange, back or partner).
NON_MONEY_ROLES = frozenset({"partner", "arranger", "underwriter", "guarantor"})
ACCELERATOR_FORMS = frozenset({"GPU", "TPU", "ASIC", "LPU"})
CHIP_SPECS = ("memory_gb", "memory_bandwidth_tbps", "tdp_w", "bf16_tflops", "fp8_tflops")
# A throughput the chip cannot have (no such arithmetic, per its maker's precision list) is no gap.
NOT_SUPPORTED_FLAGS = {"bf16_tflops": "bf16_supported", "fp8_tflops": "fp8_supported"}
# The dataset's floors (issue 14): what a user of the money, power and talent questions needs.
FLOORS = {"Company": 400, "Deal": 300, "datacenter sites": 100, "Chip": 80, "Person": 250}
SOURCES_WITH_URL_FLOOR = 0.60
DEALS_WITH_VALUE_FLOOR = 0.85
ACCELERATORS_WITH_SPECS_FLOOR = 0.90
RECENT_PERIOD_DAYS = 365


@dataclass
class Finding:
    key: str  # stable name for scripts and tests
    title: str
    items: list[str] = field(default_factory=list)


@dataclass
class AuditReport:
    cutoff: dt.date
    counts: dict[str, int]
    shares: dict[str, tuple[int, int, float]]  # name -> (have, of, floor share)
    findings: list[Finding]

    def lines(self, worst: int = 10) -> list[str]:
        out = [f"coverage audit (cut-off {self.cutoff}: the newest source in the data unless given)"]
        out.append("floors:")
        for name, least in FLOORS.items():
            count = self.counts.get(name, 0)
            out.append(f"  {name:<24}{count:>6} / {least:<6}{'ok' if count >= least else 'BELOW'}")
        for name, (have, total, floor) in self.shares.items():
            share = have / total if total else 0.0
            status = "ok" if share >= floor else "BELOW"
            out.append(f"  {name:<24}{have:>6} / {total:<6}{share:>5.0%} (floor {floor:.0%}) {status}")
        out.append("missing:")
        for finding in self.findings:
            out.append(f"  {finding.title}: {len(finding.items)}")
            out.extend(f"    - {item}" for item in finding.items[:worst])
            if len(finding.items) > worst:
                out.append(f"    ... and {len(finding.items) - worst} more")
        return out


Node = tuple[str, dict[str, Any]]
Edge = tuple[str, str, str, dict[str, Any]]


def from_validated(graph: ValidatedGraph) -> GraphDump:
    """The validated records in the shape of a graph dump, so one audit reads both."""
    return GraphDump(
        nodes=[(n.label, n.properties) for n in graph.nodes],
        relationships=[(r.type, r.from_id, r.to_id, r.properties) for r in graph.relationships],
    )


def audit(dump: GraphDump, cutoff: dt.date | None = None) -> AuditReport:
    by_label: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, props in dump.nodes:
        by_label[label].append(props)
    sources = by_label["Source"]
    cutoff = cutoff or max((s["date"] for s in sources), default=dt.date.today())
    deals = {d["id"]: d for d in by_label["Deal"]}
    parties: dict[str, list[tuple[str, dict[str, Any]]]] = defaultdict(list)
    links: set[frozenset[str]] = set()
    covers: dict[str, set[str]] = defaultdict(set)
    reported: dict[str, list[dict[str, Any]]] = defaultdict(list)
    hbm: set[str] = set()
    periods = {p["id"]: p for p in by_label["FinancialPeriod"]}
    for rel_type, start, end, props in dump.relationships:
        if rel_type == "PARTY_TO":
            parties[end].append((start, props))
        elif rel_type in ("SUPERSEDES", "PART_OF"):
            links.add(frozenset((start, end)))
        elif rel_type == "REPORTED" and end in periods:
            reported[start].append(periods[end])
        elif rel_type == "USES_HBM_FROM":
            hbm.add(start)
        elif rel_type == "COVERS":
            covers[start].add(end)
    sites = [a for a in by_label["PowerAsset"] if a.get("kind") == "datacenter"]
    accelerators = sorted(
        (chip for chip in by_label["Chip"] if chip.get("form") in ACCELERATOR_FORMS), key=lambda c: c["id"]
    )
    missing_specs = {chip["id"]: _missing_specs(chip) for chip in accelerators}
    counts = {label: len(by_label[label]) for label in ("Company", "Deal", "Chip", "Person")}
    counts["datacenter sites"] = len(sites)
    shares = {
        "sources with url": (sum(1 for s in sources if s.get("url")), len(sources), SOURCES_WITH_URL_FLOOR),
        "deals with USD value": (
            sum(1 for d in deals.values() if d.get("value_usd") is not None),
            len(deals),
            DEALS_WITH_VALUE_FLOOR,
        ),
        "accelerators with specs": (
            sum(1 for missing in missing_specs.values() if not missing),
            len(accelerators),
            ACCELERATORS_WITH_SPECS_FLOOR,
        ),
    }
    companies = {c["id"]: c for c in by_label["Company"]}
    findings = [
        Finding(
            "unsplit_deals",
            "multi-party money deals without every party's amount",
            _unsplit_deals(deals, parties),
        ),
        Finding(
            "stale_financials",
            f"listed firms with money deals and no financial period in the {RECENT_PERIOD_DAYS} days "
            "before the cut-off",
            _stale_financials(_money_firms(deals, parties), companies, reported, cutoff),
        ),
        Finding(
            "periods_without_capital",
            f"listed firms with money deals whose periods of the {RECENT_PERIOD_DAYS} days before the "
            "cut-off carry no book equity or no cash (the risk questions cannot stress them)",
            _periods_without_capital(_money_firms(deals, parties), companies, reported, cutoff),
        ),
        Finding(
            "deals_without_value",
            "deals with neither a USD value nor value_undisclosed",
            sorted(
                i for i, d in deals.items() if d.get("value_usd") is None and not d.get("value_undisclosed")
            ),
        ),
        Finding(
            "sites_without_mw",
            "data-center sites without MW",
            [a["id"] for a in sites if a.get("capacity_mw") is None],
        ),
        Finding(
            "ambiguous_refs",
            "names or aliases that name two records of one label (a ref to them cannot resolve)",
            _ambiguous_refs(dump.nodes),
        ),
        Finding(
            "sources_without_url", "sources without url", sorted(s["id"] for s in sources if not s.get("url"))
        ),
        Finding(
            "sources_after_cutoff",
            "sources dated after the cut-off",
            sorted(s["id"] for s in sources if s["date"] > cutoff),
        ),
        Finding(
            "overlapping_deals",
            "overlapping deals without a SUPERSEDES/PART_OF link",
            _overlaps(deals, parties, links, covers),
        ),
        Finding(
            "thin_chips",
            "accelerators without memory, bandwidth, TDP, BF16 or FP8",
            [f"{chip_id} ({', '.join(missing)})" for chip_id, missing in missing_specs.items() if missing],
        ),
        Finding(
            "chips_without_hbm_suppliers",
            "accelerators with HBM and no HBM supplier",
            [
                chip["id"]
                for chip in accelerators
                if "HBM" in str(chip.get("memory_type") or "").upper() and chip["id"] not in hbm
            ],
        ),
    ]
    return AuditReport(cutoff, counts, shares, findings)


def _money_parties(props_list: Iterable[tuple[str, dict[str, Any]]]) -> list[tuple[str, dict[str, Any]]]:
    return [(c, p) for c, p in props_list if p.get("role") not in NON_MONEY_ROLES]


def _unsplit_deals(
    deals: dict[str, dict[str, Any]], parties: dict[str, list[tuple[str, dict[str, Any]]]]
) -> list[str]:
    found = []
    for deal_id, deal in sorted(deals.items()):
        if deal.get("kind") not in MONEY_KINDS:
            continue
        by_role: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for _, props in _money_parties(parties[deal_id]):
            by_role[props["role"]].append(props)
        shared = [
            role
            for role, edges in by_role.items()
            if len(edges) > 1 and any(e.get("amount_usd") is None and e.get("share") is None for e in edges)
        ]
        if shared:
            found.append(f"{deal_id} ({', '.join(sorted(shared))})")
    return found


def _money_firms(
    deals: dict[str, dict[str, Any]], parties: dict[str, list[tuple[str, dict[str, Any]]]]
) -> list[str]:
    """Listed or not, every firm that pays or is owed under a money deal."""
    return sorted(
        {
            company
            for deal_id, deal in deals.items()
            if deal.get("kind") in MONEY_KINDS
            for company, _ in _money_parties(parties[deal_id])
        }
    )


def _recent_periods(
    reported: dict[str, list[dict[str, Any]]], company_id: str, cutoff: dt.date
) -> list[dict[str, Any]]:
    since = cutoff - dt.timedelta(days=RECENT_PERIOD_DAYS)
    return [p for p in reported.get(company_id, []) if p["period_end"] >= since]


def _stale_financials(
    money_firms: list[str],
    companies: dict[str, dict[str, Any]],
    reported: dict[str, list[dict[str, Any]]],
    cutoff: dt.date,
) -> list[str]:
    stale = []
    for company_id in money_firms:
        if not companies.get(company_id, {}).get("ticker"):
            continue  # private firms report run rates, not periods
        if not _recent_periods(reported, company_id, cutoff):
            latest = max((p["period_end"] for p in reported.get(company_id, [])), default=None)
            stale.append(f"{company_id} (latest period {latest or 'none'})")
    return stale


def _periods_without_capital(
    money_firms: list[str],
    companies: dict[str, dict[str, Any]],
    reported: dict[str, list[dict[str, Any]]],
    cutoff: dt.date,
) -> list[str]:
    """Firms with recent periods none of which gives book equity (or cash): stress stays unknown."""
    found = []
    for company_id in money_firms:
        recent = _recent_periods(reported, company_id, cutoff)
        if not companies.get(company_id, {}).get("ticker") or not recent:
            continue  # no recent period at all is the stale-financials finding
        lacking = [field for field in ("equity_usd", "cash_usd") if all(p.get(field) is None for p in recent)]
        if lacking:
            found.append(f"{company_id} ({', '.join(lacking)})")
    return found


def _overlaps(
    deals: dict[str, dict[str, Any]],
    parties: dict[str, list[tuple[str, dict[str, Any]]]],
    links: set[frozenset[str]],
    covers: dict[str, set[str]],
) -> list[str]:
    """Deals with the same parties, kind and capacity (or value), covering the same sites (or
    none): likely one deal twice. The same tenant leasing two named campuses is two deals."""
    groups: dict[tuple[Any, ...], list[str]] = defaultdict(list)
    for deal_id, deal in deals.items():
        size = deal.get("capacity_gw") or deal.get("value_usd")
        if size is None:
            continue
        firms = frozenset(c for c, _ in parties[deal_id])
        groups[(deal.get("kind"), firms, size, frozenset(covers[deal_id]))].append(deal_id)
    found = []
    for ids in groups.values():
        ids.sort()
        for i, first in enumerate(ids):
            for second in ids[i + 1 :]:
                if frozenset((first, second)) not in links:
                    found.append(f"{first} ~ {second}")
    return sorted(found)


def _ambiguous_refs(nodes: Iterable[tuple[str, dict[str, Any]]]) -> list[str]:
    named: dict[tuple[str, str], set[str]] = defaultdict(set)
    for label, props in nodes:
        for ref in (props.get("name"), *(props.get("aliases") or ())):
            if ref:
                named[(label, str(ref).strip().casefold())].add(props["id"])
    return sorted(
        f"{label} {ref!r}: {', '.join(sorted(ids))}" for (label, ref), ids in named.items() if len(ids) > 1
    )


def _missing_specs(chip: dict[str, Any]) -> list[str]:
    return [
        spec
        for spec in CHIP_SPECS
        if chip.get(spec) is None and chip.get(NOT_SUPPORTED_FLAGS.get(spec, "")) is not False
    ]
