"""compare over the whole reference (2022-2026): time (target: under 10 s).

    .venv/bin/python benchmarks/bench_compare.py [--reference CSV] [--db PATH]

Builds a ledger (not timed) with one Air Force report for every night of the
reference, its figures taken from the reference and one in ten changed so
that there are disagreements to list, reconciles it, then times `compare`
over the whole file — as the library call and as the command.
"""
from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from skyledger.models import AirAttack, Document
from skyledger.reconcile import reconcile
from skyledger.reconcile.compare import compare
from skyledger.reconcile.reference import night_rows, read_reference
from skyledger.store import Ledger

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "reference" / "mma" / "missile_attacks_daily.csv"


def build(db: str, reference: Path) -> int:
    rng = random.Random(3)
    ledger = Ledger(db)
    nights = night_rows(read_reference(reference).rows)
    by_date: dict = {}
    for night in nights:
        by_date.setdefault(night["date"], []).append(night)
    for day, rows in by_date.items():
        claims = []
        for night in rows:
            for metric in ("launched", "defeated"):
                count = night[metric]
                if count is None:
                    continue
                if rng.random() < 0.1:
                    count += rng.randint(1, 5)
                claims.append(AirAttack(attacker="RU", target="UA", date=day, weapon=night["weapon"], metric=metric,
                                        count=count, claimant="UA Air Force"))
        text = f"Air Force report for the night into {day}: " + ", ".join(f"{c.weapon} {c.metric} {c.count}" for c in claims)
        ledger.add(Document(text=text, published=day, lang="en", source="air_force"), claims)
    reconcile(ledger)
    return len(by_date)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reference", type=Path, default=DEFAULT)
    parser.add_argument("--db", help="SQLite path (default: a temporary file)")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "compare.db")
    started = time.perf_counter()
    nights = build(db, args.reference)
    print(f"ledger with {nights} nights built and reconciled ({time.perf_counter() - started:.1f} s, not timed)")
    started = time.perf_counter()
    report = compare(Ledger(db), args.reference)
    seconds = time.perf_counter() - started
    overall = {r["metric"]: r for r in report["overall"]}
    print(f"compare (library): {seconds:.2f} s — {report['nights']} nights, launched exact "
          f"{overall['launched']['exact_share']:.1%}, {len(report['disagreements'])} disagreements listed")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "skyledger", "compare", "--reference", str(args.reference), "--json",
                    "--db", db], check=True, capture_output=True)
    print(f"skyledger compare --json (command, start-up included): {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
