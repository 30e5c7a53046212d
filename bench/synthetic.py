"""Seeded synthetic graphs with the real dataset's label and relationship mix, at N x its size.

How a graph at scale N is made from the validated records of `data/` (the template):

- every template node is cloned N times; copy 0 is the real record verbatim, copy k > 0 gets
  the id `<id>-s<k>`, a `#k` suffix on its name and aliases, and cites the copy-k clones of its
  sources (Sources are cloned like every other label), so each label keeps its share exactly;
- every template relationship is cloned N times between the copy-k clones of its endpoints, so
  each (type, start label, end label) keeps its share and each deal keeps its parties' roles;
- in copies k > 0, with probability REWIRE one end (the Company end; `to` otherwise; the
  supplier of SUPPLIES and the owner of OWNS) is re-drawn preferentially: a random template
  relationship of the same type, labels (and deal role) gives the endpoint, so a firm is drawn in
  proportion to its real degree in that type, and the copy index k' is drawn with weight
  1/(k'+1). Degrees are therefore heavy-tailed and the hubs (the copy-0 originals: TSMC, Nvidia,
  Microsoft, ...) grow with the scale, as they would in a larger real graph.

Same seed and scale, same records. `validate_records` runs the project's own validation
(ingest.validate: the pydantic models plus endpoint and source cross-checks) over the output.
"""

from __future__ import annotations

import bisect
import csv
import datetime as dt
import itertools
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from graph.settings import PROJECT_ROOT
from ingest.load import read_and_validate
from ingest.records import (
    DataFileError,
    NodeRecord,
    Origin,
    RawDocument,
    RawNode,
    RawRelationship,
    RelationshipRecord,
)
from ingest.validate import ValidatedGraph, validate
from ingest.writer import node_properties
from schema.fields import FieldKind, model_fields
from schema.registry import ENTITY_LABEL, NODE_MODELS, RELATIONSHIP_SPECS

DEFAULT_SEED = 20251201
REWIRE = 0.3
DATA_DIR = PROJECT_ROOT / "data"
LIST_SEPARATOR = "|"
# Company-Company types: which end is re-drawn preferentially (the "provider" side).
COMPANY_PAIR_END = {"SUPPLIES": "from", "OWNS": "from", "RENTS_FROM": "to"}


@dataclass
class SyntheticGraph:
    scale: int
    seed: int
    nodes: list[NodeRecord]
    relationships: list[RelationshipRecord]
    rewired: int = 0
    skipped: int = 0  # rewired duplicates that fell back and still collided (expected 0)

    @property
    def rows(self) -> int:
        return len(self.nodes) + len(self.relationships)


@cache
def load_template() -> ValidatedGraph:
    return read_and_validate([DATA_DIR])


def _suffix(copy: int) -> str:
    return "" if copy == 0 else f"-s{copy}"


def _clone_node(node: NodeRecord, copy: int, origin: Origin) -> NodeRecord:
    if copy == 0:
        return node
    suffix = _suffix(copy)
    props = dict(node.properties)
    props["id"] = node.id + suffix
    if node.label == "Source":
        props["title"] = f"{props['title']} #{copy}"
    else:
        props["name"] = f"{props['name']} #{copy}"
        if "aliases" in props:
            props["aliases"] = sorted(f"{alias} #{copy}" for alias in props["aliases"])
        props["sources"] = sorted(source + suffix for source in props["sources"])
    return NodeRecord(node.label, props["id"], props, origin)


def _rewire_end(rel_type: str, from_label: str, to_label: str) -> str:
    if from_label == "Company" and to_label == "Company":
        return COMPANY_PAIR_END.get(rel_type, "to")
    if from_label == "Company":
        return "from"
    return "to"


def _pool_key(rel: RelationshipRecord, labels: dict[str, str]) -> tuple[str, str, str, str]:
    return (rel.type, labels[rel.from_id], labels[rel.to_id], str(rel.properties.get("role", "")))


def generate(
    scale: int, seed: int = DEFAULT_SEED, template: ValidatedGraph | None = None, density: float = 1.0
) -> SyntheticGraph:
    """The synthetic graph at `scale` x the template (1 = the real dataset verbatim).

    `density` > 1 adds relationships per node, same type mix: after the normal clones, further
    passes over the template relationships (a final partial pass for the fraction) each rewire
    one end as above, so the extra relationships are as heavy-tailed as the rest. Copy 0 stays
    the dataset verbatim, so the factor is (scale - 1) / scale of `density` - 1 short of it."""
    if scale < 1:
        raise ValueError("scale must be at least 1")
    if density < 1:
        raise ValueError("density must be at least 1")
    template = template or load_template()
    rng = random.Random(f"{seed}:{scale}")  # noqa: S311 - reproducible test data, not secrets
    origin_file = f"synthetic-{scale}x-seed{seed}"
    nodes = [
        _clone_node(node, copy, Origin(origin_file, index, section=node.label))
        for copy in range(scale)
        for index, node in enumerate(template.nodes, start=1)
    ]
    labels = {node.id: node.label for node in template.nodes}
    pools: dict[tuple[str, str, str, str], list[RelationshipRecord]] = defaultdict(list)
    for rel in template.relationships:
        pools[_pool_key(rel, labels)].append(rel)
    copy_weights = list(itertools.accumulate(1.0 / (k + 1) for k in range(scale)))
    seen: set[tuple[str, str, str, str]] = set()
    rels: list[RelationshipRecord] = []
    rewired = skipped = 0
    passes = [(copy, 1.0) for copy in range(scale)]
    extra = density - 1
    while extra > 1e-9:
        passes += [(copy, min(extra, 1.0)) for copy in range(1, scale)]
        extra -= 1
    for pass_number, (copy, share) in enumerate(passes):
        suffix = _suffix(copy)
        extra_pass = pass_number >= scale
        for index, rel in enumerate(template.relationships, start=1):
            if extra_pass and rng.random() >= share:
                continue
            from_id, to_id = rel.from_id + suffix, rel.to_id + suffix
            if copy > 0 and (extra_pass or rng.random() < REWIRE):
                end = _rewire_end(rel.type, labels[rel.from_id], labels[rel.to_id])
                donor = rng.choice(pools[_pool_key(rel, labels)])
                other_copy = bisect.bisect_left(copy_weights, rng.random() * copy_weights[-1])
                picked = (donor.from_id if end == "from" else donor.to_id) + _suffix(other_copy)
                candidate = (picked, to_id) if end == "from" else (from_id, picked)
                identity = (rel.type, *candidate, rel.key)
                if candidate[0] != candidate[1] and identity not in seen:
                    from_id, to_id = candidate
                    rewired += 1
            identity = (rel.type, from_id, to_id, rel.key)
            if identity in seen:
                skipped += 1
                continue
            seen.add(identity)
            props = dict(rel.properties)
            if copy > 0:
                props["sources"] = sorted(source + suffix for source in props["sources"])
            origin = Origin(
                origin_file, index + pass_number * len(template.relationships), section="relationships"
            )
            rels.append(RelationshipRecord(rel.type, from_id, to_id, rel.key, props, origin))
    return SyntheticGraph(scale, seed, nodes, rels, rewired, skipped)


def validate_records(graph: SyntheticGraph) -> int:
    """Run the project's validation over every record; raise DataFileError on any error."""
    document = RawDocument()
    for node in graph.nodes:
        # No copy: validate_node copies what it reads (at 1000x a copy is gigabytes).
        document.nodes.append(RawNode(node.label, node.properties, node.origin))
    for rel in graph.relationships:
        data = {"type": rel.type, "from": rel.from_id, "to": rel.to_id, **rel.properties}
        document.relationships.append(RawRelationship(data, rel.origin))
    checked = validate([document])
    if checked.errors:
        raise DataFileError(checked.errors)
    return len(checked.nodes) + len(checked.relationships)


@dataclass
class DegreeSummary:
    nodes: int
    mean: float
    p50: int
    p99: int
    max: int
    max_id: str
    top1pct_share: float  # share of relationship ends held by the top 1% of nodes
    by_label: dict[str, int] = field(default_factory=dict)
    by_type: dict[str, int] = field(default_factory=dict)


def degree_summary(graph: SyntheticGraph) -> DegreeSummary:
    degree: Counter[str] = Counter({node.id: 0 for node in graph.nodes if node.label != "Source"})
    for rel in graph.relationships:
        degree[rel.from_id] += 1
        degree[rel.to_id] += 1
    values = sorted(degree.values())
    top = values[-max(1, len(values) // 100) :]
    max_id, max_degree = degree.most_common(1)[0]
    return DegreeSummary(
        nodes=len(values),
        mean=round(sum(values) / len(values), 2),
        p50=values[len(values) // 2],
        p99=values[int(len(values) * 0.99)],
        max=max_degree,
        max_id=max_id,
        top1pct_share=round(sum(top) / max(1, sum(values)), 3),
        by_label=dict(Counter(node.label for node in graph.nodes)),
        by_type=dict(Counter(rel.type for rel in graph.relationships)),
    )


# ---- CSV for LOAD CSV --------------------------------------------------------------------------


@dataclass(frozen=True)
class CsvFile:
    name: str  # file name in the import folder; LOAD CSV reads file:///<name>
    rows: int
    query: str  # the LOAD CSV statement that loads it
    is_node_file: bool


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        text = [str(item) for item in value]
        if any(LIST_SEPARATOR in item for item in text):
            raise ValueError(f"a list item contains the separator {LIST_SEPARATOR!r}: {text}")
        return LIST_SEPARATOR.join(text)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_CONVERT = {
    FieldKind.STRING: "row.{0}",
    FieldKind.ENUM: "row.{0}",
    FieldKind.INT: "toInteger(row.{0})",
    FieldKind.FLOAT: "toFloat(row.{0})",
    FieldKind.BOOL: "toBoolean(row.{0})",
    FieldKind.DATE: "date(row.{0})",
    FieldKind.STRING_LIST: "coalesce(split(row.{0}, '" + LIST_SEPARATOR + "'), [])",
    FieldKind.ENUM_LIST: "coalesce(split(row.{0}, '" + LIST_SEPARATOR + "'), [])",
}


def _node_columns(label: str) -> list[tuple[str, FieldKind]]:
    columns = [(info.name, info.kind) for info in model_fields(NODE_MODELS[label])]
    if label != "Source":
        columns += [("ref_keys", FieldKind.STRING_LIST), ("alias_text", FieldKind.STRING)]
    return columns


def _rel_columns(rel_type: str) -> list[tuple[str, FieldKind]]:
    return [(info.name, info.kind) for info in model_fields(RELATIONSHIP_SPECS[rel_type].model)]


def _map_literal(columns: list[tuple[str, FieldKind]]) -> str:
    entries = []
    for name, kind in columns:
        expression = _CONVERT[kind].format(name)
        if name == "alias_text":
            expression = "coalesce(row.alias_text, '')"  # '' is stored for a node without aliases
        entries.append(f"`{name}`: {expression}")
    return "{" + ", ".join(entries) + "}"


BATCH_ROWS = 2000  # the same batch size as ingest.writer


def node_load_query(label: str, file_name: str) -> str:
    extra = "" if label == "Source" else f", n:{ENTITY_LABEL}"
    return (
        f"LOAD CSV WITH HEADERS FROM 'file:///{file_name}' AS row "
        f"CALL (row) {{ MERGE (n:{label} {{id: row.id}}) "
        f"SET n = {_map_literal(_node_columns(label))}{extra} }} "
        f"IN TRANSACTIONS OF {BATCH_ROWS} ROWS"
    )


def rel_load_query(rel_type: str, file_name: str) -> str:
    props = _map_literal([("key", FieldKind.STRING), *_rel_columns(rel_type)])
    props = props.replace("`key`: row.key", "`key`: coalesce(row.key, '')")
    return (
        f"LOAD CSV WITH HEADERS FROM 'file:///{file_name}' AS row "
        f"CALL (row) {{ MATCH (a:{ENTITY_LABEL} {{id: row.from}}) MATCH (b:{ENTITY_LABEL} {{id: row.to}}) "
        f"MERGE (a)-[r:{rel_type} {{key: coalesce(row.key, '')}}]->(b) SET r = {props} }} "
        f"IN TRANSACTIONS OF {BATCH_ROWS} ROWS"
    )


def write_csv(graph: SyntheticGraph, directory: Path) -> list[CsvFile]:
    """One file per label and per relationship type, the same rows write_graph receives."""
    directory.mkdir(parents=True, exist_ok=True)
    prefix = f"s{graph.scale}x"
    files: list[CsvFile] = []
    by_label: dict[str, list[NodeRecord]] = defaultdict(list)
    for node in graph.nodes:
        by_label[node.label].append(node)
    for label, nodes in by_label.items():
        name = f"{prefix}-nodes-{label}.csv"
        columns = [column for column, _ in _node_columns(label)]
        with (directory / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(columns)
            for node in nodes:
                props = node_properties(node)
                writer.writerow([_cell(props.get(column)) for column in columns])
        files.append(CsvFile(name, len(nodes), node_load_query(label, name), True))
    by_type: dict[str, list[RelationshipRecord]] = defaultdict(list)
    for rel in graph.relationships:
        by_type[rel.type].append(rel)
    for rel_type, rels in by_type.items():
        name = f"{prefix}-rels-{rel_type}.csv"
        columns = [column for column, _ in _rel_columns(rel_type)]
        with (directory / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["from", "to", "key", *columns])
            for rel in rels:
                writer.writerow(
                    [rel.from_id, rel.to_id, rel.key, *(_cell(rel.properties.get(c)) for c in columns)]
                )
        files.append(CsvFile(name, len(rels), rel_load_query(rel_type, name), False))
    return files
