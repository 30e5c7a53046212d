"""The registry: which models exist, under which label or type, between which labels."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel

from schema import nodes
from schema import relationships as rels

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
}

# Every node label except Source also carries this label: it backs global id uniqueness, ref
# lookup and the GraphQL `Entity` interface.
ENTITY_LABEL = "Entity"
ENTITY_LABELS = tuple(label for label in NODE_MODELS if label != "Source")


@dataclass(frozen=True)
class RelationshipSpec:
    type: str
    model: type[rels.RelationshipBase]
    from_labels: frozenset[str]
    to_labels: frozenset[str]
    description: str
    # Properties that, with the endpoints, identify one relationship (a person may hold two
    # titles at one firm; a firm may be both buyer and guarantor of one deal).
    identity: tuple[str, ...] = field(default=())


def _spec(
    rel_type: str,
    model: type[rels.RelationshipBase],
    from_labels: str,
    to_labels: str,
    description: str,
    identity: tuple[str, ...] = (),
) -> RelationshipSpec:
    return RelationshipSpec(
        rel_type,
        model,
        frozenset(from_labels.split("|")),
        frozenset(to_labels.split("|")),
        description,
        identity,
    )


RELATIONSHIP_SPECS: dict[str, RelationshipSpec] = {
    spec.type: spec
    for spec in (
        _spec("SUPPLIES", rels.Supplies, "Company", "Company",
              "The start supplies a product to the end.", ("product",)),
        _spec("RENTS_FROM", rels.RentsFrom, "Company", "Company",
              "The start rents compute capacity from the end."),
        _spec("OWNS", rels.Owns, "Company", "Company|PowerAsset",
              "The start holds an ownership stake in the end."),
        _spec("DESIGNS", rels.Designs, "Company", "Chip", "The company designs the chip."),
        _spec("FABBED_BY", rels.FabbedBy, "Chip", "Company", "The chip is made by the foundry."),
        _spec("USES_HBM_FROM", rels.UsesHbmFrom, "Chip", "Company",
              "The chip carries high-bandwidth memory from the maker."),
        _spec("PACKAGED_BY", rels.PackagedBy, "Chip", "Company",
              "The chip is packaged (e.g. CoWoS) by the company."),
        _spec("DEPLOYS", rels.Deploys, "Company", "Chip", "The company runs the chip in its fleet."),
        _spec("PARTY_TO", rels.PartyTo, "Company", "Deal",
              "The company is a party to the deal in a role.", ("role",)),
        _spec("COVERS", rels.Covers, "Deal", "Chip|PowerAsset",
              "The deal buys, builds or finances the chip or site."),
        _spec("OPERATES", rels.Operates, "Company", "PowerAsset", "The company operates the site."),
        _spec("TENANT_OF", rels.TenantOf, "Company", "PowerAsset",
              "The company rents capacity at the site."),
        _spec("POWERS", rels.Powers, "PowerAsset", "PowerAsset",
              "The plant feeds power to the site."),
        _spec("SUPPLIES_POWER", rels.SuppliesPower, "Company", "PowerAsset",
              "The utility or energy firm serves the site."),
        _spec("IN_GRID_REGION", rels.InGridRegion, "PowerAsset", "GridRegion",
              "The site is connected to the grid region."),
        _spec("RESTRICTS", rels.Restricts, "Policy", "Chip|Company|Country",
              "The policy restricts the chip, firm or country."),
        _spec("SUBSIDISES", rels.Subsidises, "Policy", "Company|PowerAsset",
              "The policy funds or subsidises the firm or site."),
        _spec("APPLIES_TO", rels.AppliesTo, "Policy", "Country|GridRegion|PowerAsset|Company",
              "The policy applies in or to the place, grid or firm."),
        _spec("ISSUED_BY", rels.IssuedBy, "Policy", "Country", "The country that issued the policy."),
        _spec("RESCINDS", rels.Rescinds, "Policy", "Policy", "The policy rescinds the other."),
        _spec("AMENDS", rels.Amends, "Policy", "Policy", "The policy amends the other."),
        _spec("WORKS_AT", rels.WorksAt, "Person", "Company",
              "The person holds a current role at the firm.", ("title",)),
        _spec("WORKED_AT", rels.WorkedAt, "Person", "Company",
              "The person held a past role at the firm.", ("title",)),
        _spec("FOUNDED", rels.Founded, "Person", "Company", "The person co-founded the firm."),
        _spec("INVESTED_IN", rels.InvestedIn, "Person", "Company", "The person invested in the firm."),
    )
}
