"""Bad input over HTTP: schema-driven fuzzing, Cypher-injection strings through every string
argument of every root field, and malformed requests. No 5xx, no stack traces, nothing written."""

from __future__ import annotations

from typing import Any

import neo4j
import pytest
from graphql import GraphQLNonNull, GraphQLScalarType, build_schema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_graphql import from_schema, nodes

from api.graphql.schema import sdl
from graph.dump import dump_graph
from tests.conftest import ApiClient

SDL = sdl()
CUSTOM_SCALARS = {
    "Date": st.dates().map(lambda day: nodes.String(day.isoformat())),
    "JSON": st.one_of(st.text(max_size=20).map(nodes.String), st.just(nodes.Null)),
}
INJECTIONS = [
    "' OR 1=1 //",
    "tsmc'}) DETACH DELETE n //",
    'x") MATCH (n) DETACH DELETE n RETURN 1 //',
    "`) CALL db.createLabel('Hacked') //",
    "1' UNION MATCH (n) RETURN n //",
    "$ids",
    "\\u0027; LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l //",
    "{id: 'x'}",
    "*",
    'AND:OR~ "\\',
]


def _string_arguments() -> list[tuple[str, str, dict[str, str]]]:
    """(field, argument, other required string arguments) for every string argument."""
    schema = build_schema(SDL)
    found = []
    assert schema.query_type is not None
    for field_name, field in schema.query_type.fields.items():
        required = {name: "tsmc" for name, arg in field.args.items() if isinstance(arg.type, GraphQLNonNull)}
        for name, arg in field.args.items():
            inner = arg.type.of_type if isinstance(arg.type, GraphQLNonNull) else arg.type
            if isinstance(inner, GraphQLScalarType) and inner.name == "String":
                found.append((field_name, name, required))
    return found


STRING_ARGUMENTS = _string_arguments()


def _selection(field: str) -> str:
    schema = build_schema(SDL)
    assert schema.query_type is not None
    field_type = schema.query_type.fields[field].type
    while hasattr(field_type, "of_type"):
        field_type = field_type.of_type
    return "" if isinstance(field_type, GraphQLScalarType) else " { __typename }"


def test_every_string_argument_is_covered() -> None:
    fields = {field for field, _, _ in STRING_ARGUMENTS}
    assert {
        "company",
        "entity",
        "dependents",
        "riskIfDefault",
        "moneyCycles",
        "search",
        "cypher",
        "talentFlows",
        "policyReach",
    } <= fields


def test_injection_strings_through_every_string_argument(small_graph: neo4j.Driver, api: ApiClient) -> None:
    before = dump_graph(small_graph, "neo4j")
    for field, argument, required in STRING_ARGUMENTS:
        for attack in INJECTIONS:
            arguments: dict[str, Any] = {**required, argument: attack}
            declared = ", ".join(f"${name}: String!" for name in arguments)
            passed = ", ".join(f"{name}: ${name}" for name in arguments)
            query = f"query({declared}) {{ {field}({passed}){_selection(field)} }}"
            response = api.post("/graphql", json={"query": query, "variables": arguments})
            assert response.status_code < 500, (field, argument, attack, response.text)
            assert "Traceback" not in response.text
    assert dump_graph(small_graph, "neo4j") == before


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=from_schema(SDL, custom_scalars=CUSTOM_SCALARS))
def test_schema_driven_fuzzing(small_graph_session: tuple[neo4j.Driver, ApiClient], query: str) -> None:
    _driver, api = small_graph_session
    response = api.post("/graphql", json={"query": query})
    assert response.status_code < 500, (query, response.text)
    assert "Traceback" not in response.text
    body = response.json()
    for error in body.get("errors") or []:
        assert "internal error" not in error["message"], (query, error)


@pytest.fixture
def small_graph_session(small_graph: neo4j.Driver, api: ApiClient) -> tuple[neo4j.Driver, ApiClient]:
    return small_graph, api


@pytest.mark.parametrize(
    ("body", "headers", "status"),
    [
        (b"\xff\xfe not utf-8 {", {"content-type": "application/json"}, 400),
        (b'{"query": "{ __typename }"}', {"content-type": "text/plain"}, 400),
        (b"", {"content-type": "application/json"}, 400),
        (
            b"[" + b'{"query": "{ __typename }"},' * 50 + b'{"query": "{ __typename }"}]',
            {"content-type": "application/json"},
            400,
        ),
        (
            b'{"query": "{ search(text: \\"' + b"a" * 200_000 + b'\\") { score } }"}',
            {"content-type": "application/json"},
            413,
        ),
    ],
)
def test_malformed_requests_are_refused(
    small_graph: neo4j.Driver, api: ApiClient, body: bytes, headers: dict[str, str], status: int
) -> None:
    response = api.post("/graphql", content=body, headers=headers)
    assert response.status_code == status, response.text
    assert api.get("/health").status_code == 200
