"""Near-duplicate detection: MinHash signatures of word shingles, with LSH band keys.

Exact duplicates already share a document id (``document_id`` of the cleaned
text). Near-duplicates, the same wire story syndicated by two outlets with other
furniture, an edited lede, a different signature line, are found here:

    sig = signature(doc.text)             # NUM_HASHES ints, the same on every machine and run
    keys = band_keys(sig)                 # BANDS strings; a store indexes them
    # candidates = documents sharing any band key; then
    if similarity(sig, other_sig) >= THRESHOLD: same cluster

The signature is a one-permutation MinHash (Li, Owen & Zhang 2012) with rotation
densification (Shrivastava & Li 2014): each shingle gets one 64-bit hash, its top
bits pick one of NUM_HASHES bins and the bin keeps the minimum of the rest. One
hash per shingle instead of NUM_HASHES keeps it cheap enough for every document.
Shingle hashes are built from word hashes (BLAKE2b, cached) combined with fixed
odd multipliers and the splitmix64 finaliser in numpy's wrap-around uint64
arithmetic, so they are the same on every machine; Python's own ``hash()`` is
salted per process and never used.

Band keys cover the first 64 values, in 16 bands of 4 rows: two texts with
Jaccard similarity 0.7 share a band key with probability 0.988, at 0.8 with
0.9998, at 0.5 with 0.64 and at 0.2 with 0.03; `similarity` (over all 128
values) then decides. Syndicated copies are mostly far above 0.8. Sixteen bands
rather than 32 halve the keys a store writes and reads for every document, which
was a tenth of the cost of storing one (bench/graph.py); the first 16 keys are
the same as those of the earlier 32-band scheme, so older stores still match.
"""
from __future__ import annotations

import hashlib
import operator
import re
import struct
from typing import Iterable

import numpy as np

SHINGLE_WORDS = 5
NUM_HASHES = 128
BANDS = 16
ROWS = 4                 # BANDS * ROWS <= NUM_HASHES: see the module docstring
THRESHOLD = 0.7          # estimated Jaccard similarity of word 5-gram sets: same story
_BIN_BITS = 7            # 2**7 == NUM_HASHES bins
_EMPTY = (1 << 64) - 1   # above any bin value (values keep 57 bits): marks an empty bin
_WORD = re.compile(r"\w+")
_PACK = struct.Struct(f"<{NUM_HASHES}Q")
# Odd 64-bit multipliers, one per word position in a shingle (digits of pi and e).
_MULTIPLIERS = np.array([0x243F6A8885A308D3, 0x13198A2E03707345, 0xA4093822299F31D1,
                         0x082EFA98EC4E6C89, 0xB7E151628AED2A6B], dtype=np.uint64)[:SHINGLE_WORDS]
_WORD_CACHE: dict[str, int] = {}
_WORD_CACHE_MAX = 200_000

assert 1 << _BIN_BITS == NUM_HASHES and ROWS * BANDS <= NUM_HASHES


def _hash64(token: str) -> int:
    return int.from_bytes(hashlib.blake2b(token.encode("utf-8"), digest_size=8).digest(), "little")


def _words(text: str) -> list[str]:
    """Words of the case-folded text (spacing, punctuation and case do not count)."""
    return _WORD.findall(text.casefold())


def _word_ids(words: list[str]) -> np.ndarray:
    cache = _WORD_CACHE
    if len(cache) > _WORD_CACHE_MAX:
        cache.clear()            # bounded memory; the values do not depend on the cache
    ids = []
    for word in words:
        value = cache.get(word)
        if value is None:
            value = cache[word] = _hash64(word)
        ids.append(value)
    return np.array(ids, dtype=np.uint64)


def _mix(h: np.ndarray) -> np.ndarray:
    """splitmix64's finaliser: spreads every input bit over the 64 output bits."""
    h = h ^ (h >> np.uint64(30))
    h = h * np.uint64(0xBF58476D1CE4E5B9)
    h = h ^ (h >> np.uint64(27))
    h = h * np.uint64(0x94D049BB133111EB)
    return h ^ (h >> np.uint64(31))


def shingle_hashes(text: str) -> np.ndarray:
    """One uint64 per word 5-gram of the text (the whole text is one shingle when shorter)."""
    words = _words(text)
    if not words:
        return np.zeros(0, dtype=np.uint64)
    if len(words) <= SHINGLE_WORDS:
        return np.array([_hash64(" ".join(words))], dtype=np.uint64)
    ids = _word_ids(words)
    count = len(words) - SHINGLE_WORDS + 1
    with np.errstate(over="ignore"):
        combined = ids[:count] * _MULTIPLIERS[0]
        for offset in range(1, SHINGLE_WORDS):
            combined = combined + ids[offset:offset + count] * _MULTIPLIERS[offset]
        return _mix(combined)


def shingles(text: str) -> set[str]:
    """Word 5-grams of the case-folded text, as strings (for inspection and tests)."""
    words = _words(text)
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)}


def signature(text: str) -> list[int]:
    """The MinHash signature of `text` (NUM_HASHES ints); [] for a text without words."""
    hashes = shingle_hashes(text)
    if not hashes.size:
        return []
    bins = np.full(NUM_HASHES, _EMPTY, dtype=np.uint64)
    index = (hashes >> np.uint64(64 - _BIN_BITS)).astype(np.intp)
    np.minimum.at(bins, index, hashes & np.uint64((1 << (64 - _BIN_BITS)) - 1))
    return _densify([int(b) for b in bins])


def _densify(bins: list[int]) -> list[int]:
    """Fill each empty bin from the next filled one (circularly), offset by the distance,
    so short texts still give comparable signatures (Shrivastava & Li 2014)."""
    if _EMPTY not in bins:
        return bins
    out = list(bins)
    nxt = next(i for i in range(NUM_HASHES - 1, -1, -1) if bins[i] != _EMPTY) - NUM_HASHES
    # One backward pass over two laps: `nxt` is the next filled bin at or after i.
    for i in range(2 * NUM_HASHES - 1, -1, -1):
        j = i % NUM_HASHES
        if bins[j] != _EMPTY:
            nxt = i
        elif i < NUM_HASHES:
            # The offset keeps borrowed values apart from the lender's own value.
            out[j] = (bins[nxt % NUM_HASHES] + (nxt - i) * 0x9E3779B97F4A7C15) & ((1 << 64) - 2)
    return out


def similarity(sig_a: list[int], sig_b: list[int]) -> float:
    """Estimated Jaccard similarity of the two texts' shingle sets (0.0 when either is empty)."""
    if not len(sig_a) or not len(sig_b) or len(sig_a) != len(sig_b):
        return 0.0
    # map(operator.eq) runs in C: three times faster than a generator, and storing
    # compares each new document with up to 16 candidates.
    return sum(map(operator.eq, sig_a, sig_b)) / len(sig_a)


def band_keys(sig: list[int]) -> list[str]:
    """One key per band ("07:3fa1c2d4e5b6a798"); texts sharing a key are candidate duplicates."""
    if not sig:
        return []
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS:(band + 1) * ROWS]
        digest = hashlib.blake2b(struct.pack(f"<{ROWS}Q", *rows), digest_size=8).hexdigest()
        keys.append(f"{band:02d}:{digest}")
    return keys


def is_near_duplicate(sig_a: list[int], sig_b: list[int]) -> bool:
    return similarity(sig_a, sig_b) >= THRESHOLD


def best_match(sig: list[int], candidates: Iterable[tuple[str, list[int]]]) -> tuple[str, float] | None:
    """The candidate (id, similarity) most similar to `sig` at or above THRESHOLD, else None.

    A store gives the documents sharing a band key as (cluster or document id, signature)."""
    best: tuple[str, float] | None = None
    for ident, other in candidates:
        score = similarity(sig, other)
        if score >= THRESHOLD and (best is None or score > best[1]):
            best = (ident, score)
    return best


def pack(sig: list[int]) -> bytes:
    """The signature as bytes for a BLOB column (empty bytes for an empty signature)."""
    return _PACK.pack(*sig) if sig else b""


def unpack(data: bytes) -> list[int]:
    return list(_PACK.unpack(data)) if data else []
