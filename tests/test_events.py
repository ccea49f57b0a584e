"""The unscored kinds: statements, talks, meetings, visits, sanctions, ground fighting.

The founding article (../shared/eval/seed) must give all of them; the fixtures below are
written for these tests, in English, Ukrainian and Russian.
"""
from __future__ import annotations

from datetime import date

import pytest
from conftest import EVAL, read_jsonl

from skyledger.extract import extract, pipeline
from skyledger.models import Document, GroundAction, Meeting, Sanction, Statement, Talks, Visit

SEED = EVAL / "seed" / "seed.jsonl"
SCORED = ("air_attack", "casualties")


def events(text: str, lang: str = "en", published: date = date(2025, 3, 12)) -> list:
    doc = Document(text=text, published=published, lang=lang)
    return [c for c in extract(doc) if c.kind not in SCORED]


def one(claims: list, cls):
    found = [c for c in claims if isinstance(c, cls)]
    assert len(found) == 1, found
    return found[0]


def span(doc: Document, claim) -> str:
    return doc.text[claim.evidence.start:claim.evidence.end]


# ------------------------------------------------------------------ the founding article


@pytest.fixture(scope="module")
def seed():
    if not SEED.exists():
        pytest.skip("the benchmark's seed article is not beside this repository")
    record = read_jsonl(SEED)[0]
    doc = Document(text=record["text"], published=date.fromisoformat(record["published"]), lang=record["lang"])
    return doc, extract(doc)


def _statement(claims, start: str) -> Statement:
    found = [c for c in claims if isinstance(c, Statement) and c.quote.startswith(start)]
    assert len(found) == 1, [c.quote for c in claims if isinstance(c, Statement)]
    return found[0]


def test_seed_quotation_over_three_sentences(seed):
    doc, claims = seed
    s = _statement(claims, "Kharkiv is holding on")
    assert s.speaker == "Terekhov"
    assert s.quote == "Kharkiv is holding on. People are alive. And that is the most important thing"
    assert span(doc, s) == s.quote
    # the evidence sentence runs from the opening mark's sentence to the one that names the speaker
    assert s.evidence.sentence.startswith("“Kharkiv") and s.evidence.sentence.endswith("Terekhov said.")
    assert s.date == date(2025, 6, 12)


def test_seed_statements_resolve_names_and_pronouns(seed):
    _, claims = seed
    zelenskyy = _statement(claims, "Real peace comes with a USD 30 cap")
    assert (zelenskyy.speaker, zelenskyy.role) == ("Volodymyr Zelenskyy", "Ukrainian President")
    partial = _statement(claims, "no interest in a peaceful solution")
    assert partial.quote == "no interest in a peaceful solution at present"
    assert (partial.speaker, partial.role, partial.claimant) == ("Boris Pistorius", "German defence minister", "dpa")
    he_said = _statement(claims, "Of course this will also be about")
    assert (he_said.speaker, he_said.role) == ("Boris Pistorius", "German defence minister")
    assert len([c for c in claims if isinstance(c, Statement)]) == 4


def test_seed_talks_in_istanbul(seed):
    _, claims = seed
    talks = one(claims, Talks)
    assert sorted(talks.parties) == ["RU", "UA"]
    assert talks.place == "Istanbul"
    assert talks.date == date(2025, 6, 2)
    assert talks.description == "2 June talks in Istanbul between Russian and Ukrainian negotiators"


def test_seed_meeting_in_odesa(seed):
    _, claims = seed
    meeting = one(claims, Meeting)
    assert meeting.place == "Odesa"
    assert meeting.parties == ["leaders of southeast European countries"]
    # the talks' own date ("2 June") is not the day of what follows
    assert meeting.date == date(2025, 6, 12)


def test_seed_visit(seed):
    doc, claims = seed
    visit = one(claims, Visit)
    assert (visit.person, visit.role, visit.place) == ("Boris Pistorius", "German defence minister", "Kyiv")
    assert visit.date == date(2025, 6, 12)
    assert span(doc, visit) == "German defence minister Boris Pistorius arrived in Kyiv"


def test_seed_oil_price_cap_values(seed):
    _, claims = seed
    caps = [c for c in claims if isinstance(c, Sanction) and c.measure == "oil price cap"]
    assert all(c.target == "Russian oil" for c in caps)
    values = {v.amount: v for c in caps for v in c.values}
    assert set(values) == {60, 45, 30}
    assert all(v.currency == "USD" for v in values.values())
    assert (values[60].status, values[60].holder) == ("in_force", None)
    assert (values[45].status, values[45].holder) == ("proposed", "EU")
    assert values[30].status == "demanded" and "Zelenskyy" in values[30].holder
    package = [c for c in claims if isinstance(c, Sanction) and "package" in c.measure]
    assert [(c.measure, c.target) for c in package] == [("latest sanctions package", "Russia")]


def test_seed_ground_action(seed):
    _, claims = seed
    ground = one(claims, GroundAction)
    assert ground.actor == "RU"
    assert ground.description == "a renewed Russian battlefield push along eastern and northeastern parts of the front line"
    assert ground.area == "eastern and northeastern parts of the front line"


def test_seed_evidence_points_into_the_text(seed):
    doc, claims = seed
    for c in claims:
        ev = c.evidence
        assert doc.text[ev.sentence_start:ev.sentence_end] == ev.sentence
        assert ev.sentence_start <= ev.start < ev.end <= ev.sentence_end


def test_events_leave_the_scored_claims_alone(seed, monkeypatch):
    doc, claims = seed
    with_events = [c.model_dump() for c in claims if c.kind in SCORED]
    monkeypatch.delitem(pipeline.SENTENCE_COMPONENTS, "events")
    assert [c.model_dump() for c in extract(doc)] == with_events


# ------------------------------------------------------------------ English


def test_speaker_named_before_then_surname_and_pronoun():
    text = ("Foreign Minister Andrii Sybiha met his Turkish counterpart on Tuesday.\n\n"
            "“We are ready to stop the fire tomorrow if Moscow does the same,” Sybiha told reporters. "
            "Later he added: “The next step is theirs.”")
    claims = events(text)
    statements = [c for c in claims if isinstance(c, Statement)]
    assert [(s.speaker, s.role) for s in statements] == [("Andrii Sybiha", "Foreign Minister")] * 2
    assert statements[1].quote == "The next step is theirs."
    meeting = one(claims, Meeting)
    assert meeting.parties == ["Andrii Sybiha", "TR"]
    assert meeting.date == date(2025, 3, 11)  # Tuesday, for a piece of Wednesday 12 March


def test_said_name_and_a_quotation_that_goes_on():
    claims = events("“The shelling did not stop all night,” said Marta, a nurse at the district hospital. "
                    "“We worked by torchlight.”")
    assert [(c.speaker, c.quote) for c in claims] == [
        ("Marta", "The shelling did not stop all night"), ("Marta", "We worked by torchlight.")]


def test_role_without_a_name_and_an_unknown_he():
    claims = events("“Nobody slept,” the mayor said.\n\n“Everything is quiet now,” he said.")
    mayor, he = claims
    assert (mayor.speaker, mayor.role) == (None, "mayor")
    assert he.role == "mayor"  # "he" is the last one who spoke


def test_cap_lowered_to_a_value_from_another():
    claims = events("The G7 agreed to lower the price cap on Russian crude to $50 a barrel from $60, officials said.")
    cap = one(claims, Sanction)
    assert (cap.measure, cap.target, cap.claimant) == ("oil price cap", "Russian oil", "officials")
    new, old = cap.values
    assert (new.amount, new.currency, new.unit, new.status, new.holder) == (50, "USD", "barrel", "in_force", "G7")
    assert (old.amount, old.status) == (60, "other")


def test_sanctions_package_against_a_capital():
    claims = events("The bloc is preparing a 19th package of sanctions against Moscow, EU officials said.")
    package = one(claims, Sanction)
    assert (package.measure, package.target, package.claimant) == ("19th sanctions package", "Russia", "EU officials")


def test_talks_with_the_sides_named_apart():
    claims = events("Ukrainian and American delegations held talks in Jeddah on 11 March, the foreign ministry said.")
    talks = one(claims, Talks)
    assert (talks.parties, talks.place, talks.date) == (["UA", "US"], "Jeddah", date(2025, 3, 11))
    assert talks.description == "talks in Jeddah between Ukrainian and American delegations"


def test_visit_with_role_and_weekday():
    visit = one(events("Polish President Karol Nawrocki visited Kyiv on Friday, his office said."), Visit)
    assert (visit.person, visit.role, visit.place, visit.date) == (
        "Karol Nawrocki", "Polish President", "Kyiv", date(2025, 3, 7))


def test_ground_fighting_with_actor_and_area():
    ground = one(events("Russian troops advanced near Pokrovsk, the General Staff said."), GroundAction)
    assert (ground.actor, ground.area, ground.description) == ("RU", "Pokrovsk", "Russian troops advanced near Pokrovsk")
    assert "General Staff" in ground.claimant


def test_what_is_not_an_event():
    text = ("Russia launched 40 drones at Ukraine overnight, the air force said. Air defences shot down 35 "
            "“Shahed” drones. Ukraine will push for a ceasefire. It was the biggest aerial assault of the war. "
            "Regions along the front line faced daily Russian attacks with glide bombs.")
    assert events(text) == []


# ------------------------------------------------------------------ Ukrainian


def test_uk_dash_said_with_role_and_name():
    s = one(events("«Ми тримаємося і будемо триматися далі», – сказав мер Харкова Ігор Терехов.", "uk"), Statement)
    assert (s.speaker, s.role, s.quote) == ("Ігор Терехов", "мер Харкова", "Ми тримаємося і будемо триматися далі")


def test_uk_according_to_in_the_genitive():
    text = "За словами міністра оборони Німеччини Бориса Пісторіуса, «підтримка України триватиме стільки, скільки буде потрібно»."
    s = one(events(text, "uk"), Statement)
    assert (s.speaker, s.role) == ("Борис Пісторіус", "міністр оборони Німеччини")  # in the nominative


def test_uk_talks_and_a_proposed_cap():
    talks = one(events("Делегації України та Росії провели переговори в Стамбулі.", "uk"), Talks)
    assert (talks.parties, talks.place) == (["UA", "RU"], "Istanbul")
    cap = one(events("Євросоюз запропонував знизити стелю ціни на російську нафту з 60 до 45 доларів за барель.", "uk"),
              Sanction)
    assert (cap.measure, cap.target) == ("oil price cap", "Russian oil")
    assert [(v.amount, v.currency, v.unit, v.status, v.holder) for v in cap.values] == [
        (60, "USD", "barrel", "in_force", None), (45, "USD", "barrel", "proposed", "EU")]


def test_uk_offensive_on_a_direction_and_a_visit():
    ground = one(events("Російські війська продовжують наступ на Покровському напрямку, повідомили в Генштабі.", "uk"),
                 GroundAction)
    assert (ground.actor, ground.area) == ("RU", "Покровському напрямку")
    assert ground.description == "Російські війська продовжують наступ на Покровському напрямку"
    visit = one(events("Прем'єр-міністр Польщі Дональд Туск прибув до Києва з візитом.", "uk"), Visit)
    assert (visit.person, visit.role, visit.place) == ("Дональд Туск", "Прем'єр-міністр Польщі", "Kyiv")


# ------------------------------------------------------------------ Russian


def test_ru_visit_then_he_said():
    text = ("Губернатор Белгородской области Вячеслав Гладков посетил Шебекино. "
            "«Город выстоит, мы восстановим каждый дом», – сказал он.")
    claims = events(text, "ru")
    visit, statement = one(claims, Visit), one(claims, Statement)
    assert (visit.person, visit.place) == ("Вячеслав Гладков", "Шебекино")
    assert (statement.speaker, statement.role) == ("Вячеслав Гладков", "Губернатор Белгородской области")


def test_ru_cap_in_force_with_a_decimal_comma():
    cap = one(events("С сентября действует потолок цен на российскую нефть в 47,6 доллара за баррель.", "ru"), Sanction)
    assert [(v.amount, v.currency, v.unit, v.status) for v in cap.values] == [(47.6, "USD", "barrel", "in_force")]


def test_ru_fighting_near_a_town_and_talks():
    ground = one(events("Ожесточенные бои идут в районе Торецка, сообщили в Генштабе.", "ru"), GroundAction)
    assert ground.area == "Торецк" and ground.actor is None
    talks = one(events("Переговоры делегаций России и США прошли в Эр-Рияде.", "ru"), Talks)
    assert (talks.parties, talks.place, talks.description) == (["RU", "US"], "Riyadh", "Переговоры делегаций России и США")


def test_a_cached_event_lexicon_of_another_layout_is_built_anew(tmp_path, monkeypatch):
    """A pickle whose fields are not the lexicon's (saved by compiled code older than the source
    that keys the cache) is read as no cache, not as an error."""
    import pickle

    from skyledger.extract import events
    from skyledger.lang import cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    events._lexicon.cache_clear()
    try:
        good = events._lexicon("en")  # built and saved under tmp_path
        saved = next(cache.cache_dir().glob("events-en-*.pickle"))
        state = pickle.loads(saved.read_bytes())
        saved.write_bytes(pickle.dumps({**state, "a_field_since_removed": {}}))
        events._lexicon.cache_clear()
        again = events._lexicon("en")
        assert again.exact_triggers == good.exact_triggers
        assert set(pickle.loads(saved.read_bytes())) == set(state)  # and saved again in its own layout
    finally:
        events._lexicon.cache_clear()
