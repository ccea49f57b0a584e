"""The Typer application and the options every command shares."""
from __future__ import annotations

from datetime import date
from typing import Optional

import typer
from rich.console import Console

app = typer.Typer(
    name="skyledger",
    help="A sourced ledger of aerial attacks and their consequences, read from war reporting.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)

DbOption = typer.Option(
    None, "--db", envvar="SKYLEDGER_DATABASE_URL",
    help="Ledger location: a SQLite path or a database URL (postgresql://...). Default: ./skyledger.db",
)


def parse_date_option(value: Optional[str], name: str) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=name)


def open_ledger(db: Optional[str]):
    from skyledger.store import Ledger

    try:
        return Ledger(db)
    except Exception as error:  # a bad URL or an unreachable server: one clear line
        err.print(f"[red]error:[/red] cannot open the ledger {db or ''}: {type(error).__name__}: {error}".rstrip())
        raise typer.Exit(1)
