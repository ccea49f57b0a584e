"""From claims to events.

Claims describing the same attack — same attacker and target, same date,
weapons of one compatible group — form one event. Figures limited to one
region ("41 over the Belgorod region") form that region's event, which
points to the national one (``part_of``) when there is one. Inside an
event, each quantity (weapon, weapon type, metric) gets one figure chosen by
``figures.choose``; every other claim of that quantity stays beside it.

An event's id is a hash of (attacker, target, date, weapon group, region):
the same attack always gets the same id, so reconciling again updates it in
place.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from skyledger.reconcile.figures import Figure, choose
from skyledger.reconcile.sources import tier, voice
from skyledger.store.schema import ClaimRow, DocumentRow

# Weapons that are reported together in one attack. A long-range night mixes
# drones, missiles and counts that cover both ("60 drones and missiles");
# glide bombs, rockets and naval drones are attacks of their own.
WEAPON_GROUPS = {
    "drone": "long_range", "missile": "long_range", "any": "long_range",
    "guided_bomb": "guided_bomb", "rocket": "rocket", "naval_drone": "naval",
}
WEAPON_ORDER = ("drone", "missile", "any", "guided_bomb", "rocket", "naval_drone")
METRIC_ORDER = ("launched", "defeated", "lost", "hit")
OTHER_SIDE = {"RU": "UA", "UA": "RU"}


@dataclass(slots=True)
class Placed:
    """A claim placed in its event and quantity."""

    event: tuple  # (attacker, target, date, weapon group, region)
    quantity: tuple  # (weapon, weapon type, metric)
    figure: Figure


def event_id(attacker: str, target: str, day: date, group: str, region: str | None = None) -> str:
    raw = f"{attacker}|{target}|{day.isoformat()}|{group}" + (f"|{region}" if region else "")
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def sides(attacker: str | None, target: str | None) -> tuple[str | None, str | None]:
    """There are two sides: knowing one of attacker and target gives the other."""
    return attacker or OTHER_SIDE.get(target), target or OTHER_SIDE.get(attacker)


def load_air_claims(session: Session, groups: dict[str, str]) -> tuple[list[Placed], int]:
    """Every air-attack claim that can be placed, and how many could not (no date, no side)."""
    q = (
        select(ClaimRow.id, ClaimRow.document_id, ClaimRow.date, ClaimRow.attacker, ClaimRow.target,
               ClaimRow.weapon, ClaimRow.weapon_type, ClaimRow.metric, ClaimRow.count, ClaimRow.qualifier,
               ClaimRow.region, ClaimRow.claimant, DocumentRow.published, DocumentRow.source)
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
        .where(ClaimRow.kind == "air_attack")
    )
    placed, unplaced = [], 0
    for (cid, doc_id, day, attacker, target, weapon, weapon_type, metric, count, qualifier, region, claimant,
         published, source) in session.execute(q):
        attacker, target = sides(attacker, target)
        if day is None or attacker is None or weapon not in WEAPON_GROUPS or count is None:
            unplaced += 1
            continue
        figure = Figure(cid, doc_id, groups.get(doc_id, doc_id), published, claimant, source,
                        tier(claimant, source), voice(claimant, source), count, qualifier or "exact")
        placed.append(Placed((attacker, target, day, WEAPON_GROUPS[weapon], region),
                             (weapon, weapon_type, metric), figure))
    return placed, unplaced


def _quantity_order(quantity: tuple):
    weapon, weapon_type, metric = quantity
    return (WEAPON_ORDER.index(weapon), weapon_type is not None, weapon_type or "",
            METRIC_ORDER.index(metric) if metric in METRIC_ORDER else 9, metric)


def build_event(key: tuple, quantities: dict[tuple, list[Figure]]) -> dict:
    attacker, target, day, group, region = key
    figures, claim_ids, stories = [], [], set()
    for quantity in sorted(quantities, key=_quantity_order):
        members = quantities[quantity]
        chosen, alternatives, conflict = choose(members)
        weapon, weapon_type, metric = quantity
        figures.append({
            "weapon": weapon, "weapon_type": weapon_type, "metric": metric, "region": region,
            "count": chosen.count, "qualifier": chosen.qualifier, "claim_id": chosen.claim_id,
            "document_id": chosen.document_id, "claimant": chosen.claimant, "source": chosen.source,
            "tier": chosen.tier, "alternatives": alternatives, "conflict": conflict,
        })
        claim_ids.extend(f.claim_id for f in members)
        stories.update(f.group_id for f in members)
    national = event_id(attacker, target, day, group)
    return {
        "id": event_id(attacker, target, day, group, region), "date": day.isoformat(), "attacker": attacker,
        "target": target, "weapon_group": group, "region": region,
        "part_of": national if region else None,  # kept only if the national event exists (build_events)
        "figures": figures, "documents": len(stories), "claims": len(claim_ids),
        "conflicts": sum(f["conflict"] for f in figures),
        "weapons": sorted({f["weapon"] for f in figures}, key=WEAPON_ORDER.index),
        "claim_ids": sorted(set(claim_ids)),
    }


def digest(event: dict) -> str:
    """Changes when anything shown about the event changes (a new alternative included)."""
    # repr, not JSON: figures are built in a fixed order from plain values, and repr is several times faster.
    body = repr([event["part_of"], event["documents"], event["figures"]])
    return hashlib.sha256(body.encode()).hexdigest()[:32]


def build_events(placed: list[Placed]) -> dict[str, dict]:
    by_event: dict[tuple, dict[tuple, list[Figure]]] = {}
    for p in placed:
        by_event.setdefault(p.event, {}).setdefault(p.quantity, []).append(p.figure)
    built = {e["id"]: e for e in (build_event(key, quantities) for key, quantities in by_event.items())}
    for event in built.values():
        if event["part_of"] not in built:
            event["part_of"] = None
        event["digest"] = digest(event)
    return built
