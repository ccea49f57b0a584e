"""Storing reconciled events, night figures and casualty figures.

Events are compared with what is stored by their digest: a new event is
inserted, a changed one is updated in place (same id, its figures and claim
links replaced), an unchanged one is not touched, and one whose claims are
gone is removed.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from skyledger.store.schema import (
    CasualtyFigureRow, EventClaimRow, EventFigureRow, EventRow, NightFigureRow, ReconcileStateRow,
)

CHUNK = 500  # ids per IN (...) list


def _chunks(items: list, size: int = CHUNK):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _event_values(event: dict) -> dict:
    return {
        "id": event["id"], "date": date.fromisoformat(event["date"]), "attacker": event["attacker"],
        "target": event["target"], "weapon_group": event["weapon_group"], "region": event["region"],
        "part_of": event["part_of"], "weapons": "," + ",".join(event["weapons"]) + ",",
        "documents": event["documents"], "claims": event["claims"], "conflicts": event["conflicts"],
        "digest": event["digest"], "updated_at": datetime.now(),
    }


def _figure_values(event: dict) -> list[dict]:
    return [{"event_id": event["id"], "position": i, **{k: f[k] for k in (
        "weapon", "weapon_type", "metric", "region", "count", "qualifier", "claim_id", "document_id",
        "claimant", "source", "tier", "conflict", "alternatives")}} for i, f in enumerate(event["figures"])]


def write_events(session: Session, events: dict[str, dict]) -> dict:
    stored = dict(session.execute(select(EventRow.id, EventRow.digest)).all())
    created = [i for i in events if i not in stored]
    changed = [i for i in events if i in stored and stored[i] != events[i]["digest"]]
    removed = [i for i in stored if i not in events]
    for ids in _chunks(changed + removed):
        session.execute(delete(EventFigureRow).where(EventFigureRow.event_id.in_(ids)))
        session.execute(delete(EventClaimRow).where(EventClaimRow.event_id.in_(ids)))
    for ids in _chunks(removed):
        session.execute(delete(EventRow).where(EventRow.id.in_(ids)))
    if created:
        session.execute(insert(EventRow), [_event_values(events[i]) for i in created])
    if changed:
        table = EventRow.__table__
        values = [{**_event_values(events[i]), "event_key": i} for i in changed]
        columns = {c: bindparam(c) for c in values[0] if c not in ("id", "event_key")}
        session.execute(update(table).where(table.c.id == bindparam("event_key")).values(**columns), values)
    touched = created + changed
    figures = [row for i in touched for row in _figure_values(events[i])]
    links = [{"event_id": i, "claim_id": c} for i in touched for c in events[i]["claim_ids"]]
    if figures:
        session.execute(insert(EventFigureRow), figures)
    if links:
        session.execute(insert(EventClaimRow), links)
    return {"created": len(created), "updated": len(changed), "unchanged": len(events) - len(touched),
            "removed": len(removed)}


def write_nights(session: Session, rows: list[dict], source: str) -> None:
    session.execute(delete(NightFigureRow).where(NightFigureRow.source == source))
    if rows:
        session.execute(insert(NightFigureRow), [
            {**row, "source": source, "date": _as_date(row["date"])} for row in rows])


def write_casualties(session: Session, rows: list[dict]) -> None:
    session.execute(delete(CasualtyFigureRow))
    if rows:
        session.execute(insert(CasualtyFigureRow), rows)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_state(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ReconcileStateRow.key, ReconcileStateRow.value)).all())


def write_state(session: Session, values: dict[str, str]) -> None:
    keys = list(values)
    session.execute(delete(ReconcileStateRow).where(ReconcileStateRow.key.in_(keys)))
    session.execute(insert(ReconcileStateRow), [{"key": k, "value": str(v)} for k, v in values.items()])


def ledger_fingerprint(session: Session) -> str:
    """Changes whenever documents or claims are added, replaced or removed."""
    from skyledger.store.schema import ClaimRow, DocumentRow

    documents = session.scalar(select(func.count()).select_from(DocumentRow))
    claims, total = session.execute(select(func.count(ClaimRow.id), func.coalesce(func.sum(ClaimRow.count), 0))).one()
    return f"{documents}:{claims}:{total}"
