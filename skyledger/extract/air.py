"""air_attack claims: a count of weapons, what happened to them, whose, when and where.

For each count in a sentence:
  link    — what it counts: the weapon phrase after it ("728 drones"), a
            partitive ("296 of the drones", "24 of 28 drones"), or an earlier
            phrase ("34 of them", "another 18 were lost", a list item);
  metric  — the verb that governs it, after it ("were shot down") or before
            it ("shot down 296"), else the list's lead line, else launched;
  region, date, sides — from the places, dates and side cues around it and
            from what the document said before.
"""
from __future__ import annotations

from typing import AbstractSet, NamedTuple

from skyledger.extract.analysis import SentenceInfo, first_words
from skyledger.extract.context import (CAPITALS, LOCAL_CLAIMANTS, STRIKE_REPORTERS, Antecedent, DocContext, claimant_side, occupation_voice,
                                      russian_held)
from skyledger.extract.dates import clock_colon, month_words
from skyledger.extract.lexicon import terms, word_set
from skyledger.extract.numbers import Count
from skyledger.extract.phrases import Match
from skyledger.extract.text import LIST_JOINS, Token, bracket_spans
from skyledger.extract.places import PlaceMatch, gazetteer, held_town
from skyledger.extract.weapons import WeaponPhrase, grammatical_number, only_rocket_words
from skyledger.lang import LanguageData, weapon_sides
from skyledger.lang.morph import MORPH_LANGS, likeliest_is, parses
from skyledger.models import AirAttack, Evidence


class Link(NamedTuple):
    kind: str  # direct, partitive, anaphor, ellipsis
    phrase: WeaponPhrase | None
    antecedent: Antecedent | None
    total: Count | None  # "24 of 28 drones": the 28
    end: int  # token index after what the count is linked to


PRONOUNS = {"them", "which", "these", "those", "whom", "it"}
DASHES = ("—", "–", "-")
_ITEM_MARKS = ("—", "–", "-", ":")  # what sets a list item's figure apart from its name


def _lex(ctx: DocContext, section: str, name: str) -> frozenset:
    return ctx.lists.get(section, name)


# -- linking a count to what it counts ------------------------------------------------

def _filler_starts(info: SentenceInfo) -> AbstractSet:
    return info.once("_filler_starts", lambda info: {m.start for m in info.cat("filler")})


def _aux_starts(info: SentenceInfo) -> AbstractSet:
    return info.once("_aux_starts", lambda info: {m.start for m in info.cat("aux")})


def _skip_fillers(info: SentenceInfo, k: int) -> int:
    tokens = info.tokens
    fillers = _filler_starts(info)
    # quotation marks too: "88 «перехоплених» за ніч БпЛА", a word set off as the speaker's
    while k < len(tokens) and ((k in fillers and tokens[k].norm not in ("of",)) or tokens[k].norm in _QUOTE_MARKS):
        k += 1
    return k


_QUOTE_MARKS = frozenset({"«", "»", '"', "“", "”", "„"})


def _partitive_words(ctx: DocContext) -> AbstractSet:
    return _lex(ctx, "grammar", "partitive") or {"of"}


def _trailing_partitive_words(ctx: DocContext) -> frozenset:
    """The partitive words that may follow a weapon phrase ("з", "из"; English "of" may not), once per language."""
    cache = ctx.data._word_sets
    key = ("trailing-partitive",)
    if key not in cache:
        cache[key] = frozenset(_partitive_words(ctx) - {"of"})
    return cache[key]


def _pronoun_words(ctx: DocContext) -> AbstractSet:
    return _lex(ctx, "grammar", "pronouns") or PRONOUNS


def _shared_noun(info: SentenceInfo, c: Count):
    """"41 and 26 drones", "17 і 9 дронів": a bare figure joined to the next one shares its weapon noun."""
    tokens, k = info.tokens, c.end
    if c.form == "singular" or k + 1 >= len(tokens) or tokens[k].norm not in LIST_JOINS or tokens[k].norm == ",":
        return None
    nxt = _count_at(info, k + 1)
    if nxt is None or nxt.form == "singular" or (c.qstart > 0 and tokens[c.qstart - 1].norm in _range_words(info)):
        return None
    return info.weapon_at.get(_skip_fillers(info, nxt.end))


def _range_words(info: SentenceInfo) -> AbstractSet:
    return terms(info.data, "grammar", "range_words")  # "between 20 and 30 drones": a range, not two figures


def _count_at(info: SentenceInfo, k: int) -> Count | None:
    for c in info.counts:
        if c.qstart == k or c.start == k:
            return c
    return None


def _out_of_ten(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"Мы научились сбивать девять из десяти целей", "nine out of ten": a rate, in words, both of
    whose figures count nothing."""
    tokens, partitive = info.tokens, _partitive_words(ctx)
    for part in info.counts:
        k = part.end + (2 if part.end + 1 < len(tokens) and tokens[part.end].norm == "out" else 1)
        if 0 < k <= len(tokens) and tokens[k - 1].norm in partitive:
            total = _count_at(info, k)
            if total is not None and total.value == 10 and total.form == "words" and c in (part, total):
                return True
    return False


# what may stand between "of" and the noun it counts from: "one of the drones", "один із «шахедів»"
_OF_THE = frozenset({"the", "these", "those", "its", "our", "their", "«", '"', "“"})  # "52 of our drones"


def link_count(info: SentenceInfo, c: Count, ctx: DocContext) -> Link | None:
    tokens, n = info.tokens, len(info.tokens)
    debris = _lex(ctx, "grammar", "debris")
    if c.qstart > 0 and (tokens[c.qstart - 1].lemma in debris or (  # "debris from a drone"
            c.qstart > 1 and tokens[c.qstart - 1].norm in ("from", "of") and tokens[c.qstart - 2].lemma in debris)):
        return None  # "обломками одного из беспилотников": the debris, not the drone, is the subject
    if _out_of_ten(info, c, ctx):
        return None
    k = _skip_fillers(info, c.end)
    direct = next((j for j in range(c.end, k + 1) if j in info.weapon_at), None)  # "41 more drones"
    if direct is None and c.start in info.weapon_at and info.weapon_at[c.start].end > c.end and any(
            m.start >= info.weapon_at[c.start].end for m in info.cat("metric")):
        direct = c.start  # "a single drone hit ...": the count's word is the phrase's first modifier
    if direct is None and c.form != "singular" and (verb := info.mark_at("metric", k)) is not None and verb.end - verb.start <= 2:
        j = _skip_fillers(info, verb.end)  # "41 збитий дрон", "41 downed drones": a participle before the noun
        place = next((p for p in info.places if any(m.start == j and m.end == p.start for m in info.cat("location"))), None)
        if place is not None:  # "дев'ять знищених над Кримом безпілотників"
            j = _skip_fillers(info, place.end)
        when = info.mark_at("date", j)
        if when is not None:  # "88 «перехваченных» за ночь БПЛА"
            j = _skip_fillers(info, when.end)
        direct = j if j in info.weapon_at else None
    if direct is not None:
        phrase = info.weapon_at[direct]
        total = _trailing_total(info, phrase.end, ctx)
        return Link("direct", phrase, None, total, phrase.end if total is None else total.end)
    if c.qstart >= 2 and tokens[c.qstart - 1].norm in _lex(ctx, "grammar", "copulas"):
        phrase = next((w for w in info.weapons if w.end == c.qstart - 1), None)
        if phrase is not None:
            return Link("direct", phrase, None, None, c.end)  # "дронів було 48": there were 48 drones
    if c.qstart >= 2 and tokens[c.qstart - 1].norm == "," and info.says_at(c.end, "context", "running_total"):
        phrase = next((w for w in info.weapons if w.end == c.qstart - 1), None)
        if phrase is not None:
            return Link("direct", phrase, None, None, c.end)  # "with Shahed-type drones, twenty-two in total"
    means = _means_before_breakdown(info, c, ctx)
    if means is not None:
        return Link("direct", means, None, None, means.end)  # "236 засобів: 127 ракет і 109 дронів"
    refined = _refined_noun(info, c, ctx)
    if refined is not None:
        return Link("direct", refined, None, None, refined.end)  # "около сотни, точнее, сто два беспилотника"
    shared = _shared_noun(info, c)
    if shared is not None:
        return Link("direct", shared, None, None, shared.end)  # "destroyed 41 and 26 drones respectively"
    if k < n and tokens[k].norm == "out" and k + 1 < n and tokens[k + 1].norm == "of":
        k += 1
    partitive = _partitive_words(ctx)
    if k < n and (tokens[k].norm in partitive or tokens[k].lemma in partitive):
        if c.form == "singular" and tokens[c.start].norm in _lex(ctx, "grammar", "articles"):
            return None  # "a handful of drones", "a number of drones": no count
        j = k + 1
        while j < n and tokens[j].norm in _OF_THE:
            j += 1  # "one of the drones", "один із «шахедів»"
        total = _count_at(info, j)
        if total is not None and total.form == "singular" and c.value is not None and c.value > 1:
            ante = _antecedent(info, c, ctx)  # "17 Shahed-type and 12 of an unidentified type": a kind, not a total
            return Link("ellipsis", None, ante, None, c.end) if ante else None
        if total is not None:
            after = _skip_fillers(info, total.end)
            phrase = info.weapon_at.get(after)
            if phrase:
                return Link("partitive", phrase, None, total, phrase.end)
            if _quoted(info, c.qstart):
                return None  # '"We shoot down nine out of ten," a commander said': a rate, not a figure
            if after < n and (tokens[after].norm in _lex(ctx, "grammar", "place_count_nouns")
                              or tokens[after].lemma in _lex(ctx, "grammar", "place_count_nouns")):
                return None  # "damage in six of the ten districts": places counted, not weapons
            if _other_noun(info, after) and tokens[after].norm not in _lex(ctx, "grammar", "relative_words") \
                    and info.mark_at("date", after) is None and not _adverb(tokens[after], ctx):
                return None  # "One of four above-ground tanks has collapsed": tanks counted, not drones
            ante = _antecedent(info, c, ctx)
            return Link("partitive", None, ante, total, total.end) if ante else None
        if j < n and (tokens[j].norm in _pronoun_words(ctx) or tokens[j].lemma in _pronoun_words(ctx)):
            if not _speaks_of_weapons(info, ctx) or _of_other_things(info, c):
                return None
            after = j + 1
            if after + 1 < n and tokens[after].norm in DASHES and (after + 1) in info.weapon_at:
                after += 1  # "52 з них — «шахеди»"
            phrase = info.weapon_at.get(after)  # "about 150 of them Shaheds"
            ante = _antecedent(info, c, ctx)
            if phrase and ante:
                return Link("anaphor", phrase, ante, None, phrase.end)
            return Link("anaphor", None, ante, None, after) if ante else None
        if j in info.weapon_at:
            phrase = info.weapon_at[j]
            return Link("partitive", phrase, None, None, phrase.end)
        return None
    if c.qstart >= 2 and tokens[c.qstart - 1].norm in _ITEM_MARKS and c.form != "singular" and (
            info.sent.bullet or (c.end == n and ctx.lead_metric and _weapon_row(info))):
        quoted = tokens[c.qstart - 2].norm in _CLOSING_QUOTES and (c.end >= len(tokens) or tokens[c.end].kind == "punct")
        before = c.qstart - 2 if quoted else c.qstart - 1  # "БпЛА «Герань-2» – 6;", not "«Гербера» — около 10 тысяч"
        phrase = next((w for w in info.weapons if w.end == before), None) or _names_before(info, before) or (
            info.weapons[0] if not info.sent.bullet else None)
        if phrase is not None and not any(m.start == c.end for m in info.cat("metric")):
            return Link("direct", phrase, None, None, c.end)  # "КАБ – 14", "ракети С-300 – 2": a list of means
    if c.end + 1 < n and tokens[c.end].norm in DASHES and (c.end + 1) in info.weapon_at and _heads_item(info, c):
        phrase = info.weapon_at[c.end + 1]  # "▪ 112 — Shahed-type UAVs", "Locally lost: 27 — decoy UAVs"
        return Link("direct", phrase, None, None, phrase.end)
    label = labelled_total(info, c)
    named = [w for w in info.weapons if w.end < c.qstart]
    if label is not None and named:
        return Link("direct", named[-1], None, None, c.end)  # "Locally lost (decoy drones): 27"
    if label is not None:
        # "Locally lost: 27" after drones and missiles: location is lost for drones, the figure before
        ante = (None if label == "lost" else _attack_mix(ctx)) or _antecedent(info, c, ctx)
        return Link("ellipsis", None, ante, None, c.end) if ante else None
    if c.form == "singular" and tokens[c.start].norm not in ("one", "another"):
        return None  # "a wave of 315 drones": an article counts only the noun right after it
    if not _speaks_of_weapons(info, ctx):
        return None
    if _preceded_by_partitive_pronoun(info, c, ctx) or _looks_elliptical(info, c, k, ctx):
        if _after_a_count_of_locations(info, c) or (_preceded_by_partitive_pronoun(info, c, ctx) and _of_other_things(info, c)
                                                    and not any(w.end <= c.qstart for w in info.weapons)):
            # (and "412 снарядів, з них 38 — по Херсону": of the shells counted just before)
            return None  # "попадание ... на 15 локациях, ещё на четырёх – падение обломков": four more locations
        ante = _antecedent(info, c, ctx)
        return Link("ellipsis", None, ante, None, c.end) if ante else None
    return None


_CLOSING_QUOTES = frozenset({"»", "”", '"'})


def _means_before_breakdown(info: SentenceInfo, c: Count, ctx: DocContext) -> WeaponPhrase | None:
    """"236 засобів: 127 ракет і 109 дронів", "236 weapons: 127 missiles and 109 drones": a bare word for
    the means of attack, which the weapons after its colon break down, counts them all (class any)."""
    tokens, k = info.tokens, c.end
    if k + 2 >= len(tokens) or tokens[k + 1].norm != ":" or k in info.weapon_at:
        return None
    if tokens[k].norm not in _lex(ctx, "grammar", "means_words") and tokens[k].lemma not in _lex(ctx, "grammar", "means_words"):
        return None
    after = next((x for x in info.counts if x.qstart > k + 1), None)
    if after is None or _skip_fillers(info, after.end) not in info.weapon_at:
        return None
    return WeaponPhrase(k, k + 1, "any", None, (), True, True)


def _refined_noun(info: SentenceInfo, c: Count, ctx: DocContext) -> WeaponPhrase | None:
    """"было около сотни, точнее, мы фиксировали сто два ударных беспилотника": a rounded figure that the
    next one gives exactly counts the same weapons (both are claims)."""
    tokens, n = info.tokens, len(info.tokens)
    k = c.end
    if k + 1 >= n or tokens[k].norm != "," or not info.says_at(k + 1, "grammar", "refine_words"):
        return None
    nxt = next((x for x in info.counts if k < x.qstart <= k + 8), None)
    return info.weapon_at.get(_skip_fillers(info, nxt.end)) if nxt is not None else None


def _quoted(info: SentenceInfo, k: int) -> bool:
    """Is token k inside quotation marks?"""
    marks = [t.norm for t in info.tokens[:k] if t.norm in _QUOTE_MARKS]
    return bool(marks) and (len(marks) % 2 == 1 or marks[-1] in ("“", "«"))


def _speaks_of_weapons(info: SentenceInfo, ctx: DocContext) -> bool:
    """A bare count ("46", "all of them") is a weapon figure only where the sentence has an
    attack verb, or continues a list of them. Decided once per sentence, before its own
    figures become the antecedent."""
    return info.once("_speaks_of_weapons", lambda info: _speaks_of_weapons_now(info, ctx))


def _speaks_of_weapons_now(info: SentenceInfo, ctx: DocContext) -> bool:
    if info.cat("metric") or (ctx.lead_metric and (info.sent.bullet or _is_list_item(info))):
        return True
    if any(any(m.end <= c.qstart <= m.end + 1 for c in info.counts) and _weapon_count_before(info, m.start)
           for m in info.cat("including")):
        return True  # "... figure came overnight: 118 drones, including 36 over the Rostov region": its breakdown
    ante = ctx.antecedent
    if ante and ante.sentence == info.index - 1 and not (info.cat("casualty") or info.cat("people")) \
            and any(_of_them(info, c, ctx) for c in info.counts):
        return True  # "... атакували Чернігівщину 71 безпілотником. В ОВА уточнили: 52 з них — «шахеди»"
    # "Над Буковиною збито два дрони. На Волині – ще три.": a place and a dashed count after a figure
    if not (ante and ante.sentence == info.index - 1 and info.places):
        return False
    if len(info.counts) == 1 and _after_dash(info, info.counts[0]) and len(info.tokens) <= 8:
        return True
    # "It listed 47 over the Bryansk region and 29 over the Kursk region", "Брянская обл. — 20 | Курская обл. — 13":
    # the figure's breakdown by place
    # ("Больше всего — над Одесской областью (12) и Николаевской (7)": each in brackets after its place)
    bracketed = _bracketed(info)
    placed = sum(1 for c in info.counts if _placed(info, c) or _place_before_dash(info, c) or _place_label(info, c)
                 or c.start in bracketed)
    return placed == len(info.counts) or placed >= 2


def _weapon_count_before(info: SentenceInfo, k: int) -> bool:
    """Is the last count before k that of a weapon phrase right after it, which ends just before k ("118 drones, including ...")?"""
    before = next((c for c in reversed(info.counts) if c.end <= k), None)
    return before is not None and any(before.end <= w.start <= before.end + 1 and 0 <= k - w.end <= 2 for w in info.weapons)


def _of_them(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"52 з них", "41 of them": a count of those just counted."""
    tokens, k = info.tokens, c.end
    return k + 1 < len(tokens) and (tokens[k].norm in _partitive_words(ctx)) and (
        tokens[k + 1].norm in _pronoun_words(ctx) or tokens[k + 1].lemma in _pronoun_words(ctx))


def _placed(info: SentenceInfo, c: Count) -> bool:
    """A bare count with a place right after it: "47 over the Bryansk region", "47 were over ..."."""
    k = c.end + 1 if c.end in _aux_starts(info) else c.end
    location = {m.start for m in info.cat("location")}
    return k in location and any(k < p.start <= k + 2 for p in info.places)


_AND_OTHERS = frozenset({"others", "other", "інші", "другие", "and", "і", "та", "и", "etc"})


def _names_before(info: SentenceInfo, end: int) -> WeaponPhrase | None:
    """"• ударні БпЛА Shahed, «Гербера», інші: 112": the first of a list of names that runs up to the figure."""
    phrases = [w for w in info.weapons if w.end <= end]
    if not phrases:
        return None
    inside = {k for w in phrases for k in range(w.start, w.end)}
    first = phrases[0]
    if all(k in inside or t.kind == "punct" or t.norm in _AND_OTHERS for k, t in enumerate(info.tokens[first.end:end], first.end)) \
            and len({w.cls for w in phrases}) == 1:
        return first
    return None


def _weapon_row(info: SentenceInfo) -> bool:
    """"Guided aerial bombs (KAB) — 14": a table's row that opens with a weapon and ends with its figure."""
    first = next((k for k, t in enumerate(info.tokens) if t.kind == "word"), None)
    return info.sent.first_in_line and first is not None and bool(info.weapons) and info.weapons[0].start == first \
        and len(info.counts) == 1


def _heads_item(info: SentenceInfo, c: Count) -> bool:
    """Does the count open a list item or follow its label's colon ("▪ 112 — ...", "Lost: 27 — ...")?"""
    before = info.tokens[:c.qstart]
    return all(t.kind != "word" for t in before) or (info.sent.first_in_line and before[-1].norm == ":")


def _dash_before(info: SentenceInfo, c: Count) -> int | None:
    """"— 13", "– ще три": the list dash before a count, past its auxiliaries."""
    aux = _aux_starts(info)
    k = c.qstart - 1
    while k in aux and info.tokens[k].norm not in DASHES:  # "ще"; a dash may itself be an auxiliary
        k -= 1
    return k if k >= 0 and info.tokens[k].norm in DASHES else None


def _place_before_dash(info: SentenceInfo, c: Count) -> str | None:
    """The region or city right before the dash that leads the count ("Kursk region — 12")."""
    dash = _dash_before(info, c)
    if dash is None:
        return None
    end = dash
    while end > 0 and info.tokens[end - 1].norm == ".":
        end -= 1  # "Курская обл. — 12"
    start = max((x.end for x in info.counts if x.end <= dash), default=0)  # the label begins after the figure before
    label = [p for p in info.places if start <= p.start and p.end <= end]
    if len(label) != 1 or label[0].end != end or label[0].kind not in ("region", "city"):
        return None  # "the Chernihiv and Sumy regions – 38": a figure for both
    return label[0].code


def _place_label(info: SentenceInfo, c: Count) -> str | None:
    """"Breakdown: Bryansk 39, Kursk 24, Oryol 17": a list item that is a region or city and then
    its figure, with no dash between; the place's code."""
    tokens, n = info.tokens, len(info.tokens)
    place = next((p for p in info.places if p.end == c.qstart and p.kind in ("region", "city")), None)
    if place is None or c.form not in ("digits", "words"):
        return None
    opens = place.start == 0 or tokens[place.start - 1].norm in (":", ";") or tokens[place.start - 1].norm in LIST_JOINS
    closes = c.end >= n or tokens[c.end].norm in (",", ";", ".") or tokens[c.end].norm in LIST_JOINS
    return place.code if opens and closes else None


def _after_dash(info: SentenceInfo, c: Count) -> bool:
    return _dash_before(info, c) is not None


def _trailing_total(info: SentenceInfo, k: int, ctx: DocContext) -> Count | None:
    """"девять «Калибров» из 16": a total after the phrase."""
    tokens = info.tokens
    k = k + 1 if k < len(tokens) and tokens[k].norm in ("»", '"', "”") else k
    partitive = _trailing_partitive_words(ctx)
    if k < len(tokens) and (tokens[k].norm in partitive or tokens[k].lemma in partitive):
        return _count_at(info, k + 1)
    return None


def _preceded_by_partitive_pronoun(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """"of which 61 were shot down", "з них 146 збито", "из них 69 сбиты"."""
    tokens = info.tokens
    i = c.qstart
    if i >= 3 and tokens[i - 1].norm == ",":
        i -= 1  # "Of them, 9 ..."
    if i >= 2:
        a, b = tokens[i - 2], tokens[i - 1]
        if (a.norm in _partitive_words(ctx) or a.lemma in _partitive_words(ctx)) and (
                b.norm in _pronoun_words(ctx) or b.lemma in _pronoun_words(ctx)):
            return True
    return False


def _looks_elliptical(info: SentenceInfo, c: Count, k: int, ctx: DocContext) -> bool:
    """A bare count followed by a verb, a dash, "each" or a place: its noun was said before."""
    tokens, n = info.tokens, len(info.tokens)
    if c.value is not None and c.value > 10000:
        return False  # bare large numbers are phone numbers and totals, not a figure whose noun was said
    rising = [m for m in info.cat("rising") if m.end in (c.qstart, c.start)]
    if rising:  # "число уничтоженных воздушных целей возросло до 17"; but "the toll had stood at five" counts people
        if any(0 <= rising[0].start - m.end <= 3 for m in info.cat("casualty")):
            return False
        # and "the queue of cars reached 1,200" counts cars: what rose is named by a weapon or a verb before it
        return bool(info.weapons) or any(m.end <= rising[0].start for m in info.cat("metric"))
    if c.start in _bracketed(info):
        return True  # "над Брянською (12) та Курською (9) областями"
    if c.qstart > 0 and tokens[c.qstart - 1].norm in ("в", "во", "у"):
        return False  # "зафиксированы в четырёх местах, ещё в двух упали обломки": two places, not two drones
    if k < n and tokens[k].norm == "(":
        close = next((j for j in range(k + 1, min(n, k + 10)) if tokens[j].norm == ")"), None)
        k = k if close is None else close + 1  # "збито 10 (усі).": an aside after the figure
    at_end = k >= n or tokens[k].norm in (".", ";", "!", "|")  # a bar ends a cell as a semicolon ends a clause
    if at_end and any(m.end in (c.qstart, c.start) for m in info.cat("metric")):
        return True  # "из 28 дронов, атаковавших область, сбиты 24."
    if at_end and _after_success(info, c, ctx):
        return True  # "из шести «Искандеров» сбить удалось три."
    if _noun_before_dash(info, c):
        return False  # "I counted the explosions - at least nine"
    if at_end and (_after_dash(info, c) or (tokens[c.qstart - 1].norm == ":" and _is_table_row(info))):
        return True  # "..., над Брянской — 13, над Тульской — шесть.", "Sumy region: 10"
    if _place_label(info, c) is not None:
        return True  # "Bryansk 39, Kursk 24"
    if k >= n:
        return c.form in ("digits", "words") and c.start > 0 and tokens[c.start - 1].norm in (",", "та", "і", "и", "and")
    nxt = tokens[k]
    if nxt.norm in _lex(ctx, "grammar", "attack_nouns") or nxt.lemma in _lex(ctx, "grammar", "attack_nouns"):
        return False  # "114 attacks on 36 settlements", "12 ударів": a count of attacks, not of weapons
    if any(m.start == k for m in info.cat("aux")):
        return True
    if c.end < n and tokens[c.end].norm in _lex(ctx, "grammar", "other_words") and c.start > 0 \
            and tokens[c.start - 1].norm in _OR_AND:
        return True  # "shot down four drones on Saturday, and 23 more between 21:00 and 07:00"
    if nxt.norm in _lex(ctx, "grammar", "other_words") and any(
            m.start == k + 1 for cat in ("aux", "metric") for m in info.cat(cat)):
        return True  # "24 others were locationally lost", "12 more were shot down"
    if any(m.start == k for m in info.cat("metric")):
        # "112 damaged buildings": a participle before a noun of its own counts that noun
        return not (ctx.data.code == "en" and nxt.norm.endswith("ed") and k + 1 < n and tokens[k + 1].norm.endswith("s")
                    and _other_noun(info, k + 1))
    if nxt.norm in ("-", "–", "—") and nxt.start == tokens[c.end - 1].end:
        return False  # "1,000-kilometre": a hyphen glued to the number makes a compound, not a list dash
    if nxt.norm in ("—", "–", "-") and _other_noun(info, k + 1):
        return False  # "1,000 – days of full-scale war": what is counted follows the dash
    if nxt.norm in ("on", "at") and any(p.start == k + 1 and p.kind in ("region", "city") for p in info.places):
        return True  # "17 guided bombs: six on Huliaipole, five on Orikhiv"
    if nxt.norm in ("—", "–", "-", "each", "over", "above", ",", "над", "по", "в", "у", "на") and (
            c.form != "singular" or tokens[c.start].norm not in _lex(ctx, "grammar", "articles")):  # "and one over ...", not "a"
        return not any(m.start == k + 1 for m in info.cat("people"))
    if ctx.data.code in ("uk", "ru"):
        doer = next((m for m in info.cat("defence") if m.start == k), None)
        if doer is not None and any(m.start == doer.end for m in info.cat("metric")):
            return True  # "Одну наші воїни збили": the subject between the count and its verb
        return _verbal(nxt, ctx) and not _adjective_before_noun(info, k, ctx)
    return False


def _noun_before_dash(info: SentenceInfo, c: Count) -> bool:
    """"I counted the explosions - at least nine": in English, the dash gives the number of the plural noun
    before it, which is neither a weapon, nor a place, nor an attack verb."""
    dash = _dash_before(info, c)
    if info.data.code != "en" or dash is None or dash == 0 or info.tokens[dash - 1].kind != "word":
        return False
    k = dash - 1
    spans = [(x.start, x.end) for x in info.places] + [(x.start, x.end) for x in info.weapons] + [
        (m.start, m.end) for cat in ("metric", "aux", "defence") for m in info.cat(cat)]
    return not any(a <= k < b for a, b in spans) and info.tokens[k].norm.endswith("s")


def _after_success(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """An attack verb and a verb of success right before the count: "сбить удалось (лишь) три"."""
    tokens = info.tokens
    j = c.qstart - 1
    if j > 0 and tokens[j].norm in _lex(ctx, "grammar", "only_words"):
        j -= 1  # "сбить удалось лишь один"
    return j > 0 and tokens[j].norm in _lex(ctx, "grammar", "managed_words") and any(m.end == j for m in info.cat("metric"))


def _adjective_before_noun(info: SentenceInfo, k: int, ctx: DocContext) -> bool:
    """"по 17 населённым пунктам": a participle that describes the noun after it counts that noun."""
    if k + 1 >= len(info.tokens) or k + 1 in info.weapon_at:
        return False
    first = parses(info.tokens[k].norm, ctx.data.code)[:1]
    after = parses(info.tokens[k + 1].norm, ctx.data.code)[:1]
    return bool(first and after) and first[0][1].startswith("PRTF") and after[0][1].startswith("NOUN")


def _other_noun(info: SentenceInfo, k: int) -> bool:
    """A plain word at k that is no place, place word, verb of attack or weapon: "days", "hours"."""
    if k >= len(info.tokens) or info.tokens[k].kind != "word" or k in info.weapon_at:
        return False
    if any(p.start == k for p in info.places):
        return False
    return not any(m.start == k for cat in ("location", "metric", "aux", "anaphora", "people") for m in info.cat(cat))


def _verbal(token: Token, ctx: DocContext) -> bool:
    tags = parses(token.norm, ctx.data.code)
    return bool(tags) and any(t.split(",")[0].split(" ")[0] in ("VERB", "PRTS", "PRTF", "ADVB", "GRND") for _, t in tags[:1])


def labelled_total(info: SentenceInfo, c: Count) -> str | None:
    """The metric of "Shot down or suppressed: 603", "Destroyed: 115": a count after a label that
    is only attack verbs, heading the list of means below it."""
    tokens = info.tokens
    colon = c.qstart - 1
    if colon < 1 or tokens[colon].norm != ":" or any(t.kind == "word" for t in tokens[c.end:]):
        return None
    verbs = [m for m in info.cat("metric") if m.end <= colon]
    if not verbs:
        return None
    covered = {k for m in verbs for k in range(m.start, m.end)}
    covered |= {k for a, b in bracket_spans(tokens[:colon]) for k in range(a, b + 1)}  # "Локаційно втрачено (дрони-імітатори): 27"
    joins = info.data.connectors
    if any(t.kind == "word" and k not in covered and t.norm not in joins for k, t in enumerate(tokens[:colon])):
        return None
    return str(verbs[0].value[1])  # "Shot down or suppressed": one figure, named by its first verb


_CLASSES = frozenset({"drone", "missile", "guided_bomb", "rocket", "naval_drone", "any"})


def _attack_mix(ctx: DocContext) -> Antecedent | None:
    """What a total of the attack counts: its one class of means, or "any" when it launched several."""
    if ctx.antecedent is None or not ctx.launched_counts:
        return None
    classes = [k for k in ctx.launched_counts if k in _CLASSES] or list(ctx.launched_counts)  # not types ("Shahed")
    cls = classes[0] if len(classes) == 1 else "any"
    a = ctx.antecedent
    return Antecedent(cls, None, None, None, a.date, None, a.attacker, a.target, a.sentence, a.claimant)


def _antecedent(info: SentenceInfo, c: Count, ctx: DocContext) -> Antecedent | None:
    """The weapon figure a bare count refers to: the last one counted before it in this
    sentence ("33 of the drones had been shot down and 36 had been lost"), else the last
    weapon phrase named in this sentence, else one named in the sentence before when it is newer
    than the last figure ("ударили по Харькову авиабомбами. Зафиксировано пять попаданий"), else
    the last figure of the document."""
    ante = ctx.antecedent
    before = [w for w in info.weapons if w.end <= c.qstart]
    if ante is not None and ante.part is not None and ante.part.sentence == info.index \
            and 0 < c.qstart - ante.part.position <= 5:
        return ante.part  # "17 ракет і 378 дронів, з них 291 збито": the part just named, not the whole
    if ante is not None and ante.sentence == info.index and ante.position < c.qstart:
        # "380 дронов и 18 ракет; из числа дронов 265 сбиты": a class named again after the last figure
        again = [w for w in before if w.start > ante.position + 1 and c.qstart - w.end <= 1 and w.cls != "any"
                 and not any(x.end <= w.start <= x.end + 1 for x in info.counts)]
        if not again or again[-1].cls == ante.cls:
            return ante
        before = again
    if before:
        w = before[-1]
        value = next((x.value for x in info.counts if _skip_fillers(info, x.end) == w.start), None)
        return Antecedent(w.cls, w.wtype, None, value, None, None, None, None, info.index, position=w.start)
    named = ctx.last_weapon
    if named is not None and info.index - 2 <= named.sentence < info.index and (ante is None or ante.sentence < named.sentence):
        return named
    if ante is not None and ante.sentence < info.index and ante.count is not None and c.value is not None \
            and c.value > ante.count and not _is_table_row(info) and (mix := _attack_mix(ctx)) is not None:
        return mix  # "... 585 drones and 68 missiles, including 47 Kh-101. Air defence downed 592 of them": more than the last
    return ante


# -- metric -----------------------------------------------------------------------------

def metric_for(info: SentenceInfo, c: Count, link: Link, ctx: DocContext) -> str | None:
    tokens, n = info.tokens, len(info.tokens)
    instrument = _lex(ctx, "grammar", "instrument")
    if c.form == "hit_noun":
        return "hit"
    if _leading_whole(info, c, ctx):
        return "launched"  # "Из 40 ракет сбиты 30": the 40 is what came
    ante = ctx.antecedent
    describing = info.mark_at("metric", link.end)  # "... fired from a submarine": a participle that describes them
    if ante is not None and ante.sentence == info.index and ante.metric and describing is not None \
            and describing.value[1] == "launched" and any(m.end == c.qstart for m in info.cat("including")) \
            and ante.position < c.qstart:
        return ante.metric  # "destroyed 29 of the missiles, including all four Kalibrs fired from a submarine"
    if link.kind == "direct" and link.phrase is not None:
        inner = [m for m in info.cat("metric") if c.end <= m.start and m.end <= link.phrase.start]
        if inner:
            return inner[-1].value[1]  # "41 збитий дрон": the participle inside the noun phrase
    if c.qstart > 0 and tokens[c.qstart - 1].norm in instrument and not (c.qstart > 1 and tokens[c.qstart - 2].norm in _ALONG):
        return "launched"  # "an attempt to strike ... with two Neptune-D missiles was thwarted"
    # 1. governed from the right: "239 drones were shot down", "146 збито", "193 – локаційно втрачені";
    #    coordinated counts share it: "59 missiles and 54 drones were shot down"
    if link.kind == "partitive" and link.total is not None:
        verb = _verb_after_total(info, link.end, ctx) or _passive_after(info, link.end)
        if verb is not None:
            return verb  # "87 of the 101 drones launched overnight had been shot down"
    else:
        k, steps = _chain_end(info, link.end, ctx), 0
        chain_end = k  # "16 of the drones and both missiles | were shot down": "both" shares the verb after it
        aux = _aux_starts(info)
        nxt_count = min((x.qstart for x in info.counts if x.qstart >= k and not (  # "of a launcher" is no count
            x.form == "singular" and x.qstart > 0 and tokens[x.qstart - 1].norm == "of")), default=n)
        after_aux = False
        while k < min(n, nxt_count) and steps < 5:
            if k == link.end and tokens[k].norm in _lex(ctx, "grammar", "relative_words") and (
                    verb := _verb_after_total(info, k, ctx)):
                return verb  # "All 11 drones that attacked the region were shot down"
            m = info.mark_at("metric", k)
            if m:
                if m.value[1] == "defeated" and not after_aux and _acts_on_object(info, m, ctx):
                    return "hit"  # "a missile destroyed an entire section", "дрон знищив склад"
                governs = _governing_verb(info, c)
                # "intercepted six rockets fired from launchers": a participle after the noun
                # describes it; the verb just before the count is what was done to it; so is it
                # where the verb after ends another count's clause ("shot down 42 of the drones,
                # and 41 drones were lost")
                later = any(link.end <= x.qstart < m.start and not (x.form in ("both", "all") and x.qstart < chain_end)
                            for x in info.counts)
                if governs is not None and (not after_aux or later) and c.form != "ordinal":
                    return governs.value[1]  # (but "Одну ракету збили, друга влучила": the ordinal has its own verb)
                if later and any(x.end <= c.qstart and not any(t.norm in (",", ";") for t in tokens[x.end:c.qstart])
                                 for x in info.cat("metric")):  # (not a verb of the clause before a semicolon)
                    break  # "shot down 104 of the missiles and 42 of the drones, and 41 were lost": the verb before
                if m.value[1] == "launched" and m.start == link.end and (verb := _verb_after_total(info, m.start, ctx)):
                    return verb  # "all 37 drones launched against Ukraine were destroyed": the participle describes them
                return m.value[1]
            after_aux = after_aux or k in aux
            owner = next((m for m in info.cat("side") if m.start == k), None) if info.data.code in MORPH_LANGS else None
            if owner is not None:  # "дронов ВСУ были сбиты": the owner, in the genitive
                k, steps = owner.end, steps + 1
                continue
            out_of = c.qstart > 0 and tokens[c.qstart - 1].norm in ("з", "із", "зі", "из", "изо")  # "з 405 дронів сили ППО збили 390"
            doer = next((m for m in info.cat("defence") if m.start == k), None) \
                if info.data.code in MORPH_LANGS and (link.kind in ("partitive", "anaphor") or not out_of) else None
            if doer is not None:  # "Вісім із них сили ППО знищили": the subject between the object and its verb
                k, steps = doer.end, steps + 1
                continue
            if info.data.code in MORPH_LANGS and tokens[k].norm in ("ми", "мы") and not out_of:
                k, steps = k + 1, steps + 1  # "Одну балістичну ракету ми збили"
                continue
            if tokens[k].norm == "," and (participle := _participle_after_comma(info, k)) is not None:
                return participle  # "о 33 беспилотниках, сбитых на подлёте"
            place_end = _place_phrase_end(info, k) or _aside_end(info, k) or _modifier_phrase_end(info, k)
            if place_end is not None:  # "15 дронів над Київщиною збито", "беспилотник, летевший на Москву, сбит"
                k, steps = place_end, steps + 1
                continue
            if k in aux or tokens[k].norm in ("—", "–", "-", "«", "»", '"', "“", "”") or _adverb(tokens[k], ctx) \
                    or tokens[k].norm in _lex(ctx, "grammar", "other_words") \
                    or tokens[k].norm in _lex(ctx, "grammar", "same_kind_words"):  # "24 others were lost", "ракету того ж типу"
                k += 1
                steps += 1
                continue
            break
    # 2./3. governed from the left: the nearest trigger before the count in this clause;
    #    "struck the city with 48 drones, two missiles and four bombs": the instruments were launched
    closed = [(a, b) for a, b in bracket_spans(tokens) + _relative_asides(info) if b < c.qstart]  # "77 Kh-101 (69 shot down), 28 Kalibr"
    left = [m for m in info.cat("metric") if m.end <= c.qstart and not _in_other_clause(info, m.end, c.qstart)
            and not any(a < m.start < b for a, b in closed)]
    if left:
        best = max(left, key=lambda m: (m.end, m.end - m.start))
        origin = terms(info.data, "grammar", "from_words")
        described = best.value[1] == "launched" and best.end < n and tokens[best.end].norm in origin and any(
            w.end <= best.start <= w.end + 1 for w in info.weapons)  # "rockets fired from ..."
        earlier = [m for m in left if m.end <= best.start - 1] if described else []
        if earlier:  # "shot down nine rockets fired from launchers and three drones": the main verb governs both
            best = max(earlier, key=lambda m: (m.end, m.end - m.start))
        launches = [m for m in left if m.end <= best.start and m.value[1] == "launched"]
        if best.value[1] == "hit" and _named_attack(info, best, ctx):
            # "Russia launched what he called the heaviest strike in months: 91 missiles and 187 drones";
            # "The heaviest strike of the week: 402 drones and 38 missiles" names what was launched
            if not launches:
                return "launched"
            best = max(launches, key=lambda m: (m.end, m.end - m.start))
        if tokens[best.start].norm in _lex(ctx, "grammar", "share_verbs") and ctx.antecedent is not None \
                and ctx.antecedent.metric:
            return ctx.antecedent.metric  # "... уничтожены 286 дронов. На Московский регион из них пришлось 74"
        if any(tokens[k].norm in instrument and tokens[k - 1].norm not in _ALONG
               for k in range(best.end, c.qstart)):  # but "shot down six missiles, along with 38 drones"
            return "launched"
        if _repelled_attack(info, best, ctx):
            return "defeated"
        if best.value[1] == "lost" and any(m.value[1] == "defeated" and m.end < best.start and all(
                t.norm in _OR_AND for t in tokens[m.end:best.start]) for m in left):
            return "defeated"  # "destroyed and suppressed 11 UAVs", "знищили та подавили": one figure, as "shot down or suppressed"
        return best.value[1]
    # 4. a list item takes its lead's verb; an ellipsis its antecedent's
    if ctx.lead_metric and (info.sent.bullet or ctx.lead_sentence == info.index - 1 or _is_list_item(info)):
        return ctx.lead_metric
    if not info.cat("metric") and ante is not None and ante.metric and ante.sentence == info.index - 1 \
            and _dash_before(info, c) is not None:
        return ante.metric  # "ППО збила ... шість дронів. Над Рівненщиною та Волинню — по три безпілотники."
    if link.kind in ("ellipsis", "anaphor") and link.antecedent and link.antecedent.metric:
        return link.antecedent.metric
    if ctx.antecedent is not None and ctx.antecedent.metric and not info.cat("metric") \
            and _preceded_by_partitive_pronoun(info, c, ctx):
        return ctx.antecedent.metric  # "... знешкодили 21 БпЛА. Із них 9 безпілотників — над Павлоградським районом."
    # "the ministry reported 31 drones over three regions": it reports only what it downed ("Масована атака на Крим:
    # Міноборони РФ заявляє про понад сотню дронів"; "відомство звітувало й про три дрони", the ministry named before)
    verbs = [m for m in info.cat("metric") if not any(t.norm == ":" for t in info.tokens[m.end:c.qstart])]
    ministry = any(m.value[1] == "RU Ministry of Defence" for m in info.cat("claimant")) or (
        ctx.recent_claimant == "RU Ministry of Defence" and info.says("grammar", "department_words"))
    if not verbs and ministry:
        return "defeated"
    told = ctx.previous_metric
    if not info.cat("metric") and info.cat("superlative") and told and told[0] == info.index - 1:
        return told[1]  # "... destroyed 574 drones during the week. Its largest single-night figure came ...: 118 drones"
    # (a figure of a few is no sign of the same telling: "one KN-23")
    again = ctx.told_figures.get((link.phrase.cls, c.value)) if link.phrase is not None and not info.cat("metric") \
        and (c.value or 0) > 2 else None
    if again is not None:
        return again  # "Air defence destroyed 37 drones over the city." ... "37 drones over the city alone": the same figure
    return "launched"


_ALONG = frozenset({"along", "together"})  # "along with 38 drones": one more object of the verb, no instrument
_OR_AND = frozenset({"and", "or", "/", "і", "та", "й", "або", "чи", "и", "или"})


def _relative_asides(info: SentenceInfo) -> list[tuple[int, int]]:
    """", only five of which were intercepted,": (comma before, comma after) of a clause on a share of the
    figure before it. Looked for once per sentence."""
    return info.once("_relative_asides", _relative_asides_of)


def _relative_asides_of(info: SentenceInfo) -> list[tuple[int, int]]:
    phrases = terms(info.data, "grammar", "relative_partitives")
    firsts = first_words(phrases)
    joins = terms(info.data, "grammar", "clause_conjunctions")
    counted = {c.qstart for c in info.counts}
    tokens = info.tokens
    out = []
    for k in range(len(tokens) - 1):
        if tokens[k].norm in firsts and tokens[k].norm + " " + tokens[k + 1].norm in phrases:
            start = max((j for j in range(k) if tokens[j].norm == ","), default=k)
            end = next((j for j in range(k + 2, len(tokens)) if tokens[j].norm in (",", ";")), None)
            # "из которых 71 сбит, а 19 локационно потеряны, и две ракеты": the aside goes on after ", а"
            while end is not None and tokens[end].norm == "," and end + 1 < len(tokens) and tokens[end + 1].norm in joins \
                    and end + 2 in counted:
                end = next((j for j in range(end + 2, len(tokens)) if tokens[j].norm in (",", ";")), None)
            if end is not None:
                out.append((start, end))
    return out


def _named_attack(info: SentenceInfo, m: Match, ctx: DocContext) -> bool:
    """"the heaviest strike", "a strike": the word names the attack (a noun after an article or a
    superlative), it does not say what the weapons did."""
    if m.start == 0:
        return False
    before = info.tokens[m.start - 1]
    return before.norm in _lex(ctx, "grammar", "articles") or before.norm in _lex(ctx, "context", "superlative")


def _repelled_attack(info: SentenceInfo, best, ctx: DocContext) -> bool:
    """"repelled a massive attack by 41 drones", "відбили атаку 41 дрона": the attack noun the
    count hangs on is the object of a verb of defeat, which then governs its weapons."""
    tokens = info.tokens
    noun = tokens[best.start]
    nouns = _lex(ctx, "grammar", "attack_nouns")
    if best.value[1] != "launched" or not (noun.norm in nouns or noun.lemma in nouns):
        return False
    return any(m.value[1] == "defeated" and best.start - 3 <= m.end <= best.start
               and all(t.kind == "word" for t in tokens[m.end:best.start]) for m in info.cat("metric"))


def _participle_after_comma(info: SentenceInfo, k: int) -> str | None:
    """A participle after a comma describes the noun before it: "беспилотников, сбитых над ...",
    "дронів, збитих ...". uk/ru only, where the morphology tells a participle from a verb."""
    lang = info.data.code
    m = info.mark_at("metric", k + 1)
    if lang not in MORPH_LANGS or m is None:
        return None
    if m.value[1] == "launched":
        return None  # "ракеты «Нептун», выпущенные в направлении Таганрога": a description; the verb before governs
    tags = parses(info.tokens[k + 1].norm, lang)
    if tags and ("PRTF" in tags[0][1] or ("ADJF" in tags[0][1] and "pssv" in tags[0][1])):
        return m.value[1]
    return None


def _verb_after_total(info: SentenceInfo, k: int, ctx: DocContext) -> str | None:
    """After "N of the M drones": past what describes the M ("launched overnight") to the
    verb of the N, which must follow an auxiliary ("had been shot down")."""
    tokens = info.tokens
    aux = _aux_starts(info)
    dates = {m.start: m.end for m in info.cat("date")}
    if k < len(tokens) and tokens[k].norm in terms(info.data, "grammar", "relative_words"):
        k += 1  # "the 29 drones that Russia launched were destroyed"
    doer = next((p for p in info.places if p.start == k and p.kind == "country"), None)
    if doer is not None:
        k = doer.end  # "27 of the 29 drones Russia launched were destroyed"
    m = info.mark_at("metric", k)
    if m is None or m.value[1] != "launched":
        return None
    k, seen_aux = m.end, False
    while k < len(tokens) and k - m.end < 8:  # "fired at the capital that morning were shot down"
        if k in aux:
            seen_aux, k = True, k + 1
        elif k in dates:
            k = dates[k]
        elif _adverb(tokens[k], ctx):
            k += 1
        elif (verb := info.mark_at("metric", k)) is not None:
            return verb.value[1] if seen_aux else None
        elif tokens[k].kind == "word":
            k += 1  # "launched at the region were downed"
        else:
            return None
    return None


def _passive_after(info: SentenceInfo, k: int) -> str | None:
    """"three of the four missiles were intercepted": the verb right after the total, past its
    auxiliaries, when it is not the total's own "launched"."""
    aux = {m.start: m.end for m in info.cat("aux")}
    adverbs = terms(info.data, "grammar", "adverbs")
    while k in aux or (k < len(info.tokens) and (info.tokens[k].norm in adverbs or info.tokens[k].norm in _QUOTE_MARKS)):
        k = aux.get(k, k + 1)  # "шесть из семи Х-101 удалось сбить", "Два з трьох «шахедів» влучили"
    m = info.mark_at("metric", k)
    return m.value[1] if m is not None and m.value[1] != "launched" else None


def _acts_on_object(info: SentenceInfo, m: Match, ctx: DocContext) -> bool:
    """A destroy verb in the active voice with an object after it: the weapon did the destroying.
    English: an article or a number follows; uk/ru: a singular past verb ("знищив", "уничтожила")."""
    tokens = info.tokens
    if ctx.data.code in ("uk", "ru"):
        if any(d.start in (m.end, m.end + 1) for d in info.cat("defence")):
            return False  # "п'ять із яких збила російська ППО": the air defence did it, named after its verb
        tags = parses(tokens[m.start].norm, ctx.data.code)
        return bool(tags) and tags[0][1].startswith("VERB") and "past" in tags[0][1] and "plur" not in tags[0][1]
    if m.end >= len(tokens):
        return False
    nxt = tokens[m.end]
    return nxt.kind == "num" or nxt.norm in _lex(ctx, "grammar", "articles") | _lex(ctx, "grammar", "anaphora_articles")


def _leading_whole(info: SentenceInfo, c: Count, ctx: DocContext) -> bool:
    """A count after a partitive word opening its clause, with another count after it: the whole."""
    tokens = info.tokens
    k = c.qstart - 1
    if k < 0 or not (tokens[k].norm in _partitive_words(ctx) or tokens[k].lemma in _partitive_words(ctx)):
        return False
    return (k == 0 or tokens[k - 1].kind == "punct") and any(x.qstart > c.end for x in info.counts)


def _aside_end(info: SentenceInfo, k: int) -> int | None:
    """After ", летевший на Москву," or "– балістична «Іскандер-М» –" (a clause between commas or dashes, with
    no count in it): where it ends."""
    tokens = info.tokens
    mark = tokens[k].norm
    if mark not in (",", "–", "—"):
        return None
    close = next((j for j in range(k + 1, min(k + 9, len(tokens))) if tokens[j].norm == mark), None)
    if close is None or any(k < c.qstart < close for c in info.counts):
        return None
    if info.data.code == "en":  # English asides ("..., the air force said,") carry verbs: only a noun aside
        verbs = {m.start for m in info.cat("metric")} | _aux_starts(info)  # before "were intercepted" passes
        reporting = terms(info.data, "grammar", "reporting")
        said = close - 1 if tokens[close - 1].norm in reporting else close  # "fourteen, he said, were shot down"
        if close + 1 not in verbs or any(t.norm in reporting or j in verbs for j, t in enumerate(tokens[k:said], k)):
            return None
    return close + 1


def _place_phrase_end(info: SentenceInfo, k: int) -> int | None:
    """The end of "над Київщиною", "over the Kyiv region" starting at k, if one does."""
    ends = info.once("_place_ends", lambda info: {p.start: p.end for p in info.places})
    if k in ends:
        return ends[k]
    if any(m.start == k for m in info.cat("location")):
        j = k + 1
        while j < len(info.tokens) and info.tokens[j].norm in ("the", "territory", "of", "території", "территорией"):
            j += 1
        return ends.get(j)
    return None


_WITH = frozenset({"с", "со", "з", "із", "зі"})


def _modifier_phrase_end(info: SentenceInfo, k: int) -> int | None:
    """Noun modifiers between a count's noun and its verb: "rockets of a multiple rocket launcher were
    shot down", "missiles aimed at the Kharkiv region were shot down", "ракета с кассетной боевой частью попала"."""
    tokens = info.tokens
    direction = None
    if info.data.code != "en":
        if tokens[k].norm not in _WITH:  # "ракета «Искандер-М» с кассетной боевой частью попала ...": what it carried
            return None
    else:
        direction = next((m for m in info.cat("direction") if m.start == k and tokens[k].norm != "from"), None)
        if tokens[k].norm != "of" and direction is None:
            return None
    j = direction.end if direction is not None else k + 1
    aux = _aux_starts(info)
    stop = {m.start for m in info.cat("metric")} | aux | {x.qstart for x in info.counts if x.form != "singular"}
    while j < min(len(tokens), k + 7) and j not in stop:
        if tokens[j].kind != "word":
            return None
        j += 1
    return j if j in stop and j > k + 1 else None


def _governing_verb(info: SentenceInfo, c: Count):
    """A metric verb right before the count: "intercepted six rockets", "the interception of four rockets"."""
    start = c.qstart - 1 if c.qstart > 0 and info.tokens[c.qstart - 1].norm == "of" else c.qstart
    return next((m for m in info.cat("metric") if m.end in (c.qstart, start)), None)


def _chain_end(info: SentenceInfo, k: int, ctx: DocContext) -> int:
    """Past counts coordinated with this one: "268 drones and two missiles | were shot down"."""
    tokens, n = info.tokens, len(info.tokens)
    while k < n and tokens[k].norm in (",", "and", "та", "і", "й", "и", "as well as"):
        j = k + 1
        if j < n and tokens[j].norm in ("and", "та", "і", "и"):
            j += 1
        nxt = _count_at(info, j)
        if nxt is None:  # "all the drones and the missile | were shot down": a weapon named with no figure
            while j < n and tokens[j].norm in _lex(ctx, "grammar", "definite_words"):
                j += 1
            bare = info.weapon_at.get(j)
            if bare is None:
                break
            k = bare.end
            continue
        after = _skip_fillers(info, nxt.end)
        if after < n and (tokens[after].norm in _partitive_words(ctx) or tokens[after].lemma in _partitive_words(ctx)):
            after += 1  # "22 of the drones and one of the missiles | were destroyed"
            while after < n and tokens[after].norm in _OF_THE:
                after += 1
        phrase = info.weapon_at.get(after)
        if phrase is None:
            break
        k = phrase.end
    return k


def _adverb(token: Token, ctx: DocContext) -> bool:
    return token.norm in _lex(ctx, "grammar", "adverbs")


def _in_other_clause(info: SentenceInfo, a: int, b: int) -> bool:
    """Does a semicolon lie between tokens a and b?"""
    return any(t.norm == ";" for t in info.tokens[a:b])


def _is_list_item(info: SentenceInfo) -> bool:
    """"63 over the territory of the Bryansk region,", "eight each over ...", "по 6 – над ..."."""
    tokens = info.tokens
    starts_with_count = any(c.qstart <= 1 for c in info.counts) or (bool(tokens) and tokens[0].norm in ("по", "and", "і", "и", "та"))
    return bool(tokens) and info.sent.first_in_line and (starts_with_count or _is_table_row(info))


def _is_table_row(info: SentenceInfo) -> bool:
    """"Poltava region — 14", "Sumy region: 10 (2 over the city)", "Mon 27 Oct — 193": a row that names its
    place or its day, then its figure."""
    tokens = info.tokens
    first = next((k for k, t in enumerate(tokens) if t.kind == "word"), None)
    return first is not None and (any(p.start == first for p in info.places)
                                  or any(first <= d.start <= first + 1 for d in info.dates)) and any(  # "Mon 27 Oct"
        c.qstart > 0 and tokens[c.qstart - 1].norm in _ITEM_MARKS for c in info.counts)


# -- exclusions -------------------------------------------------------------------------

def excluded(info: SentenceInfo, c: Count, link_end: int | None = None) -> bool:
    """Running totals, production, capacity, prices: not one attack's count."""
    if speaks_of_running_total(info):
        return True
    end = link_end if link_end is not None else c.end
    # (but not in what a dash goes on to say: "24 потеряны – по оценке военных, ...", nor a kind of
    # site: "a drone hit a gas production facility")
    return any(c.qstart - 8 <= m.start <= end + 6 and not any(t.norm in ("–", "—") for t in info.tokens[end:m.start])
               and not _names_a_site(info, m.end) for m in info.cat("not_attack")) or \
        any(c.qstart - 8 <= m.start < c.qstart and not any(t.norm == ":" for t in info.tokens[m.end:c.qstart])
            for m in info.cat("carrier")) or _losses_listed(info, c)  # but "carries the statement: 112 drones ..."


def _names_a_site(info: SentenceInfo, k: int) -> bool:
    """Is token k a kind of site ("production facility", "oil refinery")?"""
    return k < len(info.tokens) and info.tokens[k].lemma in word_set(info.data, "context", "site_nouns")


def _losses_listed(info: SentenceInfo, c: Count) -> bool:
    """"Russian losses over the past day: 1,130 personnel, six tanks ... and 213 drones": a tally of
    equipment lost, listed after the word for losses, with no attack verb between."""
    k = info.once("_loss_word", _loss_word)
    return k is not None and k < c.qstart and not any(k < m.start < c.qstart for m in info.cat("metric"))


def _loss_word(info: SentenceInfo) -> int | None:
    """Where the sentence's first word for losses is, if it has one."""
    losses = terms(info.data, "grammar", "loss_words")
    return next((j for j, t in enumerate(info.tokens) if t.norm in losses or t.lemma in losses), None)


def speaks_of_running_total(info: SentenceInfo) -> bool:
    """A cumulative cue ("since the start of the war", "so far this year"): the sentence's
    figures are running totals, unless a superlative just before makes the cue describe
    this attack ("the largest attack since the start of the war"). Decided once per sentence:
    every count and both claim builders ask."""
    return info.labelled_total or info.once("_running_total", _running_total_of)


def _running_total_of(info: SentenceInfo) -> bool:
    qualifiers = [(m.start, m.end) for m in info.cat("qualifier")]  # "at least" is no superlative
    superlatives = [m.start for m in info.cat("superlative") if not any(a <= m.start < b for a, b in qualifiers)]
    tokens = info.tokens
    sources = {m.start for m in info.cat("source")}  # "за останніми даними": by the latest data
    edges = terms(info.data, "grammar", "period_edge_verbs")  # "Russia opened the week with 97 drones": one night
    ago = terms(info.data, "grammar", "ago_words")
    days = {m.start for m in info.cat("date")}  # "за вчорашній день": one day's figures, not "за * день"
    attacks = terms(info.data, "grammar", "attack_nouns")  # "В день удара": on the day of the strike, not a day's rate
    cumulative = [m.start for m in info.cat("cumulative") if (m.end >= len(tokens) or (
        tokens[m.end].norm not in ago and tokens[m.end].lemma not in attacks)) and m.start not in days]
    starts = [k for k in cumulative + _since_a_past_day(info)
              if not _aside(info, k) and not _enclosed_aside(info, k) and not _article_opens_clause(info, k)
              and k not in sources and not (k > 0 and tokens[k - 1].norm in edges and tokens[k].norm == "the")]
    if _month_label(info):
        return True
    if info.after_total and not any(d.kind in _ONE_DAY for d in info.dates):
        # "… за неделю … Минобороны за тот же период отчиталось о 1 140"; but "on January 25 it reported
        # 193 drones destroyed, 41 of them over the Bryansk region" tells of one night
        starts += [m.start for m in info.cat("same_period")]
    for start in starts:
        if not any(0 <= start - s <= 10 and not any(t.norm in (":", ";") for t in tokens[s:start])
                   for s in superlatives):
            return True
    return False


def _month_label(info: SentenceInfo) -> bool:
    """"• November: Russia launched 5,400 drones": a month heading its line labels a month's total."""
    tokens = info.tokens
    k = next((j for j, t in enumerate(tokens) if t.kind != "punct"), None)
    if k is None or not info.sent.first_in_line or not _opens_as_label(info, k, k + 1, (":",)):
        return False
    months = month_words(info.data)
    return tokens[k].norm in months or tokens[k].lemma in months


_ONE_DAY = frozenset({"explicit", "weekday", "this_night", "yesterday"})


def _aside(info: SentenceInfo, k: int) -> bool:
    """Is token k in a clause after all the figures that tells of something else ("44 drones shot down,
    11 of them over the Volgograd region, where the refinery was hit for the third time this year")?"""
    tokens = info.tokens
    last = max((c.end for c in info.counts if c.form != "singular"), default=len(tokens))  # "a capacity": no figure
    openers = terms(info.data, "context", "aside_openers")
    return any(tokens[j - 1].norm == "," and (tokens[j].norm in openers or tokens[j].lemma in openers)
               for j in range(max(last, 1), k))


def _enclosed_aside(info: SentenceInfo, k: int) -> bool:
    """Is token k in a clause set off by commas that has no figure of its own ("The toll, which rose
    over the weekend, now stands at 20 dead")? It tells of the noun before it, not of the figures."""
    tokens = info.tokens
    openers = terms(info.data, "context", "aside_openers")
    start = next((j for j in range(k - 1, 0, -1) if tokens[j].norm == ","), None)
    if start is None or not (tokens[start + 1].norm in openers or tokens[start + 1].lemma in openers):
        return False
    end = next((j for j in range(k + 1, len(tokens)) if tokens[j].norm == ","), None)
    return end is not None and not any(start < c.qstart < end for c in info.counts)


def _article_opens_clause(info: SentenceInfo, k: int) -> bool:
    """"A night like 8 November shows ...": a rate ("150 drones a night") follows what it counts;
    at a clause's start the words name one night."""
    tokens = info.tokens
    return tokens[k].norm in ("a", "an") and (k == 0 or tokens[k - 1].kind == "punct")


def _since_a_past_day(info: SentenceInfo) -> list[int]:
    """"Since 1 January, the region has been attacked by 280 drones", "Від липня 2024 року", "Протягом
    червня", "In the whole of 2025": a count from a past day, or over a month or a year, on. Not a
    night's window ("з 9 на 10 червня")."""
    tokens = info.tokens
    since = terms(info.data, "context", "since_words")
    opening, years, months = _period_words(info.data)
    window = terms(info.data, "context", "window_words")
    out = []
    for d in info.dates:
        weekday = d.kind == "weekday"  # "41 drones have been destroyed since Friday evening": more than one night
        if (d.kind == "explicit" or weekday) and d.start > 0 and tokens[d.start - 1].norm in since \
                and (d.bound or weekday or info.data.code != "en") \
                and not _night_window_after(tokens, d, window):
            out.append(d.start - 1)
    for k in range(len(tokens) - 1):
        if tokens[k].norm not in years:
            continue
        nxt = tokens[k + 2] if tokens[k + 1].norm == "the" and k + 2 < len(tokens) else tokens[k + 1]
        if tokens[k].norm in opening and (nxt.norm in months or nxt.lemma in months):
            out.append(k)  # "since March", "протягом червня", "за июнь", "за зиму": no day, a month or more
        elif _is_year(nxt) and not any(d.start <= k + 1 < d.end for d in info.dates):
            out.append(k)  # "in 2025", "за 2024 рік": a year, not "on 5 August 2025"
    return out


def _period_words(data: LanguageData) -> tuple[frozenset, frozenset, frozenset]:
    """(words that open a period, those and the words before a year, month and season words),
    once per language."""
    key = ("period-words",)
    cached = data._word_sets.get(key)
    if cached is None:
        opening = terms(data, "context", "since_words") | terms(data, "context", "during_words")
        years = opening | terms(data, "context", "in_year_words")
        months = frozenset(month_words(data) | terms(data, "context", "season_words"))  # "за зиму", "throughout the winter"
        cached = data._word_sets[key] = (frozenset(opening), frozenset(years), months)
    return cached


def _is_year(token: Token) -> bool:
    return token.kind == "num" and len(token.text) == 4 and token.text.isdigit() and 1990 <= int(token.text) <= 2100


# -- where ------------------------------------------------------------------------------

def _night_window_after(tokens: list[Token], d, window: AbstractSet) -> bool:
    """"з 9 на 10 червня", "from 22:00 to 06:00": the date opens a night's window, not a span of days. A
    window word before a place ("з 1 вересня на Сумщині") is no window."""
    end = min(d.end + 2, len(tokens))
    return any(tokens[k].norm in window and (k < d.end or (k + 1 < len(tokens) and tokens[k + 1].kind == "num"))
               for k in range(d.start, end))


def _direction_spans(info: SentenceInfo):
    return info.once("_direction_spans", _direction_spans_of)


def _direction_spans_of(info: SentenceInfo) -> list[tuple[int, int]]:
    """Token ranges that name where an attack came from or went ("towards Kryvyi Rih", "(launch area: ...)")."""
    spans = []
    tokens = info.tokens
    place_starts = {p.start: p for p in info.places}
    locations = {m.start for m in info.cat("location")}
    prepositions = locations | {m.start for m in info.cat("direction")}
    for m in info.cat("direction"):
        if any(t.norm in ("target", "targets") for t in tokens[m.start:m.end]):
            spans.append((max(0, m.start - 3), m.start))  # "with Kyiv the main target"
        if m.end - m.start == 1 and tokens[m.start].norm in terms(info.data, "grammar", "from_words"):
            # "з Курської області" is where it came from; "з них 25" is a part of what came, and
            # "с сотрудниками ... АЭС" (instrumental) is "with"
            nxt = next((place_starts[k] for k in range(m.end, m.end + 3) if k in place_starts), None)
            if nxt is not None and any(k in locations for k in range(m.end, nxt.start)):
                nxt = None  # "из РСЗО по Орехову": the place after "по" is the target, not where they came from
            if nxt is not None and (nxt.start == m.end or _genitive_may_follow(tokens[m.end], info.data.code)):
                end = nxt.end
                while True:  # "з Курської та Брянської областей": the whole coordinated group
                    more = next((place_starts[k] for k in range(end, end + 3) if k in place_starts), None)
                    if more is None or any(t.norm in (",", ";", ")") for t in tokens[end:more.start]) and \
                            not all(t.norm in (",", "та", "і", "и", "and") for t in tokens[end:more.start]):
                        break
                    if any(k in prepositions for k in range(end, more.start)):
                        break  # "с ... Запорожской АЭС в Энергодаре": from one place to another
                    end = more.end
                spans.append((m.start, end))
            continue
        end = m.end
        while end < len(tokens) and tokens[end].norm not in (",", ";", ")", ".", ":") and end - m.end < 12:
            if end in prepositions and any(m.start <= k < end for k in place_starts):
                break  # "from the Black Sea at the Odesa region": the place after the next preposition is another's
            end += 1  # "Основной удар пришёлся на столицу: в Оболонском районе ...": the colon ends the direction
        spans.append((m.start, end))
    depth_start = None
    for k, t in enumerate(tokens):
        if t.norm == "(":
            depth_start = k
        elif t.norm == ")" and depth_start is not None:
            spans.append((depth_start, k + 1))  # parentheses hold launch areas and asides
            depth_start = None
    return spans


def _genitive_may_follow(token: Token, lang: str) -> bool:
    """Can the word be a genitive ("з території", "с территории"), as "from" takes in Ukrainian and
    Russian? An instrumental ("с сотрудниками") makes the preposition "with"."""
    if lang not in MORPH_LANGS or token.kind != "word":
        return True
    return any("gent" in tag or "gen2" in tag for _, tag in parses(token.norm, lang))


def _inside(k: int, spans) -> bool:
    return any(a <= k < b for a, b in spans)


def _bounding_counts(info: SentenceInfo, people: AbstractSet) -> list[Count]:
    """The sentence's bounding counts in order, leaving out the casualty component's (kept per set of those)."""
    memo = info.memo.setdefault("_bounding_counts", {})
    key = frozenset(people)
    if key not in memo:
        memo[key] = sorted((x for x in info.counts if x.start not in people and _bounding(info, x)), key=lambda x: x.start)
    return memo[key]


def _bounding(info: SentenceInfo, x: Count) -> bool:
    """Counts that end another count's stretch: not a stray article ("at a military facility")."""
    return x.form != "singular" or _skip_fillers(info, x.end) in info.weapon_at


def _counts_other_things(info: SentenceInfo, x: Count) -> bool:
    """"312 strikes on 14 settlements in the Zaporizhzhia region": a count of something else,
    whose place is not its own against the weapon counts that follow."""
    k = _skip_fillers(info, x.end)
    if k in info.weapon_at or k >= len(info.tokens):
        return False
    token = info.tokens[k]
    if token.kind != "word" or token.norm in ("each", "of", "out"):
        return False
    return k not in info.once("_clause_word_starts", _clause_word_starts)


def _count_before(info: SentenceInfo, c: Count) -> Count | None:
    """The sentence's last count that ends before this one begins."""
    return next((x for x in reversed(info.counts) if x.end <= c.qstart), None)


def _after_a_count_of_locations(info: SentenceInfo, c: Count) -> bool:
    """Is the count before this one a count of locations ("на 15 локациях"), whose noun this one leaves out?"""
    before = _count_before(info, c)
    if before is None or before.end >= len(info.tokens):
        return False
    words = terms(info.data, "grammar", "locations_words")
    nxt = info.tokens[before.end]
    return nxt.norm in words or nxt.lemma in words


def _of_other_things(info: SentenceInfo, c: Count) -> bool:
    """"The strike damaged 34 buildings, 11 of them listed monuments": "them" are the things the
    count before it counted, when no weapon and no verb of the attack come after that count (not
    "58 drones took part in the attack on the two plants, and 11 of them reached their targets")."""
    other = _count_before(info, c)
    if other is None:
        return False
    k = _skip_fillers(info, other.end)
    if k < len(info.tokens) and k not in info.weapon_at and info.tokens[k].norm in terms(info.data, "grammar", "attack_nouns") \
            and c.qstart - other.end <= 12:
        return True  # "carried out 4,390 attacks on positions, 96 of them with rocket launchers": attacks counted
    return _counts_other_things(info, other) and not any(w.start >= other.end for w in info.weapons) and not any(
        m.start >= other.end for m in info.cat("metric"))


def _clause_word_starts(info: SentenceInfo) -> frozenset:
    return frozenset(m.start for cat in ("location", "aux", "metric", "casualty", "people") for m in info.cat(cat))


def _embedded_places(info: SentenceInfo, c: Count, link: Link) -> list[PlaceMatch]:
    """"про дев'ять знищених над Кримом безпілотників": a place set between the count and its noun."""
    if link.phrase is None or link.kind != "direct":
        return []
    return [p for p in info.places if c.end <= p.start and p.end <= link.phrase.start
            and any(m.end == p.start for m in info.cat("location"))]


def _past_a_dash(info: SentenceInfo, start: int, k: int) -> bool:
    """"уничтожены 22 ракеты – столицу прикрывали очень плотно": a place at k in what a dash goes on
    to say, unless the dash leads to where ("сбиты 22 ракеты – над Киевом")."""
    tokens = info.tokens
    dash = next((j for j in range(start, k) if tokens[j].norm in ("–", "—")), None)
    return dash is not None and not any(dash < m.start < k for m in info.cat("location"))


def places_near(info: SentenceInfo, c: Count, link_end: int, people: AbstractSet = frozenset()) -> tuple[list, list]:
    """(after, before): places in the count's own stretch after it, and those before it not owned by an earlier count."""
    # "(6 of them over the capital)": brackets hold asides, except for a count of their own
    spans = [s for s in _direction_spans(info) if not (s[0] < c.qstart < s[1] and info.tokens[s[0]].norm == "(")]
    counts = _bounding_counts(info, people)
    nxt = min((x.qstart for x in counts if x.qstart >= link_end), default=len(info.tokens))
    # "... with more than 80 missiles overnight, killing 11 people and cutting the line to the Zaporizhzhia
    # plant": a casualty count in a clause after a comma or a colon ends the stretch too, there ("ПВО обезвредила
    # 101 дрон из 128, в Одессе ранены трое", "выпустила 64 ракеты и более 400 дронов: в Киеве погибли пять человек")
    nxt = min([nxt] + [max(k for k in range(link_end, x.qstart) if info.tokens[k].norm in (",", ":"))
                       for x in info.counts if x.start in people and x.qstart >= link_end
                       and any(t.norm in (",", ":") for t in info.tokens[link_end:x.qstart])])
    most = terms(info.data, "grammar", "most_words")
    joins = terms(info.data, "grammar", "clause_conjunctions")
    clause_end = next((k for k in range(link_end, nxt) if _opens_clause(info.tokens, k, joins, _PRONOUNS)),
                      nxt)  # "... downed as Crimea comes under attack"; but "... as they approached Tsemes Bay"
    after = [p for p in info.places if link_end <= p.start < clause_end and not _inside(p.start, spans)
             and not _in_other_clause(info, link_end, p.start) and p.start not in _dash_items(info)
             and not _in_next_clause(info, link_end, p)
             and not _after_comma_and(info, link_end, p.start) and not _past_a_dash(info, link_end, p.start)
             and not any(t.norm in most for t in info.tokens[link_end:p.start])]  # "most of them over Kursk"
    led = [p for p in info.places if _dash_items(info).get(p.start) == c.qstart]
    if led:  # "над Брянской — 13": the place before the dash is this count's, with those coordinated with it
        return after, _last_group([p for p in info.places if p.end <= led[-1].end])  # "Татарстан і Башкортостан – по 4"
    prev_counts = [x for x in counts if x.end <= c.qstart and not _counts_other_things(info, x)]
    floor = 0
    if prev_counts:
        prev = prev_counts[-1]
        origins = _origin_places(info)  # "... launched from the Black Sea and 37 drones": not the 37's
        # "над Харківщиною – 14 БпЛА, а над Полтавщиною збито 9 ракет": a place after a conjunction opening
        # this count's clause is this count's
        opener = next((k for k in range(prev.end, c.qstart) if _opens_clause(info.tokens, k, joins)
                       or info.tokens[k].norm == ";"), c.qstart)  # "...; mobile fire groups in the Kyiv region shot down 41"
        owned = [p for p in info.places if prev.end <= p.start < opener and p.start not in origins]
        if any(_dash_items(info).get(p.start) == prev.qstart for p in info.places):
            owned = []  # "над Полтавщиною – 17, на Київщині збито 12": the 17 has its place; the next is the 12's
        floor = owned[-1].end if owned else 0
        if owned:  # "8 над акваторией моря, а ... уничтожили в северо-западной части Чёрного моря шесть": its own clause's
            return after, [p for p in info.places if opener < p.start and p.end <= c.qstart and not _inside(p.start, spans)]
    # "Kyiv apartment block hit as Russia launches 600 drones", "Missiles hit Uman; Russia sends 87 drones":
    # a place in the clause before a conjunction or a semicolon is not this count's
    speaker_commas = _speaker_commas(info)
    cut = max((k for k in range(floor, c.qstart) if _opens_clause(info.tokens, k, joins) or info.tokens[k].norm == ";"
               or k in speaker_commas), default=-1)
    before = [p for p in info.places if max(floor, cut) <= p.start and p.end <= c.qstart and not _inside(p.start, spans)]
    return after, before


_PRONOUNS = ("they", "it", "she", "he")


def _after_comma_and(info: SentenceInfo, a: int, b: int) -> bool:
    """"destroyed 158 drones, ..., and officials in Yaroslavl said a drone had hit", "..., і прорив стався":
    ", and" not followed by a count opens another clause; its place is not the count's."""
    tokens = info.tokens
    starts = {c.qstart for c in info.counts}
    return any(tokens[k].norm == "," and tokens[k + 1].norm in _AND_WORDS and k + 2 not in starts
               for k in range(a, min(b, len(tokens)) - 1))


_AND_WORDS = frozenset({"and", "і", "й", "та", "и"})


def _speaker_commas(info: SentenceInfo) -> list[int]:
    """"Russia struck Kryvyi Rih, Russia's defence ministry said it downed 29 drones": the commas
    after a clause with a verb of its own where a claimant opens what it says (but "In Kharkiv,
    the governor said ..." is one clause), in order."""
    return info.once("_speaker_commas", _speaker_commas_of)


def _speaker_commas_of(info: SentenceInfo) -> list[int]:
    tokens = info.tokens
    claimants = {m.start for m in info.cat("claimant")}
    first_verb_end = min((m.end for m in info.cat("metric")), default=len(tokens) + 1)
    out = []
    for k, t in enumerate(tokens):
        if t.norm == "," and first_verb_end <= k:
            nxt = k + 2 if k + 1 < len(tokens) and tokens[k + 1].norm == "the" else k + 1
            if nxt in claimants:
                out.append(k)
    return out


def _opens_clause(tokens: list[Token], k: int, joins: AbstractSet, but_before: tuple = ()) -> bool:
    """Does a conjunction at k open a new clause ("as", "while", "а")? Not "а также" (and also),
    nor one followed by any of but_before."""
    nxt = tokens[k + 1].norm if k + 1 < len(tokens) else ""
    return tokens[k].norm in joins and nxt not in ("также", "також") and nxt not in but_before


def _in_next_clause(info: SentenceInfo, link_end: int, p: PlaceMatch) -> bool:
    """"заявила про 127 збитих дронів, у Туапсе горить НПЗ": after a comma, a place in a clause
    with a verb of its own is that clause's, not the count's (a relative clause's — "які летіли
    над Київщиною" — is still the drones')."""
    lang = info.data.code
    tokens = info.tokens
    commas = [k for k in range(link_end, p.start) if tokens[k].norm == ","]
    if not commas:
        return False
    consequences = terms(info.data, "grammar", "consequence_participles")
    if any(t.norm in consequences for t in tokens[commas[-1] + 1:p.start]):
        return True  # "..., 44 of which were shot down, leaving large parts of Kyiv without power": what followed
    if lang not in MORPH_LANGS:
        return False
    start = commas[-1] + 1
    end = next((k for k in range(p.end, len(tokens)) if tokens[k].norm in (",", ";", ".", "—", "–")), len(tokens))
    if start < len(tokens) and tokens[start].norm in terms(info.data, "grammar", "relatives"):
        return False
    metrics = {m.start for m in info.cat("metric")}
    if not any(k < commas[0] for k in metrics) and any(start <= k < p.start for k in metrics):
        return False  # "Ще 11 дронів, за твердженням відомства, збили над Кримом": its own verb, after an aside
    return any(tokens[k].kind == "word" and likeliest_is(tokens[k].norm, lang, "VERB")
               for k in range(start, end) if not p.start <= k < p.end)


def _bracketed(info: SentenceInfo) -> dict[int, PlaceMatch]:
    """Counts in brackets right after a place ("над Брянською (12) та Курською (9) областями",
    "over the Bryansk (12) and Kursk (9) regions"): count start -> its place."""
    return info.once("_bracketed", _bracketed_of)


def _bracketed_of(info: SentenceInfo) -> dict[int, PlaceMatch]:
    tokens, n = info.tokens, len(info.tokens)
    ends = {p.end: p for p in info.places if p.kind in ("region", "city") and p.code}
    out = {}
    for c in info.counts:
        if c.form in ("digits", "words") and c.qstart > 0 and tokens[c.qstart - 1].norm == "(" \
                and c.end < n and tokens[c.end].norm == ")" and c.qstart - 1 in ends:
            out[c.start] = ends[c.qstart - 1]
    return out


def _dash_items(info: SentenceInfo) -> dict[int, int]:
    """Places that head a dashed list item ("над Брянской — 13"): place start -> its count's start."""
    return info.once("_dash_items", _dash_items_of)


def _dash_items_of(info: SentenceInfo) -> dict[int, int]:
    out = {}
    aux = _aux_starts(info)
    for p in info.places:
        if p.end < len(info.tokens) and info.tokens[p.end].norm in DASHES:
            j = p.end + 1
            while j in aux:  # "над Курской — ещё четыре"
                j += 1
            c = _count_at(info, j)
            if c is not None:
                out[p.start] = c.qstart
    return out


def region_for(info: SentenceInfo, c: Count, link: Link, ctx: DocContext,
               people: AbstractSet = frozenset(), metric: str | None = None) -> list[str | None]:
    """Regions of this count (several for "eight each over X and Y"); [None] for a national figure
    or one whose place is not known.

    In order: a place after the count in its own stretch ("41 over the Belgorod region"), a
    place word referring back ("over the region"), places before it ("In the Khmelnytskyi
    region alone, air defence destroyed nine drones"), then what the text said before."""
    respective = respective_place(info, c)
    if respective is not None:
        return [respective]  # "In the Chernihiv and Poltava regions, ... destroyed 41 and 26 drones respectively"
    if _over_several_regions(info, link.end) or _at_several_locations(info):
        return [None]  # "над шестью регионами", "over nine regions", "на 11 локациях": no one region
    bracketed = _bracketed(info)
    if c.start in bracketed:
        return [bracketed[c.start].code]
    if any(x > c.start for x in bracketed):
        return [None]  # the total of a breakdown by region that follows it
    where = _where_clause_place(info, c, ctx)
    if where is not None:
        return [where]
    labelled = _place_before_dash(info, c) or _place_label(info, c)
    if labelled is not None:
        return [labelled]  # "Брянская обл. — 21 | Курская обл. — 12": each place labels the figure after its dash
    k = link.end
    if k < len(info.tokens) and info.tokens[k].norm == ",":
        k = next((m.end - 1 for m in info.cat("including") if m.start == k + 1), k)  # "54 БпЛА, в т.ч. Брянская обл. — 21"
    if k + 1 < len(info.tokens) and (info.tokens[k].norm == ":" or k > link.end) and any(k < x.qstart <= k + 5 for x in info.counts):
        listed = [p for p in info.places if p.start > k and p.kind in ("region", "city", "sea")]
        if len({p.code for p in listed}) > 1:
            return [None]  # "уничтожены 19 беспилотников: 12 – над Крымом, семь – над морем": the total of its breakdown
    after, before = places_near(info, c, link.end, people)
    actors = _actor_places(info)
    skip = _speaker_places(info) | actors | _origin_places(info) | _possessor_countries(info)
    after = _embedded_places(info, c, link) + [p for p in after if p.start not in skip]
    # "58 drones, including over the Saratov region": some of them, with no figure of their own, were there
    some = [m.end for m in info.cat("including") if m.start >= link.end and not any(x.qstart >= m.end for x in info.counts)]
    kept = [p for p in after if not any(k <= p.start <= k + 3 for k in some)] if some else after
    if len(kept) < len(after):
        after = kept
        if not after and not before:
            return [None]
    # "в Днепре погибли пять человек, Россия выпустила 43 ...": a place before the acting country is another clause's
    before = [p for p in before if p.start not in skip and not any(p.end <= a < c.qstart for a in actors)]
    own = _first_group(after) if after else []
    anaphora = _anaphoric_place(info, c, link.end, ctx, after_only=True) if not own else None
    partner_places = None  # the places after the count coordinated with this one, once looked for
    if not own and not anaphora and before:
        own = _last_group(before)
        targets = _lex(ctx, "grammar", "target_prepositions")
        attacked = {m.end for m in info.cat("metric")}  # "Russia attacked Ukraine with 87 drones": the whole country
        if all(p.kind == "country" and not (p.start > 0 and info.tokens[p.start - 1].norm in targets)
               and p.start not in attacked for p in own):
            partner_places = _partner_places(info, link, ctx, people, skip)
            if partner_places:
                own = []  # "In western Ukraine, air defences destroyed 11 drones and three missiles over the Lviv region"
    if not own and not anaphora and c.form in ("all", "both"):
        # "по Курской области были выпущены ракеты; ... ПВО сбила обе": both of those, wherever they were
        earlier = [p for p in info.places if p.end <= c.qstart and p.kind in ("region", "city") and p.code
                   and p.start not in skip]
        own = earlier[-1:] if len({p.code for p in earlier}) == 1 else []
    if not own and not anaphora:
        anaphora = _anaphoric_place(info, c, link.end, ctx)
    if not own and not anaphora and (partner := _coordinated_next(info, link, ctx)) is not None:
        # "27 drones and (intercepted) six rockets over the region": the place after the last is both's
        own = partner_places if partner_places is not None else _partner_places(info, link, ctx, people, skip)
        anaphora = None if own else _anaphoric_place(info, partner[0], partner[1], ctx, after_only=True)
    if own and own[0].kind == "country":
        own = own[:1]  # "at Ukraine; Kyiv hit again": the country is the scope
    areas = {m.start for m in info.cat("country_area")}
    if len(own) > 1 and any(p.start in areas for p in own):
        return [None]  # "Підмосков'я та прикордонні області РФ": a region and more besides
    regions = [p.code for p in own if p.kind in ("region", "city") and p.code]
    national = not regions and any(p.kind == "country" for p in own)
    if not regions and anaphora:
        regions = [anaphora]
    distinct = list(dict.fromkeys(regions))
    each = c.each or (link.end < len(info.tokens) and info.tokens[link.end].norm == "each")
    if each and len(distinct) > 1:
        return distinct
    if len(distinct) == 1 and not national and not any(p.kind == "sea" for p in own):
        return distinct  # but "над Кримом та Чорним морем": part of it over the sea, no one region
    if distinct or national or any(p.kind == "sea" for p in own):
        return [None]
    # Nothing here: an ellipsis follows its antecedent (a figure counted before); a local
    # source speaks of its own region.
    ante_link = link.antecedent
    if link.kind == "ellipsis" and _is_table_row(info) and not any(p.start < c.qstart for p in info.places):
        return [None]  # "Wed 29 Oct — 100" under a row with "incl. 40 over the Moscow region": a day's own total
    if ante_link is not None and link.kind in ("ellipsis", "anaphor") and (ante_link.count is not None or ante_link.region):
        return [ante_link.region]
    ante = ctx.antecedent
    if c.form in ("all", "both") and ante and link.phrase and ante.cls == link.phrase.cls and ante.count == c.value \
            and not info.places:
        return [ante.region]  # "Все четыре ракеты сбиты": the four just named
    named = ctx.last_of_class.get(link.phrase.cls) if link.kind == "partitive" and link.phrase else None
    if link.total is None and named is not None and named.sentence >= info.index - 2 and not info.places:
        return [named.region]  # "five of the missiles": those just named, even with rockets named after them
    pair = ctx.last_of_class.get(link.phrase.cls) if link.phrase and c.value == 1 else None
    if pair is not None and pair.count == 2 and pair.sentence == info.index - 1 and not info.places \
            and any(t.norm in _lex(ctx, "grammar", "second_words") for t in info.tokens):
        return [pair.region]  # "две ракеты — обе по Одесской области. Одну ракету сбили, вторая попала ...": one of the two
    spans = _direction_spans(info)  # "летевших на Москву", "летіли на місто": towards it, not over it
    aimed = [p.start for p in info.places if not _home_in_brackets(info, p, ctx) and _inside(p.start, spans)]
    aimed_back = any(_inside(m.start, spans) for m in info.cat("anaphora"))
    heading = bool(aimed) or aimed_back
    # "They also fired two missiles from Crimea": where they came from is no heading, and the place before holds
    toward = aimed_back or any(k not in _origin_places(info) for k in aimed)
    # "Губернатор Ленінградської області заявив, що ... знищено три безпілотники": a regional
    # official with no other place speaks of the region
    speaking = skip - actors  # "Moscow's claim": a capital for its government speaks for no region
    speakers = {p.code for p in info.places if p.start in speaking and p.kind in ("region", "city") and p.code}
    if len(speakers) == 1 and not heading and not spans and all(p.start in skip or p.code in speakers for p in info.places):
        return [speakers.pop()]  # "Губернатор Рязанской области сообщил об атаке пяти беспилотников ... над Рязанью"
    # places of the next clause ("..., ще один влучив ... в Кушугумі") leave the sentence placeless for this count
    elsewhere = {p.start for p in info.places if p.start >= link.end and (
        _in_next_clause(info, link.end, p) or _in_other_clause(info, link.end, p.start))}
    if ctx.entry_region and not heading and not elsewhere:
        return [ctx.entry_region]  # "21:50 Hypermarket: 12 dead": where the feed's entries so labelled were
    # "над регионами страны", "across the country": the whole country, not the place of the sentence before
    carried = None if toward or info.cat("country_ref") else _carried_place(info, ctx, elsewhere)
    if carried:
        return [carried]  # the place of the sentence before, in its paragraph (a channel's item on another town)
    site = None if heading or any(p.kind != "country" for p in info.places) else _site_named_before(info, ctx)
    if site:
        return [site]  # "dropped two guided bombs on the market": the market named before, in Kharkiv
    if ctx.strike_place and not heading and not info.places and _the_strike_again(info, ctx):
        return [ctx.strike_place]  # "The strike was carried out with two Iskander-M missiles": the strike on Sumy
    local = ctx.home or ctx.section_region or (None if _national_voice(info, ctx) else ctx.masthead)
    if local and not heading and not ctx.heading_home and not any(p.kind == "country" for p in info.places) \
            and ctx.national_paragraph != info.sent.paragraph and not info.cat("country_ref") \
            and not _national_speaker_label(info):
        # a local source speaks of its own region, as a section under a region's heading does, unless the
        # paragraph is on the whole country or the text counts drones "летевших на Москву" (a direction is no region)
        return [local]
    if not heading and ctx.city_place and not info.places and _city_district(info):
        return [ctx.city_place[0]]  # "атаковали рынок в Никитовском районе": a district of the city the text is on
    if not heading and _unknown_settlement(info):
        # "у населённого пункта Лотаревка": a village the gazetteer lacks, in the region named; "удар пришёлся на
        # столицу: в Оболонском районе ...": a district of the city the sentence named
        cities = [p.code for p in info.places if p.kind == "city" and p.code and p.end <= c.qstart]
        if cities or ctx.region_place:
            return [cities[-1] if cities else ctx.region_place[0]]  # type: ignore[index]
    if c.form in ("singular", "implicit") and link.kind == "direct" and len(ctx.regions_seen) == 1 and not heading \
            and not info.cat("country_ref") \
            and info.tokens[c.start].norm not in ("one", "один", "одна", "одно") \
            and (claimant_for(info, ctx) in LOCAL_CLAIMANTS or ctx.recent_claimant in LOCAL_CLAIMANTS):
        return [next(iter(ctx.regions_seen))]  # a governor's drone that struck a minibus, in a story about one region
    if metric == "hit" and len(ctx.regions_seen) == 1 and not heading and not info.places and _local_hit(info, ctx):
        return [next(iter(ctx.regions_seen))]  # "Two missiles hit the block on Tekstylna Street", in a story about one city
    return [None]


def _local_hit(info: SentenceInfo, ctx: DocContext) -> bool:
    """A hit told of by a local source or by none, not a national tally ("Hits by 14 missiles were
    recorded at nine locations, the Air Force said")."""
    locations = terms(info.data, "grammar", "locations_words")
    return not _national_voice(info, ctx) and not info.cat("country_ref") and not any(
        t.norm in locations for t in info.tokens)


def _national_voice(info: SentenceInfo, ctx: DocContext) -> bool:
    """Does a national body tell of the figure (the Air Force, the defence ministry, the General
    Staff), in the sentence or just before? A local site relays their figures for the whole country."""
    who = claimant_for(info, ctx) or ctx.recent_claimant
    return who is not None and who not in LOCAL_CLAIMANTS


def _where_clause_place(info: SentenceInfo, c: Count, ctx: DocContext) -> str | None:
    """"The main target was the Odesa region, where air defence destroyed 31 drones": the count is in
    a clause about the place right before it, even one named as a target."""
    tokens = info.tokens
    words = _lex(ctx, "context", "where_words")
    for p in info.places:
        # "the Lviv region in the west, where ...": a short phrase may come between the place and its clause
        k = next((j for j in range(p.end, min(p.end + 5, c.qstart)) if tokens[j].norm == ","), None)
        if p.kind in ("region", "city") and p.code and k is not None and k + 1 < c.qstart \
                and tokens[k + 1].norm in words and not _clause_ends(info, k + 2, c.qstart) \
                and not any(p.end <= x.start < k for x in info.places):
            return p.code
    return None


def _clause_ends(info: SentenceInfo, a: int, b: int) -> bool:
    """Does a clause end between tokens a and b? A comma does, unless it sets off who said so
    ("where that night, according to local authorities, two missiles hit")."""
    marks = any(t.norm == ";" for t in info.tokens[a:b])
    commas = any(t.norm == "," for t in info.tokens[a:b])
    aside = any(a <= m.start < b for cat in ("source", "claimant") for m in info.cat(cat))
    return marks or (commas and not aside)


def _at_several_locations(info: SentenceInfo) -> bool:
    """"Hits by 38 drones were recorded at 11 locations": a count of places after the figures."""
    return info.once("_at_locations", _at_locations_of)


def _at_locations_of(info: SentenceInfo) -> bool:
    words = terms(info.data, "grammar", "locations_words")
    tokens = info.tokens
    return any(t.norm in words and k > 0 and tokens[k - 1].kind == "num" for k, t in enumerate(tokens))


def _partner_places(info: SentenceInfo, link: Link, ctx: DocContext, people: AbstractSet, skip: AbstractSet) -> list:
    """The places right after the count coordinated with this one, if any."""
    partner = _coordinated_next(info, link, ctx)
    if partner is None:
        return []
    after_x, _ = places_near(info, partner[0], partner[1], people)
    after_x = [p for p in after_x if p.start not in skip]
    return _first_group(after_x) if after_x else []


def _national_speaker_label(info: SentenceInfo) -> bool:
    """"🇺🇦 Повітряні сили: у ніч на 30 серпня ворог атакував 95 БпЛА": a national body heading an item in a
    local channel speaks for the whole country; so does one whose post the channel forwards."""
    return any(m.value[1].startswith(("UA ", "RU ")) and (_heads_as_label(info, m) or _forwarded_from(info, m))
               for m in info.cat("claimant"))


def _heads_as_label(info: SentenceInfo, m: Match) -> bool:
    """"🇺🇦 Повітряні сили: ...": the phrase opens the sentence before a colon or a dash."""
    return _opens_as_label(info, m.start, m.end, (":", "—", "–"))


def _opens_as_label(info: SentenceInfo, start: int, end: int, marks: tuple[str, ...]) -> bool:
    """Do tokens start..end open the sentence (only punctuation before them, an emoji or a bullet) and
    stand before one of the marks, as a label does ("🇺🇦 Повітряні сили:", "• November:")?"""
    tokens = info.tokens
    return end < len(tokens) and tokens[end].norm in marks and all(t.kind == "punct" for t in tokens[:start])


def _forwarded_from(info: SentenceInfo, m: Match) -> bool:
    """"↪️ Переслано из: Воздушные силы ВСУ": a line that names only whose post is forwarded."""
    tokens = info.tokens
    forwarded = terms(info.data, "grammar", "forwarded_words")
    return m.end == len(tokens) and any(t.norm in forwarded for t in tokens[:m.start]) \
        and all(t.kind == "punct" or t.norm in forwarded for t in tokens[:m.start])


def _over_several_regions(info: SentenceInfo, k: int) -> bool:
    tokens = info.tokens
    locations = {m.start for m in info.cat("location")}
    verb = info.mark_at("metric", k)
    if verb is not None:
        k = verb.end  # "out of 96 downed over nine regions"
    if k not in locations or k + 2 >= len(tokens):
        return False
    x = _count_at(info, k + 1)
    region_nouns = terms(info.data, "grammar", "region_nouns")
    return x is not None and x.form != "singular" and x.end < len(tokens) and (x.value or 0) > 1 and (
        tokens[x.end].norm in region_nouns or tokens[x.end].lemma in region_nouns)


def _home_in_brackets(info: SentenceInfo, p: PlaceMatch, ctx: DocContext) -> bool:
    """"КАБ – 14 (Харків, Липці, Вовчанськ)": the home region's towns in brackets are where they fell,
    not launch areas."""
    if ctx.home is None:
        return False
    before = [t.norm for t in info.tokens[:p.start]]
    if "(" not in before:
        return False
    opened = len(before) - 1 - before[::-1].index("(")
    if ")" in before[opened:]:
        return False
    close = next((k for k in range(p.start, len(info.tokens)) if info.tokens[k].norm == ")"), len(info.tokens))
    return any(q.code == ctx.home for q in info.places if opened < q.start < close)


def _origin_places(info: SentenceInfo) -> AbstractSet:
    return info.once("_origin_places", _origin_places_of)


_TOWARD_OR_END = frozenset({",", ";", ".", "at", "on", "against", "towards", "по", "на", "против"})


def _site_of_launch(info: SentenceInfo, origin: AbstractSet, count_starts: AbstractSet) -> set[int]:
    """"launched 38 drones from Cape Chauda in occupied Crimea", "з мису Чауда в окупованому Криму": a launch
    site the gazetteer lacks, named after a from-word, and the place it lies in, are where they came from."""
    tokens, n = info.tokens, len(info.tokens)
    starts = {p.start for p in info.places}
    within = terms(info.data, "grammar", "site_place_words")
    out: set[int] = set()
    for k in range(n - 3):
        if tokens[k].norm not in origin or k + 1 in starts:
            continue
        if not any(t.kind == "word" and t.text[:1].isupper() for t in tokens[k + 1:k + 3]):
            continue  # "from the north in the Sumy region" names no site
        for j in range(k + 2, min(k + 5, n)):
            if tokens[j].norm in within:
                out |= {p.start for p in info.places if j < p.start <= j + 3}
                break
            if tokens[j].kind != "word" or j in count_starts:
                break
    return out


def _origin_places_of(info: SentenceInfo) -> AbstractSet:
    """"missiles launched from a submarine in the Black Sea", "ракети, випущені з Курської області":
    where they came from, up to the next count or comma, is not where they struck."""
    if not info.places:
        return set()
    origin = terms(info.data, "grammar", "from_words")
    tokens, out = info.tokens, set()
    count_starts = {c.qstart for c in info.counts if c.form != "singular"}  # "from a submarine" is no count
    # "с бомбардировщиков Ту-95МС из Саратовской области", "from the territory of Kursk region",
    # "с территории временно оккупированного Крыма" (a bare "с", "з", "from" may be "with" or a direction)
    lead = terms(info.data, "grammar", "origin_lead")
    for p in info.places:
        k = p.start - 1
        while k >= 0 and tokens[k].norm in lead and k >= p.start - 4:
            k -= 1
        if k >= 0 and tokens[k].norm in origin and (tokens[k].norm not in ("с", "з", "from") or tokens[k + 1].norm in lead):
            out.add(p.start)
    # "з Курської області" read as a direction (a from-word and a genitive place)
    for a, b in _direction_spans(info):
        if tokens[a].norm in origin:
            out |= {p.start for p in info.places if a < p.start < b}
    # "с бомбардировщиков Ту-95МС над Саратовской областью", "from a submarine in the Black Sea"
    carriers = terms(info.data, "grammar", "carriers")
    for k, t in enumerate(tokens[:-1]):
        if t.norm in origin and (tokens[k + 1].norm in carriers or tokens[k + 1].lemma in carriers):
            out |= {p.start for p in info.places if k + 1 < p.start <= k + 5}
        elif t.norm in origin and k + 2 < len(tokens) and tokens[k + 2].lemma in carriers:
            # "з берегового комплексу «Бастіон» в окупованому Криму": a launcher with its adjective, then its place
            end = next((j for j in range(k + 3, min(k + 10, len(tokens))) if tokens[j].norm in _TOWARD_OR_END
                        or j in count_starts), min(k + 10, len(tokens)))  # not "from Su-34 aircraft at the Odesa region"
            out |= {p.start for p in info.places if k + 2 < p.start < end}
    out |= _site_of_launch(info, origin, count_starts)
    out |= _extent_places(info) | _launch_directions(info, origin)
    for m in info.cat("metric"):
        if m.value[1] != "launched" or m.end >= len(tokens) or tokens[m.end].norm not in origin:
            continue
        k = m.end + 1
        while k < min(len(tokens), m.end + 9) and k not in count_starts and tokens[k].norm not in (",", ";", "."):
            k += 1
        out |= {p.start for p in info.places if m.end < p.start < k}
    return out | _listed_with(info, out)


def _launch_directions(info: SentenceInfo, origin: AbstractSet) -> set[int]:
    """"с направлений Брянск, Орел, м. Чауда", "from the directions of Kursk and Millerovo": where
    the launches came from, every place after it in its clause."""
    tokens, out = info.tokens, set()
    directions = terms(info.data, "grammar", "launch_directions")
    for k, t in enumerate(tokens[:-1]):
        if t.norm in origin and (tokens[k + 1].norm in directions or tokens[k + 1].lemma in directions):
            stop = next((j for j in range(k + 2, len(tokens)) if tokens[j].norm == ";"), len(tokens))
            out |= {p.start for p in info.places if k + 1 < p.start < stop}
    counts = [c.qstart for c in info.counts]
    for m in info.cat("direction"):  # "район пуска — Саратовская область: 8", "launch directions — Kursk, Oryol: 96"
        if any(t.norm.startswith(("пуск", "launch")) for t in tokens[m.start:m.end]):
            stop = min([j for j in counts if j > m.end] + [j for j in range(m.end, len(tokens)) if tokens[j].norm == ";"]
                       + [len(tokens)])
            out |= {p.start for p in info.places if m.end <= p.start < stop}
    return out


def _listed_with(info: SentenceInfo, origins: set[int]) -> set[int]:
    """"из Курской области и временно оккупированного Крыма": a place listed after an origin is one too."""
    tokens, out = info.tokens, set()
    ordered = sorted(info.places, key=lambda p: p.start)
    for before, p in zip(ordered, ordered[1:]):
        if before.start not in origins and before.start not in out:
            continue
        between = tokens[before.end:p.start]
        if 0 < len(between) <= 4 and any(t.norm in LIST_JOINS for t in between) and all(
                t.norm in LIST_JOINS or (t.kind == "word" and t.text.islower()) for t in between) and not any(
                before.end <= k < p.start for k in info.weapon_at):
            out.add(p.start)
    return out


def _extent_places(info: SentenceInfo) -> set[int]:
    """"from Lviv in the west to Kherson in the south", "від Львова до Херсона": the two ends of an
    extent, neither of them the place of the figure."""
    tokens = info.tokens
    starts, ends = terms(info.data, "grammar", "range_from"), terms(info.data, "grammar", "range_to")
    out: set[int] = set()
    for p in info.places:
        if p.start == 0 or tokens[p.start - 1].norm not in starts:
            continue
        end = next((q for q in info.places if p.end < q.start <= p.end + 6 and tokens[q.start - 1].norm in ends), None)
        if end is not None:
            out |= {p.start, end.start}
    return out


def _actor_places(info: SentenceInfo):
    return info.once("_actor_places", _actor_places_of)


def _actor_places_of(info: SentenceInfo) -> AbstractSet:
    """"Russia fired ...", "Ukraine hit back": a country that attacks is not where it happened."""
    launch = [m.start for m in info.cat("metric") if m.value[1] == "launched"]
    # "Russia hit Kharkiv with two bombs": any attack verb with a place right after it
    aimed = [m.start for m in info.cat("metric") if any(0 <= p.start - m.end <= 1 for p in info.places)]
    areas = {m.start for m in info.cat("country_area")}
    # "the Russian Federation struck the port infrastructure of Odesa": the verb right after the country
    verbs = [m.start for m in info.cat("metric") if m.value[1] == "hit"]
    actors = {p.start for p in info.places
              if p.kind == "country" and p.start not in areas and (any(0 <= k - p.end <= 2 for k in launch + aimed)
                                                                    or p.end in verbs)}
    # "Moscow launched 100 drones", "Moscow's claim of seven interceptions": a capital standing for its
    # country; but "по Киеву выпустили девять ракет" aims at it
    tokens = info.tokens
    government = terms(info.data, "context", "government_nouns")
    targets = terms(info.data, "grammar", "target_prepositions")
    return actors | {p.start for p in info.places if p.code in CAPITALS and not (
        p.start > 0 and tokens[p.start - 1].norm in targets) and (any(k == p.end for k in launch) or (
        p.end + 1 < len(tokens) and tokens[p.end].norm == "'s" and tokens[p.end + 1].norm in government) or (
        p.start > 0 and tokens[p.start - 1].lemma in government))}  # "заявление Москвы": its government's


def _speaker_places(info: SentenceInfo):
    return info.once("_speaker_places", _speaker_places_of)


def _speaker_places_of(info: SentenceInfo) -> AbstractSet:
    """Places that name a speaker ("Moscow's mayor", "the Odesa Oblast administration"): not a count's region."""
    out = set()
    claimant_starts = {m.start for m in info.cat("claimant")}
    claimant_ends = {m.end for m in info.cat("claimant")}
    tokens = info.tokens
    claimant_spans = [(m.start, m.end) for m in info.cat("claimant")]
    for p in info.places:
        k = p.end + (1 if p.end < len(tokens) and tokens[p.end].norm == "'s" else 0)
        if k in claimant_starts or k + 1 in claimant_starts and tokens[k].kind == "word":
            out.add(p.start)
        elif p.start in claimant_ends or any(a <= p.start < b for a, b in claimant_spans):
            out.add(p.start)  # "Мер Москви", "губернатор Курської області", "Міноборони Росії"
        elif p.start - 1 in claimant_ends and tokens[p.start - 1].norm in ("in", "в", "у"):
            out.add(p.start)  # "the Defence Ministry in Moscow said"
        elif said_in(info, p):
            out.add(p.start)  # "Что говорят в Киеве", "what they say in Moscow"
    return out


def said_in(info: SentenceInfo, p: PlaceMatch) -> bool:
    """Is the place where something is said ("Что говорят в Киеве"), not where something happened?"""
    tokens = info.tokens
    if p.start < 2 or tokens[p.start - 1].norm not in ("in", "в", "у"):
        return False
    reporting = terms(info.data, "grammar", "reporting")
    return tokens[p.start - 2].norm in reporting or tokens[p.start - 2].lemma in reporting


def held_ground(info: SentenceInfo, region: str) -> bool:
    """Is the figure's ground Russian-held: a Russian-held region, or a town of the region that
    Russia holds named in the sentence (Makiivka, Melitopol, Enerhodar)?"""
    speakers = _speaker_places(info)  # "the Donetsk regional governor said"; but "Глава Энергодара" heads the town
    origins = _origin_places(info)  # "дрон з Олешок атакував зупинку": where the drone came from, not the ground hit
    return russian_held(region) or any(
        p.code == region and (p.start not in speakers or _town_official(info, p)) and p.start not in origins
        and held_town(info.tokens, p, info.data.code) for p in info.places)


def _town_official(info: SentenceInfo, p: PlaceMatch) -> bool:
    """"Глава Энергодара", "the mayor of Horlivka": a town's own official, not a region's ("the Donetsk regional governor")."""
    nxt = info.tokens[p.end].norm if p.end < len(info.tokens) else ""
    return p.kind == "city" and not nxt.startswith(tuple(terms(info.data, "grammar", "region_word_starts")))


def _carried_place(info: SentenceInfo, ctx: DocContext, elsewhere: AbstractSet[int] = frozenset()) -> str | None:
    """"Both bombs hit an industrial zone": a sentence with no place of its own, right after
    one that named a single place, in the same paragraph, speaks of that place; so does a
    regional official's in the next paragraph ("Regional Gov. Ivan Fedorov said four bombs hit ...")."""
    speakers = _speaker_places(info) | _origin_places(info)  # "They also fired two missiles from Crimea"
    # "За уточненими даними Повітряних сил, дронів було 48": a national body's revision of the figure just placed
    national = _national_sentence(info) and not (info.says("context", "revised") and not info.places)
    if not ctx.previous_places or national or any(
            p.start not in speakers and p.start not in elsewhere for p in info.places):
        return None
    if ctx.places_from_item and info.sent.bullet and info.sent.first_in_line and _dated_item(info):
        return None  # "* 13 April: ... Sumy ..." then "* 9 July: 728 drones and 13 missiles": items of their own days
    if ctx.entry_sentence == info.index:
        return None  # "08:40 — Вторник: ... на Харьков ..." then "15:10 — Ночь на четверг: 412 дронов": entries apart
    paragraph, codes = ctx.previous_places
    local = any(m.value[1] in LOCAL_CLAIMANTS for m in info.cat("claimant")) or _local_speaker_again(info, ctx)
    if (paragraph == info.sent.paragraph or local) and len(set(codes)) == 1:
        return codes[0]
    return None


def _dated_item(info: SentenceInfo) -> bool:
    """Does the line open on a date of its own ("* 9 July 2025: ...")?"""
    first = next((k for k, t in enumerate(info.tokens) if t.kind != "punct"), None)
    return first is not None and any(d.kind == "explicit" and d.start == first for d in info.dates)


def _the_strike_again(info: SentenceInfo, ctx: DocContext) -> bool:
    """Does the sentence open on the strike the text told of ("The strike was carried out ...", "Удар был нанесён")?"""
    definite = _lex(ctx, "grammar", "definite_words")
    words = [t for t in info.tokens[:3] if t.kind == "word" and t.norm not in definite]
    return bool(words) and words[0].lemma in _lex(ctx, "grammar", "strike_nouns")


def _site_named_before(info: SentenceInfo, ctx: DocContext) -> str | None:
    """The region of a site the text placed before, referred to again ("the market", "на гіпермаркет").
    English marks the reference with "the" just before the site or its name ("the Sevmorzavod shipyard")."""
    if not ctx.sites:
        return None
    tokens = info.tokens
    articles = _lex(ctx, "grammar", "articles")
    for k, t in enumerate(tokens):
        code = ctx.sites.get(t.lemma)
        if code is None:
            continue
        if not articles or any(tokens[j].norm == "the" for j in range(max(0, k - 2), k)):
            return code
    return None


def _local_speaker_again(info: SentenceInfo, ctx: DocContext) -> bool:
    """"According to the administration, ...", "За даними адміністрації": the local body named before, again."""
    if ctx.recent_claimant not in LOCAL_CLAIMANTS:
        return False
    nouns = terms(info.data, "grammar", "speaker_nouns")
    return any(t.norm in nouns or t.lemma in nouns for t in info.tokens[:6])


def _city_district(info: SentenceInfo) -> bool:
    """A district name that many cities have, with its district noun: "в Никитовском районе",
    "the Kyivskyi district"."""
    names = gazetteer(info.data.code).generic_districts
    districts = terms(info.data, "grammar", "district_words")
    tokens = info.tokens
    # any of the word's lemmas: "Заводскому" reads first as "заводский", the list has "заводской"
    return any((t.norm in names or not names.isdisjoint(t.lemmas))
               and (tokens[k + 1].norm in districts or tokens[k + 1].lemma in districts)
               for k, t in enumerate(tokens[:-1]))


def _unknown_settlement(info: SentenceInfo) -> bool:
    """A settlement named as one ("the village of Bezymeno", "у населённого пункта Лотаревка") that
    the gazetteer does not know."""
    nouns = gazetteer(info.data.code).settlement_nouns
    districts = terms(info.data, "grammar", "district_words")
    tokens, n = info.tokens, len(info.tokens)
    placed = {k for p in info.places for k in range(p.start, p.end)}
    for k in range(n - 1):
        if tokens[k].norm in nouns or tokens[k].lemma in nouns:
            j = k + 2 if tokens[k + 1].norm == "of" else k + 1
            if j < n and tokens[j].text[:1].isupper() and j not in placed:
                return True
        if k > 0 and k not in placed and k - 1 not in placed and tokens[k - 1].text[:1].isupper() \
                and (tokens[k].norm in districts or tokens[k].lemma in districts):
            return True  # "на Межівську громаду": a community the gazetteer lacks
    return False


def _coordinated_next(info: SentenceInfo, link: Link, ctx: DocContext):
    """The next count and its phrase end, where only "and" (and a verb) stand between the two."""
    x = next((x for x in sorted(info.counts, key=lambda x: x.qstart) if x.qstart >= link.end), None)
    if x is None:
        return None
    verbs = {k for m in info.cat("metric") for k in range(m.start, m.end)}
    between = range(link.end, x.qstart)
    if not any(info.tokens[k].norm in ("and", "та", "і", "й", "и") for k in between) or not all(
            info.tokens[k].norm in ("and", "та", "і", "й", "и", "also") or k in verbs for k in between):
        return None
    phrase = info.weapon_at.get(_skip_fillers(info, x.end))
    return (x, phrase.end) if phrase is not None else None


def respective_place(info: SentenceInfo, c: Count) -> str | None:
    """The place that "respectively" pairs with the count: the n-th of the sentence's regions for its
    n-th figure ("в Чернігівській і Полтавській областях – відповідно 41 і 26")."""
    at = info.once("_respectively", _respectively_at)
    if at is None:
        return None
    figures = [x for x in info.counts if x.form != "singular" and x.value is not None]
    near = [x for x in figures if abs(x.qstart - at) <= 8]
    codes = list(dict.fromkeys(p.code for p in info.places if p.kind in ("region", "city") and p.code))
    if c not in near or len(near) < 2 or len(near) != len(codes):
        return None
    return codes[near.index(c)]


def _respectively_at(info: SentenceInfo) -> int | None:
    words = terms(info.data, "grammar", "respectively_words")
    return next((k for k, t in enumerate(info.tokens) if t.norm in words), None)


def _possessor_countries(info: SentenceInfo) -> set[int]:
    """Countries that only say whose the next place is ("over Russia's Kursk region"): the place is the scope."""
    tokens = info.tokens
    starts = {p.start for p in info.places if p.kind in ("region", "city")}
    territory = terms(info.data, "grammar", "territory_nouns")
    # and "A source in Ukraine's defence forces told ...": whose body, not the count's scope ("Ukraine's territory" is)
    return {p.start for p in info.places if p.kind == "country" and p.end + 1 < len(tokens)
            and tokens[p.end].norm == "'s" and (p.end + 1 in starts or (
                tokens[p.end + 1].norm not in territory and not any(m.start == p.end + 1 for m in info.cat("metric"))))}


def _first_group(places: list) -> list:
    """The places nearest after the count, with those coordinated with them."""
    group = [places[0]]
    for p in places[1:]:
        if p.start - group[-1].end <= 2:
            group.append(p)
        else:
            break
    return group


def _last_group(places: list) -> list:
    """The places nearest before the count, with the ones coordinated with them ("the Tambov and Lipetsk regions")."""
    group = [places[-1]]
    for p in places[-2::-1]:
        if group[0].start - p.end <= 2:
            group.insert(0, p)
        else:
            break
    return group


CITY_REGIONS = frozenset({"UA-30", "UA-40", "RU-MOW", "RU-SPE"})  # cities that are regions: "over the city" may mean them


def _anaphoric_place(info: SentenceInfo, c: Count, link_end: int, ctx: DocContext,
                     after_only: bool = False) -> str | None:
    """"over the region", "над областю", "over the city": the place the text named before."""
    nxt = min((x.qstart for x in info.counts if x.qstart >= link_end and _bounding(info, x)), default=len(info.tokens))
    spans = _direction_spans(info)
    for m in info.cat("anaphora"):
        if _inside(m.start, spans):
            continue  # "most of them aimed at the capital"
        if link_end <= m.start < nxt and (_after_comma_and(info, link_end, m.start) or _past_a_dash(info, link_end, m.start)):
            continue  # "598 дронів і 31 ракету, і прорив стався ..., коли ракети заходили на місто": another clause's
        if (link_end <= m.start < nxt) or (not after_only and m.end <= c.qstart and not _closed_clause(info, m, c)):
            words = {t.norm for t in info.tokens[m.start:m.end]}
            if words & _lex(ctx, "grammar", "regions_plural"):
                continue  # "над регионами страны": several, none named before
            city = bool(words & _lex(ctx, "grammar", "city_words"))
            here = [p for p in info.places if p.end <= m.start and p.kind in ("region", "city") and p.code
                    and (p.kind == "city" or p.code in CITY_REGIONS or not city)]
            if here:  # "In Tula, the governor said a drone had been shot down over the city"
                return here[-1].code
            regions = [p for p in info.places if p.end <= m.start and p.kind == "region" and p.code and p.start <= 2]
            if city and regions:  # "In the Odesa region, a missile hit ..., causing blackouts in the port city"
                return regions[-1].code
            place = referred_place(ctx, city)
            if place:
                return place[0]
            if ctx.home:
                return ctx.home
    return None


def referred_place(ctx: DocContext, city: bool) -> tuple | None:
    """What "the city" (the last settlement named) or "the region" (the last place named) refers to."""
    return (ctx.city_place or ctx.region_place) if city else (ctx.region_place or ctx.city_place)


def _closed_clause(info: SentenceInfo, m: Match, c: Count) -> bool:
    """"On Wednesday night, as the city mourned, Russia launched 28 drones": a place word in a
    clause that a conjunction opened and a comma closed before the count."""
    tokens = info.tokens
    joins = terms(info.data, "grammar", "clause_conjunctions")
    opened = any(_opens_clause(tokens, k, joins) for k in range(max(0, m.start - 3), m.start))
    return opened and any(tokens[k].norm == "," for k in range(m.end, c.qstart))


def _national_sentence(info: SentenceInfo) -> bool:
    national = {"UA Air Force", "RU Ministry of Defence", "UA General Staff", "Zelenskyy"}
    if any(m.value[1] in national for m in info.cat("claimant")):
        return True
    return any(p.kind == "country" and not appointing_country(info, p) for p in info.places)


def appointing_country(info: SentenceInfo, p) -> bool:
    """"Назначенный Россией губернатор", "the Moscow-appointed governor": who appointed a speaker, no scope."""
    appointed = terms(info.data, "grammar", "appointed_words")
    return p.start > 0 and info.tokens[p.start - 1].lemma in appointed


# -- sides ------------------------------------------------------------------------------

def sides_for(info: SentenceInfo, c: Count, link: Link, region: str | None, ctx: DocContext,
              metric: str | None = None) -> tuple[str | None, str | None]:
    occupation = occupation_voice(info, ctx)  # "вражеские беспилотники" in Balitsky's post are Ukrainian
    enemy = "UA" if occupation else _enemy_of_speaker(info, ctx, region)

    def resolve(side: str) -> str:
        return enemy if side == "enemy" else side

    # 1. the weapon phrase says whose it is: "Ukrainian drones", "ворожих БпЛА"
    span = (link.phrase.start, link.phrase.end) if link.phrase else (c.start, c.end)
    own = [m for m in info.cat("side") if span[0] <= m.start < span[1]]
    if not own and c.qstart > 0:
        own = [m for m in info.cat("side") if m.end == c.qstart or m.end == c.start]
    if not own and link.phrase is not None and info.data.code in MORPH_LANGS:
        own = [m for m in info.cat("side") if m.start == link.phrase.end]  # "дронов ВСУ": whose, in the genitive
    if own:
        attacker = resolve(own[0].value[1])
        return attacker, _other(attacker)
    # "Генштаб ВСУ подтвердил поражение завода: зафиксировано не менее пяти попаданий": a body that
    # reports its own side's strikes counts the hits its side made
    reporters = [m for m in info.cat("claimant") if m.value[1] in STRIKE_REPORTERS]
    if metric == "hit" and reporters and not any(not any(r.start <= m.start < r.end for r in reporters)
                                                 for m in info.cat("side")):  # "Генштаб ВСУ": the body's own name
        return "UA", "RU"
    # 1a. "The first hit a warehouse; the second struck the same spot": some of those just counted,
    # whoever the sentence goes on to name
    if c.form == "ordinal" and link.antecedent is not None and link.antecedent.attacker:
        return link.antecedent.attacker, link.antecedent.target
    # 1b. "Russia struck Kryvyi Rih, Russia's defence ministry said it downed 29 drones": a national
    # claimant opening the count's own clause counts what came at its side
    opened = [k for k in _speaker_commas(info) if k < c.qstart]
    if opened:
        spoken = {claimant_side(m.value[1]) for m in info.cat("claimant") if opened[-1] < m.start < c.qstart} - {None}
        if len(spoken) == 1:
            side = spoken.pop()
            return _other(side), side  # type: ignore[arg-type]
    # 1c. the weapon's own side: "two Storm Shadow missiles were shot down over the Luhansk region"
    wtype = link.phrase.wtype if link.phrase else (link.antecedent.wtype if link.antecedent else None)
    launcher = weapon_sides().get(wtype) if wtype else None
    if launcher and _only_bystander_sides(info, c):
        return launcher, _other(launcher)
    # 2. the place it happened (occupied ground in a paragraph about a Ukrainian strike is Russian-held)
    if region:
        if occupation:
            return "UA", "RU"
        if held_ground(info, region):
            # "Russian forces had used 380 drones ... and dropped 14 bombs on the Polohy and Vasylivka districts":
            # a side the sentence names as acting wins over ground partly held
            return _launching_side(info) or ("UA", "RU")
        said = _sentence_direction(info, ctx, speakers=False)  # a Ukrainian speaker about a Ukrainian region is its victim
        if said == ("UA", "RU") or (said is None and ctx.paragraph_direction == (info.sent.paragraph, ("UA", "RU"))):
            return "UA", "RU"
        return "RU", "UA"
    # 3. "Sixty-three of the drones were shot down" right after the figure it takes from: that figure's sides
    ante = link.antecedent or ctx.antecedent
    if link.kind != "direct" and ante is not None and ante.attacker and not info.cat("side") \
            and 0 < info.index - ante.sentence <= 1:
        return ante.attacker, ante.target
    # 3a. a list under a heading that says who attacked whom ("UKRAINIAN ATTACKS ON RUSSIA")
    heading = ctx.heading_direction
    if heading and heading[0] == info.sent.paragraph and info.sent.bullet:
        return heading[1]
    # 4. whose air defence, who attacked, whom
    guess = _sentence_direction(info, ctx)
    if guess:
        return guess
    # 3b. who reports it: a defence ministry or an air force counts what came at its own side
    forces = _own_forces_side(info, ctx)
    if forces:
        return forces, _other(forces)  # "the General Staff claimed that its forces had used more than 60 drones"
    side = quoted_side(info) or _pronoun_speaker_side(info, ctx)
    if side:
        return _other(side), side
    # 3c. "сбиты над российскими регионами": the country whose regions they were over
    origins = _origin_places(info)  # "из Брянской и Курской областей РФ": where they came from
    areas = {m.value[1] for m in info.cat("country_area") if m.start not in origins}
    if len(areas) == 1:
        side = areas.pop()
        return _other(side), side
    # 4. where it was flying ("що летіли на Москву", "heading for Kyiv"), the antecedent, then the document
    toward = _toward_side(info, ctx)
    if toward:
        return _other(toward), toward
    if ctx.paragraph_direction and ctx.paragraph_direction[0] == info.sent.paragraph and (
            link.kind == "ellipsis" and _is_table_row(info) or ctx.antecedent_paragraph != info.sent.paragraph):
        return ctx.paragraph_direction[1]  # "UKRAINIAN DRONES DOWNED OVER RUSSIA" heading the rows below it
    if link.antecedent and link.antecedent.attacker:
        return link.antecedent.attacker, link.antecedent.target
    if ctx.antecedent is not None and ctx.antecedent.attacker and ctx.antecedent_paragraph == info.sent.paragraph:
        return ctx.antecedent.attacker, ctx.antecedent.target  # the paragraph's figure before: one attack
    return ctx.default_direction()


def _launching_side(info: SentenceInfo) -> tuple[str, str] | None:
    """"Russian forces had used 380 drones": a side named right before a verb of launching, as its subject."""
    tokens = info.tokens
    for s in info.cat("side"):
        if s.value[1] in ("RU", "UA") and any(
                m.value[1] == "launched" and 0 <= m.start - s.end <= 3 and all(t.kind != "punct" for t in tokens[s.end:m.start])
                for m in info.cat("metric")):
            return s.value[1], _other(s.value[1])
    return None


def _only_bystander_sides(info: SentenceInfo, c: Count) -> bool:
    """Does every side the sentence names only tell or own, so that a weapon's own side decides? The
    source ("За даними ГУР, два дрони Magura V5 влучили ..."), a speaker's own name ("Генштаб ЗСУ
    повідомив"), or the owner of what was struck, after the verb ("... влучили в крейсер «Москва»,
    флагман Чорноморського флоту РФ")."""
    sources = {m.end for m in info.cat("source")}
    verb = min((m.start for m in info.cat("metric") if m.start >= c.end), default=len(info.tokens))
    claimants = [(m.start, m.end) for m in info.cat("claimant")]
    return all(m.start in sources or m.start > verb or any(a <= m.start < b for a, b in claimants)
               for m in info.cat("side"))


def _pronoun_speaker_side(info: SentenceInfo, ctx: DocContext) -> str | None:
    """"Its largest claim came on January 25, when it reported 193 drones destroyed": the side of
    the body named before, which a pronoun makes the speaker again."""
    side = claimant_side(ctx.recent_claimant) if ctx.recent_claimant else None
    if side is None or info.cat("claimant") or not any(m.value[1] in ("defeated", "lost") for m in info.cat("metric")):
        return None  # a body that downs what came at its side; "it said 60 drones were used" may be its own
    tokens = info.tokens
    pronouns, reporting = _lex(ctx, "grammar", "speaker_pronouns"), _lex(ctx, "grammar", "reporting")
    for k in range(len(tokens) - 1):
        if tokens[k].norm in pronouns and (tokens[k + 1].norm in reporting or tokens[k + 1].lemma in reporting):
            return side
    return None


def _own_forces_side(info: SentenceInfo, ctx: DocContext) -> str | None:
    """A speaker's "its forces", "наші сили" that launched: the speaker's side attacked."""
    if not any(m.value[1] == "launched" for m in info.cat("metric")) or not info.says("grammar", "own_forces"):
        return None
    return quoted_side(info) or (claimant_side(ctx.recent_claimant) if ctx.recent_claimant else None)


def _dash_aside(info: SentenceInfo, k: int) -> bool:
    """Is token k in a clause a dash opened after the sentence's last figure?"""
    last = max((c.end for c in info.counts), default=len(info.tokens))
    return any(t.norm in ("–", "—") for t in info.tokens[last:k])


def _enemy_of_speaker(info: SentenceInfo, ctx: DocContext, region: str | None) -> str:
    """Whom "the enemy" means: the other side of the one body the sentence quotes ("По данным
    Воздушных сил, противник атаковал ..." in a Russian paper is Russia), else the text's."""
    side = quoted_side(info)
    return _other(side) if side else ctx.enemy_of(region)


def quoted_side(info: SentenceInfo) -> str | None:
    """The side the bodies a sentence quotes speak for, when they all speak for one."""
    sides = {claimant_side(m.value[1]) for m in info.cat("claimant")} - {None}
    return sides.pop() if len(sides) == 1 else None


def _toward_side(info: SentenceInfo, ctx: DocContext) -> str | None:
    """The side of the one place a heading names ("летевших на Москву"); not a launch area
    ("from the Kursk region", "район пусків"), whose words say where from."""
    from_words = _lex(ctx, "grammar", "from_words") | {"from", "launch", "launched"}
    sides = set()
    for m in info.cat("direction"):
        near = info.tokens[max(0, m.start - 2):m.end + 1]  # "launch directions", "напрямки пусків"
        words = {t.norm for t in near} | {t.lemma for t in near}
        if words & from_words or any(w.startswith(("пуск", "launch")) for w in words):
            continue
        place = next((p for p in info.places if m.end <= p.start <= m.end + 2 and p.code), None)
        if place is not None and place.kind in ("region", "city", "country"):
            sides.add("RU" if place.code is not None and russian_held(place.code) or place.code == "RU" else "UA")
    return sides.pop() if len(sides) == 1 else None


def _names_victims(info: SentenceInfo, side: Match) -> bool:
    """A side before people who were killed or injured ("a Ukrainian pilot was killed")."""
    for person in info.cat("people"):
        if 0 <= person.start - side.end <= 2:
            return any(0 <= m.start - person.end <= 2 for m in info.cat("casualty"))
    return False


def _speaker_side(info: SentenceInfo, k: int, reporting: AbstractSet) -> bool:
    """A side followed, within a few nouns, by a verb of saying: the side speaks."""
    tokens = info.tokens
    stops = {m.start for m in info.cat("metric")} | set(info.weapon_at)
    for j in range(k, min(k + 3, len(tokens))):
        if tokens[j].norm in reporting or tokens[j].lemma in reporting:
            return True
        if j in stops or tokens[j].kind != "word":
            return False
    return False


def _other(side: str) -> str:
    return "UA" if side == "RU" else "RU"


def _sentence_direction(info: SentenceInfo, ctx: DocContext, speakers: bool = True) -> tuple[str, str] | None:
    tokens = info.tokens
    claimant_spans = [(m.start, m.end) for m in info.cat("claimant")]
    defence = info.cat("defence")
    # "Russian air defences destroyed ...": the defender is the target
    for d in defence:
        for s in info.cat("side"):
            if 0 <= d.start - s.end <= 2 and s.value[1] in ("RU", "UA"):
                return _other(s.value[1]), s.value[1]
        for p in info.places:  # "ПВО России", "ППО України": the country after its air defence
            if p.kind == "country" and p.code is not None and p.code in ("RU", "UA") and p.start == d.end:
                return _other(p.code), p.code
    # "at Ukraine", "against Russia", "по Україні": the target
    for p in info.places:
        if p.kind == "country" and p.code is not None and p.start > 0 \
                and tokens[p.start - 1].norm in _lex(ctx, "grammar", "target_prepositions"):
            return _other(p.code), p.code
    # "Russia launched ...", "Ukraine hit back": a country right before an attack verb acts
    launch_marks = [m for m in info.cat("metric") if m.value[1] == "launched"]
    for p in info.places:
        if p.kind == "country" and p.code is not None and any(
                0 <= m.start - p.end <= 2 and all(t.kind != "punct" for t in tokens[p.end:m.start]) for m in launch_marks):
            return p.code, _other(p.code)  # (but "In Ukraine, Russia launched ...": the country after the comma)
        if p.code in CAPITALS and any(m.start == p.end for m in launch_marks) and not (
                p.start > 0 and tokens[p.start - 1].norm in _lex(ctx, "grammar", "target_prepositions")):
            return CAPITALS[p.code], _other(CAPITALS[p.code])
    reporting = _lex(ctx, "grammar", "reporting")
    negated = {n.end + k for n in info.cat("negation") for k in (0, 1)}  # "жоден не був знищений": none downed
    defeats = [m.start for m in info.cat("metric") if m.value[1] in ("defeated", "lost") and m.start not in negated]
    # the first side named outside claimant phrases acts
    sources = [m.end for m in info.cat("source")]
    territory = _lex(ctx, "grammar", "territory_nouns")
    source_side = targeted = None
    acting = []
    for s in info.cat("side"):
        if any(a <= s.start <= b for a, b in claimant_spans):
            continue  # in a claimant or its owner right after it: "Генерального штабу ЗСУ"
        if any(0 <= s.start - k <= 1 for k in sources) and s.value[1] in ("RU", "UA"):
            source_side = source_side or s.value[1]  # "по данным украинских военных": who counted, not who attacked
            continue
        if s.end < len(tokens) and (tokens[s.end].norm in reporting or tokens[s.end].norm == ":"):
            continue  # "Russia said", "Сухопутні війська ЗСУ: ...": a speaker
        if _names_victims(info, s):
            continue  # "a Ukrainian F-16 pilot was killed": whose people died, not who attacked
        if s.end < len(tokens) and (tokens[s.end].norm in territory or tokens[s.end].lemma in territory):
            continue  # "під ударами й українське прикордоння": whose ground was struck, not who struck
        if _dash_aside(info, s.start):
            continue  # "27 «локально потеряны» – так в ВСУ называют дроны, ...": a gloss, not who acted
        if info.data.code == "en" and s.start > 0 and tokens[s.start - 1].norm in ("on", "against") \
                and s.value[1] in ("RU", "UA") and not any(w.start <= s.start < w.end for w in info.weapons):
            targeted = targeted or s.value[1]  # "attacks on Ukrainian positions": whose positions were struck
            continue
        acting.append(s)
    # "the Ukrainian military said Russian aircraft dropped ...": a side named after a speaking one
    # acts; with no other, the speaker's own does ("a Ukrainian source said 100 drones were used")
    metric_starts = {m.start for m in info.cat("metric")}
    if len(acting) > 1 and _speaker_side(info, acting[0].end, reporting) and any(
            k in metric_starts for k in range(acting[1].end, acting[1].end + 4)):
        acting = acting[1:]
    elif not speakers and acting and _speaker_side(info, acting[0].end, reporting):
        acting = acting[1:]
    for s in acting[:1]:
        if any(0 <= k - s.end <= 2 for k in defeats) and s.value[1] in ("RU", "UA") and not any(
                w.start <= s.start < w.end for w in info.weapons):
            # "Ukrainian forces neutralised 452 targets": the defender; but "Ukrainian UAVs were intercepted"
            return _other(s.value[1]), s.value[1]
        if s.value[1] in ("RU", "UA") and any(k > s.end for k in defeats) and _speaker_side(info, s.end, reporting):
            return _other(s.value[1]), s.value[1]  # "Украинские военные отчитались о 270 сбитых дронах": its side downed them
        side = s.value[1]
        if side == "enemy":
            side = _enemy_of_speaker(info, ctx, ctx.home)
        return side, _other(side)
    # "Росія заявила про 127 збитих дронів", "Russia said it downed 40 drones": a country that
    # reports downing drones is the defender
    if defeats:
        for p in info.places:
            if p.kind == "country" and p.code in ("RU", "UA") and p.end < len(tokens) \
                    and (tokens[p.end].norm in reporting or tokens[p.end].lemma in reporting):
                return _other(p.code), p.code
    # a national claimant speaks for its side
    for m in info.cat("claimant"):
        if m.value[1] == "UA Air Force":
            return "RU", "UA"
        if m.value[1] == "RU Ministry of Defence":
            return "UA", "RU"
    if source_side:
        return _other(source_side), source_side
    if targeted:
        return _other(targeted), targeted
    return None


# -- claimant ---------------------------------------------------------------------------

def claimant_for(info: SentenceInfo, ctx: DocContext) -> str | None:
    found = info.cat("claimant")
    if found:
        return max(found, key=lambda m: m.end - m.start).value[1]
    return ctx.claimant or ctx.source_claimant


# -- building claims ----------------------------------------------------------------------

def _initially_told(info: SentenceInfo) -> tuple[int, int]:
    """Where the figures a text first gave and then replaced lie: from the first "initially" mark
    ("Первоначально сообщали о 71 сбитом") to the end; after an aside on the figure before it, to
    the next clause ("Russia launched 126 drones, not 118 as first reported, and 101 of them were
    shot down": the 101 is current)."""
    n = len(info.tokens)
    first = min(info.cat("initially"), key=lambda m: m.end, default=None)
    if first is None:
        return n, n
    start = first.end
    if not any(t.kind == "num" for t in info.tokens[max(0, first.start - 3):first.start]):
        return start, n  # "У попередній версії помилково зазначалося, що ..., а ...": all it goes on to say
    joins = terms(info.data, "grammar", "clause_conjunctions")
    tokens = info.tokens
    end = next((k for k in range(start + 1, n) if tokens[k - 1].norm == ","
                and (tokens[k].norm in LIST_JOINS or _opens_clause(tokens, k, joins))), n)
    return start, end


def air_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[tuple[AirAttack, str | None]]:
    """The sentence's air_attack claims, each with a tag: "single" for one weapon described on
    its own ("a drone hit a dormitory", "дрон влучив"), which a stated total may already cover;
    "companion" for the launched figure that "all 14 were shot down" implies."""
    out: list[tuple[AirAttack, str | None]] = []
    if not info.counts and not info.weapons:
        for c, link in _hit_after_single(info, ctx):
            out.extend(_claims_for(info, c, link, ctx, frozenset(consumed)))
        if not out:
            for c, link in _pronoun_singles(info, ctx):  # "... ракетою «Іскандер-М». Вона влучила у будинок."
                out.extend(_claims_for(info, c, link, ctx, frozenset(consumed)))
        return out
    foreign_from = _over_a_third_country(info)
    if foreign_from == 0:
        return out
    people = set(consumed)  # counts the casualties component took
    linked: set[int] = set()
    superseded, current = _initially_told(info)
    revised = _revised_after(info)
    for c in info.counts:
        if c.start in consumed or superseded <= c.qstart < current or c.qstart < revised or c.qstart >= foreign_from:
            continue  # "Первоначально сообщали о 71 сбитом беспилотнике": replaced by a later figure
        if _of_a_kind(info, c):
            continue
        link = link_count(info, c, ctx)
        if link is None:
            continue
        if link.total is not None:
            consumed.add(link.total.start)
        if link.phrase is not None:
            linked.add(link.phrase.start)
        single = c.form == "singular" and info.tokens[c.start].norm in _lex(ctx, "grammar", "articles")
        made = _claims_for(info, c, link, ctx, people)
        out.extend((claim, tag or ("single" if single else None)) for claim, tag in made)
        if made:
            _whole_before_parts(info, ctx, [claim for claim, tag in out if tag is None])
    for c, link in _implicit_singles(info, ctx, linked):
        out.extend((claim, tag or "single") for claim, tag in _claims_for(info, c, link, ctx, people))
    for c, link in _pronoun_singles(info, ctx):
        out.extend(_claims_for(info, c, link, ctx, people))
    for c, link in _the_one_named(info, ctx):
        out.extend(_claims_for(info, c, link, ctx, people))
    for c, link in _headline_singles(info, ctx, linked):
        out.extend((claim, "headline") for claim, _tag in _claims_for(info, c, link, ctx, people))
    return out


def _over_a_third_country(info: SentenceInfo) -> int:
    """"19 Russian drones crossed into Polish airspace; four were shot down": drones over a third
    country, which the ledger's two sides do not cover. Where that telling starts: the sentence's
    start, or the clause after a semicolon or the part a comma opens ("Силы ПВО сбили 61 беспилотник; ещё 27 ... потеряны,
    из них два вылетели в воздушное пространство Молдовы" keeps the 61 and the 27); past the end if there is none."""
    airspace = terms(info.data, "grammar", "airspace_words")
    foreign = terms(info.data, "grammar", "third_countries")
    tokens = info.tokens
    k = next((k for k, t in enumerate(tokens) if t.norm in airspace or t.lemma in airspace), None)
    if k is None or not any(t.norm in foreign or t.lemma in foreign for t in tokens):
        return len(tokens)
    partitive = terms(info.data, "grammar", "partitive")  # ", из них два ...": the part that flew on
    return max((j + 1 for j in range(k) if tokens[j].norm == ";" or (tokens[j].norm == "," and tokens[j + 1].norm in partitive)),
               default=0)


def _whole_before_parts(info: SentenceInfo, ctx: DocContext, claims: list[AirAttack]) -> None:
    """"452 aerial targets: 33 missiles and 419 drones. Air defences downed 397 of them": a figure
    followed by parts that add up to it is what a later "of them" counts, not its last part."""
    if len(claims) < 3:
        return
    for k, whole in enumerate(claims[:-2]):
        # the parts are the classes' figures ("585 drones and 68 missiles"), not the types inside them
        parts = [p for p in claims[k + 1:] if p.metric == whole.metric and p.region == whole.region and not p.weapon_type]
        kinds = {p.weapon for p in parts}
        if len(parts) >= 2 and parts[-1] is claims[-1] and len(kinds) == len(parts) and whole.weapon not in kinds \
                and sum(p.count for p in parts) == whole.count and whole.evidence is not None:
            position = next((j for j, t in enumerate(info.tokens) if t.start == whole.evidence.start), 0)
            part = ctx.antecedent
            ctx.antecedent = Antecedent(whole.weapon, whole.weapon_type, whole.metric, whole.count, whole.date,
                                        whole.region, whole.attacker, whole.target, info.index, whole.claimant,
                                        position=position)
            ctx.antecedent.part = part
            return


def _of_a_kind(info: SentenceInfo, c: Count) -> bool:
    """"17 Shahed-type and 12 of an unidentified type": "of a" names a kind, not one weapon (but "the
    interception of a missile" counts it)."""
    k = c.qstart
    return c.form == "singular" and info.data.code == "en" and k > 0 and info.tokens[k - 1].norm == "of" \
        and not any(m.end == k - 1 for m in info.cat("metric"))


def _revised_after(info: SentenceInfo) -> int:
    """"В утренней сводке фигурировали 105 дронов, но данные были уточнены": where a later revision of the
    figures before it is told, with no figure after it (else -1)."""
    if not info.says("context", "revised_later"):
        return -1
    k = next((k for k in range(len(info.tokens)) if info.says_at(k, "context", "revised_later")), -1)
    return k if k >= 0 and not any(c.qstart > k for c in info.counts) else -1


def _hit_after_single(info: SentenceInfo, ctx: DocContext):
    """"... вдарили по місту балістичною ракетою. Влучання в об'єкт інфраструктури.": a sentence that
    opens with a hit and names no weapon tells where the one weapon just named struck."""
    ante = ctx.antecedent
    if ante is None or ante.count != 1 or ante.metric != "launched" or ante.sentence != info.index - 1 \
            or info.counts or info.weapons:
        return
    lang = info.data.code
    for m in info.cat("metric"):
        if m.value[1] == "hit" and m.start == 0 and lang in MORPH_LANGS and likeliest_is(info.tokens[0].norm, lang, "NOUN"):
            yield Count(m.start, m.end, 1, "exact", "hit_noun", m.start), Link("anaphor", None, ante, None, m.end)
            return


def _pronoun_singles(info: SentenceInfo, ctx: DocContext):
    """"a Kalibr missile ...; it was shot down", "ракету «Калібр» – її знешкодили": a pronoun for
    the one weapon just named, with a verb of defeat or hit, is that weapon's fate."""
    ante = ctx.antecedent
    if ante is None or ante.count != 1 or info.index - ante.sentence > 1:
        return
    pronouns = _lex(ctx, "grammar", "single_pronouns")
    gap = _lex(ctx, "grammar", "pronoun_gap")
    tokens = info.tokens
    for m in info.cat("metric"):
        if m.value[1] not in ("defeated", "hit") or (ante.sentence == info.index and m.start < ante.position):
            continue
        if ante.sentence == info.index and ante.metric == m.value[1]:
            continue  # "Ракету збити не вдалося: вона влучила ...": the figure was given that fate already
        k = m.end if m.end < len(tokens) and tokens[m.end].norm in pronouns else m.start - 1
        while k >= 0 and tokens[k].norm in gap:
            k -= 1
        if k > 0 and tokens[k - 1].norm in _lex(ctx, "grammar", "before_words"):
            continue  # "was shot down before it reached the plant": what did not happen
        if 0 <= k < len(tokens) and tokens[k].norm in pronouns and (ante.sentence < info.index or k > ante.position):
            yield Count(k, k + 1, 1, "exact", "pronoun", k), Link("anaphor", None, ante, None, k + 1)
            return


_NOUN_METRICS = frozenset({"strike", "strikes", "impact", "impacts", "attack", "attacks"})  # "the missile strike on ..."


def _the_one_named(info: SentenceInfo, ctx: DocContext):
    """"... and an Iskander-M missile. Ninety-eight of the drones were shot down. The missile hit a
    railway depot": the one weapon of its class just named, named again with "the" before its verb
    of hit or defeat."""
    tokens = info.tokens
    gap = _lex(ctx, "grammar", "pronoun_gap")
    for m in info.cat("metric"):
        if m.value[1] not in ("defeated", "hit"):
            continue
        k = m.start
        while k > 0 and tokens[k - 1].norm in gap:
            k -= 1
        w = next((w for w in info.weapons if w.end == k), None)
        if w is None or w.start == 0 or tokens[w.start - 1].norm != "the" or tokens[w.end - 1].norm.endswith("s"):
            continue
        ante = ctx.last_of_class.get(w.cls)
        # within ten sentences; but "a drone slammed into ... The drone struck the fourth floor" tells one hit twice
        near = info.index - (10 if ante is not None and ante.metric != m.value[1] else 2)
        if ante is not None and ante.count == 1 and near <= ante.sentence < info.index:
            yield Count(w.start - 1, w.end, 1, "exact", "pronoun", w.start - 1), Link("anaphor", None, ante, None, w.end)
            return
        if ante is None and tokens[m.start].norm not in _NOUN_METRICS:
            # "The Iskander-M ballistic missile hit a square" in a story that had not counted one: one
            yield Count(w.start - 1, w.end, 1, "exact", "singular", w.start - 1), Link("direct", w, None, None, w.end)
            return


def _rockets_named_before(info: SentenceInfo, phrase: WeaponPhrase, c: Count, ctx: DocContext) -> Antecedent | None:
    """"обстреляли Токмак шестью ракетами РСЗО HIMARS. ... четыре ракеты сбиты": a bare "ракета" after
    a figure of MLRS rockets, counting some of them, is some of them (uk and ru call both missiles and
    rockets "ракета"); so is one right after a sentence that names the launcher. Returns what it was named as."""
    if phrase.cls != "missile" or phrase.wtype or not only_rocket_words(info.tokens, phrase, info.data):
        return None
    launcher = ctx.last_weapon  # "обстріляли Олешки з HIMARS. ... випустили шість ракет": the launcher's, named just before
    if launcher is not None and launcher.cls == "rocket" and launcher.sentence == info.index - 1:
        return launcher
    ante = ctx.antecedent
    if ante is None or ante.cls != "rocket" or ante.sentence < info.index - 2 \
            or c.value is None or ante.count is None or not 2 <= c.value <= ante.count:
        return None
    return ante


def _launched_of(ctx: DocContext, cls: str, sentence: int) -> int | None:
    """The figure launched of a weapon class, in this sentence or before."""
    launched = ctx.launched_counts.get(cls)
    named = ctx.last_of_class.get(cls)  # "22 Shahed drones and an Iskander-M missile; all the drones were shot down"
    if launched is None and named is not None and named.sentence == sentence and named.metric == "launched":
        launched = named.count
    return launched


def _all_but(ctx: DocContext, cls: str, value: int, sentence: int) -> int | None:
    """"all but one of the drones": the figure launched of that class less the count."""
    launched = _launched_of(ctx, cls, sentence)
    return launched - value if launched is not None and launched > value else None


def _claims_for(info: SentenceInfo, c: Count, link: Link, ctx: DocContext, people: AbstractSet) -> list[tuple[AirAttack, str | None]]:
    if _is_people(info, c, link) or excluded(info, c, link.end) or _modal_after(info, link.end, ctx):
        return []
    if c.form == "singular" and info.tokens[c.start].norm in _lex(ctx, "grammar", "articles") and not info.cat("metric"):
        return []  # "What is a glide bomb?": a kind of weapon, not one that was used
    if link.phrase is not None and _weak_phrase(info, link.phrase) and not (
            ctx.antecedent and ctx.antecedent.cls == link.phrase.cls):
        return []
    if link.phrase is not None and _ground_target(info, c, link.phrase, ctx):
        return []  # "against a target in Crimea": what was struck
    metric = metric_for(info, c, link, ctx)
    cls = link.phrase.cls if link.phrase else link.antecedent.cls  # type: ignore[union-attr]
    wtype = link.phrase.wtype if link.phrase else link.antecedent.wtype  # type: ignore[union-attr]
    rockets = _rockets_named_before(info, link.phrase, c, ctx) if link.phrase is not None else None
    if rockets is not None:
        cls, wtype = "rocket", rockets.wtype
    value = c.value if c.value is not None else (link.antecedent.count if link.antecedent else None)
    if c.value is None and c.form == "all" and wtype and wtype in ctx.launched_counts:
        value = ctx.launched_counts[wtype]  # "including all the Kalibrs": the Kalibrs launched, not the last figure
    if c.form == "all_but" and value is not None:
        whole = link.total.value if link.total is not None else None  # "all but two of the 26 drones": 24
        value = whole - value if whole is not None and whole > value else _all_but(ctx, cls, value, info.index)
    if value is None and c.form == "all" and link.phrase is not None:
        value = _launched_of(ctx, cls, info.index)  # "Сбиты 14 ракет и все беспилотники": as many as were launched
    if metric == "defeated" and value == 1 and _denied(info, metric, c) and _hit_after_colon(info, c):
        metric = "hit"  # "Ракету збити не вдалося: вона влучила в промисловий об'єкт": the one not downed hit
    if metric is None or not value or _one_inside(info, c, link, metric) or _denied(info, metric, c):
        return []
    if metric == "lost" and cls == "any" and link.phrase is None:
        cls, wtype = "drone", None  # "Локационно потеряны: 20" after a mixed total: only drones are lost by location
    if metric == "hit" and c.form == "all" and _bare_targets(info, link, ctx):
        return []  # "всі цілі уражено", "all targets were hit": the targets on the ground, not the weapons
    regions = region_for(info, c, link, ctx, people, metric)
    when = date_for(info, c, ctx, link)
    claimant = claimant_for(info, ctx)
    evidence = _evidence(info, c)
    claims: list[tuple[AirAttack, str | None]] = []
    for region in regions:
        attacker, target = sides_for(info, c, link, region, ctx, metric)
        base = dict(attacker=attacker, target=target, weapon=cls, weapon_type=wtype, date=when, region=region,
                    claimant=claimant, evidence=evidence)
        claims.append((AirAttack(metric=metric, count=value, qualifier=c.qualifier, **base), None))  # type: ignore[arg-type]
        if c.form in ("all", "both") and metric in ("defeated", "hit", "lost"):
            claims.append((AirAttack(metric="launched", count=value, qualifier=c.qualifier, **base), "companion"))  # type: ignore[arg-type]
        if link.total is not None and link.total.value and not _restated_total(link.total.value, cls, info, ctx):
            claims.append((AirAttack(metric="launched", count=link.total.value, qualifier=link.total.qualifier,  # type: ignore[arg-type]
                                     **{**base, "evidence": _evidence(info, link.total)}), None))
    if claims:
        first = claims[0][0]
        ctx.antecedent = Antecedent(cls, wtype, metric, value, when, regions[0], first.attacker, first.target,
                                    info.index, claimant, position=c.start)
        ctx.last_of_class[cls] = ctx.antecedent
        ctx.told_figures.setdefault((cls, value), metric)
        ctx.directions[(first.attacker, first.target)] += 1
        ctx.antecedent_paragraph = info.sent.paragraph
    return claims


def _restated_total(total: int, cls: str, info: SentenceInfo, ctx: DocContext) -> bool:
    """"... чотири балістичні ракети. Дві з чотирьох ракет росіяни випустили по Харкову": the whole
    is the launched figure given before, not a launch at the place its part went to."""
    prior = ctx.last_of_class.get(cls)
    return prior is not None and prior.sentence < info.index and prior.metric == "launched" and prior.count == total


def _bare_targets(info: SentenceInfo, link: Link, ctx: DocContext) -> bool:
    phrase = link.phrase
    if phrase is None or phrase.end - phrase.start != 1:
        return False
    token = info.tokens[phrase.start]
    targets = _lex(ctx, "grammar", "ground_targets")
    return token.norm in targets or token.lemma in targets


def _hit_after_colon(info: SentenceInfo, c: Count) -> bool:
    """A hit verb in the clause a colon opens after the count."""
    colon = next((k for k in range(c.end, len(info.tokens)) if info.tokens[k].norm == ":"), None)
    return colon is not None and any(m.value[1] == "hit" and colon < m.start <= colon + 4 for m in info.cat("metric"))


def _denied(info: SentenceInfo, metric: str, c: Count) -> bool:
    """"Обидві ракети збити не вдалося", "the missiles were not intercepted": the verb that gives
    the figure its metric is negated."""
    if metric == "launched":
        return False
    tokens = info.tokens
    qualifiers = [(q.start, q.end) for q in info.cat("qualifier")]  # "уничтожено не менее семи": no denial
    negations = [n for n in info.cat("negation") if not (info.corrected and n.end < len(tokens) and (
        tokens[n.end].kind == "num" or tokens[n.end].norm in info.data.number_words))  # "уничтожены не 12, а 14"
        and not any(a <= n.start < b for a, b in qualifiers)]
    # the negated verb in the count's own clause: "знищили 17 дронів, ракети збити не вдалося" denies the missiles only;
    # "Обе ракеты, по данным ВС, сбить не удалось": an aside naming the source splits no clause
    if not negations:
        return False
    asides = {k for m in info.cat("source") for k in (m.start - 1, _aside_close(tokens, m.end))}
    verbs = [m for m in info.cat("metric") if m.value[1] == metric and not _across_clause(tokens, m.start, c.start, asides)]
    return any(
        n.end == m.start or n.start == m.end or (m.end <= c.qstart and c.end < n.start <= c.end + 2  # "Сбить обе ракеты не удалось"
                                                 and not _across_clause(tokens, c.end, n.start))  # not "ракета, яку не вдалося збити"
        for m in verbs for n in negations)


def _aside_close(tokens: list[Token], k: int) -> int:
    """The comma that closes an aside ending about token k ("по данным ВС,"), or -1."""
    return next((j for j in range(k, min(k + 3, len(tokens))) if tokens[j].norm == ","), -1)


def _across_clause(tokens: list[Token], a: int, b: int, asides: AbstractSet[int] = frozenset()) -> bool:
    """A comma or semicolon between tokens a and b (not one of the commas around an aside)."""
    lo, hi = min(a, b), max(a, b)
    return any(tokens[k].norm in (",", ";") and k not in asides for k in range(lo, hi))


def _ground_target(info: SentenceInfo, c: Count, phrase: WeaponPhrase, ctx: DocContext) -> bool:
    """"against a target", "at two targets": a target after a preposition of aim is on the ground. So is
    a bare noun that a count before it struck ("два морські дрони уразили десантний катер")."""
    words = [t.norm for t in info.tokens[phrase.start:phrase.end] if t.kind == "word"]
    if c.form == "implicit" and not phrase.types and any(
            m.value[1] == "hit" and 0 < c.qstart - m.end <= 2 and any(x.end <= m.start for x in info.counts)
            for m in info.cat("metric")):
        return True
    if not (len(words) == 1 and words[0] in _lex(ctx, "grammar", "ground_targets") and c.qstart > 0):
        return False
    before = info.tokens[c.qstart - 1].norm
    # "три дрона поразили цель": the object of a hit verb, or of the hit phrase it is part of
    struck = any(m.value[1] == "hit" and m.start < c.qstart <= m.end for m in info.cat("metric"))
    return struck or (before in _lex(ctx, "grammar", "target_prepositions") and before != "over")


def _weak_phrase(info: SentenceInfo, phrase: WeaponPhrase) -> bool:
    """A bare word that names a weapon only after one was named ("снаряд": a rocket after rockets,
    an artillery shell otherwise)."""
    weak = terms(info.data, "grammar", "weak_heads")
    words = [t for t in info.tokens[phrase.start:phrase.end] if t.kind == "word"]
    return bool(weak) and not phrase.types and len(words) == 1 and words[0].lemma in weak


def _one_inside(info: SentenceInfo, c: Count, link: Link, metric: str) -> bool:
    """"Both missiles struck the district, one of them hitting a block", "обидві влучили: одна – у
    подвір'я": one weapon described inside the total just given, doing what the total did."""
    ante = link.antecedent
    return (link.kind in ("anaphor", "ellipsis") and c.value == 1 and c.form != "pronoun" and not c.each
            and ante is not None and ante.metric == metric and (ante.count or 0) > 1
            and (ante.sentence == info.index or (link.kind == "anaphor" and ante.sentence == info.index - 1))
            and not any(c.end <= p.start <= c.end + 4 for p in info.places))  # "..., один — над Орловской областью": a list item


def _implicit_singles(info: SentenceInfo, ctx: DocContext, linked: set[int]):
    """uk/ru have no article: a singular weapon noun that an attack verb governs is one weapon
    ("дрон влучив у склад", "Ракету збито", "уничтожили безэкипажный катер")."""
    if ctx.data.code not in ("uk", "ru") or not (info.cat("metric") or _single_item(info, ctx)):
        return
    tokens = info.tokens
    governing_nouns = _lex(ctx, "grammar", "governing_nouns")
    for w in info.weapons:
        if w.start in linked or not w.generic:
            continue
        if any(c.end == w.start for c in info.counts):
            continue  # counted already
        if w.cls == "any" and any(t.norm in LIST_JOINS for t in tokens[w.start:w.end]):
            continue  # "ракетою та авіабомбами": two kinds of weapon, no one of them
        if w.cls == "any" and sum(t.kind == "word" for t in tokens[w.start:w.end]) == 1:
            continue  # "Главной целью была энергетика": a bare target is one on the ground ("повітряну ціль" is not bare)
        before = tokens[max(0, w.start - 2):w.start]
        lead = tokens[max(0, w.start - 4):w.start]
        if any(t.norm in _lex(ctx, "grammar", "from_words") for t in lead) and not any(t.kind == "num" for t in lead) \
                and not (_after_a_noun(tokens[w.start - 1], ctx) and _case(tokens, w, ctx.data.code, parses) == "nomn"):
            continue  # "обстріляли з артилерії та РСЗВ «Град»": fired from, not one of (but "на выезде из посёлка дрон")
        if w.start > 0 and tokens[w.start - 1].norm in _lex(ctx, "grammar", "topic_words"):
            continue  # "Що відомо про балістичну ракету «Іскандер-М»": the weapon as a topic
        if any(t.norm in terms(info.data, "numbers", "none") for t in tokens[max(0, w.start - 2):w.start]):
            continue  # "не долетел ни один дрон": none
        if any(t.lemma in ctx.data.not_heads and t.lemma not in governing_nouns for t in before):
            continue  # "уламки збитого БпЛА"
        number = grammatical_number(tokens, w.start, w.end, ctx.data.code) or _verb_number(info, w, parses)
        if number != "sing":
            continue
        case = _case(tokens, w, ctx.data.code, parses)
        if case in ("gent", "datv", "loct") and not any(t.lemma in governing_nouns for t in before):
            continue  # "падіння уламків ракети"; but "влучання ракети" counts
        c = Count(w.start, w.start + 1, 1, "exact", "implicit", w.start)
        yield c, Link("direct", w, None, None, w.end)


def _single_item(info: SentenceInfo, ctx: DocContext) -> bool:
    """"Сбиты: ... – крылатая ракета Storm Shadow,": a list item under a lead with a verb, naming one
    weapon and no figure."""
    if not (ctx.lead_metric and info.sent.bullet and not info.counts and info.weapons):
        return False
    first = next((k for k, t in enumerate(info.tokens) if t.kind == "word"), None)
    return first is not None and info.weapons[0].start <= first + 1


def _headline_singles(info: SentenceInfo, ctx: DocContext, linked: set[int]):
    """"Russian missile hits Dnipro bus station": English headlines drop the article; a singular
    weapon noun that opens the line and a verb of hit in the present make one weapon."""
    if ctx.data.code != "en" or not info.sent.first_in_line:
        return
    tokens = info.tokens
    sides = {m.start for m in info.cat("side")}
    for w in info.weapons[:1]:
        if w.start in linked or any(c.end == w.start for c in info.counts) or tokens[w.end - 1].norm.endswith("s"):
            return
        if not all(t.kind == "punct" or k in sides for k, t in enumerate(tokens[:w.start])):
            return
        verb = info.mark_at("metric", w.end)
        if verb is not None and verb.value[1] == "hit" and tokens[w.end].norm.endswith("s"):
            yield Count(w.start, w.start + 1, 1, "exact", "implicit", w.start), Link("direct", w, None, None, w.end)


def _after_a_noun(token: Token, ctx: DocContext) -> bool:
    """Is the word before a weapon a noun, which ends a phrase ("из посёлка | дрон атаковал")?"""
    return token.kind == "word" and token.norm not in LIST_JOINS and likeliest_is(token.norm, ctx.data.code, "NOUN")


def _verb_number(info: SentenceInfo, w, parses) -> str | None:
    """"БпЛА влучив у будинок": an indeclinable noun takes its number from the attack verb next to it."""
    tokens = info.tokens
    for m in info.cat("metric"):
        if m.start == w.end or m.end == w.start:
            tags = parses(tokens[m.start].norm, info.data.code)
            tag = tags[0][1] if tags else ""
            if tag.startswith("VERB") and "past" in tag:
                return "plur" if "plur" in tag else "sing"
    return None


_CASES = ("nomn", "accs", "ablt", "gent", "datv", "loct")


def _case(tokens: list[Token], w, lang, parses) -> str | None:
    """The case the words of a weapon phrase agree in ("управляемой авиабомбой": instrumental,
    though "управляемой" alone reads first as a genitive), the head noun's likeliest first."""
    readings = []
    for token in tokens[w.start:w.end]:
        tags = parses(token.norm, lang) if token.kind == "word" else ()
        tags = [tag for _n, tag in tags if "Fixd" not in tag]
        if tags:
            readings.append([case for tag in tags for case in _CASES if case in tag])
    if not readings:
        return None
    shared = set(readings[0]).intersection(*readings[1:])
    return next((case for case in readings[-1] if case in shared), readings[-1][0] if readings[-1] else None)


def _modal_after(info: SentenceInfo, k: int, ctx: DocContext) -> bool:
    """"A drone can follow a car for two kilometres": what drones do, not what one did."""
    return k < len(info.tokens) and info.tokens[k].norm in _lex(ctx, "grammar", "modals")


def _is_people(info: SentenceInfo, c: Count, link: Link) -> bool:
    """"two of them children", "21 injured": the count is of people, not weapons."""
    if link.phrase is not None:
        return False
    k = link.end
    if any(m.start in range(k, k + 3) for m in info.cat("casualty")):
        return True
    if c.form in ("both", "all") and c.qstart > 0 and info.tokens[c.qstart - 1].norm == "," and any(
            c.qstart - 4 <= m.end <= c.qstart - 1 for m in info.cat("person1")):
        return True  # "ранены мужчина и женщина, оба в состоянии средней тяжести": both of the people
    people = [m for m in info.cat("people") if k <= m.start < k + 3]
    if not people:
        return False
    j = people[-1].end  # "24 others were locationally lost": "others" are drones when an attack verb follows
    aux = _aux_starts(info)
    while j in aux or (j < len(info.tokens) and info.tokens[j].norm in ('"', "“", "'", "‘")):
        j += 1
    return info.mark_at("metric", j) is None


def date_for(info: SentenceInfo, c: Count, ctx: DocContext, link: Link | None = None, told_day: bool = True):
    """The day of a figure, in order: a date in its own clause (the first after it — "500 drones
    on Monday", "315 drones and seven missiles overnight on Tuesday" — else the nearest before),
    its antecedent's day, another date in the sentence, the day the story is on, and only then
    the day something was said ("the air force said on Sunday") -- except that a new paragraph's
    report of a later day ("Gladkov said on Saturday morning that a drone ...") is dated by it,
    unless the figure is a running toll (told_day=False), which counts the attack's dead."""
    reporting = _lex(ctx, "grammar", "reporting")
    usable = [d for d in info.dates if not d.bound and d.date is not None]
    told = [d for d in usable if _after_reporting(info, d, reporting)]
    attack = [d for d in usable if d not in told]
    # "... об уничтожении 37 БПЛА: первые сообщения появились около 22:00 вторника": after a colon, a detail's day
    # (but not the colon of a time: "23 more between 21:00 on Saturday and 07:00 on Sunday")
    clause = [d for d in attack if not _in_other_clause(info, min(d.end, c.start), max(d.start, c.end))
              and not (d.start >= c.end and _colon_between(info.tokens, c.end, d.start))
              and not (d.start >= c.end and _comma_clause_between(info, c.end, d.start))]
    after = [d for d in clause if d.start >= c.end]
    said = told[0].date if told else _fronted_told_day(info, usable, c, reporting)
    lead = next((d for d in clause if d.end == c.qstart and d.kind == "explicit"), None)
    if lead is not None and after and any(t.norm == "," for t in info.tokens[c.end:after[0].start]):
        return lead.date  # "Three days after two Russian glide bombs tore through a block, the city on Friday put the toll"
    if len(after) >= 2 and _night_window(info, after[0], after[1]):
        return after[1].date  # "between 10 p.m. on Saturday and 6 a.m. on Sunday": the morning it ended
    if after:
        return _night_before_told(after[0], said, ctx)
    if clause:
        return _night_before_told(max(clause, key=lambda d: d.start), said, ctx)
    if link is not None and link.antecedent is not None and link.kind != "direct" and link.antecedent.date:
        return link.antecedent.date
    if attack:
        return _night_before_told(min(attack, key=lambda d: abs(d.start - c.start)), said, ctx)
    first_figures = info.sent.first_in_line or ctx.figures_paragraph != info.sent.paragraph
    if told_day and said and ctx.last_date and said > ctx.last_date and first_figures \
            and not (told and told[0].kind == "later") \
            and not (told and any(t.norm in _lex(ctx, "grammar", "pluperfect_words") for t in info.tokens[told[0].end:c.start])):
        # a new paragraph's "said on Saturday morning" (its first figures: "Last night showed again why the numbers
        # matter. Russia attacked ... with 27 drones, the air force said on Friday"), after a story day before it; but not "на следующий день
        # подтвердил удар" or "claimed on Sunday that it had hit ...": that attack's day
        return said
    if said and ctx.last_date and said < ctx.last_date and not (told and told[0].kind == "later"):
        return said  # "the ministry claimed on Saturday to have shot down four" in a Monday story: not Monday's
    return ctx.last_date or said or ctx.reference


def _colon_between(tokens: list[Token], a: int, b: int) -> bool:
    """A colon between tokens a and b that is not a time of day's ("07:00")."""
    return any(tokens[k].norm == ":" and not clock_colon(tokens, k) for k in range(a, b))


def _comma_clause_between(info: SentenceInfo, a: int, b: int) -> bool:
    """"збили 23 безпілотники, а 2 жовтня ... загинули двоє": a comma and a conjunction opening a
    clause between tokens a and b."""
    tokens = info.tokens
    joins = terms(info.data, "grammar", "clause_conjunctions")
    return any(tokens[k - 1].norm == "," and _opens_clause(tokens, k, joins) for k in range(max(a, 1), b))


def _fronted_told_day(info: SentenceInfo, usable: list, c: Count, reporting: AbstractSet):
    """"On Sunday, Russia's defence ministry said it had destroyed 35 drones overnight": a day that
    opens the sentence, set off by a comma before the reporting verb, is when it was said; it still
    dates what has no date of its own, but "overnight" is the night before it."""
    tokens = info.tokens
    first = next((d for d in usable if d.kind in _TOLD_KINDS and d.start <= 1), None)
    if first is None or first.end >= c.start:
        return None
    # "В понедельник утром Минобороны России сообщило, что за ночь ...": with no comma, the verb right after its subject
    between = tokens[first.end + 1:c.start] if tokens[first.end].norm == "," else tokens[first.end:min(c.start, first.end + 4)]
    return first.date if any(t.norm in reporting or t.lemma in reporting for t in between) else None


def _night_window(info: SentenceInfo, first, second) -> bool:
    """Two days in a row joined by "and", "to", "until" ("з 22:00 суботи до 06:00 неділі"): a night's window."""
    if first.date is None or second.date is None or (second.date - first.date).days != 1:
        return False
    tokens = info.tokens
    clock = terms(info.data, "grammar", "clock_words")
    if any(first.end <= x.qstart < second.start and x.form != "singular"
           and not (x.end < len(tokens) and tokens[x.end].norm in clock) for x in info.counts):
        return False  # "500 drones on Monday and 315 drones overnight on Tuesday": two attacks; "6 a.m." is a time
    window = terms(info.data, "grammar", "window_joins")
    return any(t.norm in window for t in tokens[first.end:second.start])


def _night_before_told(d, said, ctx: DocContext):
    """"The ministry said on Thursday it had destroyed 141 drones over the past day", in Friday's
    paper: the night before it was said, not the night before the report."""
    if d.kind == "this_night" and said is not None and ctx.reference is not None and said <= ctx.reference:
        return said  # (and "в понедельник утром Минобороны сообщило, что за ночь ...": Monday's night, not the story's)
    return d.date


def _after_reporting(info: SentenceInfo, d, reporting: AbstractSet) -> bool:
    """"the air force said on Sunday", "в воскресенье сообщил глава ОВА": when it was said, not
    when it happened. A night ("вночі повідомили про вибухи") is the attack's either way."""
    tokens = info.tokens
    k = d.start - 1
    fillers = terms(info.data, "grammar", "reporting_fillers")  # "said late on Sunday", "повідомив у суботу"
    weekdays = info.data.dates.get("weekdays", {})
    if d.kind == "explicit" and k >= 1 and tokens[k].norm == "," and (tokens[k - 1].norm in weekdays or tokens[k - 1].lemma in weekdays):
        k -= 2  # "опубликованным утром в пятницу, 15 ноября": the weekday beside the date
    while k >= 0 and tokens[k].norm in fillers:
        k -= 1
    if k >= 0 and (tokens[k].norm in reporting or tokens[k].lemma in reporting):
        return True
    j = d.end
    reports = terms(info.data, "grammar", "report_nouns")  # "в воскресной сводке", "in its Sunday update"
    return d.kind in _TOLD_KINDS and j < len(tokens) and (tokens[j].norm in reporting or tokens[j].lemma in reporting
                                                          or tokens[j].norm in reports or tokens[j].lemma in reports)


_TOLD_KINDS = frozenset({"explicit", "weekday", "yesterday", "later"})  # "на следующий день подтвердил"


def _evidence(info: SentenceInfo, c: Count) -> Evidence:
    tokens = info.tokens
    sent = info.sent
    return Evidence(start=tokens[c.qstart].start, end=tokens[c.end - 1].end, sentence=sent.text,
                    sentence_start=sent.start, sentence_end=sent.end)
