"""skyledger reconcile, events, event: claims reconciled into events."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from skyledger.cli.app import DbOption, app, err, open_ledger, out, parse_date_option
from skyledger.cli.output import Format, emit

FIGURE_COLUMNS = ["date", "direction", "weapon", "weapon_type", "metric", "region", "count", "qualifier",
                  "claimant", "source", "alternatives", "conflict", "documents", "event"]
TABLE_COLUMNS = ["figure", "region", "count", "by", "alt", "conflict"]
QUALIFIER_MARK = {"exact": "", "about": "~", "at_least": "≥", "at_most": "≤"}


def refresh(ledger) -> None:
    """Reconcile first when claims changed since the last run (a note on stderr says so)."""
    from skyledger.reconcile import ensure_reconciled

    summary = ensure_reconciled(ledger)
    if summary:
        err.print(f"reconciled: {summary['events']} event(s), {summary['created']} new, "
                  f"{summary['updated']} updated, {summary['conflicts']} conflict(s)", highlight=False)


def figure_rows(events: list[dict]) -> list[dict]:
    """One row per chosen figure, for tables and CSV."""
    rows = []
    for e in events:
        for f in e["figures"]:
            rows.append({
                "date": e["date"], "direction": f"{e['attacker']}→{e['target']}", **f,
                "source": f["source"], "alternatives": len(f["alternatives"]),
                "conflict": "CONFLICT" if f["conflict"] else "", "documents": e["documents"], "event": e["id"],
            })
    return rows


@app.command()
def reconcile(
    as_json: bool = typer.Option(False, "--json", help="Print the summary as JSON."),
    db: Optional[str] = DbOption,
):
    """Reconcile claims into events (idempotent: events keep their ids and are updated in place)."""
    from skyledger.reconcile import reconcile as run

    summary = run(open_ledger(db))
    if as_json:
        sys.stdout.write(json.dumps(summary) + "\n")
        return
    out.print(f"{summary['events']} event(s): {summary['created']} new, {summary['updated']} updated, "
              f"{summary['unchanged']} unchanged, {summary['removed']} removed; {summary['conflicts']} conflict(s); "
              f"{summary['claims']} claim(s) from {summary['stories']} story(ies) "
              f"({summary['near_duplicates']} near-duplicate document(s)); {summary['unplaced_claims']} claim(s) "
              f"without date or side; {summary['seconds']} s", highlight=False)


@app.command()
def events(
    since: Optional[str] = typer.Option(None, help="First date (YYYY-MM-DD)."),
    until: Optional[str] = typer.Option(None, help="Last date (YYYY-MM-DD)."),
    attacker: Optional[str] = typer.Option(None, help="RU or UA"),
    target: Optional[str] = typer.Option(None, help="RU or UA"),
    weapon: Optional[str] = typer.Option(None, help="drone, missile, guided_bomb, rocket, naval_drone, any"),
    region: Optional[str] = typer.Option(None, help="ISO 3166-2 code, e.g. UA-63"),
    limit: Optional[int] = typer.Option(None, help="At most this many events."),
    format: Format = typer.Option(Format.table, "--format", "-f", help="table and csv: one row per figure; json: one event per line"),
    db: Optional[str] = DbOption,
):
    """List events: each attack once, with its chosen figures, how many alternatives, and conflicts."""
    from skyledger.reconcile import events as list_events

    ledger = open_ledger(db)
    refresh(ledger)
    found = list_events(ledger, since=parse_date_option(since, "--since"), until=parse_date_option(until, "--until"),
                        attacker=attacker, target=target, weapon=weapon, region=region, limit=limit)
    if format == Format.json:
        emit(found, [], format)
        return
    if format == Format.csv:
        emit(figure_rows(found), FIGURE_COLUMNS, format)
        return
    print_events(found)


def print_events(found: list[dict]) -> None:
    """One small table per event, narrow enough for a terminal."""
    for e in found:
        title = (f"{e['date']} {e['attacker']}→{e['target']} {e['weapon_group']}{' ' + e['region'] if e['region'] else ''}"
                 f" — {e['documents']} stor{'y' if e['documents'] == 1 else 'ies'}, {e['conflicts']} conflict(s) — {e['id']}")
        emit([compact(row) for row in figure_rows([e])], TABLE_COLUMNS, Format.table, title=title)
    out.print(f"{len(found)} event(s); ~ about, ≥ at least, ≤ at most; alt: other figures kept beside the one shown",
              highlight=False)


def compact(row: dict) -> dict:
    kind = f"{row['weapon']}[{row['weapon_type']}]" if row["weapon_type"] else row["weapon"]
    return {"figure": f"{kind} {row['metric']}", "region": row["region"],
            "count": f"{QUALIFIER_MARK.get(row['qualifier'], '?')}{row['count']}",
            "by": row["claimant"] or row["source"], "alt": row["alternatives"], "conflict": row["conflict"]}


@app.command()
def event(
    event_id: str = typer.Argument(..., help="An event id (from `skyledger events`)."),
    db: Optional[str] = DbOption,
):
    """One event as JSON: its figures, their alternatives and every claim behind it, with evidence."""
    from skyledger.reconcile import event as get_event

    ledger = open_ledger(db)
    refresh(ledger)
    found = get_event(ledger, event_id)
    if found is None:
        err.print(f"[red]error:[/red] no event {event_id!r}")
        raise typer.Exit(1)
    sys.stdout.write(json.dumps(found, ensure_ascii=False, indent=2) + "\n")
