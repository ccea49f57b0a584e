"""Reading documents from files: plain text, HTML, JSON Lines, JSON, folders.

Every reader yields `Document`s and, for what it cannot read, `ReadError`s
that name the file (and line) — never an exception — so one bad file or one
broken line does not stop a batch.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Iterator, Union

from skyledger.models import Document

TEXT_SUFFIXES = {".txt", ".text", ".md"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"}
KNOWN_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | JSON_SUFFIXES

# A plain-text file may open with metadata lines: "date 2025-06-12",
# "published: 2025-06-12", "url: https://...", "source: ...", "title: ...".
_HEADER = re.compile(r"^\s*(date|published|url|source|title|lang)\s*[:=]?\s+(\S[^\n]*?)\s*(?:\n|$)", re.I)
_HEADER_DATE = re.compile(r"^\s*(?:date|published)\s*[:=]?\s+(\d{4}-\d{2}-\d{2})\s+", re.I)


@dataclass
class ReadError:
    path: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


Item = Union[Document, ReadError]


def parse_date(value) -> date | None:
    """A date from ISO text ("2025-06-12", "2025-06-12T08:30:00+03:00") or a date."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    for fmt in ("%d.%m.%Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return datetime.strptime(text[:10], fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unreadable date {text!r}")


def read_bytes_as_text(path: Path) -> str | ReadError:
    try:
        raw = path.read_bytes()
    except OSError as err:
        return ReadError(str(path), f"cannot read: {err.strerror or err}")
    if not raw.strip():
        return ReadError(str(path), "empty file")
    if b"\x00" in raw[:4096]:
        return ReadError(str(path), "binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        return ReadError(str(path), f"not UTF-8 text (byte 0x{raw[err.start]:02x} at offset {err.start})")


def read_text(path: Path, text: str) -> Iterator[Item]:
    meta = {}
    m = _HEADER_DATE.match(text)
    if m:  # "date 2025-06-12 <text...>" on one line
        meta["published"] = m.group(1)
        text = text[m.end():]
    else:
        while True:
            m = _HEADER.match(text)
            if not m:
                break
            meta[m.group(1).lower()] = m.group(2)
            text = text[m.end():]
    if not text.strip():
        yield ReadError(str(path), "no text after the header")
        return
    yield from _document(str(path), text.strip("\n"), meta)


def read_html(path: Path, html: str) -> Iterator[Item]:
    import trafilatura

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        yield ReadError(str(path), "HTML has no main text")
        return
    data = extracted.as_dict() if hasattr(extracted, "as_dict") else dict(extracted)
    text = (data.get("text") or "").strip()
    if not text:
        yield ReadError(str(path), "HTML has no main text")
        return
    meta = {
        "title": data.get("title"), "url": data.get("url"), "published": data.get("date"),
        "source": data.get("sitename") or data.get("hostname"), "lang": data.get("language"),
    }
    yield from _document(str(path), text, meta)


def read_jsonl(path: Path, text: str) -> Iterator[Item]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield ReadError(str(path), f"not JSON ({err.msg})", number)
            continue
        yield from _record(str(path), record, number)


def read_json(path: Path, text: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as err:
        yield ReadError(str(path), f"not JSON ({err.msg})", err.lineno)
        return
    records = data if isinstance(data, list) else [data]
    for number, record in enumerate(records, 1):
        yield from _record(str(path), record, number if isinstance(data, list) else None)


def _record(path: str, record, number: int | None) -> Iterator[Item]:
    if not isinstance(record, dict):
        yield ReadError(path, "a document must be a JSON object", number)
        return
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        yield ReadError(path, 'no "text" field', number)
        return
    origin = f"{path}:{number}" if number else path
    yield from _document(origin, text, record, line=number, path=path)


def _document(origin: str, text: str, meta: dict, *, line: int | None = None, path: str | None = None) -> Iterator[Item]:
    try:
        published = parse_date(meta.get("published") or meta.get("date"))
    except ValueError as err:
        yield ReadError(path or origin, str(err), line)
        return
    yield Document(
        ref=str(meta["id"]) if meta.get("id") is not None else None,
        text=text,
        url=meta.get("url"),
        source=meta.get("source"),
        title=meta.get("title"),
        published=published,
        lang=(meta.get("lang") or None),
        origin=origin,
    )


_READERS = {}
for _suffix in TEXT_SUFFIXES:
    _READERS[_suffix] = read_text
for _suffix in HTML_SUFFIXES:
    _READERS[_suffix] = read_html
for _suffix in JSONL_SUFFIXES:
    _READERS[_suffix] = read_jsonl
for _suffix in JSON_SUFFIXES:
    _READERS[_suffix] = read_json


def _reader_for(path: Path, text: str):
    reader = _READERS.get(path.suffix.lower())
    if reader:
        return reader
    # Unknown suffix: sniff.
    head = text.lstrip()[:200].lower()
    if head.startswith("<!doctype html") or head.startswith("<html"):
        return read_html
    return read_text


def read_file(path: Path) -> Iterator[Item]:
    text = read_bytes_as_text(path)
    if isinstance(text, ReadError):
        yield text
        return
    yield from _reader_for(path, text)(path, text)


def read_paths(paths: list[str | Path]) -> Iterator[Item]:
    """Documents from files and folders (folders are read recursively, in name order)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            for file in files:
                if file.suffix.lower() in KNOWN_SUFFIXES:
                    yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ReadError(str(path), "no such file or folder")


def read_stream(name: str, text: str) -> Iterator[Item]:
    """JSON Lines from a stream (stdin)."""
    yield from read_jsonl(Path(name), text)
