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
    """Per reconciled event (national figures): each weapon's chosen figures, sources and conflicts."""
    from skyledger.reconcile import events, reconcile

    reconcile(ledger)
    table = Table(title="Attacks in the ledger (reconciled events, national figures)", header_style="bold")
    for column in ("night", "sides", "weapon", *METRICS, "stories"):
        table.add_column(column, no_wrap=column not in METRICS, overflow="fold")  # a date cut to "2025-06…" says nothing
    for e in sorted(events(ledger), key=lambda e: e["date"]):
        if e["region"] is not None:
            continue
        figures = defaultdict(dict)
        # The class figure where there is one; else the one system that was counted ("4 Iskander-M").
        for f in sorted(e["figures"], key=lambda f: f["weapon_type"] is None):
            mark = "~" if f["qualifier"] != "exact" else ""
            typed = f" {f['weapon_type']}" if f["weapon_type"] else ""
            figures[f["weapon"]][f["metric"]] = f"{mark}{f['count']}{typed}" + ("!" if f["conflict"] else "")
        for weapon, metrics in figures.items():
            table.add_row(e["date"], f"{e['attacker']}→{e['target']}", weapon, *(metrics.get(m, "") for m in METRICS),
                          str(e["documents"]))
    out.print(table)
    out.print("~ approximate figure, ! sources disagree; details: skyledger events", highlight=False)


def print_casualties(ledger) -> None:
    from skyledger.store import ClaimFilter

    table = Table(title="Casualties (each with the start of the sentence that gives it)", header_style="bold")
    for column in ("date", "region", "outcome", "count", "population", "source sentence"):
        table.add_column(column, no_wrap=column != "source sentence", overflow="ellipsis")
    for c in ledger.claims(ClaimFilter(kind="casualties")):
        sentence = (c["evidence"] or {}).get("sentence") or ""
        short = sentence if len(sentence) <= 60 else sentence[:57].rstrip() + "…"
        table.add_row(c["date"] or "?", c["region"] or "", c["outcome"], str(c["count"]), c["population"] or "",
                      short)
    out.print(table)
