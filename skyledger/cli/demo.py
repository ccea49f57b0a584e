"""skyledger demo: build a ledger from the bundled sample corpus and print it."""
from __future__ import annotations

from collections import defaultdict
from importlib import resources
from typing import Optional

import typer
from rich.table import Table

from skyledger.cli.app import app, err, open_ledger, out

METRICS = ("launched", "defeated", "lost", "hit")


def sample_path():
    return resources.files("skyledger") / "samples" / "corpus.jsonl"


@app.command()
def demo(db: Optional[str] = typer.Option("skyledger-demo.db", "--db", help="Where to build the demo ledger.")):
    """Ingest the bundled sample corpus (wire news, Air Force and Defence Ministry styles) and print the ledger."""
    from skyledger.ingest import ingest_paths

    ledger = open_ledger(db)
    with resources.as_file(sample_path()) as path:
        report = ingest_paths(ledger, [path])
    for problem in report.errors:
        err.print(f"[red]error:[/red] {problem}", highlight=False)
    out.print(f"[bold]skyledger demo[/bold] — ledger at {ledger.url}: {report.stored} new document(s), "
              f"{report.duplicates} already there, {report.claims} new claim(s)", highlight=False)
    print_nights(ledger)
    print_casualties(ledger)
    if report.errors:
        raise typer.Exit(1)


def print_nights(ledger) -> None:
    """Per night and direction: each weapon's figures, with how many sources give them."""
    rows = ledger.claims()
    figures = defaultdict(lambda: defaultdict(dict))
    sources = defaultdict(set)
    for c in rows:
        if c["kind"] != "air_attack" or c["region"] is not None:
            continue
        night = (c["date"], f"{c['attacker'] or '?'}→{c['target'] or '?'}")
        cell = figures[night][c["weapon"]]
        # Keep the largest exact figure for a quick view; reconciliation proper is `skyledger events`.
        best = cell.get(c["metric"])
        if best is None or (c["qualifier"] == "exact" and c["count"] > best):
            cell[c["metric"]] = c["count"]
        sources[night].add(c["claimant"] or "unnamed")
    table = Table(title="Nights in the ledger (national figures)", header_style="bold")
    for column in ("night", "direction", "weapon", *METRICS, "sources"):
        table.add_column(column)
    for (night, direction), weapons in sorted(figures.items()):
        for weapon, metrics in sorted(weapons.items()):
            table.add_row(night or "?", direction, weapon, *(str(metrics.get(m, "")) for m in METRICS),
                          ", ".join(sorted(sources[(night, direction)])))
    out.print(table)


def print_casualties(ledger) -> None:
    table = Table(title="Casualties", header_style="bold")
    for column in ("date", "region", "outcome", "count", "qualifier", "population", "sentence"):
        table.add_column(column, overflow="fold")
    for c in ledger.claims():
        if c["kind"] == "casualties":
            table.add_row(c["date"] or "?", c["region"] or "", c["outcome"], str(c["count"]), c["qualifier"],
                          c["population"] or "", (c["evidence"] or {}).get("sentence") or "")
    out.print(table)
