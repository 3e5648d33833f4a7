"""Places the knowledge base does not know, from the words around them.

Two shapes are safe enough to name a place without the KB:

- a capitalised name before a lower-case place word: "Quang Ninh province",
  "Kratie town", "Sekong river" (the name is the capitalised part);
- "in/at/from/near X, COUNTRY" where COUNTRY is a known state or place:
  "held in Busan, South Korea".

- a capitalised name right after "in/at/near/from" that nothing else claimed
  ("fishermen in Chiang Saen", "a checkpoint at Mom Bei"), and one joined to it
  by "and" ("in Ben Tre and Tra Vinh"): KB names, named
  organisations and people were read before; languages, months, institutions
  ("in Khmer", "in March", "in Parliament"), acronyms, words the article also
  writes in lower case and names with a person cue ("said", "a farmer") are not
  places.

Capitalised-head names ("Nong Khai Province") are read by `heads.cue_names`.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container

from concord.datafiles import load_json
from concord.extract.lexicon import Lexicon
from concord.extract.name_evidence import context_evidence as _context_evidence
from concord.extract.names import Cand, _is_name_word
from concord.extract.runs import Run, Word
from concord.link.fold import fold

__all__ = ["place_names", "with_direction"]

_DIRECTIONS = frozenset(load_json("concord.extract", "heads_rules.json")["place_directions"])
_WORD_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]$")


def with_direction(text: str, start: int) -> int:
    """Start of "Central Java" for a KB place "Java" at `start`: a capitalised compass
    word right before it joins the name (data: heads_rules.json); else `start`."""
    m = _WORD_BEFORE.search(text, max(0, start - 12), start)
    if m is None or m.group(1) not in _DIRECTIONS or (m.start() > 0 and text[m.start() - 1] not in " \t\n\"“(-"):
        return start
    return m.start()


@lru_cache(maxsize=4)
def _lower_head(heads: tuple[str, ...]) -> re.Pattern:
    words = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"[ \t]+(?:{words})\b")


_LOCATIVE = frozenset({"in", "at", "near", "from"})
_LOCATIVE_CAP = frozenset({"In", "At", "Near", "From"})
_LOCATIVE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|from)[ \t]+$")
_NAME_GLUE = frozenset({"the", "of", "for", "on", "de", "du", "des", "da", "la", "le", "&"})
_LOWER_NEXT = re.compile(r"[ \t]+[a-z]")
_PERSON_EVIDENCE = frozenset({"speech-before", "speech-after", "appositive", "title-before", "according-to"})
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|at|from|near|to|outside|across)[ \t]+$")
_COMMA = re.compile(r",[ \t]*")


def place_names(text: str, runs: list[Run], cands: list[Cand], lex: Lexicon,
                common: Container[str] = frozenset(), demonyms: Container[str] = frozenset()) -> list[Cand]:
    """PLACE candidates for runs no other candidate covers (see module doc).

    `common` are the words the article writes in lower case, `demonyms` (folded)
    the adjectives of countries, which after "in" are languages ("in Thai")."""
    lower_head = _lower_head(lex.lower_place_heads)
    starts = {c.start: c.type for c in cands}
    taken = bytearray(len(text) + 1)
    for c in cands:
        taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    out: list[Cand] = []
    for run in runs:
        if len(run.words) == 1 and (taken[run.start] or run.start < 3 or run.words[0].text in lex.function_words):
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
        if taken.find(1, start, end) >= 0:
            continue
        if lower_head.match(text, end):
            if not all(fold(w.text) in demonyms for w in words):    # "the Chinese border": China's
                out.append(Cand(start, end, "PLACE", "place"))
            continue
        comma = _COMMA.match(text, end)
        if (comma and starts.get(comma.end()) in ("COUNTRY", "PLACE")
                and _PREPOSITION_BEFORE.search(text, max(0, start - 12), start)):
            out.append(Cand(start, end, "PLACE", "place"))
    for run in runs:
        if len(run.words) == 1 and (taken[run.start] or run.start < 3 or run.words[0].text in lex.function_words
                                    or text[max(0, run.start - 6):run.start - 1].rsplit(" ", 1)[-1]
                                    not in _LOCATIVE):
            continue                                  # the common case, decided cheaply
        for words in _after_locative(text, run):
            start, end = words[0].start, words[-1].end
            if taken.find(1, start, end) >= 0 or any(c.start < end and start < c.end for c in out):
                continue
            if _plausible_place(text, words, lex, common, demonyms):
                out.append(Cand(start, end, "PLACE", "place", evidence=["locative"]))
    return out


def _after_locative(text: str, run: Run) -> list[list[Word]]:
    """The capitalised stretches of `run` that follow "in/at/near/from"."""
    found = []
    words = run.words
    for i, word in enumerate(words):
        if not word.cap:
            continue
        if i == 0:
            ok = _LOCATIVE_BEFORE.search(text, max(0, word.start - 8), word.start) is not None
        else:
            prev = words[i - 1].text
            ok = prev in _LOCATIVE or (i == 1 and prev in _LOCATIVE_CAP)
        if not ok:
            continue
        j = i
        while j < len(words) and words[j].cap and j - i < 5:
            j += 1
        if j < len(words) and words[j].text in _NAME_GLUE:
            continue                            # "from Save the Children": part of a longer name
        found.append(words[i:j])
        if j + 1 < len(words) and words[j].text == "and" and words[j + 1].cap:
            k = j + 1                           # "in Ben Tre and Tra Vinh": both places
            while k < len(words) and words[k].cap and k - j <= 5:
                k += 1
            if k == len(words) or words[k].text not in _NAME_GLUE:
                found.append(words[j + 1:k])
    return found


def _plausible_place(text: str, words: list[Word], lex: Lexicon, common: Container[str],
                     demonyms: Container[str]) -> bool:
    if len(words) > 4:
        return False
    for w in words:
        if (not _is_name_word(w) or w.text in lex.not_names or w.text in lex.not_places
                or w.text in lex.function_words or w.text.isupper() or w.text.endswith(("'s", "’s"))
                or w.text.lower() in common or fold(w.text) in demonyms
                or w.base in lex.org_heads or w.base in lex.event_heads):
            return False
    end = words[-1].end
    if text.startswith(("'s", "’s"), end):
        return False
    if words[-1].text.endswith("ing") and _LOWER_NEXT.match(text, end):
        return False                            # "in Strengthening the ...": a gerund in a title
    return not _PERSON_EVIDENCE.intersection(_context_evidence(text, words[0].start, end, lex))
