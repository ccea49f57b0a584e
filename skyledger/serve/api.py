"""The REST API, under /api/v1.

Lists answer ``{"items": [...], "limit", "offset", "next"}`` (``next`` is the
URL of the following page, or null) or, with ``format=csv``, CSV with the next
page in a ``Link`` header. Reads are open; writing needs the API token.
"""
from __future__ import annotations

import json
from typing import Annotated, Literal, Optional

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.concurrency import run_in_threadpool

from skyledger.serve import queries, writes
from skyledger.serve.params import (
    Attacker, FiguresFrom, Format, Kind, Lang, Limit, Metric, Offset, Region, SearchText, Side, Since, Source, Target,
    Until, Weapon, csv_text, next_url,
)
from skyledger.serve.regions import region_name
from skyledger.serve.responses import cached
from skyledger.store import ClaimFilter

router = APIRouter(prefix="/api/v1")

DOCUMENT_COLUMNS = ["id", "published", "lang", "source", "title", "url", "claim_count", "origin", "snippet"]
CLAIM_COLUMNS = ["id", "document_id", "kind", "date", "attacker", "target", "weapon", "weapon_type", "metric",
                 "outcome", "count", "qualifier", "region", "population", "claimant", "span_start", "span_end",
                 "sentence"]
EVENT_COLUMNS = ["event_id", "date", "attacker", "target", "region", "weapon", "metric", "count", "qualifier",
                 "claimant", "source", "claim_id", "document_id", "conflict", "alternatives"]
SERIES_COLUMNS = ["period", "attacker", "target", "weapon", "launched", "defeated", "lost", "hit",
                  "interception_rate"]
RECORD_COLUMNS = ["date", "weapon", "metric", "count", "previous_record_date", "previous_record"]
CASUALTY_COLUMNS = ["region", "month", "killed", "injured"]
REGION_COLUMNS = ["region", "name", "attacks", "defeated", "killed", "injured", "casualties"]


def cache_of(request: Request):
    return request.app.state.cache


def listing(request: Request, rows: list[dict], has_more: bool, limit: int | None, offset: int,
            fmt: str, columns: list[str]) -> Response:
    following = next_url(request, has_more, limit, offset) if limit else None
    if fmt == "csv":
        headers = {"Link": f'<{following}>; rel="next"'} if following else {}
        return Response(csv_text(rows, columns), media_type="text/csv; charset=utf-8", headers=headers)
    body = {"items": rows, "limit": limit, "offset": offset, "next": following}
    return Response(json.dumps(body, ensure_ascii=False, default=str), media_type="application/json")


# -- documents -------------------------------------------------------------

@router.get("/documents", summary="List documents (newest first)")
def list_documents(request: Request, source: Source = None, lang: Lang = None, since: Since = None,
                   until: Until = None, limit: Limit = 100, offset: Offset = 0, format: Format = "json"):
    rows, more = queries.documents(cache_of(request), source=source, lang=lang, since=since, until=until,
                                   limit=limit, offset=offset)
    return listing(request, rows, more, limit, offset, format, DOCUMENT_COLUMNS)


@router.get("/documents/{document_id}", summary="One document: its text and its claims")
def get_document(request: Request, document_id: str):
    doc = queries.document(cache_of(request), document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id!r}")
    return doc


@router.post("/documents", status_code=201, summary="Ingest one or many documents (needs the API token)",
             responses={200: {"description": "Nothing new: every document was already there"},
                        401: {"description": "No valid API token"}, 413: {"description": "Too large"},
                        422: {"description": "Not JSON, or not documents"}},
             openapi_extra=writes.OPENAPI_BODY)
async def post_documents(request: Request):
    """Body: a document `{"text", "published", "lang", "source", "title", "url", "id"}`, a list of them, or
    `{"documents": [...]}`. Answers each document's id, whether it was new, and the claims extracted from it;
    the events are rebuilt in the background (`"events": "updating"`)."""
    writes.check_token(request, request.app.state.api_token)
    body = await writes.read_body(request, request.app.state.max_body)
    docs = writes.parse_documents(body)
    result = await run_in_threadpool(request.app.state.writer.ingest, docs)
    if result["documents"] and all(r["status"] == "error" for r in result["documents"]):
        raise HTTPException(422, {"message": "no document could be stored", "errors": result["errors"]})
    status = 201 if result["stored"] else 200
    return Response(json.dumps(result, ensure_ascii=False, default=str), status_code=status,
                    media_type="application/json")


# -- claims ----------------------------------------------------------------

@router.get("/claims", summary="List claims, each with its evidence")
def list_claims(request: Request, kind: Kind = None, since: Since = None, until: Until = None,
                attacker: Attacker = None, target: Target = None, weapon: Weapon = None, metric: Metric = None,
                region: Region = None, source: Source = None,
                document_id: Annotated[Optional[str], Query(max_length=64)] = None,
                limit: Limit = 100, offset: Offset = 0, format: Format = "json"):
    flt = ClaimFilter(kind=kind, since=since, until=until, attacker=attacker, target=target, weapon=weapon,
                      metric=metric, region=region, source=source, document_id=document_id,
                      limit=limit, offset=offset)
    rows, more = queries.claims(cache_of(request), flt)
    if format == "csv":
        rows = [flat_claim(r) for r in rows]
    return listing(request, rows, more, limit, offset, format, CLAIM_COLUMNS)


def flat_claim(claim: dict) -> dict:
    ev = claim.get("evidence") or {}
    return {**claim, "span_start": ev.get("start"), "span_end": ev.get("end"), "sentence": ev.get("sentence")}


# -- events ----------------------------------------------------------------

@router.get("/events", summary="Reconciled events: one attack, its figures and the competing claims")
async def list_events(request: Request, since: Since = None, until: Until = None, attacker: Attacker = None,
                target: Target = None, weapon: Weapon = None, region: Region = None,
                limit: Limit = 100, offset: Offset = 0, format: Format = "json"):
    def build():
        rows, more = queries.events(cache_of(request), since=since, until=until, attacker=attacker, target=target,
                                    weapon=weapon, region=region, limit=limit, offset=offset)
        if format == "csv":
            rows = [flat for ev in rows for flat in flat_event(ev)]
        return listing(request, rows, more, limit, offset, format, EVENT_COLUMNS)
    return await cached(request, build)


def flat_event(ev: dict) -> list[dict]:
    """One CSV row per figure of an event; competing figures summarised as count@claimant."""
    rows = []
    for fig in ev.get("figures", []):
        alternatives = "; ".join(f"{a.get('count')}@{a.get('claimant') or a.get('source') or '?'}"
                                 for a in fig.get("alternatives", []))
        rows.append({"event_id": ev["id"], "date": ev.get("date"), "attacker": ev.get("attacker"),
                     "target": ev.get("target"), "region": ev.get("region"), **fig, "alternatives": alternatives})
    return rows


@router.get("/events/{event_id}", summary="One event with its claims and their evidence")
def get_event(request: Request, event_id: str):
    ev = queries.event(cache_of(request), event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    return ev


# -- series, records, casualties, regions ----------------------------------

@router.get("/series", summary="Figures per night, week or month: launched, defeated, lost, hit")
async def get_series(request: Request, freq: Annotated[Literal["night", "week", "month"], Query()] = "night",
               since: Since = None, until: Until = None, attacker: Attacker = None, target: Target = None,
               weapon: Weapon = None, source: FiguresFrom = "ledger",
               limit: Annotated[Optional[int], Query(ge=1, le=100_000)] = None, offset: Offset = 0,
               format: Format = "json"):
    def build():
        rows = queries.series(cache_of(request), freq=freq, since=since, until=until, attacker=attacker,
                              target=target, weapon=weapon, source=source)
        end = None if limit is None else offset + limit + 1
        window = rows[offset:end]
        window, more = queries.page(window, limit)
        return listing(request, window, more, limit, offset, format, SERIES_COLUMNS)
    return await cached(request, build)


@router.get("/records", summary="Nights that set a record, with the record they broke")
async def get_records(request: Request, weapon: Weapon = None,
                metric: Annotated[Literal["launched", "defeated", "lost", "hit"], Query()] = "launched",
                attacker: Annotated[Side, Query()] = "RU", target: Annotated[Side, Query()] = "UA",
                source: FiguresFrom = "ledger", format: Format = "json"):
    def build():
        rows = queries.records(cache_of(request), weapon=weapon, metric=metric, attacker=attacker, target=target,
                               source=source)
        return listing(request, rows, False, None, 0, format, RECORD_COLUMNS)
    return await cached(request, build)


@router.get("/casualties", summary="People killed and injured, by region, month or both")
async def get_casualties(request: Request,
                         by: Annotated[Literal["region", "month", "region_month"], Query()] = "region",
                         since: Since = None, until: Until = None, format: Format = "json"):
    def build():
        rows = queries.casualties(cache_of(request), by=by, since=since, until=until)
        return listing(request, rows, False, None, 0, format, CASUALTY_COLUMNS)
    return await cached(request, build)


@router.get("/regions", summary="Per region: attacks, drones defeated, people killed and injured (the map's data)")
async def get_regions(request: Request, since: Since = None, until: Until = None, attacker: Attacker = None,
                target: Target = None, format: Format = "json"):
    def build():
        totals = queries.region_totals(cache_of(request), since=since, until=until, attacker=attacker,
                                       target=target)
        rows = [{"region": code, "name": region_name(code), **values} for code, values in sorted(totals.items())]
        return listing(request, rows, False, None, 0, format, REGION_COLUMNS)
    return await cached(request, build)


# -- search ----------------------------------------------------------------

@router.get("/search", summary="Full-text search over documents (SQLite FTS5 / PostgreSQL)")
def search(request: Request, q: SearchText, source: Source = None, lang: Lang = None, since: Since = None,
           until: Until = None, limit: Annotated[int, Query(ge=1, le=1000)] = 20, offset: Offset = 0,
           format: Format = "json"):
    rows, more = queries.search(cache_of(request), q, source=source, lang=lang, since=since, until=until,
                                limit=limit, offset=offset)
    return listing(request, rows, more, limit, offset, format, DOCUMENT_COLUMNS)
