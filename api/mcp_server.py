"""The MCP server: the questions as tools for agents, over stdio (`computegraph mcp`) and
streamable HTTP (`/mcp` in the API, see api/mcp_http.py).

Built on the SDK's low-level Server because the tools are generated from one list
(api/answers): each question's parameters give its input schema, and every answer is the same
Table, returned as structured content (rows, facts, notes, sources with publisher, date and URL)
plus a short text summary. Refs resolve as in GraphQL; an error says what to fix and is returned
to the agent as a tool error, not raised.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import mcp.types as types
from mcp.server.lowlevel import Server

from api.answers import LOOKUPS, QUESTIONS, Question, Reader
from api.answers.render import summary
from api.ontology import describe_ontology, ontology_summary
from graph.cypher_guard import run_read_only
from graph.errors import ComputeGraphError

log = logging.getLogger(__name__)

INSTRUCTIONS = (
    "Compute Graph: an open knowledge graph of the AI compute economy (companies, chips, deals, "
    "data centers and power, policies, people), every fact with its sources. Entity arguments "
    "take an id, name or alias; use `search` to find ids. Quote the sources the answers cite "
    "(publisher, date, URL). `describeOntology` lists node and relationship types for `cypher`."
)

_STRING_OR_NULL = {"type": ["string", "null"]}
ANSWER_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "question": {"type": "string"},
        "parameters": {"type": "object", "description": "The arguments, as understood."},
        "facts": {"type": "object", "description": "Figures of the whole answer: totals, dates."},
        "columns": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"name": {"type": "string"}, "description": {"type": "string"}},
            },
            "description": "Column names carry units: _usd, _mw, _w, _ratio.",
        },
        "rows": {
            "type": "array",
            "items": {"type": "object"},
            "description": "One object per row, keyed by column name, with the ids of its sources.",
        },
        "notes": {"type": "array", "items": {"type": "string"}, "description": "What is missing."},
        "sources": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "id": {"type": "string"},
                    "publisher": _STRING_OR_NULL,
                    "title": _STRING_OR_NULL,
                    "date": _STRING_OR_NULL,
                    "url": _STRING_OR_NULL,
                },
                "required": ["id"],
            },
        },
    },
    "required": ["question", "parameters", "columns", "rows", "sources"],
}
CYPHER_TOOL = types.Tool(
    name="cypher",
    description=(
        "Run a read-only Cypher query on the graph (Neo4j 5). Writes, LOAD CSV and procedures "
        "outside a small allow-list are refused; the query stops at the time limit and returns "
        "at most the row cap. Call describeOntology first for labels, properties and types; "
        "pass values as $parameters."
    ),
    inputSchema={
        "type": "object",
        "properties": {
            "query": {"type": "string", "description": "A Cypher read query.", "maxLength": 20000},
            "params": {"type": "object", "description": "Query parameters by name.", "default": {}},
        },
        "required": ["query"],
    },
    outputSchema={
        "type": "object",
        "properties": {
            "columns": {"type": "array", "items": {"type": "string"}},
            "rows": {"type": "array", "items": {"type": "array"}},
            "truncated": {"type": "boolean"},
        },
        "required": ["columns", "rows", "truncated"],
    },
    annotations=types.ToolAnnotations(readOnlyHint=True, openWorldHint=False),
)
ONTOLOGY_TOOL = types.Tool(
    name="describeOntology",
    description=(
        "The graph's ontology: node labels with their properties (units in names), relationship "
        "types with the labels they join, and the question tools. Read it before writing Cypher."
    ),
    inputSchema={"type": "object", "properties": {}},
    annotations=types.ToolAnnotations(readOnlyHint=True, openWorldHint=False),
)


def question_tool(question: Question) -> types.Tool:
    return types.Tool(
        name=question.name,
        description=question.description,
        inputSchema=question.input_schema(),
        outputSchema=ANSWER_SCHEMA,
        annotations=types.ToolAnnotations(readOnlyHint=True, openWorldHint=False),
    )


TOOL_QUESTIONS: dict[str, Question] = {**QUESTIONS, **LOOKUPS}


def _text(text: str) -> list[types.ContentBlock]:
    return [types.TextContent(type="text", text=text)]


def _refusal(message: str) -> types.CallToolResult:
    return types.CallToolResult(content=_text(message), isError=True)


async def _cypher(
    reader: Reader, arguments: dict[str, Any]
) -> tuple[list[types.ContentBlock], dict[str, Any]]:
    params = arguments.get("params") or {}
    if not isinstance(params, dict):
        raise ComputeGraphError("params must be an object of query parameters")
    result = await run_read_only(reader.driver, str(arguments["query"]), params, reader.settings)
    shown = "\n".join(json.dumps(row, ensure_ascii=False) for row in result.rows[:20])
    text = (
        f"columns: {', '.join(result.columns)}\n{shown}\n({len(result.rows)} rows"
        f"{', truncated at the row cap' if result.truncated else ''})"
    )
    return _text(text), {"columns": result.columns, "rows": result.rows, "truncated": result.truncated}


def build_server(reader: Callable[[], Reader]) -> Server[Any, Any]:
    """The server; `reader` gives the driver and settings to use for each call."""
    server: Server[Any, Any] = Server("computegraph", instructions=INSTRUCTIONS)
    tools = [question_tool(q) for q in TOOL_QUESTIONS.values()] + [CYPHER_TOOL, ONTOLOGY_TOOL]

    @server.list_tools()  # type: ignore[untyped-decorator,no-untyped-call]
    async def list_tools() -> list[types.Tool]:
        return tools

    @server.call_tool()  # type: ignore[untyped-decorator]
    async def call_tool(
        name: str, arguments: dict[str, Any]
    ) -> tuple[list[types.ContentBlock], dict[str, Any]] | types.CallToolResult:
        try:
            if name in TOOL_QUESTIONS:
                table = await TOOL_QUESTIONS[name].run(reader(), arguments)
                return _text(summary(table)), table.structured()
            if name == CYPHER_TOOL.name:
                return await _cypher(reader(), arguments)
            if name == ONTOLOGY_TOOL.name:
                ontology = describe_ontology()
                return _text(ontology_summary(ontology)), ontology
            return _refusal(f"no tool {name!r}; the tools are {', '.join(t.name for t in tools)}")
        except (ComputeGraphError, ValueError) as error:
            # The user's own mistake (unknown ref, bad argument, refused query): say it as is.
            return _refusal(str(error))
        except Exception:
            log.exception("MCP tool %s failed", name)
            return _refusal(f"internal error while answering {name}; the server log has the details")

    return server
