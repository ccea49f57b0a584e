"""Counts in text: digits, number words in every case, singulars, "both", "all N".

    counts = find_counts(tokens, marks, data)

A count is where a figure is asserted; what it counts (drones, people) is
decided later. Dates, times, percentages, money and decimals are not counts.
"""
from __future__ import annotations

import re
from typing import AbstractSet

from skyledger.extract.dates import month_words
from skyledger.extract.lexicon import terms, word_set
from skyledger.extract.text import LIST_JOINS, Lexeme, Token, new_flag, prepare
from skyledger.extract.phrases import Match
from skyledger.lang import LanguageData
from skyledger.lang.morph import MORPH_LANGS, parses


class Count:
    """A number found in a sentence (a plain class, as PlaceMatch is)."""

    __slots__ = ("start", "end", "value", "qualifier", "form", "qstart", "each")

    def __init__(self, start: int, end: int, value: int | None, qualifier: str, form: str, qstart: int,
                 each: bool = False) -> None:
        self.start = start  # token span of the number itself
        self.end = end
        self.value = value  # None for "all of them", "all the drones": the value comes from what they refer to
        self.qualifier = qualifier  # exact, about, at_least, at_most
        self.form = form  # digits, words, singular, both, all, all_but, dozen, ordinal
        self.qstart = qstart  # start of the qualifier words before it (== start when none)
        self.each = each  # distributive: "eight each", "по 6"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Count) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _key(self) -> tuple:
        return (self.start, self.end, self.value, self.qualifier, self.form, self.qstart, self.each)

    def __repr__(self) -> str:
        return f"Count({self.start}, {self.end}, {self.value}, {self.qualifier!r}, {self.form!r}, {self.qstart})"


_CURRENCY_BEFORE = {"$", "€", "£", "usd", "eur", "uah", "rub", "us$", "грн", "₴", "₽",
                    "№", "#"}  # and numero signs: "дом № 12" is a house, not twelve of anything
_UNIT_AFTER = {
    "%", "percent", "per", "cent", "km", "kilometres", "kilometers", "kilometre", "metres", "meters", "m", "tonnes",
    "tons", "billion", "million", "mln", "bn", "hryvnias", "hryvnia", "roubles", "rubles", "dollars", "euros",
    "barrels", "mw", "gw", "km/h", "hours", "hour", "minutes", "minute", "years", "year", "year-old", "days", "day",
    "times", "degrees", "млн", "млрд", "тис", "тыс", "грн", "км", "гвт", "мвт", "тонн", "тонна", "рік", "року", "год", "года", "роки",
    "років", "лет", "годин", "часов", "хвилин", "минут", "доларів", "долларов", "рублей", "гривень", "відсотків",
    "процентов", "разів", "раз", "кілометрів", "километров", "метрів", "метров", "градусов", "градусів", "°c",
    # spans of time: "Три дні лікарі боролися за його життя" counts days, not people
    "weeks", "week", "months", "month", "дні", "днів", "дня", "дней", "тижні", "тижнів", "недели", "недель",
    "місяці", "місяців", "месяца", "месяцев", "години", "часа", "хвилини", "минуты", "доби", "діб", "суток",
    "=",  # a glossary's code: "WIA / 300 = wounded"
}
_NOT_DIGIT = re.compile(r"\D")
_DIGITS = re.compile(r"^\d{1,3}(?:[,\u00a0\u202f\u2009 ]\d{3})+$|^\d+$")


def _unit_after_list(tokens: list[Token], i: int) -> bool:
    """"детей 7 и 12 лет", "aged 7, 9 and 12 years": a list of numbers that a unit closes."""
    k, n = i + 1, len(tokens)
    while k + 1 < n and tokens[k].norm in LIST_JOINS and tokens[k + 1].kind == "num":
        k += 2
    return k > i + 1 and k < n and tokens[k].norm in _UNIT_AFTER


def parse_digits(text: str) -> int | None:
    if text.isdigit() and text.isascii():
        return int(text)  # the common case, without a regex
    if not _DIGITS.match(text):
        return None  # decimals ("47.60", "41,45") are prices and rates, not counts
    return int(_NOT_DIGIT.sub("", text))


def _is_date_or_time(tokens: list[Token], i: int, months: AbstractSet) -> bool:
    prev = tokens[i - 1].norm if i > 0 else ""
    nxt = tokens[i + 1].norm if i + 1 < len(tokens) else ""
    if (nxt == ":" and i + 2 < len(tokens) and tokens[i + 2].kind == "num" and tokens[i + 2].start == tokens[i + 1].end) \
            or (prev == ":" and i > 1 and tokens[i - 2].kind == "num" and tokens[i].start == tokens[i - 1].end):
        return True  # 09:00; but "зросла до 20: увечері ..." is a figure before a colon, "9 July 2025: 728 drones" after one
    if nxt in months or prev in months:
        return True  # 9 June, June 9
    if nxt in ("-", "–") and i + 2 < len(tokens) and tokens[i + 2].kind == "num" and i + 3 < len(tokens) \
            and tokens[i + 3].norm in months:
        return True  # 16-17 October
    if i + 3 < len(tokens) and tokens[i + 1].kind == "word" and len(nxt) <= 4 and tokens[i + 2].kind == "num" \
            and tokens[i + 3].norm in months:
        return True  # "у ніч з 9 на 10 червня", "from 9 to 10 June": a night between two days
    if i > 1 and tokens[i - 2].kind == "num" and (prev in ("-", "–", ".") or (
            prev == "/" and tokens[i - 1].start == tokens[i - 2].end)):
        return True  # the second half of a range or a date 21.05.2025, 12/06; but "2 / 11" sets two figures apart
    if prev == "." and i > 1 and tokens[i - 2].norm in months:
        return True  # Nov. 25
    if nxt in (".", "/") and i + 2 < len(tokens) and tokens[i + 2].kind == "num" and tokens[i + 1].end == tokens[i + 2].start:
        return True
    return False


def _decimal_times_scale(tokens: list[Token], i: int, table: dict) -> int | None:
    """"1,5 тисячі дронів", "2.5 thousand": a decimal times the scale word after it."""
    if not re.fullmatch(r"\d+[.,]\d", tokens[i].text):
        return None
    return _times_scale(tokens, i, table)


def _times_scale(tokens: list[Token], i: int, table: dict) -> int | None:
    """Digits times the scale word after them, if one follows ("6 тисяч людей" is 6,000, not 6)."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is None or not re.fullmatch(r"\d+(?:[.,]\d)?", tokens[i].text):
        return None
    scale = next((table[lemma][0] for lemma in nxt.lemmas if table.get(lemma, (0, ""))[1] == "scale"), None)
    return round(float(tokens[i].text.replace(",", ".")) * scale) if scale else None


def _after_age_word(tokens: list[Token], i: int, age_words: frozenset) -> bool:
    """"aged 34 and 56", "віком 45 років": ages, not counts."""
    k = i - 1
    while k >= 0 and (tokens[k].kind == "num" or tokens[k].norm in (",", "and", "і", "та", "и")) and i - k < 6:
        k -= 1
    return k >= 0 and (tokens[k].norm in age_words or tokens[k].lemma in age_words)


def _after_label_word(tokens: list[Token], i: int, label_words: frozenset) -> bool:
    """"Page 1 of 3", "Flash Update No. 3", "пункт 4": a number that labels a page or an item, not a count."""
    k = i - 2 if i > 1 and tokens[i - 1].norm == "." else i - 1
    if k >= 2 and tokens[k].norm in ("and", "і", "та", "и", ",") and tokens[k - 1].kind == "num":
        k -= 2  # "Entrances 3 and 4", "під'їзди 3 і 4": both numbers label
    return k >= 0 and tokens[k].norm in label_words


def _house_number(tokens: list[Token], i: int, streets: frozenset) -> bool:
    """"на улице Мелешкина, 48", "at 14 Polna Street"'s inverse: a number after a street's name and a comma
    is the house's."""
    if i < 3 or tokens[i - 1].norm != ",":
        return False
    return any(tokens[k].norm in streets or tokens[k].lemma in streets for k in range(max(0, i - 5), i - 1))


def _age_after_name(tokens: list[Token], i: int, value: int, persons: frozenset) -> bool:
    """"said Olena, 41, who ...", "a woman, 67, was killed": an age set off by commas after a name or a person,
    or by a comma and a dash after a person."""
    if not (2 <= i and value < 110 and tokens[i - 1].norm == "," and tokens[i - 2].kind == "word"):
        return False
    before = tokens[i - 2]
    person = before.norm in persons or before.lemma in persons
    if not (person or before.text[:1].isupper()):
        return False
    if i + 1 >= len(tokens) or tokens[i + 1].norm in (",", ".", ")"):
        return True
    return person and tokens[i + 1].norm in ("—", "–", "-")  # a table row: "Orikhiv — man, 38 — injured"


def _age_of_person(tokens: list[Token], i: int, value: int, persons: frozenset) -> bool:
    """"a woman of 67", "a man in his 40s": an age after a person, not a count."""
    if not (2 <= i and value < 110 and tokens[i - 1].norm == "of"):
        return False
    return tokens[i - 2].norm in persons or tokens[i - 2].lemma in persons


def _glued_hyphen(tokens: list[Token], i: int) -> bool:
    """"nine- and ten-storey": a number glued to a hyphen is half a compound."""
    return i + 1 < len(tokens) and tokens[i + 1].norm == "-" and tokens[i + 1].start == tokens[i].end


def _in_range(tokens: list[Token], i: int) -> bool:
    """"на висоті 2–3 км", "групами по 20–30 одиниць": either end of a range, no figure of its own."""
    def glued(a: int, b: int) -> bool:
        return 0 <= a and b < len(tokens) and tokens[a].kind == "num" and tokens[a + 1].norm in ("-", "–", "—") \
            and tokens[a + 1].start == tokens[a].end and tokens[b].start == tokens[a + 1].end and tokens[b].kind == "num"
    return glued(i, i + 2) or glued(i - 2, i)


def _is_year(tokens: list[Token], i: int, value: int, data: LanguageData, weapon_starts=frozenset()) -> bool:
    """"annexed in 2014", "з 2022 року", "July 10, 2025": a year, not a count."""
    if not 1900 <= value <= 2100:
        return False
    if len(tokens[i].text) == 4 and i + 1 not in weapon_starts:
        return True
    prev = tokens[i - 1].norm if i else ""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    year_words = set(data.dates.get("year_before", ["in", "since", "until", "by", "of", "from", "to"]))
    return prev in year_words or (nxt is not None and nxt.lemma in set(data.dates.get("year_after", [])))


def _coordinating_both(tokens: list[Token], i: int) -> bool:
    """"both Shahed-type drones and decoys" coordinates; "both missiles" counts two."""
    if i + 1 < len(tokens) and tokens[i + 1].norm == "of":
        return False
    joins = [k for k in range(i + 2, min(len(tokens), i + 9)) if tokens[k].norm in ("and", "та", "і", "и", "й")]
    # but "Both missiles and 15 of the drones were destroyed": a figure after the "and" makes a list of counts
    return bool(joins) and not (joins[0] + 1 < len(tokens) and tokens[joins[0] + 1].kind == "num")


def _word_number(tokens: list[Token], i: int, table: dict) -> tuple[int, int, str] | None:
    """A run of number words starting at i: (value, end, form)."""
    total: float = 0.0  # float: "півтора", "half" are fractions
    current: float = 0.0
    j, form, seen = i, "words", False
    while j < len(tokens):
        token = tokens[j]
        parts = token.norm.split("-") if "-" in token.norm and token.kind == "word" else [None]
        entry = None
        if parts[0] is not None and all(p in table for p in parts):
            values = [table[p] for p in parts]
            if all(role in ("unit", "ten") for _, role in values):
                entry = (sum(v for v, _ in values), "unit")
        if entry is None:
            entry = next((table[lemma] for lemma in token.lemmas if lemma in table), None)
        if entry is None:
            if seen and token.norm in ("and", "і", "й", "и") and j + 1 < len(tokens) and _number_word(
                    tokens[j + 1], table):
                j += 1
                continue
            break
        value, role = entry
        if role in ("unit", "ten", "hundred"):
            if seen and current and role in ("unit", "hundred") and current % 10 and role == "unit":
                break  # "two three" is not a number
            current += value
        elif role == "scale":
            current = (current or 1) * value
            total, current = total + current, 0.0
        elif role in ("dozen", "approx"):
            current = (current or 1) * value
            form = "dozen"
        elif role == "fixed":
            current += value
        elif role == "fraction":
            if seen:
                break
            current = value
        seen = True
        j += 1
    value = total + current
    if not seen or value != int(value):
        return None  # "півтори ракети": a fraction of nothing
    return int(value), j, form


def _number_word(token: Token, table: dict) -> bool:
    """A number word, or a hyphenated pair of them ("forty-three")."""
    if any(lemma in table for lemma in token.lemmas):
        return True
    return "-" in token.norm and all(part in table for part in token.norm.split("-"))


def _vague_plural(token: Token, table: dict, lang: str, qualified: bool) -> bool:
    """"десятки", "сотнями", "тысячи" alone: a plural of a round number with no multiplier.
    "сотні"/"тысячи" may also be a singular genitive: after a qualifier ("близько сотні") it is one."""
    lemma = next((lemma for lemma in token.lemmas if lemma in table), None)
    if lang not in MORPH_LANGS or lemma is None or table[lemma][1] not in ("approx", "scale"):
        return False
    readings = [tag for normal, tag in parses(token.norm, lang) if normal.replace("ё", "е") == lemma]
    plural = [tag for tag in readings if "plur" in tag]
    return bool(plural) and (len(plural) == len(readings) or not qualified)


def _qualifier_before(marks_by_end: dict, start: int) -> tuple[str, int]:
    for m in marks_by_end.get(start, ()):
        return m.value[1], m.start
    return "exact", start


_WHEN = frozenset({"when", "after", "before", "until", "as", "since"})


def _one_by_one(tokens: list[Token], marks: list[Match], ordinals: AbstractSet[str], firsts: AbstractSet[str]) -> dict[int, int]:
    """Weapons told one by one after "the first": each with a fate of its own is one ("Air defences
    brought down the first; the second tore into the building"); all with the same fate are counted
    together at the first ("The first hit a warehouse; the second struck the same spot": two hits,
    which a stated total of hits, if any, repeats). {} where no "the first" opens such a telling;
    {-1: 0} where one does but a fate is not told."""
    told = [i for i, t in enumerate(tokens) if i > 0 and tokens[i - 1].norm == "the" and t.norm in ordinals
            and not (i > 1 and tokens[i - 2].norm in _WHEN)]  # "when the first missile hit": a time, not a telling
    if not any(tokens[i].norm in firsts for i in told):
        return {}
    fates = {}
    for i in told:
        after = [m.value[1] for m in marks if m.value[0] == "metric" and i < m.start <= i + 3]
        before = [m.value[1] for m in marks if m.value[0] == "metric" and m.end == i - 1]  # "brought down the first"
        fates[i] = (after or before or [None])[0]
    values = list(fates.values())
    if None in values:
        return {-1: 0}
    if len(set(values)) == 1:
        return {told[0]: len(told)}
    if len(set(values)) < len(values):
        return {-1: 0}
    return {i: 1 for i in told}


def _words(data: LanguageData) -> tuple:
    """The word sets find_counts needs, built once per language."""
    cached = data._word_sets.get(("numbers-words",))
    if cached is None:
        numbers = data.lexicon.get("numbers", {})
        singular = frozenset(numbers.get("singular", []))
        both = frozenset(numbers.get("both", []))
        all_words = frozenset(numbers.get("all", []))
        distributive = frozenset(numbers.get("distributive", []))
        months = month_words(data)
        ordinals = frozenset(numbers.get("ordinals", []))
        firsts = frozenset(numbers.get("first", []))
        anything = frozenset(data.number_words) | singular | both | all_words | ordinals | firsts
        cached = data._word_sets[("numbers-words",)] = (singular, both, all_words, distributive, months, anything, ordinals,
                                                        firsts)
    return cached


def find_counts(tokens: list[Token], marks: list[Match], data: LanguageData, weapon_starts: frozenset = frozenset()) -> list[Count]:
    table = data.number_words
    singular, both, all_words, distributive, months, _anything, ordinals, firsts = _words(data)
    prepare(tokens, data)
    if not any(t.lex.flags & NUMBERISH for t in tokens):
        return []  # no digit and no number word
    qual_by_end: dict[int, list] = {}
    rising = [(m.start, m.end) for m in marks if m.value[0] == "rising"]
    for m in marks:
        if m.value[0] == "qualifier" and not any(a <= m.start < b for a, b in rising):
            qual_by_end.setdefault(m.end, []).append(m)  # "зросла до 31" rises to 31, not "up to 31"

    counts, i, n = [], 0, len(tokens)
    split: dict[int, int] | None = None  # the ordinals of a telling one by one ("the first ...; the second ..."), once looked for
    while i < n:
        token = tokens[i]
        found = None
        if token.kind == "num":
            value = parse_digits(token.text)
            if value is not None and _is_year(tokens, i, value, data, weapon_starts):
                value = None
            scaled = _decimal_times_scale(tokens, i, table) if value is None else None
            if scaled is not None:
                value = None
                found = (scaled, i + 2, "digits")  # "1,5 тисячі дронів", "2.5 thousand"
            if value is not None and not _is_date_or_time(tokens, i, months):
                nxt = tokens[i + 1].norm if i + 1 < n else ""
                prev = tokens[i - 1].norm if i else ""
                if nxt not in _UNIT_AFTER and prev not in _CURRENCY_BEFORE and not _glued_hyphen(tokens, i) \
                        and not _in_range(tokens, i) \
                        and not _unit_after_list(tokens, i) \
                        and not _age_after_name(tokens, i, value, word_set(data, "casualties", "singular_person")) \
                        and not _age_of_person(tokens, i, value, word_set(data, "casualties", "singular_person")) \
                        and not _after_age_word(tokens, i, word_set(data, "numbers", "age_words")) \
                        and not _after_label_word(tokens, i, word_set(data, "numbers", "label_words")) \
                        and not _house_number(tokens, i, word_set(data, "numbers", "street_words")) \
                        and not _times_scale(tokens, i, table):
                    found = (value, i + 1, "digits")
        elif token.kind == "word" and token.lex.flags & NUMBERISH:
            if token.norm in both or any(lemma in both for lemma in token.lemmas):
                if not (data.code == "en" and _coordinating_both(tokens, i)):  # "обидві ракети і ..." counts two
                    found = (2, i + 1, "both")
            elif token.norm in all_words and i + 1 < n and tokens[i + 1].norm in ("of",) and not (
                    i + 2 < n and tokens[i + 2].kind == "num"):
                counts.append(Count(i, i + 1, None, "exact", "all", i))  # "all of them": as many as were named
                i += 1
                continue
            elif token.norm in all_words and (i + 1 in weapon_starts or (
                    i + 2 < n and tokens[i + 1].norm == "the" and i + 2 in weapon_starts)):
                end = i + 1 if i + 1 in weapon_starts else i + 2
                counts.append(Count(i, end, None, "exact", "all", i))  # "і всі дрони", "all the drones": as many as were launched
                i = end
                continue
            elif token.norm in all_words and i + 1 < n and tokens[i + 1].norm in terms(data, "numbers", "all_pronouns"):
                counts.append(Count(i, i + 2, None, "exact", "all", i))  # "все они уничтожены": as many as were named
                i += 2
                continue
            elif token.norm in ordinals or token.norm in firsts:
                if split is None:
                    split = _one_by_one(tokens, marks, ordinals | firsts, firsts)
                if split and i in split:
                    found = (split[i], i + 1, "ordinal")
                elif not split and i > 0 and (tokens[i - 1].norm == "the" or tokens[i - 1].norm in terms(data, "grammar", "articles")
                                              or _after_one(tokens, i, table)) \
                        and token.norm in ordinals \
                        and (end := _past_aside(tokens, i + 1)) < n and tokens[end].norm in terms(data, "numbers", "ordinal_verbs"):
                    # "the third was shot down", "a third hit": one more of those just counted ("друга, на жаль, влучила":
                    # the aside is the count's, so its verb and place follow it)
                    found = (1, end, "ordinal")
            elif token.norm in singular and not (i + 1 < n and any(l in table for l in tokens[i + 1].lemmas)):
                found = (1, i + 1, "singular")  # "a drone"; but "a pair of", "a dozen" are numbers
            elif token.norm in table or token.lemmas[0] in table or any(l in table for l in token.lemmas[1:]) \
                    or "-" in token.norm:
                words = _word_number(tokens, i, table)
                if words and i > 0 and tokens[i - 1].kind == "num" and table.get(token.lemma, (0, ""))[1] == "scale":
                    words = None  # "1.5 million": the number before it is a decimal, not a count
                if words and words[1] == i + 1 and _vague_plural(token, table, data.code, bool(qual_by_end.get(i))):
                    words = None  # "десятки дронів", "сотни ракет": many, not a count
                if words:
                    value, end, form = words
                    nxt = tokens[end].norm if end < n else ""
                    if nxt not in _UNIT_AFTER and not (end < n and tokens[end].norm in months) and value \
                            and not _glued_hyphen(tokens, end - 1) \
                            and not _age_of_person(tokens, i, value, word_set(data, "casualties", "singular_person")):
                        found = (value, end, form)  # (but "a man of sixty": his age)
        if found is not None and found[0] == 1 and _one_after_another(tokens, found[1], data):
            i = found[1] + 2  # "летіли один за одним", "one after another": a manner, not a count
            continue
        if found is not None and found[0] == 1 and _after_none(tokens, i, singular, data):
            i = found[1]  # "ни одной ракеты", "not a single missile": none, no count
            continue
        if found is None:
            i += 1
            continue
        value, end, form = found
        qualifier, qstart = _qualifier_before(qual_by_end, i)
        if form == "ordinal":
            qstart = i - 1  # "the second": the article opens it
        if form == "dozen" and qualifier == "exact":
            qualifier = "about"
        if qstart == i and i > 0 and tokens[i - 1].norm in singular and tokens[i].kind == "word":
            qstart = i - 1  # "killing a couple", "a dozen": the article opens the count
        if form == "dozen" and qstart > 0 and tokens[qstart - 1].norm in terms(data, "numbers", "vague_multipliers"):
            i = end  # "several dozen drones", "a few dozen": no figure
            continue
        if form == "dozen" and qstart > 0 and tokens[qstart - 1].norm in terms(data, "numbers", "halves"):
            value, qstart = value // 2, qstart - 1  # "half a dozen"
        if i > 0 and tokens[i - 1].norm in all_words:
            form, qstart = "all", i - 1
        elif i > 1 and tokens[i - 1].norm in terms(data, "numbers", "all_but") and (
                tokens[i - 2].norm in all_words or (i > 2 and tokens[i - 2].norm == "," and tokens[i - 3].norm in all_words)):
            form, qstart = "all_but", i - 2 if tokens[i - 2].norm in all_words else i - 3  # "all but one", "все, кроме одного"
            if tokens[qstart + 1].norm == "," and end < n and tokens[end].norm == ",":
                end += 1  # "все, кроме одного, сбиты": the aside is closed, the verb after it is the count's
        each = (end < n and tokens[end].norm == "each") or (i > 0 and tokens[i - 1].norm in distributive)
        if each and i > 0 and tokens[i - 1].norm in distributive:
            qstart = i - 1
        counts.append(Count(i, end, value, qualifier, form, qstart, each))
        i = end
    return _restated(counts, tokens)


def _restated(counts: list[Count], tokens: list[Token]) -> list[Count]:
    """"27 (двадцать семь) беспилотников": a figure spelt out again in brackets is one count, which
    ends after them."""
    out: list[Count] = []
    for c in counts:
        last = out[-1] if out else None
        if last is not None and c.value == last.value and c.start == last.end + 1 and tokens[last.end].norm == "(" \
                and c.end < len(tokens) and tokens[c.end].norm == ")":
            out[-1] = Count(last.start, c.end + 1, last.value, last.qualifier, last.form, last.qstart, last.each)
            continue
        out.append(c)
    return out


NOT_WORDS = frozenset({"не", "not"})


def _past_aside(tokens: list[Token], k: int) -> int:
    """The token after a short aside set off by commas at k (", на жаль,"), else k."""
    if k < len(tokens) and tokens[k].norm == ",":
        close = next((j for j in range(k + 1, min(len(tokens), k + 5)) if tokens[j].norm == ","), None)
        if close is not None:
            return close + 1
    return k


def _after_one(tokens: list[Token], i: int, table: dict) -> bool:
    """"Одну ракету збили, друга влучила": an ordinal opening a clause after a comma, with "one" earlier
    in the sentence (uk/ru have no article to mark it)."""
    if tokens[i - 1].norm != ",":
        return False
    return any(table.get(t.lemma, (0, ""))[0] == 1 and t.kind == "word" for t in tokens[:i - 1])


def _after_none(tokens: list[Token], i: int, singular: AbstractSet[str], data: LanguageData) -> bool:
    """"ни одной ракеты", "ні одного дрона", "not a single missile", "not one": a one that says none."""
    k = i - 1 if i > 1 and tokens[i - 1].norm in singular else i  # "not a single": past the article
    return k > 0 and tokens[k - 1].norm in terms(data, "numbers", "none")


def _one_after_another(tokens: list[Token], end: int, data: LanguageData) -> bool:
    """"один за одним", "один за другим", "one after another": "after", then one or another."""
    if end + 1 >= len(tokens) or tokens[end].norm not in terms(data, "numbers", "after_words"):
        return False
    return not terms(data, "numbers", "one_words").isdisjoint(tokens[end + 1].keys)


def _numberish(lex: Lexeme, data: LanguageData) -> bool:
    """A digit, a number word, a word of count ("both", "a") or a hyphened word ("twenty-eight")."""
    anything = _words(data)[5]
    return lex.kind == "num" or lex.norm in anything or "-" in lex.norm or not anything.isdisjoint(lex.lemmas)


def _says_not(lex: Lexeme, data: LanguageData) -> bool:
    return lex.norm in NOT_WORDS or lex.norm in terms(data, "numbers", "restart") or lex.norm == "…"


NUMBERISH = new_flag(_numberish)
SAYS_NOT = new_flag(_says_not)
_BUT = frozenset({"а", "but"})


_BEFORE_NOT = frozenset({",", "(", "а"})


def corrections(tokens: list[Token], counts: list[Count], data: LanguageData | None = None) -> list[tuple[Count, Count]]:
    """(the figure taken back, the one that replaces it): "уничтожены не 12, а 14", "не 5, а 7
    людей", "not five but seven", "10, not 11"; and in speech, "eleven, no, I'm sorry, twelve",
    "twenty... just a second... nineteen"."""
    at = {c.qstart: c for c in counts}
    out = []
    for c in counts:
        k = c.end
        spoken = _spoken_correction(tokens, c, at, data) if data is not None else None
        if spoken is not None:
            out.append((c, spoken))
            continue
        if c.qstart > 0 and tokens[c.qstart - 1].norm in NOT_WORDS:  # "не 12, а 14"
            if k < len(tokens) and tokens[k].norm == ",":
                k += 1
            if k < len(tokens) and tokens[k].norm in _BUT and k + 1 in at:
                out.append((c, at[k + 1]))
        else:  # "10, not 11", "four people were injured in the capital, not six as reported"
            nxt = min((x for x in counts if x.qstart >= k), key=lambda x: x.qstart, default=None)
            # (and "373 drones (not 371, as reported earlier)", "373 БпЛА (а не 371)")
            if nxt is not None and nxt.qstart >= 2 and tokens[nxt.qstart - 1].norm in NOT_WORDS \
                    and tokens[nxt.qstart - 2].norm in _BEFORE_NOT and not any(t.norm in (";", ".") for t in tokens[k:nxt.qstart]):
                out.append((nxt, c))
    return out


def _spoken_correction(tokens: list[Token], c: Count, at: dict, data: LanguageData) -> Count | None:
    """The figure a speaker gives instead of c: after "no" and apologies ("eleven, no, I'm sorry,
    twelve"), or after trailing off ("twenty... nineteen")."""
    restart, fillers = terms(data, "numbers", "restart"), terms(data, "numbers", "restart_fillers")
    n, k = len(tokens), c.end
    trailing = k + 2 < n and all(t.norm == "." for t in tokens[k:k + 3]) or (k < n and tokens[k].norm == "…")
    j = k
    while j < n and tokens[j].norm in (",", "—", "–", "-", ".", "…"):
        j += 1  # "двадцать три... нет, поправлюсь, двадцать четыре"
    if trailing and (j >= n or tokens[j].norm not in restart):  # the next figure, after a trailing off of its own
        return next((at[j] for j in range(k + 1, min(n, k + 16)) if j in at and tokens[j - 1].norm in (".", "…")), None)
    if j >= n or tokens[j].norm not in restart:
        return None
    j += 1
    while j < n and j - k < 8 and j not in at and (tokens[j].kind == "punct" or tokens[j].norm in fillers):
        j += 1
    return at.get(j)
