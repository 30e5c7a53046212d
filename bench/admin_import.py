"""The bound: Neo4j's offline importer (`neo4j-admin database import full`) on the same rows.

The importer is the fastest way into an empty store: it writes store files directly, with no
transactions, no MERGE and no index maintenance, while the database is offline. It runs from
the jars the local server already uses (the admin entry point of graph.local_server, whose
classpath holds neo4j-import-tool), into the bench server's `neo4j` database while the server
is stopped (`--overwrite-destination`). It creates no constraints or indexes: those are built
after the server is up again, and timed apart.

Files: one per label (labels given on the command line: `Company:Entity=<file>`) and one per
relationship type, with typed headers (`:long`, `:double`, `:date`, `:string[]`). Every field is
quoted except a missing value, so an empty string (a relationship's empty `key`, a node's empty
`alias_text`) is stored as the empty string, as write_graph and LOAD CSV store it, and a missing
value stores nothing.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench import server
from bench.synthetic import LIST_SEPARATOR, SyntheticGraph, _cell, _node_columns, _rel_columns
from graph.local_server import ADMIN_ENTRY_POINT, LocalServerPaths
from ingest.records import NodeRecord, RelationshipRecord
from ingest.writer import node_properties
from schema.fields import FieldKind
from schema.registry import ENTITY_LABEL

IMPORTER_HEAP = "2g"  # its own JVM, while the server is stopped (the server's heap is free)
# Its caches off the heap: the default is 90% of free memory, too greedy on a shared machine.
IMPORTER_OFF_HEAP = "3G"
_TYPE = {
    FieldKind.STRING: "",
    FieldKind.ENUM: "",
    FieldKind.INT: ":long",
    FieldKind.FLOAT: ":double",
    FieldKind.BOOL: ":boolean",
    FieldKind.DATE: ":date",
    FieldKind.STRING_LIST: ":string[]",
    FieldKind.ENUM_LIST: ":string[]",
}


@dataclass(frozen=True)
class ImportFiles:
    nodes: list[tuple[str, Path]]  # (labels "Company:Entity", file)
    relationships: list[tuple[str, Path]]  # (type, file)


def _field(value: Any) -> str:
    if value is None:
        return ""
    return '"' + _cell(value).replace('"', '""') + '"'


def _line(values: Iterable[Any]) -> str:
    return ",".join(_field(value) for value in values) + "\n"


def write_files(graph: SyntheticGraph, directory: Path) -> ImportFiles:
    """The importer's input for `graph`: the same rows write_graph and LOAD CSV receive."""
    directory.mkdir(parents=True, exist_ok=True)
    prefix = f"admin-s{graph.scale}x"
    by_label: dict[str, list[NodeRecord]] = defaultdict(list)
    for node in graph.nodes:
        by_label[node.label].append(node)
    node_files: list[tuple[str, Path]] = []
    for label, nodes in by_label.items():
        columns = [(name, kind) for name, kind in _node_columns(label) if name != "id"]
        path = directory / f"{prefix}-nodes-{label}.csv"
        with path.open("w", encoding="utf-8") as handle:
            handle.write(",".join(["id:ID", *(f"{name}{_TYPE[kind]}" for name, kind in columns)]) + "\n")
            for node in nodes:
                props = node_properties(node)
                handle.write(_line([node.id, *(props.get(name) for name, _ in columns)]))
        labels = label if label == "Source" else f"{label}:{ENTITY_LABEL}"
        node_files.append((labels, path))
    by_type: dict[str, list[RelationshipRecord]] = defaultdict(list)
    for rel in graph.relationships:
        by_type[rel.type].append(rel)
    rel_files: list[tuple[str, Path]] = []
    for rel_type, rels in by_type.items():
        columns = _rel_columns(rel_type)
        path = directory / f"{prefix}-rels-{rel_type}.csv"
        with path.open("w", encoding="utf-8") as handle:
            header = [":START_ID", ":END_ID", "key", *(f"{name}{_TYPE[kind]}" for name, kind in columns)]
            handle.write(",".join(header) + "\n")
            for rel in rels:
                handle.write(
                    _line([rel.from_id, rel.to_id, rel.key, *(rel.properties.get(n) for n, _ in columns)])
                )
        rel_files.append((rel_type, path))
    return ImportFiles(node_files, rel_files)


def remove_files(files: ImportFiles) -> None:
    for _, path in [*files.nodes, *files.relationships]:
        path.unlink(missing_ok=True)


def _admin_command(*args: str) -> tuple[list[str], dict[str, str]]:
    paths = LocalServerPaths(server.BENCH_HOME)
    env = {**os.environ, "NEO4J_HOME": str(paths.home), "NEO4J_CONF": str(paths.conf)}
    command = ["java", f"-Xmx{IMPORTER_HEAP}", "-cp", str(paths.lib / "*"), ADMIN_ENTRY_POINT, *args]
    return command, env


def run_import(files: ImportFiles, *, timeout_s: float) -> dict[str, Any]:
    """Stop the bench server, import into a fresh `neo4j` store, start it again; the timings.

    `import_s` is the importer's own wall time (JVM start included): the bound. The server's
    restart and the constraint/index build that follows are reported apart by the caller."""
    server.stop()
    command, env = _admin_command(
        "database",
        "import",
        "full",
        server.DATABASE,
        "--overwrite-destination=true",
        f"--array-delimiter={LIST_SEPARATOR}",
        "--multiline-fields=true",
        f"--max-off-heap-memory={IMPORTER_OFF_HEAP}",
        f"--report-file={server.BENCH_HOME / 'logs' / 'import.report'}",
        *(f"--nodes={labels}={path}" for labels, path in files.nodes),
        *(f"--relationships={rel_type}={path}" for rel_type, path in files.relationships),
    )
    t0 = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout_s, check=False)
    import_s = time.perf_counter() - t0
    if done.returncode != 0:
        raise RuntimeError(f"neo4j-admin import failed: {(done.stdout + done.stderr).strip()[-2000:]}")
    t0 = time.perf_counter()
    server.start()
    return {
        "import_s": round(import_s, 3),
        "restart_s": round(time.perf_counter() - t0, 3),
        "importer_heap": IMPORTER_HEAP,
        "importer_off_heap": IMPORTER_OFF_HEAP,
        "importer_summary": [line for line in done.stdout.splitlines() if "IMPORT DONE" in line][-1:],
    }


def fresh_database() -> float:
    """An empty `neo4j` store, fast at any scale: stop the server, delete the store and its
    transaction logs, start (Neo4j creates the default database anew). Constraints and indexes
    go with the store. Returns the seconds it took."""
    t0 = time.perf_counter()
    server.stop()
    paths = LocalServerPaths(server.BENCH_HOME)
    for folder in ("databases", "transactions"):
        shutil.rmtree(paths.data / folder / server.DATABASE, ignore_errors=True)
    server.start()
    return time.perf_counter() - t0
