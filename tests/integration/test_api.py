"""The GraphQL API over HTTP against the real server and a small graph built for the case."""

from __future__ import annotations

from pathlib import Path

import neo4j
import pytest

from api.graphql.schema import sdl
from api.playground import example_queries
from graph.settings import PROJECT_ROOT
from tests.conftest import TEST_BOLT_PORT, ApiClient, api_client, build_graph, company, deal, make_settings


@pytest.fixture
def market(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """Seven firms with revenues (one unknown), two chips, two deals."""
    firms = [
        company("alpha", 50, country="US", aliases=["Alpha Inc", "Shared"]),
        company("bravo", 10, country="US", aliases=["Shared"]),
        company("charlie", 30, country="TW"),
        company("delta", 30, country="KR"),
        company("echo", 70, country="US"),
        company("foxtrot", None, country="CN"),
        company("golf", 5, country="US", roles=["model_lab"]),
    ]
    first, first_rels = deal(
        "d1", "compute_contract", {"golf": "buyer", "alpha": "seller"}, value_usd=100, announced="2025-03-01"
    )
    second, second_rels = deal(
        "d2",
        "equity_investment",
        {"echo": "investor", "golf": "investee"},
        value_usd=20,
        announced="2025-06-01",
    )
    build_graph(
        clean_graph,
        tmp_path,
        {
            "Company": firms,
            "Chip": [
                {"id": "c1", "name": "C1", "form": "GPU", "tdp_w": 700},
                {"id": "c2", "name": "C2", "form": "ASIC", "tdp_w": 400},
            ],
            "Deal": [first, second],
        },
        [
            {"type": "FABBED_BY", "from": "c1", "to": "charlie"},
            {"type": "FABBED_BY", "from": "c2", "to": "delta"},
            {"type": "DESIGNS", "from": "alpha", "to": "c1"},
            {"type": "SUPPLIES", "from": "charlie", "to": "alpha", "product": "wafers"},
            *first_rels,
            *second_rels,
        ],
    )
    return clean_graph


def ids(api: ApiClient, where: str, extra: str = "") -> list[str]:
    body = api.graphql(f"{{ companies(where: {where} {extra}) {{ nodes {{ id }} }} }}")
    assert "errors" not in body, body
    return [node["id"] for node in body["data"]["companies"]["nodes"]]  # type: ignore[index]


@pytest.mark.parametrize(
    ("where", "expected"),
    [
        ('{country: {eq: "US"}}', ["alpha", "bravo", "echo", "golf"]),
        ('{country: {in: ["TW", "KR"]}}', ["charlie", "delta"]),
        ('{name: {contains: "HAR"}}', ["charlie"]),
        ('{name: {startsWith: "d"}}', ["delta"]),
        ("{revenueUsd: {gt: 30}}", ["alpha", "echo"]),
        ("{revenueUsd: {gte: 30, lt: 70}}", ["alpha", "charlie", "delta"]),
        ("{revenueUsd: {lte: 10}}", ["bravo", "golf"]),
        ("{revenueUsd: {isNull: true}}", ["foxtrot"]),
        ('{roles: {includes: "model_lab"}}', ["golf"]),
        ('{OR: [{country: {eq: "TW"}}, {country: {eq: "KR"}}]}', ["charlie", "delta"]),
        ('{AND: [{country: {eq: "US"}}, {NOT: {revenueUsd: {gt: 20}}}]}', ["bravo", "golf"]),
        ('{customers: "alpha"}', ["charlie"]),
        ('{deals: "d1"}', ["alpha", "golf"]),
        ('{dealWith: "golf"}', ["alpha", "echo"]),
        ('{dealWith: "Alpha Inc"}', ["golf"]),
    ],
)
def test_filters(market: neo4j.Driver, api: ApiClient, where: str, expected: list[str]) -> None:
    assert ids(api, where) == expected


def test_relationship_filter_on_chips(market: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ chips(where: {foundries: "Charlie"}) { nodes { id foundries { node { id } } } } }')
    assert body["data"] == {"chips": {"nodes": [{"id": "c1", "foundries": [{"node": {"id": "charlie"}}]}]}}


def test_sort_is_stable_with_nulls_last(market: neo4j.Driver, api: ApiClient) -> None:
    assert ids(api, "{}", "sort: REVENUE_USD, direction: DESC") == [
        "echo",
        "alpha",
        "charlie",
        "delta",
        "bravo",
        "golf",
        "foxtrot",
    ]
    assert ids(api, "{}", "sort: REVENUE_USD") == [
        "golf",
        "bravo",
        "charlie",
        "delta",
        "alpha",
        "echo",
        "foxtrot",
    ]


@pytest.mark.parametrize("sort", ["ID", "REVENUE_USD", "COUNTRY"])
def test_pages_have_no_gaps_or_repeats(market: neo4j.Driver, api: ApiClient, sort: str) -> None:
    everything = ids(api, "{}", f"sort: {sort}, direction: DESC")
    seen: list[str] = []
    after = None
    for _ in range(10):
        cursor = f', after: "{after}"' if after else ""
        body = api.graphql(
            f"{{ companies(sort: {sort}, direction: DESC, first: 2{cursor}) "
            "{ totalCount pageInfo { hasNextPage endCursor } nodes { id } } }"
        )
        page = body["data"]["companies"]  # type: ignore[index]
        assert page["totalCount"] == 7
        seen += [node["id"] for node in page["nodes"]]
        if not page["pageInfo"]["hasNextPage"]:
            break
        after = page["pageInfo"]["endCursor"]
    assert seen == everything


def test_bad_cursor_is_a_clear_error(market: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ companies(after: "garbage") { nodes { id } } }')
    assert "invalid cursor" in body["errors"][0]["message"]  # type: ignore[index]


def test_nested_relationships_and_provenance(market: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ deal(ref: "d1") { parties { role company { id } sources { id } asOf } } }')
    parties = body["data"]["deal"]["parties"]  # type: ignore[index]
    assert sorted((p["role"], p["company"]["id"]) for p in parties) == [
        ("buyer", "golf"),
        ("seller", "alpha"),
    ]
    assert parties[0]["sources"] == [{"id": "src-test-case"}]


def test_ambiguous_alias_lists_candidates(market: neo4j.Driver, api: ApiClient) -> None:
    message = api.graphql('{ company(ref: "shared") { id } }')["errors"][0]["message"]  # type: ignore[index]
    assert "ambiguous" in message
    assert "alpha (Company)" in message
    assert "bravo (Company)" in message


def test_entity_interface_and_search(market: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql(
        '{ entity(ref: "c1") { id label ... on Chip { tdpW } } search(text: "alph") { entity { id } } }'
    )
    assert body["data"]["entity"] == {"id": "c1", "label": "Chip", "tdpW": 700.0}  # type: ignore[index]
    assert body["data"]["search"][0]["entity"]["id"] == "alpha"  # type: ignore[index]


def test_aggregate_by_group(market: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql(
        "{ companiesAggregate(field: REVENUE_USD, groupBy: COUNTRY) { group count counted sum } }"
    )
    rows = {row["group"]: row for row in body["data"]["companiesAggregate"]}  # type: ignore[index]
    assert rows["US"] == {"group": "US", "count": 4, "counted": 4, "sum": 135.0}
    assert rows["CN"]["counted"] == 0


def test_round_trips_do_not_grow_with_items(market: neo4j.Driver, api: ApiClient) -> None:
    query = (
        "{ companies(first: %d, sort: ID) { nodes { id customers { node { id } } "
        "deals { deal { parties { company { id } } } } } } }"
    )
    trips = []
    for first in (1, 7):
        response = api.post("/graphql", json={"query": query % first})
        assert "errors" not in response.json()
        trips.append(int(response.headers["X-Cypher-Round-Trips"]))
    assert trips[0] == trips[1]
    assert trips[1] <= 6


def test_get_requests_serve_queries(market: neo4j.Driver, api: ApiClient) -> None:
    response = api.get("/graphql", params={"query": '{ company(ref: "alpha") { name } }'})
    assert response.json() == {"data": {"company": {"name": "ALPHA"}}}
    playground = api.get("/graphql", headers={"accept": "text/html"})
    assert "graphiql" in playground.text.lower()
    assert "riskIfDefault" in playground.text


@pytest.mark.parametrize(
    ("query", "fragment"),
    [
        ("{ " + 'a: company(ref: "x") { id } ' * 40 + "}", "aliases"),
        (
            '{ company(ref: "alpha") { '
            + "deals { deal { parties { company { " * 3
            + "id"
            + " } } } }" * 3
            + " } }",
            "exceeds maximum operation depth",
        ),
        (
            "{ companies(first: 500) { nodes { deals { deal { parties { company { deals { deal { name }"
            " } } } } } } } }",
            "query cost",
        ),
        ("{ companies(first: 1000) { nodes { id } } }", "first must be between 0 and 500"),
        ("{ " + " ".join(f"f{i}: __typename" for i in range(1500)) + " }", "token"),
    ],
)
def test_limits_are_refused_with_their_value(
    market: neo4j.Driver, api: ApiClient, query: str, fragment: str
) -> None:
    body = api.graphql(query)
    assert fragment in str(body["errors"]), body  # type: ignore[index]


def test_sdl_is_committed_and_current() -> None:
    committed = (PROJECT_ROOT / "schema.graphql").read_text()
    assert committed == sdl(), "run `computegraph schema graphql > schema.graphql`"


def test_json_schema_is_committed_and_current() -> None:
    from schema.derived import json_schema_text

    assert (PROJECT_ROOT / "schema" / "data-file.schema.json").read_text() == json_schema_text()


def test_production_profile_hides_introspection_and_graphiql(market: neo4j.Driver) -> None:
    settings = make_settings(
        environment="production", neo4j_uri=f"bolt://127.0.0.1:{TEST_BOLT_PORT}", neo4j_password="x"
    )
    assert not settings.graphiql_enabled
    assert not settings.introspection_enabled


def test_example_queries_run_on_the_dataset(dataset: neo4j.Driver) -> None:
    for client in api_client(make_settings()):
        for name, text in example_queries().items():
            body = client.graphql(text)
            assert "errors" not in body, (name, body)
            assert all(value for value in body["data"].values()), name  # type: ignore[union-attr]


def test_rate_limit_per_client(market: neo4j.Driver) -> None:
    for client in api_client(make_settings(rate_limit_per_minute=3)):
        codes = [client.get("/health").status_code for _ in range(5)]
        assert codes == [200, 200, 200, 429, 429]


def test_production_profile_limits_rate_by_default() -> None:
    settings = make_settings(
        environment="production", neo4j_uri=f"bolt://127.0.0.1:{TEST_BOLT_PORT}", neo4j_password="x"
    )
    assert settings.requests_per_minute == 600
    assert make_settings().requests_per_minute is None


def test_app_mounts_under_a_prefix(market: neo4j.Driver) -> None:
    import asyncio

    import httpx
    from fastapi import FastAPI

    from api.app import create_app

    parent = FastAPI()
    parent.mount("/graph", create_app(make_settings()))

    async def ask() -> httpx.Response:
        transport = httpx.ASGITransport(app=parent)
        async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
            return await client.post("/graph/graphql", json={"query": '{ company(ref: "alpha") { name } }'})

    response = asyncio.run(ask())
    assert response.json() == {"data": {"company": {"name": "ALPHA"}}}


def test_cors_allow_list(market: neo4j.Driver) -> None:
    for client in api_client(make_settings(cors_origins=["https://app.example"])):
        allowed = client.get("/health", headers={"origin": "https://app.example"})
        assert allowed.headers["access-control-allow-origin"] == "https://app.example"
        other = client.get("/health", headers={"origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers
