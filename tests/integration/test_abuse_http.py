"""Issue 12, HTTP: bodies, slow and idle connections, production's surface, user mistakes and
mutations with impossible values, each against the real server."""

from __future__ import annotations

import json
import logging
import socket
import time
from collections.abc import Iterator

import httpx
import neo4j
import pytest

from graph.dump import dump_graph
from graph.settings import Settings
from tests.conftest import TEST_BOLT_PORT, ApiClient, api_client, make_settings
from tests.integration.serving import cli_env, serving

KEY = "abuse-key-" + "k" * 24


def _chunks(total: int, size: int = 8192) -> Iterator[bytes]:
    sent = 0
    while sent < total:
        yield b" " * min(size, total - sent)
        sent += size


def test_chunked_bodies_are_counted_as_they_arrive(small_graph: neo4j.Driver, settings: Settings) -> None:
    with serving(settings) as (url, _):
        # No Content-Length: httpx sends a generator as Transfer-Encoding: chunked.
        big = httpx.post(
            f"{url}/graphql",
            content=_chunks(2_000_000),
            headers={"content-type": "application/json"},
            timeout=30,
        )
        assert big.status_code == 413
        query = b'{"query": "{ entity(ref: \\"tsmc\\") { id } }"}'
        small = httpx.post(
            f"{url}/graphql",
            content=iter([query[:10], query[10:]]),
            headers={"content-type": "application/json"},
            timeout=30,
        )
        assert small.status_code == 200, small.text
        assert small.json()["data"]["entity"]["id"] == "tsmc"
        assert httpx.get(f"{url}/health", timeout=30).status_code == 200


def _closed_by_server(connection: socket.socket) -> bool:
    connection.settimeout(30)  # a bound on waiting, not a timing: the server must close it
    try:
        while True:
            data = connection.recv(1024)
            if not data:
                return True
    except TimeoutError:
        return False
    except ConnectionResetError:
        return True


def test_slow_and_idle_connections_are_closed_and_limited(
    small_graph: neo4j.Driver, settings: Settings
) -> None:
    env = {
        **cli_env(settings),
        "COMPUTEGRAPH_HTTP_HEADER_TIMEOUT_S": "2",
        "COMPUTEGRAPH_HTTP_MAX_CONCURRENCY": "6",
    }
    with serving(settings, env=env) as (url, _):
        port = int(url.rsplit(":", 1)[1])
        held = []
        for index in range(6):
            connection = socket.create_connection(("127.0.0.1", port))
            if index % 2:  # half send part of their headers, slowly; half say nothing
                connection.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\n")
            held.append(connection)
        time.sleep(0.3)  # let the server register them (not a timing assertion)
        # Every slot is held: a new request is refused at once instead of queueing.
        assert httpx.get(f"{url}/health", timeout=30).status_code == 503
        assert all(_closed_by_server(connection) for connection in held)
        for connection in held:
            connection.close()
        assert httpx.get(f"{url}/health", timeout=30).status_code == 200


def _production(**overrides: object) -> Settings:
    return make_settings(
        environment="production",
        neo4j_uri=f"bolt://127.0.0.1:{TEST_BOLT_PORT}",
        neo4j_password="x",
        **overrides,
    )


def test_production_hides_openapi_and_field_suggestions_and_keys_cypher() -> None:
    for client in api_client(_production(api_key=KEY)):
        assert client.get("/openapi.json").status_code == 404
        assert client.get("/docs").status_code == 404
        body = client.post("/graphql", json={"query": "{ companys { id } }"}).json()
        assert body["errors"]
        assert "Did you mean" not in str(body)
        # The key is required from loopback too (COMPUTEGRAPH_API_KEY_REQUIRED defaults on).
        assert client.post("/cypher", json={"query": "RETURN 1 AS one"}).status_code == 401
    for client in api_client(make_settings()):
        assert client.get("/openapi.json").status_code == 200  # development keeps them
        body = client.post("/graphql", json={"query": "{ companys { id } }"}).json()
        assert "Did you mean" in str(body)


RISK_WITH_RATE = (
    'query($r: Float!) { riskIfDefault(company: "nvidia", recoveryRate: $r) '
    "{ assumptions { recoveryRate } } }"
)


@pytest.mark.parametrize(
    ("query", "variables", "expected"),
    [
        (
            RISK_WITH_RATE,
            {"r": "high"},
            "Float cannot represent",
        ),
        (
            RISK_WITH_RATE,
            {},
            "to be provided",
        ),
        (
            RISK_WITH_RATE,
            {"r": float("inf")},
            "Float cannot represent",
        ),
        (
            '{ riskIfDefault(company: "nvidia", recoveryRate: 1e999) { assumptions { recoveryRate } } }',
            {},
            "between 0 and 1",
        ),
    ],
)
def test_user_mistakes_are_client_errors_not_internal_ones(
    small_graph: neo4j.Driver,
    api: ApiClient,
    caplog: pytest.LogCaptureFixture,
    query: str,
    variables: dict[str, object],
    expected: str,
) -> None:
    # JSON as a careless client writes it: Python's json allows Infinity, httpx's json= refuses it.
    content = json.dumps({"query": query, "variables": variables})
    with caplog.at_level(logging.ERROR):
        body = api.post("/graphql", content=content, headers={"content-type": "application/json"}).json()
    message = str(body["errors"])
    assert expected in message
    assert "internal error" not in message
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


@pytest.mark.parametrize("text", ["nvidia AND", "AND", "OR", "NOT", "nvidia OR tsmc", "tsmc NOT", "a TO b"])
def test_search_text_with_lucene_operators_is_just_text(
    small_graph: neo4j.Driver, api: ApiClient, caplog: pytest.LogCaptureFixture, text: str
) -> None:
    with caplog.at_level(logging.ERROR):
        body = api.graphql("query($t: String!) { search(text: $t) { entity { id } } }", {"t": text})
    assert "errors" not in body, body
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]


UPSERT = "mutation($label: String!, $record: JSON!) { upsertNode(label: $label, record: $record) { id } }"
UPSERT_SOURCE = "mutation($record: JSON!) { upsertSource(record: $record) { id } }"
PROVENANCE = {"sources": ["src-test-report"], "as_of": "2025-02-01", "confidence": "low"}


@pytest.fixture
def keyed(small_graph: neo4j.Driver) -> Iterator[ApiClient]:
    yield from api_client(make_settings(api_key=KEY))


def _mutate(client: ApiClient, query: str, variables: dict[str, object]) -> dict[str, object]:
    response = client.post(
        "/graphql",
        content=json.dumps({"query": query, "variables": variables}),  # Infinity, NaN as written
        headers={"authorization": f"Bearer {KEY}", "content-type": "application/json"},
    )
    return response.json()  # type: ignore[no-any-return]


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_upsert_refuses_non_finite_numbers(small_graph: neo4j.Driver, keyed: ApiClient, value: float) -> None:
    before = dump_graph(small_graph, "neo4j")
    record = {"id": "tsmc", "name": "TSMC", "roles": ["foundry"], "revenue_usd": value, "fiscal_year": 2024}
    body = _mutate(keyed, UPSERT, {"label": "Company", "record": {**record, **PROVENANCE}})
    assert "finite" in str(body["errors"])
    assert dump_graph(small_graph, "neo4j") == before


def test_upsert_refuses_an_id_another_label_holds(small_graph: neo4j.Driver, keyed: ApiClient) -> None:
    before = dump_graph(small_graph, "neo4j")
    company = {"id": "src-test-report", "name": "Impostor", "roles": ["foundry"], **PROVENANCE}
    body = _mutate(keyed, UPSERT, {"label": "Company", "record": company})
    assert "already names a Source" in str(body["errors"])
    chip = {"id": "nvidia", "name": "Not NVIDIA", "form": "GPU", **PROVENANCE}
    body = _mutate(keyed, UPSERT, {"label": "Chip", "record": chip})
    assert "already names a Company" in str(body["errors"])
    source = {"id": "src-x", "title": "x", "publisher": "p", "date": "2025-01-01"}
    assert "errors" not in _mutate(keyed, UPSERT_SOURCE, {"record": source})
    body = _mutate(keyed, UPSERT, {"label": "Company", "record": {**company, "id": "src-x"}})
    assert "already names a Source" in str(body["errors"])
    after = dump_graph(small_graph, "neo4j")
    assert [node for node in after.nodes if node[1]["id"] != "src-x"] == before.nodes
