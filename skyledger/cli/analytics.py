"""skyledger series, records, casualties, plot: the analytics API on the command line."""
from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from skyledger.cli.app import DbOption, app, err, open_ledger, parse_date_option
from skyledger.cli.events import refresh
from skyledger.cli.output import Format, emit


class Freq(str, Enum):
    night = "night"
    week = "week"
    month = "month"


class Source(str, Enum):
    ledger = "ledger"
    reference = "reference"


class By(str, Enum):
    region = "region"
    month = "month"
    region_month = "region_month"


SERIES_COLUMNS = ["period", "attacker", "target", "weapon", "launched", "defeated", "lost", "hit", "interception_rate"]
SourceOption = typer.Option(Source.ledger, "--source", help="ledger (reconciled claims) or reference (imported data)")


def _ledger(db, source: Source):
    ledger = open_ledger(db)
    if source == Source.ledger:
        refresh(ledger)
    return ledger


@app.command()
def series(
    freq: Freq = typer.Option(Freq.night, "--freq"),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    attacker: Optional[str] = typer.Option(None),
    target: Optional[str] = typer.Option(None),
    weapon: Optional[str] = typer.Option(None),
    source: Source = SourceOption,
    format: Format = typer.Option(Format.table, "--format", "-f"),
    db: Optional[str] = DbOption,
):
    """Launched, defeated, lost, hit and interception rate per night, week or month, by side and weapon class."""
    from skyledger import analytics

    rows = analytics.series(_ledger(db, source), freq=freq.value, since=parse_date_option(since, "--since"),
                            until=parse_date_option(until, "--until"), attacker=attacker, target=target,
                            weapon=weapon, source=source.value)
    emit(rows, SERIES_COLUMNS, format, title=f"{len(rows)} period(s) ({source.value})")


@app.command()
def records(
    weapon: Optional[str] = typer.Option(None),
    metric: str = typer.Option("launched"),
    attacker: str = typer.Option("RU"),
    target: str = typer.Option("UA"),
    source: Source = SourceOption,
    format: Format = typer.Option(Format.table, "--format", "-f"),
    db: Optional[str] = DbOption,
):
    """Every night that set a new record, with the record it beat."""
    from skyledger import analytics

    rows = analytics.records(_ledger(db, source), weapon=weapon, metric=metric, attacker=attacker, target=target,
                             source=source.value)
    emit(rows, ["date", "weapon", "metric", "count", "previous_record_date", "previous_record"], format,
         title=f"{len(rows)} record night(s) ({source.value})")


@app.command()
def casualties(
    by: By = typer.Option(By.region, "--by"),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    format: Format = typer.Option(Format.table, "--format", "-f"),
    db: Optional[str] = DbOption,
):
    """Killed and injured (one reconciled figure per day, region and outcome) by region, month or both."""
    from skyledger import analytics

    rows = analytics.casualties_by(_ledger(db, Source.ledger), by=by.value, since=parse_date_option(since, "--since"),
                                   until=parse_date_option(until, "--until"))
    emit(rows, ["region", "month", "killed", "injured"], format, title="Casualties")


@app.command()
def plot(
    output: Path = typer.Option(..., "-o", "--output", help="The chart to write: .png or .svg"),
    freq: Freq = typer.Option(Freq.night, "--freq"),
    since: Optional[str] = typer.Option(None),
    until: Optional[str] = typer.Option(None),
    weapon: Optional[str] = typer.Option(None, help="One weapon class; all if omitted."),
    attacker: str = typer.Option("RU"),
    target: str = typer.Option("UA"),
    source: Source = SourceOption,
    title: Optional[str] = typer.Option(None),
    db: Optional[str] = DbOption,
):
    """Write a chart of launched vs defeated (by weapon class, records marked) and print its summary table."""
    from skyledger.plot import FORMATS, plot as draw

    if output.suffix.lower() not in FORMATS:  # before reconciling: plot() would refuse it only afterwards
        err.print(f"[red]error:[/red] {output}: write the chart as .png or .svg", highlight=False)
        raise typer.Exit(2)
    table = draw(_ledger(db, source), output, freq=freq.value, since=parse_date_option(since, "--since"),
                 until=parse_date_option(until, "--until"), weapon=weapon, attacker=attacker, target=target,
                 source=source.value, title=title)
    emit(table, ["weapon", "periods", "launched", "defeated", "interception_rate", "largest", "records"],
         Format.table, title=f"wrote {output}")
    if not table:
        err.print("[yellow]warning:[/yellow] no figures in that range: the chart is empty", highlight=False)
