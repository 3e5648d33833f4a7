"""The loaded knowledge base: entities by id, the alias index, office and membership indexes.

Every lookup is a dict access on normalised text (`normalize_name`), so it is
constant time whatever the size of the KB. Aliases are generated as well as read:
the name and aliases as written, their forms without diacritics ("Viet Nam" from
"Việt Nam"), acronyms from ``attrs.acronyms``, and for people the forms without
honorifics ("Hun Sen" from "Samdech Techo Hun Sen").

A name missing from the index as written gets a second chance (`fallback.py`):
without leading honorifics, titles, demonyms or an owner ("Prime Minister Hun
Manet", "Cambodia's Hun Manet"), a few more dict probes, people only.
"""
from __future__ import annotations

import difflib
from collections import defaultdict
from typing import Iterable, Iterator

from concord.errors import KnowledgeBaseError
from concord.kb.fallback import PrefixStripper
from concord.kb.model import MEMBER, KBEntity, Membership, Office, attr_memberships
from concord.kb.normalize import honorific_keys, normalize_name, strip_diacritics, strip_honorifics
from concord.kb.titles import Titles, default_titles

# Which entity comes first when one alias names several: a state before a city of the same name.
TYPE_ORDER = {"COUNTRY": 0, "ORGANIZATION": 1, "FRAMEWORK": 2, "PERSON": 3, "PLACE": 4}


def written_aliases(entity: KBEntity) -> list[str]:
    """Every surface form of an entity's names, as they may be written in text."""
    forms: list[str] = []
    acronyms = entity.attrs.get("acronyms") or []
    if isinstance(acronyms, str):
        acronyms = [acronyms]
    for text in (entity.name, *entity.aliases, *acronyms):
        text = " ".join(str(text).split())
        if not text:
            continue
        variants = [text, strip_diacritics(text)]
        if entity.type == "PERSON":
            bare = strip_honorifics(text)
            # A one-word leftover shorter than 4 letters ("Nu" from "U Nu") is too loose to link on.
            if bare != text and (" " in bare or len(bare) >= 4):
                variants += [bare, strip_diacritics(bare)]
        forms.extend(variants)
    return list(dict.fromkeys(forms))


class KnowledgeBase:
    """Entities by id and by any normalised alias; offices and memberships by their `of`."""

    def __init__(self, entities: Iterable[KBEntity], titles: Titles | None = None):
        self.titles = titles or default_titles()
        self._entities: dict[str, KBEntity] = {}
        for entity in entities:
            self._entities[entity.id] = entity
        self._index: dict[str, tuple[str, ...]] = {}
        self._written: dict[str, str] = {}          # alias as written -> normalised
        self._offices: dict[tuple[str, str], list[tuple[str, Office]]] = defaultdict(list)
        self._members: dict[str, list[tuple[str, Membership]]] = defaultdict(list)
        self._member_of: dict[str, list[Membership]] = defaultdict(list)     # member id -> its memberships
        self._demonyms: dict[str, tuple[str, ...]] = {}
        self._build()

    def _build(self) -> None:
        index: dict[str, list[str]] = defaultdict(list)
        for entity in self._entities.values():
            for text in written_aliases(entity):
                key = normalize_name(text)
                if not key:
                    continue
                self._written.setdefault(text, key)
                if entity.id not in index[key]:
                    index[key].append(entity.id)
            for office in entity.offices:
                for title in self.titles.counts_as(office.title, office.of):
                    self._offices[(title, office.of)].append((entity.id, office))
            for membership in (*entity.memberships, *entity.members, *attr_memberships(entity)):
                seen = self._members[membership.of]
                # The same membership may be written on both sides; keep one.
                if not any(mid == membership.member and m.start == membership.start and m.role == membership.role
                           for mid, m in seen):
                    seen.append((membership.member, membership))
                    self._member_of[membership.member].append(membership)
        self._index = {key: tuple(sorted(ids, key=lambda i: self._rank(i, key))) for key, ids in index.items()}
        self._build_demonyms()
        self._stripper = PrefixStripper(
            honorific_keys() | self.titles.normalised_variants() | self._demonyms.keys())

    def _build_demonyms(self) -> None:
        # Demonyms are cues, not names ("Cambodian Foreign Minister"), so they get their own index.
        demonyms: dict[str, list[str]] = defaultdict(list)
        for entity in self._entities.values():
            for key in ("demonym", "adjective"):
                words = entity.attrs.get(key) or []
                for word in [words] if isinstance(words, str) else words:
                    norm = normalize_name(str(word))
                    if norm and entity.id not in demonyms[norm]:
                        demonyms[norm].append(entity.id)
        self._demonyms = {k: tuple(v) for k, v in demonyms.items()}

    def _rank(self, entity_id: str, key: str) -> tuple:
        entity = self._entities[entity_id]
        return (normalize_name(entity.name) != key, TYPE_ORDER.get(entity.type, 9), entity_id)

    # -- entities ---------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entities)

    def __iter__(self) -> Iterator[KBEntity]:
        return iter(self._entities.values())

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self._entities

    def get(self, entity_id: str) -> KBEntity | None:
        """The entity with this id, or None."""
        return self._entities.get(entity_id)

    def lookup(self, name: str, *, fallback: bool = True) -> list[KBEntity]:
        """Entities having `name` as a name or alias (normalised); best first, [] if none.

        When `name` is not an alias as written and `fallback` is true, people are
        looked up without leading honorifics, titles, demonyms and an owner
        ("H.E. Hun Manet", "Prime Minister Hun Manet", "Cambodia's Hun Manet").
        """
        ids = self._index.get(normalize_name(name))
        if ids is None and fallback:
            ids = self._fallback_ids(name)
        return [self._entities[i] for i in ids or ()]

    def _fallback_ids(self, name: str) -> tuple[str, ...]:
        # People only: "General Assembly" must not become a person called "Assembly",
        # and "Cambodia's Foreign Ministry" is not the ministry of whoever owns it.
        for key in self._stripper.forms(name):
            ids = tuple(i for i in self._index.get(key, ()) if self._entities[i].type == "PERSON")
            if ids:
                return ids
        return ()

    def lookup_demonym(self, word: str) -> list[KBEntity]:
        """States whose demonym or adjective is `word` ("Cambodian", "Lao", "Filipino")."""
        return [self._entities[i] for i in self._demonyms.get(normalize_name(word), ())]

    def demonyms(self) -> dict[str, tuple[str, ...]]:
        """Normalised demonym/adjective → entity ids (read-only by convention)."""
        return self._demonyms

    def lookup_ids(self, normalised: str) -> tuple[str, ...]:
        """Ids for an already normalised alias (the hot path of the extractor)."""
        return self._index.get(normalised, ())

    def aliases(self) -> Iterator[tuple[str, str, tuple[str, ...]]]:
        """Every alias as written, its normalised form and the ids it names.

        For building a matcher (Aho-Corasick) over text: forms without diacritics and
        without honorifics are included.
        """
        for text, key in self._written.items():
            yield text, key, self._index[key]

    def normalised_aliases(self) -> dict[str, tuple[str, ...]]:
        """The alias index itself: normalised alias → entity ids (read-only by convention)."""
        return self._index

    def resolve(self, name_or_id: str, types: Iterable[str] = ()) -> KBEntity:
        """The one entity meant by an id or a name; raises KnowledgeBaseError with suggestions."""
        key = name_or_id.strip()
        entity = self._entities.get(key) or self._entities.get(key.upper() if key[1:].isdigit() else key)
        if entity is not None:
            return entity
        found = self.lookup(name_or_id)
        wanted = set(types)
        if wanted:
            found = [e for e in found if e.type in wanted] or found
        if found:
            return found[0]
        raise KnowledgeBaseError(self._unknown(name_or_id))

    def _unknown(self, name: str) -> str:
        close = difflib.get_close_matches(normalize_name(name), list(self._index), n=5, cutoff=0.75)
        names = list(dict.fromkeys(self._entities[self._index[k][0]].name for k in close))
        hint = f"; did you mean {', '.join(repr(n) for n in names)}?" if names else \
            "; check the spelling, or add it in a KB directory (--kb-dir)"
        return f"{name!r} is not in the knowledge base{hint}"

    # -- dated relations ----------------------------------------------------------------------
    def holders(self, title: str, of: str, on: str | None = None) -> list[tuple[KBEntity, Office]]:
        """Who held `title` (any variant) in `of` (a name or id) on date `on` (None: ever)."""
        from concord.kb.query import holders
        return holders(self, title, of, on)

    def members(self, org: str, on: str | None = None, role: str = MEMBER) -> list[tuple[KBEntity, Membership]]:
        """The members of `org` (a name or id) on date `on` (None: ever), by membership role."""
        from concord.kb.query import members
        return members(self, org, on, role)

    def offices_of(self, title: str, of_id: str) -> list[tuple[str, Office]]:
        """Raw office index: (person id, office) for a canonical title in an entity id."""
        return self._offices.get((title, of_id), [])

    def memberships_of(self, of_id: str) -> list[tuple[str, Membership]]:
        """(member id, membership) of everything belonging to `of_id`, however it was written."""
        return self._members.get(of_id, [])

    def memberships_in(self, member_id: str) -> list[Membership]:
        """Every membership of `member_id`: written on it, on the organisation, or in its attrs."""
        return self._member_of.get(member_id, [])
