"""Finding known phrases in a token list.

A phrase is a sequence of token patterns; a pattern matches a token when it
equals one of the token's lemmas (for English the lemma is the lower-cased
word), or, ending in "*", when a lemma starts with it, or, starting with "=",
when the token is written that way (a tense the lemma would lose: "=повідомляла"). Matching walks an
index keyed by the first pattern, so the cost grows with the text, not with
the size of the lexicon.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Sequence

from skyledger.lang.morph import lemmas, normalise

if TYPE_CHECKING:  # text imports skyledger.lang, which imports this module
    from skyledger.extract.text import Token


class Match:
    """A phrase found in a sentence. A plain class, not a NamedTuple: a NamedTuple is made by an
    interpreted constructor, and the matcher makes one for every cue in every sentence."""

    __slots__ = ("start", "end", "value")

    def __init__(self, start: int, end: int, value: Any) -> None:
        self.start = start  # token index
        self.end = end  # index after the last token
        self.value = value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Match) and (self.start, self.end, self.value) == (other.start, other.end, other.value)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.value))

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.value!r})"


class PhraseMatcher:
    def __init__(self, phrases: Iterable[tuple[Sequence[str], Any]], lang: str):
        self._patterns = [(tuple(_pattern_word(w, lang) for w in words), value) for words, value in phrases]
        self._index()

    # A cache keeps the patterns (the phrases' word forms, slow to make for uk and ru), not the
    # object: compiled classes do not pickle, and the indexes are quick to rebuild.
    def patterns(self) -> list:
        return self._patterns

    @classmethod
    def from_patterns(cls, patterns: list) -> PhraseMatcher:
        matcher = cls((), "en")
        matcher._patterns = patterns
        matcher._index()
        return matcher

    def _index(self) -> None:
        # Single-word phrases by their word; multi-word phrases by their first two words, so
        # that a common first word ("the", "in") costs one lookup for its pair rather than a
        # try of every phrase; phrases starting with a "stem*" by the stem's first two letters,
        # and those with a "stem*" second by their first word.
        # Two lexicon entries with one normal form ("наймасованіший", "наймасованішого") are one pattern.
        self._patterns = list(dict.fromkeys(self._patterns))
        self._single: dict[str, list[tuple[tuple, Any]]] = {}
        self._pairs: dict[tuple[str, str], list[tuple[tuple, Any]]] = {}
        self._prefix: dict[str, list[tuple[int, tuple, Any]]] = {}  # key: a word or "*" + two letters
        for order, (pattern, value) in enumerate(self._patterns):
            if not pattern:
                continue
            first = pattern[0]
            if isinstance(first, str):  # "stem*"
                self._prefix.setdefault("*" + first[:2], []).append((order, pattern, value))
                continue
            for key in first:
                if len(pattern) == 1:
                    self._single.setdefault(key, []).append((pattern, value))
                elif isinstance(pattern[1], str):
                    self._prefix.setdefault(key, []).append((order, pattern, value))
                else:
                    for second in pattern[1]:
                        self._pairs.setdefault((key, second), []).append((pattern, value))
        self._firsts = frozenset(first for first, _second in self._pairs)
        self._stems = frozenset(key[1:] for key in self._prefix if key.startswith("*"))
        self._plans: dict[str, tuple] = {}  # a word's norm -> _plan(its keys)

    def find_all(self, tokens: list[Token]) -> list[Match]:
        """Every match at every position (overlapping), left to right."""
        found: list[Match] = []
        append = found.append
        pairs, plans = self._pairs, self._plans
        n = len(tokens)
        for i in range(n):
            token = tokens[i]
            plan = plans.get(token.norm)
            if plan is None:
                plan = plans[token.norm] = self._plan(token.keys)
            if not plan:
                continue  # most words start no phrase: one lookup decides it
            steps, prefixed = plan
            hits: list = []
            for key, singles, first in steps:
                hits.extend(singles)
                if not first or i + 1 >= n:
                    continue
                for second in tokens[i + 1].keys:
                    two = pairs.get((key, second))
                    if two:
                        for pattern, value in two:
                            if len(pattern) == 2 or _matches(pattern, tokens, i):
                                hits.append((pattern, value))
            if prefixed:
                hits.extend(self._prefix_hits(token.keys, tokens, i))
            if not hits:
                continue
            if len(hits) > 1:  # one span, one cue: a phrase is indexed under each form of a word ("за даними"
                # by "даними" and "дані"), and two entries may share a normal form ("наймасованіший", "-ого")
                hits = list({(len(p), v): (p, v) for p, v in hits}.values())
            for pattern, value in hits:
                append(Match(i, i + len(pattern), value))
        return found

    def _plan(self, keys: tuple[str, ...]) -> tuple:
        """What a word with these keys may start, key by key: its one-word phrases and whether
        it begins a two-word one; and whether a phrase with a "stem*" may match. The same for
        every occurrence of the word, so the matcher works it out once per word."""
        steps = tuple((key, self._single.get(key, []), key in self._firsts) for key in keys
                      if key in self._single or key in self._firsts)
        prefixed = bool(self._prefix) and any(key in self._prefix or key[:2] in self._stems for key in keys)
        return (steps, prefixed) if steps or prefixed else ()

    def _prefix_hits(self, keys, tokens: list[Token], i: int) -> list[tuple[tuple, Any]]:
        """Phrases with a "stem*" that match at i, in lexicon order."""
        prefix = self._prefix
        tries = {}
        for key in keys:
            for entry in prefix.get(key, []) + prefix.get("*" + key[:2], []):
                tries[entry[0]] = entry
        return [(p, v) for _order, p, v in sorted(tries.values(), key=lambda e: e[0]) if _matches(p, tokens, i)]


def _pattern_word(word: str, lang: str):
    """A lexicon word as the set of forms a token may show to match it: the written form
    and, for uk/ru, its normal forms (so "ракета" matches "ракетами", "збито" matches
    "збили"); "stem*" stays a string and matches by prefix."""
    if word.endswith("*"):
        return normalise(word)
    if word.startswith("=") and len(word) > 1:
        return frozenset({normalise(word[1:])})  # this form only
    norm = normalise(word)
    forms = {norm}
    if lang in ("uk", "ru") and norm[:1].isalpha():
        forms.update(lemmas(norm, lang)[:1])
    return frozenset(forms)


def _matches(pattern, tokens: list[Token], i: int) -> bool:
    if i + len(pattern) > len(tokens):
        return False
    for k, want in enumerate(pattern):
        token = tokens[i + k]
        if isinstance(want, str):
            stem = want[:-1]
            if not any(lemma.startswith(stem) for lemma in token.lemmas) and not token.norm.startswith(stem):
                return False
        elif token.norm not in want and want.isdisjoint(token.lemmas):
            return False
    return True


def split_phrase(phrase: str) -> list[str]:
    """A lexicon phrase into token patterns, the way the tokenizer splits text."""
    from skyledger.extract.text import tokenize

    # English splitting ("Ukraine's" -> "ukraine", "'s"); lemmas are handled by _pattern_word.
    words: list[str] = []
    for token in tokenize(phrase, 0, "en") if phrase.strip() else []:
        if words and words[-1] == "=":
            words[-1] = "=" + token.norm  # "=повідомляла": the written form only
        else:
            words.append(token.norm)
    return words
