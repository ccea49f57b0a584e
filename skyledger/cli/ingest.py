"""skyledger ingest PATH..."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn

from skyledger.cli.app import DbOption, app, err, open_ledger, out, parse_date_option


@app.command()
def ingest(
    paths: List[Path] = typer.Argument(..., help="Files (.txt, .html, .jsonl, .json) or folders of them."),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for documents that carry none of their own."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language of the documents (en, uk, ru); detected if not given."),
    replace: bool = typer.Option(False, "--replace", help="Re-extract documents already in the ledger."),
    db: Optional[str] = DbOption,
):
    """Read documents, extract their claims and store both in the ledger."""
    from skyledger.ingest import ingest_documents
    from skyledger.ingest.readers import read_paths

    when = parse_date_option(published, "--published")
    ledger = open_ledger(db)
    with Progress(SpinnerColumn(), TextColumn("ingesting"), BarColumn(), MofNCompleteColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task("ingest", total=None)
        report = ingest_documents(ledger, read_paths(paths), published=when, lang=lang, replace=replace,
                                  progress=lambda: progress.advance(task))
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    for error in report.errors:
        err.print(f"[red]error:[/red] {error}", highlight=False)
    out.print(
        f"stored {report.stored} document(s) with {report.claims} claim(s); "
        f"{report.duplicates} already in the ledger; {report.unsupported} in other languages; "
        f"{len(report.errors)} error(s) — {ledger.url}",
        highlight=False,
    )
    if report.errors:
        raise typer.Exit(1)
