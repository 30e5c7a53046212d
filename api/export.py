"""Downloads: every question's answer and every list as CSV or Excel (and JSON), and what changed
as an Atom feed.

    GET /export/risk-if-default.csv?company=openai&asOf=2025-12-01
    GET /export/companies.xlsx
    GET /changes.atom?from=2025-09-01

Query parameters are the question's GraphQL arguments; a wrong one is a 400 that says what to
fix, an unknown ref a 404 with the names it may have meant.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from xml.etree import ElementTree as ET

from fastapi import APIRouter, HTTPException, Request, Response

from api.answers import BY_SLUG, Reader, Table
from api.answers.changes import CHANGES
from api.answers.lists import LIST_LABELS, list_table
from api.answers.render import MEDIA_TYPES, render
from api.answers.table import with_sources
from api.deps import DriverDep, SettingsDep
from graph.errors import AmbiguousRefError, ArgumentError, ComputeGraphError, UnknownRefError

router = APIRouter()
FEED_DAYS = 90  # the feed's window when no `from` is given
ATOM = "http://www.w3.org/2005/Atom"


async def _answer(name: str, reader: Reader, query: dict[str, Any]) -> Table:
    try:
        if name in BY_SLUG:  # a question first: `claims` is both, and the question filters
            return await BY_SLUG[name].run(reader, query)
        if name in LIST_LABELS:
            if query:
                raise ArgumentError(f"the {name} export takes no parameters (got {', '.join(sorted(query))})")
            return await with_sources(await list_table(reader, LIST_LABELS[name]), reader)
    except UnknownRefError as error:
        raise HTTPException(status_code=404, detail=str(error)) from error
    except (ArgumentError, AmbiguousRefError, ValueError) as error:
        raise HTTPException(status_code=400, detail=str(error)) from error
    except ComputeGraphError as error:
        raise HTTPException(status_code=503, detail=str(error)) from error
    known = sorted([*BY_SLUG, *LIST_LABELS])
    raise HTTPException(status_code=404, detail=f"no export {name!r}; there are {', '.join(known)}")


@router.get("/export/{name}.{fmt}", summary="A question's answer or a list as CSV, Excel or JSON")
async def export(name: str, fmt: str, request: Request, driver: DriverDep, settings: SettingsDep) -> Response:
    if fmt not in MEDIA_TYPES:
        raise HTTPException(status_code=404, detail=f"no format {fmt!r}; use {', '.join(MEDIA_TYPES)}")
    table = await _answer(name, Reader(driver, settings), dict(request.query_params))
    filename = f"{name}.{fmt}"
    return Response(
        render(table, fmt),
        media_type=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@router.get("/changes.atom", summary="What changed, as an Atom feed")
async def changes_feed(request: Request, driver: DriverDep, settings: SettingsDep) -> Response:
    query = dict(request.query_params)
    query.setdefault("from", (dt.date.today() - dt.timedelta(days=FEED_DAYS)).isoformat())
    try:
        table = await CHANGES.run(Reader(driver, settings), query)
    except (ArgumentError, ValueError) as error:
        raise HTTPException(status_code=400, detail=str(error)) from error
    return Response(atom_feed(table, str(request.url)), media_type="application/atom+xml")


def atom_feed(table: Table, self_url: str) -> bytes:
    """One entry per change: its date, what happened, and its sources as links and text."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    records = table.records()
    newest = records[0]["date"] if records else dt.date.today().isoformat()
    window = f"{table.facts.get('from')} to {table.facts.get('to')}"
    _sub(feed, "title", f"Compute Graph: what changed, {window}")
    _sub(feed, "id", self_url)
    _sub(feed, "updated", f"{newest}T00:00:00Z")
    ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=self_url)
    _sub(ET.SubElement(feed, f"{{{ATOM}}}author"), "name", "Compute Graph")
    for record in records:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _sub(entry, "title", f"{record['date']}: {record['summary']}")
        parts = (record["entity_id"], record["relationship"], record["other_id"], record["event"])
        key = "/".join(str(part or "") for part in parts)
        _sub(entry, "id", f"tag:computegraph,{record['date']}:{key}")
        _sub(entry, "updated", f"{record['date']}T00:00:00Z")
        _sub(entry, "summary", "; ".join(table.citation(s) for s in record["sources"]) or "no source")
        for sid in record["sources"]:
            url = table.sources.get(sid, {}).get("url")
            if url:
                ET.SubElement(
                    entry, f"{{{ATOM}}}link", rel="related", href=str(url), title=table.citation(sid)
                )
    return bytes(ET.tostring(feed, encoding="utf-8", xml_declaration=True))


def _sub(parent: ET.Element, tag: str, text: str) -> None:
    ET.SubElement(parent, f"{{{ATOM}}}{tag}").text = text
