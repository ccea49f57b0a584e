"""Export claims with their provenance: CSV, JSON Lines, Parquet."""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from skyledger.store.ledger import FIELD_COLUMNS

# One flat column set for every kind: the ledger's own claim columns; fields of the unscored kinds go to `details`.
COLUMNS = ["id", "document_id", "kind", *FIELD_COLUMNS, "details", "span_start", "span_end", "sentence"]
_FIXED = set(COLUMNS) - {"details", "span_start", "span_end", "sentence"}


def flat_row(claim: dict) -> dict:
    evidence = claim.get("evidence") or {}
    details = {k: v for k, v in claim.items() if k not in _FIXED and k != "evidence"}
    row = {c: claim.get(c) for c in COLUMNS if c in _FIXED}
    row.update(
        details=json.dumps(details, ensure_ascii=False) if details else None,
        span_start=evidence.get("start"), span_end=evidence.get("end"), sentence=evidence.get("sentence"),
    )
    return row


def write_claims(claims: list[dict], fmt: str, path: Path | None) -> None:
    if fmt == "parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = [flat_row(c) for c in claims]
        table = pa.Table.from_pylist(rows, schema=_arrow_schema(pa))
        pq.write_table(table, path)
        return
    sink = path.open("w", encoding="utf-8", newline="") if path else sys.stdout
    try:
        if fmt == "jsonl":
            for claim in claims:
                sink.write(json.dumps(claim, ensure_ascii=False) + "\n")
        elif fmt == "csv":
            writer = csv.DictWriter(sink, fieldnames=COLUMNS)
            writer.writeheader()
            for claim in claims:
                writer.writerow(flat_row(claim))
        else:
            raise ValueError(f"unknown export format {fmt!r}")
    finally:
        if path:
            sink.close()


def _arrow_schema(pa):
    ints = {"count", "span_start", "span_end"}
    return pa.schema([(c, pa.int64() if c in ints else pa.string()) for c in COLUMNS])
