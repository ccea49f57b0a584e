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

import zlib
from datetime import date

import numpy as np
from sqlalchemy import bindparam, delete, select, update
from sqlalchemy.orm import Session

from skyledger.store.schema import DocumentGroupRow, DocumentRow, ReconcileStateRow

SHINGLE = 3
PERMUTATIONS = 64
BANDS, ROWS = 16, 4  # BANDS * ROWS == PERMUTATIONS; a pair at 0.8 similarity is a candidate all but surely
SCHEME = "minhash-64-words3-multiply-shift"  # stored signatures made otherwise are made again
THRESHOLD = 0.8
BUCKET_CAP = 500  # a bucket this full is boilerplate shared by unrelated texts, not one story

# Multiply-shift hashing, h(x) = (a*x + b) >> 32 with a odd, in wrapping uint64 arithmetic: no
# division (numpy's 64-bit modulo is slow), and the buffer is reused in place.
_rng = np.random.default_rng(20250612)  # fixed: signatures are stored and must stay comparable
_A = (_rng.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64) * np.uint64(2) + np.uint64(1))[:, None]
_B = _rng.integers(0, 2**63, PERMUTATIONS, dtype=np.uint64)[:, None]
_SHIFT = np.uint64(32)


class _WordCodes(dict):
    """word -> crc32, computed once per word: the vocabulary is small, the documents many."""

    def __missing__(self, word: str) -> int:
        code = self[word] = zlib.crc32(word.encode())
        return code


_word_codes = _WordCodes()


def _codes(text: str) -> list[int]:
    # Words split at whitespace, punctuation kept on them: copies keep it too, and it is
    # several times faster than a regular expression over a large ledger.
    return list(map(_word_codes.__getitem__, text.lower().split()))


def _shingle_hashes(codes: np.ndarray) -> np.ndarray:
    """Hashes of each run of three consecutive word codes (uint64 arithmetic wraps: fine for a hash)."""
    mixed = (codes[:-2] * np.uint64(1000003) + codes[1:-1]) * np.uint64(1000003) + codes[2:]
    return (mixed ^ (mixed >> np.uint64(32))) & np.uint64(0xFFFFFFFF)


def _minhash(hashes: np.ndarray, offsets: np.ndarray) -> np.ndarray:
    """Per stretch of ``hashes`` (starting at ``offsets``), the minimum of each hash function."""
    values = np.empty((PERMUTATIONS, len(hashes)), dtype=np.uint64)
    np.multiply(_A, hashes[None, :], out=values)
    values += _B
    values >>= _SHIFT
    return np.minimum.reduceat(values, offsets, axis=1).T


def signatures(texts: list[str], batch: int = 64) -> np.ndarray:
    """MinHash signatures of many texts (one row each), a batch of texts per numpy pass.

    The batch's word codes are hashed in one array; shingles that would span
    two texts are dropped, and each text's minimum is taken over its own
    stretch (repeated shingles do not change a minimum, so no dedup is needed).
    """
    out = np.empty((len(texts), PERMUTATIONS), dtype=np.uint32)
    for start in range(0, len(texts), batch):
        codes = [_codes(t) for t in texts[start:start + batch]]
        for k, c in enumerate(codes):
            if len(c) < SHINGLE:  # too short for a shingle: one pseudo-shingle of what there is
                codes[k] = [sum(c) & 0xFFFFFFFF, 0, 0]
        lengths = np.array([len(c) for c in codes])
        flat = np.fromiter((x for c in codes for x in c), dtype=np.uint64, count=int(lengths.sum()))
        hashes = _shingle_hashes(flat)
        ends = np.cumsum(lengths)
        inside = np.ones(len(hashes), dtype=bool)
        inside[(ends - 2)[:-1]] = inside[(ends - 1)[:-1]] = False  # the two shingles across each boundary
        offsets = np.concatenate(([0], np.cumsum(lengths - 2)[:-1]))
        out[start:start + len(codes)] = _minhash(hashes[inside], offsets)
    return out


def signature(text: str) -> np.ndarray:
    return signatures([text])[0]


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two documents' shingle sets."""
    return float(np.count_nonzero(a == b)) / PERMUTATIONS


def _buckets(band: np.ndarray):
    """Lists of documents whose signatures agree on this band (2 to BUCKET_CAP of them)."""
    keys = np.ascontiguousarray(band).view(np.dtype((np.void, band.shape[1] * band.itemsize))).ravel()
    _, inverse, counts = np.unique(keys, return_inverse=True, return_counts=True)
    inverse = inverse.ravel()
    shared = np.flatnonzero((counts >= 2) & (counts <= BUCKET_CAP))
    if len(shared) == 0:
        return []
    members = np.flatnonzero(np.isin(inverse, shared))
    order = members[np.argsort(inverse[members], kind="stable")]
    splits = np.flatnonzero(np.diff(inverse[order])) + 1
    return [chunk.tolist() for chunk in np.split(order, splits)]


def group(ids: list[str], signatures: np.ndarray, order_keys: list) -> list[str]:
    """For each document, the id of its group's earliest member (by ``order_keys``)."""
    parent = list(range(len(ids)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for band in range(BANDS):
        for members in _buckets(signatures[:, band * ROWS:(band + 1) * ROWS]):
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


def _drop_other_scheme(session: Session) -> None:
    """Drop the stored signatures when they were made by another scheme (they cannot be compared)."""
    stored = session.get(ReconcileStateRow, "dedup_scheme")
    if stored is not None and stored.value == SCHEME:
        return
    session.execute(delete(DocumentGroupRow))
    if stored is None:
        session.add(ReconcileStateRow(key="dedup_scheme", value=SCHEME))
    else:
        stored.value = SCHEME
    session.flush()


def update_groups(session: Session) -> dict[str, str]:
    """Sign new documents, regroup all, store the changes; returns document id -> group id."""
    _drop_other_scheme(session)
    known = {doc_id: (group_id, np.frombuffer(sig, dtype=np.uint32))
             for doc_id, group_id, sig in session.execute(
                 select(DocumentGroupRow.document_id, DocumentGroupRow.group_id, DocumentGroupRow.signature))}
    published: dict[str, date | None] = dict(session.execute(select(DocumentRow.id, DocumentRow.published)).all())
    new = [doc_id for doc_id in published if doc_id not in known]
    if not new and all(group_id in published for group_id, _ in known.values()):
        return {doc_id: group_id for doc_id, (group_id, _) in known.items()}  # nothing new: groups stand
    new_signatures = {}
    for start in range(0, len(new), 2000):  # texts in slices: a large ledger need not sit in memory
        batch = session.execute(select(DocumentRow.id, DocumentRow.text)
                                .where(DocumentRow.id.in_(new[start:start + 2000]))).all()
        new_signatures.update(zip([doc_id for doc_id, _ in batch], signatures([text for _, text in batch])))
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
