"""Places the knowledge base does not know, from the words around them.

Two shapes are safe enough to name a place without the KB:

- a capitalised name before a lower-case place word: "Quang Ninh province",
  "Kratie town", "Sekong river" (the name is the capitalised part);
- "in/at/from/near X, COUNTRY" where COUNTRY is a known state or place:
  "held in Busan, South Korea".

A bare "in X" is not enough ("in Khmer", "in English" are languages), and
capitalised-head names ("Nong Khai Province") are read by `names.cue_names`.
"""
from __future__ import annotations

import re

from concord.extract.lexicon import Lexicon
from concord.extract.names import Cand, _is_name_word
from concord.extract.runs import Run

__all__ = ["place_names"]

_LOWER_HEAD = re.compile(
    r"[ \t]+(?:province|district|city|town|commune|village|river|island|islands|county|prefecture|"
    r"municipality|township|state|region)\b")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|to|outside|across)[ \t]+$")
_COMMA = re.compile(r",[ \t]*")


def place_names(text: str, runs: list[Run], cands: list[Cand], lex: Lexicon) -> list[Cand]:
    """PLACE candidates for runs no other candidate covers (see module doc)."""
    starts = {c.start: c.type for c in cands}
    taken = bytearray(len(text) + 1)
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    for run in runs:
        if len(run.words) == 1 and (taken[run.start] or run.words[0].text in lex.function_words):
            continue                                  # the common case: a known name, "The"
        # The capitalised words at the end of the run ("Farmers in [Sre Ambel] district").
        k = len(run.words)
        while k > 0 and run.words[k - 1].cap:
            k -= 1
        words = run.words[k:]
        if not words or len(words) > 4:
            continue
        if not all(_is_name_word(w) and w.text not in lex.not_names for w in words):
            continue
        start, end = words[0].start, words[-1].end
        if any(taken[start:end]):
            continue
        if _LOWER_HEAD.match(text, end):
            out.append(Cand(start, end, "PLACE", "place"))
            continue
        comma = _COMMA.match(text, end)
        if (comma and starts.get(comma.end()) in ("COUNTRY", "PLACE")
                and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)):
            out.append(Cand(start, end, "PLACE", "place"))
    return out
