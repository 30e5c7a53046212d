"""Test fixtures: one real Neo4j for the session, started here (or reused), never mocked.

Tests use their own server (`.var/neo4j-test`, Bolt 7688, HTTP 7475 unless
COMPUTEGRAPH_TEST_BOLT_PORT / COMPUTEGRAPH_TEST_HTTP_PORT say otherwise) so that running the suite
never touches the graph the main command loaded. NEO4J_URI is ignored here on purpose: the suite
wipes its database between tests.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Awaitable, Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import httpx
import neo4j
import pytest

from graph import local_server
from graph.driver import create_async_driver, create_driver
from graph.settings import PROJECT_ROOT, Settings
from ingest.load import read_and_validate
from ingest.writer import write_graph

T = TypeVar("T")
FIXTURES = Path(__file__).resolve().parent / "fixtures"
DATA = PROJECT_ROOT / "data"
TEST_HOME = PROJECT_ROOT / ".var" / "neo4j-test"
# Overridable so that two working copies can run their suites side by side.
TEST_BOLT_PORT = int(os.environ.get("COMPUTEGRAPH_TEST_BOLT_PORT", "7688"))
TEST_HTTP_PORT = int(os.environ.get("COMPUTEGRAPH_TEST_HTTP_PORT", "7475"))

for variable in ("NEO4J_URI", "NEO4J_USER", "NEO4J_USERNAME", "NEO4J_PASSWORD"):
    os.environ.pop(variable, None)


def make_settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "environment": "test",
        "local_home": TEST_HOME,
        "local_bolt_port": TEST_BOLT_PORT,
        "local_http_port": TEST_HTTP_PORT,
        "local_heap": "768m",
        "local_pagecache": "256m",
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


@pytest.fixture(scope="session")
def settings() -> Settings:
    return make_settings()


@pytest.fixture(scope="session")
def neo4j_server(settings: Settings) -> Iterator[local_server.ServerStatus]:
    """Start the test server once per session (or reuse a running one)."""
    state = local_server.start(settings)
    yield state
    if state.detail.startswith("started"):  # leave a server we merely reused running
        local_server.stop(settings)


@pytest.fixture(scope="session")
def driver(neo4j_server: local_server.ServerStatus, settings: Settings) -> Iterator[neo4j.Driver]:
    with create_driver(settings) as session_driver:
        yield session_driver


def wipe(driver: neo4j.Driver, database: str = "neo4j") -> None:
    with driver.session(database=database) as session:  # IN TRANSACTIONS needs auto-commit
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def load(driver: neo4j.Driver, *paths: Path, replace: bool = False, allow_deletes: int | None = None) -> None:
    graph = read_and_validate(list(paths))
    write_graph(
        driver,
        graph.nodes,
        graph.relationships,
        database="neo4j",
        replace=replace,
        show_progress=False,
        allow_deletes=allow_deletes,
    )


@pytest.fixture
def clean_graph(driver: neo4j.Driver) -> neo4j.Driver:
    """An empty graph for this test."""
    wipe(driver)
    return driver


@pytest.fixture
def small_graph(clean_graph: neo4j.Driver) -> neo4j.Driver:
    load(clean_graph, FIXTURES / "small" / "yaml")
    return clean_graph


@pytest.fixture(scope="module")
def dataset(driver: neo4j.Driver) -> neo4j.Driver:
    """The real dataset, loaded once for a module of read-only tests."""
    wipe(driver)
    load(driver, DATA)
    return driver


class ApiClient:
    """Calls the real ASGI app (with its lifespan and its own driver) over HTTP semantics."""

    def __init__(self, client: httpx.AsyncClient, loop: asyncio.AbstractEventLoop, app: Any) -> None:
        self._client = client
        self._loop = loop
        self.app = app  # the FastAPI app, for tests that look at its state

    def post(self, url: str, **kwargs: object) -> httpx.Response:
        return self._loop.run_until_complete(self._client.post(url, **kwargs))  # type: ignore[arg-type]

    def get(self, url: str, **kwargs: object) -> httpx.Response:
        return self._loop.run_until_complete(self._client.get(url, **kwargs))  # type: ignore[arg-type]

    def graphql(self, query: str, variables: dict[str, object] | None = None) -> dict[str, object]:
        response = self.post("/graphql", json={"query": query, "variables": variables or {}})
        assert response.status_code in (200, 400), response.text
        return response.json()  # type: ignore[no-any-return]


def api_client(
    settings: Settings, client_address: tuple[str, int] = ("127.0.0.1", 123)
) -> Iterator[ApiClient]:
    """The app over ASGI; `client_address` is the peer address the app sees."""
    from api.app import create_app

    loop = asyncio.new_event_loop()
    app = create_app(settings)

    async def open_client() -> tuple[httpx.AsyncClient, object]:
        lifespan = app.router.lifespan_context(app)
        await lifespan.__aenter__()
        transport = httpx.ASGITransport(app=app, client=client_address)
        return httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1"), lifespan

    client, lifespan = loop.run_until_complete(open_client())
    try:
        yield ApiClient(client, loop, app)
    finally:
        loop.run_until_complete(client.aclose())
        loop.run_until_complete(lifespan.__aexit__(None, None, None))  # type: ignore[attr-defined]
        loop.close()


@pytest.fixture
def api(neo4j_server: local_server.ServerStatus, settings: Settings) -> Iterator[ApiClient]:
    yield from api_client(settings)


def ask(settings: Settings, question: Callable[..., Awaitable[T]], *args: object, **kwargs: object) -> T:
    """Run an async question function of graph.questions with its own driver."""

    async def run() -> T:
        async with create_async_driver(settings) as async_driver:
            return await question(async_driver, *args, **kwargs)

    return asyncio.run(run())


TEST_SOURCE = "src-test-case"
PROVENANCE = {"sources": [TEST_SOURCE], "as_of": "2025-01-01", "confidence": "high"}


def build_graph(
    driver: neo4j.Driver,
    tmp_path: Path,
    nodes: dict[str, list[dict[str, object]]],
    relationships: list[dict[str, object]],
) -> None:
    """A small graph built for one test case: provenance is filled in, then loaded for real."""
    import yaml

    document: dict[str, object] = {
        "Source": [{"id": TEST_SOURCE, "title": "Test case", "publisher": "tests", "date": "2025-01-01"}],
    }
    for label, records in nodes.items():
        document[label] = [{**PROVENANCE, **record} for record in records]
    document["relationships"] = [{**PROVENANCE, **rel} for rel in relationships]
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    wipe(driver)
    load(driver, path)


def company(node_id: str, revenue: float | None = None, **extra: object) -> dict[str, object]:
    record: dict[str, object] = {"id": node_id, "name": node_id.upper(), "roles": ["hyperscaler"], **extra}
    if revenue is not None:
        record["revenue_usd"] = revenue
        record["fiscal_year"] = 2024
    return record


def deal(
    deal_id: str, kind: str, parties: dict[str, str], **extra: object
) -> tuple[dict[str, object], list[dict[str, object]]]:
    """A deal record and its PARTY_TO relationships ({company: role})."""
    record = {"id": deal_id, "name": deal_id, "kind": kind, "status": "signed", **extra}
    rels: list[dict[str, object]] = [
        {"type": "PARTY_TO", "from": company_id, "to": deal_id, "role": role}
        for company_id, role in parties.items()
    ]
    return record, rels
