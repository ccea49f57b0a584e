"""Building ledgers for the reconciliation tests: from the dev gold claims, or by hand."""
from __future__ import annotations

import json
from datetime import date

from conftest import EVAL, SHARED, read_jsonl

from skyledger.models import AirAttack, Casualties, Document, Evidence
from skyledger.store import Ledger

REFERENCE = SHARED / "reference" / "mma" / "missile_attacks_daily.csv"
SEED = EVAL / "seed"


def gold_claims(doc: dict) -> list:
    return [AirAttack(**c) if c["kind"] == "air_attack" else Casualties(**c) for c in doc["claims"]]


def dev_documents() -> list[dict]:
    return [doc for path in sorted((EVAL / "dev").glob("*.jsonl")) for doc in read_jsonl(path)]


def seed_document() -> dict:
    return read_jsonl(SEED / "seed.jsonl")[0]


def add_gold(ledger: Ledger, doc: dict) -> Document:
    document = Document(text=doc["text"], published=date.fromisoformat(doc["published"]), lang=doc["lang"],
                        source=doc.get("source"), ref=doc["id"])
    ledger.add(document, gold_claims(doc))
    return document


def dev_ledger(url: str) -> Ledger:
    ledger = Ledger(url)
    for doc in dev_documents():
        add_gold(ledger, doc)
    return ledger


def attack(count, *, day="2025-06-09", metric="launched", weapon="drone", qualifier="exact", claimant=None,
           attacker="RU", target="UA", region=None, weapon_type=None, at=None):
    evidence = None
    if at is not None:  # a span so that two equal figures in one text stay two claims
        evidence = Evidence(start=at, end=at + len(str(count)), sentence="", sentence_start=0, sentence_end=0)
    return AirAttack(attacker=attacker, target=target, date=date.fromisoformat(day), weapon=weapon, metric=metric,
                     count=count, qualifier=qualifier, claimant=claimant, region=region, weapon_type=weapon_type,
                     evidence=evidence)


def casualty(count, outcome="killed", *, day="2025-06-09", region="UA-30", population="civilian", claimant=None):
    return Casualties(outcome=outcome, count=count, date=date.fromisoformat(day), region=region,
                      population=population, claimant=claimant, attacker="RU")


def add(ledger: Ledger, text: str, claims: list, *, source="wire", published="2025-06-09") -> Document:
    document = Document(text=text, published=date.fromisoformat(published), lang="en", source=source)
    ledger.add(document, claims)
    return document


def story(subject: str, n: int = 60) -> str:
    """A long enough text of its own, so that unrelated documents are not near-duplicates."""
    words = [f"{subject}{i % 7}" if i % 3 else f"w{(i * 7919 + len(subject)) % 997}" for i in range(n)]
    return f"{subject}: " + " ".join(words) + "."


def as_json(value) -> str:
    return json.dumps(value, sort_keys=True, default=str)
