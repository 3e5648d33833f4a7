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
from typing import Any, Iterable, Protocol

DEFAULT_THRESHOLD = 0.8
MAX_CANDIDATES = 16
PER_BAND = 64


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


class ClusterIndex(Protocol):
    def candidates(self, keys: Iterable[str]) -> Iterable[tuple[str, str, Any]]:
        """(document id, cluster id, signature) of documents sharing any key."""

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        """Remember a document's keys and signature."""


def find_cluster(index: ClusterIndex, doc_id: str, signature: Any | None) -> tuple[str, list[str]]:
    """The cluster a new document joins (its own id when none matches) and its band keys."""
    dedup = dedup_module()
    if dedup is None or not signature:
        return doc_id, []
    keys = [str(k) for k in dedup.band_keys(signature)]
    threshold = getattr(dedup, "THRESHOLD", DEFAULT_THRESHOLD)
    best, best_score = doc_id, threshold
    for other_id, cluster_id, other_sig in index.candidates(keys):
        if other_id == doc_id:
            continue
        score = dedup.similarity(signature, other_sig)
        if score >= best_score:
            best, best_score = cluster_id, score
    return best, keys


def assign_cluster(index: ClusterIndex, doc_id: str, signature: Any | None) -> str:
    """Find the cluster of a new document, record it in the index, return its id."""
    cluster_id, keys = find_cluster(index, doc_id, signature)
    if keys:
        index.add(doc_id, cluster_id, keys, signature)
    return cluster_id


def encode_signature(signature: Any) -> bytes:
    """Compact bytes for a signature: 8 bytes an int when they fit, else JSON."""
    if isinstance(signature, (bytes, bytearray)):
        return b"B" + bytes(signature)
    values = [int(v) for v in signature]
    if all(0 <= v < 1 << 64 for v in values):
        return b"Q" + struct.pack(f"<{len(values)}Q", *values)
    return b"J" + json.dumps(values).encode("ascii")


def decode_signature(blob: bytes) -> Any:
    blob = bytes(blob)
    kind, body = blob[:1], blob[1:]
    if kind == b"B":
        return body
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

    def candidates(self, keys: Iterable[str]) -> Iterable[tuple[str, str, Any]]:
        keys = list(keys)
        if not keys:
            return []
        # The documents sharing the most band keys first, and only MAX_CANDIDATES
        # of them: shared bands track similarity, and a bound keeps a large
        # cluster (or a corpus of look-alike texts) from making each insert slower.
        # Each band is read for at most PER_BAND documents for the same reason: a
        # band that thousands of template-like texts share would otherwise make
        # every insert scan all of them (measured: inserts slowed from 3 to 50 ms
        # at 30,000 generated documents).
        per_band = " UNION ALL ".join(
            "SELECT * FROM (SELECT document_id FROM band_keys WHERE band_key = ? LIMIT ?)" for _ in keys)
        params = [value for key in keys for value in (key, PER_BAND)]
        rows = self.conn.execute(
            f"SELECT c.document_id, d.cluster_id, s.signature FROM "
            f"(SELECT document_id, COUNT(*) AS shared FROM ({per_band}) "
            f" GROUP BY document_id ORDER BY shared DESC, document_id LIMIT {MAX_CANDIDATES}) AS c "
            f"JOIN documents d ON d.id = c.document_id JOIN signatures s ON s.document_id = c.document_id "
            f"ORDER BY c.shared DESC, c.document_id", params)
        return [(r[0], r[1] or r[0], decode_signature(r[2])) for r in rows]

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        self.conn.execute("INSERT OR REPLACE INTO signatures (document_id, signature) VALUES (?, ?)",
                          (doc_id, encode_signature(signature)))
        self.conn.executemany("INSERT OR IGNORE INTO band_keys (band_key, document_id) VALUES (?, ?)",
                              [(k, doc_id) for k in keys])


class MemoryClusters:
    """The same index in memory, for one `concord extract` run."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.docs: dict[str, tuple[str, Any]] = {}

    def candidates(self, keys: Iterable[str]) -> Iterable[tuple[str, str, Any]]:
        shared: Counter[str] = Counter()
        for key in keys:
            shared.update(self.by_key.get(key, ()))
        best = sorted(shared.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_CANDIDATES]
        return [(doc_id, *self.docs[doc_id]) for doc_id, _ in best]

    def add(self, doc_id: str, cluster_id: str, keys: list[str], signature: Any) -> None:
        if doc_id in self.docs:
            return
        self.docs[doc_id] = (cluster_id, signature)
        for key in keys:
            self.by_key[key].append(doc_id)
