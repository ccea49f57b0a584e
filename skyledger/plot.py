"""Charts without the web app: launched vs defeated per period, by weapon class, records marked.

    summary = plot(ledger, "docs/drones-2025.png", weapon="drone", since="2025-01-01", source="reference")

Writes PNG or SVG (by the file's suffix) with matplotlib's Agg backend (no
display needed) and returns the summary table drawn under the chart.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # before pyplot: files only, never a window
matplotlib.rcParams["svg.fonttype"] = "none"  # SVG text stays text: smaller, searchable
import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402

from skyledger import analytics  # noqa: E402

FORMATS = (".png", ".svg")
COLOURS = {"launched": "#9aa5b1", "defeated": "#1f6f8b", "record": "#c0392b"}
BAR_DAYS = {"night": 1, "week": 6, "month": 27}


def period_start(period: str, freq: str) -> date:
    if freq == "night":
        return date.fromisoformat(period)
    if freq == "week":
        year, week = period.split("-W")
        return date.fromisocalendar(int(year), int(week), 1)
    return date.fromisoformat(period + "-01")


def summary_table(rows: list[dict], records: list[dict]) -> list[dict]:
    """Per weapon class: periods, totals, interception rate, the largest period, records set."""
    table = []
    for weapon in sorted({r["weapon"] for r in rows}):
        mine = [r for r in rows if r["weapon"] == weapon]
        launched = sum(r["launched"] or 0 for r in mine)
        defeated = sum(r["defeated"] or 0 for r in mine if r["launched"] is not None)
        peak = max(mine, key=lambda r: r["launched"] or 0)
        table.append({
            "weapon": weapon, "periods": len(mine), "launched": launched, "defeated": defeated,
            "interception_rate": analytics.rate(defeated, launched),
            "largest": f"{peak['launched']} ({peak['period']})" if peak["launched"] is not None else None,
            "records": sum(1 for r in records if r["weapon"] == weapon),
        })
    return table


def _draw(axis, rows: list[dict], records: list[dict], weapon: str, freq: str) -> None:
    x = [period_start(r["period"], freq) for r in rows]
    width = timedelta(days=BAR_DAYS[freq])
    # Defeated is drawn over launched at full width: each bar reads as launched, its dark part defeated.
    axis.bar(x, [r["launched"] or 0 for r in rows], width=width, color=COLOURS["launched"], linewidth=0,
             label="launched")
    axis.bar(x, [r["defeated"] or 0 for r in rows], width=width, color=COLOURS["defeated"], linewidth=0,
             label="defeated")
    if records:
        axis.scatter([date.fromisoformat(r["date"]) for r in records], [r["count"] for r in records], marker="v",
                     color=COLOURS["record"], zorder=3, label="record (new high)")
        last = records[-1]
        axis.annotate(f"{last['count']}", (date.fromisoformat(last["date"]), last["count"]),
                      textcoords="offset points", xytext=(4, 4), fontsize=8, color=COLOURS["record"])
    axis.set_title(weapon, loc="left", fontsize=10)
    axis.legend(loc="upper left", fontsize=8, frameon=False)
    axis.xaxis.set_major_formatter(mdates.ConciseDateFormatter(axis.xaxis.get_major_locator()))
    axis.grid(axis="y", alpha=0.3)


def _table(figure, axis, table: list[dict]) -> None:
    axis.axis("off")
    columns = ["weapon", "periods", "launched", "defeated", "interception_rate", "largest", "records"]
    cells = [[_cell(row[c]) for c in columns] for row in table]
    drawn = axis.table(cellText=cells, colLabels=[c.replace("_", " ") for c in columns], loc="center")
    drawn.auto_set_font_size(False)
    drawn.set_fontsize(8)


def _cell(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        return f"{value:.1%}"
    return str(value)


def plot(ledger, path: str | Path, *, freq: str = "night", since=None, until=None, weapon=None, attacker="RU",
         target="UA", source: str = "ledger", title: str | None = None) -> list[dict]:
    path = Path(path)
    if path.suffix.lower() not in FORMATS:
        raise ValueError(f"{path}: the chart is written as PNG or SVG (.png, .svg)")
    rows = analytics.series(ledger, freq=freq, since=since, until=until, attacker=attacker, target=target,
                            weapon=weapon, source=source)
    records = [r for r in analytics.records(ledger, weapon=weapon, attacker=attacker, target=target, source=source)
               if (not since or r["date"] >= str(since)) and (not until or r["date"] <= str(until))]
    weapons = sorted({r["weapon"] for r in rows}) or [weapon or "drone"]
    table = summary_table(rows, records)
    figure = plt.figure(figsize=(10, 2.8 * len(weapons) + 1.4), layout="constrained")
    grid = figure.add_gridspec(len(weapons) + 1, 1, height_ratios=[3] * len(weapons) + [1])
    for i, name in enumerate(weapons):
        _draw(figure.add_subplot(grid[i]), [r for r in rows if r["weapon"] == name],
              [r for r in records if r["weapon"] == name] if freq == "night" else [], name, freq)
    _table(figure, figure.add_subplot(grid[-1]), table)
    figure.suptitle(title or f"{attacker}→{target}: launched vs defeated per {freq} ({source})", fontsize=11)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return table
