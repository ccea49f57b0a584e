"""From claims to events: reconcile sources, check claims, compare with reference data.

    from skyledger.reconcile import reconcile, events, event
    reconcile(ledger)                       # idempotent; returns a summary
    events(ledger, since="2025-06-01", weapon="drone")
    event(ledger, event_id)                 # with the full claims

Modules: ``sources`` (priority table), ``figures`` (choice and conflicts),
``dedup`` (near-duplicate documents), ``build`` / ``nights`` / ``casualties``
(building), ``write`` / ``query`` (storage), ``reference`` (MMA import),
``compare``, ``check``.
"""
from skyledger.reconcile.query import event, events
from skyledger.reconcile.run import ensure_reconciled, is_stale, reconcile

__all__ = ["ensure_reconciled", "event", "events", "is_stale", "reconcile"]
