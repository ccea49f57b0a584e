"""skyledger import-reference, compare: official per-night figures from a reference file."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer
from rich.table import Table

from skyledger.cli.app import DbOption, app, err, open_ledger, out
from skyledger.cli.events import refresh

WeaponsOption = typer.Option(None, "--weapons", help="The weapon table (default: missiles_and_uavs.csv beside FILE).")


def _readable(path: Path) -> None:
    if not path.is_file():
        err.print(f"[red]error:[/red] {path}: no such file", highlight=False)
        raise typer.Exit(2)


@app.command("import-reference")
def import_reference(
    file: Path = typer.Argument(..., help="missile_attacks_daily.csv (Massive Missile Attacks on Ukraine)."),
    weapons: Optional[Path] = WeaponsOption,
    db: Optional[str] = DbOption,
):
    """Import the Massive Missile Attacks on Ukraine CSV as official per-night figures (replaces an earlier import)."""
    from skyledger.reconcile.reference import import_reference as run

    _readable(file)
    report = run(open_ledger(db), file, weapons)
    for problem in report["errors"]:
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    out.print(f"imported {report['rows']} row(s): {report['nights']} night(s), {report['night_figures']} "
              f"night figure(s) by weapon class; {len(report['errors'])} error(s)", highlight=False)
    if report["errors"]:
        raise typer.Exit(1)


@app.command()
def compare(
    reference: Path = typer.Option(..., "--reference", help="The reference CSV to compare the ledger with."),
    weapons: Optional[Path] = WeaponsOption,
    as_json: bool = typer.Option(False, "--json", help="The full report as JSON."),
    db: Optional[str] = DbOption,
):
    """How often the ledger's launched and defeated figures agree with the reference, and every disagreement."""
    from skyledger.reconcile.compare import compare as run

    _readable(reference)
    ledger = open_ledger(db)
    refresh(ledger)
    report = run(ledger, reference, weapons)
    for problem in report["errors"]:
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    if as_json:
        sys.stdout.write(json.dumps(report, ensure_ascii=False, default=str) + "\n")
        return
    print_report(report)


def _share(value) -> str:
    return "–" if value is None else f"{value:.1%}"


def print_report(report: dict) -> None:
    table = Table(title=f"{report['nights']} night(s) in both the ledger and the reference", header_style="bold")
    for column in ("weapon", "metric", "compared", "exact", "within 5 %"):
        table.add_column(column)
    for row in report["by_weapon"] + report["overall"]:
        table.add_row(row["weapon"], row["metric"], str(row["compared"]), _share(row["exact_share"]),
                      _share(row["within_5pct_share"]))
    out.print(table)
    table = Table(title=f"{len(report['disagreements'])} disagreement(s)", header_style="bold")
    for column in ("date", "weapon", "metric", "ledger", "reference", "within 5 %", "ledger sources", "reference rows"):
        table.add_column(column, overflow="fold")
    for d in report["disagreements"]:
        sources = "; ".join(f"{s['claimant'] or s['source'] or '?'} ({s['count']}, doc {s['document_id']})"
                            for s in d["ledger_sources"])
        rows = "; ".join(f"line {r['line']} {r['model']} {r[d['metric']]}" for r in d["reference_rows"])
        table.add_row(d["date"], d["weapon"], d["metric"], str(d["ledger"]), str(d["reference"]),
                      "yes" if d["within_5pct"] else "no", sources, rows)
    out.print(table)
