"""skyledger check FILE: does the ledger confirm, contradict or lack each figure of an article?"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from skyledger.cli.app import DbOption, app, err, open_ledger, out, parse_date_option
from skyledger.cli.events import refresh

STYLE = {"confirms": "green", "contradicts": "red", "lacks": "yellow", "unchecked": "dim"}


@app.command()
def check(
    file: Path = typer.Argument(..., help="The article: .txt, .html, .json or .jsonl (its first document)."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date, if the file carries none."),
    lang: Optional[str] = typer.Option(None, "--lang", help="en, uk or ru; detected if not given."),
    as_json: bool = typer.Option(False, "--json", help="The verdicts as JSON."),
    db: Optional[str] = DbOption,
):
    """Check an article's figures and superlatives ("record", "largest since ...") against the ledger."""
    from skyledger.ingest import prepare
    from skyledger.ingest.readers import ReadError, read_paths
    from skyledger.reconcile.check import check_document

    items = list(read_paths([file]))
    documents = [i for i in items if not isinstance(i, ReadError)]
    for problem in (i for i in items if isinstance(i, ReadError)):
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    if not documents:
        raise typer.Exit(1)
    document, warnings = prepare(documents[0], published=parse_date_option(published, "--published"), lang=lang)
    for warning in warnings:
        err.print(f"[yellow]warning:[/yellow] {warning}", highlight=False)
    ledger = open_ledger(db)
    refresh(ledger)
    try:
        report = check_document(ledger, document)
    except Exception as error:  # the extractor's failure: one line, not a traceback
        err.print(f"[red]error:[/red] {file}: extraction failed ({type(error).__name__}: {error})", highlight=False)
        raise typer.Exit(1)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str) + "\n")
        return
    print_report(report)


def _figure(claim: dict) -> str:
    what = claim.get("weapon") or claim.get("outcome")
    extra = " ".join(str(claim[k]) for k in ("weapon_type", "region") if claim.get(k))
    approx = "" if claim.get("qualifier") in (None, "exact") else f"{claim['qualifier']} "
    return f"{claim.get('date') or '?'} {claim.get('metric') or ''} {approx}{claim['count']} {what} {extra}".strip()


def _basis(row: dict) -> str:
    found = row.get(row.get("basis") or "") or None
    if not found:
        return ""
    who = found.get("claimant") or found.get("source") or ""
    return f"{found['count']} ({found.get('qualifier', 'exact')}) — {who}"


def print_report(report: dict) -> None:
    table = Table(title="Figures", header_style="bold")
    for column in ("figure", "verdict", "ledger figure and source"):
        table.add_column(column, overflow="fold")
    for row in report["figures"]:
        verdict = row["verdict"]
        table.add_row(_figure(row["claim"]), f"[{STYLE[verdict]}]{verdict}[/]", _basis(row))
    out.print(table if report["figures"] else "no figures found in the article")
    for s in report["superlatives"]:
        night = f"{s['night']} on {s['claim']['date']} ({s['series']})" if s.get("night") is not None else "no figure"
        record = s["previous_record"]
        before = f"; record before it: {record['count']} on {record['date']}" if record else ""
        out.print(f"superlative “{s['phrase']}”: [{STYLE[s['verdict']]}]{s['verdict']}[/] — {night}{before}",
                  highlight=False)
