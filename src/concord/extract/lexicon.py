"""Word lists of the entity and role steps, loaded once from data files.

Sources: ``extract/data/entity_cues.json`` (head words that type unknown
names, speech verbs, family names, words that are never names),
``extract/data/titles_extra.json`` plus the knowledge base's ``titles.json``
(office titles and their variants) and ``honorifics.json`` (honorifics), both
read through `concord.datafiles.load_json`.

Phrases (titles, honorifics) are matched on tokens (`concord.extract.text.tokens`)
by their folded form, so "Vice Foreign Minister" and "vice foreign minister",
"H.E." and "H.E" agree.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from concord.datafiles import load_json
from concord.extract.text import Token, tokens
from concord.link.fold import fold

__all__ = ["Lexicon", "lexicon", "token_key", "token_keys", "PhraseIndex"]


_KEYS: dict[str, str] = {}


def token_key(text: str) -> str:
    """Comparison key of one token: folded, without a final dot (memoised: words repeat)."""
    key = _KEYS.get(text)
    if key is None:
        key = fold(text).rstrip(".")
        if len(_KEYS) < 200_000:
            _KEYS[text] = key
    return key


def token_keys(texts: Sequence[str]) -> list[str]:
    """`token_key` of every text: one call for a list, the memo read inline (a hot path)."""
    known = _KEYS.get
    return [known(t) or token_key(t) for t in texts]


class PhraseIndex:
    """Multi-token phrases, matched longest first at a token position."""

    def __init__(self, phrases: Sequence[str]):
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self.last_keys: set[str] = set()        # quick test: can a phrase end with this word?
        for phrase in phrases:
            keys = tuple(token_key(t.text) for t in tokens(phrase) if t.text not in ".")
            if keys:
                self._by_first.setdefault(keys[0], []).append((keys, phrase))
                self.last_keys.add(keys[-1])
        for options in self._by_first.values():
            options.sort(key=lambda o: -len(o[0]))

    def reach(self, key: str) -> int:
        """Tokens of the longest phrase starting with `key` (0: none)."""
        options = self._by_first.get(key)
        return len(options[0][0]) if options else 0

    def match(self, keys: Sequence[str], i: int) -> tuple[int, str] | None:
        """(number of tokens, phrase) of the longest phrase starting at keys[i]."""
        options = self._by_first.get(keys[i]) if i < len(keys) else None
        if not options:
            return None
        for phrase_keys, phrase in options:
            n = len(phrase_keys)
            if tuple(keys[i:i + n]) == phrase_keys:
                return n, phrase
        return None

    def matches(self, keys: Sequence[str], i: int) -> list[tuple[int, str]]:
        """Every phrase starting at keys[i], longest first."""
        options = self._by_first.get(keys[i]) if i < len(keys) else None
        return [(len(k), p) for k, p in options or () if tuple(keys[i:i + len(k)]) == k]

    def __contains__(self, key: str) -> bool:
        return key in self._by_first


@dataclass(frozen=True)
class Lexicon:
    org_heads: frozenset[str]
    framework_heads: frozenset[str]
    place_heads: frozenset[str]
    event_heads: frozenset[str]
    connectors: frozenset[str]
    speech_verbs: frozenset[str]
    person_nouns: frozenset[str]
    family_names: frozenset[str]
    not_names: frozenset[str]             # words never inside a person's name
    function_words: frozenset[str]        # words that never start any name
    portfolio_words: frozenset[str]       # "Mines", "Energy" in "Minister of Mines and Energy X"
    burmese_words: frozenset[str]         # words Burmese names are made of ("Kyaw", "Aung")
    venue_words: frozenset[str]           # "Convention" in "... Convention Centre": a place
    name_particles: frozenset[str]        # "bin", "von": lower-case words inside people's names
    place_prepositions: frozenset[str]
    not_places: frozenset[str]            # "in English", "at Parliament": not places
    lower_place_heads: tuple[str, ...]    # "Kratie town", "Ta Moan Thom temple"
    titles: PhraseIndex
    title_canonical: dict[str, str]       # folded variant → canonical title of the KB
    title_modifiers: PhraseIndex
    honorifics: PhraseIndex

    def head_type(self, word: str) -> str | None:
        if word in self.org_heads:
            return "ORGANIZATION"
        if word in self.framework_heads:
            return "FRAMEWORK"
        if word in self.place_heads:
            return "PLACE"
        return None


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The word lists (cached: built once per process)."""
    cues = load_json("concord.extract", "entity_cues.json")
    extra = load_json("concord.extract", "titles_extra.json")
    kb_titles = load_json("concord.kb", "titles.json").get("titles", [])
    honorifics = [h["text"] for h in load_json("concord.kb", "honorifics.json").get("honorifics", [])]
    honorifics += ["Mr", "Mrs", "Ms", "Dr", "Prof", "H.E", "Madame", "Mme", *cues.get("extra_honorifics", [])]
    canonical: dict[str, str] = {}
    phrases: list[str] = list(extra.get("titles", []))
    for entry in kb_titles:
        for variant in [entry["title"], *entry.get("variants", [])]:
            phrases.append(variant)
            canonical.setdefault(fold(variant), entry["title"])
    return Lexicon(
        org_heads=frozenset(cues.get("organization_heads", [])),
        framework_heads=frozenset(cues.get("framework_heads", [])),
        place_heads=frozenset(cues.get("place_heads", [])),
        event_heads=frozenset(cues.get("event_heads", [])),
        connectors=frozenset(cues.get("connectors", [])),
        speech_verbs=frozenset(cues.get("speech_verbs", [])),
        person_nouns=frozenset(cues.get("person_nouns", [])),
        family_names=frozenset(fold(n) for n in cues.get("family_names", [])),
        not_names=frozenset(cues.get("not_names", [])) | frozenset(cues.get("function_words", [])),
        function_words=frozenset(cues.get("function_words", [])),
        portfolio_words=frozenset(cues.get("portfolio_words", [])),
        burmese_words=frozenset(cues.get("burmese_name_words", [])),
        venue_words=frozenset(cues.get("venue_words", [])),
        name_particles=frozenset(cues.get("name_particles", [])),
        place_prepositions=frozenset(cues.get("place_prepositions", [])),
        not_places=frozenset(cues.get("not_places", [])),
        lower_place_heads=tuple(cues.get("lower_place_heads", [])),
        titles=PhraseIndex(phrases),
        title_canonical=canonical,
        title_modifiers=PhraseIndex(extra.get("modifiers", [])),
        honorifics=PhraseIndex(honorifics),
    )


def keys_of(toks: Sequence[Token]) -> list[str]:
    """`token_key` of every token."""
    return token_keys([t.text for t in toks])
