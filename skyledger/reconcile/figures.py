"""Choosing the figure shown for one quantity, and flagging conflicts.

The input is every claim for one quantity (an event's weapon, metric and
region). The steps, in order:

1. Claims from one *unit* — one story (a document and its near-duplicate
   copies) and one claimant — collapse to one figure: the story's latest
   version's (then its first document's), and within that document the exact
   one before an approximate one, then the largest (a total beats its parts:
   "112, of which 74 shot down"). The rest stay as alternatives
   ("same_document"; "copy" when a copy gives the same figure, "superseded"
   when an earlier version gave another).
2. Units of the same *voice* (claimant, or outlet when none is named): a later
   document supersedes an earlier one ("superseded").
3. The remaining figures, one per source, are ranked by tier (see
   ``sources.py``), then by the tier of the document's own source (the Air
   Force's channel before a wire story quoting it), then exact before
   approximate, then the later document, then the larger count. The first is shown; the others are alternatives
   ("source"), and any that disagrees with it beyond the tolerance is a conflict.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

from skyledger.reconcile.sources import source_tier

# Two figures agree when the gap between their ranges is at most this share of the larger.
TOLERANCE = 0.05
# The range an approximate figure stands for ("about 500" is 450-550).
ABOUT_WIDTH = 0.10
EXACT_FIRST = {"exact": 0, "about": 1, "at_least": 1, "at_most": 1}


@dataclass(slots=True)
class Figure:
    claim_id: str
    document_id: str
    group_id: str  # near-duplicate group of the document
    published: date | None
    claimant: str | None
    source: str | None
    tier: int
    voice: str
    count: int
    qualifier: str


def value_range(count: int, qualifier: str) -> tuple[float, float]:
    if qualifier == "about":
        return count * (1 - ABOUT_WIDTH), count * (1 + ABOUT_WIDTH)
    if qualifier == "at_least":
        return count, math.inf
    if qualifier == "at_most":
        return 0, count
    return count, count


def agrees(a_count: int, a_qualifier: str, b_count: int, b_qualifier: str, tolerance: float = TOLERANCE) -> bool:
    a_low, a_high = value_range(a_count, a_qualifier)
    b_low, b_high = value_range(b_count, b_qualifier)
    gap = max(0.0, b_low - a_high, a_low - b_high)
    return gap <= tolerance * max(a_count, b_count)


def _day(value: date | None) -> int:
    return value.toordinal() if value else 0


def _unit_order(f: Figure):
    # The story's latest version speaks for it (wires update a story as figures change), then its
    # first document rather than a copy; inside a document, the exact figure, then the total.
    return (-_day(f.published), f.document_id != f.group_id, EXACT_FIRST.get(f.qualifier, 1), -f.count,
            f.document_id, f.claim_id)


def _inside_status(f: Figure, head: Figure) -> str:
    if f.document_id == head.document_id:
        return "same_document"
    return "copy" if (f.count, f.qualifier) == (head.count, head.qualifier) else "superseded"


def _source_order(f: Figure):
    # The source's tier (claimant first), then the document's own: the Air Force's channel
    # beats a wire story quoting the Air Force.
    return (f.tier, source_tier(f.source), EXACT_FIRST.get(f.qualifier, 1), -_day(f.published), -f.count,
            f.group_id, f.claim_id)


def alternative(f: Figure, status: str, chosen: Figure) -> dict:
    return {
        "count": f.count, "qualifier": f.qualifier, "claim_id": f.claim_id, "document_id": f.document_id,
        "claimant": f.claimant, "source": f.source, "published": f.published.isoformat() if f.published else None,
        "status": status, "agrees": agrees(f.count, f.qualifier, chosen.count, chosen.qualifier),
    }


def choose(figures: list[Figure]) -> tuple[Figure, list[dict], bool]:
    """The figure shown, every other figure as an alternative, and whether sources conflict."""
    units: dict[tuple, list[Figure]] = {}
    for f in figures:
        units.setdefault((f.group_id, f.claimant), []).append(f)
    heads, inside = [], []  # one figure per unit; the rest of each unit
    for members in units.values():
        members.sort(key=_unit_order)
        heads.append(members[0])
        inside.extend((m, _inside_status(m, members[0])) for m in members[1:])
    latest: dict[str, int] = {}
    for f in heads:
        latest[f.voice] = max(latest.get(f.voice, 0), _day(f.published))
    sources = [f for f in heads if _day(f.published) == latest[f.voice]]
    superseded = [f for f in heads if _day(f.published) < latest[f.voice]]
    sources.sort(key=_source_order)
    chosen = sources[0]
    alternatives = [alternative(f, "source", chosen) for f in sources[1:]]
    conflict = any(not a["agrees"] for a in alternatives)
    alternatives += [alternative(f, "superseded", chosen) for f in superseded]
    alternatives += [alternative(f, status, chosen) for f, status in inside]
    return chosen, alternatives, conflict
