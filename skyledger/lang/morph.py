"""Morphology for Ukrainian and Russian through pymorphy3.

Lexicons for uk and ru are written as lemmas ("ракета", "безпілотник",
"бєлгородський"); a word in the text matches an entry when any of its
possible normal forms does. pymorphy3 is slow to load (~0.3 s a language)
and each parse costs microseconds, so analysers load once and every word is
analysed once per process.
"""
from __future__ import annotations

from functools import lru_cache

MORPH_LANGS = ("uk", "ru")

# Apostrophes in Ukrainian text come in three shapes; the pymorphy3 dictionary
# knows only the ASCII one. Soft hyphens ("безпілот\u00ad\u00adників", a word
# broken at a line's end) are dropped.
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "`": "'", "‘": "'", "\u00ad": None})


@lru_cache(maxsize=200_000)
def normalise(word: str) -> str:
    """Lower case, one apostrophe, no soft hyphens, ё as е (Russian texts use both)."""
    return word.lower().translate(_APOSTROPHES).replace("ё", "е")


@lru_cache(maxsize=None)
def analyzer(lang: str):
    import pymorphy3  # imported here: English-only runs never pay for it

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=500_000)
def parses(word: str, lang: str) -> tuple[tuple[str, str], ...]:
    """All (normal form, tag) pairs of a normalised word."""
    return tuple((p.normal_form, str(p.tag)) for p in analyzer(lang).parse(word))


@lru_cache(maxsize=500_000)
def lemmas(word: str, lang: str) -> tuple[str, ...]:
    """The distinct normal forms of a normalised word, most likely first.

    For languages without an analyser the word is its own lemma.
    """
    if lang not in MORPH_LANGS or not word[:1].isalpha():
        return (word,)
    seen: dict[str, None] = {}
    for normal, _tag in parses(word, lang):
        seen.setdefault(normal.replace("ё", "е"), None)
    return tuple(seen) or (word,)


def likeliest_is(word: str, lang: str, grammeme: str) -> bool:
    """Does pymorphy3's likeliest reading of a normalised word carry the grammeme ("NOUN", "VERB")?
    False in a language without an analyser."""
    if lang not in MORPH_LANGS:
        return False
    readings = parses(word, lang)
    return bool(readings) and grammeme in readings[0][1]


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "acc2", "loc2"})
_NUMBERS = frozenset({"sing", "plur"})


def _case_numbers(word: str, lang: str, pos: str) -> set[tuple[str, str]]:
    out = set()
    for _normal, tag in parses(word, lang):
        grammemes = set(tag.replace(" ", ",").split(","))
        if pos in grammemes:
            out.update((case, number) for case in grammemes & _CASES for number in grammemes & _NUMBERS)
    return out


@lru_cache(maxsize=100_000)
def agrees(adjective: str, noun: str, lang: str) -> bool:
    """May the adjective qualify the noun: do some of their readings share case and number
    ("Харьковском районе", not "Раменском обломки")? True where the analyser cannot tell."""
    if lang not in MORPH_LANGS:
        return True
    forms = _case_numbers(adjective, lang, "ADJF")
    return not forms or bool(forms & _case_numbers(noun, lang, "NOUN"))


@lru_cache(maxsize=100_000)
def qualifies_plural(adjective: str, noun: str, lang: str) -> bool:
    """May the adjective, one of two coordinated ones, qualify a plural noun they share ("между Северной
    и Южной сторонами")? Some reading of each in one case, the noun's plural. True where the analyser cannot tell."""
    if lang not in MORPH_LANGS:
        return True
    forms = {case for case, _ in _case_numbers(adjective, lang, "ADJF")}
    plural = {case for case, number in _case_numbers(noun, lang, "NOUN") if number == "plur"}
    return not forms or bool(forms & plural)


@lru_cache(maxsize=100_000)
def share_a_case(noun: str, other: str, lang: str) -> bool:
    """May two nouns stand in one case, as coordinated nouns do ("дронів і ракет", not "дронів і
    ракетами")? True where the analyser cannot tell."""
    if lang not in MORPH_LANGS:
        return True
    first = {case for case, _ in _case_numbers(noun, lang, "NOUN")}
    second = {case for case, _ in _case_numbers(other, lang, "NOUN")}
    return not first or not second or bool(first & second)


@lru_cache(maxsize=100_000)
def nominative_reading(word: str, lang: str) -> tuple[str | None, str | None]:
    """(part of speech, nominative form) of a normalised word's most likely reading.

    The form is None when that reading is nominative already, cannot be put in the
    nominative, or is a preposition (what follows one keeps its case).
    """
    parse = analyzer(lang).parse(word)[0]
    pos = parse.tag.POS
    if pos == "PREP" or "nomn" in parse.tag:
        return pos, None
    form = parse.inflect({"nomn"})
    return pos, form.word if form is not None else None
