"""Text helpers the quote, event and flag steps share, and what the text says of people.

- `sentence_spans` / `paragraph_spans`: a document's sentences and paragraphs,
  computed once per document for every step (small LRU caches);
- `slug`: the readable id part of names ("Hà Nội" → "ha-noi");
- `title_mentions`: "the State Counsellor" standing for the one person the text
  gave that title earlier (from `Document.roles`);
- `titled_holder`: "the Lao president" is the person the text called President
  of Laos, not whoever was named last;
- `genders_from_text`: the gender a form of address gives ("Mrs", "Ms", "Daw"
  / "Mr", "U"; data in ``data/quotes_cues.json``), for people the KB does not know.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from concord.datafiles import load_json
from concord.document import Document
from concord.extract.text import paragraphs, sentences

__all__ = ["sentence_spans", "paragraph_spans", "slug", "title_mentions", "genders_from_text", "titled_holder",
           "described_person"]

_DATA = load_json("concord.extract", "quotes_cues.json")
_GENDERED = _DATA["gendered_honorifics"]
_HONORIFIC_BEFORE = re.compile(r"(?:^|[\s(“\"])(" + "|".join(sorted(
    (re.escape(h) for h in _GENDERED), key=len, reverse=True)) + r")\.?\s+$", re.I)


@lru_cache(maxsize=8)
def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`text.sentences` of a document, computed once for the quote, event and flag steps."""
    return tuple(sentences(text))


@lru_cache(maxsize=8)
def paragraph_spans(text: str) -> tuple[tuple[int, int], ...]:
    """`text.paragraphs` of a document, computed once for the quote and event steps."""
    return tuple(paragraphs(text))


def slug(text: str) -> str:
    """A readable id part: lower case ASCII letters and digits joined by hyphens."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).replace("đ", "d").replace("Đ", "D")
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def title_mentions(doc: Document, people: list) -> list[tuple[int, int, Any]]:
    """"the State Counsellor", "the President": a title the text gave one person
    earlier (doc.roles) stands for that person afterwards."""
    by_id = {ent.id: ent for _, _, ent in people}
    roles = sorted(((r.start, r.title.lower(), by_id.get((r.person or {}).get("id"))) for r in doc.roles
                    if r.title), key=lambda r: r[0])
    roles = [r for r in roles if r[2] is not None]
    if not roles:
        return []
    # str.find on the lower-cased text: a regex compiled per document cost more
    low = doc.text.lower()
    found: dict[int, tuple[int, str]] = {}
    for title in sorted({t for _, t, _ in roles}, key=len, reverse=True):
        i = low.find("the " + title)
        while i >= 0:
            end = i + 4 + len(title)
            if (i == 0 or not low[i - 1].isalnum()) and not low[end:end + 1].isalnum() \
                    and not any(a <= i < b for a, (b, _) in found.items()):
                found[i] = (end, title)
            i = low.find("the " + title, i + 1)
    out = []
    for start in sorted(found):
        end, title = found[start]
        earlier = {ent.id: ent for pos, t, ent in roles if t == title and pos < start}
        if len(earlier) == 1 and not any(s <= start < e for s, e, _ in people):
            out.append((start, end, next(iter(earlier.values()))))
    return out


def genders_from_text(text: str, people: list) -> dict[str, str]:
    """"Mrs Sarah Lim", "U Tin Maung": gender from the form of address the text uses
    (only when every gendered address of that person agrees)."""
    found: dict[str, set[str]] = {}
    for s, e, ent in people:
        m = _HONORIFIC_BEFORE.search(text, max(0, s - 16), s)
        words = text[s:e].split()
        word = m.group(1) if m else words[0].rstrip(".") if len(words) > 1 else ""
        if word.lower() in _GENDERED and (len(word) > 1 or word == "U"):     # "U" only as written
            found.setdefault(ent.id, set()).add(_GENDERED[word.lower()])
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def titled_holder(phrase: str, pos: int, roles: list, kb: Any) -> dict | None:
    """"the Lao president", "the Thai foreign minister": the one person whose role,
    stated before `pos`, has that title and that country (the demonym or name
    read through the KB); None when the phrase names no country or several fit."""
    words = phrase.split()[1:]                       # without "the"
    if kb is None or len(words) < 2 or not roles:
        return None
    for i, word in enumerate(words[:-1]):
        try:
            states = kb.lookup_demonym(word) or [e for e in kb.lookup(word) if e.type == "COUNTRY"]
        except Exception:                            # a KB without demonyms: nothing to read
            return None
        if not states:
            continue
        ids = {e.id for e in states}
        title = " ".join(words[i + 1:]).lower()
        people = {(r.person or {}).get("id"): r.person for r in roles
                  if r.start < pos and r.title and r.title.lower().endswith(title)
                  and (r.organization or {}).get("id") in ids}
        people.pop(None, None)
        return next(iter(people.values())) if len(people) == 1 else None
    return None


def described_person(text: str, phrase: str, pos: int, people: list) -> Any:
    """"the tycoon said": the last person (entity) before `pos` whom the text described
    with that noun, right before the name ("property tycoon X") or in an appositive
    after it ("X, a local tycoon,"); None when the text describes nobody so."""
    noun = phrase.split()[-1].lower()
    before = re.compile(r"\b" + re.escape(noun) + r"\s+$", re.I)
    # ", a political analyst", ", senior analyst at ...": modifiers, not a clause ("who met the analyst")
    after = re.compile(r",\s+(?:(?:an?|the|[A-Z][\w'’-]*)\s+)?(?:(?!who\b|which\b|that\b|and\b)[a-z][\w'’-]*\s+){0,3}?"
                       + "(?i:" + re.escape(noun) + r")\b")
    found = None
    for s, e, ent in people:
        if s >= pos:
            break
        if before.search(text, max(0, s - 40), s) or after.match(text, e, min(len(text), e + 80)):
            found = ent
    return found
