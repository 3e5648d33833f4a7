"""Second-chance lookups: a person's name as news writes it, with words in front of it.

News rarely writes a bare name: "H.E. Hun Manet", "Prime Minister Hun Manet",
"Khun Paetongtarn Shinawatra", "Cambodian Foreign Minister Prak Sokhonn",
"Cambodia's Hun Manet". When a name is not in the alias index as written, the
knowledge base tries the shorter forms given here, one leading honorific, title
or demonym fewer at a time, and with an owner ("Cambodia's") removed.

Every probe is a set or dict access on normalised text, so the cost depends on
the length of the name, never on the size of the KB. The words to strip come from
the data files (honorifics.json, titles.json, the states' demonyms), not from code.
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from concord.kb.normalize import normalize_name, strip_diacritics

# "Cambodia's Hun Manet", "the Philippines' Enrique Manalo": everything up to the
# first possessive is the owner. Curly apostrophes are folded before matching.
_OWNER = re.compile(r"^\S.*?(?:'s|s')\s+(?=\S)")
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})
# A one-word leftover shorter than this ("Nu" from "U Nu") is too loose to look up;
# the same rule as the generated honorific-free aliases (base.written_aliases).
MIN_SINGLE_WORD = 4


class PrefixStripper:
    """Shorter forms of a name, each with one more leading prefix (a normalised phrase) removed."""

    def __init__(self, prefixes: Iterable[str]):
        self._prefixes = frozenset(p for p in prefixes if p)
        self._longest = max((p.count(" ") + 1 for p in self._prefixes), default=0)

    def forms(self, name: str) -> Iterator[str]:
        """Normalised candidate keys for `name`, the likeliest first; never `name`'s own key.

        First the name with leading prefixes removed one by one ("h e prime minister hun
        manet" → "prime minister hun manet" → "hun manet"), then the same after an owner
        ("Cambodia's") is dropped.
        """
        yield from self._stripped(normalize_name(name).split())
        folded = strip_diacritics(name).translate(_APOSTROPHES)
        owner = _OWNER.match(folded)
        if owner:
            rest = normalize_name(folded[owner.end():])
            if _usable(rest.split()):
                yield rest
            yield from self._stripped(rest.split())

    def _stripped(self, words: list[str]) -> Iterator[str]:
        start = 0
        while start < len(words) - 1:
            cut = self._prefix_at(words, start)
            if not cut:
                return
            start += cut
            if _usable(words[start:]):
                yield " ".join(words[start:])

    def _prefix_at(self, words: list[str], start: int) -> int:
        """Number of words of the longest prefix starting at `start` (0: none); one word always stays."""
        for size in range(min(self._longest, len(words) - 1 - start), 0, -1):
            if " ".join(words[start:start + size]) in self._prefixes:
                return size
        return 0


def _usable(words: list[str]) -> bool:
    return len(words) > 1 or (len(words) == 1 and len(words[0]) >= MIN_SINGLE_WORD)
