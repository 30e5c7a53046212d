"""`python -m bench scale --scale 1000`: one measured run at a large scale, within a time budget.

Phases, each written to bench/results/scale-<N>x.json as soon as it ends (so a run stopped by
its budget, or killed, still leaves what it measured), the most wanted first:

1. prepare (child process): generate the scale, validate every record, write LOAD CSV's files
   and the importer's files into the server's import folder;
2. write_graph into a fresh, empty store (child process, bench.ingest_child) — the graph the
   questions run on;
3. the five questions of `python -m bench questions` on it, each under the product's per-query
   timeout: a question that cannot answer in time is recorded with the reason;
4. neo4j-admin import of the same rows into a fresh store (server stopped), then the
   constraints and indexes built on the running server (timed apart);
5. LOAD CSV into a fresh, empty store with the constraints (bench.ingest.load_csv).

A fresh store is made by stopping the server and deleting the database's files (seconds at any
scale, where deleting 3 M rows through Cypher takes minutes). Every phase gets the time left in
the budget as its timeout; when the budget runs out the run stops cleanly, records which phase
it was in, and keeps what it had.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench import admin_import, ingest, questions, server
from bench.measure import machine
from graph.schema_setup import apply_constraints

RESULTS_DIR = Path(__file__).resolve().parent / "results"
# Sized for this machine (2 cores, 23.5 GiB shared with the other helpers' servers, which took
# 7-10 GB of it on 2026-11-30): the heap serves the questions' reads of the money graph, the
# page cache the hot part of the store; the harness's child holds the records (~3.5 GB at 500x,
# ~7 GB at 1000x). `--heap` / `--pagecache` change them.
HEAP_1000X, PAGECACHE_1000X = "3g", "2g"
DEFAULT_BUDGET_MIN = 55.0  # 1000x is 5.9 M rows today: about 45 min on 2 cores shared with others
MIN_QUESTIONS_S = 240.0  # below this left in the budget the questions are not started
# Above this scale the records are not put through ingest.validate again: validation holds a
# second copy of them (13 GB at 1000x with the 2,880-node dataset, more than this shared machine
# can spare beside the server); the generator's records are validated at every scale up to this
# one (`python -m bench ingest`, tests/unit/test_synthetic.py) and larger ones are made by the
# same rules. The result file says so (validated_records null).
VALIDATE_UP_TO = 500


class BudgetExceededError(Exception):
    """The run's time budget ran out in a phase."""


def result_path(scale: int) -> Path:
    return RESULTS_DIR / f"scale-{scale}x.json"


def _load() -> float:
    return round(os.getloadavg()[0], 2)


class ScaleRun:
    def __init__(self, scale: int, budget_s: float, command: str) -> None:
        self.scale, self.budget_s = scale, budget_s
        self.deadline = time.monotonic() + budget_s
        self.started = dt.datetime.now(dt.UTC)
        self.result: dict[str, Any] = {
            "scale": scale,
            "command": command,
            "budget_s": budget_s,
            "started": self.started.isoformat(timespec="seconds"),
            "server": {"heap": server.SIZE.heap, "pagecache": server.SIZE.pagecache},
            "load_averages": [_load()],
            "phases": {},
            "stopped": None,
        }

    def left(self) -> float:
        return self.deadline - time.monotonic()

    def record(self, phase: str, value: dict[str, Any]) -> None:
        self.result["phases"][phase] = value
        self.result["load_averages"].append(_load())
        self.save()
        print(f"scale {self.scale}x  {phase}: {_brief(value)}  ({self.left() / 60:.1f} min left)", flush=True)

    def save(self) -> None:
        finished = dt.datetime.now(dt.UTC)
        self.result["finished"] = finished.isoformat(timespec="seconds")
        self.result["elapsed_s"] = round((finished - self.started).total_seconds(), 1)
        loads = self.result["load_averages"]
        self.result["load_average_range"] = f"{min(loads):.1f}-{max(loads):.1f}"
        self.result["figures"] = figures(self.result)
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        result_path(self.scale).write_text(json.dumps(self.result, indent=1, default=str) + "\n")

    def need(self, phase: str, seconds: float = 1.0) -> float:
        """The time left for `phase`, or stop the run if less than `seconds` is left."""
        left = self.left()
        if left < seconds:
            raise BudgetExceededError(
                f"{left:.0f} s left of the budget before {phase} (needs ~{seconds:.0f} s)"
            )
        return left


def _brief(value: dict[str, Any]) -> str:
    keys = ("seconds", "rows_per_s", "same_as_ours", "rows", "error")
    return ", ".join(f"{key} {value[key]}" for key in keys if key in value) or "done"


def _prepare(run: ScaleRun) -> dict[str, Any]:
    left = run.need("prepare")
    command = [sys.executable, "-m", "bench.scale_prepare", "--scale", str(run.scale)]
    command += ["--directory", str(server.import_dir())]
    if run.scale > VALIDATE_UP_TO:
        command.append("--no-validate")
    t0 = time.perf_counter()
    prepared = server.run_json_child(command, left, "prepare")
    prepared["seconds"] = round(time.perf_counter() - t0, 1)
    return prepared


def _admin_files(prepared: dict[str, Any]) -> admin_import.ImportFiles:
    return admin_import.ImportFiles(
        [(labels, Path(path)) for labels, path in prepared["admin_nodes"]],
        [(rel_type, Path(path)) for rel_type, path in prepared["admin_relationships"]],
    )


def _constraints_s() -> float:
    t0 = time.perf_counter()
    with server.sync_driver() as driver:
        apply_constraints(driver, server.DATABASE)
    return time.perf_counter() - t0


def _admin(run: ScaleRun, prepared: dict[str, Any]) -> dict[str, Any]:
    left = run.need("neo4j-admin import", 60)
    admin = ingest.run_admin_import(_admin_files(prepared), prepared["rows"], timeout_s=left)
    return {**admin, "seconds": admin["import_s"]}


def _load_csv(run: ScaleRun, prepared: dict[str, Any]) -> dict[str, Any]:
    fresh_s = admin_import.fresh_database()
    _constraints_s()
    queries = [file["query"] for file in prepared["load_csv_files"]]
    with server.sync_driver() as driver:
        seconds = ingest.load_csv(driver, queries, timeout_s=run.need("LOAD CSV", 60))
        print_ = ingest.fingerprint(driver)
    return {
        "seconds": round(seconds, 1),
        "rows_per_s": round(prepared["rows"] / seconds, 1),
        "fresh_store_s": round(fresh_s, 1),
        "fingerprint": print_,
    }


def _ours(run: ScaleRun) -> dict[str, Any]:
    fresh_s = admin_import.fresh_database()
    child = ingest.load_ours(run.scale, timeout_s=run.need("write_graph", 60), clear=False)
    with server.sync_driver() as driver:
        print_ = ingest.fingerprint(driver)
    return {
        **child,
        "seconds": child["write_s"],
        "fresh_store_s": round(fresh_s, 1),
        "fingerprint": print_,
    }


def _questions(run: ScaleRun) -> dict[str, Any]:
    run.need("the questions", MIN_QUESTIONS_S)
    t0 = time.perf_counter()
    answered = questions.run_scale(run.scale)
    answered["seconds"] = round(time.perf_counter() - t0, 1)
    return answered


def figures(result: dict[str, Any]) -> dict[str, Any]:
    """The headline figures of a scale run (what report.py carries into latest.json)."""
    phases = result.get("phases", {})
    ours = phases.get("ingest_ours", {})
    csv = phases.get("ingest_load_csv", {})
    admin = phases.get("ingest_admin_import", {})
    cases = phases.get("questions", {}).get("cases", {})
    out: dict[str, Any] = {
        "scale": result.get("scale"),
        "nodes": phases.get("prepare", {}).get("nodes"),
        "relationships": phases.get("prepare", {}).get("relationships"),
        "ours_rows_per_s": ours.get("rows_per_s"),
        "load_csv_rows_per_s": csv.get("rows_per_s"),
        "admin_import_rows_per_s": admin.get("rows_per_s"),
        "ingest_vs_load_csv": _ratio(ours.get("rows_per_s"), csv.get("rows_per_s")),
        "ingest_vs_admin_import": _ratio(ours.get("rows_per_s"), admin.get("rows_per_s")),
        "questions_p95_ms": {name: case.get("p95_ms") for name, case in cases.items()},
        # The call after a write, which reads and computes everything (the p95 is of later calls).
        "questions_first_call_ms": {name: case.get("cold_ms") for name, case in cases.items()},
        "questions_failed": {name: case["error"] for name, case in cases.items() if "error" in case},
        "stopped": result.get("stopped"),
        "load_average_range": result.get("load_average_range"),
    }
    return out


def _ratio(ours: float | None, other: float | None) -> float | None:
    return round(ours / other, 3) if ours and other else None


def run(
    scale: int, budget_s: float, command: str, heap: str = HEAP_1000X, pagecache: str = PAGECACHE_1000X
) -> dict[str, Any]:
    server.SIZE.heap, server.SIZE.pagecache = heap, pagecache
    # LOAD CSV's outer transaction and the questions' reads run under this backstop.
    server.SIZE.transaction_timeout_s = budget_s
    scale_run = ScaleRun(scale, budget_s, command)
    server.stop()  # a server left running with other sizes is restarted with these
    print(
        f"bench Neo4j: {server.start()} (heap {server.SIZE.heap}, page cache {server.SIZE.pagecache})",
        flush=True,
    )
    with server.sync_driver() as driver:
        scale_run.result["machine"] = machine(server.neo4j_version(driver))
    prepared: dict[str, Any] = {}
    phase = "prepare"
    try:
        prepared = _prepare(scale_run)
        scale_run.record(
            phase, {k: v for k, v in prepared.items() if not k.startswith(("admin_", "load_csv_"))}
        )
        phase = "ingest_ours"
        scale_run.record(phase, _ours(scale_run))
        phase = "questions"
        scale_run.record(phase, _questions(scale_run))
        phase = "ingest_admin_import"
        scale_run.record(phase, _admin(scale_run, prepared))
        phase = "ingest_load_csv"
        loaded = _load_csv(scale_run, prepared)
        loaded["same_as_ours"] = (
            loaded["fingerprint"] == scale_run.result["phases"]["ingest_ours"]["fingerprint"]
        )
        scale_run.record(phase, loaded)
    except (BudgetExceededError, subprocess.TimeoutExpired) as error:
        scale_run.result["stopped"] = f"time budget ({budget_s / 60:.0f} min) ran out in {phase}: {error}"
    except Exception as error:  # a failed phase is a result: keep what was measured before it
        scale_run.result["stopped"] = f"{phase} failed: {type(error).__name__}: {str(error)[-1500:]}"
    finally:
        for file in prepared.get("load_csv_files", []):
            (server.import_dir() / file["name"]).unlink(missing_ok=True)
        if prepared:
            admin_import.remove_files(_admin_files(prepared))
        scale_run.save()
    if scale_run.result["stopped"]:
        print(f"scale {scale}x stopped: {scale_run.result['stopped']}", flush=True)
    return scale_run.result
