"""Child process: generate a scale and load it through ingest.writer.write_graph (our path).

Run in its own process so its peak RSS is the ingest's alone. Prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from bench.measure import peak_rss_mb
from bench.server import DATABASE, sync_driver
from bench.synthetic import DEFAULT_SEED, generate
from ingest.writer import write_graph


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.ingest_child")
    parser.add_argument("--scale", type=int, required=True)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--density", type=float, default=1.0, help="relationships per node vs the dataset")
    parser.add_argument("--profile", type=Path, help="write a pyinstrument text profile here")
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    graph = generate(args.scale, args.seed, density=args.density)
    generate_s = time.perf_counter() - t0
    rss_after_generate = peak_rss_mb()
    profiler = None
    if args.profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler()
        profiler.start()
    with sync_driver() as driver:
        t0 = time.perf_counter()
        summary = write_graph(
            driver, graph.nodes, graph.relationships, database=DATABASE, show_progress=False
        )
        write_s = time.perf_counter() - t0
    if profiler is not None and args.profile is not None:
        profiler.stop()
        args.profile.parent.mkdir(parents=True, exist_ok=True)
        args.profile.write_text(profiler.output_text(unicode=False, color=False, show_all=False))
    print(
        json.dumps(
            {
                "scale": args.scale,
                "rows": graph.rows,
                "created": sum(summary.created.values()),
                "generate_s": round(generate_s, 2),
                "write_s": round(write_s, 3),
                "rows_per_s": round(graph.rows / write_s, 1),
                "peak_rss_after_generate_mb": rss_after_generate,
                "peak_rss_mb": peak_rss_mb(),
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
