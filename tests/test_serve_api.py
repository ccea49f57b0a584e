"""The REST API through a real uvicorn server, on SQLite and on PostgreSQL.

The read tests share one ledger of the dev gold documents per database (built
once per module: a PostgreSQL database of their own, so other tests' clean-ups
never reach it); the write tests get a fresh ledger each (``db_url``).
"""
from __future__ import annotations

import csv
import io
import json
import re
import time
from contextlib import nullcontext

import httpx
import pytest

from conftest import scratch_database
from serve_helpers import gold_documents, gold_ledger, running
from skyledger.models import document_id
from skyledger.serve import create_app
from skyledger.store import Ledger

TOKEN = "test-token-3f9a"


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def served(request, tmp_path_factory):
    """(base URL, ledger) of a server over the gold ledger."""
    if request.param == "sqlite":
        database = nullcontext(str(tmp_path_factory.mktemp("api") / "gold.db"))
    else:
        database = scratch_database("skyledger_serve")
    with database as url:
        ledger = gold_ledger(url)
        try:
            with running(create_app(ledger, api_token=TOKEN)) as base:
                yield base, ledger
        finally:
            ledger.close()


def get(base: str, path: str, **params) -> httpx.Response:
    response = httpx.get(base + path, params=params, timeout=30)
    assert response.status_code < 500, response.text
    return response


def all_pages(base: str, path: str, **params) -> list[dict]:
    items, url, seen = [], base + path, 0
    first = httpx.get(url, params=params, timeout=30).json()
    page = first
    while True:
        items += page["items"]
        seen += 1
        if not page["next"]:
            return items
        assert seen < 200
        page = httpx.get(base + page["next"], timeout=30).json()


# -- documents and search ------------------------------------------------------

def test_documents_page_through_everything(served):
    base, _ = served
    gold = gold_documents()
    first = get(base, "/api/v1/documents", limit=10).json()
    assert len(first["items"]) == 10 and first["limit"] == 10 and first["offset"] == 0
    assert first["next"] == "/api/v1/documents?limit=10&offset=10"
    ids = [d["id"] for d in all_pages(base, "/api/v1/documents", limit=17)]
    assert len(ids) == len(set(ids)) == len(gold)
    assert set(ids) == {document_id(d["text"]) for d in gold}


def test_documents_filters(served):
    base, _ = served
    gold = gold_documents()
    rows = get(base, "/api/v1/documents", source="air_force", lang="uk", limit=1000).json()["items"]
    expected = {document_id(d["text"]) for d in gold if d["source"] == "air_force" and d["lang"] == "uk"}
    assert expected and {d["id"] for d in rows} == expected
    rows = get(base, "/api/v1/documents", since="2025-07-01", until="2025-07-31", limit=1000).json()["items"]
    expected = {document_id(d["text"]) for d in gold if "2025-07-01" <= d["published"] <= "2025-07-31"}
    assert expected and {d["id"] for d in rows} == expected


def test_one_document_with_its_claims(served):
    base, ledger = served
    doc = gold_documents(("en",))[0]
    body = get(base, f"/api/v1/documents/{document_id(doc['text'])}").json()
    assert body["text"] == doc["text"]
    assert sorted(c["count"] for c in body["claims"]) == sorted(c["count"] for c in doc["claims"])
    with_evidence = [c for c in body["claims"] if c["evidence"]["start"] is not None]
    assert with_evidence
    for c in with_evidence:
        assert doc["text"][c["evidence"]["start"]:c["evidence"]["end"]].replace(",", "").isdigit() or c["count"] < 21
    assert get(base, "/api/v1/documents/0000000000000000").status_code == 404


@pytest.mark.parametrize("word", ["Kinzhal", "Шахед"])
def test_full_text_search(served, word):
    base, _ = served
    found = {d["id"] for d in get(base, "/api/v1/search", q=word, limit=100).json()["items"]}
    expected = {document_id(d["text"]) for d in gold_documents()
                if re.search(rf"\b{word}\b", d["text"], flags=re.IGNORECASE)}
    assert expected and found == expected


# -- claims --------------------------------------------------------------------

def gold_claims_where(**conditions) -> list[dict]:
    return [c for d in gold_documents() for c in d["claims"]
            if all(c.get(k) == v for k, v in conditions.items())]


def test_claims_filters(served):
    base, _ = served
    rows = get(base, "/api/v1/claims", kind="air_attack", attacker="UA", target="RU", region="RU-BEL",
               limit=1000).json()["items"]
    expected = gold_claims_where(kind="air_attack", attacker="UA", target="RU", region="RU-BEL")
    assert expected and sorted(r["count"] for r in rows) == sorted(c["count"] for c in expected)
    rows = get(base, "/api/v1/claims", weapon="missile", metric="launched", since="2025-06-01",
               until="2025-06-30", limit=1000).json()["items"]
    assert rows and all(r["weapon"] == "missile" and r["metric"] == "launched" for r in rows)
    assert all("2025-06-01" <= r["date"] <= "2025-06-30" for r in rows)
    assert len(rows) == len([c for c in gold_claims_where(weapon="missile", metric="launched")
                             if "2025-06-01" <= c["date"] <= "2025-06-30"])
    kinds = get(base, "/api/v1/claims", kind="casualties", source="governor", limit=1000).json()["items"]
    assert kinds and all(r["kind"] == "casualties" for r in kinds)
    governor_docs = {document_id(d["text"]) for d in gold_documents() if d["source"] == "governor"}
    assert {r["document_id"] for r in kinds} <= governor_docs


def test_claims_pages_add_up(served):
    base, ledger = served
    everything = all_pages(base, "/api/v1/claims", limit=97)
    assert len(everything) == len({c["id"] for c in everything}) == sum(len(d["claims"]) for d in gold_documents())


def test_claims_as_csv(served):
    base, _ = served
    response = get(base, "/api/v1/claims", kind="air_attack", region="UA-51", format="csv", limit=3)
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3 and all(r["region"] == "UA-51" for r in rows)
    assert {"count", "sentence", "span_start", "claimant"} <= set(rows[0])
    assert 'rel="next"' in response.headers["link"] and "offset=3" in response.headers["link"]


# -- events, series, records -----------------------------------------------------

def test_events_with_filters_and_one_event(served):
    base, ledger = served
    rows = get(base, "/api/v1/events", region="RU-BEL", limit=1000).json()["items"]
    assert rows and all(ev["region"] == "RU-BEL" for ev in rows)
    from skyledger import reconcile

    assert [ev["id"] for ev in rows] == [ev["id"] for ev in reconcile.events(ledger, region="RU-BEL")]
    one = get(base, f"/api/v1/events/{rows[0]['id']}").json()
    assert one["id"] == rows[0]["id"] and one["claims"]
    assert all(c["document_id"] for c in one["claims"])
    assert get(base, "/api/v1/events/no-such-event").status_code == 404
    flat = list(csv.DictReader(io.StringIO(get(base, "/api/v1/events", region="RU-BEL", format="csv").text)))
    assert len(flat) == sum(len(ev["figures"]) for ev in rows[:100])


def test_series_matches_the_analytics(served):
    base, ledger = served
    from skyledger import analytics

    body = get(base, "/api/v1/series", attacker="RU", target="UA").json()
    expected = json.loads(json.dumps(analytics.series(ledger, attacker="RU", target="UA"), default=str))
    assert body["items"] == expected and expected
    drones = get(base, "/api/v1/series", weapon="drone", freq="month").json()["items"]
    assert drones and all(r["weapon"] == "drone" for r in drones)
    paged = all_pages(base, "/api/v1/series", attacker="RU", target="UA", limit=7)
    assert paged == expected
    table = list(csv.DictReader(io.StringIO(get(base, "/api/v1/series", format="csv").text)))
    assert len(table) == len(get(base, "/api/v1/series").json()["items"])


def test_series_from_the_reference_data(served):
    base, ledger = served
    from skyledger import analytics

    window = dict(since="2025-06-01", until="2025-06-30", attacker="RU", target="UA")
    body = get(base, "/api/v1/series", source="reference", **window).json()
    expected = json.loads(json.dumps(analytics.series(ledger, source="reference", **window), default=str))
    assert body["items"] == expected and len(expected) >= 30
    assert body["items"] != get(base, "/api/v1/series", **window).json()["items"]


def test_records_and_casualties(served):
    base, ledger = served
    from skyledger import analytics

    records = get(base, "/api/v1/records", weapon="drone").json()["items"]
    assert records == json.loads(json.dumps(analytics.records(ledger, weapon="drone"), default=str))
    by_region = get(base, "/api/v1/casualties", by="region").json()["items"]
    assert by_region == json.loads(json.dumps(analytics.casualties_by(ledger, by="region"), default=str))
    regions = {r["region"]: r for r in get(base, "/api/v1/regions").json()["items"]}
    assert regions and all(r["casualties"] == r["killed"] + r["injured"] for r in regions.values())


# -- the schema and the docs -------------------------------------------------------

def test_openapi_and_offline_docs(served):
    base, _ = served
    schema = get(base, "/api/v1/openapi.json").json()
    for path in ("/api/v1/documents", "/api/v1/claims", "/api/v1/events", "/api/v1/series", "/api/v1/records",
                 "/api/v1/search"):
        assert path in schema["paths"]
    assert "post" in schema["paths"]["/api/v1/documents"]
    docs = get(base, "/api/v1/docs").text
    assert '"validatorUrl": null' in docs  # else Swagger UI sends non-local schemas to validator.swagger.io
    assets = re.findall(r"""(?:src|href)=["']([^"']+)""", docs) + re.findall(r"url: ?'([^']+)'", docs)
    assert assets and all(a.startswith("/") for a in assets), assets
    for asset in assets:
        assert get(base, asset).status_code == 200, asset


# -- bad requests are 4xx with a message, never 500 ----------------------------------

BAD_READS = [
    ("/api/v1/claims?since=yesterday", 422), ("/api/v1/claims?limit=0", 422),
    ("/api/v1/claims?limit=1000000000", 422), ("/api/v1/claims?offset=-1", 422),
    ("/api/v1/claims?attacker=XX", 422), ("/api/v1/claims?region=kharkiv", 422),
    ("/api/v1/claims?weapon=laser", 422), ("/api/v1/claims?format=xml", 422),
    ("/api/v1/claims?kind=rumour", 422), ("/api/v1/claims?until=2025-02-30", 422),
    ("/api/v1/documents?lang=english", 422), ("/api/v1/search", 422), ("/api/v1/search?q=", 422),
    ("/api/v1/series?freq=hourly", 422), ("/api/v1/records?metric=spent", 422),
    ("/api/v1/series?source=rumour", 422), ("/?source=rumour", 422),
    ("/api/v1/claims?source=%00", 400), ("/api/v1/documents/%00abc", 400),
    ("/api/v1/events/none", 404), ("/api/v1/nothing-here", 404),
    ("/events/none", 404), ("/claims?since=nope", 422), ("/map?metric=rainfall", 422),
]


@pytest.mark.parametrize("path,status", BAD_READS)
def test_bad_reads_get_a_clear_4xx(served, path, status):
    base, _ = served
    response = httpx.get(base + path, timeout=30)
    assert response.status_code == status, response.text
    if path.startswith("/api/"):
        assert response.json()["detail"]


def test_search_with_filters_and_pages(served):
    base, _ = served
    gold = gold_documents()
    has = lambda d, word: re.search(rf"\b{word}\b", d["text"], flags=re.IGNORECASE)
    july = get(base, "/api/v1/search", q="drones", since="2025-07-01", until="2025-07-31", limit=100).json()
    expected = {document_id(d["text"]) for d in gold if has(d, "drones") and "2025-07" in d["published"]}
    assert expected and {d["id"] for d in july["items"]} == expected
    assert get(base, "/api/v1/search", q="Шахед", lang="en").json()["items"] == []
    wire = get(base, "/api/v1/search", q="drones", source="wire", limit=1000).json()["items"]
    assert wire and all(d["source"] == "wire" for d in wire)
    paged = all_pages(base, "/api/v1/search", q="drones", limit=6)
    whole = get(base, "/api/v1/search", q="drones", limit=1000).json()["items"]
    assert [d["id"] for d in paged] == [d["id"] for d in whole]
    assert len(paged) == len({document_id(d["text"]) for d in gold if has(d, "drones")})


def test_odd_search_text_is_not_syntax(served):
    base, _ = served
    for q in ['drones" OR "', "NEAR(", "*", "'; DROP TABLE documents; --", "a" * 500, "🚀"]:
        assert get(base, "/api/v1/search", q=q).status_code == 200


# -- writing ---------------------------------------------------------------------

NEW = [
    {"text": "Russia launched 41 drones at Ukraine overnight; air defence shot down 30 of them, the air force said.",
     "published": "2025-05-03", "lang": "en", "source": "test wire", "id": "mine-1"},
    {"text": "Two people were injured in Sumy after a drone attack on Friday, the governor said.",
     "published": "2025-05-02", "lang": "en", "source": "governor"},
]


@pytest.fixture
def writable(db_url):
    ledger = Ledger(db_url)
    app = create_app(ledger, api_token=TOKEN, max_body=20_000)
    with running(app) as base:
        yield base, ledger
        assert app.state.writer.reconciled.wait(60)  # no rebuild left running into the next test's database
    ledger.close()


def post(base: str, body, token: str | None = TOKEN, **kwargs) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    content = body if isinstance(body, (bytes, str)) or body is None else json.dumps(body)
    response = httpx.post(base + "/api/v1/documents", content=content, headers=headers, timeout=60, **kwargs)
    assert response.status_code < 500, response.text
    return response


def test_writes_need_the_token(writable):
    base, ledger = writable
    assert post(base, NEW, token=None).status_code == 401
    assert post(base, NEW, token="wrong").status_code == 401
    response = httpx.post(base + "/api/v1/documents", json=NEW, headers={"X-API-Token": "nope"})
    assert response.status_code == 401 and "token" in response.json()["detail"]
    assert ledger.counts()["documents"] == 0


def test_no_token_configured_refuses_every_write(db_url):
    ledger = Ledger(db_url)
    with running(create_app(ledger, api_token="")) as base:
        assert post(base, NEW, token="").status_code == 401
        assert post(base, NEW, token="anything").status_code == 401
    ledger.close()


def test_post_ingests_and_answers_ids_and_claims(writable):
    base, ledger = writable
    before = get(base, "/api/v1/documents").json()["items"]
    response = post(base, NEW)
    assert response.status_code == 201
    body = response.json()
    ids = [document_id(d["text"]) for d in NEW]
    assert [d["id"] for d in body["documents"]] == ids
    assert [d["status"] for d in body["documents"]] == ["stored", "stored"] and body["stored"] == 2
    assert body["documents"][0]["ref"] == "mine-1"
    for answered, doc_id in zip(body["documents"], ids):
        assert answered["claims"] == ledger.document(doc_id)["claims"]
    assert before == [] and {d["id"] for d in get(base, "/api/v1/documents").json()["items"]} == set(ids)
    again = post(base, {"documents": NEW[:1]})
    assert again.status_code == 200 and again.json()["documents"][0]["status"] == "duplicate"
    assert ledger.counts()["documents"] == 2


def test_events_follow_a_write(writable):
    base, ledger = writable
    body = post(base, NEW).json()
    assert body["events"] == "updating"
    posted = {c["id"] for d in body["documents"] for c in d["claims"] if c["kind"] == "air_attack"}
    assert posted, "the extractor found no air attack in the posted text"
    deadline = time.monotonic() + 60
    while True:
        events = get(base, "/api/v1/events", since="2025-05-03", until="2025-05-03").json()["items"]
        if events or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert events
    linked = {c["id"] for ev in events for c in get(base, f"/api/v1/events/{ev['id']}").json()["claims"]}
    assert posted <= linked
    nights = get(base, "/api/v1/series", since="2025-05-03", until="2025-05-03").json()["items"]
    assert any(r["weapon"] == "drone" and r["launched"] == 41 for r in nights)


def test_post_one_document_object(writable):
    base, ledger = writable
    response = post(base, {"text": "Air defence destroyed 12 drones over the Kursk region overnight.",
                           "published": "2025-05-04"})
    assert response.status_code == 201
    doc = ledger.document(response.json()["documents"][0]["id"])
    assert doc["published"] == "2025-05-04" and doc["lang"] == "en"


BAD_BODIES = [
    (b"{not json", 422, "not JSON"), (b"\xff\xfe", 422, "not JSON"), (b"", 422, "not JSON"),
    (b"[]", 422, "send a document"), (b"42", 422, "send a document"), (b'"text"', 422, "send a document"),
    (json.dumps({"text": ""}), 422, "text"), (json.dumps({"text": 5}), 422, "text"),
    (json.dumps({"title": "no text"}), 422, "text"),
    (json.dumps({"text": "x", "published": "yesterday"}), 422, "published"),
    (json.dumps({"text": "x", "lang": "English"}), 422, "lang"), (json.dumps({"text": "nul \x00 inside"}), 422, "NUL"),
    (json.dumps([{"text": "ok"}, {"text": None}]), 422, "text"),
    (b"[" * 9_000 + b"]" * 9_000, 422, "nested too deeply"),
    (json.dumps({"documents": "not a list"}), 422, "send a document"),
    (json.dumps({"documents": [1]}), 422, "dictionary"),
    (json.dumps({"text": "x", "published": "2025-02-30"}), 422, "published"),
    (json.dumps([{"text": f"doc {i}"} for i in range(501)]), 413, "at most 500"),
    (json.dumps({"text": "x" * 30_000}), 413, "limit"),
]


@pytest.mark.parametrize("body,status,message", BAD_BODIES)
def test_bad_bodies_get_a_clear_4xx(writable, body, status, message):
    base, ledger = writable
    response = post(base, body)
    assert response.status_code == status, response.text
    assert message in json.dumps(response.json()["detail"], ensure_ascii=False)
    assert ledger.counts()["documents"] == 0


def test_oversized_body_without_a_length_is_cut_off(writable):
    base, ledger = writable

    def chunks():  # sent chunked: the server cannot know the size up front
        yield b'{"text": "'
        for _ in range(40):
            yield b"x" * 1000
        yield b'"}'
    response = httpx.post(base + "/api/v1/documents", content=chunks(), timeout=60,
                          headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 413
    assert ledger.counts()["documents"] == 0


def test_reads_see_a_write_at_once(writable):
    base, _ = writable
    assert get(base, "/api/v1/claims").json()["items"] == []
    post(base, NEW)
    claims = get(base, "/api/v1/claims", limit=1000).json()["items"]
    stored = [c for d in NEW for c in (get(base, f"/api/v1/documents/{document_id(d['text'])}").json()["claims"])]
    assert sorted(c["id"] for c in claims) == sorted(c["id"] for c in stored)


# -- an empty ledger, and the command ---------------------------------------------

@pytest.mark.parametrize("path", ["/", "/map", "/events", "/claims", "/documents", "/search?q=drones",
                                  "/api/v1/series", "/api/v1/events", "/api/v1/regions", "/api/v1/records"])
def test_an_empty_ledger_serves_every_view(writable, path):
    base, _ = writable
    response = get(base, path)
    assert response.status_code == 200
    if path.startswith("/api/"):
        assert response.json()["items"] == []


def test_skyledger_serve_command(tmp_path):
    """`skyledger serve` as a user starts it: events reconciled first, then the dashboard and the API."""
    import os
    import socket
    import subprocess
    import sys
    import time

    db = str(tmp_path / "cli.db")
    gold_ledger(db, gold_documents(("en",)), reference=False).close()
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {k: v for k, v in os.environ.items() if k != "SKYLEDGER_DATABASE_URL"}
    server = subprocess.Popen([sys.executable, "-m", "skyledger", "serve", "--db", db, "--port", str(port)],
                              env={**env, "SKYLEDGER_API_TOKEN": TOKEN}, stderr=subprocess.PIPE, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(base + "/api/v1/openapi.json", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                assert time.monotonic() < deadline and server.poll() is None, "skyledger serve did not start"
                time.sleep(0.2)
        nights = re.search(r'data-nights="(\d+)"', get(base, "/").text)
        assert nights and int(nights.group(1)) > 5
        assert len(get(base, "/api/v1/events").json()["items"]) > 5
        assert post(base, NEW[:1]).status_code == 201
    finally:
        server.terminate()
        _, stderr = server.communicate(timeout=20)
    assert f"on http://127.0.0.1:{port}/" in stderr
