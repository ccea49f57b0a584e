"""reconcile(ledger): near-duplicates, events, night figures and casualties in one transaction."""
from __future__ import annotations

import time

from skyledger.reconcile import build, casualties, dedup, nights, write


def reconcile(ledger) -> dict:
    """Bring events, per-night figures and casualty figures up to date with the claims.

    Idempotent: a second run with no new claims changes nothing and reports
    every event as unchanged. Returns a summary of what was done.
    """
    started = time.perf_counter()
    with ledger.session() as session, session.begin():
        groups = dedup.update_groups(session)
        placed, unplaced = build.load_air_claims(session, groups)
        built = build.build_events(placed)
        summary = write.write_events(session, built)
        write.write_nights(session, nights.night_rows(built), "ledger")
        write.write_casualties(session, casualties.casualty_rows(session, groups))
        write.write_state(session, {"fingerprint": write.ledger_fingerprint(session)})
    stories = len(set(groups.values()))
    return {
        "events": len(built), **summary,
        "conflicts": sum(e["conflicts"] for e in built.values()),
        "claims": len(placed), "unplaced_claims": unplaced,
        "documents": len(groups), "stories": stories, "near_duplicates": len(groups) - stories,
        "seconds": round(time.perf_counter() - started, 3),
    }


def is_stale(ledger) -> bool:
    """True when claims were added, replaced or removed since the last reconciliation."""
    with ledger.session() as session:
        return write.read_state(session).get("fingerprint") != write.ledger_fingerprint(session)


def ensure_reconciled(ledger) -> dict | None:
    return reconcile(ledger) if is_stale(ledger) else None
