"""The vertical slice: a tiny file ingested, answered over GraphQL, health reported."""

from __future__ import annotations

import neo4j

from tests.conftest import ApiClient


def test_company_by_ref_answers_from_neo4j(small_graph: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ company(ref: "tsmc") { name customers { node { name } product } } }')
    assert body["data"] == {
        "company": {
            "name": "TSMC",
            "customers": [{"node": {"name": "NVIDIA"}, "product": "wafer fabrication"}],
        }
    }


def test_health_reports_reachable_neo4j(small_graph: neo4j.Driver, api: ApiClient) -> None:
    response = api.get("/health")
    assert response.status_code == 200
    assert response.json()["neo4j"] == "reachable"


def test_refs_by_name_and_alias_case_insensitive(small_graph: neo4j.Driver, api: ApiClient) -> None:
    for ref in ("TSMC", "taiwan semiconductor manufacturing company", "2330.tw"):
        body = api.graphql("query($r: String!) { company(ref: $r) { id } }", {"r": ref})
        assert body["data"] == {"company": {"id": "tsmc"}}, ref


def test_unknown_ref_is_an_error_naming_it(small_graph: neo4j.Driver, api: ApiClient) -> None:
    body = api.graphql('{ company(ref: "Intel Foundry Services") { id } }')
    assert body["data"] is None
    assert "Intel Foundry Services" in body["errors"][0]["message"]  # type: ignore[index]
