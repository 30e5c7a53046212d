"""The bench's synthetic graphs: reproducible, valid by the project's own rules, and with the
dataset's relationship mix when made denser."""

from __future__ import annotations

from collections import Counter

from bench.synthetic import generate, load_template, validate_records
from ingest.records import NodeRecord, RelationshipRecord


def _mix(types: list[str]) -> dict[str, float]:
    counts = Counter(types)
    return {name: count / len(types) for name, count in counts.items()}


def test_same_seed_same_graph_and_every_record_valid() -> None:
    first, second = generate(3), generate(3)
    assert [n.id for n in first.nodes] == [n.id for n in second.nodes]
    assert [(r.type, r.from_id, r.to_id) for r in first.relationships] == [
        (r.type, r.from_id, r.to_id) for r in second.relationships
    ]
    assert validate_records(first) == first.rows


def test_density_adds_relationships_in_the_same_mix() -> None:
    template = load_template()
    plain, dense = generate(4, template=template), generate(4, template=template, density=2.5)
    assert len(dense.nodes) == len(plain.nodes)
    # Copy 0 stays the dataset verbatim, so the other 3 of 4 copies carry the extra 1.5x: 2.125x,
    # less the few draws that would duplicate a relationship.
    assert 1.95 < len(dense.relationships) / len(plain.relationships) <= 2.125
    plain_mix, dense_mix = (
        _mix([r.type for r in plain.relationships]),
        _mix([r.type for r in dense.relationships]),
    )
    for rel_type, share in plain_mix.items():
        assert abs(dense_mix.get(rel_type, 0) - share) < 0.02, rel_type
    assert validate_records(dense) == dense.rows


def test_the_money_model_is_cloned_with_the_rest() -> None:
    """Party amounts, SERVES links and financial periods reach every copy, so the bench times
    the risk model on graphs that exercise it."""
    template = load_template()
    graph = generate(3, template=template)

    def money_facts(nodes: list[NodeRecord], rels: list[RelationshipRecord]) -> tuple[int, ...]:
        return (
            sum(1 for n in nodes if n.label == "FinancialPeriod"),
            sum(1 for r in rels if r.type == "PARTY_TO" and r.properties.get("amount_usd") is not None),
            sum(1 for r in rels if r.type == "SERVES"),
            sum(1 for r in rels if r.type == "REPORTED"),
        )

    periods, amounts, serves, reported = money_facts(template.nodes, template.relationships)
    assert min(periods, amounts, serves, reported) > 0  # the dataset carries the money model
    got_periods, *got_rels = money_facts(graph.nodes, graph.relationships)
    assert got_periods == 3 * periods
    for got, each in zip(got_rels, (amounts, serves, reported), strict=True):
        assert 3 * each - graph.skipped <= got <= 3 * each  # a rewired duplicate may be skipped
