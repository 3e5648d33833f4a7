"""Near-duplicate clusters: syndicated copies of one article share a cluster id.

A document's MinHash signature and its LSH band keys come from
`concord.clean.dedup` (``signature``, ``band_keys``, ``similarity``). Documents
that share a band key are candidates; a candidate whose signature is similar
enough gives the new document its cluster. A cluster's id is the id of its
first document, so a document alone is a cluster of one.

The same rule runs against the SQLite store (`SqliteClusters`) and in memory
for `concord extract`, which has no store (`MemoryClusters`).
"""
from __future__ import annotations

import functools
import json
import sqlite3
import struct
from collections import Counter, defaultdict
from typing import Any, Protocol

DEFAULT_THRESHOLD = 0.8
MAX_CANDIDATES = 8
# Documents kept per band key. A key shared by more documents is a passage that
# many texts have in common (a template, a standard paragraph), not a sign of one
# story: later documents are not added to it, so looking a key up stays cheap
# however large the store. A syndicated story still finds its earlier copies there.
PER_BAND = 16


@functools.lru_cache(maxsize=1)
def dedup_module() -> Any | None:
    """`concord.clean.dedup` when it provides the three functions, else None
    (looked up once per process: a failed import is not cached by Python)."""
    try:
        from concord.clean import dedup
    except ImportError:
        return None
    if all(hasattr(dedup, name) for name in ("signature", "band_keys", "similarity")):
        return dedup
    return None


def compute_signature(text: str) -> Any | None:
    """The MinHash signature of a cleaned text, or None when dedup is unavailable."""
    dedup = dedup_module()
    return dedup.signature(text) if dedup and text else None


Candidate = tuple[str, str, Any]     # (document id, cluster id, compacted signature)


class ClusterIndex(Protocol):
    def candidates(self, keys: list[str]) -> tuple[list[Candidate], set[str]]:
        """Documents sharing any of the keys, most shared first, and the keys that
        hold PER_BAND documents already."""

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        """Remember a document's signature, and its keys (those not full)."""


def find_cluster(index: ClusterIndex, doc_id: str, signature: Any | None) -> tuple[str, list[str]]:
    """The cluster a new document joins (its own id when none matches) and the band
    keys to index it under."""
    dedup = dedup_module()
    if dedup is None or not signature:
        return doc_id, []
    keys = [str(k) for k in dedup.band_keys(signature)]
    threshold = getattr(dedup, "THRESHOLD", DEFAULT_THRESHOLD)
    best, best_score = doc_id, threshold
    probe = compact_signature(signature)
    candidates, full = index.candidates(keys)
    for other_id, cluster_id, other_sig in candidates:
        if other_id == doc_id:
            continue
        score = dedup.similarity(probe, other_sig)   # candidates come compacted, as stored
        if score >= best_score:
            best, best_score = cluster_id, score
    return best, [key for key in keys if key not in full]


def assign_cluster(index: ClusterIndex, doc_id: str, signature: Any | None) -> str:
    """Find the cluster of a new document, record it in the index, return its id."""
    cluster_id, keys = find_cluster(index, doc_id, signature)
    if signature:
        index.add(doc_id, cluster_id, keys, signature)
    return cluster_id


def compact_signature(signature: Any) -> Any:
    """The signature as the store keeps it: the low 32 bits of each value.

    Two texts' values agree on 32 bits by chance once in four billion, so
    similarities are unchanged, while a row of 128 values fits in its page of
    the `signatures` table (64-bit values made every row spill onto an overflow
    page: 4 KB written per document instead of 0.5 KB).
    """
    if isinstance(signature, (bytes, bytearray)):
        return signature
    return [int(v) & 0xFFFFFFFF for v in signature]


def encode_signature(signature: Any) -> bytes:
    """Compact bytes for a signature: 4 or 8 bytes an int when they fit, else JSON."""
    if isinstance(signature, (bytes, bytearray)):
        return b"B" + bytes(signature)
    values = [int(v) for v in signature]
    low, high = (min(values), max(values)) if values else (0, 0)
    if low >= 0 and high < 1 << 32:
        return b"L" + struct.pack(f"<{len(values)}L", *values)
    if low >= 0 and high < 1 << 64:
        return b"Q" + struct.pack(f"<{len(values)}Q", *values)
    return b"J" + json.dumps(values).encode("ascii")


def decode_signature(blob: bytes) -> Any:
    blob = bytes(blob)
    kind, body = blob[:1], blob[1:]
    if kind == b"B":
        return body
    if kind == b"L":
        return list(struct.unpack(f"<{len(body) // 4}L", body))
    if kind == b"Q":
        return list(struct.unpack(f"<{len(body) // 8}Q", body))
    return json.loads(body.decode("ascii"))


class SqliteClusters:
    """The index kept in the store's `signatures` and `band_keys` tables.

    Writes join the caller's transaction, so a document and its keys are
    committed together.
    """

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def candidates(self, keys: list[str]) -> tuple[list[Candidate], set[str]]:
        if not keys:
            return [], set()
        # The documents sharing the most band keys first, and only MAX_CANDIDATES
        # of them: shared bands track similarity, and a bound keeps a large
        # cluster (or a corpus of look-alike texts) from making each insert slower.
        # Each band is read for at most PER_BAND documents for the same reason
        # (stores made before `add` kept to PER_BAND may hold more): a band that
        # thousands of template-like texts share would otherwise make every insert
        # scan all of them (measured: inserts slowed from 3 to 50 ms at 30,000
        # generated documents).
        per_band = " UNION ALL ".join(
            f"SELECT * FROM (SELECT band_key, document_id FROM band_keys WHERE band_key = ? LIMIT {PER_BAND})"
            for _ in keys)
        rows = self.conn.execute(per_band, keys).fetchall()
        full = {key for key, count in Counter(row[0] for row in rows).items() if count >= PER_BAND}
        shared = Counter(row[1] for row in rows)
        best = [doc_id for doc_id, _ in sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]]
        if not best:
            return [], full
        marks = ",".join("?" * len(best))
        found = {row[0]: row for row in self.conn.execute(
            f"SELECT document_id, cluster_id, signature FROM signatures WHERE document_id IN ({marks})", best)}
        return [(doc_id, found[doc_id][1] or doc_id, decode_signature(found[doc_id][2]))
                for doc_id in best if doc_id in found], full

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        self.conn.execute("INSERT OR REPLACE INTO signatures (document_id, signature, cluster_id) VALUES (?, ?, ?)",
                          (doc_id, encode_signature(compact_signature(signature)), cluster_id))
        self.conn.executemany("INSERT OR IGNORE INTO band_keys (band_key, document_id) VALUES (?, ?)",
                              [(k, doc_id) for k in keys])


class MemoryClusters:
    """The same index in memory, for one `concord extract` run."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.docs: dict[str, tuple[str, Any]] = {}

    def candidates(self, keys: list[str]) -> tuple[list[Candidate], set[str]]:
        shared: Counter[str] = Counter()
        for key in keys:
            shared.update(self.by_key.get(key, ()))
        best = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
        full = {key for key in keys if len(self.by_key.get(key, ())) >= PER_BAND}
        return [(doc_id, *self.docs[doc_id]) for doc_id, _ in best], full

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        if doc_id in self.docs:
            return
        self.docs[doc_id] = (cluster_id, compact_signature(signature))
        for key in keys:
            self.by_key[key].append(doc_id)
