"""Whole answers kept in the cache, sent gzipped to clients that take it.

The overview page and the series are asked for far more often than the ledger
changes. Their bytes are cached per URL (see ``cache.py``), compressed once
when stored. A repeated request is answered by ``CachedResponses``, in front
of FastAPI: routing and parameter checking cost more than the answer itself
(they were two thirds of the time of a cache hit), and a URL is only ever in
the cache after it passed them once.
"""
from __future__ import annotations

import gzip
from typing import Callable, NamedTuple
from urllib.parse import parse_qsl

from fastapi import Request, Response
from fastapi.concurrency import run_in_threadpool

MIN_GZIP = 1024  # smaller bodies are not worth compressing


class Stored(NamedTuple):
    body: bytes
    gzipped: bytes | None
    media_type: str
    headers: dict
    status_code: int


def store(response: Response) -> Stored:
    body = bytes(response.body)
    gzipped = gzip.compress(body, compresslevel=5) if len(body) >= MIN_GZIP else None
    headers = {k: v for k, v in response.headers.items() if k.lower() == "link"}
    return Stored(body, gzipped, response.media_type, headers, response.status_code)


def reply(request: Request, stored: Stored) -> Response:
    headers = {**stored.headers, "Vary": "Accept-Encoding"}
    body = stored.body
    if stored.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
        body, headers["Content-Encoding"] = stored.gzipped, "gzip"
    return Response(body, status_code=stored.status_code, media_type=stored.media_type, headers=headers)


def key_of(scope) -> tuple:
    """The cache key of a request's URL (an ASGI scope), one whichever order its parameters come in.

    The query string is decoded as latin-1, as Starlette does for the parameters FastAPI checks.
    """
    query = scope.get("query_string", b"").decode("latin-1")
    return ("response", scope["path"], str(sorted(parse_qsl(query, keep_blank_values=True))))


async def cached(request: Request, build: Callable[[], Response]) -> Response:
    """The answer for this URL: built (in a worker thread) and stored, or from the cache.

    A GET whose answer is already cached was answered by ``CachedResponses``
    before routing; ``cache.get`` still returns a cached answer (to a HEAD, or
    one stored by another request meanwhile) without building it again.
    """
    stored = await run_in_threadpool(request.app.state.cache.get, key_of(request.scope), lambda: store(build()))
    return reply(request, stored)


class CachedResponses:
    """ASGI middleware: answer a GET whose answer is in the cache, before routing."""

    def __init__(self, app, cache):
        self.app = app
        self.cache = cache

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and scope["method"] == "GET":
            stored = self.cache.peek(key_of(scope))
            if stored is not None:
                return await self._send(scope, send, stored)
        return await self.app(scope, receive, send)

    @staticmethod
    async def _send(scope, send, stored: Stored) -> None:
        accepts = b""
        for name, value in scope["headers"]:
            if name == b"accept-encoding":
                accepts = value
        body = stored.body
        headers = [(b"content-type", _content_type(stored.media_type)), (b"vary", b"Accept-Encoding")]
        headers += [(k.lower().encode(), v.encode("latin-1")) for k, v in stored.headers.items()]
        if stored.gzipped is not None and b"gzip" in accepts:
            body = stored.gzipped
            headers.append((b"content-encoding", b"gzip"))
        headers.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": stored.status_code, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def _content_type(media_type: str) -> bytes:
    if media_type.startswith("text/") and "charset" not in media_type:
        media_type += "; charset=utf-8"
    return media_type.encode()
