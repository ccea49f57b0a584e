"""Ingesting over HTTP: the token, the size limits, the body's shape.

``POST /api/v1/documents`` runs the same path as ``skyledger ingest``
(``ingest_documents``: language, extraction, one transaction per document),
then brings the events up to date in the background (see ``Writer``). Everything that can be wrong with a
request is answered with a 4xx that says what: no token (401), too large
(413), not JSON or not documents (422).
"""
from __future__ import annotations

import hmac
import json
import logging
import threading
from datetime import date
from typing import Optional

from fastapi import HTTPException, Request
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from skyledger.ingest import ingest_documents
from skyledger.models import Document
from skyledger.serve.cache import LedgerCache

log = logging.getLogger("skyledger.serve")
MAX_DOCUMENTS = 500


class DocumentIn(BaseModel):
    """One document to ingest (fields beyond these, such as gold ``claims``, are ignored)."""

    model_config = ConfigDict(extra="ignore")

    text: str = Field(min_length=1)
    published: Optional[date] = None
    lang: Optional[str] = Field(None, pattern=r"^[a-z]{2,3}$")
    source: Optional[str] = Field(None, max_length=200)
    title: Optional[str] = Field(None, max_length=2000)
    url: Optional[str] = Field(None, max_length=4000)
    id: Optional[str] = Field(None, max_length=200, description="Your own id for it; kept as `ref`.")

    @field_validator("text", "source", "title", "url", "id")
    @classmethod
    def no_nul(cls, value):
        # PostgreSQL cannot store NUL characters in text; say so instead of failing on insert.
        if value is not None and "\x00" in value:
            raise ValueError("must not contain NUL characters")
        return value

    def document(self, origin: str) -> Document:
        return Document(text=self.text, published=self.published, lang=self.lang, source=self.source,
                        title=self.title, url=self.url, ref=self.id, origin=origin)


# The body is read by hand (to enforce the size limit while it streams in), so its schema is declared here.
_ONE = DocumentIn.model_json_schema()
OPENAPI_BODY = {
    "requestBody": {"required": True, "content": {"application/json": {"schema": {"oneOf": [
        _ONE, {"type": "array", "items": _ONE, "maxItems": MAX_DOCUMENTS},
        {"type": "object", "properties": {"documents": {"type": "array", "items": _ONE}}, "required": ["documents"]},
    ]}}}},
    "security": [{"bearer": []}],
}


def check_token(request: Request, token: str | None) -> None:
    given = request.headers.get("x-api-token")
    auth = request.headers.get("authorization", "")
    if auth.lower().startswith("bearer "):
        given = auth[7:].strip()
    if not token or not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "a valid API token is needed to write: send 'Authorization: Bearer <token>' "
                                 "(the server's SKYLEDGER_API_TOKEN)", headers={"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, limit: int) -> bytes:
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        await _drain(request, 8 * limit)
        raise HTTPException(413, f"request body of {declared} bytes is over the limit of {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            await _drain(request, 8 * limit)
            raise HTTPException(413, f"request body is over the limit of {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def _drain(request: Request, cap: int) -> None:
    """Read what the client is still sending, so it gets our answer rather than a reset connection."""
    read = 0
    try:
        async for chunk in request.stream():
            read += len(chunk)
            if read > cap:
                return
    except Exception:  # the stream may already be consumed or closed; nothing to drain then
        return


def parse_documents(body: bytes) -> list[DocumentIn]:
    try:
        data = json.loads(body)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise HTTPException(422, f"the body is not JSON: {error}")
    except RecursionError:
        raise HTTPException(422, "the body is not JSON this server reads: nested too deeply")
    if isinstance(data, dict) and "documents" in data:
        data = data["documents"]
    elif isinstance(data, dict):
        data = [data]
    if not isinstance(data, list) or not data:
        raise HTTPException(422, "send a document object, a list of them, or {\"documents\": [...]}")
    if len(data) > MAX_DOCUMENTS:
        raise HTTPException(413, f"{len(data)} documents in one request; at most {MAX_DOCUMENTS}")
    docs, problems = [], []
    for index, item in enumerate(data):
        try:
            docs.append(DocumentIn.model_validate(item))
        except ValidationError as error:
            problems.append({"index": index, "errors": json.loads(error.json(include_url=False, include_input=False))})
    if problems:
        raise HTTPException(422, problems)
    return docs


class Writer:
    """Writes through this server, one at a time, with the events rebuilt behind them.

    Reconciling a large ledger takes seconds (about 30 s at 100,000 claims), too
    long to hold a request open, so it runs in a background thread after the
    answer has gone; several writes in a row share one run. Writes and that run
    take the same lock, so they never meet in the database (SQLite allows one
    writer at a time).
    """

    def __init__(self, cache: LedgerCache):
        self.cache = cache
        self._write = threading.Lock()
        self._flag = threading.Lock()
        self._pending = False
        self.reconciled = threading.Event()  # set whenever no rebuild is waiting or running
        self.reconciled.set()

    def ingest(self, docs: list[DocumentIn]) -> dict:
        with self._write:
            result = _ingest(self.cache.ledger, docs)
        if result["stored"]:
            self.cache.changed()  # the new claims and documents show at once; the events follow
            self._reconcile_soon()
        result["events"] = "updating" if result["stored"] else "unchanged"
        return result

    def _reconcile_soon(self) -> None:
        with self._flag:
            if self._pending:
                return  # a run is waiting for the lock: it will see these claims too
            self._pending = True
            self.reconciled.clear()
        threading.Thread(target=self._reconcile, name="skyledger-reconcile", daemon=True).start()

    def _reconcile(self) -> None:
        try:
            with self._write:
                with self._flag:
                    self._pending = False
                _reconcile(self.cache.ledger)
            self.cache.changed()
        except Exception:  # the claims are stored; the next write or `skyledger reconcile` tries again
            log.exception("rebuilding the events after a write failed")
        finally:
            with self._flag:
                if not self._pending:
                    self.reconciled.set()


def _ingest(ledger, docs: list[DocumentIn]) -> dict:
    """Ingest each document on its own, so each gets its own status."""
    results, warnings, errors, stored = [], [], [], 0
    for index, item in enumerate(docs):
        report = ingest_documents(ledger, [item.document(f"request[{index}]")])
        warnings += report.warnings
        errors += report.errors
        stored += report.stored
        if not report.document_ids:
            results.append({"index": index, "id": None, "status": "error", "claims": []})
            continue
        doc_id = report.document_ids[0]
        stored_doc = ledger.document(doc_id) or {"claims": []}
        results.append({"index": index, "id": doc_id, "ref": item.id,
                        "status": "stored" if report.stored else "duplicate", "claims": stored_doc["claims"]})
    return {"stored": stored, "duplicates": sum(r["status"] == "duplicate" for r in results),
            "documents": results, "warnings": warnings, "errors": errors}


def _reconcile(ledger) -> None:
    try:
        from skyledger.reconcile import reconcile
    except ImportError:  # events are built by another module; without it there are none to update
        return
    reconcile(ledger)
