"""Events from claims: source priority, conflicts, near-duplicates, stable ids — on SQLite and PostgreSQL."""
from __future__ import annotations

from datetime import date

from reconcile_helpers import add, attack, casualty, dev_ledger, story

from skyledger import analytics
from skyledger.reconcile import event, events, reconcile
from skyledger.reconcile.dedup import signature, similarity
from skyledger.store import Ledger

WIRE_STORY = (
    "KYIV, June 9 (Reuters) - Russia launched 479 drones and 20 missiles at Ukraine overnight, the biggest aerial "
    "attack of the war so far, Ukraine's air force said on Monday. Air defences shot down 277 drones and 19 "
    "missiles, while 183 drones were lost to electronic jamming, the air force said on the Telegram app. "
    "The attack targeted the western city of Rivne and the region around Lutsk, local officials said, and "
    "damaged an industrial facility. Ukrainian officials renewed calls for more Patriot air defence systems. "
    "Russia's defence ministry did not comment on the strikes, which came a week after talks in Istanbul."
)
# The same story as another outlet ran it: a new dateline, a shortened sentence, a credit line.
COPY = WIRE_STORY.replace("KYIV, June 9 (Reuters) -", "Kyiv (Reuters) -").replace(
    "on the Telegram app", "") + " Reporting by Reuters staff; editing by a desk editor."


def first(rows, **match):
    found = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    assert found, f"nothing matches {match}"
    return found[0]


def national(ledger, day="2025-06-09", attacker="RU"):
    return first(events(ledger, since=day, until=day, attacker=attacker), region=None, weapon_group="long_range")


def test_priority_chooses_the_air_force_and_keeps_every_alternative(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("digest"), [attack(480)], source="digest")
    add(ledger, story("localnews"), [attack(500, qualifier="about")], source="local_news")
    add(ledger, story("wirefigure"), [attack(479, claimant="UA Air Force")], source="wire")
    add(ledger, story("zelenskyy"), [attack(450, claimant="Zelenskyy")], source="wire")
    reconcile(ledger)
    figure = first(national(ledger)["figures"], weapon="drone", metric="launched")
    assert (figure["count"], figure["claimant"], figure["tier"]) == (479, "UA Air Force", 1)
    assert sorted(a["count"] for a in figure["alternatives"]) == [450, 480, 500]
    # "about 500" and 480 agree with 479; 450 is 6 % off, beyond the 5 % tolerance: a conflict.
    assert {a["count"]: a["agrees"] for a in figure["alternatives"]} == {450: False, 480: True, 500: True}
    assert figure["conflict"] is True


def test_exact_beats_approximate_and_no_conflict_within_tolerance(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("first wire"), [attack(500, qualifier="about")], source="wire")
    add(ledger, story("second wire"), [attack(479)], source="AP")
    reconcile(ledger)
    figure = first(national(ledger)["figures"], weapon="drone", metric="launched")
    assert (figure["count"], figure["qualifier"], figure["source"]) == (479, "exact", "AP")
    assert figure["conflict"] is False and figure["alternatives"][0]["count"] == 500


def test_a_later_update_from_the_same_source_supersedes_without_conflict(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("morning report"), [attack(23, metric="launched", weapon="missile", claimant="UA Air Force")],
        source="air_force", published="2025-06-09")
    add(ledger, story("updated report"), [attack(36, metric="launched", weapon="missile", claimant="UA Air Force")],
        source="air_force", published="2025-06-10")
    add(ledger, story("wire take"), [attack(40, metric="launched", weapon="missile")], source="wire")
    reconcile(ledger)
    figure = first(national(ledger)["figures"], weapon="missile", metric="launched")
    assert figure["count"] == 36
    statuses = {a["count"]: a["status"] for a in figure["alternatives"]}
    assert statuses == {23: "superseded", 40: "source"}
    # 40 is 11 % above 36: a conflict; the superseded 23 is not one.
    assert figure["conflict"] is True


def test_near_duplicates_count_once(db_url):
    assert similarity(signature(WIRE_STORY), signature(COPY)) >= 0.8
    ledger = Ledger(db_url)
    claims = [attack(479, claimant="UA Air Force"), attack(277, metric="defeated", claimant="UA Air Force")]
    add(ledger, WIRE_STORY, claims, source="wire")
    add(ledger, COPY, claims, source="Kyiv Independent")
    add(ledger, story("air force channel"), [attack(479, claimant="UA Air Force")], source="air_force")
    summary = reconcile(ledger)
    assert summary["near_duplicates"] == 1 and summary["stories"] == 2
    ev = national(ledger)
    assert ev["documents"] == 2  # three documents, two stories
    launched = first(ev["figures"], weapon="drone", metric="launched")
    assert (launched["count"], launched["source"], launched["conflict"]) == (479, "air_force", False)
    assert sorted(a["status"] for a in launched["alternatives"]) == ["copy", "source"]


def test_an_updated_version_of_a_story_supersedes_it(db_url):
    ledger = Ledger(db_url)
    add(ledger, WIRE_STORY, [attack(20, weapon="missile")], source="wire")
    add(ledger, COPY, [attack(20, weapon="missile")], source="Kyiv Independent")
    updated = WIRE_STORY.replace("20 missiles", "at least 24 missiles") + " This story has been updated."
    add(ledger, updated, [attack(24, weapon="missile", qualifier="at_least")], source="wire", published="2025-06-10")
    reconcile(ledger)
    ev = national(ledger)
    missiles = first(ev["figures"], weapon="missile", metric="launched")
    assert (missiles["count"], missiles["qualifier"], ev["documents"]) == (24, "at_least", 1)
    assert sorted(a["status"] for a in missiles["alternatives"]) == ["superseded", "superseded"]
    assert missiles["conflict"] is False


def test_reconciling_again_updates_events_in_place(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("first"), [attack(479, claimant="UA Air Force"),
                                 attack(41, attacker="UA", target="RU", metric="defeated", region="RU-BEL",
                                        claimant="RU Ministry of Defence")], source="air_force")
    add(ledger, story("second"), [attack(52, attacker="UA", target="RU", metric="defeated",
                                         claimant="RU Ministry of Defence")], source="defence_ministry")
    first_run = reconcile(ledger)
    assert first_run["created"] == 3
    ids = sorted(e["id"] for e in events(ledger))
    assert reconcile(ledger)["created"] == reconcile(ledger)["updated"] == 0
    add(ledger, story("third"), [attack(350)], source="wire", published="2025-06-10")
    again = reconcile(ledger)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 1, 2)
    assert sorted(e["id"] for e in events(ledger)) == ids
    figure = first(national(ledger)["figures"], weapon="drone", metric="launched")
    assert figure["count"] == 479 and figure["conflict"] is True
    regional = first(events(ledger, region="RU-BEL"), region="RU-BEL")
    assert regional["part_of"] == national(ledger, attacker="UA")["id"]


def test_one_event_with_its_claims(db_url):
    ledger = Ledger(db_url)
    doc = add(ledger, WIRE_STORY, [attack(479, claimant="UA Air Force", at=30),
                                    attack(20, weapon="missile", claimant="UA Air Force", at=45)])
    reconcile(ledger)
    one = event(ledger, national(ledger)["id"])
    assert {c["count"] for c in one["claims"]} == {479, 20}
    assert all(c["document_id"] == doc.id and c["evidence"]["start"] is not None for c in one["claims"])
    assert event(ledger, "no-such-event") is None
    assert events(ledger, weapon="missile")[0]["id"] == one["id"]
    assert events(ledger, weapon="guided_bomb") == []


def test_casualties_are_reconciled_before_they_are_summed(db_url):
    ledger = Ledger(db_url)
    add(ledger, story("governor"), [casualty(3, claimant="Kyiv city military administration"),
                                    casualty(1, population="children"), casualty(12, "injured")], source="governor")
    add(ledger, story("wire"), [casualty(3), casualty(2, region="UA-63")], source="wire")
    add(ledger, story("later"), [casualty(4, day="2025-07-02")], source="wire", published="2025-07-02")
    reconcile(ledger)
    by_region = {r["region"]: r for r in analytics.casualties_by(ledger, by="region")}
    assert by_region["UA-30"] == {"region": "UA-30", "month": None, "killed": 7, "injured": 12}
    assert by_region["UA-63"]["killed"] == 2
    by_month = analytics.casualties_by(ledger, by="month")
    assert [(r["month"], r["killed"]) for r in by_month] == [("2025-06", 5), ("2025-07", 4)]
    both = analytics.casualties_by(ledger, by="region_month", since=date(2025, 7, 1))
    assert both == [{"region": "UA-30", "month": "2025-07", "killed": 4, "injured": 0}]


def test_dev_gold_events(tmp_path):
    ledger = dev_ledger(str(tmp_path / "dev.db"))
    summary = reconcile(ledger)
    assert summary["unplaced_claims"] == 0 and summary["events"] > 100
    night = national(ledger)
    launched = first(night["figures"], weapon="drone", metric="launched", weapon_type=None)
    assert (launched["count"], launched["claimant"]) == (479, "UA Air Force")
    # 2025-11-29: the Air Force's first figure (23 missiles) was updated to 36, as the later wire story reports.
    missiles = first(national(ledger, "2025-11-29")["figures"], weapon="missile", metric="launched",
                     weapon_type=None)
    assert missiles["count"] == 36 and {a["count"]: a["status"] for a in missiles["alternatives"]}[23] == "superseded"
    rows = analytics.series(ledger, since="2025-06-09", until="2025-06-09", weapon="drone")
    assert rows == [{"period": "2025-06-09", "attacker": "RU", "target": "UA", "weapon": "drone", "launched": 479,
                     "defeated": 277, "lost": 183, "hit": None, "interception_rate": round(277 / 479, 4)}]
