"""`computegraph` command line: local Neo4j lifecycle, check, ingest, serve, cypher, stats,
ask (the questions), changes, mcp."""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from neo4j.exceptions import ServiceUnavailable, SessionExpired

from api.cli_answers import add_commands
from graph import local_server
from graph.driver import create_driver
from graph.errors import ComputeGraphError
from graph.settings import PROJECT_ROOT, get_settings
from ingest.records import DataFileError

DEFAULT_DATA = PROJECT_ROOT / "data"


def _neo4j(args: argparse.Namespace) -> int:
    settings = get_settings()
    action: Callable[..., local_server.ServerStatus] = {
        "start": local_server.start,
        "stop": local_server.stop,
        "status": local_server.status,
    }[args.action]
    if not settings.uses_local_server:
        print(f"NEO4J_URI is set: using {settings.neo4j_uri}; no local server is managed")
        return 0
    state = action(settings)
    print(f"neo4j: {state.detail}")
    if state.running:
        print(
            f"  bolt:    {state.bolt_uri}  (user neo4j, password in "
            f"{local_server.LocalServerPaths(settings.local_home).password_file})"
        )
        print(f"  browser: {state.browser_url}")
    return 0 if args.action != "status" or state.running else 3


def _check(args: argparse.Namespace) -> int:
    from ingest.load import read_and_validate

    graph = read_and_validate(args.paths or [DEFAULT_DATA])
    print(f"ok: {len(graph.nodes)} nodes and {len(graph.relationships)} relationships are valid")
    return 0


def _ingest(args: argparse.Namespace) -> int:
    from ingest.load import ingest

    settings = get_settings()
    with create_driver(settings) as driver:
        summary = ingest(
            driver,
            args.paths or [DEFAULT_DATA],
            database=settings.neo4j_database,
            replace=args.replace,
            allow_deletes=sys.maxsize if args.yes else args.allow_deletes,
        )
    print("\n".join(summary.lines()))
    return 0


def _serve(args: argparse.Namespace) -> int:
    import os

    import uvicorn

    from api.app import create_app
    from api.server_limits import uvicorn_limits

    host = args.host or get_settings().api_host
    # Who needs a key for Cypher depends on the address the server really listens on: the
    # settings carry it to the app, and the environment to worker processes.
    os.environ["COMPUTEGRAPH_API_HOST"] = host
    get_settings.cache_clear()
    settings = get_settings()
    port = args.port or settings.api_port
    print(f"GraphQL playground: http://{host}:{port}/graphql", flush=True)
    print(f"Explorer: http://{host}:{port}/", flush=True)
    limits = uvicorn_limits(settings)
    if args.workers > 1:
        # Each worker process builds its own app (and driver) from the same environment.
        uvicorn.run(
            "api.app:create_app",
            factory=True,
            host=host,
            port=port,
            workers=args.workers,
            log_level="warning",
            **limits,
        )
    else:
        uvicorn.run(create_app(settings), host=host, port=port, log_level="info", **limits)
    return 0


def _cypher(args: argparse.Namespace) -> int:
    import asyncio

    from graph.cypher_guard import CypherResult, run_read_only
    from graph.driver import create_async_driver

    settings = get_settings()

    async def run() -> CypherResult:
        async with create_async_driver(settings) as driver:
            return await run_read_only(driver, args.query, {}, settings)

    result = asyncio.run(run())
    widths = [
        max(len(str(c)), *(len(str(row[i])) for row in result.rows)) if result.rows else len(str(c))
        for i, c in enumerate(result.columns)
    ]
    print("  ".join(str(c).ljust(w) for c, w in zip(result.columns, widths, strict=True)))
    for row in result.rows:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)))
    print(
        f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''}"
        f"{', truncated' if result.truncated else ''})"
    )
    return 0


def _stats(args: argparse.Namespace) -> int:
    from graph.stats import graph_stats

    settings = get_settings()
    with create_driver(settings) as driver:
        print("\n".join(graph_stats(driver, settings.neo4j_database).lines()))
    return 0


def _audit(args: argparse.Namespace) -> int:
    from ingest.audit import audit, from_validated
    from ingest.load import read_and_validate

    if args.paths:
        dump = from_validated(read_and_validate(args.paths))
    else:
        from graph.dump import dump_graph

        settings = get_settings()
        with create_driver(settings) as driver:
            dump = dump_graph(driver, settings.neo4j_database)
    print("\n".join(audit(dump, args.cutoff).lines(args.worst)))
    return 0


def _export(args: argparse.Namespace) -> int:
    from graph.dump import dump_graph
    from ingest.export import export_text

    settings = get_settings()
    with create_driver(settings) as driver:
        text = export_text(dump_graph(driver, settings.neo4j_database), args.format)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    else:
        sys.stdout.write(text)
    return 0


def _schema(args: argparse.Namespace) -> int:
    from schema.derived import json_schema_text

    if args.what == "graphql":
        from api.graphql.schema import sdl

        sys.stdout.write(sdl())
    elif args.what == "json":
        sys.stdout.write(json_schema_text())
    else:
        from ingest.rdf import vocabulary_turtle

        sys.stdout.write(vocabulary_turtle())
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="computegraph", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    neo4j_cmd = commands.add_parser("neo4j", help="manage the local Neo4j server")
    neo4j_cmd.add_argument("action", choices=["start", "stop", "status"])
    neo4j_cmd.set_defaults(run=_neo4j)
    for name, run, help_text in (
        ("check", _check, "validate data files without writing"),
        ("ingest", _ingest, "validate, then load data files"),
    ):
        cmd = commands.add_parser(name, help=help_text)
        cmd.add_argument("paths", nargs="*", type=Path, help="files or folders (default: data/)")
        cmd.set_defaults(run=run)
        if name == "ingest":
            cmd.add_argument(
                "--replace", action="store_true", help="make the graph exactly equal to the files"
            )
            cmd.add_argument(
                "--yes",
                action="store_true",
                help="let --replace delete any share of the graph (default: at most 10%%)",
            )
            cmd.add_argument(
                "--allow-deletes",
                type=int,
                metavar="N",
                help="let --replace delete up to N nodes and relationships",
            )
    serve = commands.add_parser("serve", help="serve the API and GraphQL playground")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.add_argument(
        "--workers",
        type=int,
        default=1,
        help="worker processes; one per core helps, since answers are CPU-bound "
        "(decoding records, building JSON)",
    )
    serve.set_defaults(run=_serve)
    cypher = commands.add_parser("cypher", help="run a read-only Cypher query, print a table")
    cypher.add_argument("query")
    cypher.set_defaults(run=_cypher)
    stats = commands.add_parser("stats", help="counts, provenance and financials coverage")
    stats.set_defaults(run=_stats)
    audit = commands.add_parser(
        "audit", help="what the dataset lacks: floors, party amounts, periods, MW, URLs, overlaps, specs"
    )
    audit.add_argument("paths", nargs="*", type=Path, help="files or folders (default: the loaded graph)")
    audit.add_argument("--cutoff", type=dt.date.fromisoformat, help="data cut-off (default: newest source)")
    audit.add_argument("--worst", type=int, default=10, help="offenders listed per finding")
    audit.set_defaults(run=_audit)
    export = commands.add_parser("export", help="write the whole graph (ttl, nt, jsonld, yaml)")
    export.add_argument("--format", choices=["ttl", "nt", "jsonld", "yaml"], default="ttl")
    export.add_argument("--out")
    export.set_defaults(run=_export)
    schema_cmd = commands.add_parser("schema", help="print a derived schema artifact")
    schema_cmd.add_argument("what", choices=["graphql", "json", "rdf"])
    schema_cmd.set_defaults(run=_schema)
    add_commands(commands)  # ask, changes, mcp
    return parser


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    args = build_parser().parse_args(argv)
    try:
        return int(args.run(args))
    except DataFileError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ComputeGraphError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except (ServiceUnavailable, SessionExpired) as error:
        print(
            f"error: Neo4j is unavailable ({error}); start it (`computegraph neo4j start`) and "
            "re-run the same command: loads are idempotent and converge",
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
