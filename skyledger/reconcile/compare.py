"""Compare the ledger's per-night figures with a reference file.

For every night and weapon class that both cover, the launched and defeated
figures are compared: the share that agree exactly and within 5 % (of the
reference figure), per weapon class and overall, and every disagreement
with the sources on both sides.
"""
from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from skyledger import analytics
from skyledger.reconcile.reference import night_rows, read_reference

COMPARED_METRICS = ("launched", "defeated")
WITHIN = 0.05


def within(ledger_count: int, reference_count: int, share: float = WITHIN) -> bool:
    if reference_count == 0:
        return ledger_count == 0
    return abs(ledger_count - reference_count) <= share * reference_count


def _ledger_nights(ledger) -> dict[tuple, dict]:
    out = {}
    for night in analytics.nights(ledger, attacker="RU", target="UA", provenance=True):
        out[(night.date, night.weapon)] = {"launched": night.launched, "defeated": night.defeated,
                                           "provenance": night.provenance or {}}
    return out


def _tally() -> dict:
    return {"compared": 0, "exact": 0, "within_5pct": 0}


def _shares(tally: dict) -> dict:
    n = tally["compared"]
    return {**tally, "exact_share": round(tally["exact"] / n, 4) if n else None,
            "within_5pct_share": round(tally["within_5pct"] / n, 4) if n else None}


def compare(ledger, reference_path: str | Path, weapons: str | Path | None = None) -> dict:
    reference = read_reference(reference_path, weapons)
    ref_nights = {(n["date"], n["weapon"]): n for n in night_rows(reference.rows)}
    mine = _ledger_nights(ledger)
    tallies: dict[tuple, dict] = defaultdict(_tally)
    disagreements, nights = [], set()
    for key in sorted(set(mine) & set(ref_nights)):
        day, weapon = key
        for metric in COMPARED_METRICS:
            ours, theirs = mine[key][metric], ref_nights[key][metric]
            if ours is None or theirs is None:
                continue
            nights.add(day)
            exact, close = ours == theirs, within(ours, theirs)
            for scope in ((weapon, metric), ("all", metric)):
                tally = tallies[scope]
                tally["compared"] += 1
                tally["exact"] += exact
                tally["within_5pct"] += close
            if not exact:
                disagreements.append({
                    "date": day.isoformat(), "weapon": weapon, "metric": metric, "ledger": ours,
                    "reference": theirs, "difference": ours - theirs, "within_5pct": close,
                    "ledger_sources": mine[key]["provenance"].get(metric, []),
                    "reference_rows": [r for r in ref_nights[key]["provenance"]["rows"] if r[metric] is not None],
                })
    by_weapon = [{"weapon": w, "metric": m, **_shares(t)} for (w, m), t in sorted(tallies.items()) if w != "all"]
    overall = [{"weapon": "all", "metric": m, **_shares(tallies[("all", m)])} for m in COMPARED_METRICS]
    return {"reference": str(reference_path), "nights": len(nights), "by_weapon": by_weapon, "overall": overall,
            "disagreements": disagreements, "errors": reference.errors}
