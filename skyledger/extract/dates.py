"""Dates in a sentence, resolved against the publication date.

SPEC's night rule: an overnight attack takes the date of the morning it
ended ("the night into 10 June" is 10 June; "overnight", in a morning
report, is the report's date); a daytime attack takes its own day.

    found = find_dates(sentence, marks, data, reference=date(2025, 6, 12), last=None)

``reference`` is the day the text speaks from: the publication date, or the
date of a section header in a digest ("SATURDAY, MARCH 1"). ``last`` is the
date the text was last on, for "that night" and "the same day".
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import AbstractSet, NamedTuple

from skyledger.lang import LanguageData  # first: skyledger.lang imports phrases
from skyledger.extract.phrases import Match  # noqa: E402 (isort: skip)
from skyledger.extract.text import LIST_JOINS, Lexeme, Sentence, Token, new_flag, prepare
from skyledger.lang.morph import MORPH_LANGS, parses

_NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b")
_TIME = re.compile(r"^\d{1,2}$")


class DateExpr(NamedTuple):
    start: int  # token span
    end: int
    date: date | None
    kind: str  # explicit, weekday, this_night, yesterday, same, earlier, later
    bound: bool = False  # a start-time bound "(from 22:00 on 11 June)": not the attack's date


def _table(data: LanguageData, key: str) -> dict:
    return data.dates.get(key, {})


def _lookup(token: Token, table: dict):
    """By the word itself or its most likely normal form only: "серед" (among) must not
    be read as "середа" (Wednesday) through an unlikely parse."""
    for form in (token.norm, token.lemmas[0]):
        if form in table:
            return table[form]
    return None


def _year_for(month: int, day: int, reference: date | None) -> int:
    if reference is None:
        return date.today().year
    year = reference.year
    try:
        if date(year, month, day) > reference + timedelta(days=7):
            year -= 1
    except ValueError:
        pass
    return year


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _weekday_date(weekday: int, reference: date | None) -> date | None:
    if reference is None:
        return None
    return reference - timedelta(days=(reference.weekday() - weekday) % 7)


def _numeric_dates(sentence: Sentence) -> list[DateExpr]:
    found = []
    for m in _NUMERIC.finditer(sentence.text):
        if m.group(1):
            day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        else:
            year, month, day = int(m.group(4)), int(m.group(5)), int(m.group(6))
        when = _make(year, month, day)
        start = sentence.start + m.start()
        end = sentence.start + m.end()
        idx = [k for k, t in enumerate(sentence.tokens) if t.start >= start and t.end <= end]
        if when and idx:
            found.append(DateExpr(idx[0], idx[-1] + 1, when, "explicit"))
    return found


def _explicit(tokens: list[Token], i: int, months: dict, reference) -> DateExpr | None:
    """day month [year] | month day [year], with ranges "16-17 October" / "October 16-17"."""
    n = len(tokens)
    month = _lookup(tokens[i], months)
    if month is not None and tokens[i].kind == "word":
        j = i + 1
        if j < n and tokens[j].norm == ".":
            j += 1  # "Jan. 16"
        day, j = _day_range(tokens, j)
        if day is None:
            return None
        year, j = _year(tokens, j)
        return DateExpr(i, j, _make(year or _year_for(month, day, reference), month, day), "explicit")
    if tokens[i].kind == "num" and _TIME.match(tokens[i].text):
        day, j = _day_range(tokens, i)
        if day is None or j >= n:
            return None
        month = _lookup(tokens[j], months)
        if month is None:
            return None
        year, end = _year(tokens, j + 1)
        return DateExpr(i, end, _make(year or _year_for(month, day, reference), month, day), "explicit")
    return None


_DAY = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?$")  # "12", "12th"
_RANGE = ("-", "–", "—", "to", "into", "на")  # "16-17", "14 to 15", "з 9 на 10": the night into the second day


def _day_of(token: Token) -> int | None:
    m = _DAY.match(token.text)
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _day_range(tokens: list[Token], j: int) -> tuple[int | None, int]:
    n = len(tokens)
    day = _day_of(tokens[j]) if j < n else None
    if day is None:
        return None, j
    j += 1
    if j + 1 < n and tokens[j].norm in _RANGE and tokens[j + 1].kind == "num" and _day_of(tokens[j + 1]):
        day, j = _day_of(tokens[j + 1]), j + 2
    return day, j


def _year(tokens: list[Token], j: int) -> tuple[int | None, int]:
    n = len(tokens)
    if j < n and tokens[j].norm == ",":
        if j + 1 < n and tokens[j + 1].kind == "num" and len(tokens[j + 1].text) == 4:
            return int(tokens[j + 1].text), j + 2
        return None, j
    if j < n and tokens[j].kind == "num" and len(tokens[j].text) == 4 and tokens[j].text.startswith("20"):
        year, j = int(tokens[j].text), j + 1
        if j < n and tokens[j].lemma in ("рік", "год", "р", "г"):
            j += 1
        return year, j
    if j < n and _YEAR_WORD.match(tokens[j].text):
        return int(tokens[j].text[:4]), j + 1  # "16 квітня 2022-го", "в 2023-м"
    return None, j


_YEAR_WORD = re.compile(r"20\d\d-(?:го|му|м|й|ї|ому|ого)$")


def _is_bound(tokens: list[Token], i: int, data: LanguageData) -> bool:
    """"from 22:00 on 11 June", "з 18:00 9 червня": where the night began."""
    bound_words = _date_words(data, "from_words", ("from", "since"))
    if i > 0 and tokens[i - 1].norm == "since":
        return True  # "the fifth attack since March 22": where a count began, not the attack's day
    if i > 0 and tokens[i - 1].norm in data.dates.get("counted_by", ()) and "'s" not in [t.norm for t in tokens[i + 1:i + 3]]:
        return True  # "By Tuesday, officials had counted two dead": when it was counted ("killed by Friday's strike" is not)
    near = " ".join(t.norm for t in tokens[max(0, i - 4):i])
    if any(" ".join(phrase) in near for phrase in data.dates.get("as_of", [])):
        return True  # "станом на ранок 14 квітня", "as of Monday morning": when it was counted
    window = tokens[max(0, i - 5):i]
    has_time = any(t.norm == ":" for t in window)
    if not has_time:
        return False
    if any(t.norm in bound_words for t in window):
        return True
    # "as of 10:00 on 5 April", "станом на 09:00": when it was counted, not when it happened
    words = " ".join(t.norm for t in tokens[max(0, i - 8):i])
    return any(" ".join(phrase) in words for phrase in data.dates.get("as_of", []))


def _when_clause(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """", when ..." right after a date: a clause of what happened on it."""
    k = k + 1 if k < len(tokens) and tokens[k].norm == "," else k
    return k < len(tokens) and tokens[k].norm in data.dates.get("when_words", ())


def _overnight_since(tokens: list[Token], expr: DateExpr, data: LanguageData, reference: date | None) -> bool:
    """"since late on Saturday", "з суботнього вечора" in a report of the next morning: the attack
    ran through the night, so it takes the morning's date."""
    if expr.date is None or reference is None or expr.date >= reference:
        return False
    if any(t.norm in ("'s", "’s") for t in tokens[expr.end:expr.end + 2]):
        return False  # "the toll from Wednesday evening's shelling": whose, not since when
    around = tokens[max(0, expr.start - 3):expr.end + 1]
    words = {t.norm for t in around} | {t.lemma for t in around}
    return bool(words & _date_words(data, "from_words", ("from", "since"))) and bool(
        words & _date_words(data, "evening_words"))


def find_dates(sentence: Sentence, marks: list[Match], data: LanguageData, *, reference: date | None, last: date | None,
               night: date | None = None, published: date | None = None,
               named_night: date | None = None) -> list[DateExpr]:
    """``night``: the night the story is on when the text named one before the report's day
    ("в ніч проти неділі" in a Monday piece), for a bare "overnight" that follows. ``published``:
    the report's own day, where ``reference`` is an earlier section's ("SUNDAY, NOVEMBER 17")."""
    tokens = sentence.tokens
    months, weekdays, night_words, into_words, not_weekdays, names = _tables(data)
    prepare(tokens, data)
    candidates = [k for k, t in enumerate(tokens) if t.lex.flags & _DATE_START]
    if not candidates:
        # no number and no day or month name
        return _from_marks([], marks, tokens, reference, last, night=night, data=data, named_night=named_night)
    # "12.06.2025", "2025-06-12": only with a four-digit year token (a regex over every sentence costs more)
    found = _numeric_dates(sentence) if any(len(tokens[k].text) == 4 and tokens[k].kind == "num"
                                            for k in candidates) else []
    taken = {k for d in found for k in range(d.start, d.end)}
    end_of_last = 0
    for i in candidates:  # a date starts at a number or at a day's or month's name
        if i in taken or i < end_of_last:
            continue
        expr = _explicit(tokens, i, months, reference)
        if expr is None and tokens[i].kind == "num" and "." in tokens[i].text:
            expr = _day_month(tokens, i, data, reference)
        if expr is None and tokens[i].kind == "word":
            expr = _word_day_date(tokens, i, months, data, reference)
        if expr is None and tokens[i].kind == "word" and tokens[i].norm not in not_weekdays:
            weekday = _lookup(tokens[i], weekdays)
            if weekday is not None and (tokens[i].text[:1].isupper() or data.code != "en"):
                expr = _weekday(tokens, i, weekday, reference, night_words, into_words, published,
                                _date_words(data, "last_words"))
        if expr is None:
            continue
        if expr.kind in ("explicit", "weekday") and _is_bound(tokens, i, data) and not _when_clause(tokens, expr.end, data):
            expr = expr._replace(bound=True)
        if expr.kind == "weekday" and _overnight_since(tokens, expr, data, reference):
            expr = expr._replace(date=expr.date + timedelta(days=1))  # type: ignore[arg-type, operator]
        if expr.kind in ("explicit", "weekday") and expr.date is not None and _evening_to_morning(tokens, expr):
            expr = expr._replace(date=expr.date + timedelta(days=1))
        found.append(expr)
        taken.update(range(expr.start, expr.end))
        end_of_last = expr.end
    return _from_marks(found, marks, tokens, reference, last, taken, night, data, named_night)


def _number_before(tokens: list[Token], k: int, data: LanguageData | None) -> int | None:
    """The small number right before token k, in digits or as a word ("four", "чотири", "трёх")."""
    if k == 0 or data is None:
        return None
    t = tokens[k - 1]
    if t.kind == "num" and t.text.isdigit() and len(t.text) <= 2:
        return int(t.text)
    for word in (t.norm, *t.lemmas):
        got = data.number_words.get(word)
        if got is not None and got[1] == "unit" and got[0] > 0:
            return got[0]
    return None


_AND = LIST_JOINS - {","}
_UNTIL = frozenset({"and", "to", "until", "till", "до", "по", "і", "и"})


def _evening_to_morning(tokens: list[Token], expr: DateExpr) -> bool:
    """"between 23:00 on 13 August and 07:00", "between 23:00 on Sunday and 07:00 on Monday": a night
    window from the evening of the day named to the next morning, which is that night's day."""
    before = [_hour(tokens, k) for k in range(max(0, expr.start - 4), expr.start)]
    if not any(h is not None and h >= 18 for h in before):
        return False
    for k in range(expr.end, min(expr.end + 4, len(tokens))):
        if tokens[k].norm in _UNTIL:
            after = [_hour(tokens, j) for j in range(k + 1, min(k + 3, len(tokens)))]
            return any(h is not None and h < 12 for h in after)
    return False


def _hour(tokens: list[Token], k: int) -> int | None:
    """The hour of a time at token k: "23:00", "23.00"."""
    t = tokens[k]
    if t.kind != "num":
        return None
    text = t.text
    if k + 2 < len(tokens) and tokens[k + 1].norm == ":" and tokens[k + 2].kind == "num" and len(tokens[k + 2].text) == 2:
        text = text + "." + tokens[k + 2].text
    hours, dot, minutes = text.partition(".")
    if not dot or len(minutes) != 2 or not hours.isdigit() or int(hours) > 23:
        return None
    return int(hours)


def month_words(data: LanguageData) -> AbstractSet[str]:
    """The language's month names and their lemmas: the words of its month table."""
    return _tables(data)[0].keys()


def weekday_words(data: LanguageData) -> AbstractSet[str]:
    """The language's weekday names and their lemmas: the words of its weekday table."""
    return _tables(data)[1].keys()


def _tables(data: LanguageData) -> tuple:
    """The language's date words, built once."""
    cached = data._word_sets.get(("date-tables",))
    if cached is None:
        months = _table(data, "months") | _table(data, "month_lemmas")
        weekdays = _table(data, "weekdays") | _table(data, "weekday_lemmas")
        cached = data._word_sets[("date-tables",)] = (
            months, weekdays, set(data.dates.get("night_words", [])), set(data.dates.get("into_words", [])),
            set(data.dates.get("not_weekdays", [])),  # "серед" (among) parses as "середа"
            frozenset(months) | frozenset(weekdays))
    return cached


def _starts_a_date(lex: Lexeme, data: LanguageData) -> bool:
    """A number, a day's or a month's name, or a day written as a word ("восьмого")."""
    names = _tables(data)[5]
    days, tens = _table(data, "day_words"), _table(data, "day_tens")
    return lex.kind == "num" or lex.norm in names or lex.lemmas[0] in names or lex.norm in days or lex.norm in tens


_DAY_MONTH = re.compile(r"^(\d{1,2})\.(\d{2})$")


def _day_month(tokens: list[Token], i: int, data: LanguageData, reference) -> DateExpr | None:
    """"Пн, 12.05 — 84 БпЛА", "Sat 17.05: ...": a day and month in figures, where only a date can be,
    after a weekday or at the head of a line (elsewhere "12.05" may be a time or a decimal)."""
    m = _DAY_MONTH.match(tokens[i].text)
    if m is None or not 1 <= int(m.group(2)) <= 12:
        return None
    start = i - 1 if i >= 1 and tokens[i - 1].norm == "," else i
    days = _table(data, "weekday_abbreviations") | _table(data, "weekdays")
    if start >= 1 and tokens[start - 1].norm in days:
        start -= 1
    elif any(t.kind != "punct" for t in tokens[:i]):
        return None
    day, month = int(m.group(1)), int(m.group(2))
    when = _make(_year_for(month, day, reference), month, day)
    return DateExpr(start, i + 1, when, "explicit") if when else None


def _word_day_date(tokens: list[Token], i: int, months: dict, data: LanguageData, reference) -> DateExpr | None:
    """"восьмого февраля", "двадцять четвертого лютого": a day written as an ordinal word, then its month."""
    days, tens = _table(data, "day_words"), _table(data, "day_tens")
    n = len(tokens)
    day, j = days.get(tokens[i].norm), i + 1
    if day is None and tokens[i].norm in tens and j < n and days.get(tokens[j].norm, 10) < 10:
        day, j = tens[tokens[i].norm] + days[tokens[j].norm], j + 1
    month = _lookup(tokens[j], months) if day is not None and j < n else None
    if day is None or month is None:
        return None
    year, end = _year(tokens, j + 1)
    return DateExpr(i, end, _make(year or _year_for(month, day, reference), month, day), "explicit")


_DATE_START = new_flag(_starts_a_date)


def _date_words(data: LanguageData, key: str, default=()) -> frozenset:
    """A word list of dates.toml as a set, built once per language."""
    cache_key = ("date-words", key)
    cached = data._word_sets.get(cache_key)
    if cached is None:
        cached = data._word_sets[cache_key] = frozenset(data.dates.get(key, default))
    return cached


def _header_filler(data: LanguageData) -> frozenset:
    """What may surround the date in a line that is only a date: weekday names, night words, punctuation."""
    cached = data._word_sets.get(("date-header-filler",))
    if cached is None:
        cached = data._word_sets[("date-header-filler",)] = frozenset(
            set(_table(data, "weekdays")) | set(_table(data, "weekday_lemmas"))
            | {"·", "|", "(", ")", ":", ",", "-", "–", "—", "."}
            | _date_words(data, "night_words") | _date_words(data, "into_words"))
    return cached


def _from_marks(found, marks: list[Match], tokens: list[Token], reference, last, taken=None, night=None,
                data: LanguageData | None = None, named_night=None) -> list[DateExpr]:
    """Add the phrase dates ("overnight", "yesterday", "that night") to those found."""
    taken = set() if taken is None else taken
    for m in sorted(marks, key=lambda m: (m.start, m.start - m.end)):  # the longest phrase at a place first
        category, key = m.value
        if category != "date" or any(k in taken for k in range(m.start, m.end)):
            continue
        if key == "this_night":
            found.append(DateExpr(m.start, m.end, reference, "this_night"))
        elif key == "story_night":
            found.append(DateExpr(m.start, m.end, night or reference, "this_night"))
        elif key == "yesterday":
            if data is not None and m.end == m.start + 1 and _eve_of(tokens, m.end, data):
                continue  # "напередодні Нового року", "накануне визита": on the eve of something, not yesterday
            found.append(DateExpr(m.start, m.end, reference - timedelta(days=1) if reference else None, "yesterday"))
        elif key == "day_before":
            found.append(DateExpr(m.start, m.end, reference - timedelta(days=2) if reference else None, "yesterday"))
        elif key == "same":
            # "в ту ночь" after a passing "on Thursday morning" or "вдень у п'ятницю": the night last named
            that_night = data is not None and any(t.norm in data.dates.get("night_words", ()) for t in tokens[m.start:m.end])
            if that_night and named_night is not None:
                found.append(DateExpr(m.start, m.end, named_night, "same"))
            elif that_night and night is not None and (last is None or reference is None or last >= reference):
                found.append(DateExpr(m.start, m.end, night, "same"))
            else:
                found.append(DateExpr(m.start, m.end, last, "same"))
        elif key == "earlier_day" and _before_an_event(tokens, m, data):
            # "The night before the funerals": the night that ended on the event's day, told as today's, or as the
            # day last named ("heard officials on Tuesday ... the night before the hearing")
            found.append(DateExpr(m.start, m.end, last if last and reference and last < reference else reference, "this_night"))
        elif key == "earlier_day":  # "the day before": the day before the one the story is on
            day = last or reference
            found.append(DateExpr(m.start, m.end, day - timedelta(days=1) if day else None, "earlier"))
        elif key == "days_ago" and reference is not None and (n := _number_before(tokens, m.start, data)) is not None:
            found.append(DateExpr(m.start - 1, m.end, reference - timedelta(days=n), "explicit"))  # "four days after"
        elif key == "later_day" and last is not None and (reference is None or last < reference):
            found.append(DateExpr(m.start, m.end, last + timedelta(days=1), "later"))  # "the following night"
        taken.update(range(m.start, m.end))
    found.sort(key=lambda d: d.start)
    return _absorb(found, tokens, _date_words(data, "night_words") if data is not None else frozenset())


def _before_an_event(tokens: list[Token], m: Match, data: LanguageData | None) -> bool:
    """"the night before the funerals": a night named by the event after it, not by the story's day."""
    if data is None or m.end >= len(tokens) or not any(t.norm in data.dates.get("night_words", ())
                                                       or t.lemma in data.dates.get("night_words", ()) for t in tokens[m.start:m.end]):
        return False
    last = tokens[m.end - 1].norm
    # "Ночью перед ракетным ударом", "у ніч перед похороном": no article to wait for
    return last == "перед" or (last == "before" and tokens[m.end].norm in ("the", "a", "an", "this", "that"))


def _eve_of(tokens: list[Token], k: int, data: LanguageData) -> bool:
    """uk/ru: a genitive noun or adjective right after "напередодні"/"накануне" makes it "on the eve of"."""
    if data.code not in MORPH_LANGS or k >= len(tokens) or tokens[k].kind != "word":
        return False
    return any("gent" in tag and (tag.startswith("NOUN") or tag.startswith("ADJF")) for _, tag in parses(tokens[k].norm, data.code))


def _says_night(tokens: list[Token], d: DateExpr, night_words: frozenset) -> bool:
    return any(t.norm in night_words for t in tokens[d.start:d.end])


def _absorb(found: list[DateExpr], tokens: list[Token], night_words: frozenset = frozenset()) -> list[DateExpr]:
    """"overnight on Tuesday", "the night of 12 June": the named day decides."""
    named = [d for d in found if d.kind in ("explicit", "weekday") and not d.bound]
    explicit = [d for d in found if d.kind == "explicit" and not d.bound]
    kept: list[DateExpr] = []
    same = any(d.kind == "same" and d.date for d in found)
    night_from = None
    for d in found:
        if _night_from(tokens, d, explicit, night_words):
            night_from = d  # "the night of 31 August – 1 September", "у ніч з 31 серпня на 1 вересня": the night ends on the second
            continue
        if night_from is not None and d.start == night_from.end + 1:
            d = d._replace(start=night_from.start)  # one span, the range
        if d.kind == "this_night" and same:
            continue  # "тогда ... за ночь": the night the text went back to, not the report's
        if d.kind == "this_night" and any(0 <= d.start - e.end <= 4 or _same_clause(tokens, e, d.start, found)
                                          for e in explicit):
            continue  # "Ранее, 17 августа, ПВО за ночь сбили", "On June 6, Russia fired ... in an overnight strike"
        if d.kind == "this_night" and any(d.start == n.end for n in named):
            continue  # "в прошлый вторник утром", "у неділю вранці": that day's morning
        if d.kind == "this_night" and kept and kept[-1].kind == "this_night" and kept[-1].end == d.start - 1 \
                and tokens[d.start - 1].norm in _AND:
            continue  # "уночі та вранці", "overnight and this morning": one span of time, which the first names
        if d.kind == "same" and any(e.end <= d.start and (e.kind == "explicit" or not _says_night(tokens, d, night_words))
                                    for e in named):
            continue  # "в ночь на 12 июля: тогда ...", "в прошлый четверг ..., тогда": then is the date just named
        if d.kind == "weekday" and any(0 <= e.start - d.end <= 4 for e in explicit):
            continue  # "on Thursday (May 29)", "у неділю, 12 жовтня": the date says it exactly
        if d.kind == "weekday" and any(e.end <= d.start and _heads_line(tokens, e, found)
                                       and _same_clause(tokens, e, d.start, found) for e in explicit):
            continue  # "* 13 April 2025: two missiles hit Sumy on Palm Sunday morning": the line's date says which Sunday
        if d.kind == "this_night" and any(0 <= n.start - d.end <= 3 for n in named):
            gap = tokens[d.end:min(n.start for n in named if n.start >= d.end)]
            if all(t.kind != "num" and t.norm not in ("and", "or", "і", "та", "и", "й") for t in gap):
                continue
        kept.append(d)
    return kept


def _night_from(tokens: list[Token], d: DateExpr, explicit: list[DateExpr], night_words: frozenset) -> bool:
    """Is d the first day of a night spanning two months, named as a range ("31 August – 1 September")?"""
    if d.kind != "explicit" or d.date is None or d.end >= len(tokens) or tokens[d.end].norm not in _RANGE:
        return False
    after = next((e for e in explicit if e.start == d.end + 1), None)
    return after is not None and after.date is not None and (after.date - d.date).days == 1 \
        and after.date.month != d.date.month and any(
        t.norm in night_words for t in tokens[max(0, d.start - 3):d.start])


def _heads_line(tokens: list[Token], e: DateExpr, found: list[DateExpr]) -> bool:
    """Does date e open its line, before a colon or a dash ("June 6: ...", "SATURDAY 18 OCT — ...")?"""
    named = {j for d in found if d.kind == "weekday" and d.end <= e.start for j in range(d.start, d.end)}
    return all(t.kind == "punct" or j in named for j, t in enumerate(tokens[:e.start])) and e.end < len(tokens) \
        and tokens[e.end].norm in _CLAUSE_MARKS


def _same_clause(tokens: list[Token], e: DateExpr, k: int, found: list[DateExpr]) -> bool:
    """Is token k in the clause of date e, which comes before it? A date that heads its line
    ("June 6: Russia fires 399 drones overnight", "SATURDAY 18 OCT — ... overnight") governs
    the whole line."""
    if e.end > k:
        return False
    heads = _heads_line(tokens, e, found)
    breaks = [mark for mark in _CLAUSE_MARKS if not heads or mark != tokens[e.end].norm]
    return not any(t.norm in breaks for t in tokens[e.end:k])


_CLAUSE_MARKS = (";", ":", "—", "–")


def _weekday(tokens: list[Token], i, weekday, reference, night_words, into_words, published=None,
             last_words: frozenset = frozenset()) -> DateExpr:
    n = len(tokens)
    when = _weekday_date(weekday, reference)
    later = _weekday_date(weekday, published) if published and reference and published > reference else None
    if later and reference and reference < later < reference + timedelta(days=7):
        # "By Monday morning" in a digest's Sunday section, sent on Monday; in a month's review, sent
        # weeks later, "6 October. On the night into Sunday" is the Sunday of its section
        when, reference = later, published
    end = i + 1
    if when is not None and when == reference and i > 0 and tokens[i - 1].lemma in last_words:
        when -= timedelta(days=7)  # "в прошлый четверг" in a Thursday piece: a week ago
    if end < n and tokens[end].norm in ("'s", "’s"):
        end += 1
    before = {t.norm for t in tokens[max(0, i - 3):i]} | {lemma for t in tokens[max(0, i - 3):i] for lemma in t.lemmas}
    night_into = bool(before & night_words) and bool(before & into_words)
    if end < n and tokens[end].norm in night_words and not night_into and when and reference:
        # "on Monday night": the night that ended on Tuesday morning, unless that is still to come
        when = min(when + timedelta(days=1), reference)
        end += 1
    return DateExpr(i, end, when, "weekday")


def clock_colons(tokens: list[Token]) -> set[int]:
    """The colons of times of day ("07:40") among the tokens."""
    return {k for k in range(1, len(tokens) - 1) if tokens[k].norm == ":" and clock_colon(tokens, k)}


def clock_colon(tokens: list[Token], k: int) -> bool:
    """Is token k, a colon, a time of day's ("07:40"), between two numbers?"""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].kind == tokens[k + 1].kind == "num"


def header_date(sentence: Sentence, data: LanguageData, reference: date | None,
                named: AbstractSet[int] = frozenset()) -> date | None:
    """The date of a line that is only a date ("SATURDAY, MARCH 1", "21.05.2025 (07:50)"), or a date
    and the places in `named` ("11 вересня, Краматорськ (Донецька обл.).")."""
    dates = find_dates(sentence, [], data, reference=reference, last=None)
    explicit = [d for d in dates if d.kind in ("explicit", "weekday") and d.date]
    if not explicit:
        return None
    covered = {k for d in explicit for k in range(d.start, d.end)} | named
    rest = [t for k, t in enumerate(sentence.tokens) if k not in covered]
    filler = _header_filler(data)
    words = [t for t in rest if t.kind == "word" and not (set(t.lemmas) & filler) and t.norm not in filler]
    tokens = sentence.tokens
    clock = clock_colons(tokens)
    numbers = [t for k, t in enumerate(tokens) if t.kind == "num" and k not in covered
               and k - 1 not in clock and k + 1 not in clock]  # "(п'ятниця, 15 серпня, 23:59)": a time is no figure
    if len(words) <= 1 and len(numbers) <= 2:
        return explicit[-1].date
    return None
