"""Near-duplicate signatures: deterministic, close for syndicated copies, far for other stories."""
from __future__ import annotations

import json
import os
import subprocess
import sys

from concord.clean import dedup

STORY = ("Water ministers from Cambodia, Laos, Thailand and Vietnam agreed on Thursday to share real-time "
         "flood readings from more than sixty river stations during the rainy season. The agreement, reached "
         "at a meeting of the Mekong River Commission council, extends an earlier arrangement that only "
         "covered the dry months of the year. Officials said the readings would be published every fifteen "
         "minutes, giving downstream provinces more time to prepare evacuations. The commission plans to "
         "review the arrangement at its next council meeting in Phnom Penh.")
OTHER = ("The checkpoint at Poipet reopened to travellers on Thursday after two years of closure, officials "
         "on both sides said. Traders welcomed the move, saying it would cut the cost of moving fruit and "
         "vegetables across the border. Both governments said more crossings would reopen in the coming "
         "months as traffic recovers, and customs officers were added at the busiest gates.")


def syndicated(text: str) -> str:
    """The same story as another outlet runs it: new dateline, a signature, other spacing and case."""
    return "VIENTIANE (Wire) -- " + text.replace("  ", " ").upper() + "\n\nRead more stories on our site. — Wire"


def test_signature_shape_and_determinism_across_processes():
    sig = dedup.signature(STORY)
    assert len(sig) == dedup.NUM_HASHES and all(isinstance(v, int) and 0 <= v < 2**64 for v in sig)
    code = ("import json, sys; from concord.clean import dedup; "
            "print(json.dumps(dedup.signature(sys.argv[1])))")
    for seed in ("1", "12345"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code, STORY], env=env, capture_output=True, text=True,
                             check=True).stdout
        assert json.loads(out) == sig


def test_syndicated_copy_is_near_duplicate_and_other_story_is_not():
    a, b, c = dedup.signature(STORY), dedup.signature(syndicated(STORY)), dedup.signature(OTHER)
    assert dedup.similarity(a, b) >= dedup.THRESHOLD
    assert dedup.is_near_duplicate(a, b)
    assert dedup.similarity(a, c) < 0.2
    assert set(dedup.band_keys(a)) & set(dedup.band_keys(b))
    assert not set(dedup.band_keys(a)) & set(dedup.band_keys(c))


def test_similarity_tracks_true_jaccard():
    half = STORY[: len(STORY) // 2]
    sa, sb = dedup.shingles(STORY), dedup.shingles(half)
    true = len(sa & sb) / len(sa | sb)
    assert abs(dedup.similarity(dedup.signature(STORY), dedup.signature(half)) - true) < 0.15


def test_short_and_empty_texts():
    assert dedup.signature("") == [] and dedup.band_keys([]) == []
    assert dedup.similarity([], dedup.signature(STORY)) == 0.0
    short = dedup.signature("ASEAN summit opens")
    assert len(short) == dedup.NUM_HASHES
    assert dedup.similarity(short, dedup.signature("asean  SUMMIT opens")) == 1.0


def test_band_keys_and_best_match_and_pack():
    sig = dedup.signature(STORY)
    keys = dedup.band_keys(sig)
    assert len(keys) == dedup.BANDS == len(set(keys))
    assert all(k[:2].isdigit() and k[2] == ":" for k in keys)
    candidates = [("d:other", dedup.signature(OTHER)), ("d:copy", dedup.signature(syndicated(STORY)))]
    match = dedup.best_match(sig, candidates)
    assert match is not None and match[0] == "d:copy"
    assert dedup.best_match(sig, candidates[:1]) is None
    assert dedup.unpack(dedup.pack(sig)) == sig and dedup.unpack(b"") == []
