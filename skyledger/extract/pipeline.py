"""The extraction pipeline: sentences in, claims out.

    split     text -> sentences and tokens                    (text.py)
    annotate  cues, counts, weapons, places per sentence      (analysis.py)
    then, sentence by sentence, carrying a DocContext:
      dates        resolve against the report's day         (dates.py)
      casualties   people killed and injured                (casualties.py)
      air_attack   weapon counts                            (air.py)
      events       statements, talks, visits, sanctions ... (events.py)
      remember     places, dates, list leads for what follows
    finish    drop repeats and people counted inside a total

Components are registered by name in ``SENTENCE_COMPONENTS`` so that a
language or a deployment can swap one without touching the others.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date
from functools import lru_cache
from typing import AbstractSet, Callable, Sequence

from skyledger.extract.air import (CITY_REGIONS, _after_reporting, _direction_spans, _inside, _is_list_item,
                                  _national_speaker_label, _opens_as_label, _origin_places, _sentence_direction,
                                  _weapon_row, air_claims, labelled_total, quoted_side, said_in, speaks_of_running_total)
from skyledger.extract.analysis import SentenceInfo, add_dates, annotate, annotate_places_only, is_live
from skyledger.extract.casualties import casualty_claims
from skyledger.extract.events import event_claims
from skyledger.extract.tables import card_claims, read_header, table_claims
from skyledger.extract.context import (CAPITALS, LOCAL_CLAIMANTS, LOCAL_SOURCES, OCCUPIED_AS_RU_TARGET, Antecedent,
                                      DocContext, claimant_side, new_context, russian_held)
from skyledger.extract.dates import clock_colons, header_date, month_words, weekday_words
from skyledger.extract.lexicon import terms, word_set
from skyledger.extract.places import PlaceMatch, gazetteer, held_town, listed_together
from skyledger.extract.text import LIST_JOINS, Token, sentences, tokenize
from skyledger.lang import LANGUAGES, load
from skyledger.models import AirAttack, Casualties, ClaimBase, Document



def _tables(info: SentenceInfo, ctx: DocContext, consumed: set[int], out: list) -> None:
    read_header(info, ctx)
    out.extend(table_claims(info, ctx, consumed))
    out.extend((claim, None) for claim in card_claims(info, ctx, consumed))


def _casualties(info: SentenceInfo, ctx: DocContext, consumed: set[int], out: list) -> None:
    for claim, individual in casualty_claims(info, ctx, consumed):
        out.append((claim, individual))


def _air(info: SentenceInfo, ctx: DocContext, consumed: set[int], out: list) -> None:
    out.extend(air_claims(info, ctx, consumed))


def _events(info: SentenceInfo, ctx: DocContext, consumed: set[int], out: list) -> None:
    for claim in event_claims(info, ctx):
        out.append((claim, None))


SENTENCE_COMPONENTS: dict[str, Callable] = {
    "tables": _tables,
    "casualties": _casualties,
    "air_attack": _air,
    "events": _events,
}


def run(document: Document) -> list[ClaimBase]:
    lang = document.lang or "en"
    if lang not in LANGUAGES:
        return []
    data = load(lang)
    ctx = new_context(document, data)
    infos = [annotate(i, s, data) if i < 4 or is_live(s, data) else annotate_places_only(i, s, data)
             for i, s in enumerate(sentences(document.text, lang))]
    _find_home(infos, ctx)
    _choose_namesakes(infos, ctx.home)
    _header_perspective(infos, ctx)
    ctx.headline_end = _headline_end(infos)
    found: list[tuple[ClaimBase, str | None]] = []
    paragraph = -1
    live = _live_feed(infos)
    for info in infos:
        item = info.sent.bullet and info.sent.first_in_line
        entry = live and info.sent.first_in_line and _TIMESTAMP.match(info.sent.text) is not None
        if info.sent.paragraph != paragraph or item or entry:
            paragraph = info.sent.paragraph  # a paragraph, or a list item, is a new stretch
            if live:
                ctx.entry_label = _entry_label(info)
                ctx.entry_region = ctx.label_regions.get(ctx.entry_label)
            story = ctx.story_date or (ctx.reference if item else None)  # list items of a report: the report's day
            if story and ctx.last_date and ctx.last_date < story and ctx.dated_lead != info.index - 1:
                ctx.last_date = story  # "Вдень 15 січня ..." in a report on the 16th: a look back ends with its paragraph
            if item or entry:  # "• In Russia's Bryansk region, a Ukrainian drone ..." speaks for its item only, and
                # so does a feed's "20:15 Belgorod governor: ..." for its entry; but a heading speaks for its list
                heading = ctx.heading_direction
                ctx.paragraph_direction = heading if heading and heading[0] == paragraph else ()
            if entry:
                ctx.entry_sentence = info.index
                ctx.recent_claimant = None  # "14:40 Sevastopol's occupation authorities: ..." speak for their entry only
            tokens = info.tokens
            if tokens and tokens[0].norm in word_set(ctx.data, "context", "update_words"):
                ctx.update_paragraph = paragraph  # "Оновлено о 12:05. ... поранених – до 24": a live blog's revision
        if _toll_rose(info, ctx):
            ctx.update_paragraph = paragraph  # "Kyiv toll rises again. ... four people were killed": a revision too
        _drop_titled_places(info)
        _drop_stray_districts(info, ctx)
        _capital_places(info, ctx)
        _region_around_the_city(info, ctx)
        _reference_points(info, ctx)
        _word_places(info)
        _speaker_adjectives(info, ctx)
        _list_adjectives(info, ctx)
        _site_adjectives(info, ctx)
        _district_of_the_city(info, ctx)
        _village_item_at_home(info, ctx)
        _section_date(info, ctx)
        if _summary_label(info):
            nxt = infos[info.index + 1] if info.index + 1 < len(infos) else None
            # a numbered heading alone in its paragraph ("4. ТИЖНЕВІ ПОКАЗНИКИ (8–14.09)") labels the paragraph below it
            alone = nxt is not None and nxt.sent.paragraph != info.sent.paragraph and info.sent.bullet
            ctx.summary_paragraph = nxt.sent.paragraph if alone and nxt else info.sent.paragraph
        if ctx.summary_paragraph == info.sent.paragraph:
            info.labelled_total = True  # "Підсумки місяця. ... Ворог скинув на область понад 900 КАБ"
        if info.marks or info.counts:
            add_dates(info, data, ctx.reference, ctx.same_date, ctx.night_date, ctx.doc.published, ctx.named_night)
        if info.cat("same_period") and info.index > 0:
            info.after_total = speaks_of_running_total(infos[info.index - 1])
        if _interim_row(info, ctx):
            continue  # "- 18 September, 19:00: 11 dead": a toll the report itself set aside, and not its day
        consumed: set[int] = set()
        before = len(found)
        asserted = _asserts_its_figures(info, ctx)
        for name, component in SENTENCE_COMPONENTS.items():
            if asserted or name == "events":  # a question still has a speaker, and a condition a statement
                component(info, ctx, consumed, found)
        _remember(info, ctx, [c for c, _ in found[before:]])
    # a component's state refers back to the context: without the cycle, the document's
    # tokens and annotations are freed as soon as it is done, not at the collector's next pass
    ctx.components.clear()
    found = _headline_days(found, ctx.headline_end, infos, ctx.doc.published, ctx.story_date)
    if ctx.dated_sections <= 1:  # a digest's sections ("Среда, 16 июля." ... "Четверг, 17 июля.") each tell of their own day
        found = _toll_days(found, infos)
    return _finish(found, ctx.headline_end, infos, live)


def _header_perspective(infos: list[SentenceInfo], ctx: DocContext) -> None:
    """A post headed by its channel ("Минобороны России | Telegram", "Повітряні сили ЗС України")
    speaks for that side, as a known source does: its air defences are its own."""
    if ctx.perspective is not None or not infos:
        return
    first = infos[0]
    if not _header_line(first):
        return
    ctx.perspective = quoted_side(first)


def _choose_namesakes(infos: list[SentenceInfo], home: str | None = None) -> None:
    """A village's name is often shared by villages in other regions; the text's own
    regions choose among them ("Любимовка" in a report on the Kursk region is the Kursk one).
    In a governor's or an administration's post, a village none of whose namesakes lies in a
    region the text names is taken for one of the home region's that the gazetteer lacks."""
    named: dict[str, list[int]] = {}  # region -> the sentences that name it or one of its towns
    for info in infos:
        for p in info.places:
            if p.code and (p.kind == "region" or (p.kind == "city" and not p.namesakes)):
                named.setdefault(p.code, []).append(info.index)
    regions = {p.code for info in infos for p in info.places if p.code and p.kind == "region"}
    at_home: set[str] = set()  # the names of villages taken for the home region's
    for info in infos:
        if any(p.namesakes for p in info.places):
            info.places = [_namesake_in(_listed_namesake(info, p), named, home, info.index) for p in info.places]
        _list_majority(info, home)
        if home and any(p.kind == "city" and p.code and p.code != home for p in info.places):
            info.places = [p.recoded(home, ()) if p.kind == "city" and p.name.lower() in at_home  # the same village again
                           else _home_village(info, p, regions, home) for p in info.places]
        if home:
            at_home |= {p.name.lower() for p in info.places if p.kind == "city" and p.code == home}
        info.places = [_village_of_district(info, p) for p in info.places]
        before = infos[info.index - 1] if info.index > 0 else None
        if any(p.kind == "region" for p in info.places):
            info.places = [_village_in_region(info, p) for p in info.places]
        elif before is not None and before.sent.paragraph == info.sent.paragraph and info.places:
            # "В Ростовской области ... атака отражена. В хуторе Гусев ранена женщина": the paragraph's region
            lead = {q.code for q in before.places if q.kind == "region" and q.code}
            info.places = [_village_in_region(info, p, lead) for p in info.places]


def _list_majority(info: SentenceInfo, home: str | None) -> None:
    """"Антонівка, Білозерка, ..., Львове, Качкарівка, Михайлівка": in a long list of villages, two thirds
    in one region (half, when it is the home region of an administration's post), a name the gazetteer puts
    elsewhere (a bigger namesake) is that region's village too."""
    towns = [p for p in info.places if p.kind == "city" and p.code]
    if len(towns) < 5:
        return
    code, most = Counter(p.code for p in towns).most_common(1)[0]
    if most * 3 < len(towns) * 2 and not (code == home and most * 2 >= len(towns)):
        return
    tokens = info.tokens
    info.places = [p.recoded(code, ()) if p in towns and p.code != code and p.start > 0
                   and tokens[p.start - 1].norm in LIST_JOINS else p for p in info.places]


def _listed_namesake(info: SentenceInfo, p: PlaceMatch):
    """"над Балаклавой и Любимовкой": a namesake listed beside a place of one of its regions is there."""
    if not p.namesakes:
        return p
    for q in info.places:
        if q is not p and q.code and not q.namesakes and (q.code == p.code or q.code in p.namesakes) \
                and listed_together(info.tokens, q, p):
            return p.recoded(q.code, ())
    return p


def _namesake_in(p: PlaceMatch, named: dict[str, list[int]], home: str | None = None, index: int = 0):
    if not p.namesakes or p.code in named:
        return p
    choices = [code for code in p.namesakes if code in named]
    if len(choices) > 1:
        # "губернатор Севастополя ... в районі Любимівки" in a text that names Kherson too: the region named last before
        before = {code: max((k for k in named[code] if k <= index), default=-1) for code in choices}
        latest = max(before.values())
        if latest >= 0 and list(before.values()).count(latest) == 1:
            choices = [code for code in choices if before[code] == latest]
    if len(choices) == 1:
        return p.recoded(choices[0], ())
    if not choices and home:
        return p.recoded(home, ())
    return p


def _home_village(info: SentenceInfo, p: PlaceMatch, regions: set[str], home: str):
    """"📍 Харківський район: ... в с. Липці" in the Kharkiv administration's post: a village named as
    one ("с.", "село", "the village of") in a local post lies in the home region, whatever village
    of that name the gazetteer knows elsewhere, unless the text names that other region."""
    if p.kind != "city" or not p.code or p.code == home or p.code[:2] != home[:2] or p.code in regions:
        return p
    tokens = info.tokens
    if _named_as(info, p, gazetteer(info.data.code).settlement_nouns):
        return p.recoded(home)
    if any(q.code == home and q.kind == "city" and listed_together(tokens, q, p) for q in info.places):
        return p.recoded(home)  # "on Huliaipole, Stepnohirsk and Novoandriivka": one list, one region
    return p


def _village_of_district(info: SentenceInfo, p: PlaceMatch):
    """"в селе Масловка Белгородского района": a village right before the district it is in lies in
    that district's region, whatever namesake the gazetteer knows elsewhere."""
    if p.kind != "city" or not p.code:
        return p
    districts = word_set(info.data, "grammar", "district_words")
    q = next((q for q in info.places if q.start == p.end and q.code and q.code[:2] == p.code[:2]), None)
    if q is None or q.code == p.code:
        return p
    last = info.tokens[q.end - 1]
    if last.norm not in districts and last.lemma not in districts:
        return p
    return p.recoded(q.code, ())


def _village_in_region(info: SentenceInfo, p: PlaceMatch, regions: AbstractSet[str] | None = None):
    """"In the Belgorod region, ... near the village of Murom": a village named as one after the one
    region its sentence (or else the sentence before it) names lies there, whatever town of that name
    the gazetteer knows elsewhere; so does a town a village is "near" ("a village near Zolochiv")."""
    if p.kind != "city" or not p.code:
        return p
    if regions is None:
        regions = {q.code for q in info.places if q.kind == "region" and q.code and q.end <= p.start}
    if len(regions) != 1 or p.code in regions or next(iter(regions))[:2] != p.code[:2]:
        return p
    near = p.start > 0 and info.tokens[p.start - 1].norm in terms(info.data, "grammar", "near_words")
    if near or _named_as(info, p, gazetteer(info.data.code).village_nouns):
        return p.recoded(next(iter(regions)), ())
    return p


def _named_as(info: SentenceInfo, p: PlaceMatch, nouns: AbstractSet[str]) -> bool:
    """Is the place named as one of these, or by a settlement's abbreviation ("село Липці", "с. Липці",
    "the village of Murom")?"""
    tokens, k = info.tokens, p.start - 1
    if k > 0 and tokens[k].norm == ".":
        k -= 1  # "с. Липці"
    if k > 0 and tokens[k].norm == "of":
        k -= 1  # "the village of"
    return k >= 0 and (tokens[k].norm in nouns or any(lemma in nouns for lemma in tokens[k].lemmas)  # "селі": "сель" first
                       or tokens[k].norm in gazetteer(info.data.code).settlement_abbreviations)


def _word_places(info: SentenceInfo) -> None:
    """"над півостровом" (Crimea), "над морем" (a sea, no region): places named by a common noun."""
    longest = _unplaced_marks(info, "place_word")
    if not longest:
        return
    found = [PlaceMatch(m.start, m.end, None if m.value[1] == "sea" else m.value[1],
                        "sea" if m.value[1] == "sea" else "region", info.text_of(m.start, m.end)) for m in longest]
    info.places = sorted(info.places + found, key=lambda p: p.start)


def _unplaced_marks(info: SentenceInfo, category: str) -> list:
    """The marks of a category that no place already covers, the longest where they overlap, each span once."""
    marks = [m for m in info.cat(category) if not any(p.start < m.end and m.start < p.end for p in info.places)]
    longest = [m for m in marks if not any(o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start
                                           for o in marks)]
    return list({(m.start, m.end): m for m in longest}.values())


def _capital_places(info: SentenceInfo, ctx: DocContext) -> None:
    """"У столиці", "in the capital": Kyiv, or Moscow where the text's enemy is Ukraine (a
    Russian source), unless the words say whose capital it is."""
    longest = _unplaced_marks(info, "capital")
    if not longest:
        return
    named = [p.code for p in info.places if p.code in CAPITALS]
    if not named and ctx.city_place and ctx.city_place[0] in CAPITALS:
        named = [ctx.city_place[0]]
    found = []
    regional = terms(ctx.data, "context", "not_capital_after")
    for m in longest:
        if m.start > 0 and info.tokens[m.start - 1].norm in ("of", "від", "от"):
            continue  # "south of the capital": a bearing, not a place
        if m.start > 0 and info.tokens[m.start - 1].norm in regional:
            continue  # "near the regional capital": the region's city
        words = " ".join(t.norm for t in info.tokens[m.start:m.end])
        if any(w in words for w in ("russia", "російськ", "российск")):
            code = "RU-MOW"
        elif any(w in words for w in ("ukrain", "українськ", "украинск")):
            code = "UA-30"
        elif named:
            code = named[-1]  # "Мер Москви ... летіли на столицю", "Kyiv the main target ... in the capital"
        else:
            code = "RU-MOW" if ctx.enemy_of() == "UA" else "UA-30"
        found.append(PlaceMatch(m.start, m.end, code, "city", info.text_of(m.start, m.end)))
    info.places = sorted(info.places + found, key=lambda p: p.start)


# A capital named as a bearing is the region around it: "a village south of Moscow" is in the Moscow region.
_SURROUNDING_REGION = {"RU-MOW": "RU-MOS", "UA-30": "UA-32", "RU-SPE": "RU-LEN"}


def _city_and_its_region(a: PlaceMatch, b: PlaceMatch) -> bool:
    """"на Москву та Підмосков'я", "Kyiv and the Kyiv region": one area, a city with the region around it."""
    return _SURROUNDING_REGION.get(a.code or "") == b.code or _SURROUNDING_REGION.get(b.code or "") == a.code


def _region_around_the_city(info: SentenceInfo, ctx: DocContext) -> None:
    """"29 — у столиці, ще 14 — в області", "in Kyiv and the region": "the region" after a city that is a
    region of its own is the region around it."""
    cities = [p for p in info.places if p.code in _SURROUNDING_REGION and p.kind == "city"]
    if not cities:
        return
    city_words = terms(ctx.data, "grammar", "city_words")
    plural = terms(ctx.data, "grammar", "regions_plural")
    found = []
    for m in info.cat("anaphora"):
        words = {t.norm for t in info.tokens[m.start:m.end]}
        before = [p for p in info.places if p.end <= m.start]
        if words & city_words or words & plural or not before or before[-1].code not in _SURROUNDING_REGION \
                or any(t.text[:1].isupper() for t in info.tokens[m.start + 1:m.end]):  # "the Darnytskyi district"
            continue
        between = info.tokens[before[-1].end:m.start]
        if not between or not any(t.norm in LIST_JOINS or t.kind == "num" for t in between):
            continue  # "Kyiv Oblast" is the name, not the city and then the region
        found.append(PlaceMatch(m.start, m.end, _SURROUNDING_REGION[before[-1].code or ""], "region",
                                info.text_of(m.start, m.end)))
    if found:
        info.places = sorted(info.places + found, key=lambda p: p.start)


def _reference_points(info: SentenceInfo, ctx: DocContext) -> None:
    """"Vidnoye, a town just south of Moscow", "в 20 км от Харькова": a town named to say where
    another place is. With another place in the sentence it is no place of the events; alone, it
    stands for its surroundings. So does a capital before "regional" ("the Kyiv regional
    administration" is the Kyiv region's)."""
    tokens = info.tokens
    info.places = [p.recoded(_SURROUNDING_REGION[p.code]) if p.code in _SURROUNDING_REGION and p.end < len(tokens)
                   and tokens[p.end].norm == "regional" else p for p in info.places]  # "the Moscow regional governor"
    bearings = terms(ctx.data, "context", "bearing")
    refs = {p.start for p in info.places if p.kind == "city" and _after_bearing(info, p.start, bearings)}
    if not refs:
        return
    others = any(p.start not in refs and p.kind in ("city", "region") for p in info.places)
    info.places = [p.recoded(_SURROUNDING_REGION.get(p.code or "", p.code)) if p.start in refs else p
                   for p in info.places if not (others and p.start in refs)]


def _after_bearing(info: SentenceInfo, k: int, bearings: AbstractSet[str]) -> bool:
    before = " " + " ".join(t.norm for t in info.tokens[max(0, k - 5):k])
    return any(before.endswith(" " + phrase) for phrase in bearings)


_OPEN_QUOTES = frozenset({"«", "“", "„"})
_CLOSE_QUOTES = frozenset({"»", "”", "“"})


def _drop_titled_places(info: SentenceInfo) -> None:
    """"«Днепр Оперативный»", "«Волжский вестник»": a place inside a quoted title with other words is part of
    the name of an outlet or a firm, no place; but "аэродром «Энгельс»" is the town's airfield. So is a town's
    name that qualifies the defenders after it."""
    tokens = info.tokens
    if not info.places:
        return
    # "Українська ППО": a town's name in one of its forms before the defenders it qualifies (not Ukrainsk)
    vessels = terms(info.data, "grammar", "vessel_nouns")
    titled = {p.start for p in info.places if p.kind == "city" and p.end == p.start + 1
              and all(t.kind == "punct" for t in tokens[:p.start]) and any(m.start == p.end for m in info.cat("defence"))}
    for k, t in enumerate(tokens):
        if t.norm not in _OPEN_QUOTES:
            continue
        close = next((j for j in range(k + 1, min(len(tokens), k + 7)) if tokens[j].norm in _CLOSE_QUOTES), None)
        if close is None:
            continue
        inside = [p for p in info.places if k < p.start and p.end <= close]
        covered = sum(p.end - p.start for p in inside)
        ship = k > 0 and (tokens[k - 1].norm in vessels or tokens[k - 1].lemma in vessels)  # "крейсер «Москва»"
        if inside and (covered < close - k - 1 or ship):
            titled |= {p.start for p in inside}
    if titled:
        info.places = [p for p in info.places if p.start not in titled]


def _drop_stray_districts(info: SentenceInfo, ctx: DocContext) -> None:
    """District names repeat across the country ("Олександрівський район" is in several
    oblasts and cities): in a text that already has a region, a district elsewhere is most
    likely a namesake in that region, so it is dropped rather than believed. So is a bare
    district of the other country beside a town ("в Запорожье ... в Александровском районе":
    Aleksandrovsky is also in the Vladimir region), and one of a list of districts in a text on a
    region of the other country ("в Немышлянском и Слободском районах" in Kharkiv is no Kirov district),
    and a district of the other country in a local source's post ("в Славянском районе" of the Kuban)."""
    if not info.places:
        return
    district_words = terms(ctx.data, "grammar", "district_words")
    near = {p.start: _words_near(info, p) for p in info.places}
    bare = [p for p in info.places if p.code and near[p.start] & district_words and _bare_district(info, p, district_words)
            and not _labels_its_line(info, p)]  # "12:30 Dnipro district: Governor Lysak says ...": the entry's own place
    if not bare:
        return
    speaker = [p.code for p in info.places if p.kind == "region" and p.code and _speaks(info, p)]
    focus = ctx.home or (speaker[0] if speaker else None) or (ctx.region_place[0] if ctx.region_place else None)
    towns = {p.code[:2] for p in info.places if p.kind == "city" and p.code and not (near[p.start] & district_words)}
    listed = terms(ctx.data, "grammar", "districts_plural")
    stray = {p.start for p in bare if p.code is not None and (
             (focus and p.code != focus and p.code not in _previous_codes(ctx)  # "На Харківщині ..., на Сумщині ... У Куп'янському районі"
              and not (p.code in ctx.regions_seen and focus in _SAME_GROUND.get(p.code, ()))  # "над Республикой Крым ... в
              # Севастополе ... В Джанкойском районе": a Crimean district after Sevastopol, in a text that named Crimea
              and (p.code[:2] == focus[:2] or near[p.start] & listed or focus == ctx.home))
             or (towns and p.code[:2] not in towns)
             or _district_of_a_city_before(info, p, near, district_words))}
    info.places = [p for p in info.places if p.start not in stray]


def _labels_its_line(info: SentenceInfo, p: PlaceMatch) -> bool:
    """Does the place head its line before a colon, as the label of a feed's entry? (A list's items
    are not meant: "▪️ Станіславська громада:" is a community of the region the list is on.)"""
    return info.sent.first_in_line and not info.sent.bullet and p.start == 0 and _opens_as_label(info, 0, p.end, (":",))


def _district_of_a_city_before(info: SentenceInfo, p: PlaceMatch, near: dict, district_words) -> bool:
    """"у Львові дрон влучив у будинок у Франківському районі": a district after a city in its sentence is
    the city's, not a namesake town's (Ivano-Frankivsk)."""
    tokens = info.tokens
    return any(q.kind == "city" and q.end <= p.start and q.code != p.code and (q.code or "")[:2] == (p.code or "")[:2]
               and not (near[q.start] & district_words)
               and not any(t.norm in LIST_JOINS for t in tokens[q.end:p.start])  # "Днепр, Каменское, Никопольский район"
               for q in info.places)


_SAME_GROUND = {"UA-43": ("UA-40",), "UA-40": ("UA-43",)}  # Crimea and Sevastopol: one peninsula, often told together


def _previous_codes(ctx: DocContext) -> list[str]:
    return ctx.previous_places[1] if ctx.previous_places else []


def _bare_district(info: SentenceInfo, p: PlaceMatch, district_words) -> bool:
    """"Олександрівський район", not "Obukhiv district of the Kyiv region" or "Kharkiv's Kyivskyi district"."""
    names = [t for t in info.tokens[p.start:p.end] if t.kind == "word" and not ({t.norm, t.lemma} & district_words)]
    return len(names) == 1 and not (p.end < len(info.tokens) and info.tokens[p.end].norm == "'s")


def _words_near(info: SentenceInfo, p: PlaceMatch) -> set[str]:
    """The forms and lemmas of a place and the three words after it ("Каменским и Миллеровским районами"); a
    city's own, before a comma ("Херсон, Корабельний район": the city, then its district)."""
    address = p.kind == "city" and p.end < len(info.tokens) and info.tokens[p.end].norm == ","
    span = info.tokens[p.start:p.end if address else min(p.end + 3, len(info.tokens))]
    return {t.norm for t in span} | {t.lemma for t in span}


def _speaks(info: SentenceInfo, p: PlaceMatch) -> bool:
    """"Губернатор Ростовской области сообщил": the place of a speaker."""
    from skyledger.extract.air import _speaker_places

    return p.start in _speaker_places(info)


def _section_date(info: SentenceInfo, ctx: DocContext) -> None:
    """A line that is only a date ("SATURDAY, MARCH 1") sets the day the following lines speak from."""
    if not info.sent.first_in_line or len(info.tokens) > 16:
        return
    # "Повідомлення 1 (п'ятниця, 15 серпня, 23:59):": a label's number is no figure
    figures = [c for c in info.counts if not (c.start == 1 and info.tokens[0].kind == "word")]
    if sum(t.kind != "punct" for t in info.tokens) <= 8 and not figures:
        when = header_date(info.sent, ctx.data, ctx.doc.published)
        if when is None and info.places:  # "11 вересня, Краматорськ (Донецька обл.).": an item of a past day, and where
            places = {k for p in info.places if p.kind in ("region", "city") for k in range(p.start, p.end)}
            at_place = header_date(info.sent, ctx.data, ctx.doc.published, places)
            when = at_place if at_place and ctx.doc.published and at_place < ctx.doc.published else None  # not a byline's
        if when:
            ctx.reference = ctx.same_date = when  # "В тот же день" in the section: its day
            ctx.last_date = ctx.night_date = ctx.named_night = None
            if not clock_colons(info.tokens):  # "18.01.2025 · 13:05": an update's time stamp, not a digest's day
                ctx.dated_sections += 1
        elif (place := _only_a_place(info)) is not None:
            ctx.last_date = None  # "Липецкая область." heading a digest's section: a new story, on the report's day
            ctx.city_place = None  # and "the city" in it is not the last section's
            # a line of its own ("Kherson region"), not a lead-in ("Тульская область. Губернатор ...")
            ctx.section_region = place.code if _heading_line(info) and not info.sent.bullet else None
        elif _heading_line(info):
            ctx.section_region = None  # "Russia", "Read also:": another section
            if _section_title(info) and ctx.reference != ctx.doc.published:  # "3. УДАРИ ПО ТЕРИТОРІЇ РФ": a new
                ctx.reference = ctx.same_date = ctx.doc.published  # section ends the dated items of the one before
                ctx.last_date = ctx.night_date = ctx.named_night = None


def _asserts_its_figures(info: SentenceInfo, ctx: DocContext) -> bool:
    """Not a fact-check's claim line, a yes/no question or a condition: its figures are claims."""
    return not (_checked_claim(info, ctx) or _yes_no_question(info) or _condition(info) or _doubting(info))


def _interim_row(info: SentenceInfo, ctx: DocContext) -> bool:
    """A list item under a lead that sets its figures aside ("Interim figures released during the
    operation (for the record only):", "Промежуточные данные (устарели)"): superseded, no claims."""
    if info.sent.first_in_line:
        if not info.counts and info.says("context", "interim_labels"):
            ctx.interim_items = True
            return False
        ctx.interim_items = ctx.interim_items and info.sent.bullet
    return ctx.interim_items


def _checked_claim(info: SentenceInfo, ctx: DocContext) -> bool:
    """"CLAIM: A video says that Russia fired 150 missiles ...": the line a fact-check sets out to
    check; its figures are someone else's, which the check goes on to weigh."""
    tokens = info.tokens
    if info.sent.first_in_line and len(tokens) > 2 and tokens[1].norm == ":" \
            and tokens[0].norm in word_set(ctx.data, "context", "checked_claim"):
        ctx.checked_line = info.sent.line
    return ctx.checked_line == info.sent.line


_OPENING_JOINS = frozenset({"а", "і", "и", "та", "але", "но", "and", "but"})


def _condition(info: SentenceInfo) -> bool:
    """"If Russia launches 500 drones a night, Ukraine spends ...": a sentence that opens on a condition
    supposes its figures."""
    words = [t for t in info.tokens[:4] if t.kind == "word"]
    if words and words[0].norm in _OPENING_JOINS:
        words = words[1:]  # "— А якщо прилетить не сто, а тисяча дронів?"
    # (but "Если по цифрам: двести шестьдесят один беспилотник": a way of saying, before a colon)
    hedges = word_set(info.data, "context", "conditional_hedges")  # "Если верить Минобороны, ...": a source
    return bool(words) and words[0].norm in word_set(info.data, "context", "conditional_openers") \
        and not any(t.norm == ":" for t in info.tokens[:6]) \
        and not any(t.norm in hedges or t.lemma in hedges for t in info.tokens[:8])


def _doubting(info: SentenceInfo) -> bool:
    """"73 drones shot down over Kyiv??", "176 launched and only 149 downed?!": a reader's figure
    asked back in disbelief, not asserted."""
    text = info.sent.text.rstrip(" )\u200d\ufe0f")
    return text.endswith(("??", "?!", "!?"))


def _yes_no_question(info: SentenceInfo) -> bool:
    """"Did Russia really fire 1,000 drones?", "Чи справді Росія випустила тисячу дронів": a question
    asks about its figures; it does not assert them ("How many were shot down?" has none)."""
    words = [t.norm for t in info.tokens[:4] if t.kind == "word"][:2]
    if not words:
        return False
    if any(w in word_set(info.data, "context", "question_words") for w in words):
        return True
    return words[0] in word_set(info.data, "context", "question_openers") and info.sent.text.rstrip().endswith("?")


def _section_title(info: SentenceInfo) -> bool:
    """"3. УДАРИ ПО ТЕРИТОРІЇ РФ": a numbered title in capitals."""
    words = [t for t in info.tokens if t.kind == "word"]
    return info.sent.bullet and len(words) >= 2 and all(t.text.isupper() for t in words)


def _summary_label(info: SentenceInfo) -> bool:
    """"Підсумки місяця.", "Итоги недели:", "The week in numbers": a short line that names a running
    total labels the figures of its paragraph."""
    return sum(t.kind == "word" for t in info.tokens) <= 5 and info.says("context", "summary_labels") or _month_heading(info)


def _month_heading(info: SentenceInfo) -> bool:
    """"KEY FIGURES FOR JULY 2024", "ЗА ЛИПЕНЬ": a heading that names a month and no day of it."""
    tokens = info.tokens  # a short line with no sentence's end (a _heading_line, or up to eight tokens)
    if not (info.sent.first_in_line and len(tokens) <= 8 and info.sent.text[-1:] not in ".!?"):
        return False
    months, weekdays = month_words(info.data), weekday_words(info.data)
    named = any(t.norm in months or t.lemma in months for t in tokens)
    days = any(t.kind == "num" and len(t.text) != 4 or t.norm in weekdays or t.lemma in weekdays for t in tokens)
    return named and not days  # a year is no day


def _toll_rose(info: SentenceInfo, ctx: DocContext) -> bool:
    """"Kyiv toll rises again.", "Кількість жертв зросла.": a toll that rose, its figures in the
    sentences after."""
    if info.counts or not info.cat("casualty"):
        return False
    return info.says("context", "toll_rose")


def _only_a_place(info: SentenceInfo) -> PlaceMatch | None:
    """The region or settlement a line is only the name of, if it is one."""
    words = [k for k, t in enumerate(info.tokens) if t.kind == "word"]
    return next((p for p in info.places if words and p.start == words[0] and p.end == words[-1] + 1
                 and p.kind in ("region", "city")), None)


def _heading_line(info: SentenceInfo) -> bool:
    """A short line with no sentence's end: a section's heading."""
    return info.sent.first_in_line and len(info.tokens) <= 6 and info.sent.text[-1:] not in ".!?"


def _find_home(infos: list[SentenceInfo], ctx: DocContext) -> None:
    """A governor's or a city's report speaks of its own region: the first place it names."""
    source = (ctx.doc.source or "").lower()
    # a header line naming a governor or an administration, or a channel named after its region
    # ("Vyacheslav Gladkov | Belgorod Region", "Чернігівська ОВА")
    head = [info for info in infos[:2] if info.sent.first_in_line and not info.sent.bullet
            and not info.sent.text.rstrip().endswith((".", ":", ","))]  # a title line, not a list or its lead
    posts = ("telegram", "official", "official_statement", "press_release")  # a body's own channel or statement
    local = source in LOCAL_SOURCES or ((source == "" or source in posts) and any(
        m.value[1] in LOCAL_CLAIMANTS for info in head for m in info.cat("claimant"))) or (
        source in posts and any(p.kind in ("region", "city") for info in head for p in info.places))
    # "Main Directorate in Zhytomyr Region", "Головне управління ДСНС у Полтавській області": a service's
    # regional branch, in its letterhead, reports on its own region
    local = local or any(info.sent.first_in_line and info.says("context", "regional_branch")
                         and any(p.kind == "region" for p in info.places) for info in infos[:3])
    for info in infos[:3]:
        for m in info.cat("claimant"):
            if m.start <= 1:  # "Минобороны России | Telegram", not a headline's "заявление Балицкого"
                ctx.claimant = ctx.claimant or m.value[1]
    if ctx.perspective is None:
        ctx.perspective = _opening_side(infos)
    if not local and ("local" in source or "regional" in source) and head and head[0].index == 0:
        # a local site's masthead ("Харьков онлайн · Новости Харькова и области", "ХАРЬКОВ.ТУТ — новости
        # Харькова") names its city
        news = word_set(ctx.data, "grammar", "news_words")
        tokens = head[0].tokens
        named = {p.code for p in head[0].places if p.kind in ("region", "city") and p.code}
        ctx.masthead = next((p.code for p in head[0].places if p.kind in ("region", "city") and (
            p.start <= 1 or any(t.norm in news for t in tokens[max(0, p.start - 2):p.start]))), None)
        if ctx.masthead is None and len(named) == 1 and "·" in head[0].sent.text:
            ctx.masthead = named.pop()  # "ВОЛГА-ИНФОРМ · Саратов · Энгельс · Балаково": a menu of one region's towns
    if not local:
        return
    for info in infos[:4]:
        for p in info.places:
            if p.kind in ("region", "city") and p.code:
                _set_home(ctx, p.code)
                if ctx.perspective is None and held_town(info.tokens, p, ctx.data.code):
                    ctx.perspective = "RU"  # "Иван Приходько | Глава Горловки": an occupied town's own officials
                return
        code = _administration_region(info, ctx)
        if code:
            _set_home(ctx, code)
            return


def _opening_side(infos: list[SentenceInfo]) -> str | None:
    """The side a text speaks from, by its opening sentences: one about Russian places ("Мэр Москвы:
    ...") speaks from the Russian side, by default; one that draws on a side's own bodies ("по данным
    Воздушных сил") speaks with that side."""
    ru = ua = 0
    for info in infos[:6]:
        for m in info.cat("claimant"):
            side = claimant_side(m.value[1])
            ru += side == "RU"
            ua += side == "UA"
        spans = _direction_spans(info)  # "из направлений: Курск, Брянск": where drones came from, not the text's side
        origins = _origin_places(info)
        for p in info.places:
            if p.kind in ("region", "city") and p.code and not _inside(p.start, spans) and p.start not in origins:
                if p.code.startswith("RU-"):
                    ru += 1
                elif p.code not in OCCUPIED_AS_RU_TARGET:  # Crimea and Sevastopol count for neither side
                    ua += 1
    if ru > ua:
        return "RU"
    return None


def _set_home(ctx: DocContext, code: str) -> None:
    ctx.home = code
    if russian_held(code) and ctx.perspective is None:  # Sevastopol's governor speaks from the Russian side
        ctx.perspective = "RU"


def _administration_region(info: SentenceInfo, ctx: DocContext) -> str | None:
    """"Миколаївська ОВА", "Харківська ОДА": a region adjective before an administration's abbreviation."""
    abbreviations = terms(ctx.data, "grammar", "administration_abbreviations")
    tokens = info.tokens
    for k in range(1, len(tokens)):
        if tokens[k].norm in abbreviations and tokens[k - 1].kind == "word":
            code = _adjective_region(tokens[k - 1], ctx)
            if code:
                return code
    return None


def _adjective_region(token: Token, ctx: DocContext) -> str | None:
    """The region an adjective names, read as "<adjective> область" ("Рязанский" is RU-RYA)."""
    return _adjective_region_of(token.text, ctx)


def _capitalised_region(word: str, ctx: DocContext) -> str | None:
    """As _adjective_region, for an adjective written in lower case ("ярославський НПЗ")."""
    return _adjective_region_of(word[:1].upper() + word[1:], ctx)


def _adjective_region_of(word: str, ctx: DocContext) -> str | None:
    return _region_of_adjective(word, ctx.data.code, ctx.data.lexicon["grammar"].get("region_noun", "область"))


@lru_cache(maxsize=10_000)
def _region_of_adjective(word: str, lang: str, region_noun: str) -> str | None:
    # asked for every capitalised word before a claimant: a gazetteer walk is worth keeping
    probe = tokenize(f"{word} {region_noun}", 0, lang)
    return next((p.code for p in gazetteer(lang).find(probe) if p.kind == "region" and p.code), None)


def _speaker_adjectives(info: SentenceInfo, ctx: DocContext) -> None:
    """"Рязанский губернатор": a region adjective before a claimant names the claimant's region,
    which "над регионом" may then refer to."""
    if ctx.data.code not in ("uk", "ru"):
        return
    claimants = {m.start for m in info.cat("claimant")}
    taken = {k for p in info.places for k in range(p.start, p.end)}
    for k in sorted(claimants):
        t = info.tokens[k - 1] if k > 0 else None
        if t is not None and k - 1 not in taken and t.kind == "word":
            code = _capitalised_region(t.text, ctx)  # "волгоградского губернатора" is written in lower case too
            if code:
                info.places = sorted([*info.places, PlaceMatch(k - 1, k, code, "region", t.text)], key=lambda p: p.start)


def _list_adjectives(info: SentenceInfo, ctx: DocContext) -> None:
    """"▫️ Рязанська – 23", "▫️ Татарстан і Башкортостан – по 4": a list of regions after
    "Брянська область – 31" drops the noun; a region adjective heading a list item names its region."""
    if ctx.data.code not in ("uk", "ru") or not info.counts or not (info.sent.bullet or _dash_row(info)):
        return
    taken = {k for p in info.places for k in range(p.start, p.end)}
    found = []
    words = [k for k, t in enumerate(info.tokens) if t.kind != "punct"]
    for k in range(words[0] if words else 0, len(info.tokens)):
        t = info.tokens[k]
        if t.norm in ("—", "–", "-", ":"):
            break  # the head ends at its dash: "Рязанська – 23"
        if t.norm in ("і", "й", "та", "и", ",") or k in taken:
            continue  # "Брянська область – 31": a place the gazetteer found
        if t.kind != "word" or not t.text[:1].isupper():
            return  # not a list of names: "У Донецьку ... Київського району"
        code = _adjective_region(t, ctx)
        if code:
            found.append(PlaceMatch(k, k + 1, code, "region", t.text))
    if found:
        info.places = sorted([*info.places, *found], key=lambda p: p.start)


def _dash_row(info: SentenceInfo) -> bool:
    """"Одеська — 31", "Харківська — 2 / 9": a table's line of a name, a dash and its figures."""
    tokens = info.tokens
    return info.sent.first_in_line and len(tokens) <= 8 and any(
        t.norm in ("—", "–") and k > 0 and tokens[k - 1].kind == "word" for k, t in enumerate(tokens[:3]))


def _site_adjectives(info: SentenceInfo, ctx: DocContext) -> None:
    """"ярославський НПЗ атакували 10 дронів", "саратовский нефтезавод": a region adjective before a
    kind of site says where the site is."""
    if ctx.data.code not in ("uk", "ru"):
        return
    sites = word_set(ctx.data, "context", "site_nouns")
    tokens = info.tokens
    taken = {k for p in info.places for k in range(p.start, p.end)}
    found = []
    for k in range(len(tokens) - 1):
        site = tokens[k + 1]
        if k not in taken and tokens[k].kind == "word" and (site.norm in sites or site.lemma in sites):
            code = _capitalised_region(tokens[k].text, ctx)
            if code:
                found.append(PlaceMatch(k, k + 1, code, "region", tokens[k].text))
    if found:
        info.places = sorted([*info.places, *found], key=lambda p: p.start)


def _village_item_at_home(info: SentenceInfo, ctx: DocContext) -> None:
    """"Pogar district / — Gremyach: three UAVs attacked ...": in a governor's post, a list item under a
    home district's heading names a village of the home region, though the gazetteer knows only a
    namesake across the border."""
    tokens = info.tokens
    if not (ctx.home and ctx.section_region == ctx.home and info.sent.bullet and info.places):
        return
    first = info.places[0]
    if first.kind == "city" and first.code and first.code[:2] != ctx.home[:2] and first.end < len(tokens) \
            and tokens[first.end].norm == ":" and all(t.kind == "punct" for t in tokens[:first.start]):
        info.places = [first.recoded(ctx.home)] + info.places[1:]


def _district_of_the_city(info: SentenceInfo, ctx: DocContext) -> None:
    """"the Krasnoarmeysky district of the city", "у Заводському районі міста": a district named by the
    city it is in, the one the text named before, whatever other place shares the district's name."""
    if ctx.city_place is None:
        return
    tokens = info.tokens
    districts = terms(ctx.data, "grammar", "district_words")
    cities = terms(ctx.data, "grammar", "city_words")
    for n, p in enumerate(info.places):
        if p.kind == "region" or not any(t.norm in districts or t.lemma in districts for t in tokens[p.start:p.end]):
            continue
        if tokens[p.end - 1].norm not in districts and tokens[p.end - 1].lemma not in districts:
            continue  # "the Dniprovskyi district of Kherson city": the match names its city already
        k = p.end
        while k < len(tokens) and k < p.end + 2 and tokens[k].norm in ("of", "the"):
            k += 1
        if k < len(tokens) and (tokens[k].norm in cities or tokens[k].lemma in cities):
            info.places[n] = PlaceMatch(p.start, p.end, ctx.city_place[0], p.kind, p.name)  # a new match: the gazetteer's may be shared


def _officials_seats(info: SentenceInfo) -> set[int]:
    """"officials in Kyiv are again asking ...", "Что говорят в Киеве": where the officials sit or speak, not
    a place struck, which "the city" in the next sentence does not mean."""
    tokens = info.tokens
    officials = terms(info.data, "grammar", "official_nouns")
    if not info.places:
        return set()
    located = {m.end: m.start for m in info.cat("location")}  # "in", "у", "в" before the place
    return {p.start for p in info.places if (p.start in located and located[p.start] > 0
            and tokens[located[p.start] - 1].norm in officials) or said_in(info, p)}


def _heading_spans(info: SentenceInfo, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The direction spans that say where the weapons flew ("towards Odesa and Sumy", "у напрямку Одеси")."""
    heading = terms(info.data, "grammar", "heading_words")
    starts = {m.start for m in info.cat("direction") if " ".join(t.norm for t in info.tokens[m.start:m.end]) in heading}
    return [(a, b) for a, b in spans if a in starts]


def _remember_sites(info: SentenceInfo, ctx: DocContext, codes: list[str]) -> None:
    """"a furniture market in Kharkiv", "удар по гіпермаркету в Харкові": where a named kind of site is,
    for "dropped two bombs on the market" later on."""
    if len(set(codes)) != 1:
        return
    sites = word_set(ctx.data, "context", "site_nouns")
    for t in info.tokens:
        if t.norm in sites or t.lemma in sites:
            ctx.sites[t.lemma] = codes[0]


def _remember_night(ctx: DocContext, night: date | None) -> None:
    if night and ctx.reference and night < ctx.reference \
            and not any(day and night < day for day in (ctx.night_date, ctx.story_date)):
        # "в ніч проти неділі" in a Monday piece: its "за ніч" is that night; but a night before the
        # story's ("The previous record was set on the night of 26 November") is a look back
        ctx.night_date = night
    elif night and night == ctx.reference and ctx.night_date:
        ctx.night_date = None  # "Overnight into Monday" in a Monday piece: back to the report's own night


def _remember(info: SentenceInfo, ctx: DocContext, new_claims: list[ClaimBase]) -> None:
    if _caption(info):  # "[Photo: rescuers in Kremenchuk, Thursday, Aug. 22]": the picture's day, not the story's;
        _remember_sites(info, ctx, [p.code for p in info.places if p.kind in ("region", "city") and p.code])
        return  # but "Smoke over the Sevmorzavod shipyard in Sevastopol" places the shipyard
    reporting = terms(ctx.data, "grammar", "reporting")
    last_before = ctx.last_date
    dated = [d for d in info.dates if not d.bound and d.date and not _after_reporting(info, d, reporting)
             and not _dateline_date(info, d)]
    named = [d for d in dated if d.kind in ("explicit", "weekday", "yesterday")]
    nights = [d for d in named if _names_a_night(info, d)]
    if nights and not info.cat("superseded"):
        ctx.named_night = nights[-1].date  # for "тієї ж ночі" after a day's mention ("вдень у п'ятницю, 20 вересня")
        night = nights[-1]  # "The largest strike this winter came on the night of 8 to 9 January": a look back
        if not any(0 < night.start - m.start <= 12 and all(t.kind != "punct" for t in info.tokens[m.end:night.start])
                   for m in info.cat("superlative")):
            _remember_night(ctx, night.date)  # "число погибших ... в ночь на воскресенье выросло до 29": that night
    if named and not info.cat("rising") and not info.cat("superseded"):
        # "by Monday the toll had risen", "on Wednesday 12 dead had been reported": no night "that night" could mean
        ctx.mentioned_date = ctx.same_date = named[-1].date  # for "that night", "the same night"
        first = named[0].date
        if first and ctx.reference and first < ctx.reference and _heads_its_line(info, named[0]):
            ctx.night_date = first  # "THURSDAY 16 OCT — ... Overnight, Russia launched": a digest's day, and its night
    that_night = [d for d in dated if d.kind == "same" and _names_a_night(info, d)]
    if that_night and ctx.reference and that_night[-1].date and that_night[-1].date < ctx.reference:
        ctx.night_date = that_night[-1].date  # "That night, ... Russia launched ...; ... destroyed before dawn": that night
    figures = [c for c in new_claims if isinstance(c, (AirAttack, Casualties))]  # statements etc. do not move it
    if ctx.entry_label and ctx.entry_label not in ctx.label_regions:
        region = next((c.region for c in figures if c.region), None)
        if region:
            ctx.label_regions[ctx.entry_label] = region  # the place a live feed's label stands for, first given
    ctx.toll_region = next((c.region for c in reversed(figures) if isinstance(c, Casualties) and c.region), ctx.toll_region)
    claim_days = [c.date for c in figures if c.date]
    if figures:
        ctx.figures_paragraph = info.sent.paragraph
    if dated and any(d.kind == "earlier" for d in dated) and len({d.date for d in dated}) == 1:
        pass  # "The day before (10 December), a glide bomb hit ...": a look back, the story stays on its day
    elif dated and claim_days:
        ctx.last_date = ctx.same_date = claim_days[-1]  # the day its figures were given, not one it mentions in passing
    elif dated and figures:
        ctx.last_date = dated[-1].date
    elif (attack_days := [c.date for c in figures if isinstance(c, AirAttack) and c.date]) and \
            attack_days[-1] in {d.date for d in info.dates if _after_reporting(info, d, reporting)}:
        # "Russia attacked Ukraine with 27 drones, the air force said on Friday morning": dated by when it was told
        # (a toll so told is the attack's, which the tolls' own pass sets)
        ctx.last_date = ctx.same_date = attack_days[-1]
    elif claim_days and info.cat("rising") and claim_days[-1] != ctx.reference:
        ctx.last_date = claim_days[-1]  # "Кількість загиблих зросла до чотирьох." in a later update: the attack's day goes on
    elif dated and _tally_leads(info, dated[0]) and len({d.date for d in dated}) == 1:
        # "Over the past day, Russian troops struck ... 412 times.": what follows is of the tally's day; the
        # report's own day is the one an undated figure takes anyway, and a story not yet on a day is left so
        ctx.last_date = dated[0].date if dated[0].date != ctx.reference else None
    elif len(dated) == 1 and dated[0].kind == "this_night" and info.weapons and info.cat("metric") \
            and not info.cat("superseded"):
        ctx.last_date = dated[0].date  # "Також цієї ночі росіяни атакували Харків ударними дронами.": what follows is of it
    elif named and not info.cat("superseded") and len({d.date for d in dated}) == 1 and (
            info.weapons or info.cat("metric") or info.names_an_attack() or _dated_toll(info)):
        # "late on Monday (Aug 18)" sets the story's day; a passing "overnight" ("died in
        # hospital overnight") or an intro with two days ("overnight and on Monday") does not,
        # nor the day of a figure that was no claim ("On Monday, officials had reported 34 dead")
        ctx.last_date = named[0].date
        if _opens_on_a_past_attack(info, ctx, named[0].date):
            ctx.night_date = named[0].date  # "Two days on: on Monday Russia struck ... Overnight, it launched 230": that night
    elif named and not info.cat("superseded") and len({d.date for d in dated}) == 1 and info.sent.first_in_line \
            and not any(c.form != "singular" for c in info.counts) \
            and (nights or any(d.kind == "this_night" for d in dated)):
        ctx.last_date = named[0].date  # "The last night of summer brought yet another alert ... on Sunday.": its paragraph's night
    elif named and all(c.form == "singular" for c in info.counts) and len(info.tokens) <= 12 \
            and any(_names_a_night(info, d) for d in named):
        # "Take the night of June 14 into June 15.", "A night like 8 November shows ...": the figures that follow are its
        ctx.last_date = named[-1].date
    if not figures and ctx.last_date != last_before:
        ctx.dated_lead = info.index  # "ЖЕРТВИ ЗА ОБЛАСТЯМИ (15 жовтня)": the day of the items below it
    title = info.sent.start < ctx.headline_end or (info.sent.first_in_line and info.sent.text.rstrip()[-1:] not in ".!?")
    if not ctx.story_fixed and not figures and title and len(dated) == 1 \
            and dated[0].kind == "explicit" and _dated_attack(info, dated[0]):
        # "Morozovsk air base after the 6 April strike: what the satellite images show": the headline's
        # attack is the story's, and its day the day of the figures that give none of their own
        ctx.last_date = ctx.story_date = dated[0].date
        ctx.story_fixed = True
    if not ctx.story_fixed and figures and info.sent.start >= ctx.headline_end:
        # the body's first figures set the story's day; under a time stamp of an earlier day, that day
        stamped = ctx.reference if ctx.reference != ctx.doc.published else None
        ctx.story_date, ctx.story_fixed = ctx.last_date or stamped, True
    if info.cat("claimant"):
        ctx.recent_claimant = info.cat("claimant")[-1].value[1]
    said = _sentence_direction(info, ctx) if info.cat("side") else None
    side = quoted_side(info) if said is None and _heading_line(info) and not info.counts else None
    if side:  # "РОССИЯ (по данным МО РФ)": a section of what that side's body counted over its ground
        said = ("UA" if side == "RU" else "RU", side)
    if said:
        ctx.paragraph_direction = (info.sent.paragraph, said)
        if _heading_line(info) and not info.counts:
            ctx.heading_direction = ctx.paragraph_direction
    _remember_strike(info, ctx)
    if info.cat("metric") and speaks_of_running_total(info) and any(
            0 <= w.start - c.end <= 3 and c.end < len(info.tokens) and info.tokens[c.end].norm != "%"
            for c in info.counts for w in info.weapons):
        ctx.previous_metric = (info.index, info.cat("metric")[-1].value[1])  # the week's figure, which a night's is part of
    origins = _origin_places(info) | _officials_seats(info)
    if ctx.paragraph_regions[0] != info.sent.paragraph:
        ctx.paragraph_regions = (info.sent.paragraph, set())
    spans = _direction_spans(info)
    flown = _heading_spans(info, spans)
    for p in info.places:  # "launched from the territory of Kursk region": not a place "the region" means later
        if p.kind in ("region", "city") and p.code and p.start not in origins:
            ctx.regions_seen.add(p.code)
            ctx.paragraph_regions[1].add(p.code)
            if _inside(p.start, flown):
                continue  # "most of them towards Odesa and Sumy": where they flew, not the city the text goes on about
            ctx.region_place = (p.code, p.kind)
            if p.kind == "city":
                ctx.city_place = (p.code, p.kind)
    codes = [p.code for p in info.places if p.kind in ("region", "city") and p.code and not _inside(p.start, spans)
             and p.start not in origins]
    codes += [c.region for c in new_claims if isinstance(c, AirAttack) and c.region]  # "по городу" referred back
    previous = ctx.previous_places
    # "... атаковали Самарскую область. Основной целью стал Новокуйбышевский НПЗ": the site is in the place just named
    _remember_sites(info, ctx, codes or (previous[1] if previous and previous[0] == info.sent.paragraph and not info.places else []))
    if codes or not ctx.previous_places or ctx.previous_places[0] != info.sent.paragraph or info.places:
        ctx.previous_places = (info.sent.paragraph, codes)  # a sentence with no place leaves its paragraph's
        ctx.places_from_item = info.sent.bullet and info.sent.first_in_line
        regions = [p for p in info.places if p.kind in ("region", "city") and p.code in codes]
        ctx.places_listed = len(set(codes)) > 1 and any(
            a.code != b.code and listed_together(info.tokens, a, b) and not _city_and_its_region(a, b)
            for a, b in zip(regions, regions[1:]))
    elif figures and all(c.region is None for c in figures):
        # "Повітряні сили: ... атакував 430 засобами": a figure the sentence before did not place
        # either; what follows it speaks of the same whole, not of the place two sentences back
        ctx.previous_places = (info.sent.paragraph, [])
    if _national_scope(info):
        ctx.previous_places = ()
        ctx.national_paragraph = info.sent.paragraph
    elif _national_speaker_label(info):
        ctx.national_paragraph = info.sent.paragraph  # "🇺🇦 Повітряні сили: ..." speaks for the country to its item's end
    elif codes:
        ctx.national_paragraph = None
    if ctx.home and not ctx.heading_home and info.places:
        spans, origins = _direction_spans(info), _origin_places(info)
        ctx.heading_home = any(p.code == ctx.home and _inside(p.start, spans) and p.start not in origins
                               for p in info.places)  # "беспилотников, летевших на Москву" in the mayor's post
    if info.weapons:
        w = info.weapons[-1]
        ctx.last_weapon = Antecedent(w.cls, w.wtype, None, None, None, None, None, None, info.index, position=w.start)
    text = info.sent.text.rstrip()
    air = [c for c in new_claims if isinstance(c, AirAttack)]
    launched = [c for c in air if c.metric == "launched" and c.region is None]
    if launched:
        if launched[-1].date != ctx.launched_day:
            ctx.launched_counts, ctx.launched_day = {}, launched[-1].date  # another attack
        untyped = {c.weapon for c in launched if not c.weapon_type}
        for c in launched:
            if c.weapon_type:
                ctx.launched_counts[c.weapon_type] = c.count  # "including all the Kalibrs": as many as were launched
            if not c.weapon_type or c.weapon not in untyped:
                ctx.launched_counts[c.weapon] = c.count  # a class's total, else its last type's figure
    label = next((m for c in info.counts if (m := labelled_total(info, c))), None)
    if label is not None:
        ctx.lead_metric, ctx.lead_sentence = label, info.index  # "Shot down or suppressed: 603" heads its list
    elif text.endswith(":") and air:
        ctx.lead_metric, ctx.lead_sentence = air[-1].metric, info.index
    elif text.endswith(":") or _metric_heading(info):
        nouns = word_set(ctx.data, "grammar", "attack_nouns")  # "Наслідки атаки:", "After the attack:" lead no figures
        metric = [m for m in info.cat("metric") if info.tokens[m.start].lemma not in nouns]
        ante = ctx.antecedent
        if metric:
            ctx.lead_metric = metric[-1].value[1]
        elif ante is not None and ante.sentence == info.index - 1 and not info.counts and not any(
                t.lemma in nouns or t.norm in nouns for t in info.tokens):
            ctx.lead_metric = ante.metric  # "... знищено 127 дронів. За версією відомства:": the list breaks that figure down
        ctx.lead_sentence = info.index
    elif not (info.sent.bullet or _is_list_item(info) or _weapon_row(info)):
        ctx.lead_metric = None


def _dated_attack(info: SentenceInfo, d) -> bool:
    """"the 6 April strike", "the strike of 6 April", "удару 6 квітня": an attack noun beside its date."""
    nouns = word_set(info.data, "grammar", "attack_nouns")
    near = info.tokens[max(0, d.start - 2):d.start] + info.tokens[d.end:d.end + 1]
    return any(t.norm in nouns or t.lemma in nouns for t in near)


def _dated_toll(info: SentenceInfo) -> bool:
    """A casualty's day that is the story's: not one person's death told with no figure ("he died on
    Thursday evening, the last of the wounded who did not survive"), which came after the attack."""
    figures = any(c.form != "singular" for c in info.counts)
    return bool(info.cat("casualty")) and (figures or not info.says("casualties", "died_later"))


def _remember_strike(info: SentenceInfo, ctx: DocContext) -> None:
    """"удару по центру Сум", "the strike on Sumy": where the strike the text tells of fell, for a later "The strike"."""
    if not info.places:
        return
    tokens = info.tokens
    strikes, targets = word_set(ctx.data, "grammar", "strike_nouns"), word_set(ctx.data, "grammar", "target_prepositions")
    for k, t in enumerate(tokens[:-1]):
        if t.lemma in strikes:  # "удара России по центру Сум": the striker may stand between
            at = next((j for j in range(k + 1, min(k + 3, len(tokens))) if tokens[j].norm in targets), None)
            place = None if at is None else next(
                (p for p in info.places if at < p.start <= at + 3 and p.kind in ("region", "city") and p.code), None)
            if place is not None:
                ctx.strike_place = place.code


def _metric_heading(info: SentenceInfo) -> bool:
    """"UAVs SHOT DOWN BY REGION": a short heading line with an attack verb and no figure leads the rows below it."""
    return (info.sent.first_in_line and not info.counts and bool(info.cat("metric")) and len(info.tokens) <= 10
            and info.tokens[-1].norm not in (".", "!", "?", ":", ";"))


def _tally_leads(info: SentenceInfo, d) -> bool:
    """"Over the past day, Russian troops struck ...": a day's tally set before the sentence's
    clause, for all of it and for the figures after it."""
    tokens = info.tokens
    after_label = d.start > 0 and tokens[d.start - 1].norm == ":"  # "Генштаб ЗСУ: минулої доби ..."
    verb = d.start - 3 if d.start > 2 and tokens[d.start - 2].norm == "," else d.start - 2  # "повідомляє, що ..."
    reported = verb >= 0 and tokens[d.start - 1].norm in _THAT and (  # "reports that over the past day the enemy ..."
        tokens[verb].norm in terms(info.data, "grammar", "reporting") or tokens[verb].lemma in terms(info.data, "grammar", "reporting"))
    if not (after_label or reported or all(t.kind == "punct" for t in tokens[:d.start])):
        return False
    if not (after_label or reported) and (d.end >= len(tokens) or tokens[d.end].norm != ","):
        return False
    return " ".join(t.norm for t in tokens[d.start:d.end]) in terms(info.data, "context", "past_day")


_THAT = frozenset({"that", "що", "что"})


def _heads_its_line(info: SentenceInfo, d) -> bool:
    """"THURSDAY 16 OCT —", "June 6:": a date, perhaps after its weekday, that opens a line
    before a dash or a colon names the day the line tells of."""
    tokens = info.tokens
    return info.sent.first_in_line and d.start <= 2 and d.end < len(tokens) and tokens[d.end].norm in (":", "—", "–")


def _opens_on_a_past_attack(info: SentenceInfo, ctx: DocContext, day: date | None) -> bool:
    """A piece written two days or more after the attack it opens on, before any figure: its
    "overnight" is that attack's night, not the one before the report. A week or more back ("One year
    ago today, on 29 December 2023, ...") is a look back, and the piece's "overnight" is its own night."""
    return (day is not None and ctx.reference is not None and not ctx.story_fixed and ctx.night_date is None
            and 2 <= (ctx.reference - day).days < 7 and info.sent.start >= ctx.headline_end and info.names_an_attack())


def _dateline_date(info: SentenceInfo, d) -> bool:
    """"DONETSK, Sept 17 (Wire) -", "KYIV, July 9 —": the day the story was filed, not the day it tells of."""
    tokens = info.tokens
    return info.index <= 6 and 0 < d.start <= 4 and tokens[d.start - 1].norm == "," and d.end < len(tokens) \
        and tokens[d.end].norm in ("(", "—", "–", "-")


def _names_a_night(info: SentenceInfo, d) -> bool:
    """"в ніч проти неділі", "on the night of 3 March", "Sunday night", "overnight into Sunday"."""
    night_words = info.data.dates.get("night_words", [])
    tokens = info.tokens
    if d.end < len(tokens) and d.end - 1 > d.start and tokens[d.end - 1].norm in night_words:
        return True  # "Sunday night"
    start = d.start
    weekdays = weekday_words(info.data)
    if start >= 2 and tokens[start - 1].norm == "," and (tokens[start - 2].norm in weekdays or tokens[start - 2].lemma in weekdays):
        start -= 2  # "ночь на понедельник, 11 декабря", "the night into Monday, Dec. 11": the day beside its weekday
    if start >= 2 and tokens[start - 1].norm == "of" and tokens[start - 2].norm in ("that", "those"):
        start -= 2  # "Nights like that of May 12 to 13": the night word stands before "that"
    for k in range(start - 1, max(-1, start - 4), -1):
        if tokens[k].norm in night_words or tokens[k].lemma in night_words:
            return True
        if tokens[k].norm in LIST_JOINS:
            return False  # "overnight and on Monday": two spans of time
    return False


def _national_scope(info: SentenceInfo) -> bool:
    """A country named as the scope ("at Ukraine", "across Russia"), not as an actor or owner."""
    from skyledger.extract.air import _actor_places, _speaker_places

    if info.cat("country_ref"):
        return True  # "across the country", "на севере, юге и востоке страны"
    countries = [p for p in info.places if p.kind == "country"]
    if not countries:
        return False
    actors = _actor_places(info) | _speaker_places(info)
    tokens = info.tokens
    for p in countries:
        if p.start in actors:
            continue
        if p.end < len(tokens) and tokens[p.end].norm in ("'s", "said", "says"):
            continue
        if p.start > 1 and tokens[p.start - 1].norm == "," and (
                tokens[p.start - 2].text.isupper() or any(q.end == p.start - 1 for q in info.places)):
            continue  # "ZAPORIZHZHIA, Ukraine (AP)", "in Sumy, Ukraine": the town's address
        if p.start > 0 and tokens[p.start - 1].kind == "word" and tokens[p.start - 1].text.isupper():
            continue  # "ч. 2 ст. 438 КК України", "МЗС України": a body's or a code's owner
        return True
    return False


def _finish(found: list[tuple[ClaimBase, str | None]], headline_end: int = 0,
            infos: Sequence[SentenceInfo] = (), live: bool = False) -> list[ClaimBase]:
    """Drop what the rest of the document already says better.

    Tags from the components: "individual" (a person described one by one), "single" (one
    weapon described on its own), "companion" (the launched figure "all 14 were shot down"
    implies)."""
    found = _take_back(found, infos)
    where = _Where(infos)
    totals = [c for c, tag in found if isinstance(c, Casualties) and tag != "individual"]
    tallies = {id(t) for t in totals if _day_tally(t, where)}
    tolls = [c for c, tag in found if tag == "toll"]
    toll_ids = {id(t) for t in tolls}
    launched = [c for c, tag in found if isinstance(c, AirAttack) and c.metric == "launched" and tag != "companion"]
    regional_totals = [c for c in launched if c.count > 1 and c.region]
    repeats = _headline_repeats(found, headline_end, infos, where)
    tallies_so_far = [c for c, _ in found if live and isinstance(c, AirAttack) and where.gives_total(c)]
    newest_first = live and _newest_first(infos)
    air = [c for c, _ in found if isinstance(c, AirAttack)]
    revisions = [c for c in air if where.revised(c)] if any(where.preliminary(c) for c in air) else []
    typed = {_key(c, with_type=False) for c, _ in found
             if isinstance(c, AirAttack) and c.weapon_type and id(c) not in repeats}
    kept: list[ClaimBase] = []
    seen: dict[tuple, list[ClaimBase]] = {}
    rows: set[tuple] = set()
    told = {_key(c) for c, tag in found if tag != "headline"} if any(tag == "headline" for _, tag in found) else set()
    for claim, tag in found:
        if tag == "headline" and _key(claim) in told:
            continue  # "Drone hits house in Kyiv Oblast" over "A drone struck a private house in the Brovary district"
        if isinstance(claim, AirAttack) and not claim.weapon_type and _key(claim, with_type=False) in typed:
            continue  # "nine cruise missiles" and "all nine Kh-101 missiles": one figure, the typed one
        if tag == "individual" and any((_covers(t, claim, id(t) in tallies) or (id(t) in toll_ids and _died_since(t, claim)))  # type: ignore[arg-type]
                                       and where.same_incident(t, claim)
                                       and not _named_before_in_sentence(claim, t) and not where.told_apart(t, claim)
                                       for t in totals if id(t) not in repeats):
            continue  # a person described one by one inside a stated total (not the headline's, which gives way)
        if tag == "single" and any(_covers_weapon(t, claim) and where.same_target(t, claim)  # type: ignore[arg-type]
                                   and not where.told_apart(t, claim) for t in regional_totals):
            continue  # "a drone attacked a minibus" inside "the enemy launched 88 drones" at that place
        if isinstance(claim, Casualties) and any(_replaced_by(t, claim) and not _part_after(t, claim, where)  # type: ignore[arg-type]
                                                 and not where.told_apart(t, claim) and where.same_incident(t, claim)
                                                 and (not live or where.told_later(t, claim, newest_first))
                                                 for t in tolls):
            continue  # "One person killed" at 08:05, "the death toll has risen to two" at 13:05 (or "to 12" after "to 5")
        if live and isinstance(claim, Casualties) and tag != "individual" and any(
                _replaced_by(t, claim) and where.same_incident(t, claim) and where.told_later(t, claim, newest_first)  # type: ignore[arg-type]
                for t in totals if id(t) not in tallies):  # a day's summary adds up its incidents, it does not revise them
            continue  # a live feed's entries each give the toll so far: "2 загиблих" at 13:58, "загиблих – 5" at 18:20
        if revisions and isinstance(claim, AirAttack) and where.preliminary(claim) and any(
                _revises(u, claim) for u in revisions):  # type: ignore[arg-type]
            continue  # "Предварительно сбито 7 воздушных целей" ... "Обновлённые данные: уничтожены 11 беспилотников"
        if live and isinstance(claim, AirAttack) and any(_tallied_later(t, claim, where) for t in tallies_so_far):
            continue  # "Sobyanin: two more drones destroyed" at 01:15, "In total, 13 UAVs ... since midnight" at 03:30
        if tag == "companion" and any(_launched_before(t, claim) for t in launched):  # type: ignore[arg-type]
            continue  # "Both missiles hit ...": the two were counted as launched already
        if id(claim) in repeats:
            continue
        key = _key(claim)
        if tag == "row":  # a table's rows are apart from each other, not from the text's own telling of a figure
            if key in seen:
                continue
            rows.add(key)
        elif key in rows:
            continue
        if tag in ("single", "row"):
            key = key + (claim.evidence.sentence_start,)  # type: ignore[union-attr]  # "a drone attacked a car", "a drone dropped ...": two drones
        if key in seen and (tag != "individual" or any(where.same_incident(c, claim) for c in seen[key])):
            continue  # a man injured in one village and a teenager in another are two figures of 1
        seen.setdefault(key, []).append(claim)
        kept.append(claim)
    return kept


def _headline_repeats(found: list[tuple[ClaimBase, str | None]], headline_end: int, infos: Sequence[SentenceInfo],
                      where: _Where) -> set[int]:
    """The claims (by id) that a headline and its body both give, to be read once, from the body
    where it says more; and a headline figure the body tells as a running total."""
    body = [c for c, _ in found if c.evidence and c.evidence.start >= headline_end]
    heads = [c for c, _ in found if c.evidence and c.evidence.start < headline_end]
    # a headline that repeats a figure the body gives with more detail
    repeats = {id(c) for c in heads if any(_same_figure(c, b) for b in body)}
    # "Березень у цифрах: понад 4 100 дронів" above "у березні Росія випустила понад 4 100 дронів": the body's
    # running total, not one attack's figure
    if heads:
        running = {c.value for info in infos if info.sent.start >= headline_end and info.counts
                   and speaks_of_running_total(info) for c in info.counts if c.value is not None and c.value > 1}
        repeats |= {id(c) for c in heads if getattr(c, "count", None) in running}
    # "Death toll from missile strike on central Ukrainian city rises to 9" above "... on Kremenchuk rose to
    # nine": one figure, the placed one
    repeats |= {id(c) for c in heads if getattr(c, "region", "") is None
                and any(getattr(b, "region", None) and _same_figure(c, b, ignore={"region"}) for b in body)}
    # "Explosions in Sevastopol and Saky: one dead" above "a man was killed in Sevastopol": one figure, placed
    # by the body in one of the towns the headline names
    placed_heads = [c for c in heads if getattr(c, "region", None)]
    repeats |= {id(h) for h in placed_heads
                if any(getattr(b, "region", None) not in (None, getattr(h, "region"))
                       and _same_figure(h, b, ignore={"region"}) and getattr(b, "region") in where.named_before(h) for b in body)}
    # "All 14 drones downed over Sevastopol" above "... all 14 were shot down over the sea": one figure, the placed
    # one; but not "... 27 bombs on the Kharkiv and Sumy regions" below "27 glide bombs: Bilopillia school hit"
    repeats |= {id(b) for b in body if getattr(b, "region", "") is None and len(_regions_named(b, where)) <= 1
                and any(_same_figure(h, b, ignore={"region"}) and getattr(h, "region", None) in where.named_before(b) for h in placed_heads)}
    spread = [(b, _regions_named(b, where)) for b in body if getattr(b, "region", "") is None]
    repeats |= {id(h) for h in placed_heads if any(
        len(named) > 1 and getattr(h, "region") in named and _same_figure(h, b, ignore={"region"}) for b, named in spread)}
    return repeats


def _regions_named(claim: ClaimBase, where: _Where) -> set[str]:
    """The regions of the regions and towns a claim's sentence names."""
    info = _sentence_of(claim, where.by_start)
    return {p.code for p in info.places if p.kind in ("region", "city") and p.code} if info is not None else set()


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})\b")
# a line that opens with a time, after a date or a marker ("🔴 14:20", "25.11.2024 · 13:58")
_TIMESTAMP = re.compile(r"^(?:[^\w\s]{1,3}\s*)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s*(?:·\s*)?)?\d{1,2}:\d{2}\b")


_LABEL = re.compile(r"^(?:\d{1,2}[:.]\d{2}\s+)?([^\W\d][\w'’ -]{0,40}?):\s")


def _entry_label(info: SentenceInfo) -> str | None:
    """"17:30 Hypermarket: the death toll has risen to six": the label a live feed's entry opens with."""
    if not info.sent.first_in_line:
        return None
    m = _LABEL.match(info.sent.text)
    return m.group(1).strip().lower() if m and len(m.group(1).split()) <= 3 else None


def _newest_first(infos: Sequence[SentenceInfo]) -> bool:
    """Does a live feed put its latest entry on top ("нові повідомлення – вгорі")? Its times mostly fall."""
    times = [int(m.group(1)) * 60 + int(m.group(2)) for info in infos if info.sent.first_in_line
             and _TIMESTAMP.match(info.sent.text) and (m := _CLOCK.search(info.sent.text[:30]))]
    steps = [b - a for a, b in zip(times, times[1:]) if a != b]
    return sum(1 for d in steps if d < 0) > len(steps) / 2


def _live_feed(infos: Sequence[SentenceInfo]) -> bool:
    """A live blog or a channel's posts: three or more lines that open with a time ("16:45",
    "25.11.2024 · 13:58 · 👁 167 тис.")."""
    return sum(1 for info in infos if info.sent.first_in_line and _TIMESTAMP.match(info.sent.text)) >= 3


def _take_back(found: list[tuple[ClaimBase, str | None]], infos: Sequence[SentenceInfo]) -> list[tuple[ClaimBase, str | None]]:
    """"уничтожены не 12, а 14", "поранено не 5, а 7 людей": the figure given before with the count
    taken back gives way to the one that corrects it, which keeps its place if it names none."""
    old_at: dict[int, int | None] = {}  # character offset of a correcting count -> the figure it takes back
    for info in infos:
        for k, old in info.corrected.items():
            old_at[info.tokens[k].start] = old
    if not old_at:
        return found
    dropped: set[int] = set()
    out = []
    for claim, tag in found:
        old = old_at.get(claim.evidence.start) if claim.evidence else None
        if old is not None and isinstance(claim, (AirAttack, Casualties)):
            unplaced = claim.region is None
            for x, _ in found:
                if isinstance(x, (AirAttack, Casualties)) and x is not claim and x.count == old and _same_figure(
                        x, claim, ignore={"count", "region"} if unplaced else {"count"}):
                    dropped.add(id(x))
                    if unplaced:
                        claim = claim.model_copy(update={"region": x.region})
        out.append((claim, tag))
    return [(c, tag) for c, tag in out if id(c) not in dropped]


def _caption(info: SentenceInfo) -> bool:
    text = info.sent.text.lstrip()
    head = text.split(":", 1)[0].strip("[( ").lower() if ":" in text[:20] else ""
    return head in ("photo", "фото", "photograph", "image", "video", "відео", "видео")


def _headline_days(found: list[tuple[ClaimBase, str | None]], headline_end: int, infos: Sequence[SentenceInfo],
                   published: date | None, story: date | None) -> list[tuple[ClaimBase, str | None]]:
    """"Russia pounds Sumy border communities with glide bombs; three killed" over a story of the day
    before: a headline's figure with no day of its own is the story's, not the day it was written."""
    if not (headline_end and story and published and story < published):
        return found
    undated = {info.sent.start for info in infos if info.sent.end <= headline_end and not info.dates}
    return [(c.model_copy(update={"date": story}), tag)
            if isinstance(c, (AirAttack, Casualties)) and c.evidence and c.evidence.sentence_start in undated
            and c.date == published else (c, tag) for c, tag in found]


def _toll_days(found: list[tuple[ClaimBase, str | None]],
               infos: Sequence[SentenceInfo]) -> list[tuple[ClaimBase, str | None]]:
    """"The toll ... rose to nine on Saturday" before the text says the missiles struck on
    Wednesday: a running toll, and a figure of people that comes with no attack of its own
    ("Another 48 people were injured"), dated after the one attack the text gives for its
    region, takes that attack's day."""
    by_start = {info.sent.start: info for info in infos}
    out = []
    for claim, tag in found:
        if isinstance(claim, Casualties) and claim.region and claim.date and (
                tag == "toll" or _no_attack_of_its_own(claim, by_start)):
            days = {c.date for c, _ in found if isinstance(c, AirAttack) and c.region == claim.region
                    and c.date and c.date < claim.date and not _listed(c, by_start)} or _told_attack_days(claim, infos)
            # an attack on its day or after may be its own; so may one in its paragraph whose place was not said
            later = any(isinstance(c, AirAttack) and c.date and c.date >= claim.date and (
                c.region == claim.region or (c.region is None and _paragraph(c, by_start) == _paragraph(claim, by_start)))
                for c, _ in found)
            if len(days) == 1 and not later:
                claim = claim.model_copy(update={"date": days.pop()})
        out.append((claim, tag))
    return out


def _listed(claim: ClaimBase, by_start: dict) -> bool:
    """A figure from a list item ("→ Night of 20 July: 16 drones shot down over Sumy region" under
    "READ ALSO"): an incident, or a story, of its own, not the attack a toll elsewhere counts."""
    info = _sentence_of(claim, by_start)
    return info is not None and info.sent.bullet


def _told_attack_days(claim: Casualties, infos: Sequence[SentenceInfo]) -> set:
    """"Нагадаємо, у ніч на 13 січня Росія атакувала столицю ракетами": the days, given outright,
    of attacks on the claim's place told without a figure. One told with its own dead ("У ніч на 2 січня
    Росія атакувала Україну, тоді в Києві загинули двоє") is another attack, not the toll's."""
    return {d.date for info in infos if (info.weapons or info.cat("metric")) and not info.sent.bullet
            and not (info.counts and info.cat("casualty") and not info.cat("rising"))
            and any(p.code == claim.region for p in info.places)
            for d in info.dates if d.kind == "explicit" and not d.bound and d.date and d.date < claim.date}  # type: ignore[operator]


def _sentence_of(claim: ClaimBase, by_start: dict) -> SentenceInfo | None:
    """The sentence a claim was read from (by_start: sentence start offset -> its SentenceInfo)."""
    return by_start.get(claim.evidence.sentence_start) if claim.evidence else None


def _paragraph(claim: ClaimBase, by_start: dict) -> int | None:
    info = _sentence_of(claim, by_start)
    return info.sent.paragraph if info is not None else None


def _no_attack_of_its_own(claim: Casualties, by_start: dict) -> bool:
    """A sentence of people only: no weapon, no attack ("в результате обстрела") and no day of its own."""
    info = _sentence_of(claim, by_start)
    if info is None or info.weapons or info.cat("metric") or info.dates or info.sent.bullet:
        return False  # a list item of a daily report is an incident of its own
    attacks = terms(info.data, "grammar", "attack_nouns")
    return not any(t.norm in attacks or t.lemma in attacks for t in info.tokens)


def _replaced_by(toll: Casualties, other: Casualties) -> bool:
    return (toll.outcome == other.outcome and toll.date == other.date and toll.region == other.region
            and toll.population == other.population and toll.count > other.count)


def _part_after(toll: ClaimBase, other: ClaimBase, where: _Where) -> bool:
    """"Кількість поранених зросла до 23 ... Салтівський район: 15 поранених": a figure after the toll
    for a district or town of its own is a part of it, or another incident, not an earlier toll."""
    after = toll.evidence is not None and other.evidence is not None and other.evidence.start > toll.evidence.start
    return after and not where.same_incident(toll, other)


def _revises(update: AirAttack, first: AirAttack) -> bool:
    """Is the update a later figure of the same kind for the same attack (any weapons for "aerial targets")?"""
    if update.evidence is None or first.evidence is None or update.evidence.start <= first.evidence.start:
        return False
    return (update.metric, update.attacker, update.target, update.date, update.region) == \
        (first.metric, first.attacker, first.target, first.date, first.region) and first.weapon in (update.weapon, "any")


def _tallied_later(total: AirAttack, one: AirAttack, where: _Where) -> bool:
    """Is one of a live feed's figures inside a later entry's running total of the same weapons, over
    the same place (or none), told by the same side?"""
    if one is total or one.evidence is None or total.evidence is None or one.evidence.start >= total.evidence.start:
        return False
    same = (one.metric, one.weapon, one.weapon_type, one.attacker, one.target, one.date) == \
        (total.metric, total.weapon, total.weapon_type, total.attacker, total.target, total.date)
    told_by = total.claimant is None or total.claimant == one.claimant  # not the ministry's total over the governor's
    return same and told_by and one.count < total.count and where.earlier_entry(one, total) and (
        one.region is None or one.region == total.region or one.region in where.codes_of(total))


def _launched_before(total: AirAttack, companion: AirAttack) -> bool:
    return (total.weapon == companion.weapon and total.count == companion.count and total.date == companion.date
            and total.attacker == companion.attacker
            and (companion.weapon_type is None or total.weapon_type == companion.weapon_type))


def _covers_weapon(total: AirAttack, one: AirAttack) -> bool:
    other_type = bool(total.weapon_type and one.weapon_type and total.weapon_type != one.weapon_type)
    return total.weapon in (one.weapon, "any") and total.date == one.date and total.region == one.region \
        and total.attacker == one.attacker and not other_type  # two Iskanders do not count a Kalibr


def _same_figure(a: ClaimBase, b: ClaimBase, ignore: AbstractSet[str] = frozenset()) -> bool:
    if type(a) is not type(b):
        return False
    ignore = {"evidence", "claimant", "weapon_type", "population", "date", "qualifier"} | set(ignore)
    values_a, values_b = a.__dict__, b.__dict__  # a pydantic model keeps its fields there
    return all(values_a[name] == values_b[name] for name in _field_names(a) if name not in ignore)


def _header_line(info: SentenceInfo) -> bool:
    """A sentence without final punctuation: a headline, a channel's name, a menu."""
    return not info.sent.text.rstrip().endswith((".", "!", "?", ":", ";"))


def _headline_end(infos: list[SentenceInfo]) -> int:
    """Lines without final punctuation before the body are a headline, with the site's name,
    menus and bylines around it; the headline zone ends at the last of them that has a figure."""
    end = 0
    for info in infos[:6]:
        if not (info.sent.first_in_line and _header_line(info)):
            break  # the body's first sentence
        if info.counts:
            end = info.sent.end
    return end


class _Where:
    """Where in the text a claim was made: its sentence, paragraph and the places named there.

    A total covers the one-by-one claims of its own passage, not those of another incident.
    Another town named beside each sets them apart ("ударили по Харькову тремя «шахедами»",
    "в Чугуеве дрон попал в дом"). Casualties are counted per incident, so across paragraphs
    the towns and districts of each paragraph so far count too: "двое мужчин" in a paragraph
    on one village is no total for a woman in a paragraph on another, while a summary for the
    region ("In total, six were injured", before a list of communities) names none and covers all.
    A launched total is per attack and spans its districts ("attacked Odesa", "shot down over
    the city and the Odesa district"): only a town of its own sets a single drone apart."""

    def __init__(self, infos):
        self.infos = list(infos)
        self.by_start = {info.sent.start: info for info in self.infos}
        self._towns: dict[int, set[str]] = {}  # by sentence index: each total is compared with many claims
        self._passages: dict[int, set[str]] = {}
        self._passage_classes: dict[int, set[str]] = {}

    def _towns_of(self, info: SentenceInfo) -> set[str]:
        if info.index not in self._towns:
            self._towns[info.index] = _local_places(info, towns_only=True)
        return self._towns[info.index]

    def _pair(self, total: ClaimBase, one: ClaimBase):
        return _sentence_of(total, self.by_start), _sentence_of(one, self.by_start)

    def same_incident(self, total: ClaimBase, one: ClaimBase) -> bool:
        a, b = self._pair(total, one)
        if a is None or b is None:
            return True
        if _apart(self._towns_of(a), self._towns_of(b)):
            return False
        if a.sent.paragraph == b.sent.paragraph:
            return True
        # "... 11 Shahed-type UAVs ... injured has risen to 9" and, hours later, "dropped two KABs ... four
        # more people injured": another weapon, another incident
        return not _apart(self._passage_places(a), self._passage_places(b)) and \
            not _apart(self._passage_weapons(a), self._passage_weapons(b))

    def named_before(self, claim: ClaimBase) -> set[str]:
        """The regions of the places named in a claim's paragraph, up to its sentence."""
        info = _sentence_of(claim, self.by_start)
        if info is None:
            return set()
        return {p.code for other in self.infos[:info.index + 1] if other.sent.paragraph == info.sent.paragraph
                for p in other.places if p.code}

    def told_apart(self, total: ClaimBase, one: ClaimBase) -> bool:
        """"Кроме того, около 16:00 россияне ударили по селу ...": a paragraph opened as another
        incident, after the total's paragraph, is not inside it."""
        a, b = self._pair(total, one)
        if a is not None and b is not None and a.sent.bullet and b.sent.bullet and a.sent.line != b.sent.line \
                and a.cat("metric"):  # but "🔸 ударні БпЛА – понад 100 дронів;" lists the means of a day's tally
            return True  # "• Pogar district: 3 FPV drones attacked ..." and "• Kurkovichi: a drone attacked a truck"
        if a is None or b is None or a.sent.paragraph >= b.sent.paragraph:
            return False
        opening = next(info for info in self.infos if info.sent.paragraph == b.sent.paragraph)
        return any(m.start <= 1 for m in opening.cat("another_incident"))  # after a bullet, if any

    def gives_total(self, claim: ClaimBase) -> bool:
        """"In total, 13 UAVs flying towards Moscow have been repelled": a running total's words in its sentence."""
        return self._says(claim, "running_total")

    def told_later(self, toll: ClaimBase, other: ClaimBase, newest_first: bool) -> bool:
        """Was the toll told in a later entry than the other figure (or in the same one)? A feed with its
        latest entry on top runs backwards. A later entry's toll revises an earlier one's, not the reverse."""
        a, b = self._pair(toll, other)
        if a is None or b is None or a.sent.paragraph == b.sent.paragraph:
            return True
        return (a.sent.paragraph > b.sent.paragraph) != newest_first

    def earlier_entry(self, one: ClaimBase, later: ClaimBase) -> bool:
        """Was one told in a paragraph (a feed's entry) before the later one's? A breakdown in the same entry is not."""
        a, b = self._pair(one, later)
        return a is not None and b is not None and a.sent.paragraph < b.sent.paragraph

    def _says(self, claim: ClaimBase, category: str) -> bool:
        info = _sentence_of(claim, self.by_start)
        if info is None:
            return False
        return info.says("context", category)

    def preliminary(self, claim: ClaimBase) -> bool:
        """"По предварительной информации, сбито 7 целей": a figure its teller may revise."""
        return self._says(claim, "preliminary")

    def revised(self, claim: ClaimBase) -> bool:
        """"Обновлённые данные: уничтожены 11 беспилотников", "за уточненими даними": a revision."""
        return self._says(claim, "revised")

    def codes_of(self, claim: ClaimBase) -> set[str]:
        info = _sentence_of(claim, self.by_start)
        return {p.code for p in info.places if p.code} if info is not None else set()

    def same_target(self, total: ClaimBase, one: ClaimBase) -> bool:
        a, b = self._pair(total, one)
        return a is None or b is None or not _apart(self._towns_of(a), self._towns_of(b))

    def _passage(self, info: SentenceInfo) -> list[SentenceInfo]:
        """The sentence and those before it in its paragraph."""
        return [other for other in self.infos[:info.index + 1] if other.sent.paragraph == info.sent.paragraph]

    def _passage_weapons(self, info: SentenceInfo) -> set[str]:
        """The weapon classes named in the sentence and before it in its paragraph."""
        if info.index not in self._passage_classes:
            self._passage_classes[info.index] = {w.cls for other in self._passage(info) for w in other.weapons}
        return self._passage_classes[info.index]

    def _passage_places(self, info: SentenceInfo) -> set[str]:
        """The towns and districts named in the sentence and before it in its paragraph."""
        if info.index not in self._passages:
            out: set[str] = set()
            for other in self._passage(info):
                out |= _local_places(other)
            self._passages[info.index] = out
        return self._passages[info.index]


def _apart(places_a: set[str], places_b: set[str]) -> bool:
    return bool(places_a and places_b and not places_a & places_b)


def _local_places(info: SentenceInfo, towns_only: bool = False) -> set[str]:
    """Towns, villages and districts a sentence names, by lemma ("по Харькову", "Харьков" are one)."""
    district_words = terms(info.data, "grammar", "district_words")
    tokens = info.tokens
    out = set()
    for p in info.places:
        if p.kind != "city":
            continue
        span = tokens[p.start:min(p.end + 1, len(tokens))]  # "Шебекинский округ", "Bilhorod-Dnistrovskyi district"
        district = bool(({t.norm for t in span} | {t.lemma for t in span}) & district_words)
        if towns_only and district:
            continue
        if p.code in CITY_REGIONS and not district:
            out.add(p.code)  # "у Києві", "у столиці": one city, by whatever name
            continue
        # "the Ramenskoye district" and "Ramenskoye" are one place
        out.add(" ".join(t.lemma for t in tokens[p.start:p.end] if t.kind == "word" and t.lemma not in district_words))
    # "Село Замостье", "in the village of Bezymeno": a village the gazetteer lacks is a town too
    settlements = gazetteer(info.data.code).settlement_nouns
    for k, t in enumerate(tokens[:-1]):
        if (t.norm in settlements or t.lemma in settlements) and tokens[k + 1].text[:1].isupper() and not any(
                p.start == k + 1 for p in info.places):
            out.add(tokens[k + 1].lemma)
    return out


def _named_before_in_sentence(one: ClaimBase, total: ClaimBase) -> bool:
    """"A woman was injured in Shebekino ..., and two men were wounded in Graivoron": a total
    sums the people described before it in other sentences, not one its own sentence has just counted."""
    a, b = one.evidence, total.evidence
    return a is not None and b is not None and a.sentence_start == b.sentence_start and a.start < b.start


def _covers(total: Casualties, one: Casualties, day_tally: bool = False) -> bool:
    """Is one among the people a total counts? A day's tally ("за минулу добу двоє загинули") takes in
    yesterday evening's dead too, dated the day before the report's night."""
    same_day = total.date == one.date or (day_tally and total.date is not None and one.date is not None
                                          and (total.date - one.date).days == 1)
    return total.outcome == one.outcome and same_day and _region_fits(total, one)


def _died_since(toll: Casualties, one: Casualties) -> bool:
    """"Last night a woman in intensive care since the strike also died. ... the number killed by the
    3 March strike has risen to seven": a death after the attack's day, which its risen toll counts."""
    if toll.evidence is None or one.evidence is None or not 0 < toll.evidence.start - one.evidence.start < 300:
        return False  # the toll that counts it comes right after it
    return toll.outcome == one.outcome == "killed" and toll.date is not None and one.date is not None \
        and one.date > toll.date and _region_fits(toll, one)


def _region_fits(total: Casualties, one: Casualties) -> bool:
    """May one be among the people of total by place: the same region, or one of them unplaced?"""
    return total.region is None or one.region is None or total.region == one.region


def _day_tally(total: ClaimBase, where: _Where) -> bool:
    """Is the total a day's tally: "over the past day", "за минулу добу", "за сутки"?"""
    info = _sentence_of(total, where.by_start)
    return info is not None and bool(info.cat("past_day"))


_KEY_SKIP = frozenset({"evidence", "claimant", "population"})


def _key(claim: ClaimBase, with_type: bool = True) -> tuple:
    """What makes two claims the same claim (attribute values read directly: model_dump is slow)."""
    skip = _KEY_SKIP if with_type else _KEY_SKIP | {"weapon_type"}
    values = claim.__dict__  # a pydantic model keeps its fields there
    return tuple((name, _hashable(values[name])) for name in _field_names(claim) if name not in skip)


_FIELD_NAMES: dict[str, tuple[str, ...]] = {}


def _field_names(claim: ClaimBase) -> tuple[str, ...]:
    """A claim class's field names, read once: pydantic's lookup is slow, and it is asked per claim.
    Keyed by the class's name, not the class, which the type checker does not take as hashable."""
    kind = type(claim).__name__
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = tuple(type(claim).model_fields)
    return names


def _hashable(value):
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if hasattr(value, "model_dump"):
        return tuple(sorted((k, str(v)) for k, v in value.model_dump().items()))
    return value
