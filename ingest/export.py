"""`computegraph export`: the whole graph as Turtle, N-Triples, JSON-LD or YAML.

Each export re-ingests to the identical graph (tested as round trips).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import yaml

from graph.dump import GraphDump
from ingest.rdf import graph_to_rdf

EXPORT_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "yaml": "yaml"}


def export_text(dump: GraphDump, fmt: str) -> str:
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    if fmt == "yaml":
        return _yaml(dump)
    return graph_to_rdf(dump).serialize(format=EXPORT_FORMATS[fmt])


def _yaml(dump: GraphDump) -> str:
    sections: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for label, props in dump.nodes:
        sections[label].append(dict(props))
    for rel_type, from_id, to_id, props in dump.relationships:
        sections["relationships"].append({"type": rel_type, "from": from_id, "to": to_id, **props})
    return yaml.safe_dump(dict(sections), sort_keys=False, allow_unicode=True, width=100)
