"""Reconciling 100,000 claims: time and peak memory (target: under 30 s on one core).

    .venv/bin/python benchmarks/bench_reconcile.py [--claims 100000] [--db PATH]

Builds a synthetic SQLite ledger (not timed), then reconciles it in a fresh
process (timed: wall clock and CPU time, which a busy machine does not
inflate; and that process's peak resident memory), reconciles again
(nothing changed: every event unchanged), and times the dashboard's reads:
``analytics.series`` and ``reconcile.events`` (p95 of repeated calls).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

CHILD = """
import json, resource, sys, time
from skyledger.reconcile import reconcile
from skyledger.store import Ledger
ledger = Ledger(sys.argv[1])
started, cpu = time.perf_counter(), time.process_time()
summary = reconcile(ledger)
seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
again = reconcile(ledger)
print(json.dumps({"seconds": seconds, "cpu": cpu, "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "summary": summary, "again": again}))
"""


def p95(call, repeat: int = 40) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return sorted(times)[int(0.95 * len(times)) - 1] * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=100_000)
    parser.add_argument("--db", help="SQLite path (default: a temporary file)")
    args = parser.parse_args()
    db = args.db or str(Path(tempfile.mkdtemp()) / "bench.db")

    from synthetic import build

    started = time.perf_counter()
    built = build(db, args.claims)
    print(f"built {built['claims']:,} claims in {built['documents']:,} documents ({time.perf_counter() - started:.1f} s, not timed)")
    child = subprocess.run([sys.executable, "-c", CHILD, db], capture_output=True, text=True, check=True)
    result = json.loads(child.stdout)
    s = result["summary"]
    print(f"reconcile: {result['seconds']:.1f} s wall, {result['cpu']:.1f} s CPU (one process, one core), peak memory {result['peak_mb']:.0f} MB — {s['events']:,} events, "
          f"{s['conflicts']:,} conflicts, {s['stories']:,} stories from {s['documents']:,} documents "
          f"({s['near_duplicates']:,} near-duplicates)")
    a = result["again"]
    print(f"reconcile again: {a['seconds']:.1f} s — {a['created']} created, {a['updated']} updated, "
          f"{a['unchanged']:,} unchanged")

    from skyledger import analytics, reconcile
    from skyledger.store import Ledger

    ledger = Ledger(db)
    print(f"series (night, all weapons): p95 {p95(lambda: analytics.series(ledger)):.0f} ms; "
          f"(month, drone, RU→UA): p95 {p95(lambda: analytics.series(ledger, freq='month', weapon='drone', attacker='RU', target='UA')):.0f} ms")
    print(f"events (first 100, drone): p95 {p95(lambda: reconcile.events(ledger, weapon='drone', limit=100)):.0f} ms")


if __name__ == "__main__":
    main()
