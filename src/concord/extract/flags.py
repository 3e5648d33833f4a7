"""Credibility flags: garbled names and statements that contradict the knowledge base.

`annotate(doc, kb)` fills `doc.flags`:

- ``garbled_name``: a name mangled by an OCR or a broken feed ("HAhHAApMsANN",
  "ANN- ARAMA", "N0RODOM"): see `concord.extract.flags_garbled`.
- ``kb_conflict``: a role the text gives ("Cambodia's foreign minister, X") to
  someone the KB does not list in that single-holder office on the dates that
  apply (a date stated in the same sentence and not governed by another verb
  — "the fund launched in November 2000" — else the publication date, else the
  dateline's; and the date of an event named in that sentence: the claim must
  fail on each); an article with no date of its own is not judged; a role with no state named ("Foreign
  Minister Datuk Seri X") is checked against the one state whose office of that
  title the KB gives the person; or "he"/"she"
  right after it that contradicts the known holder's gender. Roles with a
  qualifier ("former", "acting", "deputy", ...) and offices the KB knows no holder
  of are never flagged: a flag must be something a reader can check.

Roles come from `doc.roles`; the shape "<State>'s <title>, <Name>," is also read
here so that a name the entity step could not make sense of is still checked.
"""
from __future__ import annotations

import re
from typing import Any

from concord.datafiles import load_json
from concord.document import Document, Flag
from concord.errors import KnowledgeBaseError
from concord.extract.dates import dateline_date, sentence_dates
from concord.extract.flags_garbled import digit_garbled, digit_suspect, garbled_flags, garbled_names, is_garbled_word
from concord.extract.speakers import Speakers, sentence_spans, slug

__all__ = ["annotate", "garbled_names", "digit_garbled", "digit_suspect", "kb_conflicts", "is_garbled_word"]

_RULES = load_json("concord.extract", "flags_rules.json")
_QUALIFIERS = frozenset(_RULES["role_qualifiers"])
_PRONOUNS: dict[str, str] = _RULES["pronouns"]
_EVENT_WORDS = load_json("concord.extract", "events_words.json")
# "joined in 1999", "launched in November 2000": dates of something else than the office claim
_FOREIGN = re.compile(_EVENT_WORDS["foreign_date_cues"] + "|" + _EVENT_WORDS["foreign_date_cues_weak"], re.I)

_AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b|\bthen\b", re.I)
# literal first (the scan skips fast to "he"/"she"); the opening of a sentence or clause is checked after
_SUBJECT_PRONOUN = re.compile(r"(?P<p>He|She|he|she)\s+(?:said|added|told|stressed|noted|"
                              r"emphasi[sz]ed|underlined|explained|urged|called|stated|went on)\b")
_PRONOUN_OPENS = re.compile(r"(?:^|\n|[.!?]\s|[,”\"’]\s)$")
_LOWER_WORDS = re.compile(r"[a-z]+")
# "<State>'s <title>, <Name>,": found from the possessive (cheap), then read both ways
_POSSESSIVE = re.compile(r"[’']s\s+")
_ROLE_AFTER = re.compile(r"(?P<title>[A-Za-z][A-Za-z\- ]{2,50}?),\s+(?P<name>[A-Z][^,;.()\n]{2,60}?),")
_ORG_BEFORE = re.compile(r"(?P<org>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})$")


def annotate(doc: Document, kb: Any = None) -> None:
    """Fill `doc.flags` (see the module docstring)."""
    flags = garbled_flags(doc.text)
    if kb is not None:
        flags.extend(kb_conflicts(doc, kb))
        if not any(f.kind == "kb_conflict" for f in flags):
            flags.extend(pronoun_conflicts(doc, kb))
    doc.flags = flags


def pronoun_conflicts(doc: Document, kb: Any) -> list[Flag]:
    """"he said" right after a sentence naming one person, whom the KB knows as a
    woman (or "she" for a man): the text contradicts the KB.

    Only the plainest case counts, because a wrong flag on a clean article costs a
    reader more than a missed one: the pronoun is a subject outside quotation
    marks, the nearest earlier sentence naming anyone (outside quotations) names
    that one person, and no person named since two sentences back, or earlier in
    the pronoun's own sentence, could be meant instead (same gender, or unknown:
    an analyst the KB does not know).
    """
    text = doc.text
    hits = [m for m in _SUBJECT_PRONOUN.finditer(text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum())
            and _PRONOUN_OPENS.search(text[max(0, m.start() - 2):m.start()])]
    if not hits:
        return []
    sp = Speakers.for_doc(doc, kb)
    for m in hits:
        word, pos = m.group("p"), m.start("p")
        if sp.in_quote(pos) or not sp.sents:
            continue
        i = sp.sents.index(sp.sentence_at(pos))
        window_start = sp.sents[max(0, i - 2)][0]
        nearby = {ent.id: ent for s, e, ent in sp.people
                  if window_start <= s < pos and not sp.in_quote(s) and _has_name(text[s:e])}
        if any(sp.gender_of(ent) in (None, _PRONOUNS[word]) for ent in nearby.values()):
            continue                       # someone else could be meant
        for a, b in reversed(sp.sents[max(0, i - 2):i]):
            named = {ent.id: ent for s, e, ent in sp.people
                     if a <= s < b and not sp.in_quote(s) and _has_name(text[s:e])}
            if not named:
                continue
            if len(named) == 1:
                ent = next(iter(named.values()))
                gender = sp.kb_gender(ent)          # the conflict is with the KB, not the text's Mr/Ms
                if gender and _PRONOUNS[word] != gender:
                    return [Flag("kb_conflict",
                                 f"“{word}” refers to {ent.name}, whom the knowledge base lists as {gender}",
                                 m.start("p"), m.end("p"))]
            break
    return []


def _has_name(mention: str) -> bool:
    try:
        from concord.kb.normalize import strip_honorifics
    except ImportError:
        return True
    return bool(strip_honorifics(mention).strip())


# ----- knowledge-base conflicts ---------------------------------------------------
def _roles(doc: Document, kb: Any) -> list[tuple[dict, str, str, int, int]]:
    """(person ref, title, organisation name or id, start, end) from doc.roles and
    the "<State>'s <title>, <Name>," shape."""
    out = []
    for r in doc.roles:
        if r.organization:
            out.append((r.person, r.title, r.organization.get("id") or r.organization.get("name"), r.start, r.end))
        elif (org := _own_office(kb, r.person, r.title)) is not None:
            out.append((r.person, r.title, org, r.start, r.end))
    for p in _POSSESSIVE.finditer(doc.text):
        m = _ROLE_AFTER.match(doc.text, p.end())
        org = _ORG_BEFORE.search(doc.text, max(0, p.start() - 60), p.start()) if m else None
        if not m or not org or any(s < m.end() and org.start() < e for *_, s, e in out):
            continue
        title = m.group("title").strip()
        if not kb.titles.known(title):
            continue
        orgs = [e for e in kb.lookup(org.group("org")) if e.type in ("COUNTRY", "ORGANIZATION")]
        if not orgs:
            continue
        name = m.group("name").strip()
        people = [e for e in kb.lookup(name) if e.type == "PERSON"]
        ref = people[0].ref() if people else {"id": f"p:{slug(name)}", "name": name}
        out.append((ref, title, orgs[0].id, org.start(), m.end()))
    return out


def _own_office(kb: Any, person: dict, title: str) -> str | None:
    """"Foreign Minister Datuk Seri X" with no state named: the one state (or body)
    whose office of that title the KB says X held at some time, so that holding it
    at another time can still be checked."""
    known = kb.get(person.get("id") or "")
    if known is None or not kb.titles.known(title):
        return None
    canon = kb.titles.canonical(title)
    orgs = {o.of for o in known.offices if kb.titles.canonical(o.title) == canon and o.of}
    return orgs.pop() if len(orgs) == 1 else None


def _qualified(text: str, start: int, end: int, title: str, sent_start: int) -> bool:
    """"former foreign minister", "acting FM", "Vice Foreign Minister": not checked.
    The words before the title's last occurrence count, so "former Secretary-General
    of ASEAN A and B" qualifies B too."""
    at = start
    for m in re.finditer(re.escape(title), text[sent_start:end], re.I):
        at = sent_start + m.start()
    words = _LOWER_WORDS.findall((text[max(sent_start, at - 30):at] + " " + title).lower())
    near = _LOWER_WORDS.findall(text[start:end].lower())
    return any(w in _QUALIFIERS for w in words[-4:] + near[:6])


def _dates_for(doc: Document, pos: int, sents) -> list[str]:
    """The dates a statement at `pos` speaks of (see the module docstring): a day or
    month of its own sentence that no other verb governs ("the fund launched in
    November 2000" does not count), else the article's own date (`published`, else
    the full date of its opening lines, as the event step reads it); then the dates of the events named in that sentence ("at the
    34th Summit in June 2019, Thailand's foreign minister ..."). Empty when the
    article gives no date: a date guessed from elsewhere in the text could only
    make a false flag."""
    idx = max(i for i, (s, _) in enumerate(sents) if s <= pos) if sents and sents[0][0] <= pos else 0
    lo = sents[idx][0] if sents else 0
    hi = sents[idx][1] if sents else len(doc.text)
    own = [d for d in sentence_dates(doc.text, doc.published or dateline_date(doc.text), lo, hi)  # shared with events
           if d.iso and not d.relative and not d.text.lower().startswith("since")
           and not _FOREIGN.search(doc.text, max(lo, d.start - 45), d.start)]
    near = [d for d in own if _absolute(d)]
    first = (near or own)[-1].iso if own else doc.published or dateline_date(doc.text)
    events = [ev.date for ev in doc.events if ev.date and lo <= ev.start < hi]
    return [d for d in dict.fromkeys([first, *events]) if d]


def _absolute(d) -> bool:
    return bool(d.iso) and not d.relative and d.precision in ("day", "month")


def kb_conflicts(doc: Document, kb: Any) -> list[Flag]:
    """Roles the KB contradicts, and pronouns that contradict the holder's gender."""
    flags: list[Flag] = []
    sents = sentence_spans(doc.text)
    for person, title, org, start, end in _roles(doc, kb):
        if not kb.titles.known(title) or not kb.titles.single_holder(title):
            continue
        sent_start = max([s for s, _ in sents if s <= start] or [0])
        if _qualified(doc.text, start, end, title, sent_start):
            continue
        if kb.get(org) is None and not kb.lookup(org):
            continue                                  # unknown body: asking the KB would only fail (slowly)
        dates = _dates_for(doc, start, sents)
        conflicts = [c for on in dates if (c := _conflict(kb, person, title, org, on))]
        if not conflicts or len(conflicts) < len(dates):
            continue                                  # no date to judge on, or right on one the text may mean
        if _AT_THE_TIME.search(doc.text, start, min(len(doc.text), end + 30)):
            continue
        on, holders = conflicts[0]
        office = f"{kb.titles.canonical(title)} of {_name(kb, org)}"
        names = ", ".join(h.name for h, _ in holders)
        flags.append(Flag("kb_conflict",
                          f"“{person.get('name')}” is called {office}, but the knowledge base lists "
                          f"{names} in that office on {on}",
                          start, end))
        flags.extend(_gender_conflicts(doc.text, end, sents, holders, office))
    return flags


def _conflict(kb: Any, person: dict, title: str, org: str, on: str) -> tuple[str, list] | None:
    """(date, holders) when the KB lists others, not `person`, in the office on `on`."""
    try:
        holders = kb.holders(title, org, on=on)
    except KnowledgeBaseError:
        return None
    if not holders:
        return None
    known = [e for e in kb.lookup(person.get("name") or "") if e.type == "PERSON"]
    if kb.get(person.get("id") or "") is not None:
        known.append(kb.get(person["id"]))
    if {h.id for h, _ in holders} & {e.id for e in known}:
        return None
    if any(kb.titles.canonical(o.title) == kb.titles.canonical(title) and o.covers(on)
           for e in known for o in e.offices):
        return None         # holds that title elsewhere: the text's country was misread, not wrong
    return on, holders


def _gender_conflicts(text: str, end: int, sents, holders, office: str) -> list[Flag]:
    """"She" opening the next sentence when the only holder is known to be male."""
    genders = {(h.attrs or {}).get("gender") for h, _ in holders}
    if len(genders) != 1 or None in genders:
        return []
    gender = genders.pop()
    nxt = [s for s in sents if s[0] >= end][:1]
    current = [s for s in sents if s[0] <= end <= s[1]]
    for s, e in current + nxt:
        m = re.search(r"(?:^|[.;]\s+)(He|She)\b", text[max(s, end) if (s, e) in current else s:e])
        if m:
            base = max(s, end) if (s, e) in current else s
            word = m.group(1)
            if _PRONOUNS[word] != gender:
                return [Flag("kb_conflict",
                             f"“{word}” refers to the {office}, but the knowledge base lists "
                             f"{holders[0][0].name} ({gender}) in that office",
                             base + m.start(1), base + m.end(1))]
            return []
    return []


def _name(kb: Any, id_or_name: str) -> str:
    ent = kb.get(id_or_name)
    return ent.name if ent is not None else id_or_name
