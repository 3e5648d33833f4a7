"""Grouping mentions into entities: people's name parts, acronyms, the outlet.

People are the hard part. A full name found with a cue ("H.E. Dr. Sok
Siphana", "Lim Jock Hoi, Secretary-General") or known to the KB is an anchor.
Every other person mention joins an anchor when it is the same name, its last
word (Vietnamese names put the given name last: "Dũng" for "Nguyễn Quốc Dũng";
"Lwin" for "Wunna Maung Lwin"), its first word ("Mr Sok"), or a tail of it. A
name part shared by two anchors is ambiguous and joins neither. A lone
capitalised word that joins nobody is dropped unless a title or honorific
stood before it ("President Jokowi").
"""
from __future__ import annotations

import re
from functools import lru_cache

from concord.document import Document, Entity, Mention
from concord.extract.names import Cand
from concord.kb.normalize import normalize_name, strip_honorifics
from concord.link import KBView, local_id

__all__ = ["resolve_people", "build_entities"]

_STRONG = {"title-before", "title-after", "appositive", "coordinated"}
_LEADING_THE = re.compile(r"^(?:the|The|THE)\s+")


def resolve_people(text: str, cands: list[Cand], people: list[Cand], view: KBView) -> list[Cand]:
    """All candidates with person mentions grouped (see module doc)."""
    def words_of(c: Cand) -> list[str]:
        return _name_words(text[c.start:c.end])

    anchors: dict[str, list[str]] = {}           # group → name words (normalised)
    kept: list[Cand] = []
    loose: list[Cand] = []
    multiword_kb = {c.kb_id for c in cands if c.type == "PERSON" and len(words_of(c)) > 1}
    for c in cands:
        if c.type == "PERSON" and c.source == "kb":
            if c.kb_id not in multiword_kb and _name_part(words_of(c), c, view):
                loose.append(Cand(c.start, c.end, "PERSON", "person"))   # "Dũng" alone: maybe someone else
                continue
            c.group = c.kb_id
            anchors[c.kb_id] = _name_words(c.name)
        kept.append(c)
    for p in people:
        words = words_of(p)
        if len(words) >= 2 and p.evidence:
            kb_person = view.link_name(" ".join(words), ("PERSON",))
            p.group = kb_person.id if kb_person is not None else "n:" + " ".join(words)
            if kb_person is not None:
                p.kb_id, p.name, p.source = kb_person.id, kb_person.name, "kb"
            anchors.setdefault(p.group, words)
        else:
            loose.append(p)
    # Shorter anchors that are the tail of a longer one are that person ("Quốc Dũng").
    for p in [p for p in people if p.group] + loose:
        words = words_of(p)
        target = _find_anchor(words, anchors, exclude=p.group)
        if target is not None and (p.group is None or len(anchors[target]) > len(words)):
            p.group = target
        elif p.group is None and p.evidence and _STRONG.intersection(p.evidence):
            p.group = "n:" + " ".join(words)
        if p.group is not None:
            kept.append(p)
    return kept


def _name_part(words: list[str], c: Cand, view: KBView) -> bool:
    """True when a one-word KB hit is only a part of the person's name ("Sen",
    "Anwar") or an alias the KB marks as shared ("Dũng"), not a name of its own
    ("Jokowi")."""
    entity = view.get(c.kb_id)
    if entity is None or len(words) != 1:
        return False
    ambiguous = {normalize_name(a) for a in getattr(entity, "ambiguous_aliases", ())}
    full = _name_words(entity.name)
    # A one-word name is the whole name of a mononymous person ("Sugiono"), not a part.
    return words[0] in ambiguous or (words[0] in full and len(full) > 1)


_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def _name_words(name: str) -> list[str]:
    """Normalised words of a name without generational suffixes ("Marcos Jr." → marcos)."""
    return list(_name_key(name))


@lru_cache(maxsize=50_000)
def _name_key(name: str) -> tuple[str, ...]:
    words = normalize_name(strip_honorifics(name)).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words = words[:-1]
    return tuple(words)


def _find_anchor(words: list[str], anchors: dict[str, list[str]], exclude: str | None) -> str | None:
    if not words:
        return None
    matches = []
    for group, name in anchors.items():
        if group == exclude or len(name) <= len(words) and name != words:
            if name == words and group != exclude:
                return group
            continue
        if name[-len(words):] == words or (len(words) == 1 and name[0] == words[0]):
            matches.append(group)
    return matches[0] if len(matches) == 1 else None


def build_entities(doc: Document, cands: list[Cand], view: KBView) -> list[Entity]:
    """One `Entity` per group of candidates, plus the outlet, in order of first mention."""
    text = doc.text or ""
    markers = {m: c for c in cands for m in c.evidence if m.startswith("acr:")}
    groups: dict[str, list[Cand]] = {}
    for c in cands:
        if c.type == "EVENT":
            continue
        group = _group_of(c, text, markers)
        groups.setdefault(group, []).append(c)
    entities = [_entity(group, members, text, view) for group, members in groups.items()]
    entities = [e for e in entities if e is not None]
    _add_outlet(doc, entities, view)
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else len(text) + 1)
    return entities


def _group_of(c: Cand, text: str, markers: dict[str, Cand], depth: int = 0) -> str:
    if c.group and c.group.startswith("acr:") and depth < 3:
        target = markers.get(c.group)
        if target is not None:
            return _group_of(target, text, markers, depth + 1)
    if c.group and not c.group.startswith("acr:"):
        return c.group
    if c.kb_id:
        return c.kb_id
    name = c.name or _LEADING_THE.sub("", text[c.start:c.end])
    return "n:" + normalize_name(name)


def _entity(group: str, members: list[Cand], text: str, view: KBView) -> Entity | None:
    kb_id = next((c.kb_id for c in members if c.kb_id), None)
    spans = sorted({(c.start, c.end) for c in members})
    mentions = [Mention(s, e, text[s:e]) for s, e in spans]
    if kb_id:
        entity = view.get(kb_id)
        if entity is not None:
            return Entity(entity.id, entity.name, entity.type, entity.wikidata, mentions, 1.0)
    types = [c.type for c in members if c.source != "acronym"] or [members[0].type]
    etype = max(set(types), key=types.count)
    named = [c.name for c in members if c.name]
    if named:
        name = named[0]
    elif etype == "PERSON":
        name = max((strip_honorifics(text[c.start:c.end]) for c in members), key=lambda n: (len(n.split()), len(n)))
    else:
        long_forms = [c for c in members if c.source != "acronym" or c.group is None] or members
        name = _LEADING_THE.sub("", text[long_forms[0].start:long_forms[0].end])
    return Entity(local_id(etype, name), name, etype, None, mentions, 0.7)


def _add_outlet(doc: Document, entities: list[Entity], view: KBView) -> None:
    outlet = (doc.outlet or "").strip()
    if not outlet:
        return
    linked = view.link_name(outlet, ("ORGANIZATION",))
    key = linked.id if linked is not None else local_id("ORGANIZATION", outlet)
    norm = normalize_name(outlet)
    for entity in entities:
        if entity.id == key or (entity.type == "ORGANIZATION" and normalize_name(entity.name) == norm):
            return
    if linked is not None:
        entities.append(Entity(linked.id, linked.name, linked.type, linked.wikidata, [], 1.0))
    else:
        entities.append(Entity(key, _LEADING_THE.sub("", outlet), "ORGANIZATION", None, [], 0.7))
