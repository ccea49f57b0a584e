"""Checking a new article against the ledger.

For each figure in the article: does the ledger confirm it, contradict it,
or lack it — with the ledger's figure and its source. The ledger's reconciled
event figure is the basis; where the ledger has none, the imported reference
data (official per-night figures) is. Superlatives ("record", "the largest
since March") are checked against the per-night series: the reference
series where it covers the night (it is complete), else the ledger's.

    check_claims(ledger, claims, text=..., published=...)   # claims given (tests, other extractors)
    check_document(ledger, document)                        # claims from skyledger.extract
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from skyledger import analytics
from skyledger.models import ClaimBase, Document, claim_to_json
from skyledger.reconcile.build import WEAPON_GROUPS, event_id, sides
from skyledger.reconcile.figures import agrees
from skyledger.reconcile.superlatives import find, nearest_claim
from skyledger.store.schema import CasualtyFigureRow, EventFigureRow, NightFigureRow

REFERENCE_METRICS = ("launched", "defeated", "lost")


def _verdict(count: int, qualifier: str, other: dict | None) -> str:
    if other is None:
        return "lacks"
    return "confirms" if agrees(count, qualifier, other["count"], other["qualifier"]) else "contradicts"


def _from_figure(row, exclude: str | None) -> dict | None:
    """The ledger's figure, or the best one from another document when it is the article's own."""
    candidates = [{"count": row.count, "qualifier": row.qualifier, "claim_id": row.claim_id,
                   "document_id": row.document_id, "claimant": row.claimant, "source": row.source}]
    candidates += [a for a in row.alternatives if a["status"] in ("source", "superseded")]
    candidates = [c for c in candidates if c["document_id"] != exclude]
    if not candidates:
        return None
    best = {k: candidates[0][k] for k in ("count", "qualifier", "claim_id", "document_id", "claimant", "source")}
    return {**best, "alternatives": len(row.alternatives), "conflict": row.conflict}


def ledger_figure(session, claim, exclude: str | None = None) -> dict | None:
    attacker, target = sides(claim.attacker, claim.target)
    if claim.date is None or attacker is None or claim.weapon not in WEAPON_GROUPS:
        return None
    eid = event_id(attacker, target, claim.date, WEAPON_GROUPS[claim.weapon], claim.region)
    q = select(EventFigureRow).where(
        EventFigureRow.event_id == eid, EventFigureRow.weapon == claim.weapon, EventFigureRow.metric == claim.metric,
        EventFigureRow.weapon_type.is_(None) if claim.weapon_type is None else EventFigureRow.weapon_type == claim.weapon_type)
    row = session.scalars(q).first()
    found = _from_figure(row, exclude) if row else None
    return {**found, "event_id": eid} if found else None


def reference_figure(session, claim) -> dict | None:
    attacker, target = sides(claim.attacker, claim.target)
    if (claim.region or claim.weapon_type or claim.date is None or claim.metric not in REFERENCE_METRICS
            or (attacker, target) != ("RU", "UA")):
        return None
    row = session.get(NightFigureRow, ("reference", claim.date, "RU", "UA", claim.weapon))
    count = getattr(row, claim.metric) if row else None
    if count is None:
        return None
    rows = [r for r in (row.provenance or {}).get("rows", []) if r.get(claim.metric) is not None]
    return {"count": count, "qualifier": "exact", "source": "reference (Massive Missile Attacks on Ukraine)",
            "rows": rows}


def casualty_figure(session, claim, exclude: str | None = None) -> dict | None:
    if claim.date is None:
        return None
    q = select(CasualtyFigureRow).where(
        CasualtyFigureRow.date == claim.date, CasualtyFigureRow.outcome == claim.outcome,
        CasualtyFigureRow.region.is_(None) if claim.region is None else CasualtyFigureRow.region == claim.region)
    row = session.scalars(q).first()
    return _from_figure(row, exclude) if row else None


def check_figure(session, claim, exclude: str | None = None) -> dict:
    out = {"claim": claim_to_json(claim), "verdict": "lacks", "basis": None, "ledger": None, "reference": None}
    if claim.kind == "air_attack":
        out["ledger"] = ledger_figure(session, claim, exclude)
        out["reference"] = reference_figure(session, claim)
    elif claim.kind == "casualties":
        out["ledger"] = casualty_figure(session, claim, exclude)
    else:
        return out
    basis = "ledger" if out["ledger"] else "reference" if out["reference"] else None
    if basis:
        out["basis"] = basis
        out["verdict"] = _verdict(claim.count, claim.qualifier, out[basis])
    return out


def _night_figure(ledger, claim, where: dict) -> tuple[str, int | None]:
    """The series to check against, and the claim's night in it: the reference where it has that night.

    Returned together so the reference night is not read twice.
    """
    if (where["attacker"], where["target"]) == ("RU", "UA"):
        value = analytics.night_value(ledger, claim.date, source="reference", **where)
        if value is not None:
            return "reference", value
    return "ledger", analytics.night_value(ledger, claim.date, source="ledger", **where)


def check_superlative(ledger, superlative, claim) -> dict:
    out = {"kind": superlative.kind, "phrase": superlative.phrase, "sentence": superlative.sentence,
           "since": superlative.since_text, "claim": claim_to_json(claim) if claim else None,
           "series": None, "night": None, "previous_record": None, "largest_since": None, "verdict": "unchecked"}
    if claim is None or claim.date is None:
        return out
    attacker, target = sides(claim.attacker, claim.target)
    where = {"weapon": claim.weapon, "metric": claim.metric, "attacker": attacker, "target": target}
    source, value = _night_figure(ledger, claim, where)
    out.update(series=source, night=value)
    if value is None:
        out["verdict"] = "lacks"
        return out
    record = analytics.previous_record(ledger, claim.date, source=source, **where)
    since = analytics.largest_since(ledger, claim.date, value, source=source, **where)
    out["previous_record"] = {"date": record[0].isoformat(), "count": record[1]} if record else None
    out["largest_since"] = since.isoformat() if since else None
    if superlative.kind == "record":
        out["verdict"] = "confirms" if record is None or value > record[1] else "contradicts"
    elif superlative.since is None:
        out["verdict"] = "unchecked"  # a "since" phrase we could not read
    else:
        out["verdict"] = "confirms" if since is None or since <= superlative.since[1] else "contradicts"
    return out


def check_claims(ledger, claims: list[ClaimBase], *, text: str | None = None, published: date | None = None,
                 lang: str | None = "en", document_id: str | None = None) -> dict:
    """Verdicts for each figure and each superlative; ``document_id`` keeps the article from confirming itself."""
    scored = [c for c in claims if c.kind in ("air_attack", "casualties")]
    with ledger.session() as session:
        figures = [check_figure(session, c, document_id) for c in scored]
    superlatives = []
    if text:
        for found in find(text, lang, published):
            superlatives.append(check_superlative(ledger, found, nearest_claim(found, scored)))
    tally = {v: sum(f["verdict"] == v for f in figures) for v in ("confirms", "contradicts", "lacks")}
    return {"figures": figures, "superlatives": superlatives, "summary": tally}


def check_document(ledger, document: Document) -> dict:
    from skyledger.extract import extract

    claims = extract(document)
    return check_claims(ledger, claims, text=document.text, published=document.published, lang=document.lang,
                        document_id=document.id)
