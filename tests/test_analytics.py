"""Analytics over hand-made night figures: record ties, the last night, a date slice of a series."""
from __future__ import annotations

from datetime import date

import pytest

from skyledger import analytics
from skyledger.store import Ledger
from skyledger.store.schema import NightFigureRow


@pytest.fixture
def nights_ledger(db_url):
    ledger = Ledger(db_url)
    figures = [  # (day, attacker, target, weapon, launched)
        (1, "RU", "UA", "drone", 100), (2, "RU", "UA", "drone", 300), (3, "RU", "UA", "drone", 300),
        (4, "RU", "UA", "drone", None), (5, "RU", "UA", "drone", 200), (6, "UA", "RU", "drone", 500),
        (7, "RU", "UA", "missile", 40),
    ]
    with ledger.session() as session, session.begin():
        session.add_all(NightFigureRow(source="ledger", date=date(2025, 6, day), attacker=a, target=t, weapon=w,
                                       launched=n) for day, a, t, w, n in figures)
    return ledger


def test_the_earliest_night_holds_a_tied_record(nights_ledger):
    record = lambda day, **kw: analytics.previous_record(nights_ledger, day, weapon="drone", **kw)  # noqa: E731
    assert record(date(2025, 6, 1)) is None
    assert record(date(2025, 6, 3)) == (date(2025, 6, 2), 300)
    assert record("2025-06-06") == (date(2025, 6, 2), 300)  # the 3rd only equalled it; the 4th has no figure
    assert record(date(2025, 6, 7), attacker=None, target=None) == (date(2025, 6, 6), 500)
    with pytest.raises(ValueError):
        record(date(2025, 6, 7), source="elsewhere")


def test_last_night(nights_ledger):
    assert analytics.last_night(nights_ledger) == date(2025, 6, 7)
    assert analytics.last_night(nights_ledger, weapon="drone", attacker="RU") == date(2025, 6, 5)
    assert analytics.last_night(nights_ledger, source="reference") is None


def test_a_date_slice_of_the_night_series_is_the_series_of_those_dates(nights_ledger):
    from skyledger.serve.pages import between

    everything = analytics.series(nights_ledger)
    for since, until in ((date(2025, 6, 2), date(2025, 6, 5)), (None, date(2025, 6, 3)), (date(2025, 6, 6), None)):
        assert between(everything, since, until) == analytics.series(nights_ledger, since=since, until=until)
