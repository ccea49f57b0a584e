"""Language data: lexicons and patterns per language, kept as TOML files.

    data = load("uk")
    data.marks.find_all(tokens)      # every cue in a sentence, as (category, value)

Each language has a folder (``en/``, ``uk/``, ``ru/``) with ``lexicon.toml``
(numbers, weapons, metric verbs, casualty words, context cues, sides,
claimants) and ``dates.toml``. The machinery that uses them is in
``skyledger/extract``; nothing language-specific lives there.
"""
from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from typing import Any
from functools import lru_cache
from importlib import resources

from skyledger.extract.phrases import PhraseMatcher, split_phrase
from skyledger.lang.morph import lemmas, normalise

LANGUAGES = ("en", "uk", "ru")

# lexicon section -> {key: category}; each listed phrase becomes a mark (category, key).
_MARK_SECTIONS = {
    "metrics": {"launched": "metric", "defeated": "metric", "lost": "metric", "hit": "metric", "auxiliaries": "aux"},
    "casualties": {
        "killed": "casualty", "injured": "casualty", "people": "people", "children": "children",
        "military": "military", "singular_person": "person1", "superseded": "superseded", "rising": "rising", "up_from": "up_from",
        "nobody": "nobody", "including": "including", "other_status": "other_status", "condition": "condition",
        "stress": "stress",
    },
    "qualifiers": {"about": "qualifier", "at_least": "qualifier", "at_most": "qualifier", "fillers": "filler"},
    "context": {
        "cumulative": "cumulative", "same_period": "same_period", "not_attack": "not_attack", "carrier": "carrier", "superlative": "superlative",
        "direction": "direction", "location": "location", "anaphora": "anaphora", "capital": "capital",
        "country_ref": "country_ref", "source": "source", "negation": "negation",
        "initially": "initially", "another_incident": "another_incident", "past_day": "past_day",
    },
    "sides": {"ru": "side", "ua": "side", "enemy": "side", "defence": "defence"},
}
_SIDE_VALUES = {"ru": "RU", "ua": "UA", "enemy": "enemy"}


@dataclass
class LanguageData:
    code: str
    lexicon: dict
    dates: dict
    marks: PhraseMatcher
    modifiers: frozenset
    connectors: frozenset
    not_heads: frozenset
    post_type_words: frozenset
    number_words: dict = field(default_factory=dict)
    _word_sets: dict = field(default_factory=dict, repr=False)
    _terms: dict = field(default_factory=dict, repr=False)  # asked for in every sentence: a dict of its own

    def terms(self, *path) -> frozenset:
        """A lexicon list as written (no lemmas), as a set, computed once."""
        cached = self._terms.get(path)
        if cached is None:
            node: Any = self.lexicon  # a table, then at the end of the path a list
            for name in path:
                node = node.get(name, {})
            cached = self._terms[path] = frozenset(node or ())
        return cached

    def word_set(self, *path) -> frozenset:
        """A lexicon list as a set of forms, computed once."""
        cached = self._word_sets.get(path)
        if cached is None:
            node: Any = self.lexicon  # a table, then at the end of the path a list
            for key in path:
                node = node.get(key, {})
            cached = self._word_sets[path] = _forms_of(node or (), self.code)
        return cached


@lru_cache(maxsize=1)
def weapon_sides() -> dict[str, str]:
    """Weapon type -> the side that launches it (weapon_sides.toml), shared by all languages."""
    table = tomllib.loads((resources.files("skyledger.lang") / "weapon_sides.toml").read_text(encoding="utf-8"))
    return {wtype: side for side, types in table.items() for wtype in types}


def _read(lang: str, name: str) -> dict:
    path = resources.files("skyledger.lang") / lang / name
    if not path.is_file():
        return {}
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _forms_of(words, lang: str) -> frozenset:
    """Each word as written and as its first normal form (abbreviations like "БПЛА" keep their own)."""
    out = set()
    for word in words:
        out.add(normalise(word))
        out.add(norm_lemma(word, lang))
    return frozenset(out)


def norm_lemma(word: str, lang: str) -> str:
    """A lexicon word as its most likely normal form (uk/ru), kept as written when that is one of them."""
    norm = normalise(word)
    if lang in ("uk", "ru") and norm[:1].isalpha() and " " not in norm:
        forms = lemmas(norm, lang)
        return norm if norm in forms else forms[0]
    return norm


def _phrases(entries, value):
    for entry in entries:
        words = entry if isinstance(entry, list) else split_phrase(entry)
        yield words, value


def _marks(lexicon: dict, dates: dict, lang: str) -> PhraseMatcher:
    phrases = []
    for section, keys in _MARK_SECTIONS.items():
        for key, category in keys.items():
            value = (category, _SIDE_VALUES.get(key, key) if section == "sides" else key)
            phrases.extend(_phrases(lexicon.get(section, {}).get(key, []), value))
    for code, entries in lexicon.get("context", {}).get("country_area", {}).items():
        phrases.extend(_phrases(entries, ("country_area", code)))
    for code, entries in lexicon.get("context", {}).get("place_words", {}).items():
        phrases.extend(_phrases(entries, ("place_word", code)))
    for phrase, name in lexicon.get("claimants", {}).items():
        phrases.extend(_phrases([phrase], ("claimant", name)))
    for key in ("this_night", "story_night", "yesterday", "same", "day_before", "earlier_day", "later_day", "days_ago"):
        phrases.extend(_phrases(dates.get(key, []), ("date", key)))
    # weapon heads and system names ride along, so one pass over a sentence finds every cue
    weapons = lexicon.get("weapons", {})
    for cls, entries in weapons.get("heads", {}).items():
        phrases.extend(_phrases(entries, ("head", cls)))
    for name, (cls, canonical) in weapons.get("types", {}).items():
        phrases.extend(_phrases([name], ("type", (cls, canonical))))
    return PhraseMatcher(phrases, lang)


@lru_cache(maxsize=None)
def load(lang: str) -> LanguageData:
    if lang not in LANGUAGES:
        raise ValueError(f"no language data for {lang!r}")
    lexicon = _read(lang, "lexicon.toml")
    dates = _read(lang, "dates.toml")
    weapons = lexicon.get("weapons", {})
    data = LanguageData(
        code=lang,
        lexicon=lexicon,
        dates=dates,
        marks=_marks(lexicon, dates, lang),
        modifiers=_forms_of(weapons.get("modifiers", []), lang),
        connectors=frozenset(normalise(w) for w in weapons.get("connectors", [])),
        not_heads=_forms_of(weapons.get("not_heads", {}).get("words", []), lang),
        post_type_words=_forms_of(weapons.get("post_type_words", []), lang),
    )
    data.number_words = _number_words(lexicon.get("numbers", {}), lang)
    return data


def _number_words(numbers: dict, lang: str) -> dict:
    """Lemma -> (value, role); role is "unit", "ten", "scale", "dozen" or "fixed"."""
    table = {}
    for role in ("units", "tens", "hundreds", "scales", "fixed"):
        for word, value in numbers.get(role, {}).items():
            table[norm_lemma(word, lang)] = (value, role.rstrip("s") if role != "hundreds" else "hundred")
    for word in numbers.get("dozen", []):
        table[norm_lemma(word, lang)] = (12, "dozen")
    for word, value in numbers.get("collective", {}).items():
        table[norm_lemma(word, lang)] = (value, "unit")
    for word, value in numbers.get("approximate", {}).items():
        table[norm_lemma(word, lang)] = (value, "approx")
    for word in numbers.get("one_and_a_half", []):  # "півтора десятка" is 15; alone it is no count
        table[norm_lemma(word, lang)] = (1.5, "fraction")
    for word in numbers.get("half", []):  # "пів сотні" is 50
        table[norm_lemma(word, lang)] = (0.5, "fraction")
    return table
