"""What the server remembers between requests.

Series, records and rendered pages over a large ledger cost tens of
milliseconds or more to compute, and the same few views are asked for again
and again. They are cached, keyed by the query, and every entry is tied to
the ledger's *version* (how many documents and claims it holds and when the
last one came in): when the ledger changes, old entries stop matching.

Checking the version is itself a query, so it is done at most once per
``version_ttl`` seconds; a write through this server bumps it at once.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any, Callable, Hashable

from sqlalchemy import text

from skyledger.store import Ledger

_VERSION_SQL = text(
    "SELECT (SELECT count(*) FROM claims), (SELECT count(*) FROM documents), "
    "(SELECT max(ingested_at) FROM documents)"
)


class LedgerCache:
    def __init__(self, ledger: Ledger, *, version_ttl: float = 1.0, size: int = 512):
        self.ledger = ledger
        self.version_ttl = version_ttl
        self.size = size
        self._entries: OrderedDict[Hashable, tuple[Any, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._key_locks: dict[Hashable, threading.Lock] = {}
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

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value for ``key``, computed once even when many requests ask at the same moment."""
        version = self.version()
        hit = self._lookup(key, version)
        if hit is not None:
            return hit[0]
        with self._lock:
            key_lock = self._key_locks.setdefault(key, threading.Lock())
        with key_lock:
            hit = self._lookup(key, version)  # another request may have computed it meanwhile
            if hit is not None:
                return hit[0]
            value = compute()
            with self._lock:
                self._entries[key] = (version, value)
                self._entries.move_to_end(key)
                while len(self._entries) > self.size:
                    old, _ = self._entries.popitem(last=False)
                    self._key_locks.pop(old, None)
            return value

    def _lookup(self, key: Hashable, version: Any) -> tuple[Any] | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(key)
            return (entry[1],)
