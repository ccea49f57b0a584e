"""Storing reconciled events, night figures and casualty figures.

Events are compared with what is stored by their digest: a new event is
inserted, a changed one is updated in place (same id, its figures and claim
links replaced), an unchanged one is not touched, and one whose claims are
gone is removed.
"""
from __future__ import annotations

import json
from datetime import date, datetime

from sqlalchemy import JSON, bindparam, delete, func, select, update
from sqlalchemy.orm import Session

from skyledger.store.schema import (
    CasualtyFigureRow, EventClaimRow, EventFigureRow, EventRow, NightFigureRow, ReconcileStateRow,
)

CHUNK = 500  # ids per IN (...) list


def bulk_insert(session: Session, table, rows: list[dict]) -> None:
    """Insert many rows through the driver's executemany, past SQLAlchemy's per-row parameter work.

    Reconciling a large ledger writes hundreds of thousands of rows; building
    each row's parameters in SQLAlchemy costs more than the database's insert.
    JSON columns are serialised here; everything else the driver adapts.
    """
    if not rows:
        return
    columns = [c for c in table.columns if c.name in rows[0]]
    as_json = [isinstance(c.type, JSON) for c in columns]
    style = session.get_bind().dialect.paramstyle
    marks = ", ".join("?" if style == "qmark" else "%s" for _ in columns)
    sql = f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) VALUES ({marks})"
    convert = [_json if j else _sqlite_value if style == "qmark" else None for j in as_json]
    values = [tuple(f(row[c.name]) if f else row[c.name] for c, f in zip(columns, convert)) for row in rows]
    session.connection().exec_driver_sql(sql, values)


def _json(value) -> str:
    return json.dumps(value)


def _sqlite_value(value):
    """Dates as SQLAlchemy stores them in SQLite (sqlite3's own date adapters are deprecated)."""
    if isinstance(value, datetime):
        return value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return value


def chunks(items: list, size: int = CHUNK):
    """``items`` in lists of at most ``size``: one IN (...) list each."""
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
    for ids in chunks(changed + removed):
        session.execute(delete(EventFigureRow).where(EventFigureRow.event_id.in_(ids)))
        session.execute(delete(EventClaimRow).where(EventClaimRow.event_id.in_(ids)))
    for ids in chunks(removed):
        session.execute(delete(EventRow).where(EventRow.id.in_(ids)))
    if created:
        bulk_insert(session, EventRow.__table__, [_event_values(events[i]) for i in created])
    if changed:
        table = EventRow.__table__
        values = [{**_event_values(events[i]), "event_key": i} for i in changed]
        columns = {c: bindparam(c) for c in values[0] if c not in ("id", "event_key")}
        session.execute(update(table).where(table.c.id == bindparam("event_key")).values(**columns), values)
    touched = created + changed
    figures = [row for i in touched for row in _figure_values(events[i])]
    links = [{"event_id": i, "claim_id": c} for i in touched for c in events[i]["claim_ids"]]
    bulk_insert(session, EventFigureRow.__table__, figures)
    bulk_insert(session, EventClaimRow.__table__, links)
    return {"created": len(created), "updated": len(changed), "unchanged": len(events) - len(touched),
            "removed": len(removed)}


def write_nights(session: Session, rows: list[dict], source: str) -> None:
    session.execute(delete(NightFigureRow).where(NightFigureRow.source == source))
    bulk_insert(session, NightFigureRow.__table__, [{**row, "source": source, "date": _as_date(row["date"])}
                                                     for row in rows])


def write_casualties(session: Session, rows: list[dict]) -> None:
    session.execute(delete(CasualtyFigureRow))
    bulk_insert(session, CasualtyFigureRow.__table__, rows)


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def read_state(session: Session) -> dict[str, str]:
    return dict(session.execute(select(ReconcileStateRow.key, ReconcileStateRow.value)).all())


def write_state(session: Session, values: dict[str, str]) -> None:
    keys = list(values)
    session.execute(delete(ReconcileStateRow).where(ReconcileStateRow.key.in_(keys)))
    session.execute(ReconcileStateRow.__table__.insert(), [{"key": k, "value": str(v)} for k, v in values.items()])


def ledger_fingerprint(session: Session) -> str:
    """Changes whenever documents or claims are added, replaced or removed."""
    from skyledger.store.schema import ClaimRow, DocumentRow

    documents = session.scalar(select(func.count()).select_from(DocumentRow))
    claims, total = session.execute(select(func.count(ClaimRow.id), func.coalesce(func.sum(ClaimRow.count), 0))).one()
    return f"{documents}:{claims}:{total}"
