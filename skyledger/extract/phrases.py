"""Finding known phrases in a token list.

A phrase is a sequence of token patterns; a pattern matches a token when it
equals one of the token's lemmas (for English the lemma is the lower-cased
word), or, ending in "*", when a lemma starts with it. Matching walks an
index keyed by the first pattern, so the cost grows with the text, not with
the size of the lexicon.
"""
from __future__ import annotations

from typing import Any, Iterable, NamedTuple, Sequence

from skyledger.lang.morph import lemmas, normalise


class Match(NamedTuple):
    start: int  # token index
    end: int  # index after the last token
    value: Any


class PhraseMatcher:
    def __init__(self, phrases: Iterable[tuple[Sequence[str], Any]], lang: str):
        self._exact: dict[str, list[tuple[tuple, Any]]] = {}
        self._prefix: list[tuple[str, tuple, Any]] = []
        for words, value in phrases:
            pattern = tuple(_pattern_word(w, lang) for w in words)
            if not pattern:
                continue
            first = pattern[0]
            if isinstance(first, str):  # "stem*"
                self._prefix.append((first[:-1], pattern, value))
            else:
                for key in first:
                    self._exact.setdefault(key, []).append((pattern, value))
        for candidates in self._exact.values():
            candidates.sort(key=lambda item: -len(item[0]))

    def match_at(self, tokens, i: int) -> Match | None:
        """The longest phrase starting at token i, or None."""
        best = None
        for lemma in {tokens[i].norm, *tokens[i].lemmas}:
            for pattern, value in self._exact.get(lemma, ()):
                if (best is None or len(pattern) > best.end - best.start) and _matches(pattern, tokens, i):
                    best = Match(i, i + len(pattern), value)
        for stem, pattern, value in self._prefix:
            if (best is None or len(pattern) > best.end - best.start) and _matches(pattern, tokens, i):
                best = Match(i, i + len(pattern), value)
        return best

    def find_all(self, tokens) -> list[Match]:
        """Every match at every position (overlapping), left to right."""
        found = []
        exact = self._exact
        n = len(tokens)
        for i, token in enumerate(tokens):
            lemmas = token.lemmas
            keys = lemmas if len(lemmas) == 1 and lemmas[0] == token.norm else {token.norm, *lemmas}
            seen = None
            for key in keys:
                candidates = exact.get(key)
                if not candidates:
                    continue
                for pattern, value in candidates:
                    if len(pattern) > 1:
                        if i + 1 >= n:
                            continue
                        second, nxt = pattern[1], tokens[i + 1]
                        if not isinstance(second, str) and nxt.norm not in second and second.isdisjoint(nxt.lemmas):
                            continue  # most phrases fail on their second word: decide that without a call
                        if not _matches(pattern, tokens, i):
                            continue
                    if True:
                        if len(keys) > 1:
                            seen = seen or set()
                            if (pattern, id(value)) in seen:
                                continue
                            seen.add((pattern, id(value)))
                        found.append(Match(i, i + len(pattern), value))
            for stem, pattern, value in self._prefix:
                if _matches(pattern, tokens, i):
                    found.append(Match(i, i + len(pattern), value))
        return found

    def find(self, tokens) -> list[Match]:
        """Non-overlapping longest matches, left to right."""
        found, i, n = [], 0, len(tokens)
        while i < n:
            m = self.match_at(tokens, i)
            if m:
                found.append(m)
                i = m.end
            else:
                i += 1
        return found


def _pattern_word(word: str, lang: str):
    """A lexicon word as the set of forms a token may show to match it: the written form
    and, for uk/ru, its normal forms (so "ракета" matches "ракетами", "збито" matches
    "збили"); "stem*" stays a string and matches by prefix."""
    if word.endswith("*"):
        return normalise(word)
    norm = normalise(word)
    forms = {norm}
    if lang in ("uk", "ru") and norm[:1].isalpha():
        forms.update(lemmas(norm, lang)[:1])
    return frozenset(forms)


def _matches(pattern, tokens, i: int) -> bool:
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
    return [t.norm for t in tokenize(phrase, 0, "en")] if phrase.strip() else []
