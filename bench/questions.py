"""The questions at each scale: p50/p95 of graph.questions over the async driver."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Awaitable, Callable
from functools import partial
from pathlib import Path
from typing import Any

import neo4j

from bench.measure import settled_heap, time_async
from bench.server import DATABASE, bench_settings
from graph.driver import create_async_driver
from graph.questions import dependents, money_cycles, risk_if_default, risk_ranking
from graph.questions.losses import Scenario
from graph.questions.money_reads import MoneyGraph
from graph.questions.ranking import rank_risk
from graph.version_cache import clear_all

AS_OF = dt.date(2025, 12, 1)  # fixed, so a re-run computes the same answers
SUPPLIER = "tsmc"  # a hub: the copy-0 original gathers preferential edges as the scale grows
DEFAULTER = "openai"
RUNS = 20
BUDGET_S = 25.0  # per question and scale: stop repeating after this once 3 runs are done
PROFILE_DIR = Path(__file__).resolve().parent / "results" / "profiles"

Case = Callable[[neo4j.AsyncDriver], Awaitable[Any]]
CASES: dict[str, tuple[str, Case]] = {
    "dependents_depth2": (
        f'dependents(supplier: "{SUPPLIER}", maxDepth: 2)',
        lambda d: dependents(d, SUPPLIER, max_depth=2, database=DATABASE),
    ),
    "dependents_depth4": (
        f'dependents(supplier: "{SUPPLIER}", maxDepth: 4)',
        lambda d: dependents(d, SUPPLIER, max_depth=4, database=DATABASE),
    ),
    "risk_if_default": (
        f'riskIfDefault(company: "{DEFAULTER}", asOf: {AS_OF})',
        lambda d: risk_if_default(d, DEFAULTER, as_of=AS_OF, database=DATABASE),
    ),
    "risk_ranking": (
        f"riskRanking(asOf: {AS_OF}, first: 20)",
        lambda d: risk_ranking(d, as_of=AS_OF, first=20, database=DATABASE),
    ),
    "money_cycles": (
        f'moneyCycles(through: "{DEFAULTER}", maxLength: 4, asOf: {AS_OF})',
        lambda d: money_cycles(d, through=DEFAULTER, max_length=4, as_of=AS_OF, database=DATABASE),
    ),
}
SLOW_S = 30.0  # a question slower than this is timed once
# Profiled once (pyinstrument): where the time of the slow questions goes. risk_ranking is
# profiled at 10x because at 100x one profiled run takes minutes.
PROFILED = {10: ("risk_ranking",), 100: ("dependents_depth4", "risk_if_default")}
PROFILE_QUERY_TIMEOUT_S = 300.0  # the profiler slows result streaming past the 15 s default


def _size(answer: Any) -> int:
    if hasattr(answer, "parties"):
        return len(answer.parties)
    return len(answer) if hasattr(answer, "__len__") else 1


async def _risk_ranking_split(driver: neo4j.AsyncDriver) -> dict[str, float]:
    """risk_ranking computed afresh = one money-graph read + pure-Python ranking (rank_risk), each
    timed on its own."""
    t0 = time.perf_counter()
    money = MoneyGraph(AS_OF)
    await money.load_all(driver, DATABASE)
    read_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    rank_risk(money, Scenario(AS_OF))
    rank_ms = (time.perf_counter() - t0) * 1000
    involved = {p.company for deal in money.deals.values() if deal.counts(AS_OF) for p in deal.parties}
    return {
        "read_money_graph_ms": round(read_ms, 1),
        "rank_python_ms": round(rank_ms, 1),
        "deals": len(money.deals),
        "companies_ranked": len(involved),
    }


async def _profile(driver: neo4j.AsyncDriver, name: str, scale: int) -> str:
    from pyinstrument import Profiler

    from graph import querying

    profiler = Profiler(async_mode="enabled")
    token = querying.QUERY_TIMEOUT_S.set(PROFILE_QUERY_TIMEOUT_S)
    profiler.start()
    try:
        await CASES[name][1](driver)
    finally:
        profiler.stop()
        querying.QUERY_TIMEOUT_S.reset(token)
    PROFILE_DIR.mkdir(parents=True, exist_ok=True)
    path = PROFILE_DIR / f"{name}-{scale}x.txt"
    path.write_text(profiler.output_text(unicode=False, color=False))
    return str(path.relative_to(PROFILE_DIR.parents[2]))


async def _run(scale: int, profile: bool) -> dict[str, Any]:
    result: dict[str, Any] = {"scale": scale, "as_of": AS_OF.isoformat(), "cases": {}}
    async with create_async_driver(bench_settings()) as driver:
        for name, (graphql, case) in CASES.items():
            try:
                # The first call after a write (nothing kept for this graph version), then the
                # repeated calls that the per-version cache answers.
                clear_all()
                t0 = time.perf_counter()
                await case(driver)
                cold_ms = round((time.perf_counter() - t0) * 1000, 1)
                timing, answer = await time_async(
                    partial(case, driver), runs=RUNS, budget_s=BUDGET_S, slow_s=SLOW_S
                )
            except Exception as error:  # a question failing at a scale is a result to report
                result["cases"][name] = {"graphql": graphql, "error": f"{type(error).__name__}: {error}"}
                print(
                    f"questions {scale:>4}x  {name:<18} FAILED: {type(error).__name__}: {error}", flush=True
                )
                continue
            entry = {"graphql": graphql, **timing.as_dict(), "cold_ms": cold_ms, "answer_size": _size(answer)}
            if name == "risk_ranking":
                entry["split"] = await _risk_ranking_split(driver)
            result["cases"][name] = entry
            print(
                f"questions {scale:>4}x  {name:<18} "
                f"first {cold_ms:>9.1f} ms  p50 {timing.p50_ms:>9.1f} ms  p95 {timing.p95_ms:>9.1f} ms  "
                f"({timing.runs} runs, {entry['answer_size']} answers)",
                flush=True,
            )
        if profile and PROFILED.get(scale):
            result["profiles"] = {name: await _profile(driver, name, scale) for name in PROFILED[scale]}
    return result


def run_scale(scale: int, *, profile: bool = False) -> dict[str, Any]:
    with settled_heap():
        return asyncio.run(_run(scale, profile))
