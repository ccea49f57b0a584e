"""A synthetic ledger for the benchmarks: many nights, several sources each, syndicated copies.

Every night (both directions) gets an Air Force or Defence Ministry report,
wire stories (some syndicated to other outlets as near-duplicates), local
news with rounded figures, governors' regional counts and casualty tolls —
the mix reconciliation meets in real reporting.
"""
from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import insert

from skyledger.models import AirAttack, Casualties, Document
from skyledger.store import Ledger
from skyledger.store.ledger import claim_to_row
from skyledger.store.schema import ClaimRow, DocumentRow

FIRST = date(2022, 2, 24)  # about 1,500 nights make 100,000 claims
UA_REGIONS = ["UA-30", "UA-32", "UA-63", "UA-51", "UA-12", "UA-46", "UA-07", "UA-18", "UA-53", "UA-23"]
RU_REGIONS = ["RU-BEL", "RU-KRS", "RU-BRY", "RU-VOR", "RU-ROS", "RU-MOS", "RU-KDA"]
WORDS = ("attack air defence overnight region city officials said damage infrastructure energy fire "
         "residential building strike Kyiv Kharkiv Odesa Lviv drones missiles launched intercepted "
         "electronic warfare debris injured killed rescue emergency services statement channel").split()


def _text(rng: random.Random, figures: list[int], n: int = 90) -> str:
    words = [rng.choice(WORDS) for _ in range(n)]
    for i, figure in enumerate(figures):
        words.insert(rng.randrange(len(words)), str(figure))
    return " ".join(words) + f". ({rng.getrandbits(48):x})"


def _night(rng: random.Random, day: date, attacker: str, target: str) -> list[tuple[Document, list]]:
    """The documents about one night, with their claims."""
    launched = rng.randint(20, 800)
    defeated = int(launched * rng.uniform(0.5, 0.95))
    lost = rng.randint(0, launched - defeated)
    missiles = rng.randint(0, 60) if rng.random() < 0.4 else 0
    official = "UA Air Force" if target == "UA" else "RU Ministry of Defence"
    regions = UA_REGIONS if target == "UA" else RU_REGIONS

    def air(count, metric="launched", weapon="drone", **kw):
        return AirAttack(attacker=attacker, target=target, date=day, weapon=weapon, metric=metric, count=count, **kw)

    report = [air(launched, claimant=official), air(defeated, "defeated", claimant=official),
              air(lost, "lost", claimant=official)]
    if missiles:
        report += [air(missiles, weapon="missile", claimant=official),
                   air(missiles // 2, "defeated", "missile", claimant=official),
                   air(missiles // 3, weapon="missile", weapon_type="Kh-101", claimant=official)]
    by_region = {region: rng.randint(1, 40) for region in rng.sample(regions, 4)}
    report += [air(n, "defeated", region=region, claimant=official) for region, n in by_region.items()]
    docs = [(Document(text=_text(rng, [launched, defeated]), published=day, lang="en",
                      source="air_force" if target == "UA" else "defence_ministry"), report)]
    wire_claims = [air(launched, claimant=official), air(defeated, "defeated", claimant=official)]
    if rng.random() < 0.1:  # a wire story with a figure off by more than the tolerance
        wire_claims[0] = air(int(launched * 1.2) + 1, claimant=official)
    wire_text = _text(rng, [launched, defeated], 140)
    docs.append((Document(text=wire_text, published=day, lang="en", source="wire"), wire_claims))
    for outlet in rng.sample(["Kyiv Post", "Ukrinform", "local_news", "digest"], rng.randint(1, 3)):
        copy = wire_text.replace("attack", "assault", 1) + f" ({outlet})"  # syndicated: a near-duplicate
        docs.append((Document(text=copy, published=day, lang="en", source=outlet), wire_claims))
    local = [air(round(launched, -1), qualifier="about"), air(round(defeated, -1), "defeated", qualifier="about")]
    docs.append((Document(text=_text(rng, [launched]), published=day, lang="en", source="local_news"), local))
    for region in sorted(by_region):
        # The governor mostly repeats the national count for the region; now and then it differs.
        shot_down = by_region[region] if rng.random() < 0.95 else by_region[region] + rng.randint(3, 9)
        toll = [Casualties(outcome="injured", count=rng.randint(1, 30), date=day, region=region, attacker=attacker),
                Casualties(outcome="killed", count=rng.randint(1, 8), date=day, region=region, attacker=attacker),
                air(shot_down, "defeated", region=region, claimant=f"{region} regional governor")]
        docs.append((Document(text=_text(rng, [t.count for t in toll]), published=day, lang="en",
                              source="governor"), toll))
    return docs


def documents(claims: int, seed: int = 7):
    """Yield (document, claims) until about ``claims`` claims are made, night after night."""
    rng = random.Random(seed)
    made, day = 0, FIRST
    while made < claims:
        for attacker, target in (("RU", "UA"), ("UA", "RU")):
            for doc, doc_claims in _night(rng, day, attacker, target):
                made += len(doc_claims)
                yield doc, doc_claims
        day += timedelta(days=1)


def build(url: str, claims: int) -> dict:
    """Write the synthetic documents and claims in bulk (ingestion is not what is measured)."""
    ledger = Ledger(url)
    docs, rows, seen = [], [], set()
    for doc, doc_claims in documents(claims):
        if doc.id in seen:
            continue
        seen.add(doc.id)
        docs.append({"id": doc.id, "text": doc.text, "published": doc.published, "lang": doc.lang,
                     "source": doc.source, "unsupported": False})
        ids = set()
        for claim in doc_claims:
            row = claim_to_row(doc.id, claim)
            if row.id not in ids:
                ids.add(row.id)
                rows.append({c.name: getattr(row, c.name) for c in ClaimRow.__table__.columns})
    with ledger.session() as session, session.begin():
        session.execute(insert(DocumentRow), docs)
        session.execute(insert(ClaimRow), rows)
    return {"documents": len(docs), "claims": len(rows)}
