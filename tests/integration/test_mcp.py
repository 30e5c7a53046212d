"""The MCP server driven by the SDK's own client: over stdio (`computegraph mcp` spawned as an
agent's client would) and over streamable HTTP (`computegraph serve`, then /mcp), on the real
dataset. A write through the `cypher` tool is refused and the graph is unchanged."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from contextlib import asynccontextmanager
from typing import Any, TypeVar

import neo4j
import pytest
from mcp import ClientSession, StdioServerParameters
from mcp.client.stdio import stdio_client
from mcp.client.streamable_http import streamable_http_client

from graph.dump import dump_graph
from graph.settings import Settings
from tests.conftest import ApiClient, api_client, make_settings
from tests.integration.serving import CLI, cli_env, serving

T = TypeVar("T")
QUESTION_TOOLS = {
    "dependents",
    "suppliers",
    "riskIfDefault",
    "exposures",
    "riskRanking",
    "moneyCycles",
    "capacity",
    "accelerators",
    "policyReach",
    "talentFlows",
    "founders",
    "claims",
    "changes",
}


@asynccontextmanager
async def stdio_session(settings: Settings) -> AsyncIterator[ClientSession]:
    params = StdioServerParameters(command=CLI, args=["mcp"], env=cli_env(settings))
    async with stdio_client(params) as (read, write), ClientSession(read, write) as session:
        await session.initialize()
        yield session


@asynccontextmanager
async def http_session(url: str) -> AsyncIterator[ClientSession]:
    async with (
        streamable_http_client(f"{url}/mcp") as (read, write, _),
        ClientSession(read, write) as session,
    ):
        await session.initialize()
        yield session


@pytest.fixture(scope="module")
def served(dataset: neo4j.Driver, settings: Settings) -> Iterator[str]:
    with serving(settings) as (url, _):
        yield url


def with_session(
    transport: str, settings: Settings, url: str, work: Callable[[ClientSession], Awaitable[T]]
) -> T:
    async def run() -> T:
        opened = stdio_session(settings) if transport == "stdio" else http_session(url)
        async with opened as session:
            return await work(session)

    return asyncio.run(run())


TRANSPORTS = ["stdio", "http"]


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_tools_answer_with_structure_and_sources(
    transport: str, served: str, settings: Settings, dataset: neo4j.Driver
) -> None:
    async def work(session: ClientSession) -> dict[str, Any]:
        tools = {tool.name: tool for tool in (await session.list_tools()).tools}
        risk = await session.call_tool("riskIfDefault", {"company": "OpenAI", "asOf": "2025-12-01"})
        needing = await session.call_tool("dependents", {"supplier": "tsmc", "maxDepth": 2})
        return {"tools": tools, "risk": risk, "dependents": needing}

    found = with_session(transport, settings, served, work)
    tools = found["tools"]
    assert QUESTION_TOOLS | {"search", "entity", "cypher", "describeOntology"} <= set(tools)
    schema = tools["riskIfDefault"].inputSchema
    assert schema["required"] == ["company"]
    scenario = {"recoveryRate", "equityRecovery", "reletRate", "receivableMonths", "stressThreshold"}
    assert scenario | {"asOf"} == set(schema["properties"]) - {"company"}
    assert schema["properties"]["recoveryRate"]["description"]

    risk = found["risk"]
    assert not risk.isError
    answer = risk.structuredContent
    assert answer["parameters"]["company"] == "OpenAI"
    assert answer["facts"]["defaulter_id"] == "openai"
    rows = answer["rows"]
    assert rows
    assert rows[0]["total_loss_usd"] >= rows[-1]["total_loss_usd"]
    assert all(row["sources"] for row in rows if row["direct_loss_usd"])
    cited = {source["id"]: source for source in answer["sources"]}
    assert {sid for row in rows for sid in row["sources"]} <= set(cited)
    assert all(source["publisher"] and source["date"] for source in cited.values())
    assert all("url" in source and source["title"] for source in cited.values())  # url: where known
    text = risk.content[0].text
    assert "riskIfDefault" in text
    assert "Sources:" in text

    dependents = found["dependents"].structuredContent
    assert not found["dependents"].isError
    assert {"nvidia", "amd"} <= {row["company_id"] for row in dependents["rows"]}
    assert all(row["sources"] and row["path"] for row in dependents["rows"])


@pytest.mark.parametrize("transport", TRANSPORTS)
def test_errors_say_what_to_fix_and_writes_are_refused(
    transport: str, served: str, settings: Settings, dataset: neo4j.Driver
) -> None:
    before = dump_graph(dataset, "neo4j")

    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("cypher", {"query": "MATCH (n:Company {id: 'tsmc'}) SET n.name = 'x'"}),
            await session.call_tool("dependents", {"supplier": "Nvidea"}),
            await session.call_tool("riskIfDefault", {"company": "openai", "recoveryRate": 1.5}),
            await session.call_tool(
                "cypher", {"query": "MATCH (c:Company {id: $id}) RETURN c.name", "params": {"id": "tsmc"}}
            ),
        ]

    write, unknown, out_of_range, read = with_session(transport, settings, served, work)
    assert write.isError
    assert "only reads are allowed" in write.content[0].text
    assert unknown.isError
    assert "did you mean NVIDIA" in unknown.content[0].text
    assert out_of_range.isError
    assert "1.5" in out_of_range.content[0].text
    assert not read.isError
    assert read.structuredContent["rows"] == [["TSMC"]]
    assert dump_graph(dataset, "neo4j") == before


def test_entity_search_and_ontology_over_stdio(settings: Settings, dataset: neo4j.Driver) -> None:
    async def work(session: ClientSession) -> list[Any]:
        return [
            await session.call_tool("search", {"text": "coreweeve"}),
            await session.call_tool("entity", {"ref": "CoreWeave"}),
            await session.call_tool("describeOntology", {}),
        ]

    search, entity, ontology = with_session("stdio", settings, "", work)
    assert search.structuredContent["rows"][0]["id"] == "coreweave"
    facts = entity.structuredContent["facts"]
    assert facts["id"] == "coreweave"
    assert facts["kind"] == "Company"
    assert {"PARTY_TO", "DEPLOYS"} <= {row["relationship"] for row in entity.structuredContent["rows"]}
    assert entity.structuredContent["sources"]
    labels = {node["label"] for node in ontology.structuredContent["nodes"]}
    assert {"Company", "Chip", "Deal"} <= labels


@pytest.fixture
def exposed_api(neo4j_server: object) -> Iterator[ApiClient]:
    """The app as it runs beyond loopback: /mcp needs the key, like /cypher."""
    yield from api_client(make_settings(api_host="0.0.0.0", api_key="test-key-mcp-0123456789"))  # noqa: S104


INITIALIZE = {
    "jsonrpc": "2.0",
    "id": 1,
    "method": "initialize",
    "params": {
        "protocolVersion": "2025-06-18",
        "capabilities": {},
        "clientInfo": {"name": "test", "version": "1"},
    },
}
HEADERS = {"accept": "application/json, text/event-stream", "content-type": "application/json"}


def test_http_needs_the_key_beyond_loopback(exposed_api: ApiClient) -> None:
    assert exposed_api.post("/mcp", json=INITIALIZE, headers=HEADERS).status_code == 401
    wrong = {**HEADERS, "authorization": "Bearer wrong"}
    assert exposed_api.post("/mcp", json=INITIALIZE, headers=wrong).status_code == 403
    right = {**HEADERS, "authorization": "Bearer test-key-mcp-0123456789"}
    response = exposed_api.post("/mcp", json=INITIALIZE, headers=right)
    assert response.status_code == 200, response.text
    assert response.json()["result"]["serverInfo"]["name"] == "computegraph"
