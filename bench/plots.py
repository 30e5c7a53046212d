"""Scaling curves as PNGs under docs/ (matplotlib, headless)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt

from graph.settings import PROJECT_ROOT

DOCS = PROJECT_ROOT / "docs"


def _scales(section: dict[str, Any]) -> list[str]:
    return sorted(section, key=int)


def _save(fig: Any, name: str) -> Path:
    path = DOCS / name
    for ax in fig.axes:
        ax.margins(x=0.12)
    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def ingest_plot(ingest: dict[str, Any]) -> Path | None:
    scales = _scales(ingest)
    if not scales:
        return None
    rows = [ingest[s]["rows"] for s in scales]
    fig, ax = plt.subplots(figsize=(7.5, 4.5))
    ax.plot(rows, [ingest[s]["ours_rows_per_s"] for s in scales], "o-", label="write_graph (ours)")
    ax.plot(rows, [ingest[s]["load_csv_rows_per_s"] for s in scales], "s--", label="LOAD CSV (Neo4j)")
    for s, x in zip(scales, rows, strict=True):
        ax.annotate(f"{s}x: {ingest[s]['ratio']:.2f}x", (x, ingest[s]["ours_rows_per_s"]),
                    textcoords="offset points", xytext=(6, 8), fontsize=9)  # fmt: skip
    ax.set_xscale("log")
    ax.set_xlabel("rows loaded (nodes + relationships), log scale")
    ax.set_ylabel("rows per second")
    ax.set_title("Ingest throughput vs scale (label: ours / LOAD CSV)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend()
    return _save(fig, "bench-ingest.png")


def questions_plot(questions: dict[str, Any]) -> Path | None:
    scales = _scales(questions)
    if not scales:
        return None
    names = list(questions[scales[-1]]["cases"])
    fig, ax = plt.subplots(figsize=(8, 5))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for name, color in zip(names, colors, strict=False):
        points = [(int(s), questions[s]["cases"].get(name, {})) for s in scales]
        points = [(s, case) for s, case in points if "p50_ms" in case]
        if not points:
            continue
        xs = [s for s, _ in points]
        ax.plot(xs, [c["p50_ms"] for _, c in points], "o-", color=color, label=f"{name} p50")
        ax.plot(xs, [c["p95_ms"] for _, c in points], "x:", color=color, alpha=0.7, label=f"{name} p95")
    ax.axhline(1000, color="red", linewidth=1, alpha=0.6)
    ax.text(1, 1100, "1 s target (dependents depth 4, riskIfDefault at 100x)", color="red", fontsize=8)
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("scale (x the shipped dataset), log")
    ax.set_ylabel("latency, ms (log)")
    ax.set_title("Questions latency vs scale")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7, ncol=2)
    return _save(fig, "bench-questions.png")


def graphql_plot(graphql: dict[str, Any]) -> Path | None:
    scales = _scales(graphql)
    if not scales:
        return None
    names = list(graphql[scales[-1]]["requests"])
    fig, ax = plt.subplots(figsize=(8, 5))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    xs = [int(s) for s in scales]
    for name, color in zip(names, colors, strict=False):
        api = [graphql[s]["requests"][name]["api"]["p50_ms"] for s in scales]
        cypher = [graphql[s]["requests"][name]["cypher_driver"]["p50_ms"] for s in scales]
        ax.plot(xs, api, "o-", color=color, label=f"{name}: GraphQL API p50")
        ax.plot(xs, cypher, "s--", color=color, alpha=0.7, label=f"{name}: hand-written Cypher p50")
        ax.annotate(f"{api[-1] / cypher[-1]:.1f}x", (xs[-1], api[-1]), textcoords="offset points",
                    xytext=(6, 0), fontsize=9, color=color)  # fmt: skip
    ax.set_xscale("log")
    ax.set_yscale("log")
    ax.set_xlabel("scale (x the shipped dataset), log")
    ax.set_ylabel("p50 latency, ms (log)")
    ax.set_title("GraphQL API vs hand-written Cypher (label: ratio at the largest scale)")
    ax.grid(True, which="both", alpha=0.3)
    ax.legend(fontsize=7)
    return _save(fig, "bench-graphql.png")


def memory_plot(memory: dict[str, Any], ingest: dict[str, Any]) -> Path | None:
    api = memory.get("api", {})
    if not api:
        return None
    fig, ax = plt.subplots(figsize=(8, 4.5))
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    for scale, color in zip(_scales(api), colors, strict=False):
        samples = api[scale]["rss_samples"]
        label = f"API at {scale}x, {api[scale]['clients']} clients (peak {api[scale]['peak_rss_mb']} MB)"
        ax.plot([t for t, _ in samples], [mb for _, mb in samples], color=color, label=label)
    for scale, color in zip(_scales(ingest), colors[3:], strict=False):
        peak = ingest[scale]["ours_peak_rss_mb"]
        ax.axhline(peak, color=color, linestyle="--", linewidth=1, label=f"ingest {scale}x peak {peak} MB")
    ax.set_xlabel("seconds since the load started")
    ax.set_ylabel("resident set, MB")
    ax.set_title("Memory: API RSS under load, and ingest peak RSS")
    ax.grid(True, alpha=0.3)
    ax.legend(fontsize=7)
    return _save(fig, "bench-memory.png")


def _ingest_seconds(run: dict[str, Any]) -> dict[str, float | None]:
    admin = run.get("admin_import") or {}
    return {"rows": run.get("rows"), "write_graph (ours)": run.get("ours_s"),
            "LOAD CSV": run.get("load_csv_s"), "neo4j-admin import": admin.get("import_s")}  # fmt: skip


def _scale_ingest_seconds(run: dict[str, Any]) -> dict[str, float | None]:
    phases = run.get("phases", {})
    seconds = {
        name: phases.get(phase, {}).get("seconds")
        for name, phase in (("write_graph (ours)", "ingest_ours"), ("LOAD CSV", "ingest_load_csv"),
                            ("neo4j-admin import", "ingest_admin_import"))
    }  # fmt: skip
    return {"rows": phases.get("prepare", {}).get("rows"), **seconds}


def scale_plot(details: dict[str, Any], scale_runs: dict[str, Any]) -> Path | None:
    """Cost against scale, 1x to the largest run: ingest seconds by path against the rows loaded
    (the rows, not the multiple, since the dataset a multiple is of has grown between runs), and
    each question's p95 against the scale (a question that did not answer in time: an x)."""
    if not scale_runs:
        return None
    ingest = [_ingest_seconds(r) for r in details.get("ingest", {}).values()]
    ingest += [_ingest_seconds(details["ingest_dense"])] if details.get("ingest_dense") else []
    ingest += [_scale_ingest_seconds(run) for run in scale_runs.values()]
    ingest = sorted((point for point in ingest if point.get("rows")), key=lambda point: point["rows"] or 0)
    questions: dict[int, dict[str, Any]] = {
        int(s): r["cases"] for s, r in details.get("questions", {}).items()
    }
    for key, run in scale_runs.items():
        questions[int(key)] = run.get("phases", {}).get("questions", {}).get("cases", {})
    fig, (left, right) = plt.subplots(1, 2, figsize=(12, 4.8))
    for marker, name in zip("os^", ("write_graph (ours)", "LOAD CSV", "neo4j-admin import"), strict=True):
        points = [(point["rows"], point[name]) for point in ingest if point.get(name)]
        if points:
            left.plot([x for x, _ in points], [y for _, y in points], marker + "-", label=name)
    left.set_xlabel("rows loaded (nodes + relationships), log")
    left.set_title("Ingest: seconds to load the scale (empty store)")
    left.set_ylabel("seconds (log)")
    colors = plt.rcParams["axes.prop_cycle"].by_key()["color"]
    names = sorted({name for cases in questions.values() for name in cases})
    for name, color in zip(names, colors, strict=False):
        points = [(s, questions[s][name]) for s in sorted(questions) if name in questions[s]]
        answered = [(s, case["p95_ms"]) for s, case in points if "p95_ms" in case]
        if answered:
            right.plot(
                [s for s, _ in answered], [v for _, v in answered], "o-", color=color, label=f"{name} p95"
            )
        for s, case in points:
            if "error" in case:
                right.plot([s], [15000], "x", color=color, markersize=10)
                right.annotate(f"{name}: no answer", (s, 15000), textcoords="offset points",
                               xytext=(-60, 6 + 9 * names.index(name)), fontsize=7, color=color)  # fmt: skip
    right.set_title("Questions: p95 latency (x = no answer within the timeout)")
    right.set_ylabel("ms (log)")
    right.set_xlabel("scale (x the shipped dataset), log")
    for ax in (left, right):
        ax.set_xscale("log")
        ax.set_yscale("log")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=7)
    return _save(fig, "bench-scale.png")


def all_plots(details: dict[str, Any]) -> list[str]:
    made = [
        scale_plot(details, details.get("scale", {})),
        ingest_plot(details.get("ingest", {})),
        questions_plot(details.get("questions", {})),
        graphql_plot(details.get("graphql", {})),
        memory_plot(details.get("memory", {}), details.get("ingest", {})),
    ]
    return [str(path.relative_to(PROJECT_ROOT)) for path in made if path is not None]
