"""Batched, idempotent writes: UNWIND ... MERGE in managed transactions, constraints first.

Only rows that differ from what the graph holds are written, so a re-run of the same files
writes nothing and reports everything unchanged; an interrupted run, re-run, converges.
Nodes the graph does not hold yet are CREATEd rather than MERGEd (the read that found them
absent has already done MERGE's look-up, and the id constraints refuse a double); relationships
are always MERGEd, as nothing but MERGE's lock keeps a racing writer from doubling one.
Before anything is written, the records are checked against the graph (an id already used by
another label is a data error), and a --replace is planned in full: one from no records, or one
that would delete more than REPLACE_SHARE of the graph without being allowed to, is refused.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

import neo4j
from neo4j.exceptions import ClientError

from graph import write_queries as queries
from graph.errors import ComputeGraphError
from graph.schema_setup import apply_constraints
from graph.serialize import native
from ingest.records import DataError, DataFileError, NodeRecord, RelationshipRecord
from schema.registry import NODE_MODELS, RELATIONSHIP_SPECS

BATCH_SIZE = 2000
# Node batches go two at a time: while the server applies one, the client packs the next.
# Relationship batches go one at a time: two batches touching the same hub (nvidia, tsmc)
# deadlock, and the retry's back-off costs more than the overlap gains.
NODE_WRITERS = 2
RELATIONSHIP_WRITERS = 1
IN_FLIGHT_PER_WRITER = 2  # batches queued or running per writer: enough to keep the server busy
Progress = Callable[[int], None]
# A --replace that would delete more than this share of the graph (nodes and relationships)
# needs to be allowed explicitly (`--yes` or `--allow-deletes N`): a wrong path is a typo away.
REPLACE_SHARE = 0.10


class ReplaceRefusedError(ComputeGraphError):
    """A --replace that would delete too much; nothing was written."""


class WriteFailedError(ComputeGraphError):
    """The database refused a write mid-load."""


@dataclass
class ReplacePlan:
    relationships: dict[str, list[dict[str, str]]]  # type -> {from, to, key} to delete
    nodes: dict[str, list[str]]  # label -> ids to delete

    @property
    def count(self) -> int:
        return sum(map(len, self.relationships.values())) + sum(map(len, self.nodes.values()))

    def describe(self) -> str:
        parts = [f"{len(ids)} {label}" for label, ids in self.nodes.items() if ids]
        parts += [f"{len(rows)} {rel_type}" for rel_type, rows in self.relationships.items() if rows]
        return ", ".join(parts) or "nothing"


@dataclass
class LoadSummary:
    created: Counter[str] = field(default_factory=Counter)
    updated: Counter[str] = field(default_factory=Counter)
    unchanged: Counter[str] = field(default_factory=Counter)
    deleted: Counter[str] = field(default_factory=Counter)

    @property
    def changed_anything(self) -> bool:
        return any(sum(counts.values()) for counts in (self.created, self.updated, self.deleted))

    def lines(self) -> list[str]:
        names = sorted(set(self.created) | set(self.updated) | set(self.unchanged) | set(self.deleted))
        rows = [f"{'label/type':<16} {'created':>8} {'updated':>8} {'unchanged':>9} {'deleted':>8}"]
        rows += [
            f"{name:<16} {self.created[name]:>8} {self.updated[name]:>8} "
            f"{self.unchanged[name]:>9} {self.deleted[name]:>8}"
            for name in names
        ]
        if not self.changed_anything:
            rows.append("nothing changed: the graph already equals the files")
        return rows


def node_properties(node: NodeRecord) -> dict[str, Any]:
    """What is stored on a node: the record plus derived lookup fields."""
    properties = dict(node.properties)
    if node.label != "Source":
        keys = [node.id, properties["name"], *properties.get("aliases", [])]
        properties["ref_keys"] = sorted({key.casefold() for key in keys})
        properties["alias_text"] = " | ".join(properties.get("aliases", []))
    return properties


def _same(stored: dict[str, Any] | None, wanted: dict[str, Any]) -> bool:
    return stored is not None and {k: native(v) for k, v in stored.items()} == wanted


class _ProgressBar:
    """A plain text bar on stderr, shown only for loads big enough to wait for."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.done, self.enabled = total, 0, enabled and total >= 5000

    def __call__(self, count: int) -> None:
        self.done += count
        if self.enabled:
            filled = int(30 * self.done / max(self.total, 1))
            sys.stderr.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}")
            if self.done >= self.total:
                sys.stderr.write("\n")
            sys.stderr.flush()


def _batches(rows: Sequence[dict[str, Any]]) -> list[Sequence[dict[str, Any]]]:
    return [rows[i : i + BATCH_SIZE] for i in range(0, len(rows), BATCH_SIZE)]


class _BatchWriter:
    """Writes batches in managed transactions, `workers` at a time, each on its own session.

    Rows arrive as an iterator and are cut into batches as they come, with at most
    IN_FLIGHT_PER_WRITER batches per worker waiting or running: the client builds the next
    batch while the server applies the last, and memory holds a few batches, not the whole
    load (1000x is 3 M relationships). A failure stops the load promptly: what had not started
    is cancelled and the first error re-raised (a re-run converges, as ever)."""

    def __init__(self, driver: neo4j.Driver, database: str, progress: Progress, workers: int) -> None:
        self.driver, self.database, self.progress = driver, database, progress
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ingest-writer")
        self.pending: set[Future[int]] = set()
        self.max_pending = workers * IN_FLIGHT_PER_WRITER

    def submit(self, query: str, rows: Iterable[dict[str, Any]]) -> None:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row)
            if len(batch) == BATCH_SIZE:
                self._submit_batch(query, batch)
                batch = []
        if batch:
            self._submit_batch(query, batch)

    def _submit_batch(self, query: str, batch: list[dict[str, Any]]) -> None:
        while len(self.pending) >= self.max_pending:
            self._collect(wait(self.pending, return_when=FIRST_COMPLETED).done)
        self.pending.add(self.pool.submit(self._write, query, batch))

    def _write(self, query: str, rows: list[dict[str, Any]]) -> int:
        with self.driver.session(database=self.database) as session:
            session.execute_write(_run, query, rows=rows)
        return len(rows)

    def _collect(self, done: set[Future[int]]) -> None:
        for future in done:
            self.pending.discard(future)
            error = future.exception()
            if error is not None:
                for other in self.pending:
                    other.cancel()
                wait(self.pending)
                self.pending.clear()
                raise error
            self.progress(future.result())

    def drain(self) -> None:
        while self.pending:
            self._collect(wait(self.pending, return_when=FIRST_EXCEPTION).done)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _write_nodes(
    session: neo4j.Session,
    writer: _BatchWriter,
    label: str,
    nodes: list[NodeRecord],
    summary: LoadSummary,
    progress: Progress,
) -> None:
    stored = dict(session.execute_read(_read_all, queries.existing_nodes(label)))

    updates: list[dict[str, Any]] = []

    def created() -> Iterator[dict[str, Any]]:
        for node in nodes:
            wanted = node_properties(node)
            current = stored.get(node.id)
            if current is None:
                summary.created[label] += 1
                yield {"props": wanted}
            elif _same(current, wanted):
                summary.unchanged[label] += 1
            else:
                summary.updated[label] += 1
                updates.append({"id": node.id, "props": wanted})

    unchanged_before = summary.unchanged[label]
    # Absent when read just above: CREATEd (the id constraints keep a racing writer from
    # doubling a node: its batch fails instead); the ones to update are MERGEd by id.
    writer.submit(queries.create_nodes(label), created())
    writer.submit(queries.merge_nodes(label), updates)
    progress(summary.unchanged[label] - unchanged_before)


def _write_relationships(
    session: neo4j.Session,
    writer: _BatchWriter,
    rel_type: str,
    rels: list[RelationshipRecord],
    summary: LoadSummary,
    progress: Progress,
) -> None:
    stored = {
        (r["from"], r["to"], r["key"]): r["props"]
        for r in session.execute_read(_read_records, queries.existing_relationships(rel_type))
    }

    updates: list[dict[str, Any]] = []

    def created() -> Iterator[dict[str, Any]]:
        for rel in rels:
            wanted = {**rel.properties, "key": rel.key}
            current = stored.get((rel.from_id, rel.to_id, rel.key))
            if current is None:
                summary.created[rel_type] += 1
                yield {"from": rel.from_id, "to": rel.to_id, "key": rel.key, "props": wanted}
            elif _same(current, wanted):
                summary.unchanged[rel_type] += 1
            else:
                summary.updated[rel_type] += 1
                updates.append({"from": rel.from_id, "to": rel.to_id, "key": rel.key, "props": wanted})

    unchanged_before = summary.unchanged[rel_type]
    # New ones are MERGEd too, not CREATEd: no constraint guards relationships, and a writer
    # racing this one (a second load, a mutation through the API) could otherwise leave the
    # same relationship twice, which the money questions would count twice. MERGE locks both
    # ends and looks again; CREATE would save about a tenth of the server's time here.
    writer.submit(queries.merge_relationships(rel_type), created())
    writer.submit(queries.merge_relationships(rel_type), updates)
    progress(summary.unchanged[rel_type] - unchanged_before)


def _plan_replace(
    session: neo4j.Session, nodes: list[NodeRecord], rels: list[RelationshipRecord]
) -> ReplacePlan:
    """--replace: what the files no longer contain, worked out before anything is written."""
    wanted_rels: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for rel in rels:
        wanted_rels[rel.type].add((rel.from_id, rel.to_id, rel.key))
    plan = ReplacePlan({}, {})
    for rel_type in RELATIONSHIP_SPECS:
        existing = session.execute_read(_read_records, queries.existing_relationships(rel_type))
        plan.relationships[rel_type] = [
            {"from": r["from"], "to": r["to"], "key": r["key"]}
            for r in existing
            if (r["from"], r["to"], r["key"]) not in wanted_rels[rel_type]
        ]
    wanted_ids: dict[str, set[str]] = defaultdict(set)
    for node in nodes:
        wanted_ids[node.label].add(node.id)
    for label in NODE_MODELS:
        existing_ids = [
            node_id for node_id, _ in session.execute_read(_read_all, queries.existing_nodes(label))
        ]
        plan.nodes[label] = [node_id for node_id in existing_ids if node_id not in wanted_ids[label]]
    return plan


def _check_replace(session: neo4j.Session, plan: ReplacePlan, allow_deletes: int | None) -> None:
    if plan.count == 0:
        return
    record = session.execute_read(_read_records, queries.GRAPH_SIZE)[0]
    size = int(record["nodes"]) + int(record["relationships"])
    limit = allow_deletes if allow_deletes is not None else int(size * REPLACE_SHARE)
    if plan.count > limit:
        allowed = (
            f"--allow-deletes {allow_deletes} allows fewer"
            if allow_deletes is not None
            else f"that is over {REPLACE_SHARE:.0%} of the graph's {size}"
        )
        raise ReplaceRefusedError(
            f"--replace would delete {plan.count} nodes and relationships ({plan.describe()}); "
            f"{allowed}. Nothing was written. Check the paths; if this is intended, re-run with "
            f"--yes or --allow-deletes {plan.count}"
        )


def _apply_replace(session: neo4j.Session, plan: ReplacePlan, summary: LoadSummary) -> None:
    """Relationships first, then nodes; before the writes, so that an id freed by a node the
    files no longer hold can be taken by a node of another label."""
    for rel_type, gone in plan.relationships.items():
        for batch in _batches(gone):
            session.execute_write(_run, queries.delete_relationships(rel_type), rows=list(batch))
        summary.deleted[rel_type] += len(gone)
    for label, gone_ids in plan.nodes.items():
        for batch in _batches([{"id": node_id} for node_id in gone_ids]):
            session.execute_write(_run, queries.delete_nodes(label), rows=list(batch))
        summary.deleted[label] += len(gone_ids)


def _check_ids_against_graph(
    session: neo4j.Session, nodes: list[NodeRecord], plan: ReplacePlan | None
) -> None:
    """Ids are unique across labels: a record whose id another label holds in the graph is a
    data error, found before the first write (unless --replace deletes that node first)."""
    leaving = {node_id for ids in (plan.nodes.values() if plan else []) for node_id in ids}
    errors = []
    for start in range(0, len(nodes), 10 * BATCH_SIZE):
        chunk = nodes[start : start + 10 * BATCH_SIZE]
        ids = [node.id for node in chunk]
        stored = {
            r["id"]: r["label"] for r in session.execute_read(_read_records_with, queries.STORED_LABELS, ids)
        }
        for node in chunk:
            label = stored.get(node.id)
            if label is not None and label != node.label and node.id not in leaving:
                errors.append(
                    DataError(
                        node.origin,
                        f"id {node.id!r} already names a {label} in the graph; ids are unique across labels",
                        node.id,
                        "id",
                    )
                )
    if errors:
        raise DataFileError(errors)


def _read_records_with(tx: neo4j.ManagedTransaction, query: str, ids: list[str]) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query, ids=ids)]


def _run(tx: neo4j.ManagedTransaction, /, query: str, **params: Any) -> None:
    tx.run(query, params).consume()


def _read_all(tx: neo4j.ManagedTransaction, query: str) -> list[tuple[str, dict[str, Any]]]:
    return [(record["id"], record["props"]) for record in tx.run(query)]


def _read_records(tx: neo4j.ManagedTransaction, query: str) -> list[dict[str, Any]]:
    return [record.data() for record in tx.run(query)]


def write_graph(
    driver: neo4j.Driver,
    nodes: list[NodeRecord],
    rels: list[RelationshipRecord],
    *,
    database: str,
    replace: bool = False,
    show_progress: bool = True,
    allow_deletes: int | None = None,
) -> LoadSummary:
    """Write the validated records. With `replace`, also delete what they no longer contain:
    up to `allow_deletes` nodes and relationships, or REPLACE_SHARE of the graph if None."""
    if replace and not nodes:
        raise ReplaceRefusedError(
            "--replace from files with no records would delete the whole graph; refused (nothing was written)"
        )
    apply_constraints(driver, database)
    summary = LoadSummary()
    progress = _ProgressBar(len(nodes) + len(rels), show_progress)
    by_label: dict[str, list[NodeRecord]] = defaultdict(list)
    for node in nodes:
        by_label[node.label].append(node)
    by_type: dict[str, list[RelationshipRecord]] = defaultdict(list)
    for rel in rels:
        by_type[rel.type].append(rel)
    node_writer = _BatchWriter(driver, database, progress, NODE_WRITERS)
    relationship_writer = _BatchWriter(driver, database, progress, RELATIONSHIP_WRITERS)
    try:
        with driver.session(database=database) as session:
            plan = _plan_replace(session, nodes, rels) if replace else None
            if plan is not None:
                _check_replace(session, plan, allow_deletes)
            _check_ids_against_graph(session, nodes, plan)
            if plan is not None:
                _apply_replace(session, plan, summary)
            for label, label_nodes in by_label.items():
                _write_nodes(session, node_writer, label, label_nodes, summary, progress)
            node_writer.drain()  # every node exists before a relationship looks for its ends
            for rel_type, type_rels in by_type.items():
                _write_relationships(session, relationship_writer, rel_type, type_rels, summary, progress)
            relationship_writer.drain()
    except ClientError as error:
        raise WriteFailedError(
            f"the database refused a write, so the load stopped: {error.message}. What was "
            "written before stays (each batch is whole); fix the cause and re-run the same "
            "command: a re-run converges to the files"
        ) from error
    finally:
        node_writer.close()
        relationship_writer.close()
    if summary.changed_anything:
        # Fresh index statistics now, so the first queries after a load are planned for the graph
        # as loaded, and are not replanned again and again while sampling catches up (a replan of
        # a question's level query costs about a second).
        with driver.session(database=database) as session:
            session.run("CALL db.prepareForReplanning()").consume()
    return summary
