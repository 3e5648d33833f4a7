"""Tense of a date in news text: does it look back or ahead of the publication date?

The verb nearest before a date governs it ("signed ... on Monday" looks back,
"will resume on Friday" ahead, and "said on Monday that talks will resume on
Friday" gives one of each); failing one, the nearest verb after it; failing any,
the past. Future cues ("will", "is due to", "is scheduled") and past cues
("met", "signed", any "-ed" word that is not a participle after will/be/to) are
data in ``data/dates_words.json``.
"""
from __future__ import annotations

import re
from concord.datafiles import load_json

__all__ = ["tense_of", "tense_at"]

_WORDS = load_json("concord.extract", "dates_words.json")
_FUTURE = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _WORDS["future_cues"]) + r")\b", re.I)
_WORD = re.compile(r"[A-Za-z]+")


def _by_first_word(phrases) -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for p in sorted(phrases, key=lambda p: -len(p.split())):
        out.setdefault(p.split()[0], []).append(tuple(p.split()))
    return out


_FUTURE_FIRST = _by_first_word(_WORDS["future_cues"])
_PAST_SINGLE = frozenset(c for c in _WORDS["past_cues"] if " " not in c)
_PAST_FIRST = _by_first_word(c for c in _WORDS["past_cues"] if " " in c)
_OPENERS = frozenset(_WORDS["participle_openers"])
_NOT_PAST = frozenset(_WORDS["not_past"])                  # "need", "indeed", "united": -ed but not past


def tense_of(clause: str) -> str:
    """'future' when the clause speaks of what is ahead ("will meet"), else 'past'."""
    return "future" if _FUTURE.search(clause) else "past"


def tense_at(text: str, pos: int, start: int = 0, end: int | None = None) -> str:
    """The tense that governs a date at `pos` within text[start:end] (its sentence):
    the nearest cue before it ("signed ... on Monday", "said on Monday the summit
    will open on Friday"), else the nearest after it, else the past. Only a stretch
    on either side is read: the governing verb stands near its date."""
    end = len(text) if end is None else end
    before = _cues(text, max(start, pos - _TENSE_REACH), pos)
    if not before and pos - _TENSE_REACH > start:        # a long sentence: its earlier verb still governs
        before = _cues(text, start, pos - _TENSE_REACH)
    if before:
        return before[-1][1]
    after = _cues(text, pos, min(end, pos + _TENSE_REACH))
    return after[0][1] if after else "past"


_TENSE_REACH = 120


def _cues(text: str, start: int, end: int) -> list[tuple[int, str]]:
    """Tense cues in text[start:end], in order: future ones ("will", "is due to"),
    and past verbs ("met", any "-ed" word) that are neither part of a future cue
    ("expected", "scheduled") nor a participle after will/be/to ("will be signed").
    Read word by word with set look-ups: a regex alternation here cost more than
    the rest of the date scan."""
    words = [(m.start(), m.group(0).lower()) for m in _WORD.finditer(text, start, end)]
    cues: list[tuple[int, str]] = []
    covered = -1                                     # index of the last word inside a future cue
    for i, (pos, w) in enumerate(words):
        for cue in _FUTURE_FIRST.get(w, ()):
            if tuple(x for _, x in words[i:i + len(cue)]) == cue:
                cues.append((pos, "future"))
                covered = max(covered, i + len(cue) - 1)
                break
        if i <= covered:
            continue
        if w in _PAST_SINGLE or (len(w) > 3 and w.endswith("ed") and w not in _NOT_PAST) or any(
                tuple(x for _, x in words[i:i + len(c)]) == c for c in _PAST_FIRST.get(w, ())):
            prev = [x for _, x in words[max(0, i - 2):i] if not x.endswith("ly")]
            if not (prev and prev[-1] in _OPENERS):
                cues.append((pos, "past"))
    return cues
