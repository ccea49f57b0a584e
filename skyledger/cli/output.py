"""Writing rows as a rich table, JSON Lines / JSON, or CSV."""
from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Iterable, Sequence

from rich.table import Table

from skyledger.cli.app import out


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def emit(rows: Sequence[dict], columns: Sequence[str], fmt: Format, *, title: str | None = None) -> None:
    if fmt == Format.json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    if fmt == Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_cell(row.get(c)) for c in columns])
        return
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    out.print(table)


def flatten(rows: Iterable[dict]) -> list[dict]:
    """Put the evidence sentence beside the claim fields for tables and CSV."""
    flat = []
    for row in rows:
        row = dict(row)
        evidence = row.pop("evidence", None) or {}
        row["sentence"] = evidence.get("sentence")
        row["span"] = f"{evidence.get('start')}-{evidence.get('end')}" if evidence.get("start") is not None else None
        flat.append(row)
    return flat
