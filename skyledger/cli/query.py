"""Reading the ledger: skyledger claims, documents, export."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from skyledger.cli.app import DbOption, app, err, open_ledger, parse_date_option
from skyledger.cli.output import Format, emit, flatten

# Table and CSV columns when no kind is asked for: every kind's fields side by side.
ALL_CLAIM_COLUMNS = ["date", "kind", "attacker", "target", "weapon", "metric", "outcome", "count", "qualifier",
                     "region", "claimant", "sentence"]


def claim_columns(kind: str | None) -> list[str]:
    """Table and CSV columns: a kind's own fields as the ledger keeps them, then the sentence."""
    from skyledger.store.ledger import CLAIM_FIELDS  # here, not above: the CLI starts without SQLAlchemy

    fields = CLAIM_FIELDS.get(kind or "")
    return [*fields, "sentence"] if fields else ALL_CLAIM_COLUMNS


def claim_filter(kind, since, until, attacker, target, weapon, metric, region, source, limit, offset=0):
    from skyledger.store import ClaimFilter

    return ClaimFilter(
        kind=kind, since=parse_date_option(since, "--since"), until=parse_date_option(until, "--until"),
        attacker=attacker, target=target, weapon=weapon, metric=metric, region=region, source=source,
        limit=limit, offset=offset,
    )


@app.command()
def claims(
    kind: Optional[str] = typer.Option(None, help="air_attack, casualties, statement, talks, meeting, visit, sanction, ground_action"),
    since: Optional[str] = typer.Option(None, help="First date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Last date (YYYY-MM-DD)."),
    attacker: Optional[str] = typer.Option(None, help="RU or UA"),
    target: Optional[str] = typer.Option(None, help="RU or UA"),
    weapon: Optional[str] = typer.Option(None, help="drone, missile, guided_bomb, rocket, naval_drone, any"),
    metric: Optional[str] = typer.Option(None, help="launched, defeated, lost, hit"),
    region: Optional[str] = typer.Option(None, help="ISO 3166-2 code, e.g. RU-BEL"),
    source: Optional[str] = typer.Option(None, help="Source / outlet of the documents."),
    limit: Optional[int] = typer.Option(None, help="At most this many rows."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    db: Optional[str] = DbOption,
):
    """List claims, each with the sentence that asserts it."""
    ledger = open_ledger(db)
    rows = ledger.claims(claim_filter(kind, since, until, attacker, target, weapon, metric, region, source, limit))
    if format == Format.json:
        emit(rows, [], format)
        return
    emit(flatten(rows), claim_columns(kind), format, title=f"{len(rows)} claim(s)")


@app.command()
def documents(
    limit: Optional[int] = typer.Option(50, help="At most this many rows."),
    source: Optional[str] = typer.Option(None),
    lang: Optional[str] = typer.Option(None),
    search: Optional[str] = typer.Option(None, "--search", "-s", help="Full-text search."),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    db: Optional[str] = DbOption,
):
    """List the documents in the ledger (or those matching a full-text search)."""
    ledger = open_ledger(db)
    found = ledger.search(search, limit=limit or 50) if search else ledger.documents(limit=limit, source=source, lang=lang)
    rows = [{**d, "title": d["title"] or d["snippet"][:80]} for d in found]
    emit(rows, ["id", "published", "lang", "source", "title", "claim_count", "origin"], format,
         title=f"{len(rows)} document(s)")


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"


@app.command()
def export(
    format: ExportFormat = typer.Option(ExportFormat.jsonl, "--format", "-f"),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="File to write (stdout for csv/jsonl if omitted)."),
    kind: Optional[str] = typer.Option(None),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    db: Optional[str] = DbOption,
):
    """Export claims with their provenance as CSV, JSON Lines or Parquet."""
    from skyledger.export import write_claims

    ledger = open_ledger(db)
    flt = claim_filter(kind, since, until, None, None, None, None, None, None, None)
    if format == ExportFormat.parquet and output is None:  # before reading every claim for nothing
        err.print("[red]error:[/red] parquet needs --output FILE")
        raise typer.Exit(2)
    rows = ledger.claims(flt)
    write_claims(rows, format.value, output)
    if output:
        err.print(f"wrote {len(rows)} claim(s) to {output}")
