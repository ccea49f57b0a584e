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

from sqlalchemy import create_engine, event, func, inspect, select, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from skyledger.config import database_url
from skyledger.models import ClaimBase, Document
from skyledger.store.schema import ClaimRow, DocumentRow

# Fields that scored claims keep in their own columns; the rest go to `details`.
FIELD_COLUMNS = (
    "date", "attacker", "target", "weapon", "weapon_type", "metric", "outcome",
    "count", "qualifier", "region", "population", "claimant",
)
# The fields of each scored kind, in the order of the benchmark contract (SPEC).
CLAIM_FIELDS = {
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
        if key in FIELD_COLUMNS:
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
    fields = CLAIM_FIELDS.get(row.kind, ("date", "claimant"))
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


# The newest Alembic revision in migrations/versions (a test keeps the two in step).
SCHEMA_REVISION = "0002"

# URLs this process has seen at SCHEMA_REVISION: they are not checked again.
_migrated: set[str] = set()


def _enable_sqlite_foreign_keys(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.close()


def schema_revisions(engine: Engine) -> set[str]:
    """The revisions stamped in the database's alembic_version table (none for a fresh database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return set()
        return set(connection.execute(text("SELECT version_num FROM alembic_version")).scalars())


def ensure_schema(engine: Engine) -> None:
    """Migrate only when the database is not at SCHEMA_REVISION.

    Reading the version table is cheap; importing Alembic is most of a
    short command's start-up, so it is left for databases that need it.
    """
    if schema_revisions(engine) != {SCHEMA_REVISION}:
        migrate(engine)


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
            ensure_schema(self.engine)
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
                  lang: str | None = None, since: date | None = None, until: date | None = None,
                  with_text: bool = False) -> list[dict]:
        """Documents, newest first (the id keeps pages stable), each with its claim count."""
        q = _with_claim_counts().order_by(DocumentRow.published.desc(), DocumentRow.id)
        if source:
            q = q.where(DocumentRow.source == source)
        if lang:
            q = q.where(DocumentRow.lang == lang)
        if since:
            q = q.where(DocumentRow.published >= since)
        if until:
            q = q.where(DocumentRow.published <= until)
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

    def search(self, query: str, *, source: str | None = None, lang: str | None = None,
               since: date | None = None, until: date | None = None, limit: int = 20,
               offset: int = 0) -> list[dict]:
        """Full-text search over documents (SQLite FTS5 or PostgreSQL tsvector), with the document filters."""
        sqlite = self.dialect == "sqlite"
        params = {"q": _fts5_query(query) if sqlite else query, "limit": limit, "offset": offset}
        filters = ""
        for name, value in (("source", source), ("lang", lang), ("since", since), ("until", until)):
            if value:
                filters += " AND " + _SEARCH_FILTERS[name]
                # SQLite keeps dates as ISO text; PostgreSQL compares real dates.
                params[name] = value.isoformat() if sqlite and isinstance(value, date) else value
        sql = text(_SEARCH["sqlite" if sqlite else "postgresql"].format(filters=filters))
        with self.session() as s:
            ids = s.execute(sql, params).scalars().all()
            found = _with_claim_counts().where(DocumentRow.id.in_(ids))
            rows = {row.id: document_dict(row, n) for row, n in s.execute(found)}
        return [rows[i] for i in ids if i in rows]


def _with_claim_counts():
    """Documents with how many claims each holds (none: 0)."""
    return select(DocumentRow, func.count(ClaimRow.id)).outerjoin(ClaimRow).group_by(DocumentRow.id)


# Matching ids in rank (SQLite) or date (PostgreSQL) order; the id last keeps pages stable.
_SEARCH = {
    "sqlite": ("SELECT d.id FROM documents_fts f JOIN documents d ON d.rowid = f.rowid "
               "WHERE documents_fts MATCH :q{filters} ORDER BY rank, d.id LIMIT :limit OFFSET :offset"),
    "postgresql": ("SELECT d.id FROM documents d WHERE to_tsvector('simple', coalesce(d.title, '') || ' ' || d.text) "
                   "@@ plainto_tsquery('simple', :q){filters} ORDER BY d.published DESC NULLS LAST, d.id "
                   "LIMIT :limit OFFSET :offset"),
}
_SEARCH_FILTERS = {"source": "d.source = :source", "lang": "d.lang = :lang",
                   "since": "d.published >= :since", "until": "d.published <= :until"}


def _fts5_query(query: str) -> str:
    """Quote each word so user input can never be FTS5 syntax."""
    words = [w.replace('"', '""') for w in query.split() if w.strip()]
    return " ".join(f'"{w}"' for w in words) or '""'

