"""Ingest: rows/s of our path (ingest.writer.write_graph) vs Neo4j's LOAD CSV of the same rows."""

from __future__ import annotations

import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

import neo4j

from bench import admin_import, server
from bench.synthetic import degree_summary, generate, load_template, validate_records, write_csv
from graph.schema_setup import apply_constraints

CHILD_TIMEOUT_S = 540
PROFILE_DIR = Path(__file__).resolve().parent / "results" / "profiles"


def fingerprint(driver: neo4j.Driver) -> dict[str, int]:
    """Counts of nodes, relationships and their properties: equal when both paths stored the same."""
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes, sum(size(keys(n))) AS node_props } "
        "CALL () { MATCH ()-[r]->() RETURN count(r) AS rels, sum(size(keys(r))) AS rel_props } "
        "RETURN nodes, node_props, rels, rel_props",
        database_=server.DATABASE,
    )
    return {key: int(records[0][key]) for key in ("nodes", "node_props", "rels", "rel_props")}


# Issue 3's figure: 100k nodes and 500k relationships, made from the dataset as it now is (it
# grows, so fixed multiples drift: 35x at density 5 once gave 100k / 506k, later 147k / 650k).
DENSE_NODES, DENSE_RELATIONSHIPS = 100_000, 500_000


def dense_shape() -> tuple[int, float]:
    """(scale, density) for about DENSE_NODES nodes and DENSE_RELATIONSHIPS relationships: the
    template's nodes `scale` times; relationships come to about base * ((scale - 1) * density + 1)
    (copy 0 stays the dataset verbatim, see synthetic.generate)."""
    template = load_template()
    scale = max(2, round(DENSE_NODES / len(template.nodes)))
    base = len(template.relationships)
    density = max(1.0, (DENSE_RELATIONSHIPS / base - 1) / (scale - 1))
    return scale, round(density, 2)


def load_ours(
    scale: int,
    *,
    profile: bool = False,
    density: float = 1.0,
    timeout_s: float = CHILD_TIMEOUT_S,
    clear: bool = True,
) -> dict[str, Any]:
    """Clear (unless the database is known empty), then load `scale` through write_graph in a
    child process; its JSON report."""
    if clear:
        with server.sync_driver() as driver:
            server.clear(driver)
    command = [sys.executable, "-m", "bench.ingest_child", "--scale", str(scale), "--density", str(density)]
    if profile:
        suffix = "" if density == 1.0 else f"-dense{density:g}"
        command += ["--profile", str(PROFILE_DIR / f"ingest-{scale}x{suffix}.txt")]
    return server.run_json_child(command, timeout_s, "ingest child")


def ensure_loaded(scale: int) -> dict[str, Any] | None:
    """Load `scale` unless the bench database already holds exactly that many nodes."""
    template_nodes = len(generate(1).nodes)
    with server.sync_driver() as driver:
        nodes, _ = server.counts(driver)
    if nodes == template_nodes * scale:
        return None
    return load_ours(scale)


def load_csv(driver: neo4j.Driver, queries: list[str], timeout_s: float | None = None) -> float:
    """Run the LOAD CSV statements one after the other; the seconds they took. `timeout_s` (the
    time left in a budget) bounds each statement server-side."""
    started = time.perf_counter()
    with driver.session(database=server.DATABASE) as session:
        for query in queries:
            left = None if timeout_s is None else max(1.0, timeout_s - (time.perf_counter() - started))
            session.run(neo4j.Query(query, timeout=left)).consume()  # type: ignore[arg-type]
    return time.perf_counter() - started


def run_admin_import(
    files: admin_import.ImportFiles, rows: int, timeout_s: float = CHILD_TIMEOUT_S
) -> dict[str, Any]:
    """neo4j-admin import of the same rows into a fresh store, then the constraints built; the
    import's own time is the bound (rows/s), the index build is reported apart."""
    try:
        timings = admin_import.run_import(files, timeout_s=timeout_s)
    finally:
        admin_import.remove_files(files)
    t0 = time.perf_counter()
    with server.sync_driver() as driver:
        apply_constraints(driver, server.DATABASE)
        index_s = time.perf_counter() - t0
        admin_fingerprint = fingerprint(driver)
    return {
        **timings,
        "rows_per_s": round(rows / timings["import_s"], 1),
        "constraints_and_indexes_s": round(index_s, 2),
        "rows_per_s_with_indexes": round(rows / (timings["import_s"] + index_s), 1),
        "fingerprint": admin_fingerprint,
    }


def repetitions(scale: int) -> int:
    """Small scales are fast and noisy: best of 2 (alternating paths); 100x once."""
    return 2 if scale <= 10 else 1


def run_scale(scale: int, *, profile: bool = False, density: float = 1.0) -> dict[str, Any]:
    t0 = time.perf_counter()
    graph = generate(scale, density=density)
    generate_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    validated = validate_records(graph)
    validate_s = time.perf_counter() - t0
    degrees = degree_summary(graph)
    files = write_csv(graph, server.import_dir())
    admin_files = admin_import.write_files(graph, server.import_dir())
    rows = graph.rows
    counts = {"nodes": len(graph.nodes), "relationships": len(graph.relationships)}
    rewired = graph.rewired
    del graph
    # First, as it replaces the store (and the loop below leaves our own graph loaded).
    admin = run_admin_import(admin_files, rows)
    csv_runs: list[float] = []
    our_runs: list[dict[str, Any]] = []
    for _ in range(repetitions(scale)):
        with server.sync_driver() as driver:
            server.clear(driver)
            apply_constraints(driver, server.DATABASE)
            csv_runs.append(load_csv(driver, [f.query for f in files]))
            csv_fingerprint = fingerprint(driver)
        our_runs.append(load_ours(scale, profile=profile, density=density))  # leaves our graph loaded
        with server.sync_driver() as driver:
            our_fingerprint = fingerprint(driver)
    for file in files:
        (server.import_dir() / file.name).unlink(missing_ok=True)
    load_csv_s = min(csv_runs)
    ours = min(our_runs, key=lambda run: float(run["write_s"]))
    load_csv_rows_per_s = rows / load_csv_s
    result = {
        "scale": scale,
        "density": density,
        "rows": rows,
        **counts,
        "rewired_relationships": rewired,
        "generate_s": round(generate_s, 2),
        "validate_s": round(validate_s, 2),
        "validated_records": validated,
        "degrees": asdict(degrees),
        "repetitions": len(csv_runs),
        "ours_s": ours["write_s"],
        "ours_runs_s": [run["write_s"] for run in our_runs],
        "ours_rows_per_s": ours["rows_per_s"],
        "ours_peak_rss_mb": max(run["peak_rss_mb"] for run in our_runs),
        "ours_peak_rss_after_generate_mb": ours["peak_rss_after_generate_mb"],
        "load_csv_s": round(load_csv_s, 3),
        "load_csv_runs_s": [round(run, 3) for run in csv_runs],
        "load_csv_rows_per_s": round(load_csv_rows_per_s, 1),
        "ratio": round(ours["rows_per_s"] / load_csv_rows_per_s, 3),
        "same_result": csv_fingerprint == our_fingerprint,
        "admin_import": admin,
        "ratio_vs_admin_import": round(ours["rows_per_s"] / admin["rows_per_s"], 3),
        "fingerprint": our_fingerprint,
        "csv_fingerprint": csv_fingerprint,
    }
    print(
        f"ingest    {scale:>4}x{'' if density == 1.0 else f' x{density:g} rels'}  {rows:>7} rows  "
        f"ours {ours['rows_per_s']:>8.0f} rows/s ({ours['write_s']:.1f} s)  "
        f"LOAD CSV {load_csv_rows_per_s:>8.0f} rows/s ({load_csv_s:.1f} s)  ratio {result['ratio']:.2f}  "
        f"same graph: {result['same_result']}  peak RSS {result['ours_peak_rss_mb']} MB  "
        f"neo4j-admin import {admin['rows_per_s']:.0f} rows/s ({admin['import_s']:.1f} s; "
        f"ours / admin {result['ratio_vs_admin_import']:.2f})",
        flush=True,
    )
    return result
