"""Ingest: read files, detect the language, extract claims, store both.

    report = ingest_paths(ledger, ["news/", "report.html"], published=date(2025, 6, 12))

Each document is stored with its claims in one transaction; a document
already in the ledger is skipped; a file or line that cannot be read is
reported and the batch goes on.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Callable, Iterable

from skyledger.extract import EXTRACTOR_VERSION, extract
from skyledger.ingest.language import detect, is_supported
from skyledger.ingest.readers import ReadError, read_paths
from skyledger.models import Document
from skyledger.store import Ledger


@dataclass
class IngestReport:
    stored: int = 0
    duplicates: int = 0
    unsupported: int = 0
    claims: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    document_ids: list[str] = field(default_factory=list)


def prepare(doc: Document, *, published: date | None = None, lang: str | None = None) -> tuple[Document, list[str]]:
    """Fill in a missing date and language; return the warnings this raised.

    ``published`` and ``lang`` apply only to documents that carry none of
    their own; a document without a language gets the detected one.
    """
    warnings = []
    if doc.published is None and published is not None:
        doc.published = published
    if not doc.lang:
        doc.lang = lang or detect(doc.text)
    if doc.published is None:
        warnings.append(f"{doc.origin}: no publication date; relative dates stay unresolved (give --published)")
    return doc, warnings


def ingest_documents(ledger: Ledger, items: Iterable[Document | ReadError], *, published: date | None = None,
                     lang: str | None = None, replace: bool = False,
                     progress: Callable[[], None] | None = None) -> IngestReport:
    report = IngestReport()
    for item in items:
        if progress:
            progress()
        if isinstance(item, ReadError):
            report.errors.append(str(item))
            continue
        doc, warnings = prepare(item, published=published, lang=lang)
        report.warnings.extend(warnings)
        supported = is_supported(doc.lang)
        if not supported:
            report.warnings.append(f"{doc.origin}: language {doc.lang!r} is not read; stored without claims")
        if not replace and ledger.has_document(doc.id):
            report.duplicates += 1
            report.document_ids.append(doc.id)
            continue
        try:
            claims = extract(doc) if supported else []
        except Exception as err:  # a bug on one document must not stop the batch
            report.errors.append(f"{doc.origin}: extraction failed ({type(err).__name__}: {err})")
            continue
        try:
            added = ledger.add(doc, claims, unsupported=not supported, extractor=EXTRACTOR_VERSION, replace=replace)
        except Exception as err:
            report.errors.append(f"{doc.origin}: not stored ({type(err).__name__}: {err})")
            continue
        report.document_ids.append(doc.id)
        if added:
            report.stored += 1
            report.claims += len(claims)
            report.unsupported += not supported
        else:
            report.duplicates += 1
    return report


def ingest_paths(ledger: Ledger, paths: list, **options) -> IngestReport:
    return ingest_documents(ledger, read_paths(paths), **options)
