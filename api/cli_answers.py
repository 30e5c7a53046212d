"""`computegraph ask <question> ...`, `computegraph changes --since DATE` and `computegraph mcp`.

The options of each question come from its parameter list (api/answers): required parameters
are positional, in order; the others are flags (`--recovery-rate 0.3`, `--as-of 2025-12-01`).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from enum import Enum
from pathlib import Path
from typing import Any

from api.answers import BY_SLUG, LOOKUPS, QUESTIONS, Question, Reader, Table
from api.answers.changes import CHANGES
from api.answers.render import FORMATS, render
from graph.driver import create_async_driver
from graph.settings import get_settings


def _answer(question: Question, arguments: dict[str, Any]) -> Table:
    settings = get_settings()

    async def run() -> Table:
        async with create_async_driver(settings) as driver:
            return await question.run(Reader(driver, settings), arguments)

    return asyncio.run(run())


def _write(table: Table, fmt: str, out: str | None) -> int:
    data = render(table, fmt)
    if out:
        Path(out).write_bytes(data)
        print(f"wrote {out} ({len(table.rows)} rows)", file=sys.stderr)
    elif fmt == "xlsx" and sys.stdout.isatty():
        print("error: an .xlsx file is binary: give --out FILE (or redirect the output)", file=sys.stderr)
        return 2
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    return 0


def _output_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    parser.add_argument("--out", help="write to this file instead of the terminal")


def _ask(args: argparse.Namespace) -> int:
    question: Question = args.question
    arguments = {p.name: getattr(args, p.python_name) for p in question.params}
    try:
        table = _answer(question, {k: v for k, v in arguments.items() if v is not None})
    except ValueError as error:  # a question's own check (e.g. a site without capacity)
        print(f"error: {error}", file=sys.stderr)
        return 2
    return _write(table, args.format, args.out)


def _changes(args: argparse.Namespace) -> int:
    arguments = {"from": args.since, "to": args.until, "first": args.first}
    table = _answer(CHANGES, {k: v for k, v in arguments.items() if v is not None})
    return _write(table, args.format, args.out)


def _mcp(args: argparse.Namespace) -> int:
    from mcp.server.stdio import stdio_server

    from api.mcp_server import build_server

    settings = get_settings()

    async def serve() -> None:
        async with create_async_driver(settings) as driver:
            reader = Reader(driver, settings)
            server = build_server(lambda: reader)
            async with stdio_server() as (read_stream, write_stream):
                await server.run(read_stream, write_stream, server.create_initialization_options())

    asyncio.run(serve())
    return 0


def _question_parser(commands: Any, question: Question) -> None:
    aliases = [question.name] if question.name != question.slug else []
    parser = commands.add_parser(
        question.slug,
        aliases=aliases,
        help=question.description.split(". ")[0],
        description=question.description,
    )
    for param in question.params:
        choices = [str(m.value) for m in param.type] if issubclass(param.type, Enum) else None
        options: dict[str, Any] = {"help": param.description, "choices": choices}
        if param.required:
            parser.add_argument(param.python_name, metavar=param.name, **options)
        else:
            parser.add_argument(param.flag, dest=param.python_name, **options)
    _output_options(parser)
    parser.set_defaults(run=_ask, question=question)


def add_commands(commands: Any) -> None:
    """Add ask, changes and mcp to the `computegraph` subcommands."""
    ask = commands.add_parser(
        "ask",
        help="answer a question: table, CSV, JSON or Excel",
        description="Answer a question as the API does. Questions: " + ", ".join(BY_SLUG),
    )
    questions = ask.add_subparsers(dest="question_name", required=True, metavar="question")
    for question in [*QUESTIONS.values(), *LOOKUPS.values()]:
        _question_parser(questions, question)
    changes = commands.add_parser("changes", help="facts whose dates fall in a window, newest first")
    changes.add_argument("--since", required=True, help="first day of the window (YYYY-MM-DD)")
    changes.add_argument("--until", help="last day of the window (default: today)")
    changes.add_argument("--first", help="most changes to list (default 200)")
    _output_options(changes)
    changes.set_defaults(run=_changes)
    mcp = commands.add_parser("mcp", help="serve the MCP tools over stdio (for an agent's MCP client)")
    mcp.set_defaults(run=_mcp)
