"""Shared text helpers for the extraction steps: sentences, paragraphs, words.

Everything here returns character spans into the text it is given
(``(start, end)``, end exclusive), so callers keep their evidence. The rules are
plain regular expressions: news sentences end with ``. ! ?`` (possibly followed
by a closing quote or bracket) and a capital, a digit or an opening quote; a
full stop after a known abbreviation ("Dr.", "H.E.", "U.S.", "Aug.") or a single
initial ("John F. Kennedy") does not end a sentence. A line break always ends
one: headlines, datelines and captions stand on lines of their own.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from concord.datafiles import load_json

__all__ = ["Token", "sentences", "paragraphs", "lines", "tokens", "sentence_of",
           "ABBREVIATIONS", "is_abbreviation"]


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """Abbreviations (without their final dot, lower case) that do not end a sentence."""
    return frozenset(a.lower().rstrip(".") for a in load_json("concord.extract", "abbreviations.json"))


ABBREVIATIONS = _abbreviations

# A candidate end: terminal punctuation, optional closers, then whitespace.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
# What must follow for the candidate to be a real end (after the whitespace).
_NEXT_STARTS = re.compile(r"\s+[\"'“‘(\[]?[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF0-9]")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_MONTH_ABBR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
_BREAK = re.compile(r"\n")


class Token(NamedTuple):
    start: int
    end: int
    text: str


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at `dot` closes an abbreviation, not a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    if not m:
        return False
    word = m.group(1)
    if len(word) == 1 and word.isupper():            # an initial: "John F. Kennedy"
        return True
    if re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word):  # "U.S", "H.E", "p.m"
        return True
    low = word.lower()
    return low in _abbreviations() or low in _MONTH_ABBR


_STARTERS = frozenset("The A An He She It They We I This That These Those His Her Its Their Our "
                      "But And In On At As After Before While When However Meanwhile".split())
_NEXT_WORD = re.compile(r"\s+[\"'“‘(\[]?(\w+)")


def _starter_follows(text: str, pos: int) -> bool:
    """True when the word after `pos` is one that typically opens a sentence."""
    m = _NEXT_WORD.match(text, pos)
    return bool(m) and m.group(1) in _STARTERS and not _is_title_abbreviation(text, pos - 1)


def _is_title_abbreviation(text: str, dot: int) -> bool:
    """"Dr." and "H.E." come before names; never a sentence end even before "The"."""
    m = _WORD_BEFORE.search(text, max(0, dot - 20), dot)
    return bool(m) and m.group(1).lower() in _TITLE_ABBR


_TITLE_ABBR = frozenset({"dr", "mr", "mrs", "ms", "mme", "prof", "h.e", "st", "gen", "lt", "col",
                         "maj", "capt", "adm", "sgt", "gov", "sen", "rep", "hon", "rev", "amb", "pres"})


def is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at offset `dot` closes an abbreviation or an initial."""
    return _is_abbreviation(text, dot)


def _split_line(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    pos = start
    for m in _END.finditer(text, start, end):
        if m.end() >= end:
            break
        if not _NEXT_STARTS.match(text, m.end()):
            continue
        if (text[m.start()] == "." and m.end() - m.start() == 1
                and _is_abbreviation(text, m.start()) and not _starter_follows(text, m.end())):
            # "Dr. Sok" stays together; "... in the U.S. The next day" does not.
            continue
        _append(text, pos, m.end(), out)
        pos = m.end()
    _append(text, pos, end, out)


def _append(text: str, start: int, end: int, out: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append((start, end))


def lines(text: str) -> list[tuple[int, int]]:
    """Spans of the non-blank lines of `text`, stripped of surrounding spaces."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _BREAK.finditer(text):
        _append(text, pos, m.start(), out)
        pos = m.end()
    _append(text, pos, len(text), out)
    return out


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of `text`: every line is split at sentence ends (see module doc)."""
    out: list[tuple[int, int]] = []
    for start, end in lines(text):
        _split_line(text, start, end, out)
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: runs of text separated by line breaks.

    Cleaned news text puts one paragraph on a line (blank lines between or not),
    so a paragraph is a non-blank line.
    """
    return lines(text)


_WORD = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Words (letters/digits joined by inner hyphens, apostrophes, dots) and single
    punctuation marks of ``text[start:end]``, with offsets into `text`.

    A trailing dot is kept on a word only when it is an abbreviation or an
    initial ("Dr.", "H.E.", "F."), so sentence-final dots stay separate tokens.
    """
    end = len(text) if end is None else end
    out: list[Token] = []
    for m in _WORD.finditer(text, start, end):
        s, e = m.start(), m.end()
        if e - s > 1 and text[e - 1] == "." and not _is_abbreviation(text, e - 1):
            out.append(Token(s, e - 1, text[s:e - 1]))
            out.append(Token(e - 1, e, "."))
            continue
        out.append(Token(s, e, text[s:e]))
    return out


def sentence_of(spans: list[tuple[int, int]], offset: int) -> int:
    """Index of the span in sorted `spans` that contains `offset` (or the last before it)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid][0] <= offset:
            lo = mid + 1
        else:
            hi = mid
    return max(0, lo - 1)
