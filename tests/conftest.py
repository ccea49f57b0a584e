"""Shared fixtures: real SQLite files, a real PostgreSQL database, the eval data.

PostgreSQL tests get a database of their own, created for the test session on
the server at SKYLEDGER_TEST_PG (default: postgresql://postgres@127.0.0.1:5432)
and dropped afterwards, so parallel runs never meet.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("SKYLEDGER_SHARED", REPO.parent / "shared"))
EVAL = SHARED / "eval"
PG_SERVER = os.environ.get("SKYLEDGER_TEST_PG", "postgresql://postgres@127.0.0.1:5432")


def pytest_sessionstart(session):
    """An editable install keeps the mypyc-compiled extractor beside its sources, and Python
    imports the compiled module first: after an edit, the tests would run the old code."""
    folder = REPO / "skyledger" / "extract"
    stale = sorted(source.name for source in folder.glob("*.py")
                   for built in folder.glob(f"{source.stem}.*.so") if built.stat().st_mtime < source.stat().st_mtime)
    if stale:
        pytest.exit(f"the compiled extractor is older than {', '.join(stale)}: rebuild it with "
                    "`pip install -e .` (./scripts/test does), or install with SKYLEDGER_PURE=1", returncode=2)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return str(tmp_path / "ledger.db")


@contextmanager
def scratch_database(prefix: str) -> Iterator[str]:
    """The URL of a new, empty PostgreSQL database named ``prefix`` + a random suffix, dropped afterwards."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(f"{PG_SERVER}/postgres", autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as error:
        pytest.fail(f"PostgreSQL is not reachable at {PG_SERVER}: {error}")
    try:
        admin.execute(f'CREATE DATABASE "{name}"')
        yield f"{PG_SERVER}/{name}"
    finally:
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        finally:
            admin.close()


@pytest.fixture(scope="session")
def pg_url():
    with scratch_database("skyledger_test") as url:
        yield url


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request, tmp_path):
    """Run a test once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return str(tmp_path / "ledger.db")
    return request.getfixturevalue("fresh_pg")


@pytest.fixture
def fresh_pg(pg_url):
    """The session's PostgreSQL database, emptied for this test."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public;")
    from skyledger.store import ledger as ledger_module

    ledger_module._migrated.discard(ledger_module.database_url(pg_url))
    return pg_url


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None, env: dict | None = None):
    """Run the installed command as a user would."""
    full_env = {**os.environ, **(env or {})}
    full_env.pop("SKYLEDGER_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "skyledger", *args], input=stdin, capture_output=True, text=True,
        cwd=cwd, env=full_env, timeout=300,
    )
