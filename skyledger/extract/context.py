"""What a document has said so far: the day it speaks of, its places, its last weapon.

Reports lean on what came before — "34 of them", "over the region", "that
night", list items under "the enemy attacked with 246 air attack assets:" —
so the pipeline carries a `DocContext` from sentence to sentence.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from skyledger.extract.lexicon import Lists, lists
from skyledger.lang import LanguageData
from skyledger.models import Document

if TYPE_CHECKING:
    from skyledger.extract.casualties import PersonCount

# Document sources that speak for one side (the `source` field of the input).
SOURCE_CLAIMANTS = {
    "air_force": "UA Air Force",
    "defence_ministry": "RU Ministry of Defence",
    "defense_ministry": "RU Ministry of Defence",
}
SOURCE_PERSPECTIVE = {"air_force": "UA", "defence_ministry": "RU", "defense_ministry": "RU"}
LOCAL_SOURCES = {"governor", "regional_administration", "city_administration", "mayor", "local_authority"}
# claimants who speak for one region or city
LOCAL_CLAIMANTS = {"governor", "mayor", "regional administration", "regional military administration",
                   "military administration", "city military administration", "operational headquarters"}
STRIKE_REPORTERS = {"UA General Staff", "SBU"}  # Ukrainian bodies that report Ukraine's own strikes and their hits
OCCUPIED_AS_RU_TARGET = {"UA-43", "UA-40"}  # Crimea and Sevastopol: Ukrainian strikes there hit Russian-held ground


CAPITALS = {"RU-MOW": "RU", "UA-30": "UA"}  # a capital may act, or stand, for its country


def claimant_side(claimant: str) -> str | None:
    """The side a claimant speaks for, where its name says it ("RU Ministry of Defence", "UA Air
    Force", "Russian-installed governor"); a governor or a mayor may be either."""
    if claimant.startswith(("RU ", "Russian")):
        return "RU"
    return "UA" if claimant.startswith("UA ") else None


def russian_held(region: str) -> bool:
    """Is the region Russian-held: Russia's own, or occupied ground counted as a Russian target
    (Crimea, Sevastopol)? A strike there is Ukraine's, and "the enemy" there is Ukraine."""
    return region.startswith("RU-") or region in OCCUPIED_AS_RU_TARGET


def occupation_voice(info, ctx: "DocContext") -> bool:
    """Does a Russian-installed official speak (in this sentence, or as the text's source)? Then
    "the enemy" is Ukraine and occupied ground is the Russian-held target."""
    # "По его словам"; a post headed by "Глава Горловки", whatever title was said since
    said = [m.value[1] for m in info.cat("claimant")] or [ctx.recent_claimant or "", ctx.claimant or ""]
    return any(s.startswith("Russian-installed") for s in said)


class Antecedent:
    """The last weapon figure, for "34 of them", "another 18 were lost", list items. A plain
    class: a dataclass's generated __init__ runs as interpreted Python."""

    def __init__(self, cls: str, wtype: str | None, metric: str | None, count: int | None, date: date | None,
                 region: str | None, attacker: str | None, target: str | None, sentence: int,
                 claimant: str | None = None, position: int = 0) -> None:
        self.cls = cls
        self.wtype = wtype
        self.metric = metric
        self.count = count
        self.date = date
        self.region = region
        self.attacker = attacker
        self.target = target
        self.sentence = sentence
        self.claimant = claimant
        self.position = position  # token index of its count in its sentence
        self.part: Antecedent | None = None  # a whole's last part: "378 дронів, з них 291" counts that part


@dataclass
class DocContext:
    doc: Document
    data: LanguageData
    reference: date | None  # the day the text speaks from (publication date or a section header's)
    lists: Lists  # the language's word lists (lexicon.lists)
    last_date: date | None = None  # the day the story is on, for sentences that name none
    figures_paragraph: int = -1  # the paragraph of the last sentence that gave a figure
    dated_lead: int = -1  # a sentence with no figure that set the day for what follows it
    checked_line: int = -1  # a fact-check's "CLAIM: ..." line
    interim_items: bool = False  # inside the list under "Interim figures (for the record only):"
    places_listed: bool = False  # whether the last sentence with places listed several regions side by side
    paragraph_regions: tuple[int, set[str]] = field(default_factory=lambda: (-1, set()))  # the regions and cities named in the paragraph so far
    story_date: date | None = None  # the first such day: a paragraph after a look back returns to it
    story_fixed: bool = False  # whether the body's first figures have been seen (story_date may stay None)
    headline_end: int = 0  # character offset where the headline zone ends
    regions_seen: set = field(default_factory=set)  # the regions of the places named so far
    mentioned_date: date | None = None  # the last day named outright
    same_date: date | None = None  # the most recent of the two, for "that night", "in that attack"
    night_date: date | None = None  # a night named before the report's day, for a bare "overnight" after it
    named_night: date | None = None  # the night last named ("в ночь на 27 декабря"), for "в ту ночь"
    dated_sections: int = 0  # lines that are only a date (a dateline; in a digest, each section's head)
    home: str | None = None  # region code of a local source (a governor's, a city's)
    masthead: str | None = None  # the region a local news site is named after ("Харьков онлайн")
    summary_paragraph: int = -1  # a paragraph a running total's label opens ("Підсумки місяця.")
    table_columns: list = field(default_factory=list)  # what each column of the table being read counts
    table_split: str = "|"  # what a row of that table is split at: bars, or a dash and slashes
    table_regions: set = field(default_factory=set)  # the regions of the rows read so far
    card_weapon: tuple = ()  # (sentence, weapon) of the last heading line with a weapon and no figure
    previous_metric: tuple = ()  # (sentence, metric) of the last running total with a verb of attack
    toll_region: str | None = None  # the region of the last toll given, which a rising toll updates
    strike_place: str | None = None  # where the strike last told of fell ("the strike on Sumy")
    region_place: tuple | None = None  # last region or settlement named: (code, kind)
    city_place: tuple | None = None  # last settlement named
    antecedent: Antecedent | None = None
    sites: dict = field(default_factory=dict)  # a kind of site named with one place ("a market in Kharkiv") -> its region
    last_of_class: dict = field(default_factory=dict)  # weapon class -> its last figure (what "of the drones" counts)
    told_figures: dict = field(default_factory=dict)  # (weapon class, count) -> the metric it was told with
    antecedent_paragraph: int | None = None  # the paragraph of the last air figure (ctx.antecedent)
    last_weapon: Antecedent | None = None  # the last weapon named, with or without a figure
    update_paragraph: int = -1  # a paragraph a live blog opened with "Updated at ...": its figures revise those before
    section_region: str | None = None  # the region a heading line named ("Kherson region"), for the figures under it
    # a live feed's entries by their label ("Hypermarket: 12 dead, 43 injured"): the region the label's entries
    # were on, and that of the entry being read
    label_regions: dict = field(default_factory=dict)
    entry_label: str | None = None
    entry_sentence: int = -1  # the sentence that opened a feed's latest entry ("15:10 — ...")
    entry_region: str | None = None
    heading_home: bool = False  # the text counts what flew towards its home region, not what fell on it
    lead_metric: str | None = None  # metric of a list's lead line ("... attacked with 246 assets:")
    lead_sentence: int | None = None
    # class -> the day's launched figure: its classes say what the attack's total counts ("any" for several),
    # its figures what "all but one of the drones" leaves
    launched_counts: dict = field(default_factory=dict)
    launched_day: date | None = None
    claimant: str | None = None
    recent_claimant: str | None = None  # the last claimant named, for "по его словам", "he said"
    source_claimant: str | None = None
    perspective: str | None = None  # whose side the text speaks for: "enemy" is the other
    directions: Counter = field(default_factory=Counter)
    previous_places: tuple = ()  # (paragraph, [codes]) of the sentence before
    places_from_item: bool = False  # ... and that sentence opened a list item
    national_paragraph: int | None = None  # the paragraph whose last place was a whole country ("по Україні")
    paragraph_direction: tuple = ()  # (paragraph, (attacker, target)) last said outright in a paragraph
    heading_direction: tuple = ()  # ... said by a heading ("UKRAINIAN ATTACKS ON RUSSIA"), for every item below it
    people_total: dict = field(default_factory=dict)  # outcome -> the region of its latest running toll
    # the last casualty figure that is not itself a sub-count, and its outcome: a later sentence's
    # "Серед них – п'ятеро дітей" counts within it
    last_casualty: PersonCount | None = None
    last_casualty_outcome: str | None = None
    components: dict = field(default_factory=dict)  # a component's own state for the document, by name

    def default_direction(self) -> tuple[str | None, str | None]:
        if self.directions:
            (attacker, target), _ = self.directions.most_common(1)[0]
            return attacker, target
        if self.perspective == "RU":
            return "UA", "RU"
        return "RU", "UA"

    def enemy_of(self, region: str | None = None) -> str:
        """The side "the enemy" means in this text."""
        if region:
            return "UA" if russian_held(region) else "RU"
        if self.perspective == "RU":
            return "UA"
        if self.home and self.home.startswith("RU-"):
            return "UA"
        return "RU"


def new_context(doc: Document, data: LanguageData) -> DocContext:
    source = (doc.source or "").lower().strip()
    ctx = DocContext(doc=doc, data=data, reference=doc.published, lists=lists(data))
    ctx.source_claimant = SOURCE_CLAIMANTS.get(source)
    ctx.perspective = SOURCE_PERSPECTIVE.get(source)
    if ctx.perspective is None and doc.lang == "uk":
        ctx.perspective = "UA"
    return ctx
