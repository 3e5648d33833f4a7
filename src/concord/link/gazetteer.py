"""Find knowledge-base names in running text: an Aho-Corasick automaton over aliases.

Every alias of the KB (as written, plus the forms `kb.aliases()` generates) is
added in folded form (`concord.link.fold`), so "Viet Nam", "Việt Nam" and
"VIET NAM" all hit the same key and the offsets stay those of the article.
Folding loses case, so each hit is checked against the case of the aliases:

- short all-capital aliases (acronyms such as "US", "UN", "WHO") must appear in
  capitals: "us" and "Who" are words, not entities;
- any other alias must start with a capital in the text ("Cambodia", "Mekong
  region"), or match an alias exactly;
- aliases that are also common English words ("Union", "Chair") are only taken
  when written exactly and not as the first word of a sentence.

Hits must start and end on word boundaries; overlapping hits are resolved
longest first ("ASEAN Secretariat" wins over "ASEAN").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Container, Iterable

import ahocorasick

from concord.datafiles import load_json
from concord.link.fold import fold

__all__ = ["Gazetteer", "GazMatch", "gazetteer_for"]

_ACRONYM = re.compile(r"^[A-Z][A-Z0-9.&]{0,5}$")


@dataclass(slots=True, frozen=True)
class GazMatch:
    start: int
    end: int
    ids: tuple[str, ...]
    text: str


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_json("concord.extract", "common_words.json")["words"])


class _Entry:
    __slots__ = ("forms", "ids", "id_tuple", "acronym", "common")

    def __init__(self) -> None:
        self.forms: set[str] = set()
        self.ids: list[str] = []
        self.id_tuple: tuple[str, ...] = ()         # `ids` frozen once built (hits share it)
        self.acronym = False
        self.common = False


class Gazetteer:
    """Aho-Corasick over the aliases of a knowledge base (see module doc)."""

    def __init__(self, aliases: Iterable[tuple[str, Iterable[str]]]):
        entries: dict[str, _Entry] = {}
        common = _common_words()
        for text, ids in aliases:
            text = text.strip()
            if len(text) < 2 or not any(c.isalpha() for c in text):
                continue
            key = fold(text)
            entry = entries.get(key)
            if entry is None:
                entry = entries[key] = _Entry()
            entry.forms.add(text)
            for i in ids:
                if i not in entry.ids:
                    entry.ids.append(i)
            if _ACRONYM.match(text) and len(text.replace(".", "")) <= 5:
                entry.acronym = True
            if key in common:
                entry.common = True
        self._automaton = ahocorasick.Automaton()
        for key, entry in entries.items():
            entry.id_tuple = tuple(entry.ids)
            self._automaton.add_word(key, (len(key), entry))
        if entries:
            self._automaton.make_automaton()
        self._empty = not entries

    @classmethod
    def from_kb(cls, kb: Any) -> "Gazetteer":
        return cls((text, ids) for text, _norm, ids in kb.aliases())

    def find(self, text: str, sentence_starts: Container[int] | None = None) -> list[GazMatch]:
        """Non-overlapping alias hits in `text`, in text order.

        `sentence_starts` are offsets where sentences begin (default: judged
        from the text before each hit): a common-word alias there is only a
        capitalised word, not a name.
        """
        if sentence_starts is None:
            sentence_starts = _SentenceStarts(text)
        if self._empty:
            return []
        folded = fold(text)
        hits: list[tuple[int, int, _Entry]] = []
        n = len(text)
        for end_incl, (length, entry) in self._automaton.iter(folded):
            start, end = end_incl - length + 1, end_incl + 1
            if start > 0 and text[start - 1].isalnum():
                continue
            if end < n and (text[end].isalnum() or text[end] == "$"):
                if not _plural_of_place(text, end, length, entry):
                    continue                # "US$40 million" is money, not the United States
                end += 1                    # "South China Seas" is the KB's "South China Sea"
            surface = text[start:end]
            if (surface in entry.forms and not entry.common) or _case_ok(surface, entry, start, sentence_starts):
                hits.append((start, end, entry))    # (the first test is `_case_ok`'s common case)
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))       # longest first
        taken: list[tuple[int, int, _Entry]] = []
        used = bytearray(n + 1)
        for start, end, entry in hits:
            if used.find(1, start, end) >= 0:
                continue
            used[start:end] = b"\x01" * (end - start)
            taken.append((start, end, entry))
        taken.sort(key=lambda h: h[0])
        return [GazMatch(s, e, en.id_tuple, text[s:e]) for s, e, en in taken]


# Geographic heads whose plural names the same thing in news ("the South China Seas").
_PLURAL_HEADS = ("sea", "island", "strait", "mountain", "lake", "river", "gulf")


def _plural_of_place(text: str, end: int, length: int, entry: _Entry) -> bool:
    if text[end] != "s" or (end + 1 < len(text) and text[end + 1].isalnum()):
        return False
    if not any(form.split()[-1].lower() in _PLURAL_HEADS for form in entry.forms if form):
        return False
    return len(text[end - length:end].split()) > 1


class _SentenceStarts:
    """`pos in starts` is true when `pos` opens a sentence (checked only when asked)."""

    __slots__ = ("text",)

    def __init__(self, text: str):
        self.text = text

    def __contains__(self, pos: object) -> bool:
        i = int(pos) - 1                        # type: ignore[call-overload]
        while i >= 0 and self.text[i] in " \t\u00a0\"“‘'(":
            i -= 1
        return i < 0 or self.text[i] in ".!?\n:;—–|•"


def _case_ok(surface: str, entry: _Entry, start: int, sentence_starts: Container[int]) -> bool:
    if surface in entry.forms:
        # Whether a sentence opens here is only asked for common words (it costs a scan back).
        return not (entry.common and start in sentence_starts)
    if entry.common:
        return False
    if entry.acronym:
        # "Asean" for "ASEAN" is a house style of some outlets; "Us"/"us" never is.
        letters = surface.replace(".", "")
        return letters.isupper() or (len(letters) >= 5 and surface[0].isupper() and surface[1:].islower())
    if not surface[0].isupper():
        return False
    if surface.isupper():                   # a headline in capitals
        return True
    # Every capitalised word of the alias must be capitalised in the text too,
    # except generic last words ("Mekong Region" / "Mekong region").
    return any(_caps_agree(surface, form) for form in entry.forms)


# Last words an article may write in lower case without leaving the name ("Mekong
# region", "Mekong River commission"); any other ("Washington post-summit") ends it.
_GENERIC_LAST = frozenset({
    "region", "subregion", "sub-region", "river", "delta", "basin", "sea", "province", "city", "island",
    "islands", "lake", "bay", "gulf", "strait", "mountains", "plateau", "corridor", "initiative", "framework",
    "programme", "program", "partnership", "mechanism", "process", "dialogue", "forum", "secretariat",
    "ministry", "commission", "council", "committee", "agency", "office", "department", "government",
    "university", "institute", "centre", "center", "bank", "fund", "community", "cooperation", "summit",
    "meeting", "declaration", "agreement", "charter", "treaty", "strategy", "plan", "vision", "outlook"})


def _caps_agree(surface: str, form: str) -> bool:
    s_words, f_words = surface.split(), form.split()
    if len(s_words) != len(f_words):
        return surface[0].isupper()
    last = len(s_words) - 1
    for i, (s, f) in enumerate(zip(s_words, f_words)):
        if f[:1].isupper() and not s[:1].isupper():
            if i < last or s.lower() not in _GENERIC_LAST:
                return False
    return True


_CACHE: dict[int, tuple[Any, Gazetteer]] = {}


def gazetteer_for(kb: Any) -> Gazetteer:
    """The gazetteer of `kb`, built once per knowledge-base object."""
    cached = _CACHE.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = (kb, Gazetteer.from_kb(kb))
        _CACHE[id(kb)] = cached
    return cached[1]
