"""Length-preserving text folding for matching names inside running text.

`concord.kb.normalize.normalize_name` is the comparison key of whole names, but
it changes the length of a text (it drops marks, dots, a leading "the"), so its
offsets cannot point back into the article. `fold` maps every character to one
character: lower case, diacritics removed ("Việt" → "viet"), dashes and
whitespace to a space, curly apostrophes to "'". Matches found in the folded
text therefore have the same offsets in the original.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "fold_char"]

_SPECIAL = {
    "đ": "d", "Đ": "d", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l", "ı": "i", "ð": "d", "Ð": "d",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
    "-": " ", "\u2010": " ", "\u2011": " ", "\u2012": " ", "\u2013": " ", "\u2014": " ",
    "\u00a0": " ", "\t": " ", "\n": " ", "\r": " ", "\u200b": " ",
}


@lru_cache(maxsize=4096)
def fold_char(ch: str) -> str:
    """One character folded to one character (see module doc)."""
    special = _SPECIAL.get(ch)
    if special is not None:
        return special
    if ch.isascii():
        return ch.lower()
    base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
    base = base.lower()
    if len(base) != 1:                       # "ß", ligatures: keep the letter itself
        low = ch.lower()
        return low if len(low) == 1 else ch
    return base


def _table() -> dict[int, str]:
    # Latin-1 supplement, Latin Extended-A/B, Latin Extended Additional (Vietnamese),
    # punctuation: everything news names use. Other characters go through fold_char.
    ranges = [(0x00, 0x80), (0xA0, 0x250), (0x1E00, 0x1F00), (0x2010, 0x2020)]
    table = {cp: fold_char(chr(cp)) for lo, hi in ranges for cp in range(lo, hi)}
    table.update({ord(k): v for k, v in _SPECIAL.items()})
    return table


_TABLE = _table()


_NON_ASCII = re.compile(r"[^\x00-\x7f]+")


def fold(text: str) -> str:
    """`text` folded character by character; ``len(fold(t)) == len(t)``.

    `str.translate` does it at C speed. Characters outside the Latin ranges of
    the table (Greek, Cyrillic, CJK) are left as they are: no KB alias uses them
    in English news, and the length must not change.
    """
    if len(text) < 64 or text.isascii():
        return text.translate(_TABLE)
    # CPython translates pure-ASCII strings through a fast cached path, but a single
    # "ệ" or curly quote sends a whole article down the slow per-character one: fold
    # the ASCII stretches and the rare non-ASCII ones separately.
    parts = []
    pos = 0
    for m in _NON_ASCII.finditer(text):
        start, end = m.span()
        parts.append(text[pos:start].translate(_TABLE))
        parts.append(text[start:end].translate(_TABLE))
        pos = end
    parts.append(text[pos:].translate(_TABLE))
    return "".join(parts)
