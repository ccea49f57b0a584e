"""The dashboard in real headless Chromium (Debian's), driven by Playwright.

One server over the gold ledger and one browser for the module; every page is
loaded with its data, filters are clicked, and a screenshot of each view is
saved in test-artifacts/ for a person to look at. Every request a page makes
is recorded: none may leave 127.0.0.1.
"""
from __future__ import annotations

import re

import httpx
import pytest

from serve_helpers import ARTIFACTS, gold_ledger, running
from skyledger.serve import create_app

pytestmark = pytest.mark.browser
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run"]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    ledger = gold_ledger(str(tmp_path_factory.mktemp("browser") / "gold.db"))
    with running(create_app(ledger)) as url:
        yield url
    ledger.close()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, base):
    """A fresh page that records every URL it requests and every script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.requested, tab.errors = [], []
    tab.on("request", lambda request: tab.requested.append(request.url))
    tab.on("pageerror", lambda error: tab.errors.append(str(error)))
    yield tab
    local = (base + "/", "blob:" + base + "/", "data:")  # blob: and data: URLs are made by the page itself
    outside = [u for u in tab.requested if not u.startswith(local)]
    assert outside == [], f"requests that left the server: {outside}"
    assert tab.errors == []
    context.close()


def shot(page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def wait_for_chart(page) -> list[dict]:
    page.wait_for_selector("#timeline[data-ready='1'] .main-svg", timeout=20_000)
    return page.evaluate("""() => document.getElementById('timeline').data.map(t => ({
        name: t.name, points: t.y.filter(v => v !== null).length,
        total: t.y.reduce((a, v) => a + (v === null ? 0 : v), 0)}))""")


def test_overview_draws_the_nights(page, base):
    page.goto(base + "/")
    traces = wait_for_chart(page)
    names = [t["name"] for t in traces]
    assert "drones launched" in names and "drones defeated" in names and "record" in names
    launched = next(t for t in traces if t["name"] == "drones launched")
    defeated = next(t for t in traces if t["name"] == "drones defeated")
    assert launched["points"] > 10 and launched["total"] > 0 > defeated["total"]  # defeated is drawn downwards
    assert page.locator("#headline .card").count() == 3
    assert int(page.locator("#timeline").get_attribute("data-nights")) > 10
    assert page.locator("#records tr").count() > 1
    shot(page, "overview")


def test_a_filter_click_changes_the_chart(page, base):
    page.goto(base + "/")
    before = wait_for_chart(page)
    page.click("#weapons >> text=missiles")
    page.wait_for_url(re.compile(r"weapon=missile"))
    after = wait_for_chart(page)
    assert {t["name"] for t in after} - {"record"} == {"missiles launched", "missiles defeated"}
    assert after != before
    shot(page, "overview-missiles")
    page.click("#direction >> text=Ukraine → Russia")
    page.wait_for_url(re.compile(r"attacker=UA.*target=RU|target=RU.*attacker=UA"))
    assert "weapon=missile" in page.url  # the other filters stay in the URL
    reverse = wait_for_chart(page)
    assert reverse != after
    page.goto(base + "/?attacker=UA&target=RU&weapon=drone")
    ua_drones = wait_for_chart(page)
    api = httpx.get(base + "/api/v1/series", params={"attacker": "UA", "target": "RU", "weapon": "drone"}).json()
    launched = next(t for t in ua_drones if t["name"] == "drones launched")
    assert launched["total"] == sum(r["launched"] or 0 for r in api["items"])


def test_reference_figures_are_one_click_away(page, base):
    page.goto(base + "/")
    ledger = wait_for_chart(page)
    page.click("#source >> text=reference data")
    page.wait_for_url(re.compile(r"source=reference"))
    reference = wait_for_chart(page)
    assert reference != ledger
    api = httpx.get(base + "/api/v1/series", params={"source": "reference", "attacker": "RU", "target": "UA",
                                                      "weapon": "drone"}).json()["items"]
    drones = next(t for t in reference if t["name"] == "drones launched")
    assert drones["total"] == sum(r["launched"] or 0 for r in api) > 0
    shot(page, "overview-reference")


def test_period_links_narrow_the_chart(page, base):
    page.goto(base + "/")
    everything = wait_for_chart(page)
    page.click("#periods >> text=Last 30 nights")
    page.wait_for_url(re.compile(r"since=.*until="))
    month = wait_for_chart(page)
    count = lambda traces: sum(t["points"] for t in traces if t["name"] != "record")
    assert 0 < count(month) < count(everything)


def test_the_map_renders_its_regions(page, base):
    page.goto(base + "/map")
    tiles = page.locator("#region-map .tile")
    assert tiles.count() == 59
    assert page.locator("#region-map .tile.ua").count() == 27
    box = page.locator("#region-map").bounding_box()
    assert box["width"] > 500 and box["height"] > 300
    shaded = page.locator("#region-map .tile:not(.s0)")
    assert shaded.count() > 10
    shot(page, "map-attacks")
    page.click("#metric >> text=drones defeated")
    page.wait_for_url(re.compile(r"metric=defeated"))
    api = {r["region"]: r for r in httpx.get(base + "/api/v1/regions").json()["items"]}
    belgorod = page.locator("#region-map .tile[data-code='RU-BEL']")
    assert int(belgorod.get_attribute("data-value")) == api["RU-BEL"]["defeated"] > 0
    shot(page, "map-defeated")
    page.click("#region-map .tile[data-code='RU-BEL']")
    page.wait_for_url(re.compile(r"/claims\?region=RU-BEL"))
    assert page.locator("#claims tr").count() > 1


def test_event_page_highlights_each_source_sentence(page, base):
    events = httpx.get(base + "/api/v1/events", params={"limit": 1000}).json()["items"]
    contested = [ev for ev in events if any(f["conflict"] for f in ev["figures"])]
    chosen = (contested or events)[0]
    detail = httpx.get(base + f"/api/v1/events/{chosen['id']}").json()
    page.goto(base + f"/events/{chosen['id']}")
    assert page.locator("#figures tr").count() == len(detail["figures"]) + 1
    if contested:
        assert page.locator("#figures tr.conflict a.alt").count() >= 1
    marked = " ".join(page.locator("mark.focus").all_inner_texts())
    with_sentence = [c for c in detail["claims"] if c["evidence"]["sentence"]]
    assert with_sentence
    for claim in with_sentence:
        assert " ".join(claim["evidence"]["sentence"].split()) in " ".join(marked.split())
        assert page.locator(f"[id='claim-{claim['id']}']").count() == 1
    figures = page.locator("b.figure").all_inner_texts()
    assert any(str(c["count"]) in f.replace(",", "").replace(" ", "") for c in with_sentence for f in figures)
    shot(page, "event")


def test_document_page_focuses_one_claim(page, base):
    claims = httpx.get(base + "/api/v1/claims", params={"kind": "casualties", "limit": 50}).json()["items"]
    claim = next(c for c in claims if c["evidence"]["sentence"])
    page.goto(base + f"/documents/{claim['document_id']}?claim={claim['id']}")
    focus = " ".join(page.locator("#document-text mark.focus").all_inner_texts())
    assert " ".join(claim["evidence"]["sentence"].split()) == " ".join(focus.split())
    assert page.locator("#doc-claims tr.focus").count() == 1
    shot(page, "document")


def test_claims_table_filters_in_the_url(page, base):
    page.goto(base + "/claims")
    all_rows = page.locator("#claims tr").count()
    page.select_option("select[name=kind]", "casualties")
    page.fill("input[name=region]", "UA-63")
    page.click("#claim-filters button")
    page.wait_for_url(re.compile(r"kind=casualties"))
    assert "since=" not in page.url  # empty fields are dropped from the shared URL
    assert "region=UA-63" in page.url
    rows = page.locator("#claims tr").count()
    assert 1 < rows < all_rows
    csv_text = httpx.get(base + page.locator("#csv-link").get_attribute("href")).text
    assert csv_text.count("\n") == rows  # header + one line per row shown
    shot(page, "claims")


def test_documents_and_search(page, base):
    page.goto(base + "/documents?lang=uk")
    assert page.locator("#documents tr").count() > 5
    shot(page, "documents")
    page.goto(base + "/search")
    page.fill("input[name=q]", "Kinzhal")
    page.press("input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"q=Kinzhal"))
    hits = page.locator("#documents tr").count() - 1
    assert hits == len(httpx.get(base + "/api/v1/search", params={"q": "Kinzhal"}).json()["items"]) > 0
    shot(page, "search")
    page.click("#documents a >> nth=0")
    page.wait_for_url(re.compile(r"/documents/"))
    assert "kinzhal" in page.locator("#document-text").inner_text().lower()


def test_events_list_and_api_docs(page, base):
    page.goto(base + "/events?region=RU-BEL")
    assert page.locator("#events tr").count() > 1
    shot(page, "events")
    page.goto(base + "/api/v1/docs")
    page.wait_for_selector(".swagger-ui .opblock", timeout=20_000)
    assert page.locator(".opblock").count() >= 8
    shot(page, "api-docs")
