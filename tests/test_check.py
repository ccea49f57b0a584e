"""Checking an article's figures and superlatives against the ledger and the reference."""
from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import run_cli
from reconcile_helpers import REFERENCE, SEED, add, attack, dev_ledger, gold_claims, seed_document, story

from skyledger.reconcile import reconcile
from skyledger.reconcile.check import check_claims
from skyledger.reconcile.reference import import_reference
from skyledger.reconcile.superlatives import parse_since
from skyledger.store import Ledger

PUBLISHED = date(2025, 6, 12)


@pytest.fixture(scope="module")
def full_ledger(tmp_path_factory):
    """The dev gold claims, reconciled, and the reference imported."""
    ledger = dev_ledger(str(tmp_path_factory.mktemp("check") / "full.db"))
    reconcile(ledger)
    import_reference(ledger, REFERENCE)
    return ledger


def verdicts(report):
    return {(f["claim"]["date"], f["claim"].get("weapon") or f["claim"].get("outcome"), f["claim"]["count"]):
            f["verdict"] for f in report["figures"]}


def test_the_founding_article(full_ledger):
    doc = seed_document()
    report = check_claims(full_ledger, gold_claims(doc), text=doc["text"], published=PUBLISHED)
    found = verdicts(report)
    assert found[("2025-06-09", "drone", 500)] == "confirms"  # "almost 500" against the Air Force's 479
    assert found[("2025-06-10", "drone", 315)] == "confirms"
    assert found[("2025-06-10", "missile", 7)] == "confirms"
    almost_500 = next(f for f in report["figures"] if f["claim"]["count"] == 500)
    assert almost_500["ledger"]["count"] == 479 and almost_500["ledger"]["claimant"] == "UA Air Force"
    assert almost_500["reference"]["count"] == 479
    [record] = report["superlatives"]
    assert record["kind"] == "record" and record["claim"]["count"] == 500
    assert (record["series"], record["night"], record["verdict"]) == ("reference", 479, "confirms")
    assert record["previous_record"] == {"date": "2025-06-01", "count": 472}


def test_contradicted_and_missing_figures(full_ledger):
    claims = [attack(300), attack(250, day="2025-06-09", metric="defeated"),
              attack(30, attacker="UA", target="RU", metric="defeated", day="2025-06-13")]
    found = verdicts(check_claims(full_ledger, claims))
    assert found == {("2025-06-09", "drone", 300): "contradicts", ("2025-06-09", "drone", 250): "contradicts",
                     ("2025-06-13", "drone", 30): "lacks"}


def test_the_reference_decides_when_the_ledger_has_no_such_night(tmp_path):
    ledger = Ledger(str(tmp_path / "ref.db"))
    import_reference(ledger, REFERENCE)
    report = check_claims(ledger, [attack(728, day="2025-07-09"), attack(700, day="2025-07-04")])
    assert [(f["verdict"], f["basis"], f["reference"]["count"]) for f in report["figures"]] == [
        ("confirms", "reference", 728), ("contradicts", "reference", 539)]


def test_superlatives_against_the_series(full_ledger):
    text = ("On Tuesday Russia sent a record 315 drones. Monday's 479 drones were the most since March. "
            "On 10 June 315 drones were launched, the largest number since May.")
    claims = [attack(315, day="2025-06-10"), attack(479, day="2025-06-09")]
    report = check_claims(full_ledger, claims, text=text, published=PUBLISHED)
    got = [(s["kind"], s["claim"]["count"], s["verdict"], s["largest_since"]) for s in report["superlatives"]]
    assert got == [
        ("record", 315, "contradicts", "2025-06-09"),  # 479 the night before
        ("since", 479, "confirms", None),  # a record outright: the most since anything
        ("since", 315, "contradicts", "2025-06-09"),  # 9 June, after May, was larger
    ]


def test_an_article_already_in_the_ledger_does_not_confirm_itself(tmp_path):
    ledger = Ledger(str(tmp_path / "own.db"))
    article = add(ledger, story("exclusive"), [attack(612, day="2025-08-02")], source="wire")
    reconcile(ledger)
    report = check_claims(ledger, [attack(612, day="2025-08-02")], document_id=article.id)
    assert report["figures"][0]["verdict"] == "lacks"
    assert check_claims(ledger, [attack(612, day="2025-08-02")])["figures"][0]["verdict"] == "confirms"


def test_since_phrases():
    assert parse_since("the start of the full-scale invasion", PUBLISHED) == "record"
    assert parse_since("March", PUBLISHED) == (date(2025, 3, 1), date(2025, 3, 31))
    assert parse_since("October", PUBLISHED) == (date(2024, 10, 1), date(2024, 10, 31))
    assert parse_since("2023", PUBLISHED) == (date(2023, 1, 1), date(2023, 12, 31))
    assert parse_since("березня", PUBLISHED) == (date(2025, 3, 1), date(2025, 3, 31))
    assert parse_since("начала войны", PUBLISHED) == "record"
    assert parse_since("then", PUBLISHED) is None


def test_check_on_the_command_line_with_claims_from_the_extractor(tmp_path):
    """The CLI reads the article and takes its claims from the extractor; with a ledger
    holding the reference, the founding article's record must come out confirmed."""
    db = str(tmp_path / "cli.db")
    import_reference(Ledger(db), REFERENCE)
    result = run_cli("check", str(SEED / "seed-2025-06-12.txt"), "--published", "2025-06-12", "--json", "--db", db)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert set(report) == {"figures", "superlatives", "summary"}
    records = [s for s in report["superlatives"] if s["kind"] == "record"]
    assert records and records[0]["verdict"] == "confirms" and records[0]["night"] == 479
    table = run_cli("check", str(SEED / "seed-2025-06-12.txt"), "--published", "2025-06-12", "--db", db)
    assert "confirms" in table.stdout and "record" in table.stdout


def test_superlatives_in_ukrainian_and_russian(full_ledger):
    uk = "Наймасованіша атака з березня: 315 дронів у ніч на 10 червня."
    [since] = check_claims(full_ledger, [attack(315, day="2025-06-10")], text=uk, published=PUBLISHED,
                           lang="uk")["superlatives"]
    assert (since["kind"], since["verdict"], since["largest_since"]) == ("since", "contradicts", "2025-06-09")
    ru = "Это самая массированная атака с начала войны: 479 беспилотников."
    [record] = check_claims(full_ledger, [attack(479)], text=ru, published=PUBLISHED, lang="ru")["superlatives"]
    assert (record["kind"], record["verdict"], record["night"]) == ("record", "confirms", 479)
