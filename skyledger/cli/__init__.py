"""The command line: a thin layer over the library API.

Each group of commands lives in its own module and registers itself on the
shared Typer app when imported here.
"""
from skyledger.cli.app import app
from skyledger.cli import demo, extract, ingest, query, serve, events, reference, check, analytics  # noqa: F401  (registers commands)


def main() -> None:
    app()
