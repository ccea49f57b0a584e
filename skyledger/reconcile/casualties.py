"""Casualties reconciled per day, region and outcome.

Several sources report the same toll (governor, wire, local site); one
figure is chosen per (day, region, outcome) by the same rules as air-attack
figures. Figures for children are a subset of the civilian toll and are
kept out of the totals.
"""
from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from skyledger.reconcile.figures import Figure, choose
from skyledger.reconcile.sources import tier, voice
from skyledger.store.schema import ClaimRow, DocumentRow

SUBSET_POPULATIONS = {"children"}


def casualty_rows(session: Session, groups: dict[str, str]) -> list[dict]:
    q = (
        select(ClaimRow.id, ClaimRow.document_id, ClaimRow.date, ClaimRow.region, ClaimRow.outcome,
               ClaimRow.count, ClaimRow.qualifier, ClaimRow.population, ClaimRow.claimant,
               DocumentRow.published, DocumentRow.source)
        .join(DocumentRow, DocumentRow.id == ClaimRow.document_id)
        .where(ClaimRow.kind == "casualties")
    )
    keyed: dict[tuple, list[Figure]] = {}
    for cid, doc_id, day, region, outcome, count, qualifier, population, claimant, published, source in session.execute(q):
        if day is None or count is None or population in SUBSET_POPULATIONS:
            continue
        figure = Figure(cid, doc_id, groups.get(doc_id, doc_id), published, claimant, source,
                        tier(claimant, source), voice(claimant, source), count, qualifier or "exact")
        keyed.setdefault((day, region, outcome), []).append(figure)
    rows = []
    for (day, region, outcome), figures in sorted(keyed.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2])):
        chosen, alternatives, conflict = choose(figures)
        rows.append({"date": day, "region": region, "outcome": outcome, "count": chosen.count,
                     "qualifier": chosen.qualifier, "claim_id": chosen.claim_id, "document_id": chosen.document_id,
                     "claimant": chosen.claimant, "source": chosen.source, "conflict": conflict,
                     "alternatives": alternatives})
    return rows
