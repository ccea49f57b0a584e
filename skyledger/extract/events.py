"""Unscored kinds: statements, talks, meetings, visits, sanctions and ground fighting.

    claims = event_claims(info, ctx)    # once per sentence, in document order

Every claim carries its evidence (the key phrase and its sentence), a claimant where
the text names who asserts it, and a date: a date expression at the key phrase or
in the sentence, else the day the story is on (``ctx.last_date``), else the
report's day.

The words are data (``skyledger/lang/<lang>/events.toml``); this module is the
machinery:

    pre-check    most sentences hold no quotation mark and no trigger word: a
                 dict probe per token (how trigger words start) lets them out;
                 the people they name are read later only if a "he said" needs them
    cues         one phrase-matcher pass gives every cue (reporting verbs, roles,
                 countries, venues, triggers, currencies, status words) as
                 token spans with a category
    people       role + name ("German defence minister Boris Pistorius"), a name
                 before a reporting verb ("Terekhov said"), known names;
                 remembered per document, so that "Pistorius" and "he said"
                 find the full name and the role
    quotations   “…”, "…", «…», „…“, closed in the same sentence or in a later
                 one on the same line
    kinds        one small function each, at the end of the module

Per-document state (the people named so far, a quotation still open, the last
price cap) lives in the DocContext's ``components["events"]``.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field, fields
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from skyledger.lang import _forms_of, cache  # first: skyledger.lang imports phrases
from skyledger.extract.phrases import Match, PhraseMatcher, split_phrase  # noqa: E402 (isort: skip)
from skyledger.extract.text import Lexeme, Token, new_flag, prepare  # noqa: E402 (isort: skip)
from skyledger.lang.morph import MORPH_LANGS, nominative_reading, normalise, parses  # noqa: E402 (isort: skip)
from skyledger.extract.analysis import _NONE, SentenceInfo  # noqa: E402 (isort: skip)
from skyledger.extract.context import DocContext  # noqa: E402 (isort: skip)
from skyledger.extract.places import PlaceMatch  # noqa: E402 (isort: skip)
from skyledger.models import (ClaimBase, Evidence, GroundAction, Meeting, Sanction, SanctionValue, Statement,
                              Talks, Visit)

# Opening mark -> the marks that close it. “ closes „ (German and Ukrainian style) and opens ” (English).
_OPENERS = {"“": "”", "«": "»", "„": "“”", '"': '"'}
_QUOTES = "“”«»„\""
_QUOTE_MARKS = frozenset(_QUOTES)
_CLAUSE_PUNCT = frozenset(",;:()[]–—-")
_STOP_PUNCT = frozenset(".!?…")
_DASHES = frozenset(",–—-−")
_WORD = re.compile(r"\w+(?:['’ʼ-]\w+)*")
_ORDINAL_NUMBER = re.compile(r"^(\d{1,2})(?:st|nd|rd|th|-?[^\W\d_]+)$")
_QUOTE_CHAR = re.compile(f"[{_QUOTES}]")
# "Olena, 44, who runs a bakery …": a capitalised word with an age after it names a person; such a
# sentence has no trigger word, so the pre-check lets it through for "she said" further on.
_APPOSITION = re.compile(r"\b[^\W\d_][\w'’-]*, \d{1,3},")
_AGE_COMMAS = re.compile(r", \d{1,3},")  # its cheap part, tried first: the full pattern tries every word

# ------------------------------------------------------------------ language data

# events.toml list -> cue category; each phrase becomes a cue (category, payload).
_CUE_LISTS = {
    ("reporting", "verbs"): "verb", ("reporting", "participles"): "verb", ("reporting", "according"): "according",
    ("reporting", "impersonal"): "impersonal", ("reporting", "pronouns"): "pronoun",
    ("reporting", "channels"): "channel",
    ("people", "roles"): "role", ("people", "institutions"): "institution", ("people", "media"): "media",
    ("talks", "nouns"): "talks", ("talks", "participants"): "participants",
    ("meeting", "nouns"): "meeting", ("meeting", "verbs"): "meet", ("meeting", "groups"): "group",
    ("visit", "nouns"): "visit", ("visit", "verbs"): "visited",
    ("sanction", "packages"): "package", ("sanction", "sanctions"): "sanctions", ("sanction", "caps"): "cap",
    ("sanction", "embargo"): "embargo", ("sanction", "price_words"): "price",
    ("sanction", "package_modifiers"): "package_mod", ("sanction", "target_prepositions"): "target_prep",
    ("sanction", "change_from"): "from", ("sanction", "change_to"): "to",
    ("ground", "triggers"): "ground", ("ground", "contextual"): "ground_maybe",
    ("ground", "context"): "ground_context", ("ground", "air_modifiers"): "air", ("ground", "forces"): "forces",
    ("ground", "area_prepositions"): "area_prep", ("ground", "directions"): "direction",
    ("ground", "enemy"): "enemy",
}
# events.toml table {key: [phrases]} -> category; the key is the payload.
_CUE_TABLES = {
    ("countries",): "country", ("people", "known"): "known", ("venues",): "venue",
    ("sanction", "commodities"): "commodity", ("sanction", "currencies"): "currency", ("sanction", "units"): "unit",
}
_STATUSES = ("proposed", "demanded", "in_force", "adopted", "previous")
# Single-word sets, checked against a token's form and lemmas.
_WORD_SETS = {
    "articles": ("grammar", "articles"), "possessives": ("grammar", "possessives"), "chain": ("grammar", "chain"),
    "locative": ("grammar", "locative"), "boundaries": ("grammar", "boundaries"),
    "relative": ("grammar", "relative"), "conjunctions": ("grammar", "conjunctions"),
    "prepositions": ("grammar", "prepositions"), "np_stop": ("grammar", "np_stop"), "since": ("grammar", "since"),
    "qualifiers": ("grammar", "qualifiers"), "of": ("grammar", "of"), "between": ("grammar", "between_words"),
    "agent": ("grammar", "agent"), "subject_pronouns": ("reporting", "subject_pronouns"),
    "vague": ("reporting", "vague"),
    "role_modifiers": ("people", "role_modifiers"), "not_names": ("people", "not_names"),
    "talks_mod": ("talks", "modifiers"), "meeting_mod": ("meeting", "modifiers"),
    "ground_mod": ("ground", "modifiers"), "place_preps": ("visit", "place_prepositions"),
    "measure_words": ("ground", "measure_words"),
}
# A measure's name takes an English ordinal whatever the language: "Восемнадцатый пакет" -> "18th sanctions package".
_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


def _node(conf: dict, path: tuple):
    node: object = conf
    for key in path:
        node = node.get(key, {}) if isinstance(node, dict) else {}
    return node


@dataclass
class _Lexicon:
    lang: str
    conf: dict
    exact_triggers: frozenset  # pre-check: trigger words written whole ("met$" in the data)
    stems: dict[str, tuple[str, ...]]  # pre-check: the first three letters of a trigger stem -> the stems
    cues: PhraseMatcher
    words: dict[str, frozenset]
    participles: frozenset  # surface forms: "noting", "зазначивши"
    names: dict[str, list]  # code -> [name, adjective]
    default_units: dict[str, str]

    def has(self, name: str, token: Token) -> bool:
        """Is the token in a word set: its form or its most likely lemma ("бывший" is not "быть")."""
        words = self.words[name]
        return token.norm in words or token.lemma in words

    def setting(self, section: str, key: str, default):
        return self.conf.get(section, {}).get(key, default)


def _source(lang: str) -> bytes:
    path = resources.files("skyledger.lang") / lang / "events.toml"
    return path.read_bytes() if path.is_file() else b""


def _cue_phrases(conf: dict):
    """(words, (category, payload, capitalised)) for every phrase in the data."""
    for path, category in _CUE_LISTS.items():
        for phrase in _node(conf, path) or ():
            yield split_phrase(phrase), (category, phrase, False)
    for table, category in _CUE_TABLES.items():
        for key, phrases in (_node(conf, table) or {}).items():
            for phrase in phrases:
                # "US" the country only where the text writes it with a capital, not "us"
                yield split_phrase(phrase), (category, key, phrase[:1].isupper())
    sanction = conf.get("sanction", {})
    for status in _STATUSES:
        for phrase in sanction.get(status, ()):
            yield split_phrase(phrase), ("status", status, False)
    for phrase, n in sanction.get("ordinals", {}).items():
        yield split_phrase(phrase), ("ordinal", n, False)
    for phrase, factor in sanction.get("scales", {}).items():
        yield split_phrase(phrase), ("scale", factor, False)


@lru_cache(maxsize=None)
def _lexicon(lang: str) -> _Lexicon:
    """The event lexicon of a language, once per process. Building it parses every pattern word
    with pymorphy3 (about 0.1 s for Ukrainian and Russian), so it is kept on disk like the gazetteer."""
    source = _source(lang)
    path = cache.path("events", lang, _cache_key(lang, source))
    state = cache.load(path)
    if state is not None and set(state) == {f.name for f in fields(_Lexicon)}:
        # (another set of fields: saved by compiled code older than the source beside it, which keys the cache)
        return _Lexicon(**{**state, "cues": PhraseMatcher.from_patterns(state["cues"])})
    lexicon = _build(lang, tomllib.loads(source.decode("utf-8")) if source else {})
    cache.save(path, {**{f.name: getattr(lexicon, f.name) for f in fields(lexicon)}, "cues": lexicon.cues.patterns()})
    return lexicon


def _code() -> bytes:
    """The code that builds and matches a lexicon, as this process loaded it: this module (which also
    sets the pickled layout), the phrase matcher, the tokenizer that splits the phrases and the word
    forms (skyledger.lang, morph)."""
    import skyledger.lang
    from skyledger.extract import phrases, text
    from skyledger.lang import morph

    return cache.digest(__file__, phrases.__file__, text.__file__, morph.__file__, skyledger.lang.__file__)


_CODE = _code()


def _cache_key(lang: str, source: bytes) -> str:
    """Changes with the data, the code and (uk, ru) the morphology."""
    packages = ("pymorphy3", f"pymorphy3-dicts-{lang}") if lang in MORPH_LANGS else ()
    return cache.key(source, _CODE, packages=packages)


def _build(lang: str, conf: dict) -> _Lexicon:
    exact, stems = _triggers(conf)
    words = {name: _forms_of(_node(conf, path) or (), lang) for name, path in _WORD_SETS.items()}
    return _Lexicon(
        lang=lang, conf=conf, exact_triggers=exact, stems=stems, cues=PhraseMatcher(_cue_phrases(conf), lang),
        words=words, participles=frozenset(normalise(w) for w in _node(conf, ("reporting", "participles")) or ()),
        names=conf.get("country_names", {}), default_units=conf.get("sanction", {}).get("default_units", {}),
    )


def _triggers(conf: dict) -> tuple[frozenset, dict[str, tuple[str, ...]]]:
    """The pre-check's trigger words: those written whole ("met$", not "metal"), and the stems by
    their first three letters; split here so that the check per token needs no decoding."""
    exact: set[str] = set()
    stems: dict[str, tuple[str, ...]] = {}
    for stem in conf.get("precheck", {}).get("stems", []):
        stem = normalise(stem)
        if stem.endswith("$"):
            exact.add(stem[:-1])
        else:
            stems[stem[:3]] = stems.get(stem[:3], ()) + (stem,)
    return frozenset(exact), stems


# ------------------------------------------------------------------ per-document state


class Person(NamedTuple):
    name: str | None = None  # "Boris Pistorius"
    role: str | None = None  # "German defence minister"
    label: str | None = None  # an institution or an outlet: "Russian defence ministry", "dpa"

    @property
    def display(self) -> str | None:
        return self.name or self.label or self.role


class _Open(NamedTuple):
    """A quotation that did not close in its sentence: "“Kharkiv is holding on. People are alive. …”"."""

    start: int  # document offset of the quoted text
    first: int  # where its first sentence starts
    line: int
    closers: str
    index: int  # type: ignore[assignment]  # the sentence it opened in


@dataclass
class _DocState:
    ctx: DocContext
    lex: _Lexicon
    people: list[tuple[int, Person]] = field(default_factory=list)  # (sentence last named in, person), in order
    open_quote: _Open | None = None
    last_statement: tuple | None = None  # (speaker, source, paragraph, sentence index)
    # (date, story day before it): "their 2 June talks" dates the talks, yet the pipeline takes
    # 2 June as the story's day from then on; later events fall back to the day before it.
    phrase_date: tuple | None = None
    cap: tuple | None = None  # (measure, target) of the last price cap spoken of
    visits: set = field(default_factory=set)  # (person, place) already claimed
    # (sentence index, person) of the last one who said something, named or not ("the governor said"),
    # for "– сказав він" a few sentences on
    last_speaker: tuple | None = None
    # Sentences let out by the pre-check, read for the people they name only when a later sentence
    # needs them ("Pistorius said", "he said"): most documents never do.
    unread: list = field(default_factory=list)

    def catch_up(self) -> None:
        unread, self.unread = self.unread, []
        for info in unread:
            s = _Sentence(info, self.ctx, self.lex, self, quotes=False)
            for m in s.mentions:
                self.remember(m.person, info.index)
            _remember_speaker(s)

    def find(self, name: str, read_back: bool = True) -> Person | None:
        if read_back and self.unread:
            self.catch_up()
        last = name.split()[-1]
        for _, person in reversed(self.people):
            if _same_name(person.name.split()[-1], last, self.lex.lang):  # type: ignore[union-attr]
                return person
        return None

    def by_role(self, head: str) -> Person | None:
        """"the governor said": the one person named with that role, if only one."""
        if self.unread:
            self.catch_up()
        found = {p for _, p in self.people if p.role and head in p.role.lower().split()}
        return found.pop() if len(found) == 1 else None

    def remember(self, person: Person, index: int) -> None:
        """Note a person named in sentence `index`; sentences read back late keep their place."""
        if not person.name:
            return
        for k, (when, known) in enumerate(self.people):
            if _same_name(known.name.split()[-1], person.name.split()[-1], self.lex.lang):  # type: ignore[union-attr]
                del self.people[k]
                index = max(index, when)
                person = Person(max(known.name, person.name, key=len), person.role or known.role)  # type: ignore[arg-type]
                break
        self.people.append((index, person))
        self.people.sort(key=lambda item: item[0])

    def spoke(self, person: Person, index: int) -> None:
        if not self.last_speaker or index >= self.last_speaker[0]:
            self.last_speaker = (index, person)


def _same_name(a: str, b: str, lang: str) -> bool:
    a, b = normalise(a), normalise(b)
    if a == b:
        return True
    if lang == "en":
        return False
    # Ukrainian and Russian names decline: "Зеленський", "Зеленського"
    common = 0
    for x, y in zip(a, b):
        if x != y:
            break
        common += 1
    return common >= max(4, min(len(a), len(b)) - 3)


def _state(ctx: DocContext, lex: _Lexicon) -> _DocState:
    state = ctx.components.get("events")
    if state is None:
        state = ctx.components["events"] = _DocState(ctx=ctx, lex=lex)
    return state


# ------------------------------------------------------------------ one sentence


class _Quote(NamedTuple):
    open_i: int  # token index of the opening mark; -1 when it opened in an earlier sentence
    close_i: int  # token index of the closing mark; -1 when it stays open past this sentence
    start: int  # document offsets of the quoted text, marks excluded
    end: int
    first: int  # document offset where the quotation's first sentence starts


class Mention(NamedTuple):
    start: int  # token span, role included
    end: int
    person: Person


class _Sentence:
    """A sentence's tokens with the event cues found in them, and the helpers that read them."""

    def __init__(self, info: SentenceInfo, ctx: DocContext, lex: _Lexicon, state: _DocState, quotes: bool = True):
        self.info, self.ctx, self.lex, self.state = info, ctx, lex, state
        self.tokens = info.tokens
        self.n = len(self.tokens)
        self.by: dict[str, list[Match]] = {}
        for m in lex.cues.find_all(self.tokens):
            category, payload, capitalised = m.value
            if capitalised and not self.tokens[m.start].text[:1].isupper():
                continue
            self.by.setdefault(category, []).append(Match(m.start, m.end, payload))
        self.anchor = info.index
        self.quotes = self._scan_quotes() if quotes else []
        self.quoted = [False] * self.n
        for q in self.quotes:
            for k in range(max(q.open_i, 0), q.close_i + 1 if q.close_i >= 0 else self.n):
                self.quoted[k] = True
        self.dated = {k for d in info.dates for k in range(d.start, d.end)}
        # tokens that cannot be part of a name: places, dates, countries, roles, verbs …
        self.blocked = set(self.dated) | {k for p in info.places for k in range(p.start, p.end)} | {
            k for c in ("country", "venue", "role", "institution", "media", "verb", "pronoun")
            for m in self.cat(c) for k in range(m.start, m.end)}
        self.speakers: list[tuple[int, int, Person]] = []  # quotations' token spans and who said them
        self._mentions: list[Mention] | None = None

    # -- cues

    def cat(self, name: str) -> list[Match]:
        return self.by.get(name, _NONE)  # read only, shared with SentenceInfo.cat

    def cue_at(self, name: str, k: int) -> Match | None:
        """The longest cue of a category starting at token k."""
        best = None
        for m in self.cat(name):
            if m.start == k and (best is None or m.end > best.end):
                best = m
        return best

    def covering(self, name: str, k: int) -> Match | None:
        for m in self.cat(name):
            if m.start <= k < m.end:
                return m
        return None

    def is_word(self, name: str, k: int) -> bool:
        return 0 <= k < self.n and self.lex.has(name, self.tokens[k])

    # -- text

    def text(self, lo: int, hi: int) -> str:
        return self.info.text_of(lo, hi)

    def chars(self, lo: int, hi: int) -> tuple[int, int]:
        return self.tokens[lo].start, self.tokens[hi - 1].end

    def evidence(self, lo: int, hi: int) -> Evidence:
        sent = self.info.sent
        start, end = self.chars(lo, hi) if lo < hi else (sent.start, sent.end)
        return Evidence(start=start, end=end, sentence=sent.text, sentence_start=sent.start, sentence_end=sent.end)

    def date(self, lo: int | None = None, hi: int | None = None, own: bool = False):
        """A date at the phrase, else in the sentence (outside quotations), else the story's day.

        `own`: the phrase is a noun phrase whose date is the event's only ("their 2 June talks").
        """
        tokens = self.tokens
        usable = [d for d in self.info.dates if d.date and not d.bound and not self.quoted[d.start]
                  and not (d.start > 0 and self.lex.has("since", tokens[d.start - 1]))]
        if lo is not None:
            assert hi is not None  # given with lo
            near = [d for d in usable if d.end >= lo and d.start <= hi]
            if near:
                if own:
                    self.state.phrase_date = (near[0].date, self.ctx.last_date)
                return near[0].date
        if usable:
            return usable[0].date
        story = self.ctx.last_date
        if self.state.phrase_date and story == self.state.phrase_date[0]:
            story = self.state.phrase_date[1]
        return story or self.ctx.reference

    # -- quotations

    def _scan_quotes(self) -> list[_Quote]:
        sent, tokens, state = self.info.sent, self.tokens, self.state
        stack: list[tuple[int, str]] = []
        pending = state.open_quote if state.open_quote and state.open_quote.line == sent.line else None
        state.open_quote = None
        if pending:
            stack.append((-1, pending.closers))
        spans = []
        for i, t in enumerate(tokens):
            if t.kind != "punct" or t.text not in _QUOTE_MARKS:
                continue
            if stack and t.text in stack[-1][1]:
                opened, _ = stack.pop()
                if not stack:  # only the outermost quotation: «… „…“ …» is one
                    spans.append((opened, i))
            elif t.text in _OPENERS:
                stack.append((i, _OPENERS[t.text]))
        if stack:
            spans.append((stack[0][0], -1))
        # "he said" after a quotation of several sentences looks back from where the quotation began
        self.anchor = pending.index if pending else self.info.index
        quotes = []
        for opened, closed in spans:
            start = pending.start if opened < 0 else tokens[opened].end  # type: ignore[union-attr]
            end = tokens[closed].start if closed >= 0 else sent.end
            first = pending.first if opened < 0 else sent.start  # type: ignore[union-attr]
            quotes.append(_Quote(opened, closed, start, end, first))
            if closed < 0:
                state.open_quote = _Open(start, first, sent.line, stack[0][1],
                                         pending.index if pending else self.info.index)
        return quotes

    # -- clauses and phrases

    def boundary(self, k: int) -> bool:
        t = self.tokens[k]
        if t.kind == "punct":
            return t.text in _CLAUSE_PUNCT or t.text in _STOP_PUNCT or t.text in _QUOTE_MARKS
        return self.lex.has("boundaries", t)

    def clause_start(self, i: int) -> int:
        """Where the clause holding token i starts: after punctuation, a clause word or a reporting verb."""
        k = i - 1
        while k >= 0 and not self.boundary(k) and not (self.covering("verb", k) and not self.quoted[k]):
            k -= 1
        return k + 1

    def clause_end(self, i: int) -> int:
        k = i
        while k < self.n and not self.boundary(k):
            k += 1
        return k

    def is_verb(self, k: int) -> bool:
        """Ukrainian and Russian: the analyser knows verbs; English relies on np_stop."""
        if self.lex.lang == "en":
            return False
        t = self.tokens[k]
        found = parses(t.norm, self.lex.lang) if t.kind == "word" and t.norm[:1].isalpha() else ()
        return bool(found) and found[0][1].startswith(("VERB", "INFN", "GRND"))

    def np_word(self, k: int) -> bool:
        """May token k go on a noun phrase?"""
        t = self.tokens[k]
        if t.kind == "punct":
            return t.text in ("-", "&", "'", "’", "/", ".") and not (t.text == "." and k == self.n - 1)
        if self.lex.has("boundaries", t) or self.lex.has("np_stop", t) or self.covering("verb", k):
            return False
        if self.lex.has("prepositions", t) and not self.lex.has("of", t):
            return False
        return not self.is_verb(k)

    def np_end(self, k: int, limit: int | None = None) -> int:
        limit = self.n if limit is None else limit
        e = k
        while e < limit and e - k < 10 and self.np_word(e) and not (e > k and self.lex.has("relative", self.tokens[e])):
            e += 1
        return e

    def np_after(self, k: int, limit: int | None = None) -> tuple[int, int]:
        """The noun phrase after a reporting verb, past where it was said ("в Telegram")."""
        channel = self.cue_at("channel", k)
        if channel:
            k = channel.end
        start = k
        if self.lex.lang != "en" and k < self.n and self.is_word("locative", k):
            k += 1  # "сказали в обласному енергопостачальнику": the supplier said it
        return start, self.np_end(k, limit)

    def chain_at(self, k: int, area: bool = False) -> int | None:
        """End of a preposition that continues a phrase ("of", "in", "between"; for ground fighting "along")."""
        if k >= self.n:
            return None
        if area:
            m = self.cue_at("area_prep", k)
            if m:
                return m.end
        return k + 1 if self.lex.has("chain", self.tokens[k]) else None

    def extend_right(self, k: int, area: bool = False) -> int:
        """"talks" -> "talks in Istanbul between Russian and Ukrainian negotiators"."""
        hi = k
        if self.lex.lang != "en":  # a genitive follows its noun: "переговори делегацій України та США"
            while hi < self.n and hi - k < 6 and self.np_word(hi) and self.chain_at(hi, area) is None \
                    and not self.cue_at("area_prep", hi):
                hi += 1
        while True:
            after = self.chain_at(hi, area)
            if after is None:
                return hi
            c = after
            while c < self.n and self.is_word("articles", c):
                c += 1
            if self.is_word("locative", hi) and not self.place_at(c):
                return hi  # "in more than three years" is not where
            e = c
            while e < self.n and self.np_word(e) and self.chain_at(e, area) is None:
                e += 1
            if e == c:
                return hi
            hi = e

    def modifier(self, k: int, words: str) -> bool:
        t = self.tokens[k]
        return (t.kind == "num" or k in self.dated or self.lex.has(words, t) or bool(self.covering("country", k))
                or bool(_ORDINAL_NUMBER.match(t.text)))

    def phrase(self, m: Match, words: str, area: bool = False) -> tuple[int, int]:
        """The noun phrase around a trigger: its modifiers, an article, its complements."""
        lo = m.start
        while lo > 0 and self.quoted[lo - 1] == self.quoted[m.start]:
            if self.is_word("articles", lo - 1) or self.is_word("possessives", lo - 1):
                lo -= 1
                break
            if not self.modifier(lo - 1, words):
                break
            lo -= 1
        return lo, self.extend_right(m.end, area)

    def clean(self, lo: int, hi: int, possessive: bool = True) -> str:
        """A phrase as a description: no leading possessive ("their 2 June talks"), no length
        ("the more than 1,000-kilometre front line")."""
        while lo < hi and ((possessive and self.is_word("possessives", lo)) or self.tokens[lo].kind == "punct"):
            lo += 1
        while hi > lo and self.tokens[hi - 1].kind == "punct":
            hi -= 1
        parts, k = [], lo
        while (cut := self._measure(k, hi)) is not None:
            parts.append(self.text(k, cut[0]))
            k = cut[1]
        parts.append(self.text(k, hi))
        return " ".join(p for p in parts if p)

    def _measure(self, lo: int, hi: int) -> tuple[int, int] | None:
        """The first length in a span, with its qualifiers: "more than 1,000-kilometre", "1,200 km"."""
        tokens = self.tokens
        for k in range(lo, hi):
            t = tokens[k]
            if not any(ch.isdigit() for ch in t.text):
                continue
            glued = "-" in t.norm and any(t.norm.endswith(w) for w in self.lex.words["measure_words"])
            end = k + 1 if glued else (k + 2 if k + 1 < hi and self.is_word("measure_words", k + 1) else None)
            if end is None:
                continue
            start = k
            while start > lo and self.is_word("qualifiers", start - 1):
                start -= 1
            return start, end
        return None

    # -- places

    def place_at(self, k: int) -> tuple[str, int] | None:
        """A place named at token k (an article skipped): a venue, a gazetteer place, a capitalised name."""
        while k < self.n and self.is_word("articles", k):
            k += 1
        if k >= self.n:
            return None
        venue = self.cue_at("venue", k)
        if venue:
            return venue.value, venue.end
        for p in self.info.places:
            if p.start == k:
                return self.place_name(p), p.end
        e = k
        while e < self.n and self.tokens[e].kind == "word" and self.tokens[e].text[:1].isupper() \
                and not self.is_word("not_names", e) and e not in self.dated:
            e += 1
        return (self.text(k, e), e) if e > k else None

    def place_name(self, p: PlaceMatch) -> str:
        """A place as the text names it, in the nominative: "Києві" -> "Київ", "Курській області" ->
        "Курська область" (region_name() would load the regions table for this alone)."""
        return p.name if self.lex.lang == "en" else self.nominative(p.start, p.end)

    def place_in(self, lo: int, hi: int) -> tuple[str, int, int] | None:
        """The first venue or settlement in a span: (name, start, end)."""
        spots = [(m.start, m.end, m.value) for m in self.cat("venue") if lo <= m.start < hi]
        spots += [(p.start, p.end, self.place_name(p)) for p in self.info.places
                  if lo <= p.start < hi and p.kind in ("city", "region")]
        if not spots:
            return None
        start, end, name = min(spots)
        return name, start, end

    # -- people

    @property
    def mentions(self) -> list[Mention]:
        if self._mentions is None:
            self._mentions = self._find_mentions()
        return self._mentions

    def name_like(self, k: int) -> bool:
        t = self.tokens[k]
        if t.kind != "word" or not t.text[:1].isupper() or (len(t.text) > 1 and t.text.isupper()):
            return False
        return k not in self.blocked and not self.is_word("not_names", k)

    def _find_mentions(self) -> list[Mention]:
        found, k = [], 0
        while k < self.n:
            if self.quoted[k] or not self.name_like(k):
                k += 1
                continue
            e = k + 1
            while e < self.n and (self.name_like(e) or (self.covering("known", e) and not self.quoted[e])):
                e += 1
            mention = self._person_at(k, e)
            if mention:
                found.append(mention)
            k = e
        return found

    def _person_at(self, k: int, e: int) -> Mention | None:
        role_start = self.role_start(k)
        said = e < self.n and self.cue_at("verb", e) is not None
        aged = e + 2 < self.n and self.tokens[e].text == "," and self.tokens[e + 1].kind == "num" \
            and self.tokens[e + 2].text == ","  # "Serhiy, 48, who lives on the ground floor"
        known = any(self.covering("known", j) for j in range(k, e))
        evidence = role_start is not None or said or aged or known or self._morph_name(k, e)
        # read back the sentences let out before only for a word that names a person anyway
        registered = self.state.find(self.text(k, e), read_back=evidence)
        if not (evidence or registered):
            return None
        role = self.nominative(role_start, k) if role_start is not None else None
        name = self.nominative(k, e, whole=True)  # "за словами Бориса Пісторіуса" -> "Борис Пісторіус"
        if registered:
            name = max(registered.name, name, key=len) if _same_name(registered.name.split()[-1],  # type: ignore[arg-type, assignment, union-attr]
                                                                     name.split()[-1], self.lex.lang) else name
            role = role or registered.role
        return Mention(k if role_start is None else role_start, e, Person(name, role))

    def _morph_name(self, k: int, e: int) -> bool:
        """Ukrainian and Russian: a first name in the run ("Борис Пісторіус")."""
        if self.lex.lang == "en":
            return False
        return any("Name" in tag for j in range(k, e) for _, tag in parses(self.tokens[j].norm, self.lex.lang)[:3])

    def role_start(self, k: int) -> int | None:
        """Where a role phrase ending at the name at k starts, or None.

        English puts the role right before the name ("German defence minister Boris
        Pistorius"); Ukrainian and Russian may put a genitive between ("міністр оборони
        Німеччини Борис Пісторіус").
        """
        reach = 0 if self.lex.lang == "en" else 4
        best = None
        for m in self.cat("role"):
            if k - reach <= m.end <= k and all(self.tokens[j].kind == "word" for j in range(m.end, k)) \
                    and not any(self.quoted[j] for j in range(m.start, k)):
                if best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
                    best = m
        if best is None:
            return None
        s = best.start
        while s > 0:
            prev = s - 1
            if self.is_word("role_modifiers", prev) or self.covering("country", prev) or self.covering("role", prev):
                s = prev
            elif self.tokens[prev].norm == "'s" and prev > 0 and self.covering("country", prev - 1):
                s = prev - 1
            else:
                break
        return s

    def pronoun_person(self, at: int) -> Person | None:
        """"he said": the last person named before, in this sentence or a few before it."""
        before = [m for m in self.mentions if m.end <= at]
        if before:
            return before[-1].person
        window = self.lex.setting("quotes", "pronoun_window", 3)
        if self.state.unread:
            self.state.catch_up()
        candidates = [self.state.people[-1]] if self.state.people else []
        if self.state.last_speaker:
            candidates.append(self.state.last_speaker)
        recent = [c for c in candidates if self.anchor - c[0] <= window]
        return max(recent, key=lambda c: c[0])[1] if recent else None

    def speaker(self, lo: int, hi: int, resolve: bool = True) -> Person | None:
        """Who a phrase names: a person (resolved against those named before), a role, an institution."""
        tokens = self.tokens
        while lo < hi and (tokens[lo].kind == "punct" or self.is_word("conjunctions", lo)
                           or self.is_word("articles", lo)):
            lo += 1
        channel = next((m for m in self.cat("channel") if m.start == lo), None)
        if channel:
            lo = channel.end
        if lo < hi and self.lex.lang != "en" and self.is_word("locative", lo) and hi - lo > 1:
            lo += 1  # "У Міноборони РФ заявили": the ministry
        for j in range(lo + 1, hi):
            if self.is_word("relative", j) or tokens[j].text == "," or self.cue_at("channel", j) is not None:
                hi = j
                break
        if lo >= hi or hi - lo > 10:
            return None
        if hi - lo == 1 and self.is_word("vague", lo):
            return Person()  # "they said": attributed, to no one in particular
        if (hi - lo == 1 and self.cue_at("pronoun", lo)) or (hi - lo <= 3 and self.is_word("subject_pronouns", hi - 1)):
            # "he said", "Later he added"; no one named before: still attributed
            return self.pronoun_person(hi - 1) or Person()
        media = next((m for m in self.cat("media") if lo <= m.start and m.end < hi), None)
        if media:
            return Person(label=self.text(media.end, hi))  # "German news agency dpa" -> "dpa"
        inside = [m for m in self.mentions if lo <= m.start and m.end <= hi + 1]
        if inside:
            return inside[-1].person
        roles = [m.start for m in self.cat("role") if lo <= m.start < hi]
        institutions = [m.start for m in self.cat("institution") if lo <= m.start < hi]
        if roles and (not institutions or min(roles) < min(institutions)):  # "начальник ОВА" is a person
            head = normalise(tokens[max(roles)].text)
            return (self.state.by_role(head) if resolve else None) or Person(role=self.nominative(lo, hi))
        return Person(label=self.label(lo, hi))

    def nominative(self, lo: int, hi: int, whole: bool = False) -> str:
        """"за словами начальника Донецької ОВА" -> "начальник Донецької ОВА": the head noun and the
        adjectives before it in the nominative (every word of a name, `whole`); English as it stands."""
        if self.lex.lang == "en":
            return self.text(lo, hi)
        words = []
        for k in range(lo, hi):
            token = self.tokens[k]
            if token.kind != "word":
                break
            pos, form = nominative_reading(token.norm, self.lex.lang)
            if pos == "PREP":
                break  # "один из участников рынка": what follows a preposition keeps its case
            words.append(_restore_case(form, token.text) if form is not None else token.text)
            if pos == "NOUN" and not whole:
                rest = self.text(k + 1, hi)
                return " ".join(words) + (" " + rest if rest else "")
        return " ".join(words) if whole and len(words) == hi - lo else self.text(lo, hi)

    def label(self, lo: int, hi: int) -> str:
        """An institution's name: the pipeline's claimant name where it has one ("Russia's defence
        ministry" -> "RU Ministry of Defence"), a single declined word in its dictionary form."""
        for m in self.info.cat("claimant"):
            if lo <= m.start and m.end <= hi and 2 * (m.end - m.start) >= hi - lo:
                return m.value[1]
        return self.nominative(lo, hi)  # "за даними Генштабу" -> "Генштаб"

    def verb_speaker(self, v: Match, resolve: bool = True) -> Person | None:
        """The speaker of a reporting verb: the words before it, after it, or the sentence's subject."""
        if self.tokens[v.start].norm in self.lex.participles:
            return self.subject(v.start)  # "…, noting that …"
        lo = self.clause_start(v.start)
        if lo < v.start:
            return self.speaker(lo, v.start, resolve)
        return self.speaker(*self.np_after(v.end), resolve=resolve)  # "said the governor", "– сказав він"

    def subject(self, before: int) -> Person | None:
        named = [m for m in self.mentions if m.end <= before]
        if named:
            return named[0].person
        if self.n and self.cue_at("pronoun", 0):
            return self.pronoun_person(0)
        return None

    def according(self) -> Match | None:
        """The first "according to" outside quotations.

        Who it names is looked up anew at each use, not kept: a quotation's speaker noted in
        between may be who "according to him" means.
        """
        return next((m for m in self.cat("according") if not self.quoted[m.start]), None)

    def reporter(self, at: int = 0) -> str | None:
        """Who the sentence says asserts what is at token `at`: "according to X", else the reporting
        verb nearest before it ("X said …"), else the first one after it ("…, X said")."""
        according = self.according()
        if according:
            person = self.speaker(*self.np_after(according.end))
            return person.display if person else None
        verbs = [v for v in self.cat("verb") if not self.quoted[v.start]]
        before = [v for v in verbs if v.start < at]
        after = [v for v in verbs if v.start >= at]
        for v in before[::-1] + after:
            person = self.verb_speaker(v)
            if person:
                return person.display
        return None

    def codes(self, lo: int, hi: int, skip: tuple = ()) -> list[tuple[int, str]]:
        """Countries and blocs named in a span, with known people's sides: [(token, code)].

        Not those that are a target or a place: "sanctions against Russia", "talks in Moscow".
        """
        found = [(m.start, m.value) for m in self.cat("country") + self.cat("known")
                 if lo <= m.start < hi and not (skip and skip[0] <= m.start < skip[1]) and not self.governed(m.start)]
        return sorted(found)

    def governed(self, k: int) -> bool:
        """Is token k the object of a target or place preposition ("against Russia", "in Ukraine")?"""
        j = k - 1
        while j >= 0 and self.is_word("articles", j):
            j -= 1
        return j >= 0 and (self.is_word("locative", j) or any(m.end == j + 1 for m in self.cat("target_prep")))


def _restore_case(lemma: str, surface: str) -> str:
    parts, shape = lemma.split("-"), surface.split("-")
    return "-".join(p.capitalize() if i < len(shape) and shape[i][:1].isupper() else p
                    for i, p in enumerate(parts))


def _unique(items) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out


# ------------------------------------------------------------------ entry point


def event_claims(info: SentenceInfo, ctx: DocContext) -> list[ClaimBase]:
    lex = _lexicon(ctx.data.code)
    state = _state(ctx, lex)
    if state.open_quote is None and not _worth_reading(info, lex):
        state.unread.append(info)
        return []
    s = _Sentence(info, ctx, lex, state)
    claims: list[ClaimBase] = []
    claims += _statements(s)
    talks = _talks(s)
    claims += talks
    if not talks:  # "delegations met in Istanbul for talks": one event
        claims += _meetings(s)
    claims += _visits(s)
    claims += _sanctions(s)
    claims += _ground(s)
    for m in s.mentions:
        state.remember(m.person, info.index)
    _remember_speaker(s)
    return claims


def _worth_reading(info: SentenceInfo, lex: _Lexicon) -> bool:
    """The pre-check: a quotation mark, a word that starts like a trigger, or "Name, 44,"."""
    text = info.sent.text
    if _QUOTE_CHAR.search(text):
        return True
    prepare(info.tokens, info.data)
    for t in info.tokens:
        if t.lex.flags & _TRIGGER_WORD:
            return True
    return _AGE_COMMAS.search(text) is not None and _APPOSITION.search(text) is not None


def _starts_like_a_trigger(lexeme: Lexeme, data) -> bool:
    return _trigger(lexeme.norm, _lexicon(data.code))


def _trigger(norm: str, lex: _Lexicon) -> bool:
    found = lex.stems.get(norm[:3])
    return norm in lex.exact_triggers or bool(found and any(norm.startswith(stem) for stem in found))


_TRIGGER_WORD = new_flag(_starts_like_a_trigger)


def _remember_speaker(s: _Sentence) -> None:
    """"повідомив начальник обласної військової адміністрації" … «…», – сказав він."""
    for v in s.cat("verb"):
        if not s.quoted[v.start]:
            person = s.verb_speaker(v, resolve=False)
            if person and (person.name or person.role):
                s.state.spoke(person, s.info.index)
            return


# ------------------------------------------------------------------ statements


def _statements(s: _Sentence) -> list[Statement]:
    out = []
    min_words = s.lex.setting("quotes", "min_words", 2)
    min_partial = s.lex.setting("quotes", "min_words_partial", 3)
    doc = s.ctx.doc.text
    sent = s.info.sent
    for q in s.quotes:
        if q.close_i < 0:
            continue  # it closes in a later sentence
        start, end = _strip_quote(doc, q.start, q.end)
        text = re.sub(r"\s+", " ", doc[start:end])
        partial = _partial(s, q)
        if len(_WORD.findall(text)) < (min_partial if partial else min_words):
            continue  # a name or a term in quotes: «Шахед», “locationally lost”
        speaker, source = _attribution(s, q, partial)
        if speaker is None and source is None and not partial:
            speaker, source = _continued(s)
        if speaker is None and source is None:
            continue
        speaker = speaker or source
        s.speakers.append((max(q.open_i, 0), q.close_i, speaker))  # type: ignore[arg-type]
        s.state.last_statement = (speaker, source, sent.paragraph, s.info.index)
        if speaker.name or speaker.role:  # type: ignore[union-attr]
            s.state.spoke(speaker, s.info.index)  # type: ignore[arg-type]
        claimant = (source or speaker).display  # type: ignore[union-attr]
        out.append(Statement(
            date=s.date(q.close_i + 1, s.n) if q.close_i + 1 < s.n else s.date(),
            claimant=claimant, speaker=speaker.name or speaker.label, role=speaker.role, quote=text,  # type: ignore[union-attr]
            evidence=Evidence(start=start, end=end, sentence=doc[q.first:sent.end], sentence_start=q.first,
                              sentence_end=sent.end),
        ))
    return out


def _strip_quote(doc: str, start: int, end: int) -> tuple[int, int]:
    """The quoted words without the comma or dash that ends them inside the marks."""
    while start < end and doc[start].isspace():
        start += 1
    while end > start and (doc[end - 1].isspace() or doc[end - 1] in ",;:–—-"):
        end -= 1
    return start, end


def _partial(s: _Sentence, q: _Quote) -> bool:
    """A quotation inside a sentence ("it has “no interest in …”"), not one that opens it or follows a colon."""
    if q.open_i <= 0:
        return False
    if s.tokens[q.open_i - 1].text == ":":
        return False
    return any(t.kind != "punct" for t in s.tokens[:q.open_i])


def _attribution(s: _Sentence, q: _Quote, partial: bool) -> tuple[Person | None, Person | None]:
    """(speaker, source) of a quotation.

    The speaker is named after it ("…,” Terekhov said", "…», – сказав він") or before it
    ("X said: “…”", "X: «…»", "noting that it has “…”"); the source is who reports it
    ("according to German news agency dpa").
    """
    according = s.according()
    source = s.speaker(*s.np_after(according.end)) if according else None
    speaker = _speaker_after(s, q) if _ends_clause(s, q, partial) else None
    if speaker is None and q.open_i > 0:
        speaker = _speaker_before(s, q.open_i)
    if speaker and source and speaker.display == source.display:
        source = None
    return speaker, source


def _ends_clause(s: _Sentence, q: _Quote, partial: bool) -> bool:
    """“…,” he said / «…», – сказав він: the words after a quotation name its speaker only when it
    closes a clause; not in "said it had hit “a workshop …” and energy facilities that it said …"."""
    if not partial:
        return True
    inside = s.ctx.doc.text[q.start:q.end].rstrip()
    after = s.tokens[q.close_i + 1] if q.close_i + 1 < s.n else None
    return inside[-1:] in (",", "!", "?") or (after is not None and after.text in _DASHES)


def _speaker_after(s: _Sentence, q: _Quote) -> Person | None:
    j = q.close_i + 1
    while j < s.n and s.tokens[j].kind == "punct" and s.tokens[j].text in _DASHES:
        j += 1
    end = j
    while end < s.n and not (s.tokens[end].kind == "punct" and (s.tokens[end].text in _STOP_PUNCT
                                                                 or s.tokens[end].text in _QUOTE_MARKS)):
        end += 1
    if s.cue_at("impersonal", j) is not None:
        return None  # "– йдеться в повідомленні"
    verb = next((v for v in s.cat("verb") if j <= v.start < min(end, j + 12)), None)
    if verb is None:
        return None
    if verb.start == j:
        return s.speaker(*s.np_after(verb.end, end))
    return s.speaker(j, verb.start)


def _speaker_before(s: _Sentence, open_i: int) -> Person | None:
    verbs = [v for v in s.cat("verb") if v.end <= open_i and not s.quoted[v.start]]
    if verbs:
        return s.verb_speaker(verbs[-1])
    if s.tokens[open_i - 1].text == ":":  # "Zelensky: “…”"
        return s.speaker(s.clause_start(open_i - 1), open_i - 1)
    return None


def _continued(s: _Sentence) -> tuple[Person | None, Person | None]:
    """A quotation standing alone right after another one in the paragraph goes on the same words."""
    last = s.state.last_statement
    if last and last[2] == s.info.sent.paragraph and s.info.index - last[3] <= 2:
        return last[0], last[1]
    return None, None


# ------------------------------------------------------------------ talks and meetings


def _first_unquoted(s: _Sentence, *categories: str) -> Match | None:
    found = [m for c in categories for m in s.cat(c) if not s.quoted[m.start]]
    if not found:
        return None
    return min(found, key=lambda m: (m.start, -m.end))


def _talks(s: _Sentence) -> list[Talks]:
    trigger = _first_unquoted(s, "talks")
    if trigger is None:
        return []
    lo, hi = s.phrase(trigger, "talks_mod")
    place = s.place_in(lo, hi) or s.place_in(s.clause_start(trigger.start), s.clause_end(trigger.end)) \
        or s.place_in(0, s.n)
    skip = (place[1], place[2]) if place else ()
    joined = _participants(s)
    parties = _talk_parties(s, trigger, skip, joined)
    if not parties and not place:
        return []  # "Переговори." as a heading: nothing to claim
    description = s.clean(lo, hi)
    if joined and s.lex.setting("grammar", "between", "") and not (lo <= joined[0] < hi) \
            and len({c for _, c in s.codes(*joined)}) >= 2:
        description += f" {s.lex.setting('grammar', 'between', '')} {s.text(*joined)}"
    return [Talks(date=s.date(lo, hi, own=True), claimant=s.reporter(lo), parties=parties,
                  place=place[0] if place else None, description=description, evidence=s.evidence(lo, hi))]


def _talk_parties(s: _Sentence, trigger: Match, skip: tuple, joined: tuple[int, int] | None) -> list[str]:
    """The sides in the trigger's clause; else in the phrase naming the negotiators (`joined`); else in the sentence."""
    lo, hi = s.clause_start(trigger.start), s.clause_end(trigger.end)
    codes = s.codes(lo, hi, skip)
    if not codes:
        codes = s.codes(*joined, skip) if joined else []
    if len({c for _, c in codes}) < 2:
        # "Президент США заявил, что провёл … переговоры с Россией": the reporter's side too
        verb = next((v for v in s.cat("verb") if v.start < trigger.start and not s.quoted[v.start]), None)
        if verb:
            codes += s.codes(s.clause_start(verb.start), verb.start)
    return _unique(code for _, code in sorted(codes))


def _participants(s: _Sentence) -> tuple[int, int] | None:
    """"Russian and Ukrainian negotiators": the negotiators with the sides named before them."""
    for m in s.cat("participants"):
        if s.cue_at("verb", m.end):
            continue  # "Ukrainian officials said": who reports, not who negotiates
        k = m.start
        while k > 0 and (s.covering("country", k - 1) or s.is_word("conjunctions", k - 1)):
            k -= 1
        if s.lex.lang != "en" and not s.codes(k, m.end):  # "делегації України та США": sides after
            e = m.end
            while e < s.n and (s.covering("country", e) or s.is_word("conjunctions", e)):
                e += 1
            if s.codes(m.end, e):
                return m.start, e
        if s.codes(k, m.start):
            return k, m.end
    return None


def _meetings(s: _Sentence) -> list[Meeting]:
    trigger = _first_unquoted(s, "meeting", "meet")
    if trigger is None:
        return []
    is_verb = s.cue_at("meet", trigger.start) is not None and not (
        s.is_word("articles", trigger.start - 1) and s.cue_at("meeting", trigger.start) is not None)
    if is_verb:
        lo, hi = s.clause_start(trigger.start), s.clause_end(trigger.end)
    else:
        lo, hi = s.phrase(trigger, "meeting_mod")
    place = s.place_in(lo, hi) or s.place_in(0, s.n)
    parties = _between(s, lo, hi, place) or _meeting_parties(s, lo, hi, place)
    if not parties and not place:
        return []
    return [Meeting(date=s.date(lo, hi, own=not is_verb), claimant=s.reporter(lo), parties=parties,
                    place=place[0] if place else None, description=s.clean(lo, hi, possessive=not is_verb),
                    evidence=s.evidence(lo, hi))]


def _between(s: _Sentence, lo: int, hi: int, place) -> list[str]:
    """"a meeting between Zelensky and Vladimir Putin", "between the U.S. and Russian presidents"."""
    start = next((k + 1 for k in range(lo, hi) if s.is_word("between", k)), None)
    if start is None:
        return []
    end = place[1] - 1 if place and start < place[1] <= hi else hi
    parties, k = [], start
    while k < end:
        e = k
        while e < end and not s.is_word("conjunctions", e) and s.tokens[e].text != ",":
            e += 1
        if e > k:
            parties.append(_party(s, k, e))
        k = e + 1
    return _unique(p for p in parties if p)


def _party(s: _Sentence, lo: int, hi: int) -> str | None:
    """One item of a list of parties: a person's name, a country's code, else the words."""
    for m in s.mentions:
        if lo <= m.start < hi:
            return m.person.name
    codes = s.codes(lo, hi)
    if codes:
        return codes[0][1]
    while lo < hi and s.is_word("articles", lo):
        lo += 1
    return s.text(lo, hi) if lo < hi else None


def _meeting_parties(s: _Sentence, lo: int, hi: int, place) -> list[str]:
    """Who meets: "leaders of …" after the trigger, groups ("NATO leaders"), people, countries."""
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for g in s.cat("group"):
        if s.quoted[g.start] or s.cue_at("verb", g.end):
            continue  # "Ukrainian officials said": who reports, not who meets
        a = g.start
        while a > 0 and (s.tokens[a - 1].text[:1].isupper() or s.covering("country", a - 1)
                         or s.tokens[a - 1].kind == "num") and not s.boundary(a - 1) \
                and not s.covering("meeting", a - 1) and not s.covering("role", a - 1):
            a -= 1
        b = g.end
        if b < s.n and s.is_word("of", b):  # "leaders of southeast European countries in Odesa"
            b = s.extend_right(b - 0, area=False) if s.chain_at(b) else b
            if place and place[1] < b:
                b = place[1] - 1 if s.is_word("locative", place[1] - 1) else place[1]
        if a == g.start and b == g.end:
            continue  # a bare "officials" is nobody in particular
        found.append((a, s.clean(a, b)))
        taken.append((a, b))
    for m in s.mentions:
        if lo <= m.start < hi:
            found.append((m.start, m.person.name))  # type: ignore[arg-type]
            taken.append((m.start, m.end))
    for k, code in s.codes(lo, hi, (place[1], place[2]) if place else ()):
        if not any(a <= k < b for a, b in taken):
            found.append((k, code))
    if lo < s.n and s.cue_at("pronoun", lo):  # "he and seven European leaders met Donald Trump"
        person = s.pronoun_person(lo)
        if person and person.name:
            found.append((lo, person.name))
    return _unique(name for _, name in sorted(found) if name)


# ------------------------------------------------------------------ visits


def _visits(s: _Sentence) -> list[Visit]:
    triggers = sorted((m for c in ("visit", "visited") for m in s.cat(c) if not s.quoted[m.start]),
                      key=lambda m: m.start)
    if not triggers:
        return []
    person, place = None, None
    for trigger in triggers:
        person = person or _visitor(s, trigger)
        place = place or _visit_place(s, trigger)
    if person is None and place is None:
        return []
    key = (person.name if person else None, place[0] if place else None)
    known = {p for p, _ in s.state.visits}
    if key in s.state.visits or (place is None and key[0] in known):
        return []  # "his visit underlines …": the visit claimed already
    s.state.visits.add(key)
    lo = min([triggers[0].start] + ([m.start for m in s.mentions if m.person == person][:1]))
    hi = max([triggers[0].end] + ([place[1]] if place else []))
    return [Visit(date=s.date(lo, hi), claimant=_other(s.reporter(lo), person),
                  person=person.name if person else None, role=person.role if person else None,
                  place=place[0] if place else None, evidence=s.evidence(lo, hi))]


def _other(claimant: str | None, person: Person | None) -> str | None:
    return None if person and claimant in (person.name, person.role) else claimant


def _visitor(s: _Sentence, trigger: Match) -> Person | None:
    k = trigger.start
    if k > 0 and s.cue_at("pronoun", k - 1):  # "his visit"
        return s.pronoun_person(k - 1)
    if k > 1 and s.tokens[k - 1].norm == "'s":  # "Pistorius's visit"
        named = [m for m in s.mentions if m.end == k - 1]
        if named:
            return named[0].person
    after = [m for m in s.mentions if m.start in (trigger.end, trigger.end + 1)]  # "візит Зеленського"
    if after and s.lex.lang != "en":
        return after[0].person
    before = [m for m in s.mentions if m.end <= k]
    if before:
        return before[0].person
    if s.cue_at("pronoun", 0):
        return s.pronoun_person(0)
    return None


def _visit_place(s: _Sentence, trigger: Match) -> tuple[str, int] | None:
    k = trigger.end
    if k < s.n and s.is_word("place_preps", k):
        k += 1
    elif s.tokens[trigger.end - 1].kind == "word" and s.is_word("place_preps", trigger.end - 1):
        pass  # "arrived in" carries its preposition
    elif s.cue_at("visited", trigger.start) is None:
        return None
    return s.place_at(k)


# ------------------------------------------------------------------ sanctions


class _Money(NamedTuple):
    start: int
    end: int
    amount: float
    currency: str
    unit: str | None


def _sanctions(s: _Sentence) -> list[Sanction]:
    out = []
    triggers = [(m, kind) for kind in ("package", "cap", "embargo", "sanctions") for m in s.cat(kind)]
    triggers.sort(key=lambda item: (item[0].start, -item[0].end))
    taken: list[tuple[int, int]] = []
    for m, kind in triggers:
        if any(a <= m.start < b or a < m.end <= b for a, b in taken):
            continue  # "package of sanctions" holds "sanctions"; "price cap" holds "cap"
        claim = _sanction(s, m, kind)
        if claim:
            out.append(claim)
            taken.append((m.start, m.end))
    return out


def _sanction(s: _Sentence, m: Match, kind: str) -> Sanction | None:
    if kind == "cap":
        return _cap(s, m)
    span = _target_span(s, m.end)
    target = _target(s, span)
    if kind == "package":
        measure = f"{_ordinal(s, m)}sanctions package".strip()
    elif kind == "embargo":
        measure = "embargo"
        target = target or _commodity(s, 0, s.n)
    else:
        imposer = _imposer(s, m)
        measure = f"{imposer} sanctions" if imposer else "sanctions"
        if not target and not imposer:
            return None  # a bare "sanctions" says nothing to claim
    lo, hi = _measure_span(s, m)
    if target:
        hi = max(hi, span[1] if span else m.end)  # an embargo's target may be its commodity: no span
    return Sanction(date=s.date(), claimant=s.reporter(lo), measure=measure, target=target,
                    evidence=s.evidence(lo, hi))


def _measure_span(s: _Sentence, m: Match) -> tuple[int, int]:
    lo = m.start
    while lo > 0 and (s.covering("ordinal", lo - 1) or s.covering("package_mod", lo - 1)
                      or _ORDINAL_NUMBER.match(s.tokens[lo - 1].text) or s.covering("country", lo - 1)
                      or s.covering("commodity", lo - 1) or s.covering("price", lo - 1)):
        lo -= 1
    return lo, m.end


def _ordinal(s: _Sentence, m: Match) -> str:
    """"18th", "Восемнадцатый", "19-го", "latest": what tells this package from the others."""
    for k in range(m.start - 1, max(m.start - 4, -1), -1):
        t = s.tokens[k]
        number = _ORDINAL_NUMBER.match(t.text)
        if number:
            return _english_ordinal(int(number.group(1))) + " "
        o = s.covering("ordinal", k)
        if o:
            return _english_ordinal(o.value) + " "
        mod = s.covering("package_mod", k)
        if mod and s.lex.lang == "en":
            return t.text.lower() + " "
        if not (s.is_word("articles", k) or s.is_word("possessives", k) or s.covering("country", k)):
            break
    return ""


def _english_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _imposer(s: _Sentence, m: Match) -> str | None:
    """"U.S. sanctions", "санкції США": who imposes them, written next to the word."""
    before = s.covering("country", m.start - 1) if m.start > 0 else None
    if before and s.lex.lang == "en":
        return before.value
    after = s.cue_at("country", m.end)
    if after and s.lex.lang != "en":
        return after.value
    return None


def _target_span(s: _Sentence, k: int) -> tuple[int, int] | None:
    """"against Russia", "on Rosneft and Lukoil", "проти Росії": the words after the preposition."""
    for j in range(k, min(k + 4, s.n)):
        prep = s.cue_at("target_prep", j)
        if prep:
            break
        if s.boundary(j):
            return None
    else:
        return None
    start = prep.end
    while start < s.n and s.is_word("articles", start):
        start += 1
    end = s.np_end(start)
    return (start, end) if end > start else None


def _target(s: _Sentence, span: tuple[int, int] | None) -> str | None:
    """What a target span names: a country by its name, else the words."""
    if span is None:
        return None
    start, end = span
    country = s.covering("country", start)
    if country and country.end >= end:
        return _country_name(s, country.value)
    return s.text(start, end)


def _country_name(s: _Sentence, code: str, adjective: bool = False) -> str:
    names = s.lex.names.get(code)
    return names[1 if adjective else 0] if names else code


def _commodity(s: _Sentence, lo: int, hi: int) -> str | None:
    """"Russian oil", "российскую нефть" -> "Russian oil"; a bare "oil" -> "oil"."""
    for m in s.cat("commodity"):
        if lo <= m.start < hi:
            k = m.start - 1
            while k >= 0 and s.tokens[k].kind == "word" and not s.covering("country", k) and m.start - k < 3 \
                    and not s.boundary(k) and not s.is_word("prepositions", k):
                k -= 1
            country = s.covering("country", k) if k >= 0 else None
            if country and country.value in s.lex.names:
                return f"{_country_name(s, country.value, adjective=True)} {m.value}"
            return m.value
    return None


def _cap(s: _Sentence, m: Match) -> Sanction | None:
    """A price cap: its commodity, and each value with what it is (in force, proposed, demanded)."""
    commodity = next((c.value for c in s.cat("commodity")), None)
    priced = bool(s.cat("price")) or commodity is not None
    if not priced and s.state.cap is None:
        return None  # "cap" with no price and no cap before: some other cap
    if commodity:
        measure, target = f"{commodity} price cap", _commodity(s, 0, s.n)
    elif s.state.cap:
        measure, target = s.state.cap
    else:
        measure, target = "price cap", None
    s.state.cap = (measure, target)
    money = _money(s)
    values = _cap_values(s, measure, money)
    lo, hi = _measure_span(s, m)
    hi = max([hi] + [v.end for v in money])
    return Sanction(date=s.date(), claimant=s.reporter(lo), measure=measure, target=target,
                    values=values, evidence=s.evidence(lo, hi))


def _money(s: _Sentence) -> list[_Money]:
    """"USD 60", "$47.60 a barrel", "47,6 доллара за баррель", "210 billion euros"."""
    found = []
    for k, t in enumerate(s.tokens):
        if t.kind != "num":
            continue
        before = next((c for c in s.cat("currency") if c.end == k), None)
        j = k + 1
        scale = s.cue_at("scale", j)
        factor = 1.0
        if scale:
            factor, j = float(scale.value), scale.end
        after = s.cue_at("currency", j)
        currency = before or after or _range_currency(s, j)
        if currency is None:
            continue
        end = after.end if after else (j if before else k + 1)
        unit = next((u.value for u in s.cat("unit") if end <= u.start <= end + 2), None)
        start = before.start if before else k
        found.append(_Money(start, end, _amount(t.text) * factor, currency.value, unit))
    return found


def _range_currency(s: _Sentence, j: int) -> Match | None:
    """"from 60 to 45 dollars", "з 60 до 45 доларів": a bare number before "to" and a priced one."""
    to = s.cue_at("to", j)
    if to is None or to.end >= s.n or s.tokens[to.end].kind != "num":
        return None
    k = to.end + 1
    scale = s.cue_at("scale", k)
    return s.cue_at("currency", scale.end if scale else k)


def _amount(text: str) -> float:
    text = text.replace("\u00a0", "").replace("\u202f", "").replace("\u2009", "").replace(" ", "")
    if "," in text and "." not in text and len(text.split(",")[-1]) != 3:
        text = text.replace(",", ".")  # "47,6"
    return float(text.replace(",", ""))


def _cap_values(s: _Sentence, measure: str, money: list[_Money]) -> list[SanctionValue]:
    commodity = measure.replace(" price cap", "")
    default_unit = s.lex.default_units.get(commodity)
    values = []
    for i, v in enumerate(money):
        status, holder = _value_status(s, v, money, i)
        values.append(SanctionValue(amount=v.amount, currency=v.currency, unit=v.unit or default_unit,
                                    status=status, holder=holder))  # type: ignore[arg-type]
    return values


def _value_status(s: _Sentence, v: _Money, money: list[_Money], i: int) -> tuple[str, str | None]:
    """What a value is: in force, proposed, demanded (and by whom), or a previous one."""
    for a, b, person in s.speakers:
        if a <= v.start <= b:  # "Real peace comes with a USD 30 cap", Zelenskyy said
            return "demanded", person.display
    statuses = [c for c in s.cat("status") if not s.quoted[c.start]]
    if any(c.value == "previous" and v.start - 4 <= c.start < v.start for c in statuses):
        return "other", None  # "вместо прежних 60 долларов", "had been fixed at $60"
    if any(c.value == "in_force" and v.start - 3 <= c.start < v.start for c in statuses):
        return "in_force", None  # "the current $60 cap"
    cues = [c for c in statuses if c.value != "previous"]
    if any(c.value in ("proposed", "demanded") for c in cues):
        cues = [c for c in cues if c.value != "adopted"]  # "запропонував знизити", "urged the EU to approve"
    cue = min(cues, key=lambda c: abs(c.start - v.start)) if cues else None
    if _change(s, v, money, i) == "from":
        # "lowering the cap from USD 60 to USD 45 as the bloc has proposed": 60 holds now;
        # "lowered the cap from $60 to $47.60": 60 held before
        return ("other", None) if cue and cue.value == "adopted" else ("in_force", None)
    if cue is None:
        return "other", None
    if cue.value == "in_force":
        return "in_force", None  # "действует новый потолок … 47,6 доллара"
    return ("in_force" if cue.value == "adopted" else cue.value), _holder(s, cue)


def _change(s: _Sentence, v: _Money, money: list[_Money], i: int) -> str | None:
    """"from A to B", "to B from A": A is "from", B is "to"."""
    def marked(w: _Money, name: str) -> bool:
        return w.start > 0 and s.covering(name, w.start - 1) is not None

    for name, other in (("from", "to"), ("to", "from")):
        if marked(v, name) and any(marked(w, other) for j, w in enumerate(money) if j != i):
            return name
    return None


def _object(s: _Sentence, k: int) -> bool:
    """"over its war in Ukraine", "against Russia": named as an object, not as who acts ("by the EU" acts)."""
    j = k - 1
    while j >= 0 and (s.is_word("articles", j) or s.is_word("possessives", j)):
        j -= 1
    return j >= 0 and (s.is_word("prepositions", j) or s.covering("target_prep", j) is not None) \
        and not s.is_word("agent", j)


def _holder(s: _Sentence, cue: Match) -> str | None:
    """Who proposes or demands: the country, bloc or person named nearest to the word that says so."""
    target = s.cat("commodity")
    candidates = [(m.start, m.value) for m in s.cat("country") if not s.quoted[m.start]
                  and not any(c.start - 2 <= m.start < c.start for c in target) and not _object(s, m.start)]
    candidates += [(m.start, m.person.name) for m in s.mentions]
    if cue.value == "demanded":
        candidates = [c for c in candidates if c[0] < cue.start] or candidates
    if not candidates:
        return s.reporter(cue.start)
    return min(candidates, key=lambda c: (abs(c[0] - cue.start), c[0] > cue.start))[1]


# ------------------------------------------------------------------ ground fighting


def _ground(s: _Sentence) -> list[GroundAction]:
    trigger = _ground_trigger(s)
    if trigger is None:
        return []
    lo, hi = s.phrase(trigger, "ground_mod", area=True)
    clause = lo == 0 or not s.is_word("prepositions", lo - 1)
    if clause:
        # not "alongside a renewed Russian push …" but "Russian forces had kept up dozens of assaults …": the clause
        lo = s.clause_start(trigger.start)
        hi = max(hi, s.clause_end(trigger.end))
    description = s.clean(lo, hi, possessive=not clause)
    actor, area = _actor(s, lo, hi), _area(s, lo, hi)
    if not actor and not area and len(description.split()) < 3:
        return []  # "Бои", "Наступ." as a heading: nothing to claim
    return [GroundAction(date=s.date(lo, hi), claimant=s.reporter(lo), actor=actor, area=area,  # type: ignore[arg-type]
                         description=description, evidence=s.evidence(lo, hi))]


def _ground_trigger(s: _Sentence) -> Match | None:
    context = bool(s.cat("ground_context"))
    strong = {(m.start, m.end) for m in s.cat("ground")}
    for m in sorted(s.cat("ground") + (s.cat("ground_maybe") if context else []), key=lambda m: m.start):
        if s.quoted[m.start]:
            continue
        if any(s.covering("air", k) for k in range(max(m.start - 2, 0), m.start)):
            continue  # "aerial assault", "drone attacks"
        if (m.start, m.end) not in strong and _weapons_in_clause(s, m):
            continue  # "daily Russian attacks with short-range exploding drones and glide bombs"
        return m
    return None


def _weapons_in_clause(s: _Sentence, m: Match) -> bool:
    lo, hi = s.clause_start(m.start), s.clause_end(m.end)
    return any(lo <= w.start < hi for w in s.info.weapons)


def _actor(s: _Sentence, lo: int, hi: int) -> str | None:
    """The side that fights: "Russian forces", "a renewed Russian push"; not "in Russia's Kursk region"."""
    for f in s.cat("forces"):  # a side named with its troops first: "Kyiv's troops", "російські війська"
        if lo <= f.start < hi:
            for k in (f.start - 1, f.start - 2, f.end):
                side = s.covering("country", k) if 0 <= k < s.n else None
                if side and side.value in ("RU", "UA"):
                    return side.value
                if 0 <= k < s.n and s.covering("enemy", k):
                    return s.ctx.enemy_of()
    for k in range(lo, hi):
        enemy = s.cue_at("enemy", k)
        if enemy:
            return s.ctx.enemy_of()
        country = s.cue_at("country", k)
        if country and country.value in ("RU", "UA") and not _after_area_preposition(s, k):
            return country.value
    return None


def _after_area_preposition(s: _Sentence, k: int) -> bool:
    return any(m.end in (k, k - 1) for m in s.cat("area_prep")) or s.is_word("locative", k - 1)


def _area(s: _Sentence, lo: int, hi: int) -> str | None:
    """Where: a direction ("Покровському напрямку"), a region or settlement, else what follows "along"."""
    direction = _direction(s, lo, hi)
    if direction:
        return direction
    place = s.place_in(lo, hi)
    if place:
        return place[0]
    for m in s.cat("area_prep"):
        if lo <= m.start < hi:
            start = m.end
            while start < hi and s.is_word("articles", start):
                start += 1
            end = start
            while end < hi and (s.np_word(end) or s.chain_at(end) is not None):
                end += 1
            if end > start:
                return s.clean(start, end)
    return _direction(s, 0, s.n)  # "167 бойових зіткнень, найбільше – на Покровському напрямку"


def _direction(s: _Sentence, lo: int, hi: int) -> str | None:
    """"Покровському напрямку", "the Pokrovsk direction": a direction with its name before it."""
    for m in s.cat("direction"):
        if lo < m.start < hi and s.tokens[m.start - 1].kind == "word" and not s.boundary(m.start - 1) \
                and not s.is_word("prepositions", m.start - 1) and not s.is_word("articles", m.start - 1):
            return s.text(m.start - 1, m.end)
    return None
