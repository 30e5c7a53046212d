"""Peer: our API vs @neo4j/graphql (Apollo Server) on the same graph, both over loopback HTTP.

The same three typical requests, each written in the peer's own dialect (connections for
relationship properties, `where: {id: {eq: ...}}`): latency with one client, alternating ours /
peer; then throughput with 8 concurrent clients for a fixed time, ours then peer.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

import httpx

from bench.graphql_overhead import REQUESTS
from bench.measure import summarise
from bench.serving import api_server, peer_available, peer_server

WARMUP = 5
RUNS = 30
CLIENTS = 8
LOAD_SECONDS = 6.0

PEER_QUERIES: dict[str, tuple[str, dict[str, Any]]] = {
    "company_deals": (
        """query ($id: ID!) {
  companies(where: {id: {eq: $id}}) {
    id name revenue_usd
    dealsConnection { edges { properties { role } node { id name kind value_usd status
      partiesConnection { edges { properties { role } node { id name } } } } } }
  }
}""",
        {"id": "nvidia"},
    ),
    "chips_page": (
        """{
  chipsConnection(first: 100, sort: [{id: ASC}]) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name form
      foundriesConnection { edges { properties { process_node } node { id name } } } } }
  }
}""",
        {},
    ),
    "nested_two_level": (
        """{
  chips(limit: 50, sort: [{id: ASC}]) {
    id name designers { id name
      suppliersConnection { edges { properties { product } node { id name } } } }
  }
}""",
        {},
    ),
}


async def _post(client: httpx.AsyncClient, url: str, query: str, variables: dict[str, Any]) -> httpx.Response:
    response = await client.post(url, json={"query": query, "variables": variables})
    if response.status_code != 200 or response.json().get("errors"):
        raise RuntimeError(f"{url}: {response.status_code} {response.text}"[:800])
    return response


async def _compare(ours: str, peer: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    async with httpx.AsyncClient(timeout=60) as client:
        for request in REQUESTS:
            peer_query, peer_variables = PEER_QUERIES[request.name]
            for _ in range(WARMUP):
                await _post(client, ours, request.graphql, request.variables)
                await _post(client, peer, peer_query, peer_variables)
            ours_s: list[float] = []
            peer_s: list[float] = []
            for _ in range(RUNS):
                t0 = time.perf_counter()
                mine = await _post(client, ours, request.graphql, request.variables)
                ours_s.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                theirs = await _post(client, peer, peer_query, peer_variables)
                peer_s.append(time.perf_counter() - t0)
            ours_t, peer_t = summarise(ours_s), summarise(peer_s)
            results[request.name] = {
                "ours": ours_t.as_dict(),
                "peer": peer_t.as_dict(),
                "ratio_p50": round(ours_t.p50_ms / peer_t.p50_ms, 3),
                "ours_bytes": len(mine.content),
                "peer_bytes": len(theirs.content),
                "peer_query": peer_query,
            }
    return results


async def _throughput(url: str, query: str, variables: dict[str, Any]) -> dict[str, Any]:
    """Requests per second served to CLIENTS clients that each send the request in a loop."""
    latencies: list[float] = []
    deadline = time.perf_counter() + LOAD_SECONDS

    async def client_loop(client: httpx.AsyncClient) -> None:
        while time.perf_counter() < deadline:
            t0 = time.perf_counter()
            await _post(client, url, query, variables)
            latencies.append(time.perf_counter() - t0)

    started = time.perf_counter()
    async with httpx.AsyncClient(timeout=60) as client:
        await asyncio.gather(*(client_loop(client) for _ in range(CLIENTS)))
    elapsed = time.perf_counter() - started
    return {
        "requests": len(latencies),
        "rps": round(len(latencies) / elapsed, 1),
        **summarise(latencies).as_dict(),
    }


async def _compare_throughput(ours: str, peer: str) -> dict[str, Any]:
    results: dict[str, Any] = {}
    for request in REQUESTS:
        peer_query, peer_variables = PEER_QUERIES[request.name]
        mine = await _throughput(ours, request.graphql, request.variables)
        theirs = await _throughput(peer, peer_query, peer_variables)
        results[request.name] = {
            "ours": mine,
            "peer": theirs,
            "ratio_rps": round(mine["rps"] / theirs["rps"], 3),
        }
    return results


def run_scale(scale: int) -> dict[str, Any] | None:
    if not peer_available():
        print("peer      skipped: run `npm install` in bench/peers first", flush=True)
        return None
    with api_server() as ours, peer_server() as peer:
        requests = asyncio.run(_compare(ours.base_url + "/graphql", peer.base_url + "/"))
        throughput = asyncio.run(_compare_throughput(ours.base_url + "/graphql", peer.base_url + "/"))
    for name, entry in requests.items():
        entry["throughput_8_clients"] = throughput[name]
        print(
            f"peer      {scale:>4}x  {name:<18} ours p50 {entry['ours']['p50_ms']:>7.1f} ms  "
            f"@neo4j/graphql p50 {entry['peer']['p50_ms']:>7.1f} ms  ratio {entry['ratio_p50']:.2f}  "
            f"8 clients: ours {throughput[name]['ours']['rps']:.1f} req/s, "
            f"peer {throughput[name]['peer']['rps']:.1f} req/s",
            flush=True,
        )
    worst = max(requests.items(), key=lambda item: item[1]["ratio_p50"])
    return {
        "scale": scale,
        "warmup": WARMUP,
        "runs": RUNS,
        "requests": requests,
        "ratio_p50": worst[1]["ratio_p50"],
        "worst_of": worst[0],
        "clients": CLIENTS,
        "load_seconds": LOAD_SECONDS,
    }
