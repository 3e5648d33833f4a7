"""Names → knowledge-base ids.

`KBView(kb)` holds what the extractor derives once per knowledge base: the
alias automaton (`concord.link.gazetteer`), the demonyms and adjectives of
countries ("Vietnamese" → Vietnam), and the linking of a whole name
(`link_name`). `local_id` gives entities the KB does not know a stable id made
from their normalised name, so the same name gets the same id on every run and
machine: "p:sok-siphana", "org:think-tank-2022-asia-pacific-secretariat".
"""
from __future__ import annotations

import re
from typing import Any

from concord.kb.normalize import normalize_name
from concord.link.fold import fold
from concord.link.gazetteer import Gazetteer, GazMatch, gazetteer_for

__all__ = ["KBView", "view_for", "local_id", "PREFIXES", "Gazetteer", "GazMatch"]

PREFIXES = {"PERSON": "p", "ORGANIZATION": "org", "FRAMEWORK": "fw", "PLACE": "place", "COUNTRY": "country"}


def local_id(entity_type: str, name: str) -> str:
    """Stable id of an entity outside the KB, from its type and normalised name."""
    slug = normalize_name(name).replace(" ", "-") or "unnamed"
    return f"{PREFIXES.get(entity_type, 'x')}:{slug}"


class KBView:
    """What the extractor needs from a knowledge base, computed once."""

    def __init__(self, kb: Any):
        self.kb = kb
        self.gazetteer: Gazetteer = gazetteer_for(kb)
        self.demonyms: dict[str, str] = {}          # folded demonym/adjective → country id
        self._best: dict[tuple, Any] = {}
        for entity in kb:
            if entity.type != "COUNTRY":
                continue
            for key in ("demonym", "adjective"):
                words = entity.attrs.get(key) or []
                for word in [words] if isinstance(words, str) else words:
                    self.demonyms.setdefault(fold(word), entity.id)

        self.institution_words = _institution_words(kb)
        self.foreign_ministries: dict[str, Any] = {}    # country id → its foreign ministry in the KB
        for entity in kb:
            attrs = entity.attrs
            if entity.type == "ORGANIZATION" and attrs.get("kind") == "ministry" and attrs.get("country"):
                if any("foreign" in fold(n) for n in (entity.name, *entity.aliases)):
                    self.foreign_ministries.setdefault(attrs["country"], entity)

    def get(self, entity_id: str) -> Any:
        return self.kb.get(entity_id)

    def best(self, ids: tuple[str, ...], prefer: tuple[str, ...] = ()) -> Any:
        """The entity to link among `ids` (ranked by the KB), preferring types in `prefer`."""
        key = (ids, prefer)
        cached = self._best.get(key)
        if cached is None:
            cached = self._best[key] = self._pick(ids, prefer)
        return cached

    def _pick(self, ids: tuple[str, ...], prefer: tuple[str, ...]) -> Any:
        entities = [e for e in (self.kb.get(i) for i in ids) if e is not None]
        if not entities:
            return None
        for entity in entities:
            if entity.type in prefer:
                return entity
        return entities[0]

    def link_name(self, name: str, types: tuple[str, ...] = ()) -> Any:
        """The KB entity named `name` (any alias), of one of `types` when given, else None."""
        found = self.kb.lookup(name)
        if types:
            found = [e for e in found if e.type in types]
        return found[0] if found else None


_WORD = re.compile(r"[^\W\d_]{4,}")


def _institution_words(kb: Any) -> frozenset[str]:
    """Folded words of organisation and framework names that no person's name
    uses ("council", "hall", "mekong"): a capitalised run made of them is an
    institution, not a person, unless a title says otherwise."""
    from concord.extract.lexicon import lexicon
    org: set[str] = set()
    person: set[str] = set(lexicon().family_names)
    for entity in kb:
        words = {fold(w) for name in (entity.name, *entity.aliases) for w in _WORD.findall(name)}
        if entity.type in ("ORGANIZATION", "FRAMEWORK"):
            org |= words
        elif entity.type == "PERSON":
            person |= words
    return frozenset(org - person)


_VIEWS: dict[int, tuple[Any, KBView]] = {}


def view_for(kb: Any) -> KBView:
    """The `KBView` of `kb`, built on first use."""
    cached = _VIEWS.get(id(kb))
    if cached is None or cached[0] is not kb:
        cached = (kb, KBView(kb))
        _VIEWS[id(kb)] = cached
    return cached[1]
