"""casualties claims: people killed and injured, where, when, by whom.

A count is of people when a person noun follows it ("15 people", "three
children") or a casualty word governs it ("21 injured", "killing 12",
"загинули двоє", "29 deaths"); a singular person ("a 28-year-old woman was
killed", "погиб мирный житель") is one. Sub-counts ("including three
children", "two of them in Mykolaiv") keep the outcome of their total.
Superseded tolls ("the toll had stood at 23") are not claims.
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from skyledger.extract.air import (DASHES, _QUOTE_MARKS, _after_reporting, _aux_starts, _carried_place, _evidence, _in_other_clause, _lex,
                                  _opens_clause, appointing_country, respective_place, _where_clause_place, date_for, held_ground, referred_place,
                                  speaks_of_running_total)
from skyledger.extract.analysis import SentenceInfo
from skyledger.extract.context import DocContext, occupation_voice
from skyledger.extract.lexicon import terms, word_set
from skyledger.extract.numbers import Count
from skyledger.extract.phrases import Match
from skyledger.extract.places import PlaceMatch, listed_together
from skyledger.extract.text import LIST_JOINS, Token, bracket_spans
from skyledger.extract.weapons import grammatical_number
from skyledger.lang.morph import parses
from skyledger.models import Casualties


_LEADS = DASHES + (":",)  # what introduces a victim after a total: "ще одна постраждала – 58-річна жінка"
_CONJUNCTIONS = ("і", "та", "й", "и", "а", "але", "но")  # uk/ru: a new clause or conjunct begins
_CLAUSE_JOINS = frozenset(_CONJUNCTIONS + ("and", "but", "while"))  # and English: "was killed and four ... were injured"


class PersonCount(NamedTuple):
    count: Count  # type: ignore[assignment]
    value: int
    end: int  # token index after the person phrase
    population: str | None
    individual: bool  # one person described one by one ("a 71-year-old woman")
    parent: "PersonCount | None"  # the total a sub-count belongs to


def _person_after(info: SentenceInfo, k: int, ctx: DocContext, limit: int = 3):
    """A person noun within a few words: "15 people", "three port workers", "two of its employees"."""
    tokens = info.tokens
    for step in range(limit + 1):
        j = k + step
        if j >= len(tokens):
            return None
        m = info.mark_at("people", j) or info.mark_at("person1", j)
        if m:
            # "other people", "port workers": the last noun of the run is the head
            while m.end < len(tokens) and (info.mark_at("people", m.end) or info.mark_at("person1", m.end)):  # type: ignore[union-attr]
                m = info.mark_at("people", m.end) or info.mark_at("person1", m.end)  # type: ignore[union-attr]
            return m
        t = tokens[j]
        if t.norm in ("—", "–") and j >= 2 and {tokens[j - 1].norm, tokens[j - 2].norm} & {"них", "them"}:
            continue  # "двое из них — дети", "З них троє – діти": who the part are
        if t.kind != "word" or any(x.start == j for x in info.cat("casualty")) or any(x.start == j for x in info.cat("metric")):
            return None
        if info.weapon_at.get(j) or t.norm in terms(info.data, "grammar", "relatives"):
            return None  # "a truck park where drivers were waiting": the people of another clause
        if _AGE.match(t.norm) and not (j + 1 < len(tokens) and tokens[j + 1].kind == "word"):
            return Match(j, j + 1, ("person1", "age"))  # "including a 17-year-old": the age stands for the person
    return None


_AGE = re.compile(r"^(\d+)-(?:year-old|річн|летн)")


def _population(info: SentenceInfo, mark, ctx: DocContext) -> str:
    if mark is None:
        return "civilian"
    words = {t.norm for t in info.tokens[mark.start:mark.end]} | {l for t in info.tokens[mark.start:mark.end] for l in t.lemmas}
    if words & info_children(ctx):
        return "children"
    # "her 13-year-old brother" (English puts the age before the noun)
    before = info.tokens[mark.start - 1:mark.start] if mark.start > 0 and ctx.data.code == "en" else []
    ages = [int(a.group(1)) for t in [*before, *info.tokens[mark.start:mark.end]] if (a := _AGE.match(t.norm))]
    if ages and ages[0] < 18:
        return "children"
    if words & _lex(ctx, "casualties", "military"):
        return "military"
    return "civilian"


def info_children(ctx: DocContext) -> frozenset:
    """The words for children, as written (lower-cased) and as their normal forms, once per language."""
    cache = ctx.data._word_sets
    key = ("children-words",)
    if key not in cache:
        cache[key] = frozenset(w.lower() for w in _lex(ctx, "casualties", "children")) | word_set(
            ctx.data, "casualties", "children")
    return cache[key]


def _outcome(info: SentenceInfo, c: Count, end: int, ctx: DocContext) -> str | None:
    """The casualty word governing the count. English puts it after ("were killed"), unless an
    aside intervenes ("three people, including a child, were injured"); Ukrainian and Russian
    mostly before ("загинули двоє", "поранено сімох"). Failing both, further on in its clause
    ("a 49-year-old woman was taken to hospital with shrapnel wounds")."""
    n = len(info.tokens)
    if _died_later(info, c, ctx, end) or _injured_who_died(info, c, ctx):
        return "killed"
    # a stray article ("crew members of a vessel") does not end the stretch; "a woman" does
    stop = min((x.qstart for x in info.counts if x.qstart >= end
                and (x.form != "singular" or _person_after(info, x.end, ctx) is not None)), default=n)
    if _after_more(info, c, ctx) and not _verb_just_before(info, c):
        # "погибли двое, ещё один человек, ребёнок 2013 года рождения, ранен": "ещё" opens a
        # clause of its own, whose verb wins over the one before ("помер ще один" has its own)
        own = _clause_outcome(info, end, stop)
        if own:
            return own
    before = [m for m in info.cat("casualty") if m.end <= c.qstart and not _in_other_clause(info, m.end, c.qstart)]
    nearest = max(before, key=lambda m: m.end) if before else None
    left = nearest.value[1] if nearest else None
    right = _scan_right(info, end, stop, ctx, loose=False, asides=False)
    if right is not None:
        return right or None
    verb_first = ctx.data.lexicon.get("grammar", {}).get("verb_first")
    if verb_first and left:
        return left
    if nearest and c.form != "singular" and any(t.norm in _CLAUSE_JOINS for t in info.tokens[nearest.end:c.qstart]):
        # "A guard was killed and four workers on the night shift were injured": a clause of its own, its verb after
        right = _scan_right(info, end, stop, ctx, loose=True, asides=True)
        if right is not None:
            return right or None
    right = _scan_right(info, end, stop, ctx, loose=False, asides=True)
    if right is not None:
        return right or None
    if left:
        return left
    return _scan_right(info, end, stop, ctx, loose=True, asides=True) or None


def _died_later(info: SentenceInfo, c: Count, ctx: DocContext, end: int | None = None) -> bool:
    """"a woman who was wounded in the attack on Saturday died in hospital on Monday";
    "в больнице скончался раненый накануне мужчина", "померла ще одна постраждала": the death
    verb first, the wound an attribute of the person it governs."""
    died = terms(ctx.data, "casualties", "died_later")
    if not died:
        return False
    tokens = info.tokens
    injured = [m.start for m in info.cat("casualty") if m.value[1] == "injured"]
    if any(t.norm in died or t.lemma in died for t in tokens[c.end:]) and any(k >= c.end for k in injured):
        return True
    end = c.end if end is None else end
    for d in range(c.qstart - 1, max(c.qstart - 5, -1), -1):
        if tokens[d].norm in (",", ";") or any(x.start <= d < x.end for x in info.counts):
            return False  # "погибли двое, ещё один человек ... ранен": another clause's verb
        if tokens[d].norm in died or tokens[d].lemma in died:
            return any(d < k <= end for k in injured)
    return False


def _died_in_hospital(info: SentenceInfo, ctx: DocContext) -> bool:
    """"В субботу в больнице скончались двое раненых", "Уночі в лікарні помер юнак": a death that
    followed the attack, whose day is the attack's, not the day of the sentence."""
    died = terms(ctx.data, "casualties", "died_later")
    return any(t.norm in died or t.lemma in died for t in info.tokens) and _names_a_hospital(info, ctx)


def _after_more(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """uk/ru "ще", "ещё" just before the count: one more, in addition to a figure before."""
    return c.qstart > 0 and info.tokens[c.qstart - 1].norm in _lex(ctx, "casualties", "more")


def _verb_just_before(info: SentenceInfo, c: Count) -> bool:
    """A casualty word before the count with no comma or other count between."""
    for k in range(c.qstart - 1, -1, -1):
        if info.tokens[k].norm in (",", ";") or any(x.end == k + 1 for x in info.counts):
            return False
        if any(m.start == k for m in info.cat("casualty")):
            return True
    return False


def _clause_outcome(info: SentenceInfo, k: int, stop: int) -> str | None:
    """The first casualty word after k, up to the next count or a conjunction opening another clause."""
    for j in range(k, min(stop, k + 10)):
        m = info.mark_at("casualty", j)
        if m:
            return m.value[1]
        if info.tokens[j].norm == ";" or info.tokens[j].norm in _CONJUNCTIONS:
            return None
    return None


def _scan_right(info: SentenceInfo, k: int, stop: int, ctx: DocContext, loose: bool, asides: bool = True):
    """A casualty word after position k: its outcome, "" for a status that is not one
    ("listed as missing"), None for nothing found."""
    tokens, n = info.tokens, len(info.tokens)
    aux = _aux_starts(info)
    including = {m.start for m in info.cat("including")}
    adverbs = _lex(ctx, "grammar", "adverbs")
    ages = word_set(ctx.data, "numbers", "age_words")
    steps, limit = 0, (12 if loose else 6)
    while k < min(n, stop) and steps < limit:
        m = info.mark_at("casualty", k)
        if m:
            return m.value[1]
        if info.mark_at("other_status", k):
            return ""
        token = tokens[k]
        if asides and token.norm == "," and (k + 1 in including or (k + 1 < n and tokens[k + 1].norm in ages) or (
                k + 2 < n and tokens[k + 1].kind == "num" and tokens[k + 2].norm == ",")):
            # ", including a four-year-old child, were injured", ", aged 34 and 56, were", "a man, 63, was": skip the aside
            close = next((j for j in range(k + 2, n) if tokens[j].norm == ","), None)
            if close is None:
                return None
            k = close + 1
            stop = min((x.qstart for x in info.counts if x.qstart >= k), default=n)
            continue
        skippable = k in aux or token.norm in DASHES or token.norm in _QUOTE_MARKS or (
            token.kind == "word" and steps < 2 and token.norm in adverbs)  # '18 «пострадавших»', a word in quotes
        if not skippable and ctx.data.code != "en" and steps < 3 and token.kind == "word" and \
                token.norm not in _CONJUNCTIONS:
            skippable = True  # free word order: "ще 9 людей дістали поранень"
        if not skippable and loose and (token.kind == "word" or token.norm == ",") and \
                token.norm not in ("and", "but", "while"):
            skippable = True
        if not skippable:
            return None
        k = _past_aux(info, k) if k in aux else k + 1  # "are now known to be injured": the whole phrase
        steps += 1
    return None


def _subcount_parent(info: SentenceInfo, c: Count, found: list[PersonCount], ctx: DocContext):
    """"including three children", "two of them in Mykolaiv", "серед них п'ятеро дітей"."""
    including = [m for m in info.cat("including") if m.end <= c.qstart and c.qstart - m.end <= 2]
    tokens = info.tokens
    of_them = c.end + 1 < len(tokens) and tokens[c.end].norm in _lex(ctx, "grammar", "partitive") and \
        tokens[c.end + 1].norm in _lex(ctx, "grammar", "pronouns")
    if (including or of_them) and _in_condition(info, c, True) and _person_after(info, c.end, ctx) is None:
        return None  # "двое из них в тяжёлом состоянии": how they are, not who they are
    if (including or of_them) and found:
        return found[-1]
    if including and including[0].start <= 1 and _person_after(info, c.end, ctx):
        return ctx.last_casualty  # "Серед них – п'ятеро дітей." after the total
    if of_them and c.qstart == 0 and _person_after(info, c.end, ctx):
        return ctx.last_casualty  # "Three of them were children." after the total
    return None


def _group_named(info: SentenceInfo, c: Count, ctx: DocContext) -> str | None:
    """"Among the dead were two children", "six of the injured are children": the outcome of the
    group the count is taken from, named right before it or right after it."""
    for m in info.cat("including"):
        if m.end <= c.qstart and c.qstart - m.end <= 3:
            word = info.mark_at("casualty", m.end)
            if word is not None:
                return word.value[1]
    k = c.end
    tokens = info.tokens
    if k + 1 < len(tokens) and tokens[k].norm in _lex(ctx, "grammar", "partitive"):
        k += 2 if tokens[k + 1].norm in _lex(ctx, "grammar", "anaphora_articles") else 1
        word = info.mark_at("casualty", k)
        if word is not None and not _injured_who_died(info, c, ctx):
            return word.value[1]
    return None


def _children_of_the(info: SentenceInfo, k: int, ctx: DocContext) -> bool:
    """"six of the injured are children": the count's group, then what they are."""
    tokens = info.tokens
    aux = _aux_starts(info)
    j = next((m.end for m in info.cat("casualty") if k < m.start <= k + 3), None)
    while j is not None and j < len(tokens) and (j in aux or tokens[j].norm in DASHES):
        j += 1
    return j is not None and j < len(tokens) and (tokens[j].norm in info_children(ctx) or tokens[j].lemma in info_children(ctx))


def _injured_who_died(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"умер один из пострадавших", "one of the injured died": the injured noun says who, the death
    verb what happened to them."""
    k = c.end
    if k + 1 >= len(info.tokens) or info.tokens[k].norm not in _lex(ctx, "grammar", "partitive"):
        return False
    if info.tokens[k + 1].norm in _lex(ctx, "grammar", "anaphora_articles"):
        k += 1  # "one of the injured"
    noun = next((m for m in info.cat("casualty") if m.start == k + 1), None)
    return noun is not None and noun.value[1] == "injured" and any(
        m.value[1] == "killed" and not _clause_between(info, min(m.start, c.start), max(m.start, c.start))
        for m in info.cat("casualty") if m.start != noun.start)  # not "Among the dead ..., and six of the injured"


def _clause_between(info: SentenceInfo, a: int, b: int) -> bool:
    """A semicolon, or a comma before a conjunction ("..., and"), between tokens a and b."""
    tokens = info.tokens
    joins = ("and", "but", "while", *_CONJUNCTIONS)
    return any(tokens[k].norm == ";" or (tokens[k].norm == "," and tokens[k + 1].norm in joins) for k in range(a, b))


def _in_condition(info: SentenceInfo, c: Count, after_total: bool) -> bool:
    """"two of them in serious condition", "19 injured, nine hospitalised": a count of the wounded
    by their state is no new figure. The state word must be in the count's own clause; right
    after the count ("nine hospitalised") it is a state only after a total."""
    tokens = info.tokens
    for m in info.cat("condition"):
        gap = m.start - c.end
        # nor the state of another count after this one ("Из двенадцати раненых семеро госпитализированы")
        other = any(c.end <= x.start < m.start and x.form != "singular" for x in info.counts)
        if 0 <= gap <= 5 and (gap or after_total) and not other and not any(
                t.norm in (",", ";", ":") for t in tokens[c.end:m.start]):  # "rose to four: a man died in hospital"
            return True
    return False


def find_person_counts(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[PersonCount]:
    found: list[PersonCount] = []
    for c in info.counts:
        if c.start in consumed or c.value is None:
            continue
        person = _person_after(info, c.end, ctx)
        parent = _subcount_parent(info, c, found, ctx)
        if parent is None and _in_condition(info, c, bool(found)) and _person_after(info, c.end, ctx) is None:
            continue
        if any(m.end == c.qstart for m in info.cat("other_status")):
            continue  # "в лікарнях залишаються 14 постраждалих": still there, counted before
        if any(c.end <= m.start <= c.end + 4 for m in info.cat("stress")):
            continue  # "ще двоє людей мали гостру реакцію на стрес": shaken, not wounded
        if c.qstart > 0 and info.tokens[c.qstart - 1].norm in _lex(ctx, "casualties", "helped"):
            continue  # "родинам загиблих, а для 140 мешканців ... житло": people helped, not harmed
        if person is None and parent is None and found and c.qstart > 0 and info.tokens[c.qstart - 1].norm in ("–", "—"):
            parent = found[-1]  # "поранено 3 людей, у Дніпропетровській – 2": the same figure for another place
        if person is None and parent is None and found and _placed_after_colon(info, found[-1].parent or found[-1], c):
            parent = found[-1].parent or found[-1]  # "вбили 3 жителів: 2 у Костянтинівці та 1 в Покровську"
        if person is None and parent is None and found and _sibling_by_place(info, found[-1], c):
            parent = found[-1]  # "11 people were killed in A, four in B and one in C": the same outcome, place by place
        if _increment(info, c):
            continue  # "after two more people died": the toll went up by these, the total is the claim
        if _group_of_one(info, c, ctx):
            continue  # "a man, one of the four people pulled out injured, died": the four were counted before
        if person is None:
            if _counts_a_thing(info, c, ctx) or c.end in info.weapon_at:
                continue  # "повреждены три автомобиля, пострадала женщина": cars, not people; "двома КАБ": bombs
            casualty_next = any(m.start in range(c.end, c.end + 3) for m in info.cat("casualty"))
            casualty_before = any(m.end == c.qstart or _adverbs_between(info, m.end, c.qstart, ctx)
                                  or _labelled(info, m.end, c)  # "injuring more than 100", "загиблих тепер двоє",
                                  for m in info.cat("casualty"))  # "Загиблих – троє"
            rising = _is_toll(info, c, ctx)  # "has risen to two"
            if not (casualty_next or casualty_before or rising or parent):
                continue
            if c.form == "both" and _both_of_a_thing(info, c):
                continue  # "cuts both ways": both of something else
            if c.form == "singular" and (parent is None or info.tokens[c.start].norm in _lex(ctx, "grammar", "articles")) \
                    and not _one_then_casualty(info, c, ctx):
                continue  # but "..., four in B and one in C": one, place by place; "one dead, 11 injured"
            end = c.end
        else:
            end = person.end
            if c.value == 1 and end + 1 < len(info.tokens) and info.tokens[end].norm == ",":
                # "ещё один человек, ребёнок 2013 года рождения, ранен": the apposition says who
                person = info.mark_at("person1", end + 1) or person
        articles = _lex(ctx, "grammar", "articles")
        individual = parent is None and (
            (c.form == "singular" and info.tokens[c.start].norm in articles) or (c.form == "both" and person is None))
        population = _population(info, person, ctx)
        if person is None and _children_of_the(info, end, ctx):
            population = "children"  # "six of the injured are children"
        if individual and found and found[-1].individual and found[-1].parent is None \
                and any(c.end <= m.start <= c.end + 1 for m in info.cat("person1")) \
                and _coordinated(info, found[-1].end, c.qstart, ctx):
            found[-1] = _one_more(found[-1], end, population)  # "injuring a man and a woman": two people, one figure
            continue
        found.append(PersonCount(c, c.value, end, population, individual, parent))
    found.extend(_bare_subcounts(info, ctx, found))
    found.extend(_dash_breakdown(info, ctx, found))
    return _bare_individuals(info, ctx, {p.count.start for p in found} | consumed, found)


def _group_of_one(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """Is c the group that "one of" takes its one from ("one of the four people", "один із шести
    портовиків")? The sentence tells of the one; the group is a figure told before."""
    k = c.qstart - 1
    if k >= 1 and info.tokens[k].norm in _lex(ctx, "grammar", "anaphora_articles"):
        k -= 1
    if k < 1 or info.tokens[k].norm not in _lex(ctx, "grammar", "partitive"):
        return False
    return any(x.end == k and x.value == 1 for x in info.counts)


def _both_of_a_thing(info: SentenceInfo, c: Count) -> bool:
    """"both ways", "обидва боки": "both" before a noun that is no person."""
    k = c.end
    if k >= len(info.tokens) or info.tokens[k].kind != "word":
        return False
    return not any(m.start == k for cat in ("aux", "casualty", "people", "person1") for m in info.cat(cat))


def _labelled(info: SentenceInfo, label_end: int, c: Count) -> bool:
    """"Загиблих – троє", "Раненых: 11", "Killed — 3": a casualty word set before its figure as a label."""
    return c.qstart == label_end + 1 and info.tokens[label_end].norm in _LEADS


def _adverbs_between(info: SentenceInfo, start: int, end: int, ctx: DocContext) -> bool:
    adverbs = _lex(ctx, "grammar", "adverbs")
    return start < end <= start + 2 and all(t.norm in adverbs for t in info.tokens[start:end])


def _one_then_casualty(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"one dead, 11 injured", "leaves one dead", "and one was injured": "one" as a number, the casualty
    word right after it or after its auxiliaries."""
    tokens = info.tokens
    if tokens[c.start].norm in _lex(ctx, "grammar", "articles") or c.end != c.start + 1:
        return False
    if c.start > 0 and tokens[c.start - 1].norm in _lex(ctx, "casualties", "no_words"):
        return False  # "no one was hurt"
    k = c.end
    aux = _aux_starts(info)
    while k in aux and k - c.end < 3:
        k = _past_aux(info, k)
    return any(m.start == k for m in info.cat("casualty"))


def _past_aux(info: SentenceInfo, k: int) -> int:
    """The token after the auxiliary phrase at token k ("were", "are now known to be")."""
    mark = info.mark_at("aux", k)
    return mark.end if mark is not None else k + 1


def _sibling_by_place(info: SentenceInfo, before: PersonCount, c: Count) -> bool:
    """A bare count right after a count with a place, joined by a comma or "and", with a place of its own."""
    tokens = info.tokens
    locations = {m.start for m in info.cat("location")}

    districts = terms(info.data, "grammar", "district_words")

    def placed(k: int) -> bool:  # a place, or "in the X district", starts at k
        if any(p.start == k for p in info.places):
            return True
        return k in locations and (any(k < p.start <= k + 3 for p in info.places) or any(
            t.norm in districts or t.lemma in districts for t in tokens[k + 1:k + 5]))

    between = [t.norm for t in tokens[before.end:c.qstart]]
    joined = bool(between) and between[-1] in LIST_JOINS
    return joined and placed(c.end) and any(placed(k) for k in range(before.end, min(before.end + 4, c.qstart)))


def _placed_after_colon(info: SentenceInfo, before: PersonCount, c: Count) -> bool:
    """A bare count with a place after it, in a list a colon opened after the total: a breakdown by place."""
    tokens = info.tokens
    colon = next((k for k in range(before.end, c.qstart) if tokens[k].norm == ":"), None)
    if colon is None:
        return False
    if any(colon < m.start < c.qstart for m in info.cat("casualty")):
        return False  # "…: 2 загинули": a count with a verb of its own (the total's own, "were killed:", is before)
    return any(c.end <= x.start <= c.end + 1 for x in info.cat("location") + info.places)


def _dash_breakdown(info: SentenceInfo, ctx: DocContext, found: list[PersonCount]) -> list[PersonCount]:
    """"Пострадали два человека — мужчина 1962 года рождения и 12-летняя девочка": the people
    after a dash that follows a count are that count's people. A child among them is a sub-count
    of its own (children); an adult is one described one by one, inside the total."""
    if ctx.data.code == "en":
        return []  # English says "a man": counted, with its article, as a count of its own
    tokens, out = info.tokens, []
    taken = {p.count.start for p in found}
    for total in [p for p in found if p.parent is None]:
        k = total.end
        victim = info.mark_at("casualty", k)
        if victim:
            k = victim.end  # "ще одна постраждала – 58-річна жінка": the victim noun, then the dash
        if k >= len(tokens) or tokens[k].norm not in _LEADS:
            continue
        for m in sorted(info.cat("person1"), key=lambda m: m.start):
            if m.start <= k or any(abs(m.start - t) <= 2 for t in taken):
                continue
            if any(k < x.start < m.start for x in info.cat("casualty")) or any(t.norm == ";" for t in tokens[k:m.start]):
                break  # the breakdown ends where another clause begins
            if grammatical_number(tokens, m.start, m.end, ctx.data.code) == "plur":
                continue  # "чоловіків 34, 51 та 70 років": how many is not a bare one
            population = _population(info, m, ctx)
            fake = Count(m.start, m.end, 1, "exact", "implicit", m.start)
            out.append(PersonCount(fake, 1, m.end, population, population != "children", total))
            taken.add(m.start)
    return out


def _bare_subcounts(info: SentenceInfo, ctx: DocContext, found: list[PersonCount]) -> list[PersonCount]:
    """"серед них дитина", "среди них ребёнок", "including a child" without a number: one."""
    out: list[PersonCount] = []
    if ctx.data.code == "en":
        return out  # English says "a child"; the article is a count already
    taken = {p.count.start for p in found}
    for m in info.cat("including"):
        if any(c.end == m.start for c in info.counts):
            continue  # "two of them children": counted already
        k = m.end
        while k < len(info.tokens) and info.tokens[k].norm in _LEADS:
            k += 1
        if k + 1 < len(info.tokens) and not info.mark_at("person1", k) and info.tokens[k].kind == "word":
            k += 1  # "серед них 11-річна дитина"
        person = info.mark_at("person1", k)
        if person is None or any(abs(k - t) <= 1 for t in taken):
            continue
        if grammatical_number(info.tokens, k, person.end, ctx.data.code) == "plur":
            continue  # "серед них діти": children, but how many is not said
        if any(c.start in range(m.end, k + 1) for c in info.counts):
            continue
        before = [p for p in found if p.count.end <= m.start]
        parent = before[-1] if before else ctx.last_casualty
        if parent is None:
            continue
        fake = Count(k, person.end, 1, "exact", "implicit", k)
        out.append(PersonCount(fake, 1, person.end, _population(info, person, ctx), False, parent))
    return out


def _counts_a_thing(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """uk/ru: the word after the count is a noun that is not a person; any language: an animal
    ("about 2,000 hens died", "загинули 40 корів")."""
    if c.end >= len(info.tokens):
        return False
    animals = _lex(ctx, "casualties", "animal_words")
    if any(t.norm in animals or t.lemma in animals for t in info.tokens[c.end:c.end + 2]):
        return True
    if ctx.data.code == "en":
        return False
    k = c.end
    for _ in range(3):  # past adjectives: "более 50 жилых домов"
        if k >= len(info.tokens):
            return False
        token = info.tokens[k]
        if any(m.start == k for m in info.cat("casualty")):
            return _describes_a_thing(info, k + 1, ctx)  # "19 пострадавших торговых точек": outlets, not people
        if token.kind != "word" or any(m.start == k for m in info.cat("people")):
            return False
        tags = parses(token.norm, ctx.data.code)
        if not tags or not tags[0][1].startswith(("ADJF", "PRTF")):
            return bool(tags) and tags[0][1].startswith("NOUN")
        k += 1
    return False


def _describes_a_thing(info: SentenceInfo, k: int, ctx: DocContext) -> bool:
    """Does a noun that is no person follow k, past adjectives ("пострадавших | торговых точек")?"""
    for j in range(k, min(k + 3, len(info.tokens))):
        token = info.tokens[j]
        if token.kind != "word" or any(m.start == j for m in info.cat("people") + info.cat("casualty")):
            return False
        tags = parses(token.norm, ctx.data.code)
        if not tags or not tags[0][1].startswith("ADJF"):
            return bool(tags) and tags[0][1].startswith("NOUN")
    return False


def _is_toll(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"has risen to two", "the number of injured to 31": the latest toll, which replaces earlier ones."""
    return any(m.end in (c.qstart, c.start) for m in info.cat("rising")) or _rising_to(info, c, ctx)


def _rising_to(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"the number of injured to 31", "the death toll from Thursday's strike on Kryvyi Rih to 14": a
    toll given after "to" with its casualty word before, near or with a phrase on the attack between."""
    tokens = info.tokens
    if c.qstart == 0 or tokens[c.qstart - 1].norm not in _lex(ctx, "grammar", "to_words"):
        return False
    leads = _lex(ctx, "grammar", "toll_of_words")
    return any(0 <= c.qstart - m.end <= 4 or (
        0 < c.qstart - m.end <= 10 and tokens[m.end].norm in leads
        and not any(t.norm in (",", ";") or t.kind == "num" for t in tokens[m.end:c.qstart - 1]))
        for m in info.cat("casualty"))


def _increment(info: SentenceInfo, c: Count) -> bool:
    """"after two more people died", "recovered two more bodies, bringing the toll ... to 29": the toll
    went up by these; the total after it is the claim."""
    tokens = info.tokens
    more = c.end < len(tokens) and tokens[c.end].norm in ("more", "further", "additional")
    tolls = terms(info.data, "casualties", "toll_words")
    toll_after = any(t.norm in tolls for t in tokens[c.end:]) and any(x.qstart > c.end for x in info.counts)
    return more and (bool(info.cat("rising")) or toll_after)


def _bare_individuals(info: SentenceInfo, ctx: DocContext, taken: set[int],
                      found: list[PersonCount]) -> list[PersonCount]:
    """The counts found, and the people named with no number after them: uk/ru have no article
    ("загинула жінка", "погиб мирный житель" are one person); in English, a person the verb names
    with "its"/"the" ("killing its driver"), or one joined to a person counted just before ("a
    9-year-old girl and her 13-year-old brother")."""
    english = ctx.data.code == "en"
    out: list[PersonCount] = list(found)
    for m in sorted(info.cat("person1"), key=lambda m: m.start):
        if any(0 <= m.start - k <= 2 or (0 < k - m.start <= 2 and "," not in [t.norm for t in info.tokens[m.end:k]])
               for k in taken):
            continue  # a count's own person; but "ранены фельдшер и водитель, оба ...": "оба" counts them again
        joined = bool(out) and out[-1].end <= m.start and _coordinated(info, out[-1].end, m.start, ctx)
        subject = english and _aged_subject(info, m.start)
        if english and not joined and not subject and not _determined_person(info, m.start) \
                and not (m.start == 1 and info.tokens[0].norm == "the") \
                and not _the_one_who_died(info, m, ctx):
            continue
        if joined and (english or not _unnumbered_plural(info, m, ctx)):
            # "поранено водія та пасажира": two people, one figure
            out[-1] = _one_more(out[-1], m.end, _population(info, m, ctx))
            continue
        nobody = info.cat("nobody")  # "повреждён объект энергетики, пострадавших нет": none were hurt
        reach = 8 if subject else 3  # "The 38-year-old driver was taken to hospital with shrapnel wounds"
        near = [x for x in info.cat("casualty") if (abs(x.start - m.start) <= reach or abs(m.start - x.end) <= 3)
                and not any(n.start <= x.start < n.end for n in nobody)]
        if not near:
            continue
        if not english and _unnumbered_plural(info, m, ctx):
            continue  # "пострадали дети", "поранено кількох людей": some, but how many is not said
        fake = Count(m.start, m.end, 1, "exact", "singular", m.start)
        out.append(PersonCount(fake, 1, m.end, _population(info, m, ctx), True, None))
    return out


def _one_more(last: PersonCount, end: int, population: str | None) -> PersonCount:
    """The person count before, with one more person joined to it ("водія та пасажира"), ending at end."""
    both = last.population if last.population == population else "civilian"
    count = Count(last.count.start, end, last.value + 1, last.count.qualifier, last.count.form, last.count.qstart,
                  last.count.each)
    return last._replace(value=last.value + 1, end=end, population=both, count=count)


_DETERMINERS = ("its", "his", "her", "their", "the")


def _determined_person(info: SentenceInfo, k: int) -> bool:
    """"killing the driver", "wounding his 16-year-old son": a person the casualty verb names
    with a determiner, and at most an age between."""
    tokens = info.tokens
    j = k - 1
    if j >= 1 and tokens[j].norm.endswith("-year-old"):
        j -= 1
    return j >= 1 and tokens[j].norm in _DETERMINERS and any(x.end == j for x in info.cat("casualty"))


def _aged_subject(info: SentenceInfo, k: int) -> bool:
    """"The 38-year-old driver was taken to hospital ...": a person with an age who opens the sentence."""
    tokens = info.tokens
    return k == 2 and tokens[1].norm.endswith("-year-old") and tokens[0].norm == "the"


def _the_one_who_died(info: SentenceInfo, m: Match, ctx: DocContext) -> bool:
    """"The man who was wounded in Graivoron on Friday died in intensive care": a person told of
    first by what befell him, who died of it."""
    tokens = info.tokens
    j = m.start - 1
    if j >= 0 and tokens[j].norm.endswith("-year-old"):
        j -= 1
    died = terms(ctx.data, "casualties", "died_later")
    return j >= 0 and tokens[j].norm == "the" and m.end < len(tokens) and tokens[m.end].norm == "who" \
        and any(t.norm in died for t in tokens[m.end:])


def _coordinated(info: SentenceInfo, end: int, start: int, ctx: DocContext) -> bool:
    """"водія та пасажира", "мужчина и 70-летняя женщина": "and" and at most a few modifiers between."""
    between = info.tokens[end:start]
    if not between or between[0].norm not in _lex(ctx, "casualties", "coordination") or len(between) > 3:
        return False
    return not any(end <= x.start < start for x in info.cat("casualty")) and \
        not any(end <= c.start < start for c in info.counts)


def _unnumbered_plural(info: SentenceInfo, m: Match, ctx: DocContext) -> bool:
    """People in the plural with no number: not one person, and no count."""
    before = info.tokens[m.start - 1] if m.start else None
    if before is not None and ({before.norm, before.lemma} & _lex(ctx, "casualties", "several")):
        return True  # "несколько человек": "человек" reads as a singular too
    return grammatical_number(info.tokens, m.start, m.end, ctx.data.code) == "plur"


def casualty_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[tuple[Casualties, str | None]]:
    """Claims with a tag: "individual" for a person described one by one (dropped later if a total
    covers them), "toll" for a running toll."""
    if not (info.cat("casualty") or info.cat("rising") or info.cat("including")):
        return []  # no word for killing or injuring: nothing to count
    aside = _superseded_asides(info)
    up_from = info.cat("up_from")
    if up_from:  # "had confirmed 11 deaths, up from the six it reported": the figure before it is the latest
        aside.append((up_from[0].start, len(info.tokens)))
    else:
        for m in info.cat("superseded"):
            if any(a < m.start < b for a, b in aside):
                continue
            # "загиблих уже семеро; раніше повідомлялося про п'ятьох", "поранених шестеро: одну жінку
            # враховано помилково": the current figure, then a clause on the earlier one
            stop = max((k for k in range(m.start) if info.tokens[k].norm in (";", ":")), default=None)
            if stop is None or not any(c.end <= stop and c.form != "singular" for c in info.counts):
                turn = _revision_turn(info, m, ctx)
                if turn is None:
                    return []  # "Ранее сообщалось о 12 погибших": an earlier figure
                aside.append((-1, turn))  # "initially counted 23 injured, but later revised it to 21"
                continue
            aside.append((stop, len(info.tokens)))
    consumed.update(c.start for c in info.counts if any(a < c.start < b for a, b in aside))
    if speaks_of_running_total(info):
        return []
    out: list[tuple[Casualties, str | None]] = []
    outcomes: dict[int, str] = {}
    increments: set[int] = set()  # counts that only add to a toll given before
    people = find_person_counts(info, ctx, consumed)
    for pc in people:
        if _who_they_were(info, pc, people, ctx):
            continue
        outcome = _outcome(info, pc.count, pc.end, ctx)
        parent_outcome = outcomes.get(pc.parent.count.start) if pc.parent is not None else None
        if pc.parent is not None and parent_outcome is None and pc.parent.count.start >= len(info.tokens):
            parent_outcome = ctx.last_casualty_outcome
        if pc.parent is not None and parent_outcome is None and pc.parent is ctx.last_casualty:
            parent_outcome = ctx.last_casualty_outcome  # the total was in the sentence before
        named = _group_named(info, pc.count, ctx)
        if named and pc.population == "civilian" and not info.places:
            continue  # "Two of the dead were port workers": who some of the dead were, not a figure of its own
        if named:
            outcome, parent_outcome = named, None  # "Among the dead were two children": of the dead, whatever came last
        if parent_outcome and (outcome is None or pc.population == "children" or pc.individual):
            outcome = parent_outcome  # "два человека — мужчина и девочка": the total's outcome
        if outcome is None:
            continue
        if pc.parent is not None and pc.parent.count.start in increments:
            continue
        regions = _regions(info, pc, ctx, people)
        # (but "число погибших возросло до четырёх, ещё семнадцать человек ранены": another outcome, a figure of its own)
        rising_here = bool(info.cat("rising")) and (outcome in outcomes.values() or not outcomes)
        if pc.parent is None and _after_more(info, pc.count, ctx) and (
                rising_here or (outcome in ctx.people_total and ctx.people_total[outcome] == regions[0])):
            increments.add(pc.count.start)
            continue  # "помер ще один чоловік" after "загиблих зросла до 20": already in the toll (of that place)
        outcomes[pc.count.start] = outcome
        for region in regions:
            attacker = _attacker(info, region, ctx)
            claim = Casualties(
                outcome=outcome, count=pc.value, qualifier=pc.count.qualifier, region=region, attacker=attacker,  # type: ignore[arg-type]
                population=pc.population, date=_date(info, pc.count, ctx),  # type: ignore[arg-type]
                claimant=_claimant(info, ctx), evidence=_evidence(info, pc.count),
            )
            # "The death toll has risen to five, and 21 people have been injured": both are the latest
            # (and so are the children among them)
            toll = _is_toll(info, pc.count, ctx) or (bool(info.cat("rising")) and (
                pc.parent is None or pc.population == "children")) or (
                ctx.update_paragraph == info.sent.paragraph and pc.parent is None) or (
                _opens_with_total(info) and info.says("context", "now_words"))  # "In total, ... has now treated 23"
            if toll and pc.parent is None:
                ctx.people_total[outcome] = region  # where the latest toll of each outcome was, for "ще один" after it
            individual = pc.individual or _of_someone(info, pc.count, ctx)
            out.append((claim, "individual" if individual else ("toll" if toll else None)))
        consumed.add(pc.count.start)
        if pc.parent is None:
            ctx.last_casualty, ctx.last_casualty_outcome = pc, outcome
    return out


def _revision_turn(info: SentenceInfo, m: Match, ctx: DocContext) -> int | None:
    """The "but" after an earlier figure that turns to the current one ("первоначально сообщил о
    девяти пострадавших, но позже уточнили: ранены семеро"): a count of people, and a word for
    their harm, follow it. (Not "but three people had been counted twice": no current figure.)"""
    turns = word_set(ctx.data, "casualties", "revision_turns")
    for k in range(m.end, len(info.tokens)):
        if info.tokens[k].norm in turns:
            named = any(x.start > k for x in info.cat("casualty"))
            return k if named and any(c.start > k and c.form != "singular" for c in info.counts) else None
    return None


def _superseded_asides(info: SentenceInfo) -> list[tuple[int, int]]:
    """Brackets that give an earlier figure ("Ранены 94 человека (ранее называлась цифра 87)"):
    only their own figure is superseded."""
    spans = bracket_spans(info.tokens)
    return [(a, b) for a, b in spans if any(a < m.start < b for m in info.cat("superseded"))]


def _who_they_were(info: SentenceInfo, pc: PersonCount, people: list[PersonCount], ctx: DocContext) -> bool:
    """"Three people were injured: two women aged 52 and 70 and a 41-year-old man", "Three people were
    hurt, two men and a woman": the people of the total before, told by who they were, with no verb
    or place of their own (children among them are a figure of their own: "among them two children")."""
    c = pc.count
    total = next((q for q in reversed(people) if q.count.end <= c.qstart and q.value > pc.value), None)
    if total is None or pc.parent is not None or pc.population != "civilian":
        return False
    tokens = info.tokens
    sep = max((k for k in range(total.end, c.qstart) if tokens[k].norm in (":", ",")), default=None)
    if sep is None or any(sep < m.start < c.qstart for cat in ("casualty", "including") for m in info.cat(cat)) \
            or not any(m.end <= sep for m in info.cat("casualty")):
        return False  # "ранены два человека, погиб сторож": a verb of its own; the total's comes before the list
    stop = next((k for k in range(c.end, len(tokens)) if tokens[k].norm in (";", ".")), len(tokens))
    return not any(c.end <= m.start < stop for m in info.cat("casualty")) and not any(c.end <= p.start < stop for p in info.places)


def _of_someone(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"Kovalchuk and two of his colleagues", "двое из его коллег": some of the people of someone
    named, told one by one as a toll's individuals are (but "двох його пасажирів" are all of them)."""
    tokens = info.tokens
    k = c.end
    return k + 1 < len(tokens) and tokens[k].norm in terms(ctx.data, "grammar", "partitive") \
        and tokens[k + 1].norm in word_set(ctx.data, "casualties", "relation_of")


def _date(info: SentenceInfo, c: Count, ctx: DocContext):
    """A toll that "rose to 23 on Friday" counts the dead of the attack: its day is the attack's,
    the earliest day the sentence names, not the day the toll was updated."""
    if info.cat("rising") or info.cat("up_from") or info.cat("superseded") or _rising_to(info, c, ctx) \
            or _died_later(info, c, ctx) or _died_in_hospital(info, ctx):  # (a toll revised is the attack's too)
        reporting = _lex(ctx, "grammar", "reporting")  # "..., the administration said on Wednesday": not the attack's day
        days = [d.date for d in info.dates if d.date and not d.bound and not _after_reporting(info, d, reporting)]
        # a digest's section ("SUNDAY, NOVEMBER 17") tells of its own day
        told = ctx.last_date or (ctx.reference if ctx.reference != ctx.doc.published else None)
        if days and told and min(days) > told and not info.weapons:
            return told  # "By Monday the toll had reached seven": the day it rose, after the attack the story told
        if days:
            return min(days)
        if ctx.story_date and ctx.dated_sections <= 1 and not info.names_an_attack():
            # "Число раненых достигло девяти" after a death told on a later day: the story's attack (but "the toll
            # of that strike" is of the strike just told)
            return ctx.story_date
    # "A coach was killed and 34 were injured, the administration said on Sunday", after the strike of
    # Saturday: the toll of the attack told before, if the sentence tells of no attack of its own
    aftermath = not info.weapons and not info.cat("metric")
    return date_for(info, c, ctx, told_day=not (_is_toll(info, c, ctx) or aftermath))


def _regions(info: SentenceInfo, pc: PersonCount, ctx: DocContext, people: Sequence[PersonCount] = ()) -> list[str | None]:
    """"По одній людині загинули на Запоріжжі та на Дніпропетровщині": one claim per place."""
    if pc.count.each:  # the places after it, else those before ("Херсон і Нікополь: по одній загиблій людині")
        for after in (True, False):
            places = [p.code for p in info.places if (p.start >= pc.count.end) == after
                      and p.kind in ("region", "city") and p.code]
            distinct: list[str | None] = list(dict.fromkeys(places))
            if len(distinct) > 1:
                return distinct
    return [_region(info, pc, ctx, people)]


def _region(info: SentenceInfo, pc: PersonCount, ctx: DocContext, people: Sequence[PersonCount] = ()) -> str | None:
    c = pc.count
    respective = respective_place(info, c)
    if respective is not None:
        return respective  # "загинули відповідно двоє і троє"
    if _total_of_place_list(info, pc):
        return None  # "Seven people were killed: three in the Zhytomyr region, two in the Dnipropetrovsk region ..."
    where = _where_clause_place(info, c, ctx)
    if where is not None:
        return where  # "in the Lviv region in the west, where a missile hit a village near Zolochiv, killing five"
    places = [p for p in info.places if p.kind in ("region", "city", "country")]
    # "Russia's Belgorod region": the country owns the place that follows it
    named = {p.start for p in places if p.kind != "country"}
    tokens = info.tokens
    places = [p for p in places if p.kind != "country" or not (
        {p.end, p.end + 1} & named or (p.end < len(tokens) and tokens[p.end].norm == "'s")  # "Russia's attack"
        or appointing_country(info, p))]
    country = [PlaceMatch(m.start, m.end, None, "country", "country") for m in info.cat("country_ref")]
    candidates = places + country or _capital_place(info, ctx)
    struck = _struck_places(info, ctx)
    if struck and (_died_later(info, c, ctx) or _names_a_hospital(info, ctx)):
        return struck[0].code  # "у лікарні Дніпра помер чоловік, якого після удару по Краматорську евакуювали"
    if candidates:
        # "two of them in Mykolaiv": a place in the count's own clause after it; else the nearest before
        nxt = min((x.qstart for x in info.counts if x.qstart > c.end), default=len(info.tokens))
        joins = terms(info.data, "grammar", "clause_conjunctions")  # "... rises to 6 as attacks hit Kherson"
        comma = next((k for k in range(c.end, len(info.tokens)) if info.tokens[k].norm in (",", ";")
                      or _opens_clause(info.tokens, k, joins)), len(info.tokens))
        after = [p for p in candidates if c.end <= p.start < min(nxt, c.end + 10, comma)]
        before = [p for p in candidates if p.end <= c.qstart]
        if len({p.code for p in after if p.kind == "region"}) > 1:
            return None  # "in the Kherson and Zaporizhzhia regions": no one region
        if after:
            nearest = min(after, key=lambda p: p.start)
        elif before:
            nearest = max(before, key=lambda p: p.end)
        elif len({p.code for p in candidates if p.kind != "country"}) > 1:
            return None  # "the toll rose to 44 as rescuers cleared ruins in Kyiv, Dnipro and Odesa": places of a clause aside
        elif _place_of_a_part(info, pc, candidates, people):
            return None  # "Загинули 6 людей, з них 4 — у Києві": the place is the part's, the rest were elsewhere
        elif all(_in_other_clause(info, c.end, p.start) for p in candidates):
            # "Nine wounded still, the boy among them; he has been moved to Kyiv for surgery": the place
            # of the clause after a semicolon is not theirs; the place the text was on is
            told = referred_place(ctx, False)
            return told[0] if told else None
        else:
            nearest = min(candidates, key=lambda p: abs(p.start - c.end))
        listed = _listed_with(info, candidates, nearest)
        if len({p.code for p in listed}) > 1 and all(p.kind in ("region", "city") for p in listed):
            return None  # "killed four and injured 13 across the Kherson, Donetsk and Kharkiv regions"
        return nearest.code if nearest.kind != "country" else None
    if any(t.norm in _lex(ctx, "grammar", "regions_plural") for t in info.tokens):
        return None  # "killed six across front-line regions": several, none named
    for m in info.cat("anaphora"):
        # "residents of the region" is the last place named; "the city", the last settlement
        city = any(t.norm in _lex(ctx, "grammar", "city_words") for t in info.tokens[m.start:m.end])
        place = referred_place(ctx, city)
        if place:
            return place[0]
    if ctx.entry_region:
        return ctx.entry_region  # "21:50 Hypermarket: 12 dead": where the feed's entries so labelled were
    if _opens_with_total(info) and ctx.paragraph_regions[0] == info.sent.paragraph and len(ctx.paragraph_regions[1]) > 1:
        return None  # "Итого: 5 погибших, 24 раненых" under rows by region: all of them, not the last row's
    carried = _carried_place(info, ctx)
    if carried:
        return carried  # the place of the sentence before, in its paragraph (a channel's item on another town)
    if ctx.home or ctx.section_region:
        return ctx.home or ctx.section_region
    if ctx.places_listed and ctx.previous_places and ctx.previous_places[0] == info.sent.paragraph:
        return None  # "... struck the Odesa, Mykolaiv and Kherson regions. At least 11 civilians were killed": all of them
    placed_here = ctx.paragraph_regions[0] == info.sent.paragraph and bool(ctx.paragraph_regions[1])
    if ctx.toll_region and (info.cat("rising") or info.cat("up_from")) and not placed_here:
        # "Four people have now been killed" in a later update: the toll told before, not a place another update named
        return ctx.toll_region
    if ctx.region_place and not (_opens_with_total(info) and len(ctx.regions_seen) > 2):
        return ctx.region_place[0] if ctx.region_place[1] != "country" else None
    return ctx.home


def _place_of_a_part(info: SentenceInfo, pc: PersonCount, places: list, people: Sequence[PersonCount]) -> bool:
    """Is every place of the sentence the one a part of the total is in ("six people were killed,
    four of them in Kyiv"), right after the part, which is of the total's own kind (not "including
    five children, the Poltava governor said")?"""
    parts = [x for x in people if x.parent is pc and x.population == pc.population and not x.individual]
    return bool(places) and any(all(x.end <= p.start <= x.end + 3 and "," not in [t.norm for t in info.tokens[x.end:p.start]]
                                    for p in places) for x in parts)


def _opens_with_total(info: SentenceInfo) -> bool:
    """"Загалом, за даними МВС, унаслідок атаки загинули семеро" after several regions' tolls: a summary
    over all the places before, not the last one's."""
    return info.says_at(0, "context", "running_total")


def _total_of_place_list(info: SentenceInfo, pc: PersonCount) -> bool:
    """Is the count followed by a colon and a list of figures in two regions or more?"""
    tokens = info.tokens
    colon = next((k for k in range(pc.end, min(pc.end + 12, len(tokens))) if tokens[k].norm == ":"), None)
    if colon is None or any(pc.end <= x.qstart < colon for x in info.counts):
        return False
    listed = {p.code for p in info.places if p.start > colon and p.kind == "region" and p.code}
    return len(listed) > 1 and any(x.qstart > colon for x in info.counts)


def _listed_with(info: SentenceInfo, places: list[PlaceMatch], place: PlaceMatch) -> list[PlaceMatch]:
    """The place with those listed beside it, joined by commas and "and" alone."""
    ordered = sorted(places, key=lambda p: p.start)
    k = ordered.index(place)
    first, last = k, k
    while first > 0 and listed_together(info.tokens, ordered[first - 1], ordered[first]):
        first -= 1
    while last + 1 < len(ordered) and listed_together(info.tokens, ordered[last], ordered[last + 1]):
        last += 1
    return ordered[first:last + 1]


def _names_a_hospital(info: SentenceInfo, ctx: DocContext) -> bool:
    hospital = word_set(ctx.data, "casualties", "hospital")
    return any(t.lemma in hospital or t.norm in hospital for t in info.tokens)


def _struck_places(info: SentenceInfo, ctx: DocContext) -> list:
    """Places named as a strike's target: "удару по Краматорську", "the attack on Kramatorsk"."""
    attacks = _lex(ctx, "grammar", "attack_nouns")
    tokens = info.tokens
    return [p for p in info.places if p.kind in ("region", "city") and p.code and p.start >= 2
            and tokens[p.start - 1].norm in ("по", "on", "на") and
            (tokens[p.start - 2].norm in attacks or tokens[p.start - 2].lemma in attacks)]


def _capital_place(info: SentenceInfo, ctx: DocContext) -> list:
    # "the capital" is the text's own side's: Moscow where "the enemy" is Ukraine, else Kyiv
    code = "RU-MOW" if ctx.enemy_of() == "UA" else "UA-30"
    return [PlaceMatch(m.start, m.end, code, "city", "capital") for m in info.cat("capital")]


def _attacker(info: SentenceInfo, region: str | None, ctx: DocContext) -> str | None:
    attack_words = _lex(ctx, "grammar", "attack_nouns")
    tokens = info.tokens

    def attack_word(t: Token) -> bool:
        return t.norm in attack_words or t.lemma in attack_words

    def tied(m: Match) -> bool:  # "Russian missile strike", "Ukrainian drones", "Russian forces"
        if (m.end - m.start) > 1:
            return True
        if any(attack_word(t) for t in tokens[m.end:m.end + 4]):
            return True
        k = m.start - 1  # "обстрелов ВСУ", "обстрелов со стороны ВСУ": the side whose attack it was
        if k >= 1 and " ".join(t.norm for t in tokens[k - 1:m.start]) in _lex(ctx, "grammar", "agent_before"):
            k -= 2
        return k >= 0 and ctx.data.code != "en" and attack_word(tokens[k])  # uk/ru: the agent follows in the genitive

    reporting = _lex(ctx, "grammar", "reporting")

    def speaks(m: Match) -> bool:  # "Сухопутные войска ВСУ признали, что ...": the speaker, not the attacker
        return m.end < len(tokens) and (tokens[m.end].norm in reporting or tokens[m.end].lemma in reporting)

    sides = [m for m in info.cat("side") if not any(c.start <= m.start < c.end for c in info.cat("claimant"))
             and tied(m) and not speaks(m)]
    occupation = occupation_voice(info, ctx)
    for m in sides:
        side = m.value[1]
        if side == "enemy":
            return "UA" if occupation else ctx.enemy_of(region)
        return side
    if region:
        if held_ground(info, region) or occupation:
            return "UA"
        if ctx.paragraph_direction == (info.sent.paragraph, ("UA", "RU")):
            return "UA"  # occupied ground in a paragraph about a Ukrainian strike
        return "RU"
    attacker, _target = ctx.default_direction()
    return attacker


def _claimant(info: SentenceInfo, ctx: DocContext) -> str | None:
    found = info.cat("claimant")
    if found:
        return max(found, key=lambda m: m.end - m.start).value[1]
    return ctx.claimant
