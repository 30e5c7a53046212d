"""The registry: which models exist, under which label or type, between which labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from schema import nodes
from schema import relationships as rels
from schema.base import RelationshipBase

NODE_MODELS: dict[str, type[BaseModel]] = {
    "Source": nodes.Source,
    "Company": nodes.Company,
    "Chip": nodes.Chip,
    "Deal": nodes.Deal,
    "PowerAsset": nodes.PowerAsset,
    "Policy": nodes.Policy,
    "Person": nodes.Person,
    "Country": nodes.Country,
    "GridRegion": nodes.GridRegion,
    "FinancialPeriod": nodes.FinancialPeriod,
    "Claim": nodes.Claim,
}

# Every node label except Source also carries this label: it backs global id uniqueness, ref
# lookup and the GraphQL `Entity` interface.
ENTITY_LABEL = "Entity"
ENTITY_LABELS = tuple(label for label in NODE_MODELS if label != "Source")


RelationshipModel = type[RelationshipBase]


@dataclass(frozen=True)
class RelationshipSpec:
    type: str
    model: RelationshipModel
    from_labels: frozenset[str]
    to_labels: frozenset[str]
    description: str
    # Properties that, with the endpoints, identify one relationship (a person may hold two
    # titles at one firm; a firm may be both buyer and guarantor of one deal).
    identity: tuple[str, ...] = field(default=())
    # GraphQL field names: on the start node (outgoing) and on the end node (incoming).
    out_field: str = ""
    in_field: str = ""


def _spec(
    rel_type: str,
    model: type[RelationshipBase],
    from_labels: str,
    to_labels: str,
    description: str,
    identity: tuple[str, ...] = (),
    *,
    out: str,
    into: str,
) -> RelationshipSpec:
    return RelationshipSpec(
        rel_type,
        model,
        frozenset(from_labels.split("|")),
        frozenset(to_labels.split("|")),
        description,
        identity,
        out,
        into,
    )


RELATIONSHIP_SPECS: dict[str, RelationshipSpec] = {
    spec.type: spec
    for spec in (
        _spec(
            "SUPPLIES",
            rels.Supplies,
            "Company",
            "Company",
            "The start supplies a product to the end.",
            ("product",),
            out="customers",
            into="suppliers",
        ),
        _spec(
            "RENTS_FROM",
            rels.RentsFrom,
            "Company",
            "Company",
            "The start rents compute capacity from the end.",
            out="rentsFrom",
            into="renters",
        ),
        _spec(
            "OWNS",
            rels.Owns,
            "Company",
            "Company|PowerAsset",
            "The start holds an ownership stake in the end.",
            out="holdings",
            into="owners",
        ),
        _spec(
            "DESIGNS",
            rels.Designs,
            "Company",
            "Chip",
            "The company designs the chip.",
            out="chips",
            into="designers",
        ),
        _spec(
            "FABBED_BY",
            rels.FabbedBy,
            "Chip",
            "Company",
            "The chip is made by the foundry.",
            out="foundries",
            into="fabricatedChips",
        ),
        _spec(
            "USES_HBM_FROM",
            rels.UsesHbmFrom,
            "Chip",
            "Company",
            "The chip carries high-bandwidth memory from the maker.",
            out="hbmSuppliers",
            into="hbmInChips",
        ),
        _spec(
            "PACKAGED_BY",
            rels.PackagedBy,
            "Chip",
            "Company",
            "The chip is packaged (e.g. CoWoS) by the company.",
            out="packagers",
            into="packagedChips",
        ),
        _spec(
            "DEPLOYS",
            rels.Deploys,
            "Company",
            "Chip",
            "The company runs the chip in its fleet.",
            out="deployedChips",
            into="deployedBy",
        ),
        _spec(
            "PARTY_TO",
            rels.PartyTo,
            "Company",
            "Deal",
            "The company is a party to the deal in a role.",
            ("role",),
            out="deals",
            into="parties",
        ),
        _spec(
            "SUPERSEDES",
            rels.Supersedes,
            "Deal",
            "Deal",
            "The deal (a definitive agreement) replaces the other (a letter of intent or earlier version).",
            out="supersedes",
            into="supersededBy",
        ),
        _spec(
            "PART_OF",
            rels.PartOf,
            "Deal",
            "Deal",
            "The deal is one part (a site, a tranche) of the larger programme.",
            out="partOf",
            into="parts",
        ),
        _spec(
            "SERVES",
            rels.Serves,
            "Deal",
            "Deal",
            "The order, lease or loan was made to serve the customer contract.",
            out="serves",
            into="servedBy",
        ),
        _spec(
            "REPORTED",
            rels.Reported,
            "Company",
            "FinancialPeriod",
            "The company reported the financial period.",
            out="reportedPeriods",
            into="reportedBy",
        ),
        _spec(
            "ABOUT",
            rels.About,
            "Claim",
            "Company|Chip|Deal|PowerAsset|Policy|Person|Country|GridRegion",
            "The claim concerns the entity.",
            out="about",
            into="claims",
        ),
        _spec(
            "MADE_BY",
            rels.MadeBy,
            "Claim",
            "Person|Company",
            "The person or firm made the claim.",
            out="madeBy",
            into="claimsMade",
        ),
        _spec(
            "COVERS",
            rels.Covers,
            "Deal",
            "Chip|PowerAsset",
            "The deal buys, builds or finances the chip or site.",
            out="covers",
            into="coveredByDeals",
        ),
        _spec(
            "OPERATES",
            rels.Operates,
            "Company",
            "PowerAsset",
            "The company operates the site.",
            out="operatedSites",
            into="operators",
        ),
        _spec(
            "TENANT_OF",
            rels.TenantOf,
            "Company",
            "PowerAsset",
            "The company rents capacity at the site.",
            out="tenantSites",
            into="tenants",
        ),
        _spec(
            "POWERS",
            rels.Powers,
            "PowerAsset",
            "PowerAsset",
            "The plant feeds power to the site.",
            out="powers",
            into="poweredBy",
        ),
        _spec(
            "SUPPLIES_POWER",
            rels.SuppliesPower,
            "Company",
            "PowerAsset",
            "The utility or energy firm serves the site.",
            out="poweredSites",
            into="powerSuppliers",
        ),
        _spec(
            "IN_GRID_REGION",
            rels.InGridRegion,
            "PowerAsset",
            "GridRegion",
            "The site is connected to the grid region.",
            out="gridRegions",
            into="sites",
        ),
        _spec(
            "RESTRICTS",
            rels.Restricts,
            "Policy",
            "Chip|Company|Country",
            "The policy restricts the chip, firm or country.",
            out="restricts",
            into="restrictedBy",
        ),
        _spec(
            "SUBSIDISES",
            rels.Subsidises,
            "Policy",
            "Company|PowerAsset",
            "The policy funds or subsidises the firm or site.",
            out="subsidises",
            into="subsidisedBy",
        ),
        _spec(
            "APPLIES_TO",
            rels.AppliesTo,
            "Policy",
            "Country|GridRegion|PowerAsset|Company",
            "The policy applies in or to the place, grid or firm.",
            out="appliesTo",
            into="policiesApplying",
        ),
        _spec(
            "ISSUED_BY",
            rels.IssuedBy,
            "Policy",
            "Country",
            "The country that issued the policy.",
            out="issuedBy",
            into="issuedPolicies",
        ),
        _spec(
            "RESCINDS",
            rels.Rescinds,
            "Policy",
            "Policy",
            "The policy rescinds the other.",
            out="rescinds",
            into="rescindedBy",
        ),
        _spec(
            "AMENDS",
            rels.Amends,
            "Policy",
            "Policy",
            "The policy amends the other.",
            out="amends",
            into="amendedBy",
        ),
        _spec(
            "WORKS_AT",
            rels.WorksAt,
            "Person",
            "Company",
            "The person holds a current role at the firm.",
            ("title",),
            out="currentRoles",
            into="staff",
        ),
        _spec(
            "WORKED_AT",
            rels.WorkedAt,
            "Person",
            "Company",
            "The person held a past role at the firm.",
            ("title",),
            out="pastRoles",
            into="alumni",
        ),
        _spec(
            "FOUNDED",
            rels.Founded,
            "Person",
            "Company",
            "The person co-founded the firm.",
            out="founded",
            into="founders",
        ),
        _spec(
            "INVESTED_IN",
            rels.InvestedIn,
            "Person",
            "Company",
            "The person invested in the firm.",
            out="personalInvestments",
            into="angelInvestors",
        ),
    )
}
