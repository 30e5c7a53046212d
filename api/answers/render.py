"""Tables out: a terminal table, CSV, Excel, JSON, and a short summary for an agent.

CSV and Excel have one header row of column names (units in the names) and the rows' sources
as a last column ("publisher, date, URL", several joined by " | "); Excel adds a sheet with the
parameters, totals, notes and every source cited.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from api.answers.table import Table, cell

FORMATS = ("table", "csv", "json", "xlsx")
MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "json": "application/json",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
_CELL_WIDTH = 48  # terminal cells longer than this are cut, with an ellipsis
_SUMMARY_ROWS = 5


def _header(table: Table) -> list[str]:
    return [c.name for c in table.columns] + ["sources"]


def _cited_rows(table: Table) -> list[list[Any]]:
    return [
        [*row, " | ".join(table.citation(s) for s in ids)]
        for row, ids in zip(table.rows, table.row_sources, strict=True)
    ]


def to_csv(table: Table) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(_header(table))
    writer.writerows(_cited_rows(table))
    return out.getvalue()


def to_json(table: Table) -> str:
    return json.dumps(table.structured(), indent=2, ensure_ascii=False) + "\n"


def to_xlsx(table: Table) -> bytes:
    from openpyxl import Workbook  # imported when asked for: it slows every process's start
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    assert sheet is not None  # a new workbook always has one sheet
    sheet.title = table.question[:31]
    sheet.append(_header(table))
    for header_cell in sheet[1]:
        header_cell.font = Font(bold=True)
    for row in _cited_rows(table):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    about = book.create_sheet("about")
    about.append(["question", table.question])
    for section, values in (("parameter", table.parameters), ("fact", table.facts)):
        for key, value in values.items():
            about.append([f"{section}: {key}", cell(value)])
    for note in table.notes:
        about.append(["note", note])
    for sid in table.cited():
        about.append([f"source: {sid}", table.citation(sid)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _format(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"
    if isinstance(value, int):
        return f"{value:,}"
    text = str(value)
    return text if len(text) <= _CELL_WIDTH else text[: _CELL_WIDTH - 1] + "…"


def to_text(table: Table) -> str:
    """Aligned columns for a terminal; each row's sources as footnote numbers listed below."""
    cited = table.cited()
    number = {sid: i + 1 for i, sid in enumerate(cited)}
    header = [c.name for c in table.columns] + ["src"]
    body = [
        [_format(v) for v in row] + [",".join(str(n) for n in sorted(number[s] for s in ids))]
        for row, ids in zip(table.rows, table.row_sources, strict=True)
    ]
    widths = [max([len(h), *(len(r[i]) for r in body)]) for i, h in enumerate(header)]
    numeric = [
        all(
            isinstance(row[i], int | float) and not isinstance(row[i], bool)
            for row in table.rows
            if row[i] is not None
        )
        for i in range(len(table.columns))
    ] + [False]

    def line(cells: list[str]) -> str:
        parts = [c.rjust(w) if num else c.ljust(w) for c, w, num in zip(cells, widths, numeric, strict=True)]
        return "  ".join(parts).rstrip()

    lines = [_title(table)]
    lines += [f"{key}: {_format(value)}" for key, value in table.facts.items()]
    lines += ["", line(header), line(["-" * w for w in widths])]
    lines += [line(row) for row in body]
    lines.append(f"({len(body)} row{'' if len(body) == 1 else 's'})")
    lines += [f"note: {note}" for note in table.notes]
    if cited:
        lines += ["", "sources:"] + [f"  [{number[s]}] {table.citation(s)}" for s in cited]
    return "\n".join(lines) + "\n"


def _title(table: Table) -> str:
    given = ", ".join(f"{k}={_format(v)}" for k, v in table.parameters.items() if v is not None)
    return f"{table.question}({given})"


def summary(table: Table) -> str:
    """A few lines an agent can quote: the question, totals, the first rows, notes, sources."""
    lines = [f"{_title(table)}: {len(table.rows)} row{'' if len(table.rows) == 1 else 's'}."]
    if table.facts:
        lines.append("; ".join(f"{k}: {_format(v)}" for k, v in table.facts.items()))
    names = [c.name for c in table.columns]
    for row, ids in list(zip(table.rows, table.row_sources, strict=True))[:_SUMMARY_ROWS]:
        cells = ", ".join(f"{n}={_format(v)}" for n, v in zip(names, row, strict=True) if v not in (None, ""))
        lines.append(f"- {cells} [sources: {', '.join(ids) or 'none'}]")
    if len(table.rows) > _SUMMARY_ROWS:
        lines.append(f"... {len(table.rows) - _SUMMARY_ROWS} more rows in the structured answer.")
    lines += [f"Note: {note}" for note in table.notes[:5]]
    cited = table.cited()
    if cited:
        lines.append("Sources:")
        lines += [f"- {sid}: {table.citation(sid)}" for sid in cited[:10]]
        if len(cited) > 10:
            lines.append(f"... {len(cited) - 10} more sources in the structured answer.")
    return "\n".join(lines)


def render(table: Table, fmt: str) -> bytes:
    """The table in one of FORMATS, as bytes to write."""
    if fmt == "xlsx":
        return to_xlsx(table)
    text = {"table": to_text, "csv": to_csv, "json": to_json}[fmt](table)
    return text.encode("utf-8")
