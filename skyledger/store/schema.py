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
