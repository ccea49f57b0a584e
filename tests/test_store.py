"""The ledger on a real SQLite file and on the real PostgreSQL service."""
from datetime import date

import pytest

from skyledger.models import AirAttack, Casualties, Document, Evidence, Sanction, SanctionValue
from skyledger.store import ClaimFilter, Ledger

TEXT = "Overnight, Russia launched 41 drones at Ukraine; 30 were shot down. Two people were injured in Sumy."


def _doc(text=TEXT):
    return Document(text=text, published=date(2025, 5, 3), lang="en", source="test wire")


def _claims():
    ev = Evidence(start=27, end=29, sentence=TEXT[:69], sentence_start=0, sentence_end=69)
    return [
        AirAttack(attacker="RU", target="UA", weapon="drone", metric="launched", count=41, date=date(2025, 5, 3), evidence=ev),
        AirAttack(attacker="RU", target="UA", weapon="drone", metric="defeated", count=30, date=date(2025, 5, 3),
                  evidence=Evidence(start=50, end=52, sentence=TEXT[:69], sentence_start=0, sentence_end=69)),
        Casualties(outcome="injured", count=2, region="UA-59", attacker="RU", date=date(2025, 5, 3)),
        Sanction(measure="oil price cap", values=[SanctionValue(amount=45, currency="USD", status="proposed", holder="EU")]),
    ]


def test_add_is_idempotent_and_queryable(db_url):
    ledger = Ledger(db_url)
    doc = _doc()
    assert ledger.add(doc, _claims()) is True
    assert ledger.add(_doc(), _claims()) is False  # same content, same id: stored once
    assert ledger.counts() == {"documents": 1, "air_attack": 2, "casualties": 1, "sanction": 1}

    rows = ledger.claims(ClaimFilter(kind="air_attack", metric="defeated"))
    assert [r["count"] for r in rows] == [30]
    assert rows[0]["evidence"]["sentence"].startswith("Overnight, Russia launched 41 drones")
    assert ledger.claims(ClaimFilter(region="UA-59"))[0]["outcome"] == "injured"
    assert ledger.claims(ClaimFilter(since=date(2025, 5, 4))) == []
    sanction = ledger.claims(ClaimFilter(kind="sanction"))[0]
    assert sanction["values"][0]["amount"] == 45 and sanction["values"][0]["holder"] == "EU"
    assert ledger.claims(ClaimFilter(source="test wire", kind="casualties"))[0]["count"] == 2


def test_duplicate_claims_in_one_document_are_one(db_url):
    ledger = Ledger(db_url)
    claims = _claims()
    ledger.add(_doc(), claims + [claims[0]])
    assert ledger.counts()["air_attack"] == 2


def test_document_and_claims_commit_together(db_url):
    """A claim the database refuses (a count too large for its integer column)
    leaves neither the document nor any of its claims behind."""
    ledger = Ledger(db_url)
    ledger.add(_doc("An earlier document stays."), [])
    too_big = AirAttack(attacker="RU", target="UA", weapon="drone", metric="launched", count=2**70)
    with pytest.raises(Exception):
        ledger.add(_doc(), _claims() + [too_big])
    assert ledger.counts() == {"documents": 1}
    assert not ledger.has_document(_doc().id)
    assert ledger.add(_doc(), _claims()) is True  # and the document can be stored afterwards


def test_full_text_search(db_url):
    ledger = Ledger(db_url)
    ledger.add(_doc(), [])
    ledger.add(_doc("Talks in Istanbul ended without a ceasefire."), [])
    assert [d["snippet"][:5] for d in ledger.search("Istanbul")] == ["Talks"]
    assert ledger.search('drones" OR "') == []  # user input is never query syntax


def test_replace_swaps_claims(sqlite_url):
    ledger = Ledger(sqlite_url)
    ledger.add(_doc(), _claims())
    assert ledger.add(_doc(), _claims()[:1], replace=True) is True
    assert ledger.counts() == {"documents": 1, "air_attack": 1}


def test_schema_revision_is_alembic_head():
    """The revision the ledger trusts without Alembic is the newest migration."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from skyledger.store.ledger import SCHEMA_REVISION

    cfg = Config()
    cfg.set_main_option("script_location", "skyledger.store:migrations")
    assert ScriptDirectory.from_config(cfg).get_heads() == [SCHEMA_REVISION]


def test_an_old_database_is_migrated_and_a_current_one_needs_no_alembic(sqlite_url):
    import subprocess
    import sys

    from alembic import command
    from alembic.config import Config

    from skyledger.store.ledger import SCHEMA_REVISION, schema_revisions

    old = Ledger(sqlite_url, migrate_schema=False)
    cfg = Config()
    cfg.set_main_option("script_location", "skyledger.store:migrations")
    with old.engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "0001")
    assert schema_revisions(old.engine) == {"0001"}
    old.close()

    ledger = Ledger(sqlite_url)
    assert schema_revisions(ledger.engine) == {SCHEMA_REVISION}
    assert ledger.counts() == {"documents": 0}
    ledger.close()
    # Opened again in a new process: the version table says it is current, Alembic is never imported.
    probe = f"import sys; from skyledger.store import Ledger; Ledger({sqlite_url!r}); print('alembic' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_document_filters_in_listings_and_search(db_url):
    ledger = Ledger(db_url)
    for day, source, lang in ((3, "wire", "en"), (4, "wire", "uk"), (5, "governor", "en")):
        ledger.add(Document(text=f"Drones over Sumy, report {day}.", published=date(2025, 5, day), lang=lang,
                            source=source), [])
    published = lambda rows: [d["published"] for d in rows]  # noqa: E731
    assert published(ledger.documents()) == ["2025-05-05", "2025-05-04", "2025-05-03"]
    assert published(ledger.documents(since=date(2025, 5, 4), until=date(2025, 5, 4))) == ["2025-05-04"]
    assert published(ledger.documents(source="wire", lang="en")) == ["2025-05-03"]
    assert published(ledger.documents(limit=1, offset=1)) == ["2025-05-04"]
    assert len(ledger.search("Sumy")) == 3
    assert published(ledger.search("Sumy", source="wire", since=date(2025, 5, 4))) == ["2025-05-04"]
    assert published(ledger.search("Sumy", lang="en", until=date(2025, 5, 4))) == ["2025-05-03"]
    pages = ledger.search("Sumy", limit=2) + ledger.search("Sumy", limit=2, offset=2)
    assert sorted(published(pages)) == ["2025-05-03", "2025-05-04", "2025-05-05"]  # stable pages: none twice
