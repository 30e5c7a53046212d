"""GraphQL overhead: typical requests through the API vs the best hand-written Cypher for the same data.

The API runs in-process (httpx.ASGITransport against create_app, lifespan included), the Cypher
through the same kind of async driver, in the same event loop; runs alternate API / Cypher so
that noise from other processes on the machine falls on both alike.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from dataclasses import dataclass
from typing import Any, LiteralString

import httpx
import neo4j

from api.app import create_app
from bench import graphql_layers
from bench.measure import settled_heap, summarise
from bench.questions import PROFILE_DIR
from bench.server import DATABASE, bench_settings
from graph.driver import create_async_driver

WARMUP = 20
RUNS = 200  # p50 of a ~2 ms request moves ~5% between runs of 50
# Warming the server up (see _warm_up): rounds per window, the least gain that counts as still
# warming, how many windows in a row without it mean settled, and a cap.
WARM_WINDOW = 100
WARM_GAIN = 0.02
WARM_SETTLED_WINDOWS = 3
WARM_MAX_S = 60.0


@dataclass(frozen=True)
class Request:
    name: str
    description: str
    graphql: str
    variables: dict[str, Any]
    cypher: LiteralString
    params: dict[str, Any]


REQUESTS = (
    Request(
        "company_deals",
        "a company with its deals and each deal's parties",
        """query ($ref: String!) {
  company(ref: $ref) {
    id name revenueUsd
    deals { role deal { id name kind valueUsd status parties { role company { id name } } } }
  }
}""",
        {"ref": "nvidia"},
        """MATCH (c:Company {id: $id})
RETURN c {.id, .name, .revenue_usd,
  deals: [(c)-[p:PARTY_TO]->(d:Deal) | {role: p.role, deal: d {.id, .name, .kind, .value_usd, .status,
    parties: [(d)<-[q:PARTY_TO]-(o:Company) | {role: q.role, company: o {.id, .name}}]}}]} AS company""",
        {"id": "nvidia"},
    ),
    Request(
        "chips_page",
        "a page of 100 chips with their foundry, total count and cursor",
        """{
  chips(first: 100) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { cursor node { id name form foundries { processNode node { id name } } } }
  }
}""",
        {},
        """CALL () { MATCH (n:Chip) RETURN count(n) AS total }
CALL () {
  MATCH (n:Chip) WITH n ORDER BY n.id LIMIT 101
  RETURN collect(n {.id, .name, .form,
    foundries: [(n)-[r:FABBED_BY]->(f:Company) |
                {process_node: r.process_node, node: f {.id, .name}}]}) AS page
}
RETURN total, page""",
        {},
    ),
    Request(
        "nested_two_level",
        "50 chips, their designers, and each designer's suppliers (two nested levels)",
        """{
  chips(first: 50) {
    nodes { id name designers { node { id name suppliers { product node { id name } } } } }
  }
}""",
        {},
        """MATCH (n:Chip) WITH n ORDER BY n.id LIMIT 50
RETURN n {.id, .name,
  designers: [(c:Company)-[:DESIGNS]->(n) | {node: c {.id, .name,
    suppliers: [(s:Company)-[r:SUPPLIES]->(c) | {product: r.product, node: s {.id, .name}}]}}]} AS chip""",
        {},
    ),
)


def _body(request: Request) -> dict[str, Any]:
    return {"query": request.graphql, "variables": request.variables}


async def _api_call(client: httpx.AsyncClient, request: Request) -> httpx.Response:
    response = await client.post("/graphql", json=_body(request))
    response.raise_for_status()
    return response


async def _cypher_call(driver: neo4j.AsyncDriver, request: Request) -> list[list[Any]]:
    """The fastest way the driver offers: an auto-commit read (RUN and PULL in one network round
    trip, as the API's reads do), the values taken as the driver returns them (maps are dicts)."""
    async with driver.session(database=DATABASE, default_access_mode=neo4j.READ_ACCESS) as session:
        result = await session.run(request.cypher, request.params)
        records = (await result.to_eager_result()).records
    return [record.values() for record in records]


async def _warm_up(client: httpx.AsyncClient, driver: neo4j.AsyncDriver) -> dict[str, Any]:
    """Bring the server to its steady state before anything is timed.

    Neo4j compiles the code its queries run as they repeat (the JVM's JIT): on a server that was
    just loaded, the same chips page through the driver took 2.5 ms for its first 250 runs and
    0.65 ms after 8,000, and the API's fixed costs weigh more as the read shrinks (the ratio went
    from 1.2 to 1.4). So rounds of every request, each once through the API and once through the
    driver, run until the driver's time for a window of rounds has not improved on the best
    window by WARM_GAIN for WARM_SETTLED_WINDOWS windows in a row (or WARM_MAX_S has passed)."""
    started = time.perf_counter()
    best = float("inf")
    windows = rounds = unimproved = 0
    while unimproved < WARM_SETTLED_WINDOWS and time.perf_counter() - started < WARM_MAX_S:
        medians: dict[str, list[float]] = {request.name: [] for request in REQUESTS}
        for _ in range(WARM_WINDOW):
            for request in REQUESTS:
                await _api_call(client, request)
                t0 = time.perf_counter()
                await _cypher_call(driver, request)
                medians[request.name].append(time.perf_counter() - t0)
        rounds += WARM_WINDOW
        windows += 1
        window_s = sum(statistics.median(times) for times in medians.values())
        if window_s < best * (1 - WARM_GAIN):
            unimproved = 0
        else:
            unimproved += 1
        best = min(best, window_s)
    return {
        "rounds": rounds,
        "seconds": round(time.perf_counter() - started, 1),
        "settled": unimproved >= WARM_SETTLED_WINDOWS,
    }


async def _measure(client: httpx.AsyncClient, driver: neo4j.AsyncDriver, request: Request) -> dict[str, Any]:
    for _ in range(WARMUP):
        await _api_call(client, request)
        await _cypher_call(driver, request)
    api_s: list[float] = []
    cypher_s: list[float] = []
    response: httpx.Response | None = None
    rows: list[list[Any]] = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        response = await _api_call(client, request)
        api_s.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        rows = await _cypher_call(driver, request)
        cypher_s.append(time.perf_counter() - t0)
    assert response is not None
    body = response.json()
    api, cypher = summarise(api_s), summarise(cypher_s)
    return {
        "description": request.description,
        "graphql": request.graphql,
        "cypher": request.cypher,
        "api": api.as_dict(),
        "cypher_driver": cypher.as_dict(),
        "ratio_p50": round(api.p50_ms / cypher.p50_ms, 3),
        "ratio_p95": round(api.p95_ms / cypher.p95_ms, 3),
        "round_trips": int(response.headers.get("X-Cypher-Round-Trips", "-1")),
        "response_bytes": len(response.content),
        "cypher_result_bytes": len(json.dumps(rows, default=str)),
        "errors": body.get("errors"),
    }


async def _run(scale: int, profile: bool) -> dict[str, Any]:
    settings = bench_settings()
    app = create_app(settings)
    result: dict[str, Any] = {"scale": scale, "warmup": WARMUP, "runs": RUNS, "requests": {}}
    async with (
        app.router.lifespan_context(app),
        httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://bench") as client,
        create_async_driver(settings) as driver,
    ):
        result["warm_up"] = await _warm_up(client, driver)
        print(
            f"graphql   {scale:>4}x  warm-up: {result['warm_up']['rounds']} rounds in "
            f"{result['warm_up']['seconds']} s" + ("" if result["warm_up"]["settled"] else " (not settled)"),
            flush=True,
        )
        for request in REQUESTS:
            entry = await _measure(client, driver, request)
            result["requests"][request.name] = entry
            print(
                f"graphql   {scale:>4}x  {request.name:<18} API p50 {entry['api']['p50_ms']:>7.1f} ms "
                f"p95 {entry['api']['p95_ms']:>7.1f}  Cypher p50 {entry['cypher_driver']['p50_ms']:>7.1f} ms "
                f"p95 {entry['cypher_driver']['p95_ms']:>7.1f}  ratio p50 {entry['ratio_p50']:.2f}  "
                f"round trips {entry['round_trips']}" + ("  ERRORS" if entry["errors"] else ""),
                flush=True,
            )
        worst = max(REQUESTS, key=lambda request: result["requests"][request.name]["ratio_p50"])
        result["layers"] = {
            "request": worst.name,
            **await graphql_layers.measure(app, _body(worst), lambda: _cypher_call(driver, worst)),
        }
        if profile:
            result["profile"] = await _profile(client, driver, scale, worst)
    result["worst_ratio_p50"] = max(entry["ratio_p50"] for entry in result["requests"].values())
    return result


async def _profile(client: httpx.AsyncClient, driver: neo4j.AsyncDriver, scale: int, request: Request) -> str:
    """Where the worst request's time goes, beside the same data through the driver: 200 of each,
    apart from the timed runs (the profiler slows both)."""
    from pyinstrument import Profiler

    profiler = Profiler(async_mode="enabled")
    profiler.start()
    for _ in range(200):
        await _api_call(client, request)
        await _cypher_call(driver, request)
    profiler.stop()
    PROFILE_DIR.mkdir(parents=True, exist_ok=True)
    path = PROFILE_DIR / f"graphql-{request.name}-{scale}x.txt"
    path.write_text(profiler.output_text(unicode=False, color=False))
    return str(path.relative_to(PROFILE_DIR.parents[2]))


def run_scale(scale: int, *, profile: bool = False) -> dict[str, Any]:
    with settled_heap():
        return asyncio.run(_run(scale, profile))
