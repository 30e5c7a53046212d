"""The compiled shape of a read: names only from the ontology, values as parameters, and the
answer's keys in the order asked for."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from graph.shaped_read import (
    Constant,
    Other,
    Relation,
    Shape,
    ShapeMismatchError,
    Value,
    assembler,
    compile_shape,
)

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
    # A value Cypher checks and formats is read once, into a variable the checks read...
    assert compiled.bindings.count("n.`revenue_usd`") == 1
    assert "n.`revenue_usd`" not in compiled.expression
    # ...one the assembler checks comes back as stored.
    assert "n.`name`" in compiled.expression
    assert "n.`name`" not in compiled.bindings
    # Edges end with the other node's id, for the assembler to order them by.
    assert "ORDER BY" not in compiled.expression
    assert ".id]" in compiled.expression


def test_names_outside_the_ontology_are_refused() -> None:
    with pytest.raises(ValueError, match="not an ontology property"):
        compile_shape("n", Shape((("x", Value("name`}) DETACH DELETE n //", "string", False)),)))
    with pytest.raises(ValueError, match="relationship type"):
        compile_shape("n", Shape((("x", Relation("NOPE", True, None, ())),)))
    with pytest.raises(ValueError, match="output format"):
        compile_shape("n", Shape((("x", Value("name", "json", False)),)))  # type: ignore[arg-type]


def test_the_answer_keeps_the_keys_in_the_order_asked() -> None:
    values = ["TSMC", "Company", 5.0, [["buyer", ["d1"], "d1"], ["seller", ["d2"], "d2"]], []]
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


def test_edges_come_in_the_other_nodes_id_order_ties_as_matched() -> None:
    values = [
        "TSMC",
        "Company",
        None,
        [["seller", ["d2"], "d2"], ["buyer", ["d1"], "d1"], ["lender", ["d1"], "d1"]],
        None,
    ]
    deals = assembler(SHAPE)(values)["deals"]
    assert [(edge["role"], edge["deal"]["id"]) for edge in deals] == [
        ("buyer", "d1"),
        ("lender", "d1"),
        ("seller", "d2"),
    ]


@pytest.mark.parametrize(
    ("shape", "values"),
    [
        (Shape((("n", Value("name", "string", False)),)), [None]),  # required and absent
        (Shape((("n", Value("name", "string", True)),)), [7]),  # a number where text belongs
        (Shape((("n", Value("fiscal_year", "int", True)),)), ["2024"]),
        (Shape((("n", Value("fiscal_year", "int", True)),)), [2**31]),  # beyond GraphQL's Int
        (Shape((("n", Value("fiscal_year", "int", True)),)), [True]),  # a bool is no Int here
        (Shape((("n", Value("value_is_upper_bound", "bool", True)),)), [1]),
        (SHAPE, ["TSMC", "Company", None, [[5, ["d1"], "d1"]], None]),  # a misfit inside an edge
    ],
)
def test_a_value_that_does_not_fit_its_format_stops_the_answer(shape: Shape, values: list[object]) -> None:
    with pytest.raises(ShapeMismatchError):
        assembler(shape)(values)


def test_values_that_fit_pass_as_stored() -> None:
    shape = Shape(
        (
            ("a", Value("name", "string", True)),
            ("b", Value("fiscal_year", "int", False)),
            ("c", Value("value_is_upper_bound", "bool", True)),
        )
    )
    assert assembler(shape)([None, -(2**31), False]) == {"a": None, "b": -(2**31), "c": False}
