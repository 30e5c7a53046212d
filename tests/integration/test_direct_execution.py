"""Plain reads answered directly from one projected read give exactly what graphql-core's
field-by-field execution gives: data, errors, order, nulls. Each request of the corpus runs
against the real dataset both ways; the direct way must also really be taken (one read)."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

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
]
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


def _answer(api: ApiClient, query: str) -> tuple[dict[str, object], int]:
    response = api.post("/graphql", json={"query": query})
    return response.json(), int(response.headers["X-Cypher-Round-Trips"])


@pytest.mark.parametrize("query", DIRECT)
def test_direct_answers_equal_general_ones(
    dataset: neo4j.Driver, direct_api: ApiClient, general_api: ApiClient, query: str
) -> None:
    direct, direct_trips = _answer(direct_api, query)
    general, _ = _answer(general_api, query)
    assert "errors" not in general, general
    assert direct == general
    roots = len(general["data"])  # type: ignore[arg-type]
    assert direct_trips == roots  # one read per root field: the direct path was taken


@pytest.mark.parametrize("query", GENERAL_ONLY)
def test_other_requests_and_errors_are_the_general_paths(
    dataset: neo4j.Driver, direct_api: ApiClient, general_api: ApiClient, query: str
) -> None:
    assert _answer(direct_api, query)[0] == _answer(general_api, query)[0]
