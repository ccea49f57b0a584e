"""Query parameters shared by the API and the dashboard, and how pages link to themselves.

Every filter of every view is a query parameter, so a view is its URL and can
be shared. Values are checked here: a bad date, side or weapon is a 422 that
names the parameter, never an error deeper down.
"""
from __future__ import annotations

import csv
import io
from datetime import date
from typing import Annotated, Literal, Optional
from urllib.parse import urlencode

from fastapi import Query, Request

from skyledger.models import KINDS, Side
from skyledger.models import Metric as MetricName
from skyledger.models import Weapon as WeaponName

KindName = Literal[KINDS]  # type: ignore[valid-type]

Since = Annotated[Optional[date], Query(description="First date, YYYY-MM-DD (inclusive).")]
Until = Annotated[Optional[date], Query(description="Last date, YYYY-MM-DD (inclusive).")]
Attacker = Annotated[Optional[Side], Query(description="Side that launched: RU or UA.")]
Target = Annotated[Optional[Side], Query(description="Side attacked: RU or UA.")]
Weapon = Annotated[Optional[WeaponName], Query(description="Weapon class.")]
Metric = Annotated[Optional[MetricName], Query(description="launched, defeated, lost or hit.")]
Region = Annotated[Optional[str], Query(pattern=r"^[A-Z]{2}-[A-Z0-9]{1,3}$",
                                        description="ISO 3166-2 region code, e.g. RU-BEL or UA-63.")]
Kind = Annotated[Optional[KindName], Query(description="Claim kind.")]
Source = Annotated[Optional[str], Query(max_length=200, description="Source (outlet) of the documents.")]
Lang = Annotated[Optional[str], Query(pattern=r"^[a-z]{2,3}$", description="Language code: en, uk, ru, ...")]
Limit = Annotated[int, Query(ge=1, le=10000, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows to skip.")]
Format = Annotated[Literal["json", "csv"], Query(description="json (default) or csv.")]
FiguresFrom = Annotated[Literal["ledger", "reference"], Query(
    description="Where per-night figures come from: `ledger` (reconciled from the claims) or `reference` "
                "(imported with `skyledger import-reference`).")]
SearchText = Annotated[str, Query(min_length=1, max_length=500, description="Words to search for.")]


def url_with(request: Request, **changes) -> str:
    """This page's URL with some parameters changed (None or "" removes one).

    Changing a filter goes back to the first page, so ``offset`` is dropped
    unless it is one of the changes.
    """
    params = dict(request.query_params)
    if "offset" not in changes:
        params.pop("offset", None)
    for name, value in changes.items():
        if value is None or value == "":
            params.pop(name, None)
        else:
            params[name] = str(value)
    query = urlencode(sorted(params.items()))
    return request.url.path + ("?" + query if query else "")


def next_url(request: Request, has_more: bool, limit: int, offset: int) -> str | None:
    return url_with(request, offset=offset + limit) if has_more else None


def csv_text(rows: list[dict], columns: list[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(["" if row.get(c) is None else row.get(c) for c in columns])
    return buffer.getvalue()
