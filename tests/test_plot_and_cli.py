"""The command line as a user runs it: reconcile, events, series, records, plot (PNG and SVG)."""
from __future__ import annotations

import csv
import io
import json

from conftest import run_cli
from reconcile_helpers import REFERENCE, dev_ledger

from skyledger.reconcile.reference import import_reference


def test_events_reconcile_on_demand_and_filter(tmp_path):
    db = str(tmp_path / "dev.db")
    dev_ledger(db)  # claims only: `events` reconciles because the ledger changed
    result = run_cli("events", "--since", "2025-06-09", "--until", "2025-06-09", "--attacker", "RU",
                     "--format", "json", "--db", db)
    assert result.returncode == 0, result.stderr
    assert "reconciled:" in result.stderr
    found = [json.loads(line) for line in result.stdout.splitlines()]
    national = next(e for e in found if e["region"] is None and e["weapon_group"] == "long_range")
    launched = next(f for f in national["figures"] if (f["weapon"], f["metric"], f["weapon_type"]) ==
                    ("drone", "launched", None))
    assert launched["count"] == 479
    again = run_cli("events", "--region", "UA-63", "--format", "csv", "--db", db)
    assert "reconciled:" not in again.stderr  # nothing changed since
    rows = list(csv.DictReader(io.StringIO(again.stdout)))
    assert rows and {r["region"] for r in rows} == {"UA-63"}
    table = run_cli("events", "--since", "2025-06-09", "--until", "2025-06-09", "--db", db, env={"COLUMNS": "200"})
    assert national["id"] in table.stdout and "drone launched" in table.stdout
    one = run_cli("event", national["id"], "--db", db)
    assert {c["count"] for c in json.loads(one.stdout)["claims"]} >= {479, 277, 183}


def test_series_and_records_commands(tmp_path):
    db = str(tmp_path / "ref.db")
    assert run_cli("import-reference", str(REFERENCE), "--db", db).returncode == 0
    series = run_cli("series", "--source", "reference", "--freq", "week", "--weapon", "drone", "--since",
                     "2025-06-09", "--until", "2025-06-15", "--format", "json", "--db", db)
    [week] = [json.loads(line) for line in series.stdout.splitlines()]
    assert week["period"] == "2025-W24" and week["launched"] > 479
    records = run_cli("records", "--source", "reference", "--weapon", "drone", "--format", "csv", "--db", db)
    assert "2025-06-09,drone,launched,479,2025-06-01,472" in records.stdout


def test_plot_writes_png_and_svg_with_the_records_marked(tmp_path):
    db = str(tmp_path / "ref.db")
    import_reference(__import__("skyledger.store", fromlist=["Ledger"]).Ledger(db), REFERENCE)
    png = tmp_path / "drones.png"
    result = run_cli("plot", "-o", str(png), "--source", "reference", "--since", "2025-05-01", "--until",
                     "2025-06-30", "--db", db, env={"COLUMNS": "200"})
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 20_000
    assert "479 (2025-06-09)" in result.stdout  # the summary table: the largest night in the range
    svg = tmp_path / "drones.svg"
    result = run_cli("plot", "-o", str(svg), "--source", "reference", "--weapon", "drone", "--since",
                     "2025-05-01", "--until", "2025-06-30", "--db", db)
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<?xml") and "<svg" in text
    assert "record (new high)" in text and "479" in text  # the last record, annotated
    bad = run_cli("plot", "-o", str(tmp_path / "chart.gif"), "--db", db)
    assert bad.returncode == 2 and ".png or .svg" in bad.stderr
