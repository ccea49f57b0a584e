"""Reference data: the "Massive Missile Attacks on Ukraine" CSV as official per-night figures.

    report = import_reference(ledger, "missile_attacks_daily.csv")   # weapon table read from beside it

Each CSV row is one weapon model in one report. A row's night is the date of
its ``time_end`` (an overnight attack takes the date of the morning it
ended). Columns map to metrics: ``launched`` -> launched, ``destroyed`` ->
defeated, ``not_reach_goal`` (lost to electronic warfare, "locationally
lost") -> lost; the data set has no count of hits. The mapping of models to
weapon classes, roles and scopes is data (``mma.toml``).

A row that cannot be read gets one error naming file and line; the rest
goes on.
"""
from __future__ import annotations

import csv
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from sqlalchemy import delete

from skyledger.reconcile import write
from skyledger.store.schema import ReferenceRow

WEAPON_TABLE = "missiles_and_uavs.csv"
METRICS = {"launched": "launched", "destroyed": "defeated", "not_reach_goal": "lost"}
NAME = "mma"


@dataclass
class Reference:
    rows: list[dict] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def mapping() -> dict:
    with open(Path(__file__).with_name("mma.toml"), "rb") as handle:
        return tomllib.load(handle)


def read_weapon_table(path: Path) -> dict[str, tuple[str, str]]:
    """model -> (category, type) from the data set's weapon table."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {row["model"].strip(): ((row.get("category") or "").strip(), (row.get("type") or "").strip())
                for row in csv.DictReader(handle) if row.get("model")}


def classify(model: str, table: dict[str, tuple[str, str]]) -> tuple[str, str, str | None] | None:
    """(weapon class, role, weapon type) of a model, None when unknown."""
    data = mapping()
    category, kind = table.get(model, ("", ""))
    weapon = data["categories"].get(category) or data["models"].get(model)
    if weapon is None:
        return None
    role = "strike"
    if model in data["roles"]["tactical"]:
        role = "tactical"
    elif model in data["roles"]["reconnaissance"] or "reconnaissance" in kind or "ISTAR" in kind:
        role = "reconnaissance"
    return weapon, role, data["types"].get(model)


def scope_of(source: str) -> str:
    lowered = source.lower()
    for rule in mapping()["scopes"]:
        if rule["match"] in lowered:
            return rule["scope"]
    return "other"


def _number(value: str | None) -> int | None:
    text = (value or "").strip()
    if text == "" or text.lower() == "nan":
        return None
    number = float(text)  # ValueError for text that is not a number
    if number < 0 or number != int(number):
        raise ValueError(f"not a count: {text!r}")
    return int(number)


def _row(raw: dict, table: dict) -> dict:
    """One CSV row as a reference row; ValueError with a short reason when it cannot be read."""
    end = (raw.get("time_end") or "").strip() or (raw.get("time_start") or "").strip()
    try:
        night = date.fromisoformat(end[:10])
    except ValueError:
        raise ValueError(f"unreadable time_end {end!r}") from None
    model = (raw.get("model") or "").strip()
    kind = classify(model, table)
    if kind is None:
        raise ValueError(f"unknown model {model!r} (not in the weapon table nor in mma.toml)")
    out = {"date": night, "time_start": (raw.get("time_start") or "").strip()[:20] or None, "time_end": end[:20],
           "model": model, "weapon": kind[0], "role": kind[1], "weapon_type": kind[2],
           "target": raw.get("target"), "source": raw.get("source"), "scope": scope_of(raw.get("source") or "")}
    for column, metric in METRICS.items():
        try:
            out[metric] = _number(raw.get(column))
        except ValueError:
            raise ValueError(f"{column} is not a count: {raw.get(column)!r}") from None
    return out


def read_reference(path: str | Path, weapons: str | Path | None = None) -> Reference:
    """Read the CSV; the weapon table defaults to missiles_and_uavs.csv beside it."""
    path = Path(path)
    weapons = Path(weapons) if weapons else path.with_name(WEAPON_TABLE)
    table = read_weapon_table(weapons) if weapons.exists() else {}
    result = Reference()
    if not weapons.exists():
        result.errors.append(f"{weapons}: weapon table not found; only the models in mma.toml are known")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = {"time_end", "model", "launched"} - set(reader.fieldnames or [])
        if missing:
            result.errors.append(f"{path}:1: not the reference format (missing {', '.join(sorted(missing))})")
            return result
        for raw in reader:
            try:
                row = _row(raw, table)
            except ValueError as error:
                result.errors.append(f"{path}:{reader.line_num}: {error}")
                continue
            row["line"] = reader.line_num
            result.rows.append(row)
    return result


def counts_in_night(row: dict) -> bool:
    """Rows that make a night's figures: long-range strike weapons in national reports."""
    return row["role"] == "strike" and row["scope"] == "national"


def night_rows(rows: list[dict]) -> list[dict]:
    """Per night and weapon class: the sums of the rows that count, with the rows behind them."""
    nights: dict[tuple, dict] = defaultdict(lambda: {"launched": None, "defeated": None, "lost": None, "rows": []})
    for row in rows:
        if not counts_in_night(row):
            continue
        night = nights[(row["date"], row["weapon"])]
        for metric in METRICS.values():
            if row[metric] is not None:
                night[metric] = (night[metric] or 0) + row[metric]
        night["rows"].append({"line": row["line"], "model": row["model"], "launched": row["launched"],
                              "defeated": row["defeated"], "lost": row["lost"], "source": row["source"]})
    return [{"date": day, "attacker": "RU", "target": "UA", "weapon": weapon, "launched": n["launched"],
             "defeated": n["defeated"], "lost": n["lost"], "hit": None, "provenance": {"rows": n["rows"]}}
            for (day, weapon), n in sorted(nights.items())]


def import_reference(ledger, path: str | Path, weapons: str | Path | None = None) -> dict:
    """Replace the ledger's reference data with this file's; returns counts and the errors met."""
    reference = read_reference(path, weapons)
    nights = night_rows(reference.rows)
    columns = {c.name for c in ReferenceRow.__table__.columns} - {"id"}
    with ledger.session() as session, session.begin():
        session.execute(delete(ReferenceRow).where(ReferenceRow.reference == NAME))
        if reference.rows:
            session.execute(ReferenceRow.__table__.insert(), [
                {**{k: v for k, v in row.items() if k in columns}, "reference": NAME} for row in reference.rows])
        write.write_nights(session, nights, "reference")
        write.write_state(session, {"reference_file": str(path)})
    return {"rows": len(reference.rows), "nights": len({n["date"] for n in nights}), "night_figures": len(nights),
            "errors": reference.errors}
