"""One sentence, annotated: the cues, counts, weapon phrases, places and dates in it.

Every later component reads a `SentenceInfo`; none re-scans the text.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from skyledger.extract.dates import DateExpr, find_dates
from skyledger.extract.numbers import Count, find_counts
from skyledger.extract.phrases import Match
from skyledger.extract.text import Sentence
from skyledger.extract.weapons import WeaponPhrase, find_weapons
from skyledger.lang import LanguageData


@dataclass
class SentenceInfo:
    index: int
    sent: Sentence
    marks: list[Match]
    counts: list[Count]
    weapons: list[WeaponPhrase]
    places: list  # PlaceMatch
    dates: list[DateExpr] = field(default_factory=list)
    by_cat: dict = field(default_factory=dict)
    weapon_at: dict = field(default_factory=dict)

    @property
    def tokens(self):
        return self.sent.tokens

    def cat(self, name: str) -> list[Match]:
        return self.by_cat.get(name, [])

    def has(self, name: str, start: int = 0, end: int | None = None) -> bool:
        end = len(self.tokens) if end is None else end
        return any(start <= m.start and m.end <= end for m in self.cat(name))

    def marks_in(self, name: str, start: int, end: int) -> list[Match]:
        return [m for m in self.cat(name) if start <= m.start and m.end <= end]

    def text_of(self, start: int, end: int) -> str:
        tokens = self.tokens
        if start >= end:
            return ""
        return self.sent.span_text(tokens[start].start, tokens[end - 1].end)


def _places(tokens, lang: str) -> list:
    try:
        from skyledger.extract.places import gazetteer
    except ImportError:  # the gazetteer is optional for a bare checkout
        return []
    return gazetteer(lang).find(tokens)


def annotate(index: int, sent: Sentence, data: LanguageData) -> SentenceInfo:
    tokens = sent.tokens
    marks = data.marks.find_all(tokens)
    by_cat: dict[str, list[Match]] = {}
    for m in marks:
        by_cat.setdefault(m.value[0], []).append(m)
    info = SentenceInfo(
        index=index,
        sent=sent,
        marks=marks,
        counts=find_counts(tokens, marks, data),
        weapons=find_weapons(tokens, data),
        places=_places(tokens, data.code),
        by_cat=by_cat,
    )
    info.weapon_at = {w.start: w for w in info.weapons}
    return info


def add_dates(info: SentenceInfo, data: LanguageData, reference, last) -> None:
    info.dates = find_dates(info.sent, info.cat("date"), data, reference=reference, last=last)
