"""Tables set out with bars: a header row names what each column counts, each row below it
gives a place and its figures.

    Муниципальное образование | Уничтожено БПЛА | Ранены | Погибли
    г. Курск                  | 7               | 2      | –

A column whose header has an attack verb and a weapon ("Уничтожено БПЛА", "Drones shot down")
gives air_attack claims; one whose header is a word for the killed or the injured ("Ранены",
"Killed") gives casualties. A row of totals ("Итого", "Total") gives the whole table's figures,
for the one region all its rows are in, if they are. A table of slashes reads the same way:

    Casualties (region — killed / injured)
    Kharkiv region — 2 / 11

So do a table whose columns dashes set apart ("населений пункт — засоби ураження — загиблі —
поранені", its column of means giving each weapon's figure) and one of slashes by weapon type
("По типам (запущено / сбито): — крылатые ракеты Х-101: 8 / 6").

A data card's row labels each cell instead, under a heading that names the weapon (or with
the weapon before a dash):

    Drones (Shahed, Gerbera, other types)
    Launched: 142 | Shot down: 119 | Lost: 18
    Крилаті ракети Х-101 — Запущено: 6 | Збито: 5 | Влучання: 1
"""
from __future__ import annotations

from typing import NamedTuple

from skyledger.extract.air import _evidence, claimant_for, date_for, excluded
from skyledger.extract.lexicon import word_set
from skyledger.extract.analysis import SentenceInfo
from skyledger.extract.numbers import Count
from skyledger.extract.context import DocContext
from skyledger.models import AirAttack, Casualties, ClaimBase

BAR = "|"
SLASH = "/"
DASH = "—"
DASHES = ("—", "–", "-")


class Column(NamedTuple):
    kind: str  # "air_attack", "casualties" or "" (a column of something else)
    what: str | None  # the weapon class, or the outcome
    metric: str | None


def _cells(info: SentenceInfo, split: str = BAR) -> list[tuple[int, int]]:
    """Token spans of the cells of a row, split at its bars; in a table of slashes, at the dash or
    colon after its label and at its slashes ("Kharkiv region — 2 / 11"); in a table of dashes, at
    every dash ("Запоріжжя — 4 КАБ, 23 БпЛА — 1 — 9")."""
    if split == SLASH:  # the label ends at the last dash or colon before the first slash
        slash = next((k for k, t in enumerate(info.tokens) if t.norm == SLASH), len(info.tokens))
        edge = next((k for k in range(slash - 1, 0, -1) if info.tokens[k].norm in DASHES or info.tokens[k].norm == ":"), None)
        if edge is None:
            return []
        bars = [edge, *(k for k, t in enumerate(info.tokens) if t.norm == SLASH and k > edge)]
    elif split == DASH:
        bars = [k for k, t in enumerate(info.tokens) if t.norm in DASHES]
    else:
        bars = [k for k, t in enumerate(info.tokens) if t.norm == BAR]
    edges = [-1, *bars, len(info.tokens)]
    return [(a + 1, b) for a, b in zip(edges, edges[1:])]


def _column(info: SentenceInfo, start: int, end: int) -> Column:
    """What a header cell says its column counts."""
    outcomes = [m.value[1] for m in info.cat("casualty") if start <= m.start and m.end <= end]
    metrics = [m.value[1] for m in info.cat("metric") if start <= m.start and m.end <= end]
    weapons = [w.cls for w in info.weapons if start <= w.start and w.end <= end]
    if weapons and metrics:
        return Column("air_attack", weapons[0], metrics[0])
    if outcomes and not weapons:
        return Column("casualties", outcomes[0], None)
    return Column("", None, None)


def read_header(info: SentenceInfo, ctx: DocContext) -> None:
    """A line of bars with no figure is a table's header; any other line ends the table. A short
    line with a weapon and no figure heads a data card's row ("Ballistic missiles (Iskander-M)")."""
    bars = sum(t.norm == BAR for t in info.tokens) if BAR in info.sent.text else 0
    if bars == 0:
        if not ctx.table_columns or ctx.table_split == BAR or not info.counts:
            ctx.table_columns = []  # a line that is no row of the table being read ends it
        if info.weapons and not info.counts and info.sent.first_in_line and len(info.tokens) <= 12:
            ctx.card_weapon = (info.index, info.weapons[0].cls)
        heads = _slash_header(info) if not info.counts and SLASH in info.sent.text else []
        if heads:
            ctx.table_columns = [Column("", None, None), *(
                Column("casualties", m.value[1], None) if m.value[0] == "casualty" else Column("air_attack", None, m.value[1])
                for m in heads)]
            ctx.table_split, ctx.table_regions = SLASH, set()
        elif not info.counts and info.cat("casualty") and len(_cells(info, DASH)) >= 3:
            # "(населений пункт — засоби ураження — загиблі — поранені)": columns set apart by dashes
            columns = [_column(info, a, b) for a, b in _cells(info, DASH)]
            if columns[0].kind == "" and any(c.kind == "casualties" for c in columns):
                ctx.table_columns = [c if c.kind == "casualties" else _means(info, c, cell) for c, cell in
                                     zip(columns, _cells(info, DASH))]
                ctx.table_split, ctx.table_regions = DASH, set()
        return
    if bars < 2 or info.counts:
        return
    columns = [_column(info, a, b) for a, b in _cells(info)]
    ctx.table_columns = columns if any(c.kind for c in columns) else []
    ctx.table_split = BAR
    ctx.table_regions = set()


def _means(info: SentenceInfo, column: Column, cell: tuple[int, int]) -> Column:
    """"засоби ураження", "means of attack": a column that lists weapons with their figures."""
    named = [w for w in info.weapons if cell[0] <= w.start < cell[1]]
    return Column("means", None, "launched") if column.kind == "" and named and named[0].cls == "any" else Column("", None, None)


def _slash_header(info: SentenceInfo) -> list:
    """"Casualties (region — killed / injured)", "По типам (запущено / сбито):": words for the killed
    and the injured, or for what was done to the weapons, between slashes head a table of slashes.
    The words, in order; none if not."""
    tokens = info.tokens
    slashes = [k for k, t in enumerate(tokens) if t.norm == SLASH]
    marks = [m for cat in ("casualty", "metric") for m in info.cat(cat)
             if any(k in (m.start - 1, m.end) for k in slashes)]
    marks = sorted({m.start: m for m in marks}.values(), key=lambda m: m.start)
    apart = all(a.end < len(tokens) and tokens[a.end].norm == SLASH and b.start == a.end + 1 for a, b in zip(marks, marks[1:]))
    return marks if len(marks) >= 2 and apart and len({m.value[0] for m in marks}) == 1 else []


def table_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[tuple[ClaimBase, str | None]]:
    """The claims of one row of the table being read, each with a tag: "row" for a place's row, whose
    figures stand apart from another row's equal ones ("Запоріжжя — ... — 1", "Гуляйполе — ... — 1")."""
    columns: list[Column] = ctx.table_columns
    if not columns or not info.counts:
        return []
    cells = _cells(info, ctx.table_split)
    if len(cells) != len(columns):
        return []
    label_start, label_end = cells[0]
    if any(c.kind == "air_attack" and c.what is None for c in columns):
        return _weapon_row_claims(info, ctx, consumed, columns, cells)
    place = next((p for p in info.places if label_start <= p.start < label_end and p.kind in ("region", "city")), None)
    consumed.update(c.start for c in info.counts)  # the row is read here, cell by cell, or not at all
    total = info.tokens[label_start].norm in word_set(ctx.data, "grammar", "total_rows")
    if (place is None or place.code is None) and not total:
        return []  # a row for a place the gazetteer does not know
    if place is not None and not total:
        ctx.table_regions.add(place.code)
    # "Total — 3 / 19": the whole table's figure, for the one region all its rows are in, if they are
    region = place.code if place is not None and not total else (
        next(iter(ctx.table_regions)) if len(ctx.table_regions) == 1 else None)
    attacker, target = ctx.default_direction()
    claimant = claimant_for(info, ctx)
    out: list[tuple[ClaimBase, str | None]] = []
    tag = None if total else "row"
    for column, (a, b) in zip(columns[1:], cells[1:]):
        for count, column in _cell_figures(info, column, a, b):
            base = _figure(info, count, ctx, region, claimant)
            if column.kind == "air_attack":
                out.append((AirAttack(attacker=attacker, target=target, weapon=column.what, metric=column.metric, **base), tag))  # type: ignore[arg-type]
            else:
                out.append((Casualties(outcome=column.what, attacker=attacker, **base), tag))  # type: ignore[arg-type]
    return out


def _weapon_row_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int], columns: list[Column],
                       cells: list[tuple[int, int]]) -> list[tuple[ClaimBase, str | None]]:
    """"— крылатые ракеты Х-101, район пуска — Саратовская область: 8 / 6": a row names its weapon, each
    column what was done to it."""
    label_start, label_end = cells[0]
    weapon = next((w.cls for w in info.weapons if label_start <= w.start < label_end), None)
    if weapon is None:
        return []
    attacker, target = _card_direction(info, ctx)
    claimant = claimant_for(info, ctx)
    out: list[tuple[ClaimBase, str | None]] = []
    for column, (a, b) in zip(columns[1:], cells[1:]):
        count = next((c for c in info.counts if a <= c.start < b), None)
        if count is None:
            continue
        consumed.add(count.start)  # "101 / 72, ещё 20 — локационно потеряны": the rest of the cell is read as prose
        if count.value:
            base = _figure(info, count, ctx, None, claimant)
            out.append((AirAttack(attacker=attacker, target=target, weapon=weapon, metric=column.metric, **base), None))  # type: ignore[arg-type]
    return out


def _figure(info: SentenceInfo, count: Count, ctx: DocContext, region: str | None, claimant: str | None) -> dict:
    """The fields a table's claims share: the figure, its qualifier, day, region, source and sentence."""
    return dict(count=count.value, qualifier=count.qualifier, date=date_for(info, count, ctx), region=region,
                claimant=claimant, evidence=_evidence(info, count))


def _cell_figures(info: SentenceInfo, column: Column, a: int, b: int) -> list[tuple]:
    """(count, what it counts) in a row's cell: its figure; in a column of the means used, each figure
    with the weapon named after it ("4 КАБ, 23 БпЛА")."""
    counts = [c for c in info.counts if a <= c.start < b and c.value]
    if column.kind == "means":
        return [(c, Column("air_attack", w.cls, "launched")) for c in counts for w in info.weapons if w.start == c.end]
    return [(counts[0], column)] if counts and column.kind else []


def card_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[ClaimBase]:
    """The claims of a data card's row: cells split at bars, each "<metric>: <figure>"."""
    if BAR not in info.sent.text:
        return []
    cells = _cells(info)
    if len(cells) < 2 or ctx.table_columns:
        return []
    labelled = [(a, b, count) for a, b in cells for count in info.counts
                if a < count.qstart < b and info.tokens[count.qstart - 1].norm == ":"]
    if len(labelled) < 2:
        return []
    weapon = _card_weapon(info, ctx, labelled[0][2].qstart)
    if weapon is None:
        return []
    attacker, target = _card_direction(info, ctx)
    claimant = claimant_for(info, ctx)
    out: list[ClaimBase] = []
    for a, b, count in labelled:
        consumed.add(count.start)
        metrics = [m for m in info.cat("metric") if a <= m.start and m.end < count.qstart]
        metric = min(metrics, key=lambda m: (m.start, m.start - m.end)).value[1] if metrics else None
        if metric is None and (a, b) == cells[0] and weapon == "any":
            metric = "launched"  # "ИТОГО средств воздушного нападения: 148": the means used
        if metric is None or not count.value or excluded(info, count):
            continue
        base = _figure(info, count, ctx, None, claimant)
        out.append(AirAttack(attacker=attacker, target=target, weapon=weapon, metric=metric, **base))  # type: ignore[arg-type]
    return out


def _card_direction(info: SentenceInfo, ctx: DocContext) -> tuple:
    """A card of a night's attack: its sides are those its paragraph named, else the home side's attacker's."""
    said = ctx.paragraph_direction
    if said and said[0] == info.sent.paragraph:
        return said[1]
    return ("UA", "RU") if ctx.perspective == "RU" else ("RU", "UA")


def _card_weapon(info: SentenceInfo, ctx: DocContext, first: int) -> str | None:
    """The weapon a card's row counts: named before its first figure, or in the heading line above;
    a row of totals ("Разом — ...", "Total: ...") counts every means of attack."""
    named = [w.cls for w in info.weapons if w.start < first]
    if named:
        return named[0]
    lead = info.tokens[0].norm if info.tokens else ""
    if lead in word_set(ctx.data, "grammar", "total_rows"):
        return "any"
    heading = ctx.card_weapon
    return heading[1] if heading and heading[0] == info.index - 1 else None
