"""The read side of the server: what the API and the pages ask the ledger.

Events come from ``skyledger.reconcile`` and series, records and casualty
totals from ``skyledger.analytics``; they are imported when first used so
that the rest of the server works on its own. Costly answers go through the
server's cache (see ``cache.py``).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import get_args

from skyledger.models import Metric, Weapon
from skyledger.serve.cache import LedgerCache
from skyledger.store import ClaimFilter

WEAPONS = get_args(Weapon)
METRICS = get_args(Metric)
# The dashboard's periods, counted back from the last night in the ledger.
WINDOWS = (("Last night", 1), ("Last 7 nights", 7), ("Last 30 nights", 30))


def page(rows: list, limit: int | None) -> tuple[list, bool]:
    """Rows asked for with one extra: the extra one only tells whether a next page exists."""
    if limit is None:
        return rows, False
    return rows[:limit], len(rows) > limit


def claims(cache: LedgerCache, flt: ClaimFilter) -> tuple[list[dict], bool]:
    limit = flt.limit
    if limit is not None:
        flt.limit = limit + 1
    return page(cache.ledger.claims(flt), limit)


def documents(cache: LedgerCache, *, source=None, lang=None, since=None, until=None,
              limit: int = 100, offset: int = 0) -> tuple[list[dict], bool]:
    rows = cache.ledger.documents(source=source, lang=lang, since=since, until=until, limit=limit + 1,
                                  offset=offset)
    return page(rows, limit)


def search(cache: LedgerCache, q: str, *, source=None, lang=None, since=None, until=None,
           limit: int = 20, offset: int = 0) -> tuple[list[dict], bool]:
    """Full-text search over documents (SQLite FTS5 / PostgreSQL), with the document filters."""
    rows = cache.ledger.search(q, source=source, lang=lang, since=since, until=until, limit=limit + 1,
                               offset=offset)
    return page(rows, limit)


def document(cache: LedgerCache, document_id: str) -> dict | None:
    return cache.ledger.document(document_id)


# -- events, series, records (other modules compute them; we cache) ----------

def events(cache: LedgerCache, *, since=None, until=None, attacker=None, target=None, weapon=None, region=None,
           limit: int | None = 100, offset: int = 0) -> tuple[list[dict], bool]:
    from skyledger import reconcile

    args = dict(since=since, until=until, attacker=attacker, target=target, weapon=weapon, region=region)
    key = ("events", tuple(args.items()), limit, offset)
    rows = cache.get(key, lambda: reconcile.events(
        cache.ledger, **args, limit=None if limit is None else limit + 1, offset=offset))
    return page(rows, limit)


def event(cache: LedgerCache, event_id: str) -> dict | None:
    from skyledger import reconcile

    return cache.get(("event", event_id), lambda: reconcile.event(cache.ledger, event_id))


def series(cache: LedgerCache, *, freq="night", since=None, until=None, attacker=None, target=None, weapon=None,
           source="ledger") -> list[dict]:
    from skyledger import analytics

    args = dict(freq=freq, since=since, until=until, attacker=attacker, target=target, weapon=weapon, source=source)
    return cache.get(("series", tuple(args.items())), lambda: analytics.series(cache.ledger, **args))


def records(cache: LedgerCache, *, weapon=None, metric="launched", attacker="RU", target="UA",
            source="ledger") -> list[dict]:
    from skyledger import analytics

    args = dict(weapon=weapon, metric=metric, attacker=attacker, target=target, source=source)
    return cache.get(("records", tuple(args.items())), lambda: analytics.records(cache.ledger, **args))


def casualties(cache: LedgerCache, *, by="region", since=None, until=None) -> list[dict]:
    from skyledger import analytics

    args = dict(by=by, since=since, until=until)
    return cache.get(("casualties", tuple(args.items())), lambda: analytics.casualties_by(cache.ledger, **args))


def last_night(cache: LedgerCache, *, source="ledger") -> date | None:
    """The last night with figures: where the dashboard's periods end."""
    from skyledger import analytics

    return cache.get(("last_night", source), lambda: analytics.last_night(cache.ledger, source=source))


# -- figures the dashboard derives from those ---------------------------------

def window_start(end: date, days: int) -> date:
    """The first night of a window of ``days`` nights ending with ``end``."""
    return end - timedelta(days=days - 1)


def headline(rows: list[dict]) -> list[dict]:
    """Launched and defeated per weapon for the last night, the last 7 and the last 30 nights of the series.

    The window ends at the last night in the ledger, not today: the ledger
    may hold history only.
    """
    nights = sorted({r["period"] for r in rows if r.get("period")})
    if not nights:
        return []
    last = date.fromisoformat(str(nights[-1])[:10])
    out = []
    for label, days in WINDOWS:
        first = window_start(last, days)
        totals: dict[str, dict[str, int]] = defaultdict(lambda: {"launched": 0, "defeated": 0})
        for r in rows:
            if first <= date.fromisoformat(str(r["period"])[:10]) <= last:
                for metric in ("launched", "defeated"):
                    totals[r["weapon"]][metric] += r.get(metric) or 0
        out.append({"label": label, "since": first.isoformat(), "until": last.isoformat(),
                    "weapons": {w: totals[w] for w in WEAPONS if w in totals}})
    return out


def region_totals(cache: LedgerCache, *, since=None, until=None, attacker=None, target=None) -> dict[str, dict]:
    """Per region: attacks (events), drones defeated over it, people killed and injured."""
    from skyledger import reconcile

    def compute():
        totals: dict[str, dict] = defaultdict(lambda: {"attacks": 0, "defeated": 0, "killed": 0, "injured": 0})
        # Read here, not through events(): only the totals are worth a cache entry, not every event.
        evs = reconcile.events(cache.ledger, since=since, until=until, attacker=attacker, target=target)
        for ev in evs:
            if not ev.get("region"):
                continue
            cell = totals[ev["region"]]
            cell["attacks"] += 1
            cell["defeated"] += sum(f["count"] or 0 for f in ev.get("figures", [])
                                    if f.get("weapon") == "drone" and f.get("metric") == "defeated")
        for row in casualties(cache, by="region", since=since, until=until):
            if row.get("region"):
                totals[row["region"]]["killed"] += row.get("killed") or 0
                totals[row["region"]]["injured"] += row.get("injured") or 0
        for cell in totals.values():
            cell["casualties"] = cell["killed"] + cell["injured"]
        return dict(totals)

    return cache.get(("regions", since, until, attacker, target), compute)


def chart_data(rows: list[dict], record_rows: list[dict]) -> dict:
    """Columns for the overview chart: nights, and launched / defeated per weapon."""
    nights = sorted({str(r["period"])[:10] for r in rows if r.get("period")})
    index = {n: i for i, n in enumerate(nights)}
    weapons: dict[str, dict[str, list]] = {}
    for r in rows:
        if not r.get("period") or r.get("weapon") not in WEAPONS:
            continue
        cols = weapons.setdefault(r["weapon"], {m: [None] * len(nights) for m in ("launched", "defeated")})
        i = index[str(r["period"])[:10]]
        for metric in ("launched", "defeated"):
            if r.get(metric) is not None:
                cols[metric][i] = (cols[metric][i] or 0) + r[metric]
    return {
        "nights": nights,
        "weapons": {w: weapons[w] for w in WEAPONS if w in weapons},
        "records": [r for r in record_rows if str(r.get("date"))[:10] in index],
    }
