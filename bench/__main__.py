"""`python -m bench all|ingest|graphql|questions|memory [--scales 1,10,100]` and `scale --scale 1000`.

Starts the harness's own Neo4j (.var/neo4j-bench, bolt 7690), runs the benchmarks scale by scale
(loading each scale once), writes bench/results/<date>.json, latest.json, bench/RESULTS.md and
docs/bench-*.png, and stops the server.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from typing import Any

from bench import graphql_overhead, ingest, memory, peer, plots, questions, report, serve, server
from bench import scale as large_scale
from bench.measure import machine

BENCHMARKS = ("all", "ingest", "graphql", "questions", "memory", "peer", "serve")
NOTES = [
    "The synthetic graphs come from bench/synthetic.py (seed 20251201): copy 0 is the shipped "
    "dataset verbatim, copies 1..N-1 are clones with 30% of relationships re-drawn preferentially "
    "(heavy-tailed degrees; the copy-0 hubs such as nvidia and tsmc grow with the scale). Every "
    "record passes the project's own validation (ingest.validate) before it is loaded.",
    "LOAD CSV reads file:/// URLs from the server's import folder only "
    "(server.directories.import, here .var/neo4j-bench/import); the harness writes its CSV "
    "files there.",
    "Questions and the GraphQL overhead are timed in the harness's own process with its earlier "
    "objects frozen out of the garbage collector's sight (bench.measure.settled_heap), as a "
    "serving process would not hold them.",
    "Question timings use the product's per-query timeout (graph.querying.QUERY_TIMEOUT_S, 15 s "
    "by default); the profiled runs raise it to 300 s because the profiler slows the client.",
]


def _scales(text: str) -> list[int]:
    return sorted({int(part) for part in text.split(",") if part.strip()})


def _load() -> float:
    return round(os.getloadavg()[0], 2)


def run(benchmark: str, scales: list[int], profile: bool) -> tuple[dict[str, Any], list[float]]:
    details: dict[str, Any] = {}
    loads = [_load()]
    wants = {name for name in BENCHMARKS[1:] if benchmark in ("all", name)}
    for scale in scales:
        key = str(scale)
        if "ingest" in wants:
            details.setdefault("ingest", {})[key] = ingest.run_scale(scale)
        elif wants & {"questions", "graphql", "memory", "peer", "serve"}:
            loaded = ingest.ensure_loaded(scale)
            if loaded is not None and "memory" in wants:
                details.setdefault("memory", {}).setdefault("ingest_peak_rss_mb", {})[key] = loaded[
                    "peak_rss_mb"
                ]
        loads.append(_load())
        if "questions" in wants:
            details.setdefault("questions", {})[key] = questions.run_scale(scale, profile=profile)
            loads.append(_load())
        if "graphql" in wants:
            # Each scale's worst request gets a profile: the ratio is worst where the read is small.
            details.setdefault("graphql", {})[key] = graphql_overhead.run_scale(scale, profile=profile)
            loads.append(_load())
        if "peer" in wants and scale >= 10:
            compared = peer.run_scale(scale)
            if compared is not None:
                details.setdefault("peer", {})[key] = compared
            loads.append(_load())
        if "memory" in wants and scale >= 10:
            details.setdefault("memory", {}).setdefault("api", {})[key] = memory.run_api(scale)
            loads.append(_load())
        if "serve" in wants and scale >= 100:
            details.setdefault("serve", {})[key] = serve.run_scale(scale)
            loads.append(_load())
    if benchmark in ("all", "ingest") and 100 in scales:
        # Last, as it replaces the loaded graph: the 100k nodes / 500k relationships.
        dense_scale, dense_density = ingest.dense_shape()
        details["ingest_dense"] = ingest.run_scale(dense_scale, density=dense_density)
        loads.append(_load())
    if (
        benchmark == "memory"
        and scales
        and str(scales[-1]) not in details["memory"].get("ingest_peak_rss_mb", {})
    ):
        loaded = ingest.load_ours(scales[-1])
        details["memory"].setdefault("ingest_peak_rss_mb", {})[str(scales[-1])] = loaded["peak_rss_mb"]
    return details, loads


def run_scale_command(args: argparse.Namespace, command: str) -> int:
    """`python -m bench scale`: its own run and result file (bench/results/scale-<N>x.json) and
    the cost-against-scale plot; latest.json takes it in at the next report (report.write)."""
    scale_factor = args.scale
    try:
        result = large_scale.run(scale_factor, args.budget_min * 60, command, args.heap, args.pagecache)
    finally:
        if not args.keep_server:
            print(f"bench Neo4j: {server.stop()}", flush=True)
    plot = plots.scale_plot(report.latest_details(), {str(scale_factor): result})
    print(f"\nscale {scale_factor}x in {result['elapsed_s']:.0f} s: {result['figures']}")
    print(
        f"wrote {report.relative(large_scale.result_path(scale_factor))}"
        + (f", {report.relative(plot)}" if plot else "")
    )
    return 0 if not result["stopped"] else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("benchmark", choices=(*BENCHMARKS, "scale"))
    parser.add_argument("--scales", default="1,10,100", help="comma-separated multiples of the dataset")
    parser.add_argument("--scale", type=int, default=1000, help="scale: the one multiple to run")
    parser.add_argument(
        "--budget-min",
        type=float,
        default=large_scale.DEFAULT_BUDGET_MIN,
        help="scale: the run's time budget in minutes; when it runs out the run stops with what it measured",
    )
    parser.add_argument("--heap", default=large_scale.HEAP_1000X, help="scale: the bench server's heap")
    parser.add_argument("--pagecache", default=large_scale.PAGECACHE_1000X, help="scale: its page cache")
    parser.add_argument("--no-profile", action="store_true", help="skip the pyinstrument profiles")
    parser.add_argument("--keep-server", action="store_true", help="leave the bench Neo4j running")
    args = parser.parse_args(argv)
    command = "python -m bench " + " ".join(sys.argv[1:] if argv is None else argv)
    if args.benchmark == "scale":
        return run_scale_command(args, command.strip())
    started = dt.datetime.now(dt.UTC)
    t0 = time.monotonic()
    print(f"bench Neo4j: {server.start()}", flush=True)
    try:
        with server.sync_driver() as driver:
            facts = machine(server.neo4j_version(driver))
        details, loads = run(args.benchmark, _scales(args.scales), not args.no_profile)
    finally:
        if not args.keep_server:
            print(f"bench Neo4j: {server.stop()}", flush=True)
    sections = [name for name in BENCHMARKS[1:] if name in details]
    results = report.write(
        command=command.strip(),
        started=started,
        new_details=details,
        commands={name: f"python -m bench {name}" for name in sections},
        machine=facts,
        notes=NOTES,
        load_averages=loads,
    )
    head = results["headline"]
    print(f"\nheadline ({time.monotonic() - t0:.0f} s):")
    for key, value in head.items():
        if key != "machine":
            print(f"  {key}: {value}")
    print(
        f"wrote {report.relative(report.RESULTS_MD)}, bench/results/latest.json, "
        + ", ".join(results["plots"])
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
