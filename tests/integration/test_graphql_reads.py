"""How graphql-core's general execution reads nested selections: everything selected below a
relationship comes back in one query, through fragments and aliases, with `asOf` applied, and
below interfaces too. (Plain reads usually take the direct path, tested against this one in
test_direct_execution.py; here it is off.) Expected answers are worked out from the small graph
here."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from tests.conftest import ApiClient, api_client, build_graph, company, deal, make_settings


@pytest.fixture
def api(neo4j_server: object) -> Iterator[ApiClient]:
    yield from api_client(make_settings(direct_execution=False))


@pytest.fixture
def supply(clean_graph: neo4j.Driver, tmp_path: Path) -> neo4j.Driver:
    """alpha buys wafers from charlie (2024 only) and then from bravo; alpha sells compute to
    bravo; alpha owns bravo."""
    contract, parties = deal("d1", "compute_contract", {"alpha": "seller", "bravo": "buyer"}, value_usd=40)
    build_graph(
        clean_graph,
        tmp_path,
        {"Company": [company("alpha", 50), company("bravo", 10), company("charlie", 30)], "Deal": [contract]},
        [
            {
                "type": "SUPPLIES",
                "from": "charlie",
                "to": "alpha",
                "product": "wafers",
                "valid_from": "2024-01-01",
                "valid_to": "2025-01-01",
            },
            {
                "type": "SUPPLIES",
                "from": "bravo",
                "to": "alpha",
                "product": "wafers",
                "valid_from": "2025-01-01",
            },
            {"type": "OWNS", "from": "alpha", "to": "bravo"},
            *parties,
        ],
    )
    return clean_graph


def _post(api: ApiClient, query: str) -> tuple[dict[str, object], int]:
    response = api.post("/graphql", json={"query": query})
    body = response.json()
    assert "errors" not in body, body
    return body["data"], int(response.headers["X-Cypher-Round-Trips"])


def test_three_nested_levels_take_two_queries(supply: neo4j.Driver, api: ApiClient) -> None:
    data, trips = _post(
        api,
        '{ company(ref: "bravo") { deals { role deal { id valueUsd parties { role company { id '
        'suppliers(asOf: "2024-06-01") { product node { id } } } } } } } }',
    )
    assert data == {
        "company": {
            "deals": [
                {
                    "role": "buyer",
                    "deal": {
                        "id": "d1",
                        "valueUsd": 40.0,
                        "parties": [
                            {
                                "role": "seller",
                                "company": {
                                    "id": "alpha",
                                    "suppliers": [{"product": "wafers", "node": {"id": "charlie"}}],
                                },
                            },
                            {"role": "buyer", "company": {"id": "bravo", "suppliers": []}},
                        ],
                    },
                }
            ]
        }
    }
    assert trips == 2  # the ref, then the deals with everything below them


def test_fragments_and_aliases_get_every_field_they_select(supply: neo4j.Driver, api: ApiClient) -> None:
    data, _ = _post(
        api,
        'query { company(ref: "alpha") { ...Supply'
        ' current: suppliers(asOf: "2025-06-01") { node { name } } } }'
        " fragment Supply on Company {"
        " suppliers { product validFrom validTo node { ... on Entity { id } } } }",
    )
    assert data == {
        "company": {
            "suppliers": [
                {"product": "wafers", "validFrom": "2025-01-01", "validTo": None, "node": {"id": "bravo"}},
                {
                    "product": "wafers",
                    "validFrom": "2024-01-01",
                    "validTo": "2025-01-01",
                    "node": {"id": "charlie"},
                },
            ],
            "current": [{"node": {"name": "BRAVO"}}],
        }
    }


def test_relationships_below_an_interface_are_read_too(supply: neo4j.Driver, api: ApiClient) -> None:
    data, _ = _post(
        api,
        '{ company(ref: "alpha") { holdings { node { id label ... on Company { name deals { role } } } } } }',
    )
    assert data == {
        "company": {
            "holdings": [
                {"node": {"id": "bravo", "label": "Company", "name": "BRAVO", "deals": [{"role": "buyer"}]}}
            ]
        }
    }


def test_unselected_properties_are_not_needed(supply: neo4j.Driver, api: ApiClient) -> None:
    """Objects read with a projection answer later fields of the same object (sources, aliases)."""
    data, _ = _post(
        api,
        '{ company(ref: "bravo") { deals { deal { parties { company { aliases sources { id } } } } } } }',
    )
    parties = data["company"]["deals"][0]["deal"]["parties"]  # type: ignore[index]
    assert [party["company"]["aliases"] for party in parties] == [[], []]
    assert all(party["company"]["sources"] for party in parties)
