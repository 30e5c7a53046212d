"""Plain reads answered directly from one compiled read give exactly what graphql-core's
field-by-field execution gives: data, errors, key order, nulls, number formats (the response
bodies are compared byte for byte). Each request of the corpus runs against the real dataset
both ways; the direct way must also really be taken (one read). Stored values that do not fit
their GraphQL type are written into the graph to check that the direct way then hands the
request to the general one."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

import neo4j
import pytest

from graph import list_queries
from graph.settings import Settings
from tests.conftest import ApiClient, api_client, make_settings

DIRECT = [
    '{ company(ref: "tsmc") { id name label __typename revenueUsd fiscalYear aliases roles asOf '
    "confidence } }",
    '{ c: company(ref: "Nvidia") { name deals { role deal { id name kind valueUsd status announced '
    "parties { role company { id name country } } } } } }",
    '{ company(ref: "oracle") { deals(asOf: "2024-01-01") { role validFrom deal { id } } } }',
    '{ company(ref: "coreweave") { customers { __typename share node { id } company { name } } } }',
    '{ chip(ref: "h100") { id name tdpW foundries { processNode node { id name } } '
    "hbmSuppliers { node { id } } designers { node { id chips { node { id } } } } } }",
    "{ chips(first: 7) { totalCount pageInfo { hasNextPage endCursor __typename } "
    "edges { cursor __typename node { id name form foundries { node { id } } } } } }",
    "{ companies(first: 5, sort: REVENUE_USD, direction: DESC) { nodes { id revenueUsd } "
    "edges { cursor node { id revenueUsd } } } }",
    "{ deals(first: 3, sort: ANNOUNCED) { nodes { id announced parties { role } } } "
    "powerAssets(first: 2) { nodes { id name capacityMw } } }",
    "{ people(first: 4) { totalCount nodes { id name } } }",
    "{ countries(first: 0) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }",
    # The typical requests of bench/graphql_overhead.py.
    "{ chips(first: 100) { totalCount pageInfo { hasNextPage endCursor } "
    "edges { cursor node { id name form foundries { processNode node { id name } } } } } }",
    "{ chips(first: 50) { nodes { id name "
    "designers { node { id name suppliers { product node { id name } } } } } } }",
    # Aliases (a relationship twice), constants, dates, lists, booleans, edge properties.
    '{ company(ref: "Microsoft") { a: deals { role } b: deals(asOf: "2025-06-01") { deal { id announced '
    "valueIsUpperBound } } __typename label aliases } }",
    "{ deals(first: 5, sort: VALUE_USD, direction: DESC, after: null) { edges { node { id valueUsd "
    "parties { amountUsd share validTo company { id } } } } } }",
]
# With variables: (query, variables); cursors as the API issues them, to read on from there.
PAGE_ON = "{ edges { cursor node { id } } pageInfo { endCursor hasNextPage } }"
DIRECT_WITH_VARIABLES = [
    (
        f"query ($after: String) {{ chips(first: 3, after: $after) {PAGE_ON} }}",
        {"after": list_queries.cursor("id", "h100", "h100")},
    ),
    (
        "query ($after: String) { "
        f"deals(first: 4, sort: ANNOUNCED, direction: DESC, after: $after) {PAGE_ON} }}",
        {"after": list_queries.cursor("announced", dt.date(2025, 1, 1), "m")},
    ),
    (
        "query ($ref: String!) { company(ref: $ref) { id name revenueUsd "
        "deals { role deal { id name kind valueUsd status parties { role company { id name } } } } } }",
        {"ref": "nvidia"},
    ),
    (
        "query ($n: Int!, $after: String) { "
        "chips(first: $n, after: $after) { edges { cursor node { id } } } }",
        {"n": 3, "after": None},
    ),
]
DIRECT_CASES = [(query, None) for query in DIRECT] + DIRECT_WITH_VARIABLES
GENERAL_ONLY = [
    '{ company(ref: "no such firm") { name } }',
    '{ company(ref: "tsmc") { sources { id } } }',
    '{ company(ref: "tsmc") { ... on Company { name } } }',
    "{ chips(first: 100000) { nodes { id } } }",
    '{ chips(first: 2, after: "garbage") { nodes { id } } }',
    '{ companies(first: 2, where: { country: { eq: "US" } }) { nodes { id } } }',
    '{ company(ref: "tsmc") { name @include(if: false) id } }',
]


@pytest.fixture(scope="module")
def general_api(neo4j_server: object) -> Iterator[ApiClient]:
    yield from api_client(make_settings(direct_execution=False))


@pytest.fixture(scope="module")
def direct_api(neo4j_server: object, settings: Settings) -> Iterator[ApiClient]:
    assert settings.direct_execution
    yield from api_client(settings)


def _answer(api: ApiClient, query: str, variables: dict[str, Any] | None = None) -> tuple[bytes, int]:
    # One request id for both ways: a masked error's message names it.
    response = api.post(
        "/graphql", json={"query": query, "variables": variables or {}}, headers={"X-Request-Id": "same"}
    )
    return response.content, int(response.headers["X-Cypher-Round-Trips"])


@pytest.mark.parametrize(("query", "variables"), DIRECT_CASES)
def test_direct_answers_equal_general_ones(
    dataset: neo4j.Driver,
    direct_api: ApiClient,
    general_api: ApiClient,
    query: str,
    variables: dict[str, Any] | None,
) -> None:
    direct, direct_trips = _answer(direct_api, query, variables)
    general, _ = _answer(general_api, query, variables)
    assert b'"errors"' not in general, general
    assert direct == general  # the same bytes: values, key order, number formats
    roots = len(json.loads(general)["data"])
    assert direct_trips == roots  # one read per root field: the direct path was taken


@pytest.mark.parametrize("query", GENERAL_ONLY)
def test_other_requests_and_errors_are_the_general_paths(
    dataset: neo4j.Driver, direct_api: ApiClient, general_api: ApiClient, query: str
) -> None:
    assert _answer(direct_api, query)[0] == _answer(general_api, query)[0]


# Stored values the direct read cannot pass on as they are (property, value written, whether the
# request is handed to the general path, which then answers as it does: with an error, or a value
# its coercion makes, e.g. "2024" -> 2024); a float stored as an integer is formatted (5.0) directly.
MISFITS = [
    ("fiscal_year", "2024", True),  # Int stored as text
    ("fiscal_year", 2**40, True),  # beyond GraphQL's 32-bit Int
    ("name", None, True),  # a required property absent
    ("ticker", 2330, True),  # an optional String stored as a number
    ("as_of", "2024-01-01", True),  # Date stored as text
    ("aliases", [1, 2], True),  # [String!] holding numbers
    ("revenue_usd", "lots", True),  # Float stored as text
    ("revenue_usd", 5, False),  # Float stored as an integer: answered directly, as 5.0
]
# One root field each: with two, the general path's errors come in the order its reads finish.
MISFIT_QUERIES = [
    '{ company(ref: "tsmc") { id name ticker fiscalYear asOf aliases revenueUsd } }',
    # A page that holds tsmc however many companies the dataset has: the one after id "tsm".
    f'{{ companies(first: 50, after: "{list_queries.cursor("id", "tsm", "tsm")}") '
    "{ nodes { id name ticker fiscalYear asOf aliases revenueUsd } } }",
]


@pytest.mark.parametrize(("prop", "value", "handed_on"), MISFITS)
def test_stored_values_that_do_not_fit_go_the_general_way(
    dataset: neo4j.Driver,
    direct_api: ApiClient,
    general_api: ApiClient,
    prop: str,
    value: object,
    handed_on: bool,
) -> None:
    saved = _tsmc_properties(dataset)
    dataset.execute_query(f"MATCH (c:Company {{id: 'tsmc'}}) SET c.`{prop}` = $value", value=value)
    try:
        answers = [(_answer(direct_api, query), _answer(general_api, query)) for query in MISFIT_QUERIES]
    finally:
        dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c = $saved", saved=saved)
    for (direct, direct_trips), (general, _) in answers:
        assert direct == general
        assert (direct_trips > 1) == handed_on  # one read, unless handed on


def _tsmc_properties(dataset: neo4j.Driver) -> dict[str, Any]:
    found = dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) RETURN properties(c) AS p").records
    return dict(found[0]["p"])


def _response(api: ApiClient, body: bytes) -> tuple[int, str, bytes]:
    response = api.post(
        "/graphql", content=body, headers={"Content-Type": "application/json", "X-Request-Id": "same"}
    )
    return response.status_code, response.headers["content-type"], response.content


@pytest.mark.parametrize(("query", "variables"), DIRECT_CASES)
def test_a_repeated_body_is_answered_from_its_prepared_plan_as_the_general_path_answers(
    dataset: neo4j.Driver,
    direct_api: ApiClient,
    general_api: ApiClient,
    query: str,
    variables: dict[str, Any] | None,
) -> None:
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    plans = direct_api.app.state.prepared_plans
    first = _response(direct_api, body)
    hits = plans.hits
    again = [_response(direct_api, body) for _ in range(2)]
    assert plans.hits == hits + 2  # the repeats skipped parse, validation and the framework
    general = _response(general_api, body)
    assert general[0] == 200
    assert first == general
    assert again == [general, general]


@pytest.mark.parametrize("query", GENERAL_ONLY)
def test_requests_the_direct_way_cannot_take_are_never_prepared(
    dataset: neo4j.Driver, direct_api: ApiClient, general_api: ApiClient, query: str
) -> None:
    body = json.dumps({"query": query}).encode()
    plans = direct_api.app.state.prepared_plans
    hits = plans.hits
    answers = [_response(direct_api, body) for _ in range(2)]
    assert plans.hits == hits
    assert answers == [_response(general_api, body)] * 2


def test_a_prepared_plan_reads_the_data_as_it_is_now(dataset: neo4j.Driver, direct_api: ApiClient) -> None:
    """A plan keeps what to read, never what was read: a write shows in the next answer."""
    body = json.dumps({"query": '{ company(ref: "tsmc") { name } }'}).encode()
    _response(direct_api, body)
    saved = _tsmc_properties(dataset)
    dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c.name = 'TSMC renamed'")
    try:
        status, _, content = _response(direct_api, body)
    finally:
        dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c = $saved", saved=saved)
    assert status == 200
    assert json.loads(content) == {"data": {"company": {"name": "TSMC renamed"}}}


def test_a_prepared_plan_whose_run_needs_the_general_path_is_handed_on(
    dataset: neo4j.Driver, direct_api: ApiClient, general_api: ApiClient
) -> None:
    """A value that stops fitting after the plan was kept: the general path answers (an error)."""
    body = json.dumps({"query": '{ company(ref: "tsmc") { id fiscalYear } }'}).encode()
    _response(direct_api, body)
    saved = _tsmc_properties(dataset)
    dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c.fiscal_year = 'x'")
    try:
        direct, general = _response(direct_api, body), _response(general_api, body)
    finally:
        dataset.execute_query("MATCH (c:Company {id: 'tsmc'}) SET c = $saved", saved=saved)
    assert b'"errors"' in direct[2]
    assert direct == general
