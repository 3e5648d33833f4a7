"""Capitalised runs: the stretches of text where names can be.

A run is a sequence of capitalised words (and numbers after the first word) on
one line, possibly joined by lower-case connectors ("of", "for", "and", "the"):
"Ministry of Foreign Affairs and International Cooperation", "Nguyễn Quốc Dũng
Vice Foreign Minister of Việt Nam". Most words of an article are lower case, so
finding runs with one regular expression skips them at C speed; the Python
rules of `concord.extract.names` only look at runs and the words next to them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

from concord.extract.lexicon import lexicon
from concord.extract.text import is_abbreviation

__all__ = ["Word", "Run", "find_runs", "words_before", "words_after", "UPPER", "title_case_lines"]


def _upper_class() -> str:
    ranges = [(0x41, 0x5B), (0xC0, 0x250), (0x1E00, 0x1F00)]
    chars = "".join(chr(c) for lo, hi in ranges for c in range(lo, hi) if chr(c).isupper())
    return re.escape(chars)


UPPER = _upper_class()
CONNECTORS = tuple(sorted(lexicon().connectors, key=len, reverse=True))
_CAP = rf"[{UPPER}][\w'’.&-]*"
_CONN = "|".join(re.escape(c) for c in CONNECTORS)
# The capital comes before the look-behind (which then spans it) so that the regex
# engine can skip ahead to the next capital at C speed instead of testing the
# look-behind at every position of the text.
_RUN = re.compile(
    rf"[{UPPER}](?<![\w'’.-][{UPPER}])[\w'’.&-]*(?:[ \t\u00a0]+(?:(?:{_CONN})[ \t\u00a0]+)*(?:{_CAP}|\d+(?![\w.,]\d)))*")
_PIECE = re.compile(r"\S+")
_WORD_NEAR = re.compile(r"[\w'’.-]+|[^\w\s]")


@dataclass(slots=True)
class Word:
    start: int
    end: int
    text: str
    cap: bool          # starts with a capital (a name word) rather than a connector or number

    @property
    def base(self) -> str:
        """The last hyphen part without a final dot: "ASEAN-Institute" → "Institute"."""
        return self.text.rstrip(".").rsplit("-", 1)[-1]


@dataclass(slots=True)
class Run:
    start: int
    end: int
    words: list[Word]


def _trim_word(text: str, start: int, end: int) -> int:
    """End of a word without sentence punctuation: "Cambodia." → "Cambodia", "H.E." stays."""
    if text[end - 1].isalnum():
        return end
    while end > start and text[end - 1] in ".'’-":
        if text[end - 1] == "." and is_abbreviation(text, end - 1):
            break
        end -= 1
    return end


def find_runs(text: str) -> Iterator[Run]:
    """The capitalised runs of `text`, in order (see module doc)."""
    # Hot loop (every capitalised word of every article): the common cases, a word
    # ending in a letter or digit and a run of one word, avoid the function calls.
    for m in _RUN.finditer(text):
        start, end = m.span()
        run_text = m.group()
        if " " not in run_text and "\t" not in run_text and "\u00a0" not in run_text:
            e = end if run_text[-1].isalnum() else _trim_word(text, start, end)   # one word: the common case
            if e > start:
                yield Run(start, e, [Word(start, e, text[start:e], True)])
            continue
        words: list[Word] = []
        for p in _PIECE.finditer(text, start, end):
            s, pe = p.span()
            e = pe if text[pe - 1].isalnum() else _trim_word(text, s, pe)
            if e <= s:
                continue
            piece = text[s:e]
            words.append(Word(s, e, piece, piece[0].isupper()))
            if e < pe and text[e] in ".!?":
                # "... of AVI. He underscored": a sentence ends inside the run.
                yield Run(words[0].start, words[-1].end, words)
                words = []
        if words:
            yield Run(words[0].start, words[-1].end, words)


def words_before(text: str, pos: int, n: int = 4, window: int = 80) -> list[str]:
    """Up to `n` words and punctuation marks just before `pos`, nearest last."""
    return _WORD_NEAR.findall(text, max(0, pos - window), pos)[-n:]


def words_after(text: str, pos: int, n: int = 6, window: int = 100) -> list[str]:
    """Up to `n` words and punctuation marks just after `pos`, nearest first."""
    return _WORD_NEAR.findall(text, pos, min(len(text), pos + window))[:n]


_LINE = re.compile(r"[^\n]+")
_LINE_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_SMALL_WORDS = frozenset({"On", "For", "And", "To", "In", "Of", "With", "At", "As", "By", "From", "Over",
                          "After", "Into", "Amid", "Against", "About", "Its", "Is", "Are", "Be", "Up"})


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of headline lines in Title Case ("Cambodia, Japan Sign New Deal On Energy").

    In such a line every word is capitalised, so capitals say nothing about names:
    only knowledge-base names are read there.
    """
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if len(line) > 200 or line.rstrip().endswith((".", "?", "!", "\"", "”")):
            continue
        words = _LINE_WORD.findall(line)
        if len(words) < 4:
            continue
        caps = sum(1 for w in words if w[0].isupper())
        if (caps / len(words) >= 0.75 and any(w in _SMALL_WORDS for w in words[1:])) or \
                (len(words) >= 5 and caps / len(words) >= 0.85):
            out.append((m.start(), m.end()))
    return out
