"""Documents built by hand for the extraction tests: text plus the entities an earlier
step would have found, so each step is tested on its own."""
from __future__ import annotations

import re

from concord.document import Document, Entity, Mention


def build(text: str, published: str | None = None, dateline: str | None = None, title: str | None = None,
          **groups) -> Document:
    """Entities by type, each a name or (name, other forms...):
    build(text, PLACE=["Vientiane"], PERSON=[("Hun Manet", "Manet")])."""
    entities = []
    for etype, group in groups.items():
        for entry in group:
            name, *forms = (entry,) if isinstance(entry, str) else entry
            entity = Entity(id=f"{etype.lower()}:{name.lower().replace(' ', '-')}", name=name, type=etype)
            for form in [name, *forms]:
                entity.mentions += [Mention(m.start(), m.end(), form) for m in re.finditer(re.escape(form), text)]
            entities.append(entity)
    return Document(source="test", text=text, published=published, dateline=dateline, title=title,
                    entities=entities)


def events_of(text: str, published: str | None = None, dateline: str | None = None, title: str | None = None,
              kb=None, **groups) -> list:
    """The events step alone, on a document built by `build`."""
    from concord.extract import events
    doc = build(text, published, dateline, title, **groups)
    events.annotate(doc, kb)
    return doc.events


def named(evs: list, word: str):
    """The first event whose name holds `word` (fails, listing the names, when none does)."""
    found = [e for e in evs if word in e.name]
    assert found, [e.name for e in evs]
    return found[0]
