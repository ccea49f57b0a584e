"""Near-duplicate documents: syndicated copies of one story count as one source.

Each document gets a MinHash signature of its word 3-shingles (stored, so a
re-run only hashes new documents). Locality-sensitive hashing over bands of
the signature finds candidate pairs; a pair whose estimated Jaccard
similarity reaches ``THRESHOLD`` is one story. Groups are the connected
components; a group is named after its earliest document.

Three-word shingles make two reports that share a template but differ in
their figures (the Air Force's report of one night and of the next) fall
well under the threshold, while copies with a changed headline or byline
stay above it.
"""
from __future__ import annotations

import re
import zlib
from datetime import date

import numpy as np
from sqlalchemy import bindparam, select, update
from sqlalchemy.orm import Session

from skyledger.store.schema import DocumentGroupRow, DocumentRow

SHINGLE = 3
PERMUTATIONS = 128
BANDS, ROWS = 16, 8  # BANDS * ROWS == PERMUTATIONS; candidates from about 0.7 similarity
THRESHOLD = 0.8
BUCKET_CAP = 500  # a bucket this full is boilerplate shared by unrelated texts, not one story

_PRIME = np.uint64(4294967311)  # a prime above 2**32: (a*x + b) % p stays within uint64
_rng = np.random.default_rng(20250612)  # fixed: signatures are stored and must stay comparable
_A = _rng.integers(1, 2**32 - 1, PERMUTATIONS, dtype=np.uint64)[:, None]
_B = _rng.integers(0, 2**32 - 1, PERMUTATIONS, dtype=np.uint64)[:, None]
_WORD = re.compile(r"\w+")


def shingles(text: str) -> set[int]:
    words = _WORD.findall(text.lower())
    if len(words) < SHINGLE:
        return {zlib.crc32(" ".join(words).encode())}
    return {zlib.crc32(" ".join(words[i:i + SHINGLE]).encode()) for i in range(len(words) - SHINGLE + 1)}


def signature(text: str) -> np.ndarray:
    hashes = np.fromiter(shingles(text), dtype=np.uint64)
    return ((_A * hashes[None, :] + _B) % _PRIME).min(axis=1).astype(np.uint32)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def group(ids: list[str], signatures: np.ndarray, order_keys: list) -> list[str]:
    """For each document, the id of its group's earliest member (by ``order_keys``)."""
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for band in range(BANDS):
        buckets: dict[bytes, list[int]] = {}
        chunk = np.ascontiguousarray(signatures[:, band * ROWS:(band + 1) * ROWS])
        for i in range(len(ids)):
            buckets.setdefault(chunk[i].tobytes(), []).append(i)
        for members in buckets.values():
            if len(members) < 2 or len(members) > BUCKET_CAP:
                continue
            for k, i in enumerate(members):
                for j in members[k + 1:]:
                    root_i, root_j = find(i), find(j)
                    if root_i != root_j and similarity(signatures[i], signatures[j]) >= THRESHOLD:
                        parent[root_j] = root_i
    first: dict[int, int] = {}
    for i in range(len(ids)):
        root = find(i)
        if root not in first or order_keys[i] < order_keys[first[root]]:
            first[root] = i
    return [ids[first[find(i)]] for i in range(len(ids))]


def update_groups(session: Session) -> dict[str, str]:
    """Sign new documents, regroup all, store the changes; returns document id -> group id."""
    known = {doc_id: (group_id, np.frombuffer(sig, dtype=np.uint32))
             for doc_id, group_id, sig in session.execute(
                 select(DocumentGroupRow.document_id, DocumentGroupRow.group_id, DocumentGroupRow.signature))}
    published: dict[str, date | None] = dict(session.execute(select(DocumentRow.id, DocumentRow.published)).all())
    new = [doc_id for doc_id in published if doc_id not in known]
    new_signatures = {}
    for start in range(0, len(new), 2000):  # texts in slices: a large ledger need not sit in memory
        batch = new[start:start + 2000]
        for doc_id, text in session.execute(select(DocumentRow.id, DocumentRow.text).where(DocumentRow.id.in_(batch))):
            new_signatures[doc_id] = signature(text)
    ids = sorted(published)
    if not ids:
        return {}
    sigs = np.stack([new_signatures[i] if i in new_signatures else known[i][1] for i in ids])
    order = [(published[i] or date.max, i) for i in ids]
    groups = dict(zip(ids, group(ids, sigs, order)))
    if new:
        session.execute(DocumentGroupRow.__table__.insert(), [
            {"document_id": i, "group_id": groups[i], "signature": new_signatures[i].tobytes()} for i in new])
    moved = [{"d": i, "g": groups[i]} for i in ids if i in known and known[i][0] != groups[i]]
    if moved:
        table = DocumentGroupRow.__table__
        session.execute(update(table).where(table.c.document_id == bindparam("d")).values(group_id=bindparam("g")),
                        moved)
    return groups
