"""The ledger: documents and their claims in a SQL database.

    ledger = Ledger("ledger.db")          # or a SQLAlchemy URL, or None for the default
    ledger.add(document, claims)          # atomic and idempotent
    ledger.claims(ClaimFilter(kind="air_attack", region="RU-BEL"))

Opening a ledger brings its schema to the latest Alembic revision.
"""
from __future__ import annotations

import hashlib
import json
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Iterator

from sqlalchemy import create_engine, event, func, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from skyledger.config import database_url
from skyledger.models import ClaimBase, Document, Evidence
from skyledger.store.schema import ClaimRow, DocumentRow

# Columns that scored claims keep in their own columns; the rest go to `details`.
_COLUMNS = (
    "date", "attacker", "target", "weapon", "weapon_type", "metric", "outcome",
    "count", "qualifier", "region", "population", "claimant",
)
_CLAIM_FIELDS = {
    "air_attack": ("date", "attacker", "target", "weapon", "weapon_type", "metric", "count", "qualifier", "region", "claimant"),
    "casualties": ("date", "outcome", "count", "qualifier", "region", "attacker", "population", "claimant"),
}


@dataclass
class ClaimFilter:
    kind: str | None = None
    since: date | None = None
    until: date | None = None
    attacker: str | None = None
    target: str | None = None
    weapon: str | None = None
    metric: str | None = None
    region: str | None = None
    source: str | None = None
    document_id: str | None = None
    limit: int | None = None
    offset: int = 0


def claim_id(document_id: str, claim: ClaimBase) -> str:
    """Stable id: the same claim read from the same place gets the same id."""
    body = claim.model_dump(mode="json", exclude={"evidence"})
    where = (claim.evidence.start, claim.evidence.end) if claim.evidence else None
    raw = json.dumps([document_id, body, where], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:24]


def claim_to_row(document_id: str, claim: ClaimBase) -> ClaimRow:
    data = claim.model_dump(mode="python", exclude={"evidence", "kind"})
    row = ClaimRow(id=claim_id(document_id, claim), document_id=document_id, kind=claim.kind)
    details = {}
    for key, value in data.items():
        if key in _COLUMNS:
            setattr(row, key, value)
        else:
            details[key] = value
    row.details = json.loads(json.dumps(details, default=str)) if details else None
    if claim.evidence:
        ev = claim.evidence
        row.span_start, row.span_end = ev.start, ev.end
        row.sentence, row.sentence_start, row.sentence_end = ev.sentence, ev.sentence_start, ev.sentence_end
    return row


def row_to_dict(row: ClaimRow) -> dict:
    """A claim as stored: SPEC fields of its kind, its details and its provenance."""
    fields = _CLAIM_FIELDS.get(row.kind, ("date", "claimant"))
    out = {"id": row.id, "document_id": row.document_id, "kind": row.kind}
    for name in fields:
        value = getattr(row, name)
        out[name] = value.isoformat() if isinstance(value, date) else value
    out.update(row.details or {})
    out["evidence"] = {
        "start": row.span_start, "end": row.span_end, "sentence": row.sentence,
        "sentence_start": row.sentence_start, "sentence_end": row.sentence_end,
    }
    return out


def document_dict(row: DocumentRow, claim_count: int, *, with_text: bool = False) -> dict:
    out = {
        "id": row.id, "url": row.url, "source": row.source, "title": row.title,
        "published": row.published.isoformat() if row.published else None, "lang": row.lang,
        "unsupported": row.unsupported, "origin": row.origin, "claim_count": claim_count,
        "snippet": " ".join(row.text.split())[:200],
    }
    if with_text:
        out["text"] = row.text
    return out


def row_to_document(row: DocumentRow) -> Document:
    return Document(
        id=row.id, text=row.text, url=row.url, source=row.source, title=row.title,
        published=row.published, lang=row.lang, origin=row.origin,
    )


_migrated: set[str] = set()


def _enable_sqlite_foreign_keys(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def migrate(engine: Engine) -> None:
    """Bring the schema to the latest revision (no-op when it is there)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", "skyledger.store:migrations")
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Ledger:
    def __init__(self, url: str | None = None, *, migrate_schema: bool = True):
        self.url = database_url(url)
        self.engine = create_engine(self.url, future=True)
        if self.engine.dialect.name == "sqlite":
            _enable_sqlite_foreign_keys(self.engine)
        if migrate_schema and self.url not in _migrated:
            migrate(self.engine)
            _migrated.add(self.url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()

    # -- writing -----------------------------------------------------------
    def has_document(self, document_id: str) -> bool:
        with self.session() as s:
            return s.get(DocumentRow, document_id) is not None

    def add(self, document: Document, claims: list[ClaimBase], *, unsupported: bool = False,
            extractor: str | None = None, replace: bool = False) -> bool:
        """Store a document and its claims in one transaction.

        Returns False, storing nothing, when the document is already there
        (unless ``replace``: then its claims are swapped for the new ones).
        """
        with self.session() as s, s.begin():
            existing = s.get(DocumentRow, document.id)
            if existing is not None and not replace:
                return False
            if existing is None:
                existing = DocumentRow(id=document.id, text=document.text)
                s.add(existing)
            else:
                existing.claims.clear()
                s.flush()
            for name in ("url", "source", "title", "published", "lang", "origin"):
                setattr(existing, name, getattr(document, name))
            existing.unsupported = unsupported
            existing.extractor = extractor
            rows = {}
            for claim in claims:
                row = claim_to_row(document.id, claim)
                rows.setdefault(row.id, row)  # the same claim twice is one claim
            existing.claims.extend(rows.values())
        return True

    # -- reading -----------------------------------------------------------
    def document(self, document_id: str) -> dict | None:
        """One document with its text and its claims."""
        with self.session() as s:
            row = s.get(DocumentRow, document_id)
            if row is None:
                return None
            out = document_dict(row, len(row.claims), with_text=True)
            out["claims"] = [row_to_dict(c) for c in sorted(row.claims, key=lambda c: (c.span_start or 0, c.id))]
            return out

    def documents(self, *, limit: int | None = None, offset: int = 0, source: str | None = None,
                  lang: str | None = None, with_text: bool = False) -> list[dict]:
        q = (
            select(DocumentRow, func.count(ClaimRow.id))
            .outerjoin(ClaimRow)
            .group_by(DocumentRow.id)
            .order_by(DocumentRow.published.desc(), DocumentRow.id)
        )
        if source:
            q = q.where(DocumentRow.source == source)
        if lang:
            q = q.where(DocumentRow.lang == lang)
        q = q.offset(offset)
        if limit is not None:
            q = q.limit(limit)
        with self.session() as s:
            return [document_dict(row, n, with_text=with_text) for row, n in s.execute(q)]

    def claim_rows(self, flt: ClaimFilter | None = None) -> list[ClaimRow]:
        flt = flt or ClaimFilter()
        q = select(ClaimRow).order_by(ClaimRow.date, ClaimRow.document_id, ClaimRow.span_start, ClaimRow.id)
        for name in ("kind", "attacker", "target", "weapon", "metric", "region", "document_id"):
            value = getattr(flt, name)
            if value:
                q = q.where(getattr(ClaimRow, name) == value)
        if flt.since:
            q = q.where(ClaimRow.date >= flt.since)
        if flt.until:
            q = q.where(ClaimRow.date <= flt.until)
        if flt.source:
            q = q.join(DocumentRow).where(DocumentRow.source == flt.source)
        q = q.offset(flt.offset)
        if flt.limit is not None:
            q = q.limit(flt.limit)
        with self.session() as s:
            return list(s.scalars(q))

    def claims(self, flt: ClaimFilter | None = None) -> list[dict]:
        return [row_to_dict(row) for row in self.claim_rows(flt)]

    def counts(self) -> dict[str, int]:
        with self.session() as s:
            docs = s.scalar(select(func.count()).select_from(DocumentRow))
            by_kind = dict(s.execute(select(ClaimRow.kind, func.count()).group_by(ClaimRow.kind)).all())
        return {"documents": docs or 0, **by_kind}

    def search(self, query: str, *, limit: int = 20, offset: int = 0) -> list[dict]:
        """Full-text search over documents (SQLite FTS5 or PostgreSQL tsvector)."""
        with self.session() as s:
            if self.dialect == "sqlite":
                ids = s.execute(
                    text(
                        "SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
                        "WHERE documents_fts MATCH :q ORDER BY rank LIMIT :limit OFFSET :offset"
                    ),
                    {"q": _fts5_query(query), "limit": limit, "offset": offset},
                ).scalars().all()
            else:
                ids = s.execute(
                    text(
                        "SELECT id FROM documents WHERE to_tsvector('simple', coalesce(title, '') || ' ' || text) "
                        "@@ plainto_tsquery('simple', :q) ORDER BY published DESC NULLS LAST "
                        "LIMIT :limit OFFSET :offset"
                    ),
                    {"q": query, "limit": limit, "offset": offset},
                ).scalars().all()
            q = (
                select(DocumentRow, func.count(ClaimRow.id)).outerjoin(ClaimRow)
                .where(DocumentRow.id.in_(ids)).group_by(DocumentRow.id)
            )
            rows = {row.id: document_dict(row, n) for row, n in s.execute(q)}
        return [rows[i] for i in ids if i in rows]


def _fts5_query(query: str) -> str:
    """Quote each word so user input can never be FTS5 syntax."""
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words) or '""'


def evidence_of(row: ClaimRow) -> Evidence | None:
    if row.span_start is None:
        return None
    return Evidence(start=row.span_start, end=row.span_end, sentence=row.sentence or "",
                    sentence_start=row.sentence_start or 0, sentence_end=row.sentence_end or 0)
