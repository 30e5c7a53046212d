"""Child process of `python -m bench scale`: generate a scale, validate it, write the input files.

In its own process so the harness never holds the graph (about 4 GB of records at 1000x) while
the server, the importer and our own ingest child need the memory. Prints one JSON line: the
counts, the timings and the files written (LOAD CSV's and the importer's).
"""

from __future__ import annotations

import argparse
import json
import time
from dataclasses import asdict
from pathlib import Path

from bench import admin_import
from bench.measure import peak_rss_mb
from bench.synthetic import DEFAULT_SEED, degree_summary, generate, validate_records, write_csv


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale_prepare")
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--directory", type=Path, required=True, help="the bench server's import folder")
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="skip ingest.validate over the records (it holds a second copy of them: ~6 GB more at 1000x)",
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    graph = generate(args.scale, args.seed)
    generate_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    validated = None if args.no_validate else validate_records(graph)
    validate_s = time.perf_counter() - t0
    degrees = degree_summary(graph)
    t0 = time.perf_counter()
    csv_files = write_csv(graph, args.directory)
    admin_files = admin_import.write_files(graph, args.directory)
    files_s = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "scale": args.scale,
                "seed": args.seed,
                "rows": graph.rows,
                "nodes": len(graph.nodes),
                "relationships": len(graph.relationships),
                "rewired_relationships": graph.rewired,
                "generate_s": round(generate_s, 2),
                "validate_s": round(validate_s, 2),
                "validated_records": validated,
                "write_files_s": round(files_s, 2),
                "degrees": asdict(degrees),
                "peak_rss_mb": peak_rss_mb(),
                "load_csv_files": [asdict(file) for file in csv_files],
                "admin_nodes": [[labels, str(path)] for labels, path in admin_files.nodes],
                "admin_relationships": [
                    [rel_type, str(path)] for rel_type, path in admin_files.relationships
                ],
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
