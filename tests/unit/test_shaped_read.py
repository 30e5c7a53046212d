"""The compiled shape of a read: names only from the ontology, values as parameters, and the
answer's keys in the order asked for."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from graph.shaped_read import Constant, Other, Relation, Shape, Value, assembler, compile_shape

DEALS = Relation(
    "PARTY_TO",
    True,
    dt.date(2025, 1, 1),
    (("role", Value("role", "string", False)), ("deal", Other((("id", Value("id", "string", False)),)))),
)
SHAPE = Shape(
    (
        ("zeta", Value("name", "string", False)),
        ("__typename", Constant("Company")),
        ("alpha", Value("revenue_usd", "float", True)),
        ("deals", DEALS),
        ("aliases", Value("aliases", "string_list", True)),
    )
)


def test_values_are_parameters_and_each_property_is_read_once() -> None:
    compiled = compile_shape("n", SHAPE)
    assert "Company" not in compiled.expression  # the constant is a parameter
    assert "Company" in compiled.params.values()
    assert dt.date(2025, 1, 1) in compiled.params.values()
    assert compiled.params["shape_zero"] == 0
    assert compiled.bindings.count("n.`name`") == 1
    assert "n.`name`" not in compiled.expression  # the checks read the bound variable
    assert "ORDER BY" in compiled.expression  # edges in the other node's id order


def test_names_outside_the_ontology_are_refused() -> None:
    with pytest.raises(ValueError, match="not an ontology property"):
        compile_shape("n", Shape((("x", Value("name`}) DETACH DELETE n //", "string", False)),)))
    with pytest.raises(ValueError, match="relationship type"):
        compile_shape("n", Shape((("x", Relation("NOPE", True, None, ())),)))
    with pytest.raises(ValueError, match="output format"):
        compile_shape("n", Shape((("x", Value("name", "json", False)),)))  # type: ignore[arg-type]


def test_the_answer_keeps_the_keys_in_the_order_asked() -> None:
    values = ["TSMC", "Company", 5.0, [["buyer", ["d1"]], ["seller", ["d2"]]], []]
    answer = assembler(SHAPE)(values)
    assert json.dumps(answer) == json.dumps(
        {
            "zeta": "TSMC",
            "__typename": "Company",
            "alpha": 5.0,
            "deals": [{"role": "buyer", "deal": {"id": "d1"}}, {"role": "seller", "deal": {"id": "d2"}}],
            "aliases": [],
        }
    )


def test_keys_are_written_as_literals_whatever_they_hold() -> None:
    odd = Shape((("a'} or __import__('os') or {'", Value("name", "string", False)),))
    assert assembler(odd)(["x"]) == {"a'} or __import__('os') or {'": "x"}
