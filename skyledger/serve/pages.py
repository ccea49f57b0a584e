"""The dashboard: server-rendered pages over the same queries as the API.

Every filter is a query parameter and every control is a link or a GET form,
so what is on screen is always the URL. The overview and the map, the pages
people open most, are cached whole until the ledger changes.
"""
from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Literal, Optional, get_args

from fastapi import APIRouter, HTTPException, Query, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from skyledger.models import KINDS, Side
from skyledger.serve import queries
from skyledger.serve.highlight import highlight
from skyledger.serve.params import (
    Attacker, FiguresFrom, Kind, Lang, Metric, Offset, Region, Since, Source, Target, Until, Weapon, url_with,
)
from skyledger.serve.regions import METRICS as MAP_METRICS
from skyledger.serve.regions import TILES, layout, region_name
from skyledger.serve.responses import cached
from skyledger.store import ClaimFilter

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=Path(__file__).parent / "templates")
templates.env.globals.update(url_with=url_with, region_name=region_name, weapons=queries.WEAPONS,
                             metrics=queries.METRICS, map_metrics=MAP_METRICS, kinds=KINDS, sides=get_args(Side))
WEAPON_LABELS = {"drone": "drones", "missile": "missiles", "guided_bomb": "guided bombs", "rocket": "rockets",
                 "naval_drone": "naval drones", "any": "unsplit"}
templates.env.globals["weapon_label"] = lambda w: WEAPON_LABELS.get(w, w)
PageLimit = Annotated[int, Query(ge=1, le=1000)]


def render(request: Request, name: str, status_code: int = 200, **context) -> HTMLResponse:
    return templates.TemplateResponse(request, name, context, status_code=status_code)


async def cached_page(request: Request, name: str, context) -> Response:
    """Render once per URL and ledger version; ``context`` is a function so a hit computes nothing."""
    return await cached(request, lambda: render(request, name, **context()))


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    return render(request, "error.html", status_code=status, status=status, message=message)


def periods(last: str | None) -> list[tuple[str, str | None, str | None]]:
    """Quick period links, counted back from the last night in the ledger."""
    if not last:
        return [("All", None, None)]
    end = date.fromisoformat(last[:10])
    return [("All", None, None)] + [
        (label, queries.window_start(end, days).isoformat(), end.isoformat())
        for label, days in reversed(queries.WINDOWS)  # the widest first
    ]


# -- overview --------------------------------------------------------------

@router.get("/", response_class=HTMLResponse)
async def overview(request: Request, since: Since = None, until: Until = None, attacker: Attacker = None,
             target: Target = None, weapon: Weapon = None, source: FiguresFrom = "ledger"):
    if attacker is None and target is None:
        attacker, target = "RU", "UA"  # what most reporting is about; the other direction is one click away
    cache = request.app.state.cache

    def context():
        all_nights = queries.series(cache, freq="night", attacker=attacker, target=target, weapon=weapon,
                                    source=source)
        rows = between(all_nights, since, until)
        recs = queries.records(cache, weapon=weapon, metric="launched", attacker=attacker, target=target,
                               source=source)
        head = queries.headline(all_nights)
        chart = queries.chart_data(rows, recs)
        chart_json = json.dumps(chart).replace("</", "<\\/")  # safe inside <script>
        return dict(page="overview", headline=head, chart_json=chart_json, nights=len(chart["nights"]),
                    records=recs[-8:][::-1], since=since, until=until, attacker=attacker, target=target,
                    weapon=weapon, source=source, periods=periods(head[0]["until"] if head else None))

    return await cached_page(request, "overview.html", context)


def between(nights: list[dict], since: date | None, until: date | None) -> list[dict]:
    """The nights from ``since`` to ``until`` (inclusive) of a night series, still in order.

    A night's period is its date in ISO form, so comparing the text compares the dates.
    """
    first = since.isoformat() if since else None
    last = until.isoformat() if until else None
    return [r for r in nights if (not first or r["period"] >= first) and (not last or r["period"] <= last)]


# -- map -------------------------------------------------------------------

@router.get("/map", response_class=HTMLResponse)
async def region_map(request: Request, since: Since = None, until: Until = None, attacker: Attacker = None,
               target: Target = None,
               metric: Annotated[Literal["attacks", "defeated", "casualties"], Query()] = "attacks"):
    cache = request.app.state.cache

    def context():
        totals = queries.region_totals(cache, since=since, until=until, attacker=attacker, target=target)
        values = {code: cell[metric] for code, cell in totals.items()}
        last = queries.last_night(cache)
        return dict(page="map", grid=layout(values), totals=totals, metric=metric, since=since, until=until,
                    attacker=attacker, target=target, periods=periods(last.isoformat() if last else None))

    return await cached_page(request, "map.html", context)


# -- events ----------------------------------------------------------------

@router.get("/events", response_class=HTMLResponse)
def event_list(request: Request, since: Since = None, until: Until = None, attacker: Attacker = None,
               target: Target = None, weapon: Weapon = None, region: Region = None, limit: PageLimit = 50,
               offset: Offset = 0):
    rows, more = queries.events(request.app.state.cache, since=since, until=until, attacker=attacker,
                                target=target, weapon=weapon, region=region, limit=limit, offset=offset)
    return render(request, "events.html", page="events", events=rows, more=more, limit=limit, offset=offset,
                  since=since, until=until, attacker=attacker, target=target, weapon=weapon, region=region)


@router.get("/events/{event_id}", response_class=HTMLResponse)
def event_page(request: Request, event_id: str):
    cache = request.app.state.cache
    ev = queries.event(cache, event_id)
    if ev is None:
        raise HTTPException(404, f"no event {event_id!r}")
    claims = ev.get("claims", [])
    sources = []
    for doc_id in dict.fromkeys(c["document_id"] for c in claims):
        doc = queries.document(cache, doc_id)
        if doc:
            own = [c for c in claims if c["document_id"] == doc_id]
            sources.append({"doc": doc, "claims": own,
                            "html": highlight(doc["text"], own, focus={c["id"] for c in own})})
    return render(request, "event.html", page="events", event=ev, sources=sources)


# -- documents, claims, search ----------------------------------------------

@router.get("/documents", response_class=HTMLResponse)
def document_list(request: Request, source: Source = None, lang: Lang = None, since: Since = None,
                  until: Until = None, limit: PageLimit = 50, offset: Offset = 0):
    rows, more = queries.documents(request.app.state.cache, source=source, lang=lang, since=since, until=until,
                                   limit=limit, offset=offset)
    return render(request, "documents.html", page="documents", documents=rows, more=more, limit=limit,
                  offset=offset, source=source, lang=lang, since=since, until=until)


@router.get("/documents/{document_id}", response_class=HTMLResponse)
def document_page(request: Request, document_id: str,
                  claim: Annotated[Optional[str], Query(max_length=64)] = None):
    doc = queries.document(request.app.state.cache, document_id)
    if doc is None:
        raise HTTPException(404, f"no document {document_id!r}")
    html = highlight(doc["text"], doc["claims"], focus={claim} if claim else set())
    return render(request, "document.html", page="documents", doc=doc, html=html, focus=claim)


@router.get("/claims", response_class=HTMLResponse)
def claim_list(request: Request, kind: Kind = None, since: Since = None, until: Until = None,
               attacker: Attacker = None, target: Target = None, weapon: Weapon = None, metric: Metric = None,
               region: Region = None, source: Source = None, limit: PageLimit = 100, offset: Offset = 0):
    flt = ClaimFilter(kind=kind, since=since, until=until, attacker=attacker, target=target, weapon=weapon,
                      metric=metric, region=region, source=source, limit=limit, offset=offset)
    rows, more = queries.claims(request.app.state.cache, flt)
    csv_url = "/api/v1/claims?" + str(request.query_params) + ("&" if request.query_params else "") + "format=csv"
    return render(request, "claims.html", page="claims", claims=rows, more=more, limit=limit, offset=offset,
                  kind=kind, since=since, until=until, attacker=attacker, target=target, weapon=weapon,
                  metric=metric, region=region, source=source, csv_url=csv_url, regions=sorted(TILES))


@router.get("/search", response_class=HTMLResponse)
def search_page(request: Request, q: Annotated[Optional[str], Query(max_length=500)] = None,
                source: Source = None, lang: Lang = None, since: Since = None, until: Until = None,
                limit: PageLimit = 20, offset: Offset = 0):
    filters = dict(source=source, lang=lang, since=since, until=until)
    rows, more = queries.search(request.app.state.cache, q, **filters, limit=limit, offset=offset) if q else ([], False)
    return render(request, "search.html", page="search", q=q, documents=rows, more=more, limit=limit,
                  offset=offset, **filters)
