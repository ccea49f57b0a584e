"""The command line as a user runs it: extract, claims, documents, export, demo."""
import csv
import io
import json
import subprocess
import sys

import pyarrow.parquet as pq

from conftest import EVAL, run_cli


def test_extract_writes_the_spec_format_that_score_py_reads(tmp_path):
    out = tmp_path / "pred.jsonl"
    result = run_cli("extract", str(EVAL / "seed" / "seed.jsonl"), "-o", str(out))
    assert result.returncode == 0, result.stderr
    [record] = [json.loads(line) for line in out.read_text().splitlines()]
    assert record["id"] == "seed-2025-06-12"
    kinds = {c["kind"] for c in record["claims"]}
    assert {"air_attack", "casualties", "statement", "talks", "visit", "sanction"} <= kinds
    score = subprocess.run(
        [sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "seed" / "seed.jsonl"), "--pred", str(out), "--json"],
        capture_output=True, text=True, check=True)
    assert json.loads(score.stdout)["strict/all/all"]["f1"] == 1.0


def test_extract_reads_stdin_and_reports_a_broken_line():
    lines = [
        json.dumps({"id": "a", "text": "Russia launched 41 drones at Ukraine overnight.", "published": "2025-06-26",
                    "lang": "en"}),
        "{broken",
        json.dumps({"id": "b", "text": "Над Курском сбиты три беспилотника.", "published": "2025-06-26"}),
    ]
    result = run_cli("extract", stdin="\n".join(lines) + "\n")
    assert result.returncode == 1
    assert "<stdin>:2: not JSON" in result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    assert records[0]["claims"][0]["count"] == 41
    assert records[1]["lang"] == "ru" and records[1]["claims"][0]["region"] == "RU-KRS"


def _ledger(tmp_path):
    db = str(tmp_path / "l.db")
    result = run_cli("ingest", str(EVAL / "seed" / "seed.jsonl"), "--db", db)
    assert result.returncode == 0, result.stderr
    return db


def test_claims_in_json_csv_and_table(tmp_path):
    db = _ledger(tmp_path)
    as_json = run_cli("claims", "--kind", "air_attack", "--region", "RU-BEL", "--format", "json", "--db", db)
    [claim] = [json.loads(line) for line in as_json.stdout.splitlines()]
    assert claim["count"] == 41 and claim["evidence"]["sentence"].startswith("Russia's defence ministry said")
    as_csv = run_cli("claims", "--kind", "casualties", "--format", "csv", "--db", db)
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert [(r["outcome"], r["count"], r["region"]) for r in rows] == [("injured", "3", "RU-BEL")]
    tenth = run_cli("claims", "--kind", "air_attack", "--since", "2025-06-10", "--until", "2025-06-10", "--format", "csv",
                    "--db", db)
    assert sorted(r["count"] for r in csv.DictReader(io.StringIO(tenth.stdout))) == ["315", "7"]
    table = run_cli("claims", "--kind", "air_attack", "--db", db)
    assert table.returncode == 0 and "5 claim(s)" in table.stdout


def test_documents_search_and_export_parquet(tmp_path):
    db = _ledger(tmp_path)
    found = run_cli("documents", "--search", "Istanbul", "--format", "json", "--db", db)
    assert json.loads(found.stdout.splitlines()[0])["published"] == "2025-06-12"
    assert run_cli("documents", "--search", "Honolulu", "--format", "json", "--db", db).stdout.strip() == ""
    target = tmp_path / "claims.parquet"
    result = run_cli("export", "--format", "parquet", "-o", str(target), "--db", db)
    assert result.returncode == 0, result.stderr
    table = pq.read_table(target).to_pylist()
    counts = sorted(r["count"] for r in table if r["kind"] == "air_attack")
    assert counts == [7, 41, 52, 315, 500]
    assert all(r["sentence"] for r in table)


def test_help_everywhere():
    for command in ("", "ingest", "extract", "claims", "documents", "export", "demo"):
        args = [command, "--help"] if command else ["--help"]
        result = run_cli(*args)
        assert result.returncode == 0 and "Usage" in result.stdout, command
