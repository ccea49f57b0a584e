"""Tables set out with bars: a header row names what each column counts, each row below it
gives a place and its figures.

    Муниципальное образование | Уничтожено БПЛА | Ранены | Погибли
    г. Курск                  | 7               | 2      | –

A column whose header has an attack verb and a weapon ("Уничтожено БПЛА", "Drones shot down")
gives air_attack claims; one whose header is a word for the killed or the injured ("Ранены",
"Killed") gives casualties. A row with no place in its first cell ("Итого", "Total") sums the
others and gives nothing.
"""
from __future__ import annotations

from typing import NamedTuple

from skyledger.extract.air import _evidence, claimant_for, date_for
from skyledger.extract.analysis import SentenceInfo
from skyledger.extract.context import DocContext
from skyledger.models import AirAttack, Casualties, ClaimBase

BAR = "|"


class Column(NamedTuple):
    kind: str  # "air_attack", "casualties" or "" (a column of something else)
    what: str | None  # the weapon class, or the outcome
    metric: str | None


def _cells(info: SentenceInfo) -> list[tuple[int, int]]:
    """Token spans of the cells of a row, split at its bars."""
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
    """A line of bars with no figure is a table's header; any other line ends the table."""
    bars = sum(t.norm == BAR for t in info.tokens)
    if bars == 0:
        ctx.table_columns = []
    if bars < 2 or info.counts:
        return
    columns = [_column(info, a, b) for a, b in _cells(info)]
    ctx.table_columns = columns if any(c.kind for c in columns) else []


def table_claims(info: SentenceInfo, ctx: DocContext, consumed: set[int]) -> list[ClaimBase]:
    """The claims of one row of the table being read."""
    columns: list[Column] = ctx.table_columns
    cells = _cells(info)
    if not columns or len(cells) != len(columns) or not info.counts:
        return []
    label_start, label_end = cells[0]
    place = next((p for p in info.places if label_start <= p.start < label_end and p.kind in ("region", "city")), None)
    consumed.update(c.start for c in info.counts)  # the row is read here, cell by cell, or not at all
    if place is None or place.code is None:
        return []  # "Итого | 23 | 10 | 1": the sum of the rows
    attacker, target = ctx.default_direction()
    claimant = claimant_for(info, ctx)
    out: list[ClaimBase] = []
    for column, (a, b) in zip(columns[1:], cells[1:]):
        count = next((c for c in info.counts if a <= c.start < b), None)
        if count is None or not column.kind or not count.value:
            continue
        when = date_for(info, count, ctx)
        evidence = _evidence(info, count)
        base = dict(count=count.value, qualifier=count.qualifier, date=when, region=place.code, claimant=claimant,
                    evidence=evidence)
        if column.kind == "air_attack":
            out.append(AirAttack(attacker=attacker, target=target, weapon=column.what, metric=column.metric, **base))  # type: ignore[arg-type]
        else:
            out.append(Casualties(outcome=column.what, attacker=attacker, **base))  # type: ignore[arg-type]
    return out
