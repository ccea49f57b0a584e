"""Analytics over reconciled figures: series, records, "largest since", casualties.

    series(ledger, freq="week", weapon="drone")                 # from the ledger's events
    series(ledger, source="reference")                          # from imported reference data
    records(ledger, weapon="drone")                             # each night that set a new record
    largest_since(ledger, date(2025, 6, 9), 479, weapon="drone")  # last earlier night at least as large
    casualties_by(ledger, by="region_month")

Everything reads the tables that ``reconcile`` (night and casualty figures)
and ``import-reference`` fill, so each call is one small query plus a pass
in Python — fast enough for a dashboard with 100,000 claims behind it.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from skyledger.store.schema import CasualtyFigureRow, NightFigureRow

METRICS = ("launched", "defeated", "lost", "hit")
FREQUENCIES = ("night", "week", "month")
SOURCES = ("ledger", "reference")


def as_date(value) -> date | None:
    """A date given as ISO text or as a date (None stays None)."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def period_of(day: date, freq: str) -> str:
    if freq == "night":
        return day.isoformat()
    if freq == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if freq == "month":
        return f"{day.year}-{day.month:02d}"
    raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")


_NIGHT = (NightFigureRow.date, NightFigureRow.attacker, NightFigureRow.target, NightFigureRow.weapon,
          NightFigureRow.launched, NightFigureRow.defeated, NightFigureRow.lost, NightFigureRow.hit)


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise ValueError(f"source must be one of {', '.join(SOURCES)}, not {source!r}")


def _night_query(columns, *, source: str, attacker=None, target=None, weapon=None):
    """Night figures of one source, narrowed to the sides and weapon class given."""
    _check_source(source)
    q = select(*columns).where(NightFigureRow.source == source)
    for column, value in (("attacker", attacker), ("target", target), ("weapon", weapon)):
        if value:
            q = q.where(getattr(NightFigureRow, column) == value)
    return q


def nights(ledger, *, since=None, until=None, attacker=None, target=None, weapon=None,
           source: str = "ledger", provenance: bool = False) -> list:
    """Night figure rows (attributes date, attacker, target, weapon and the metrics), oldest first.

    Plain columns only, unless ``provenance``: decoding its JSON for thousands
    of nights would cost the dashboard more than the query itself.
    """
    columns = _NIGHT + ((NightFigureRow.provenance,) if provenance else ())
    q = (_night_query(columns, source=source, attacker=attacker, target=target, weapon=weapon)
         .order_by(NightFigureRow.date, NightFigureRow.attacker, NightFigureRow.target, NightFigureRow.weapon))
    if since:
        q = q.where(NightFigureRow.date >= as_date(since))
    if until:
        q = q.where(NightFigureRow.date <= as_date(until))
    with ledger.engine.connect() as connection:  # plain Core: no ORM bookkeeping for read-only rows
        return connection.execute(q).all()


def last_night(ledger, *, attacker=None, target=None, weapon=None, source: str = "ledger") -> date | None:
    """The date of the last night with figures (as ``nights`` would list them); None when there is none."""
    q = _night_query((func.max(NightFigureRow.date),), source=source, attacker=attacker, target=target,
                     weapon=weapon)
    with ledger.engine.connect() as connection:
        return connection.execute(q).scalar()


def rate(defeated: int | None, launched: int | None) -> float | None:
    if defeated is None or not launched:
        return None
    return round(defeated / launched, 4)


def series(ledger, *, freq: str = "night", since=None, until=None, attacker=None, target=None, weapon=None,
           source: str = "ledger") -> list[dict]:
    """Launched, defeated, lost, hit and interception rate per period, side and weapon class."""
    found = nights(ledger, since=since, until=until, attacker=attacker, target=target, weapon=weapon, source=source)
    if freq == "night":  # one row per night figure, already in order: no aggregation to do
        return [{"period": day.isoformat(), "attacker": a, "target": t, "weapon": w, "launched": launched,
                 "defeated": defeated, "lost": lost, "hit": hit, "interception_rate": rate(defeated, launched)}
                for day, a, t, w, launched, defeated, lost, hit in found]
    period_of(date.today(), freq)  # an unknown freq fails here, before any work
    rows: dict[tuple, dict] = {}
    for day, *sides_weapon, launched, defeated, lost, hit in found:
        key = (period_of(day, freq), *sides_weapon)
        row = rows.get(key)
        if row is None:
            row = rows[key] = {"period": key[0], "attacker": key[1], "target": key[2], "weapon": key[3],
                               **dict.fromkeys(METRICS)}
        for metric, value in zip(METRICS, (launched, defeated, lost, hit)):
            if value is not None:
                row[metric] = (row[metric] or 0) + value
    out = [rows[k] for k in sorted(rows)]
    for row in out:
        row["interception_rate"] = rate(row["defeated"], row["launched"])
    return out


def records(ledger, *, weapon=None, metric: str = "launched", attacker="RU", target="UA",
            source: str = "ledger") -> list[dict]:
    """Each night that set a new record for its weapon class (strictly above every earlier night)."""
    best: dict[str, tuple[date, int]] = {}
    out = []
    for night in nights(ledger, attacker=attacker, target=target, weapon=weapon, source=source):
        count = getattr(night, metric)
        if count is None:
            continue
        previous = best.get(night.weapon)
        if previous is None or count > previous[1]:
            out.append({"date": night.date.isoformat(), "weapon": night.weapon, "metric": metric, "count": count,
                        "previous_record_date": previous[0].isoformat() if previous else None,
                        "previous_record": previous[1] if previous else None})
            best[night.weapon] = (night.date, count)
    return out


def largest_since(ledger, day, count: int, *, weapon: str, metric: str = "launched", attacker="RU",
                  target="UA", source: str = "ledger") -> date | None:
    """The last night before ``day`` with a figure of at least ``count``; None if there is none (a record)."""
    day = as_date(day)
    q = (select(NightFigureRow.date)
         .where(NightFigureRow.source == source, NightFigureRow.attacker == attacker,
                NightFigureRow.target == target, NightFigureRow.weapon == weapon, NightFigureRow.date < day,
                getattr(NightFigureRow, metric) >= count)
         .order_by(NightFigureRow.date.desc()).limit(1))
    with ledger.session() as session:
        return session.scalar(q)


def night_value(ledger, day, *, weapon: str, metric: str = "launched", attacker="RU", target="UA",
                source: str = "ledger") -> int | None:
    rows = nights(ledger, since=day, until=day, attacker=attacker, target=target, weapon=weapon, source=source)
    return getattr(rows[0], metric) if rows else None


def previous_record(ledger, day, *, weapon: str, metric: str = "launched", attacker="RU", target="UA",
                    source: str = "ledger") -> tuple[date, int] | None:
    """The largest figure of any night before ``day`` (the record that night had to beat).

    On equal figures the earliest night holds the record: it set it first.
    """
    column = getattr(NightFigureRow, metric)
    q = (_night_query((NightFigureRow.date, column), source=source, attacker=attacker, target=target, weapon=weapon)
         .where(NightFigureRow.date < as_date(day), column.is_not(None))
         .order_by(column.desc(), NightFigureRow.date, NightFigureRow.attacker, NightFigureRow.target,
                   NightFigureRow.weapon)
         .limit(1))
    with ledger.engine.connect() as connection:
        best = connection.execute(q).first()
    return tuple(best) if best else None


BY = {"region": ("region",), "month": ("month",), "region_month": ("region", "month")}


def casualties_by(ledger, *, by: str = "region", since=None, until=None) -> list[dict]:
    """Killed and injured (reconciled: one figure per day, region and outcome) by region, month or both."""
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)}, not {by!r}")
    q = select(CasualtyFigureRow.date, CasualtyFigureRow.region, CasualtyFigureRow.outcome, CasualtyFigureRow.count)
    if since:
        q = q.where(CasualtyFigureRow.date >= as_date(since))
    if until:
        q = q.where(CasualtyFigureRow.date <= as_date(until))
    rows: dict[tuple, dict] = {}
    with ledger.session() as session:
        for day, region, outcome, count in session.execute(q):
            key = (region if "region" in BY[by] else None, f"{day.year}-{day.month:02d}" if "month" in BY[by] else None)
            row = rows.setdefault(key, {"region": key[0], "month": key[1], "killed": 0, "injured": 0})
            row[outcome] += count
    return [rows[k] for k in sorted(rows, key=lambda k: (k[1] or "", k[0] or "~"))]
