"""Mutations: off without a key; 401/403 without or with a wrong key; validated by the ontology;
one transaction each; the graph unchanged whenever one is refused."""

from __future__ import annotations

from collections.abc import Iterator

import neo4j
import pytest

from graph.dump import dump_graph
from graph.settings import Settings
from tests.conftest import ApiClient, api_client, make_settings

KEY = "test-key-" + "x" * 24
UPSERT = """mutation($record: JSON!) { upsertNode(label: "Company", record: $record) { id name } }"""
NEW_COMPANY = {
    "id": "new-co",
    "name": "New Co",
    "roles": ["neocloud"],
    "country": "US",
    "sources": ["src-test-report"],
    "as_of": "2025-02-01",
    "confidence": "medium",
}


@pytest.fixture
def keyed_api(small_graph: neo4j.Driver) -> Iterator[ApiClient]:
    yield from api_client(make_settings(api_key=KEY))


def post(
    api: ApiClient, query: str, variables: dict[str, object], key: str | None = None
) -> tuple[int, dict[str, object]]:
    headers = {"authorization": f"Bearer {key}"} if key else {}
    response = api.post("/graphql", json={"query": query, "variables": variables}, headers=headers)
    return response.status_code, response.json()


def test_disabled_without_a_configured_key(small_graph: neo4j.Driver, api: ApiClient) -> None:
    before = dump_graph(small_graph, "neo4j")
    _, body = post(api, UPSERT, {"record": NEW_COMPANY}, key="anything")
    assert "mutations are disabled" in str(body["errors"])
    assert dump_graph(small_graph, "neo4j") == before


@pytest.mark.parametrize(("key", "status"), [(None, 401), ("wrong-key", 403)])
def test_unauthorised_requests_change_nothing(
    small_graph: neo4j.Driver, keyed_api: ApiClient, key: str | None, status: int
) -> None:
    before = dump_graph(small_graph, "neo4j")
    code, body = post(keyed_api, UPSERT, {"record": NEW_COMPANY}, key=key)
    assert code == status
    assert body["errors"]
    assert dump_graph(small_graph, "neo4j") == before


def test_upsert_then_relate_then_delete(small_graph: neo4j.Driver, keyed_api: ApiClient) -> None:
    code, body = post(keyed_api, UPSERT, {"record": NEW_COMPANY}, key=KEY)
    assert code == 200
    assert body == {"data": {"upsertNode": {"id": "new-co", "name": "New Co"}}}
    rel = {
        "type": "RENTS_FROM",
        "from": "nvidia",
        "to": "new-co",
        "product": "GPU cloud",
        "sources": ["src-test-report"],
        "as_of": "2025-02-01",
        "confidence": "low",
    }
    _, body = post(keyed_api, "mutation($r: JSON!) { upsertRelationship(record: $r) }", {"r": rel}, key=KEY)
    assert body == {"data": {"upsertRelationship": True}}
    renters = keyed_api.graphql('{ company(ref: "new co") { renters { node { id } product } } }')
    assert renters["data"] == {"company": {"renters": [{"node": {"id": "nvidia"}, "product": "GPU cloud"}]}}
    _, body = post(keyed_api, 'mutation { deleteNode(id: "new-co") }', {}, key=KEY)
    assert body == {"data": {"deleteNode": True}}
    assert "new-co" not in str(dump_graph(small_graph, "neo4j"))


@pytest.mark.parametrize(
    ("record", "fragment"),
    [
        ({**NEW_COMPANY, "sources": ["src-unknown"]}, "sources not in the graph: src-unknown"),
        ({**NEW_COMPANY, "sources": []}, "sources"),
        ({**NEW_COMPANY, "revenue_usd": -1, "fiscal_year": 2024}, "revenue_usd"),
        ({**NEW_COMPANY, "colour": "red"}, "unknown field"),
        ({**NEW_COMPANY, "id": "nvidia"}, None),  # an update of an existing company is allowed
    ],
)
def test_invalid_records_are_refused(
    small_graph: neo4j.Driver, keyed_api: ApiClient, record: dict[str, object], fragment: str | None
) -> None:
    before = dump_graph(small_graph, "neo4j")
    _, body = post(keyed_api, UPSERT, {"record": record}, key=KEY)
    if fragment is None:
        assert "errors" not in body
        return
    assert fragment in str(body["errors"])
    assert dump_graph(small_graph, "neo4j") == before


def test_relationship_between_wrong_labels_is_refused(
    small_graph: neo4j.Driver, keyed_api: ApiClient
) -> None:
    before = dump_graph(small_graph, "neo4j")
    rel = {
        "type": "FABBED_BY",
        "from": "nvidia",
        "to": "tsmc",
        "sources": ["src-test-report"],
        "as_of": "2025-02-01",
        "confidence": "low",
    }
    _, body = post(keyed_api, "mutation($r: JSON!) { upsertRelationship(record: $r) }", {"r": rel}, key=KEY)
    assert "FABBED_BY cannot have a Company as `from`" in str(body["errors"])
    assert dump_graph(small_graph, "neo4j") == before


def test_api_killed_mid_mutations_leaves_whole_nodes_or_none(
    small_graph: neo4j.Driver, settings: Settings
) -> None:
    """Mutations in flight when the API process is killed (SIGKILL): each node in the graph
    afterwards is whole (every property, its lookup fields and its Entity label) or absent."""
    import asyncio
    import signal
    import subprocess

    import httpx

    from tests.integration.serving import cli_env, serving

    total = 400
    records = [
        {
            **NEW_COMPANY,
            "id": f"killed-{i}",
            "name": f"Killed {i}",
            "revenue_usd": i,
            "fiscal_year": 2024,
            "aliases": [f"K{i}"],
        }
        for i in range(total)
    ]
    acknowledged: list[str] = []

    async def send(url: str, server: subprocess.Popen[str]) -> None:
        async with httpx.AsyncClient(
            base_url=url, timeout=30, headers={"authorization": f"Bearer {KEY}"}
        ) as client:

            async def one(record: dict[str, object]) -> None:
                try:
                    response = await client.post(
                        "/graphql", json={"query": UPSERT, "variables": {"record": record}}
                    )
                    if response.status_code == 200 and "errors" not in response.json():
                        acknowledged.append(str(record["id"]))
                        if len(acknowledged) == 40:
                            server.send_signal(signal.SIGKILL)
                except httpx.TransportError:
                    pass

            semaphore = asyncio.Semaphore(16)

            async def bounded(record: dict[str, object]) -> None:
                async with semaphore:
                    await one(record)

            await asyncio.gather(*(bounded(record) for record in records))

    env = {**cli_env(settings), "COMPUTEGRAPH_API_KEY": KEY}
    with serving(settings, env=env) as (url, server):
        asyncio.run(send(url, server))
    assert 40 <= len(acknowledged) < total  # the kill landed mid-stream
    stored = {
        r["id"]: r
        for r in small_graph.execute_query(
            "MATCH (n:Company) WHERE n.id STARTS WITH 'killed-' "
            "RETURN n.id AS id, properties(n) AS props, n:Entity AS entity"
        ).records
    }
    assert set(acknowledged) <= set(stored)  # what was acknowledged was committed
    for node_id, record in stored.items():
        index = int(node_id.split("-")[1])
        props = record["props"]
        assert record["entity"], node_id
        assert props["name"] == f"Killed {index}"
        assert props["revenue_usd"] == index
        assert props["aliases"] == [f"K{index}"]
        assert f"k{index}" in props["ref_keys"]
