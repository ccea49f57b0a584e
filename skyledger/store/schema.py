"""Tables of the ledger (SQLAlchemy 2 declarative mapping).

The schema itself is created and changed only by the Alembic migrations in
``migrations/versions``; these classes describe it for queries.
"""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


class Base(DeclarativeBase):
    pass


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    url: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(String(200), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[date | None] = mapped_column(Date, index=True)
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    # True when the text is in a language we do not read: stored, not extracted.
    unsupported: Mapped[bool] = mapped_column(Boolean, default=False)
    origin: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    extractor: Mapped[str | None] = mapped_column(String(40))
    ingested_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    claims: Mapped[list["ClaimRow"]] = relationship(
        back_populates="document", cascade="all, delete-orphan", passive_deletes=True
    )


class ClaimRow(Base):
    __tablename__ = "claims"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[date | None] = mapped_column(Date)
    attacker: Mapped[str | None] = mapped_column(String(2))
    target: Mapped[str | None] = mapped_column(String(2))
    weapon: Mapped[str | None] = mapped_column(String(20))
    weapon_type: Mapped[str | None] = mapped_column(String(40))
    metric: Mapped[str | None] = mapped_column(String(10))
    outcome: Mapped[str | None] = mapped_column(String(10))
    count: Mapped[int | None] = mapped_column(Integer)
    qualifier: Mapped[str | None] = mapped_column(String(10))
    region: Mapped[str | None] = mapped_column(String(8), index=True)
    population: Mapped[str | None] = mapped_column(String(10))
    claimant: Mapped[str | None] = mapped_column(String(200))
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    sentence_end: Mapped[int | None] = mapped_column(Integer)
    sentence: Mapped[str | None] = mapped_column(Text)
    # Fields of the unscored kinds (speaker, quote, parties, values, ...).
    details: Mapped[dict | None] = mapped_column(JSON)

    document: Mapped[DocumentRow] = relationship(back_populates="claims")

    __table_args__ = (Index("ix_claims_kind_date", "kind", "date"),)


# -- reconciliation (migration 0002) ------------------------------------------
from sqlalchemy import LargeBinary  # noqa: E402


class DocumentGroupRow(Base):
    """A document's MinHash signature and its near-duplicate group."""

    __tablename__ = "document_groups"

    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    group_id: Mapped[str] = mapped_column(String(32), index=True)
    signature: Mapped[bytes] = mapped_column(LargeBinary)


class EventRow(Base):
    __tablename__ = "events"

    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    attacker: Mapped[str] = mapped_column(String(2))
    target: Mapped[str] = mapped_column(String(2))
    weapon_group: Mapped[str] = mapped_column(String(20))
    region: Mapped[str | None] = mapped_column(String(8), index=True)
    part_of: Mapped[str | None] = mapped_column(String(32))
    weapons: Mapped[str] = mapped_column(Text)
    documents: Mapped[int] = mapped_column(Integer)
    claims: Mapped[int] = mapped_column(Integer)
    conflicts: Mapped[int] = mapped_column(Integer)
    digest: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())

    __table_args__ = (Index("ix_events_sides_date", "attacker", "target", "date"),)


class EventFigureRow(Base):
    __tablename__ = "event_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    weapon: Mapped[str] = mapped_column(String(20))
    weapon_type: Mapped[str | None] = mapped_column(String(40))
    metric: Mapped[str] = mapped_column(String(10))
    region: Mapped[str | None] = mapped_column(String(8))
    count: Mapped[int] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(10))
    claim_id: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[str] = mapped_column(String(32))
    claimant: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    tier: Mapped[int] = mapped_column(Integer)
    conflict: Mapped[bool] = mapped_column(Boolean)
    alternatives: Mapped[list] = mapped_column(JSON)


class EventClaimRow(Base):
    __tablename__ = "event_claims"

    event_id: Mapped[str] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"), primary_key=True)
    claim_id: Mapped[str] = mapped_column(ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True, index=True)


class NightFigureRow(Base):
    """Per night, side and weapon class; source "ledger" (reconciled) or "reference" (imported)."""

    __tablename__ = "night_figures"

    source: Mapped[str] = mapped_column(String(20), primary_key=True)
    date: Mapped[date] = mapped_column(Date, primary_key=True)
    attacker: Mapped[str] = mapped_column(String(2), primary_key=True)
    target: Mapped[str] = mapped_column(String(2), primary_key=True)
    weapon: Mapped[str] = mapped_column(String(20), primary_key=True)
    launched: Mapped[int | None] = mapped_column(Integer)
    defeated: Mapped[int | None] = mapped_column(Integer)
    lost: Mapped[int | None] = mapped_column(Integer)
    hit: Mapped[int | None] = mapped_column(Integer)
    provenance: Mapped[dict | None] = mapped_column(JSON)


class CasualtyFigureRow(Base):
    __tablename__ = "casualty_figures"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    date: Mapped[date] = mapped_column(Date, index=True)
    region: Mapped[str | None] = mapped_column(String(8))
    outcome: Mapped[str] = mapped_column(String(10))
    count: Mapped[int] = mapped_column(Integer)
    qualifier: Mapped[str] = mapped_column(String(10))
    claim_id: Mapped[str] = mapped_column(String(32))
    document_id: Mapped[str] = mapped_column(String(32))
    claimant: Mapped[str | None] = mapped_column(String(200))
    source: Mapped[str | None] = mapped_column(String(200))
    conflict: Mapped[bool] = mapped_column(Boolean)
    alternatives: Mapped[list] = mapped_column(JSON)


class ReferenceRow(Base):
    """One row of an imported reference file (Massive Missile Attacks on Ukraine)."""

    __tablename__ = "reference_rows"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    reference: Mapped[str] = mapped_column(String(40))
    line: Mapped[int] = mapped_column(Integer)
    date: Mapped[date] = mapped_column(Date, index=True)
    time_start: Mapped[str | None] = mapped_column(String(20))
    time_end: Mapped[str | None] = mapped_column(String(20))
    model: Mapped[str] = mapped_column(String(120))
    weapon: Mapped[str] = mapped_column(String(20))
    weapon_type: Mapped[str | None] = mapped_column(String(40))
    role: Mapped[str] = mapped_column(String(20))
    scope: Mapped[str] = mapped_column(String(20))
    launched: Mapped[int | None] = mapped_column(Integer)
    defeated: Mapped[int | None] = mapped_column(Integer)
    lost: Mapped[int | None] = mapped_column(Integer)
    target: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)


class ReconcileStateRow(Base):
    __tablename__ = "reconcile_state"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)
