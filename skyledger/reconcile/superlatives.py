"""Finding superlatives in a text ("record", "the largest since March") and the claim each is about."""
from __future__ import annotations

import calendar
import re
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?]+|$)")


@dataclass
class Superlative:
    kind: str  # "record" or "since"
    phrase: str
    sentence: str
    sentence_start: int
    position: int  # where the superlative word is in the text
    since: tuple[date, date] | None = None  # the period the "since" phrase names
    since_text: str | None = None


@lru_cache(maxsize=1)
def patterns() -> dict:
    with open(Path(__file__).with_name("superlatives.toml"), "rb") as handle:
        data = tomllib.load(handle)
    compiled = {}
    for lang in ("en", "uk", "ru"):
        compiled[lang] = {kind: [re.compile(p, re.I) for p in data[lang][kind]] for kind in ("record", "since")}
    compiled["war_start"] = [w.lower() for w in data["war_start"]["words"]]
    compiled["months"] = [re.compile("|".join(stems)) for stems in zip(*(data["months"][l] for l in ("en", "uk", "ru")))]
    return compiled


def sentences(text: str):
    for match in _SENTENCE.finditer(text):
        if match.group().strip():
            yield match.start(), match.group()


def parse_since(phrase: str, published: date | None) -> tuple[date, date] | str | None:
    """The period a "since ..." phrase names: "record" for the start of the war, None if unreadable."""
    lowered = phrase.lower()
    if any(re.search(rf"\b{re.escape(word)}\b", lowered) for word in patterns()["war_start"]):
        return "record"
    year_match = re.search(r"\b(20\d\d)\b", lowered)
    month = next((i + 1 for i, p in enumerate(patterns()["months"]) if p.search(lowered)), None)
    if month is None and year_match:
        year = int(year_match.group(1))
        return date(year, 1, 1), date(year, 12, 31)
    if month is None:
        return None
    if year_match:
        year = int(year_match.group(1))
    elif published:  # "since March" is the last March before publication
        year = published.year if month < published.month else published.year - 1
    else:
        return None
    day = re.search(r"\b([0-3]?\d)\b", lowered)
    last = calendar.monthrange(year, month)[1]
    if day and 1 <= int(day.group(1)) <= last:
        return date(year, month, int(day.group(1))), date(year, month, int(day.group(1)))
    return date(year, month, 1), date(year, month, last)


def find(text: str, lang: str | None, published: date | None) -> list[Superlative]:
    found = []
    table = patterns().get(lang or "en", patterns()["en"])
    for start, sentence in sentences(text):
        taken = set()
        for pattern in table["since"]:
            for m in pattern.finditer(sentence):
                period = parse_since(m.group("since"), published)
                kind = "record" if period == "record" else "since"
                found.append(Superlative(kind, m.group().strip(), sentence.strip(), start, start + m.start(),
                                         period if isinstance(period, tuple) else None, m.group("since").strip()))
                taken.add(m.start())
        for pattern in table["record"]:
            for m in pattern.finditer(sentence):
                if not any(abs(m.start() - t) < 100 for t in taken):
                    found.append(Superlative("record", m.group().strip(), sentence.strip(), start, start + m.start()))
                    taken.add(m.start())
    return found


def _number_positions(sentence: str, count: int) -> list[int]:
    """Where a count is written in digits ("1,200", "1 200", "500")."""
    text = f"{count:,}"
    variants = {str(count), text, text.replace(",", " "), text.replace(",", "\u00a0")}
    out = []
    for variant in variants:
        out += [m.start() for m in re.finditer(rf"(?<![\d,.]){re.escape(variant)}(?![\d]|,\d)", sentence)]
    return out


def nearest_claim(superlative: Superlative, claims: list) -> object | None:
    """The air-attack claim the superlative is about: the one written nearest to it in its sentence.

    Claims with evidence are placed by their span; claims without (built by
    hand) by where their count is written in the sentence.
    """
    best, best_distance = None, None
    end = superlative.sentence_start + len(superlative.sentence) + 1
    for claim in claims:
        if getattr(claim, "kind", None) != "air_attack":
            continue
        if claim.evidence is not None:
            places = [claim.evidence.start] if superlative.sentence_start <= claim.evidence.start < end else []
        else:
            places = [superlative.sentence_start + p for p in _number_positions(superlative.sentence, claim.count)]
        for place in places:
            # A superlative qualifies the figure that follows it ("a record ... of 500 drones")
            # more often than one before it: distances before it count double.
            distance = place - superlative.position if place >= superlative.position else 2 * (superlative.position - place)
            if best_distance is None or distance < best_distance:
                best, best_distance = claim, distance
    return best
