"""Where the ledger lives.

The default is a SQLite file, ``skyledger.db`` in the working directory.
``SKYLEDGER_DATABASE_URL`` (any SQLAlchemy URL, e.g. ``postgresql://user@host/db``)
or ``SKYLEDGER_DB`` (a SQLite path) override it; so does ``--db`` on the CLI,
which takes either a path or a URL.
"""
from __future__ import annotations

import os

DEFAULT_DB = "skyledger.db"


def database_url(value: str | None = None) -> str:
    value = value or os.environ.get("SKYLEDGER_DATABASE_URL") or os.environ.get("SKYLEDGER_DB") or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{value}"
    # psycopg 3 is the driver we ship; plain postgresql:// would ask for psycopg2.
    for prefix in ("postgresql://", "postgres://"):
        if value.startswith(prefix):
            return "postgresql+psycopg://" + value[len(prefix):]
    return value
