"""Ids of graph nodes: stable, readable, and careful about what they merge."""
from __future__ import annotations

import re

from concord.document import Entity
from concord.kb.normalize import normalize_name

_NON_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """ASCII slug of a name: diacritics and punctuation removed, words joined by '-'."""
    return _NON_WORD.sub("-", normalize_name(text)).strip("-") or "x"


def entity_node_id(entity: Entity, doc_id: str, in_kb: bool) -> str:
    """The graph node of a document's entity.

    KB entities keep their KB id. A name outside the KB merges across documents by
    its full normalised name, except a one-word person name ("Minh"), which could
    be anyone and so stays a node of its own document.
    """
    if in_kb:
        return entity.id
    if entity.type == "PERSON" and len(normalize_name(entity.name).split()) < 2:
        return f"{entity.id}@{doc_id}"
    return entity.id
