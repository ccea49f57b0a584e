"""What the server remembers between requests.

Series, records and rendered pages over a large ledger cost tens of
milliseconds or more to compute, and the same few views are asked for again
and again. They are cached, keyed by the query, and every entry is tied to
the ledger's *version* (how many documents and claims it holds): when the
ledger changes, old entries stop matching and are computed afresh.

Checking the version is itself a query, so it is done at most once per
``version_ttl`` seconds; a write through this server bumps it at once. A
change that keeps both counts (a document re-ingested with ``replace``) is
not seen by the counts, so an entry older than ``max_age`` seconds is
recomputed too, in the background, the old value served meanwhile: that
refresh is a precaution and need not make anyone wait. (The time of the last
ingest would catch such changes, but ``documents.ingested_at`` has no index
and reading its maximum scans every document's text.)
"""
from __future__ import annotations

import logging
import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable, NamedTuple

from sqlalchemy import text

from skyledger.store import Ledger

log = logging.getLogger("skyledger.serve")
_VERSION_SQL = text("SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM documents)")


class Entry(NamedTuple):
    version: Any
    made: float
    value: Any
    compute: Callable[[], Any]
    weight: int


def weigh(value: Any) -> int:
    """Rough bytes held by a cached value: exact for stored answers, an estimate for rows."""
    if hasattr(value, "body") and hasattr(value, "gzipped"):
        return len(value.body) + len(value.gzipped or b"")
    if isinstance(value, (list, dict)):
        return 300 * len(value)  # a row dict of a dozen short fields
    return 1000


class LedgerCache:
    def __init__(self, ledger: Ledger, *, version_ttl: float = 1.0, max_age: float = 300.0, size: int = 512,
                 max_bytes: int = 128 * 1024 * 1024):
        self.ledger = ledger
        self.version_ttl = version_ttl
        self.max_age = max_age
        self.size = size
        self.max_bytes = max_bytes  # many distinct URLs (every date range) must not fill the memory
        self._bytes = 0
        self._entries: OrderedDict[Hashable, Entry] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[Hashable, threading.Lock] = {}
        self._refreshing: set[Hashable] = set()
        self._version: Any = None
        self._checked = 0.0
        self._writes = 0  # bumped by writes through this server

    def version(self) -> Any:
        now = time.monotonic()
        if self._version is None or now - self._checked > self.version_ttl:
            with self.ledger.engine.connect() as connection:
                row = tuple(connection.execute(_VERSION_SQL).one())
            self._version, self._checked = row, now
        return (self._writes, self._version)

    def changed(self) -> None:
        """The ledger was written to: forget everything computed before."""
        with self._lock:
            self._writes += 1
            self._version = None
            self._entries.clear()
            self._bytes = 0

    def peek(self, key: Hashable) -> Any | None:
        """The cached value if there is a current one, else None; never computes in this thread."""
        entry = self._current(key, self.version())
        return entry.value if entry is not None else None

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for ``key``, computed once even when many requests ask at the same moment."""
        version = self.version()
        entry = self._current(key, version)
        if entry is not None:
            return entry.value
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            entry = self._current(key, version)  # another request may have computed it meanwhile
            if entry is not None:
                return entry.value
            return self._store(key, version, compute)

    def _store(self, key: Hashable, version: Any, compute: Callable[[], Any]) -> Any:
        value = compute()
        entry = Entry(version, time.monotonic(), value, compute, weigh(value))
        with self._lock:
            previous = self._entries.pop(key, None)
            self._bytes += entry.weight - (previous.weight if previous else 0)
            self._entries[key] = entry
            while len(self._entries) > 1 and (len(self._entries) > self.size or self._bytes > self.max_bytes):
                old, dropped = self._entries.popitem(last=False)  # least recently used first
                self._bytes -= dropped.weight
                self._key_locks.pop(old, None)
        return value

    def _current(self, key: Hashable, version: Any) -> Entry | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry.version != version:
                return None
            self._entries.move_to_end(key)
            stale = time.monotonic() - entry.made > self.max_age and key not in self._refreshing
            if stale:
                self._refreshing.add(key)
        if stale:
            threading.Thread(target=self._refresh, args=(key, entry), daemon=True).start()
        return entry

    def _refresh(self, key: Hashable, entry: Entry) -> None:
        try:
            self._store(key, entry.version, entry.compute)
        except Exception:  # the old value stays; the next request after max_age tries again
            log.exception("refreshing a cached answer failed")
        finally:
            with self._lock:
                self._refreshing.discard(key)
