"""Reading reconciled events (the shapes the CLI and the web dashboard use)."""
from __future__ import annotations

from sqlalchemy import select

from skyledger.analytics import as_date
from skyledger.reconcile.write import chunks
from skyledger.store.ledger import row_to_dict
from skyledger.store.schema import ClaimRow, EventClaimRow, EventFigureRow, EventRow

FIGURE_FIELDS = ("weapon", "weapon_type", "metric", "region", "count", "qualifier", "claim_id", "document_id",
                 "claimant", "source", "tier", "alternatives", "conflict")


def _event_dict(row: EventRow, figures: list[EventFigureRow]) -> dict:
    return {
        "id": row.id, "date": row.date.isoformat(), "attacker": row.attacker, "target": row.target,
        "weapon_group": row.weapon_group, "region": row.region, "part_of": row.part_of,
        "figures": [{name: getattr(f, name) for name in FIGURE_FIELDS} for f in figures],
        "documents": row.documents, "claims": row.claims, "conflicts": row.conflicts,
    }


def events(ledger, *, since=None, until=None, attacker=None, target=None, weapon=None, region=None,
           limit=None, offset=0) -> list[dict]:
    """Events, newest first, each with its chosen figures and their alternatives."""
    q = select(EventRow).order_by(EventRow.date.desc(), EventRow.attacker, EventRow.target, EventRow.weapon_group,
                                  EventRow.region.is_not(None), EventRow.region)
    if since:
        q = q.where(EventRow.date >= as_date(since))
    if until:
        q = q.where(EventRow.date <= as_date(until))
    if attacker:
        q = q.where(EventRow.attacker == attacker)
    if target:
        q = q.where(EventRow.target == target)
    if weapon:
        q = q.where(EventRow.weapons.like(f"%,{weapon},%"))
    if region:
        q = q.where(EventRow.region == region)
    q = q.offset(offset or 0)
    if limit is not None:
        q = q.limit(limit)
    with ledger.session() as session:
        rows = list(session.scalars(q))
        figures = _figures(session, [r.id for r in rows])
    return [_event_dict(r, figures.get(r.id, [])) for r in rows]


def _figures(session, ids: list[str]) -> dict[str, list[EventFigureRow]]:
    out: dict[str, list[EventFigureRow]] = {}
    for some in chunks(ids):
        q = (select(EventFigureRow).where(EventFigureRow.event_id.in_(some))
             .order_by(EventFigureRow.event_id, EventFigureRow.position))
        for f in session.scalars(q):
            out.setdefault(f.event_id, []).append(f)
    return out


def event(ledger, event_id: str) -> dict | None:
    """One event with its figures and every claim behind it (with evidence)."""
    with ledger.session() as session:
        row = session.get(EventRow, event_id)
        if row is None:
            return None
        out = _event_dict(row, _figures(session, [event_id]).get(event_id, []))
        q = (select(ClaimRow).join(EventClaimRow, EventClaimRow.claim_id == ClaimRow.id)
             .where(EventClaimRow.event_id == event_id).order_by(ClaimRow.document_id, ClaimRow.span_start))
        out["claims"] = [row_to_dict(c) for c in session.scalars(q)]
    return out
