"""The benchmark's own Neo4j: settings, start/stop, clearing and loading a scale."""

from __future__ import annotations

import json
import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import neo4j

from graph import local_server
from graph.driver import create_driver
from graph.settings import PROJECT_ROOT, Settings

BENCH_HOME = PROJECT_ROOT / ".var" / "neo4j-bench"
# Overridable so two harness runs (e.g. in two worktrees) do not share one server.
BOLT_PORT = int(os.environ.get("COMPUTEGRAPH_BENCH_BOLT_PORT", "7690"))
HTTP_PORT = int(os.environ.get("COMPUTEGRAPH_BENCH_HTTP_PORT", "7477"))
DATABASE = "neo4j"
# Ports other Neo4j instances of the project use; the harness refuses to touch them.
FORBIDDEN_PORTS = frozenset({7687, 7688, 7689})


@dataclass
class ServerSize:
    """Memory and the transaction backstop of the bench server; `python -m bench scale` raises
    them for 1000x (a bigger store, and LOAD CSV's outer transaction runs for minutes)."""

    heap: str = "2g"
    pagecache: str = "1g"
    transaction_timeout_s: float = 120.0


SIZE = ServerSize()


def bench_settings() -> Settings:
    settings = Settings(
        local_home=BENCH_HOME,
        local_bolt_port=BOLT_PORT,
        local_http_port=HTTP_PORT,
        local_heap=SIZE.heap,
        local_pagecache=SIZE.pagecache,
        local_transaction_timeout_s=SIZE.transaction_timeout_s,
        neo4j_uri=None,
    )
    if settings.local_bolt_port in FORBIDDEN_PORTS:
        raise RuntimeError(f"refusing to benchmark on port {settings.local_bolt_port}")
    return settings


def bench_env() -> dict[str, str]:
    """Environment for child processes (uvicorn, ingest) so get_settings() points at the bench server."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("NEO4J_", "COMPUTEGRAPH_"))}
    env.update(
        {
            # The child's own bench.server must find this server, not the default ports.
            "COMPUTEGRAPH_BENCH_BOLT_PORT": str(BOLT_PORT),
            "COMPUTEGRAPH_BENCH_HTTP_PORT": str(HTTP_PORT),
            "COMPUTEGRAPH_LOCAL_HOME": str(BENCH_HOME),
            "COMPUTEGRAPH_LOCAL_BOLT_PORT": str(BOLT_PORT),
            "COMPUTEGRAPH_LOCAL_HTTP_PORT": str(HTTP_PORT),
            "PYTHONPATH": str(PROJECT_ROOT),
        }
    )
    return env


def run_json_child(command: list[str], timeout_s: float | None, what: str) -> dict[str, Any]:
    """Run a harness child (ingest, prepare) against the bench server; the JSON its last line prints."""
    done = subprocess.run(
        command,
        cwd=PROJECT_ROOT,
        env=bench_env(),
        capture_output=True,
        text=True,
        timeout=timeout_s,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{what} failed: {done.stderr.strip()[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def import_dir() -> Path:
    return BENCH_HOME / "import"


def _link_jars() -> None:
    """Reuse the jars another local server already fetched, instead of a second Maven fetch."""
    lib = BENCH_HOME / "lib"
    if lib.exists():
        return
    BENCH_HOME.mkdir(parents=True, exist_ok=True)
    for other in ("neo4j-test", "neo4j"):
        candidate = PROJECT_ROOT / ".var" / other / "lib"
        if any(candidate.glob("neo4j-5.26.*.jar")):
            lib.symlink_to(candidate)
            return


def start() -> str:
    settings = bench_settings()
    _link_jars()
    import_dir().mkdir(parents=True, exist_ok=True)
    return local_server.start(settings).detail


def stop() -> str:
    return local_server.stop(bench_settings()).detail


def neo4j_version(driver: neo4j.Driver) -> str:
    records, _, _ = driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS v, edition AS e",
        database_="system",
    )
    return f"{records[0]['v']} {records[0]['e']}"


@contextmanager
def sync_driver() -> Iterator[neo4j.Driver]:
    with create_driver(bench_settings()) as driver:
        yield driver


def counts(driver: neo4j.Driver) -> tuple[int, int]:
    records, _, _ = driver.execute_query(
        "CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } "
        "RETURN nodes, rels",
        database_=DATABASE,
    )
    return int(records[0]["nodes"]), int(records[0]["rels"])


def clear(driver: neo4j.Driver) -> None:
    """Empty the database (constraints and indexes stay), in batches the transaction memory limit
    allows: relationships first, since DETACH DELETE of a batch of hubs (thousands of
    relationships each in the dense graph) overflows it."""
    with driver.session(database=DATABASE) as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()
