"""The server's cache over a real SQLite ledger: it follows the ledger, and it stays within its budget."""
import time
from datetime import date

from skyledger.models import Document
from skyledger.serve.cache import LedgerCache
from skyledger.serve.responses import Stored
from skyledger.store import Ledger


def _doc(text: str) -> Document:
    return Document(text=text, published=date(2025, 5, 3), lang="en")


def test_an_entry_lasts_until_the_ledger_changes(sqlite_url):
    ledger = Ledger(sqlite_url)
    cache = LedgerCache(ledger, version_ttl=0)
    computed = []
    compute = lambda: computed.append(1) or len(computed)
    assert cache.get("k", compute) == 1
    assert cache.get("k", compute) == 1 and cache.peek("k") == 1
    ledger.add(_doc("Forty drones were shot down overnight."), [])  # written by someone else
    assert cache.peek("k") is None
    assert cache.get("k", compute) == 2
    cache.changed()  # a write through the server
    assert cache.peek("k") is None


def test_an_old_entry_is_refreshed_while_it_is_served(sqlite_url):
    cache = LedgerCache(Ledger(sqlite_url), max_age=0)
    values = iter(range(10))
    assert cache.get("k", lambda: next(values)) == 0
    assert cache.get("k", lambda: next(values)) == 0  # served at once, refreshed behind
    for _ in range(200):
        if cache.peek("k") != 0:
            break
        time.sleep(0.01)
    assert cache.peek("k") >= 1


def test_the_cache_keeps_within_its_bytes(sqlite_url):
    cache = LedgerCache(Ledger(sqlite_url), max_bytes=3500)
    for i in range(6):
        cache.get(i, lambda: Stored(b"x" * 1000, None, "text/plain", {}, 200))
    cache.get(3, lambda: None)  # used again: kept
    cache.get(6, lambda: Stored(b"x" * 1000, None, "text/plain", {}, 200))
    assert [k for k in range(7) if cache.peek(k) is not None] == [3, 5, 6]
