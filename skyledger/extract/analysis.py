"""One sentence, annotated: the cues, counts, weapon phrases, places and dates in it.

Every later component reads a `SentenceInfo`; none re-scans the text.
"""
from __future__ import annotations

from functools import lru_cache

from skyledger.extract.context import CAPITALS, claimant_side
from skyledger.extract.dates import DateExpr, find_dates
from skyledger.extract.lexicon import terms, word_set
from skyledger.extract.numbers import NOT_WORDS, SAYS_NOT, Count, corrections, find_counts
from skyledger.extract.phrases import Match
from skyledger.extract.places import PlaceMatch, gazetteer
from skyledger.extract.text import LIST_JOINS, Lexeme, Sentence, Token, new_flag, prepare
from skyledger.extract.weapons import WeaponPhrase, find_weapons
from skyledger.lang import LanguageData


_NONE: list[Match] = []


@lru_cache(maxsize=128)
def first_words(phrases: frozenset) -> frozenset:
    """The first word of each phrase, once per phrase set."""
    return frozenset(phrase.split(" ", 1)[0] for phrase in phrases)


class SentenceInfo:
    """What annotate found in one sentence. A plain class rather than a dataclass: one is built
    per sentence, and a dataclass's generated __init__ runs as interpreted Python."""

    def __init__(self, data: LanguageData, index: int, sent: Sentence, marks: list[Match], counts: list[Count],
                 weapons: list[WeaponPhrase], places: list[PlaceMatch], by_cat: dict | None = None,
                 corrected: dict | None = None) -> None:
        self.data = data
        self.index = index
        self.sent = sent
        self.marks = marks
        self.counts = counts
        self.weapons = weapons
        self.places = places
        self.dates: list[DateExpr] = []
        self.by_cat: dict = by_cat if by_cat is not None else {}
        self.weapon_at: dict = {}
        self.memo: dict = {}  # per-sentence results several components ask for
        self.corrected: dict = corrected if corrected is not None else {}  # count start -> the figure it takes back ("не 12, а 14")
        # the pipeline's word on the sentence's place among others: under a running total's label ("Підсумки
        # місяця."), or right after a sentence of running totals ("за тот же период" then means that period)
        self.labelled_total = False
        self.after_total = False

    def once(self, name: str, compute):
        """compute(self), computed once per sentence."""
        if name not in self.memo:
            self.memo[name] = compute(self)
        return self.memo[name]

    @property
    def tokens(self) -> list[Token]:
        return self.sent.tokens

    def says(self, section: str, name: str) -> bool:
        """Does the sentence hold one of a lexicon list's phrases, word for word ("toll rose", "its
        forces")? Looked for once per sentence, and only where a phrase's first word is."""
        key = "says:" + section + ":" + name
        if key not in self.memo:
            phrases = terms(self.data, section, name)
            firsts = first_words(phrases)
            found = False
            if any(t.norm in firsts for t in self.tokens):  # most sentences have none of the first words
                words = " " + " ".join(t.norm for t in self.tokens) + " "
                found = any(f" {phrase} " in words for phrase in phrases)
            self.memo[key] = found
        return self.memo[key]

    def says_at(self, k: int, section: str, name: str) -> bool:
        """Does one of a lexicon list's phrases begin at token k ("in total", "загалом", "точнее")?"""
        words = " ".join(t.norm for t in self.tokens[k:k + 4]) + " "
        return any(words.startswith(phrase + " ") for phrase in terms(self.data, section, name))

    def names_an_attack(self) -> bool:
        """Does the sentence hold an attack noun ("удар", "attack", "strike"), with or without a figure?"""
        nouns = word_set(self.data, "grammar", "attack_nouns")
        return any(t.lemma in nouns or t.norm in nouns for t in self.tokens)

    def cat(self, name: str) -> list[Match]:
        return self.by_cat.get(name, _NONE)  # read only: callers never change the list they get

    def mark_at(self, name: str, k: int) -> Match | None:
        """The longest cue of a category that starts at token k (the first of equal length)."""
        found = [m for m in self.cat(name) if m.start == k]
        return max(found, key=lambda m: m.end - m.start) if found else None

    def text_of(self, start: int, end: int) -> str:
        tokens = self.tokens
        if start >= end:
            return ""
        return self.sent.span_text(tokens[start].start, tokens[end - 1].end)


def _generic_anaphora(tokens: list[Token], data: LanguageData, known, places) -> list[Match]:
    """"the central Ukrainian city", "the north-eastern region": the place named before."""
    nouns = word_set(data, "grammar", "anaphora_nouns")
    articles = word_set(data, "grammar", "anaphora_articles")
    if not nouns:
        return []
    taken = {m.start for m in known}
    found = []
    for k, t in enumerate(tokens):
        if t.norm not in articles or k in taken:
            continue
        for j in range(k + 2, min(k + 5, len(tokens))):
            if tokens[j].norm in nouns and all(x.kind == "word" for x in tokens[k + 1:j]) and not any(
                    k < p.end and p.start <= j for p in places):
                after = tokens[j + 1].norm if j + 1 < len(tokens) else ""
                if after != "of":  # "the city of Sumy" names it
                    found.append(Match(k, j + 1, ("anaphora", "anaphora")))
                break
    return found


def _country_areas(marks: list[Match], tokens: list[Token]) -> list:
    out = []
    for m in marks:
        text = " ".join(t.text for t in tokens[m.start:m.end])
        out.append(PlaceMatch(m.start, m.end, m.value[1], "country", text))
    return out


def _dateline(tokens: list[Token], p: PlaceMatch) -> bool:
    """"KYIV, July 9 —", "MOSCOW, Nov 11 (Wire) -", "KIEV —": where the story was filed, not where it happened."""
    if p.start != 0 or p.end >= len(tokens):
        return False
    if tokens[p.end].norm == "(":  # "Moscow (AFP) –": an agency in brackets, then a dash
        close = next((k for k in range(p.end + 1, min(p.end + 5, len(tokens))) if tokens[k].norm == ")"), None)
        return close is not None and close + 1 < len(tokens) and tokens[close + 1].norm in ("—", "–", "-")
    if p.kind != "city" and tokens[p.end].norm != ",":
        return False  # "DONETSK REGION —" heads a section about the region
    return tokens[0].text.isupper() and len(tokens[0].text) > 2 and tokens[p.end].norm in (",", "—", "–")


_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "!", "?"})


def _places(tokens: list[Token], data: LanguageData, index: int = 0) -> list:
    not_after = word_set(data, "context", "not_place_after")
    not_before = word_set(data, "context", "not_place_before")
    state_verbs = terms(data, "context", "state_verbs")
    reporting = terms(data, "grammar", "reporting")
    prepositions = terms(data, "context", "state_not_after")
    kept: list[PlaceMatch] = []
    for p in gazetteer(data.code).find(tokens, data):
        nxt = tokens[p.end] if p.end < len(tokens) else None
        if nxt is not None and (nxt.norm in not_after or nxt.lemma in not_after):
            continue  # "Moscow time", "the Kyiv regime", "the Dnipro river"
        if p.code in CAPITALS and nxt is not None and nxt.norm in state_verbs and not (
                p.end + 1 < len(tokens) and tokens[p.end + 1].norm == "been") and not (
                p.start > 0 and tokens[p.start - 1].norm in prepositions):
            continue  # "Moscow has spent months trying ...", "Kyiv said": the state, not the city ("Kyiv has been hit" is)
        if p.start > 0 and (tokens[p.start - 1].norm in not_before or tokens[p.start - 1].lemma in not_before):
            continue  # "річки Дніпро"
        if p.kind == "city" and _names_a_district(tokens, p.end - 1, data):
            continue  # "the Shevchenkivskyi district", "в Слободском и Основянском районах": not those towns
        if p.kind == "city" and data.code == "en" and p.end - p.start == 1 and p.start > 0 \
                and tokens[p.start - 1].norm == "the" and (nxt is None or nxt.norm in _CLAUSE_ENDS):
            continue  # "shot down over the Dnipro": a river; a town takes no article of its own
        if index <= 6 and _dateline(tokens, p):
            continue  # a dateline opens the story; "KHERSON — A boy was wounded" further on heads a section
        if p.kind == "city" and _surname_after_title(tokens, p.start, data):
            continue  # "Governor Igor Babushkin": a name, not the town of Babushkin
        if p.kind == "city" and p.code not in CAPITALS and _speaks_as_a_name(tokens, p, reporting):
            continue  # "..., Gusev said": the governor, not the town of Gusev
        if p.kind == "country" and kept and kept[-1].end == p.start - 1 and tokens[p.start - 1].norm == "(" \
                and nxt is not None and nxt.norm == ")":
            continue  # "Belgorod region (Russia)": which country the place is in, a gloss
        kept.append(p)
    return kept


def _speaks_as_a_name(tokens: list[Token], p: PlaceMatch, reporting) -> bool:
    """A one-word town between a comma and a verb of saying (", Gusev said") is a person speaking."""
    return p.end - p.start == 1 and p.end < len(tokens) and p.start > 0 and tokens[p.start - 1].norm == "," \
        and (tokens[p.end].norm in reporting or tokens[p.end].lemma in reporting)


def _names_a_district(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """Token k, an adjective of the kind district names are made of ("Shevchenkivskyi", "Слободском"),
    is one of a list of them before "district(s)" / "район"."""
    endings = tuple(terms(data, "grammar", "district_endings"))
    nouns = terms(data, "grammar", "district_list_nouns")
    if not endings or not tokens[k].norm.endswith(endings):
        return False
    for t in tokens[k + 1:k + 12]:
        if t.norm in nouns or t.lemma in nouns:
            return True
        if t.norm not in LIST_JOINS and not t.norm.endswith(endings):
            return False
    return False


def _state_possessive(tokens: list[Token], p: PlaceMatch, claimants: set[int]) -> bool:
    """"Kyiv's air force", "Moscow's defence ministry": the capital stands for its state (not in "Kyiv's mayor")."""
    k = p.end
    if p.code not in CAPITALS or k >= len(tokens) or tokens[k].norm not in ("'s", "’s"):
        return False
    return k + 1 in claimants or k + 2 in claimants


def _surname_after_title(tokens: list[Token], k: int, data: LanguageData) -> bool:
    titles = word_set(data, "grammar", "person_titles")
    if not titles or k < 2 or tokens[k - 1].kind != "word" or not tokens[k - 1].text[:1].isupper():
        return False
    j = k - 2
    if tokens[j].norm == "." and j > 0:
        j -= 1  # "Gov. Igor ..."
    return tokens[j].norm in titles


# Cue categories that can make a sentence give a figure or set a day; a sentence with none of
# them (and no number) is read for its places only.
_LIVE = frozenset({"casualty", "head", "type", "rising", "superseded", "country_area"})


def live_keys(data: LanguageData) -> frozenset:
    """Words that may start a cue of a live category, number words, and day and month names."""
    cached = data._word_sets.get(("live-keys",))
    if cached is None:
        keys = set(data.number_words)
        for name in ("months", "month_lemmas", "weekdays", "weekday_lemmas"):
            keys.update(data.dates.get(name, {}))
        for pattern, value in data.marks._patterns:
            # a hit alone can give a figure: "Влучання в об'єкт" after "... вдарили ракетою"
            if (value[0] in _LIVE or value == ("metric", "hit")) and pattern and not isinstance(pattern[0], str):
                keys.update(pattern[0])
        numbers = data.lexicon.get("numbers", {})
        keys.update(numbers.get("both", []))
        keys.update(numbers.get("all", []))
        cached = data._word_sets[("live-keys",)] = frozenset(keys)
    return cached


def _live(lex: Lexeme, data: LanguageData) -> bool:
    keys = live_keys(data)
    if lex.kind == "num" or lex.norm in keys or not keys.isdisjoint(lex.lemmas):
        return True
    # "twenty-eight over the Kursk region,": a number word written with a hyphen
    return "-" in lex.norm and lex.kind == "word" and lex.norm.split("-", 1)[0] in keys


_LIVE_WORD = new_flag(_live)


def is_live(sent: Sentence, data: LanguageData) -> bool:
    if sent.text.endswith(":"):
        return True  # "Launched:", "Збито:": a lead line's verb governs the list below it
    prepare(sent.tokens, data)
    for t in sent.tokens:
        if t.lex.flags & _LIVE_WORD:
            return True
    return False


def annotate_places_only(index: int, sent: Sentence, data: LanguageData) -> SentenceInfo:
    """A sentence with no number and no cue: only its places matter, to what follows."""
    return SentenceInfo(data=data, index=index, sent=sent, marks=[], counts=[], weapons=[],
                        places=_places(sent.tokens, data, index))


def annotate(index: int, sent: Sentence, data: LanguageData) -> SentenceInfo:
    tokens = sent.tokens
    marks = data.marks.find_all(tokens)
    by_cat: dict[str, list[Match]] = {}
    for m in marks:
        by_cat.setdefault(m.value[0], []).append(m)
    weapons = find_weapons(tokens, data, marks)
    areas = _country_areas(by_cat.get("country_area", []), tokens)
    claimants = {m.start for m in by_cat.get("claimant", []) if claimant_side(m.value[1])}  # bodies of a side
    places = [p for p in _places(tokens, data, index) if not any(a.start <= p.start < a.end for a in areas)
              and not _state_possessive(tokens, p, claimants)] + areas
    places.sort(key=lambda p: p.start)
    if by_cat.get("country_area"):  # "over Russian regions" names a place, not an actor
        areas = [(m.start, m.end) for m in by_cat["country_area"]]
        by_cat["side"] = [m for m in by_cat.get("side", []) if not any(a <= m.start < b for a, b in areas)]
    counts = find_counts(tokens, marks, data, frozenset(w.start for w in weapons))
    corrected: dict[int, int | None] = {}
    if counts and (any(t.lex.flags & SAYS_NOT for t in tokens) or "..." in sent.text):
        pairs = corrections(tokens, counts, data)
        corrected = {new.start: old.value for old, new in pairs}
        wrong = {old.start for old, _new in pairs}
        # "не 12, а 14": 12 is no figure; nor is "Поранених не 17.", "not 17", denied with no other in its place
        counts = [c for c in counts if c.start not in wrong and not (c.qstart > 0 and tokens[c.qstart - 1].norm in NOT_WORDS)]
    info = SentenceInfo(
        data=data,
        index=index,
        sent=sent,
        marks=marks,
        counts=counts,
        weapons=weapons,
        places=places,
        by_cat=by_cat,
        corrected=corrected,
    )
    # A verb inside a weapon phrase is part of its name: "strike UAVs", "multiple launch rocket system".
    inside = [(w.start, w.end) for w in weapons]
    by_cat["metric"] = [m for m in by_cat.get("metric", []) if not any(a <= m.start < b for a, b in inside)]
    by_cat.setdefault("anaphora", []).extend(_generic_anaphora(tokens, data, by_cat.get("anaphora", []), places))
    info.weapon_at = {w.start: w for w in info.weapons}
    return info


def add_dates(info: SentenceInfo, data: LanguageData, reference, last, night=None, published=None,
              named_night=None) -> None:
    info.dates = find_dates(info.sent, info.cat("date"), data, reference=reference, last=last, night=night,
                            published=published, named_night=named_night)
