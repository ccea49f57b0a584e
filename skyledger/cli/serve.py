"""skyledger serve: the API and the dashboard over HTTP."""
from __future__ import annotations

from typing import Optional

import typer

from skyledger.cli.app import DbOption, app, err, open_ledger


@app.command()
def serve(
    host: str = typer.Option("127.0.0.1", help="Address to listen on."),
    port: int = typer.Option(8000, help="Port to listen on."),
    reconcile: bool = typer.Option(True, help="First bring the events up to date (if claims changed since)."),
    db: Optional[str] = DbOption,
):
    """Serve the REST API (/api/v1, docs at /api/v1/docs) and the dashboard.

    Reads are open; POST /api/v1/documents needs the token in SKYLEDGER_API_TOKEN.
    """
    import uvicorn

    from skyledger.serve import create_app

    ledger = open_ledger(db)
    if reconcile:
        _reconcile(ledger)
    err.print(f"skyledger: serving {ledger.url} on http://{host}:{port}/ (API docs: /api/v1/docs)", highlight=False)
    uvicorn.run(create_app(ledger), host=host, port=port, log_level="warning")


def _reconcile(ledger) -> None:
    try:
        from skyledger.reconcile import ensure_reconciled
    except ImportError:  # events come from skyledger.reconcile; a build without it serves claims only
        err.print("[yellow]warning:[/yellow] skyledger.reconcile is not available; events are not updated")
        return
    summary = ensure_reconciled(ledger)
    if summary:
        err.print(f"reconciled {summary.get('events', 0)} event(s) in {summary.get('seconds', '?')} s", highlight=False)
