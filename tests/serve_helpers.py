"""Ledgers and servers for the serve tests.

The extractor is not finished, so the test ledger is built from the dev gold
claims (shared/eval/dev): each claim is stored as the extractor would store
it, with an evidence span found by locating its count in the text where that
can be done (digits, "1,200", or an English number word), so that highlights
can be checked. The reference per-night figures (shared/reference/mma) are imported too.
The server is a real uvicorn on a free loopback port.
"""
from __future__ import annotations

import re
import socket
import threading
import time
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import uvicorn

from conftest import EVAL, SHARED, read_jsonl
from skyledger.models import AirAttack, Casualties, Document, Evidence
from skyledger.store import Ledger

# "one" is left out: "no one", "one of them" are seldom the figure.
WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
         10: "ten", 11: "eleven", 12: "twelve", 13: "thirteen", 14: "fourteen", 15: "fifteen", 20: "twenty"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def gold_documents(names=("en", "uk", "ru", "hard_en", "hard_uk", "hard_ru")) -> list[dict]:
    return [doc for name in names for doc in read_jsonl(EVAL / "dev" / f"{name}.jsonl")]


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence (or line) holding [start, end)."""
    first, last = 0, len(text)
    for m in _SENTENCE_END.finditer(text):
        if m.end() <= start:
            first = m.end()
        elif m.start() >= end:
            last = m.start()
            break
    return first, last


_MONTHS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|січ|лют|берез|квіт|трав|черв|лип|серп|верес"
                     r"|жовт|листоп|груд|янв|фев|мар|апр|мая|июн|июл|авг|сент|окт|нояб|дек)", re.IGNORECASE)


def find_count(text: str, count: int, taken: set[int]) -> tuple[int, int] | None:
    """Where the count is written: digits (with , or spaces as thousands separators) or an English word.

    A number beside a month name ("Nov 11", "9 липня") is a date, not the figure: it is the last choice.
    """
    digits = f"{count:,}".replace(",", r"[,\s\u00a0]?")
    patterns = [rf"(?<![\d,.]){digits}(?![\d])"]
    if count in WORDS:
        patterns.append(rf"\b{WORDS[count]}\b")
    found = [(m.start(), m.end()) for pattern in patterns
             for m in re.finditer(pattern, text, flags=re.IGNORECASE) if m.start() not in taken]
    dated = lambda span: bool(_MONTHS.search(text[max(0, span[0] - 10):span[0]] + " " + text[span[1]:span[1] + 10]))
    found.sort(key=lambda span: (dated(span), span[0]))
    return found[0] if found else None


def gold_claims(doc: dict) -> list:
    claims, taken = [], set()
    for spec in doc["claims"]:
        model = AirAttack if spec["kind"] == "air_attack" else Casualties
        claim = model(**spec)
        span = find_count(doc["text"], claim.count, taken)
        if span:
            taken.add(span[0])
            first, last = sentence_around(doc["text"], *span)
            claim.evidence = Evidence(start=span[0], end=span[1], sentence=doc["text"][first:last],
                                      sentence_start=first, sentence_end=last)
        claims.append(claim)
    return claims


REFERENCE = SHARED / "reference" / "mma" / "missile_attacks_daily.csv"


def gold_ledger(url: str, docs: list[dict] | None = None, *, reference: bool = True) -> Ledger:
    """A ledger holding the gold documents and claims, its events, and the reference per-night figures."""
    ledger = Ledger(url)
    for doc in docs if docs is not None else gold_documents():
        document = Document(text=doc["text"], published=date.fromisoformat(doc["published"]), lang=doc["lang"],
                            source=doc.get("source"), ref=doc["id"], origin=doc["id"])
        ledger.add(document, gold_claims(doc))
    from skyledger.reconcile import reconcile
    from skyledger.reconcile.reference import import_reference

    reconcile(ledger)
    if reference:
        import_reference(ledger, REFERENCE)
    return ledger


@contextmanager
def running(app):
    """A real uvicorn server for ``app`` on a free loopback port; yields its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
