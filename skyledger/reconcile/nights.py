"""Per-night figures for the series, taken from reconciled events.

A night's figure for a weapon class and metric is the event's national
figure (region null) without a weapon type. When the sources give only a
breakdown by type ("11 Iskander-M and 5 Iskander-K", no total), the night
gets the sum of the types. Regional figures never add up to a national one:
the series stays empty rather than undercounting.
"""
from __future__ import annotations

from skyledger.reconcile.build import METRIC_ORDER


def night_rows(events: dict[str, dict]) -> list[dict]:
    """Night figure rows without their source: ``write.write_nights`` stamps it."""
    rows = []
    for event in events.values():
        if event["region"] is not None:
            continue
        national = [f for f in event["figures"] if f["metric"] in METRIC_ORDER]
        for weapon in event["weapons"]:
            row = _night(event, weapon, [f for f in national if f["weapon"] == weapon])
            if row:
                rows.append(row)
    return rows


def _night(event: dict, weapon: str, figures: list[dict]) -> dict | None:
    row = {"date": event["date"], "attacker": event["attacker"], "target": event["target"],
           "weapon": weapon, "provenance": {}}
    for metric in METRIC_ORDER:
        mine = [f for f in figures if f["metric"] == metric]
        total = [f for f in mine if f["weapon_type"] is None] or mine
        row[metric] = sum(f["count"] for f in total) if total else None
        if total:
            row["provenance"][metric] = [_origin(f) for f in total]
    return row if any(row[m] is not None for m in METRIC_ORDER) else None


def _origin(f: dict) -> dict:
    return {"count": f["count"], "qualifier": f["qualifier"], "weapon_type": f["weapon_type"],
            "claim_id": f["claim_id"], "document_id": f["document_id"], "claimant": f["claimant"],
            "source": f["source"], "alternatives": len(f["alternatives"]), "conflict": f["conflict"]}
