"""The Massive Missile Attacks reference: import, series, records, compare — and broken rows."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import run_cli
from reconcile_helpers import REFERENCE, add, attack, dev_ledger, story

from skyledger import analytics
from skyledger.reconcile import reconcile
from skyledger.reconcile.compare import compare
from skyledger.reconcile.reference import import_reference
from skyledger.store import Ledger

HEADER = ("time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
          "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,turbojet,"
          "turbojet_destroyed,affected region,destroyed_details,launched_details,launch_place_details,source")


@pytest.fixture(scope="module")
def reference_ledger(tmp_path_factory):
    ledger = Ledger(str(tmp_path_factory.mktemp("reference") / "ref.db"))
    report = import_reference(ledger, REFERENCE)
    assert report["errors"] == [] and report["rows"] > 3000
    return ledger


def test_the_night_of_the_479_drones(reference_ledger):
    night = analytics.series(reference_ledger, source="reference", since="2025-06-09", until="2025-06-09")
    drones = next(r for r in night if r["weapon"] == "drone")
    # Only the Air Force's national report counts: the regional command's 2 unknown and
    # 1 reconnaissance drones the same day are not part of the night (479, not 482).
    assert (drones["launched"], drones["defeated"], drones["lost"]) == (479, 277, 183)
    missiles = next(r for r in night if r["weapon"] == "missile")
    assert missiles["launched"] == 21  # Kinzhal 4, Kh-35 1, Kh-31P 3, Kh-22 3, and the 10 Kh-101 before dawn


def test_records_and_largest_since(reference_ledger):
    drone_records = analytics.records(reference_ledger, weapon="drone", source="reference")
    by_date = {r["date"]: r for r in drone_records}
    assert by_date["2025-06-09"] == {"date": "2025-06-09", "weapon": "drone", "metric": "launched", "count": 479,
                                     "previous_record_date": "2025-06-01", "previous_record": 472}
    assert [r["date"] for r in drone_records][-3:] == ["2025-07-04", "2025-07-09", "2025-09-07"]
    assert analytics.largest_since(reference_ledger, date(2025, 6, 9), 479, weapon="drone", source="reference") is None
    assert analytics.largest_since(reference_ledger, date(2025, 6, 10), 315, weapon="drone",
                                   source="reference") == date(2025, 6, 9)
    assert analytics.largest_since(reference_ledger, "2025-07-10", 397, weapon="drone",
                                   source="reference") == date(2025, 7, 9)


def test_weeks_and_months_add_up_the_nights(reference_ledger):
    nights = analytics.series(reference_ledger, source="reference", weapon="drone", since="2025-06-01",
                              until="2025-06-30")
    month = analytics.series(reference_ledger, source="reference", weapon="drone", freq="month",
                             since="2025-06-01", until="2025-06-30")
    assert [m["period"] for m in month] == ["2025-06"]
    assert month[0]["launched"] == sum(n["launched"] for n in nights)
    assert month[0]["interception_rate"] == round(month[0]["defeated"] / month[0]["launched"], 4)
    weeks = analytics.series(reference_ledger, source="reference", weapon="drone", freq="week",
                             since="2025-06-09", until="2025-06-15")
    assert [w["period"] for w in weeks] == ["2025-W24"]
    with pytest.raises(ValueError):
        analytics.series(reference_ledger, source="wikipedia")


def test_compare_a_ledger_with_the_reference(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("night of 9 June"), [
        attack(479, claimant="UA Air Force"), attack(270, metric="defeated", claimant="UA Air Force"),
        attack(30, weapon="missile", claimant="UA Air Force")], source="air_force")
    add(ledger, story("night of 10 June"), [attack(315, day="2025-06-10", claimant="UA Air Force")],
        source="air_force", published="2025-06-10")
    reconcile(ledger)
    report = compare(ledger, REFERENCE)
    assert report["nights"] == 2
    rows = {(r["weapon"], r["metric"]): r for r in report["by_weapon"]}
    assert rows[("drone", "launched")] == {"weapon": "drone", "metric": "launched", "compared": 2, "exact": 2,
                                           "within_5pct": 2, "exact_share": 1.0, "within_5pct_share": 1.0}
    # 270 against 277 defeated: 2.5 % off — within 5 %, not exact.
    assert (rows[("drone", "defeated")]["exact"], rows[("drone", "defeated")]["within_5pct"]) == (0, 1)
    assert rows[("missile", "launched")]["within_5pct"] == 0
    wrong = {(d["date"], d["weapon"], d["metric"]): d for d in report["disagreements"]}
    assert set(wrong) == {("2025-06-09", "drone", "defeated"), ("2025-06-09", "missile", "launched")}
    missile = wrong[("2025-06-09", "missile", "launched")]
    assert (missile["ledger"], missile["reference"]) == (30, 21)
    assert missile["ledger_sources"][0]["claimant"] == "UA Air Force"
    assert {r["model"] for r in missile["reference_rows"]} >= {"X-47 Kinzhal", "X-101/X-555"}


def test_compare_the_dev_gold_ledger_on_the_command_line(tmp_path):
    db = str(tmp_path / "dev.db")
    reconcile(dev_ledger(db))
    result = run_cli("compare", "--reference", str(REFERENCE), "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    overall = {r["metric"]: r for r in report["overall"]}
    assert overall["launched"]["compared"] > 100 and overall["launched"]["exact_share"] > 0.9
    wrong = {(d["date"], d["weapon"], d["metric"]): d for d in report["disagreements"]}
    # The Air Force counts drones "neutralised" (shot down and jammed: 339); the reference's `destroyed` is 146.
    assert (wrong[("2025-06-23", "drone", "defeated")]["ledger"], wrong[("2025-06-23", "drone", "defeated")]["reference"]) == (339, 146)
    assert ("2025-06-09", "drone", "launched") not in wrong
    table = run_cli("compare", "--reference", str(REFERENCE), "--db", db)
    assert "within 5 %" in table.stdout and "disagreement(s)" in table.stdout


def test_broken_rows_get_one_line_each_and_the_rest_goes_on(tmp_path):
    csv_path = tmp_path / "missile_attacks_daily.csv"
    good = "2025-06-08 20:00,2025-06-09 10:30,Shahed-136/131,Kursk,Ukraine,,479.0,277.0,183.0,,{},,,,,,,,,,,kpszsu/posts/x"
    csv_path.write_text("\n".join([
        HEADER, good,
        "2025-06-08 20:00,June ninth,X-22,Black Sea,Ukraine,,3.0,0.0,2.0,,{},,,,,,,,,,,kpszsu/posts/x",
        "2025-06-08 20:00,2025-06-09 10:30,Death Star,Space,Ukraine,,1.0,0.0,,,{},,,,,,,,,,,kpszsu/posts/x",
        "2025-06-08 20:00,2025-06-09 10:30,X-22,Black Sea,Ukraine,,three,0.0,,,{},,,,,,,,,,,kpszsu/posts/x",
        "2025-06-08 20:00,2025-06-09 10:30,X-47 Kinzhal,Tambov,Ukraine,,4.0,4.0,,,{},,,,,,,,,,,kpszsu/posts/x",
    ]) + "\n", encoding="utf-8")
    (tmp_path / "missiles_and_uavs.csv").write_text(
        (REFERENCE.parent / "missiles_and_uavs.csv").read_text(encoding="utf-8"), encoding="utf-8")
    db = str(tmp_path / "ref.db")
    result = run_cli("import-reference", str(csv_path), "--db", db)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert errors[0].startswith(f"error: {csv_path}:3: unreadable time_end")
    assert f"{csv_path}:4: unknown model 'Death Star'" in errors[1]
    assert f"{csv_path}:5: launched is not a count" in errors[2]
    assert "imported 2 row(s)" in result.stdout
    rows = analytics.series(Ledger(db), source="reference")
    assert {(r["weapon"], r["launched"]) for r in rows} == {("drone", 479), ("missile", 4)}
