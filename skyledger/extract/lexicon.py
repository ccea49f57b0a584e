"""The language data's word lists, read from compiled code.

`LanguageData.terms` and `.word_set` (skyledger/lang) are plain Python: every call from the
compiled extractor runs an interpreted frame, and the extractor asks for word lists in every
sentence. These read the lists the data has already built straight from its caches, and ask it
only the first time.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # skyledger.lang imports the phrase matcher, which this package compiles
    from skyledger.lang import LanguageData


def terms(data: LanguageData, *path: str) -> frozenset:
    """A lexicon list as written, as a set (LanguageData.terms)."""
    got = data._terms.get(path)
    return got if got is not None else data.terms(*path)


def word_set(data: LanguageData, *path: str) -> frozenset:
    """A lexicon list as a set of forms, lemmas included (LanguageData.word_set)."""
    got = data._word_sets.get(path)
    return got if got is not None else data.word_set(*path)


class Lists:
    """The lexicon's lists as written, as sets, by section and name, for the code that asks for
    them sentence after sentence: two lookups of constant strings, where terms() packs, hashes
    and unpacks a tuple on every call."""

    def __init__(self, data: LanguageData) -> None:
        self.data = data
        self.sections: dict[str, dict[str, frozenset]] = {}

    def get(self, section: str, name: str) -> frozenset:
        names = self.sections.get(section)
        if names is None:
            names = self.sections[section] = {}
        got = names.get(name)
        if got is None:
            got = names[name] = terms(self.data, section, name)
        return got


def lists(data: LanguageData) -> Lists:
    """The language data's one Lists."""
    got = data._word_sets.get(("lists",))
    if got is None:
        got = data._word_sets[("lists",)] = Lists(data)  # type: ignore[assignment]
    return got  # type: ignore[return-value]
