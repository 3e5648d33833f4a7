"""Relations read from a document's entities and text that the record does not carry.

`proposals(doc)`: who proposed, initiated or launched which framework or initiative,
from the two sentence shapes news uses:
- "the Mekong-Asia Pacific Initiative (MAPI) proposed by Prime Minister Hun Sen"
- "Hun Sen proposed the Mekong-Asia Pacific Initiative"
The evidence span runs from the first name to the last.
"""
from __future__ import annotations

import re

from concord.document import Document

VERBS = r"(?:proposed|initiated|launched|put forward|floated|unveiled)"
# Between a framework and "proposed by" only a short acronym or apposition may stand;
# between "proposed by" and the person only a title ("Prime Minister").
_BY = re.compile(rf"^[^.;:]{{0,40}}?\b{VERBS}\s+by\s+(?:[A-Z][\w.'’-]*\s+){{0,5}}$")
_ACTIVE = re.compile(rf"^\s+(?:has\s+|had\s+|have\s+|also\s+|first\s+)*{VERBS}\s+(?:the\s+|a\s+|an\s+)?[^.;:]{{0,30}}$")


def proposals(doc: Document) -> list[tuple[str, str, int, int]]:
    """(person id, framework id, start, end) for each proposal the text states."""
    mentions = sorted(
        (m.start, m.end, e.id, e.type) for e in doc.entities if e.type in ("PERSON", "FRAMEWORK")
        for m in e.mentions)
    found = set()
    for (s1, e1, id1, t1), (s2, e2, id2, t2) in zip(mentions, mentions[1:]):
        between = doc.text[e1:s2]
        if t1 == "FRAMEWORK" and t2 == "PERSON" and _BY.match(between):
            found.add((id2, id1, s1, e2))
        elif t1 == "PERSON" and t2 == "FRAMEWORK" and _ACTIVE.match(between):
            found.add((id1, id2, s1, e2))
    return sorted(found, key=lambda f: f[2])
