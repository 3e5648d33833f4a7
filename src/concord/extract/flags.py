"""Credibility flags: garbled names and statements that contradict the knowledge base.

`annotate(doc, kb)` fills `doc.flags`:

- ``garbled_name``: a word whose letters switch case like no name does
  ("HAhHAApMsANN"), alone or with a stray hyphen in the same run of capitalised
  words ("ANN- ARAMA"). Acronyms, "McDonald", "iPhone", "BioNTech" and names with
  diacritics are clean (thresholds in ``data/flags_rules.json``).
- ``kb_conflict``: a role the text gives ("Cambodia's foreign minister, X") to
  someone the KB does not list in that single-holder office on the date that
  applies (a date stated in the same sentence and not governed by another verb
  — "the fund launched in November 2000" — else the publication date, else the
  nearest date stated in the text); a role with no state named ("Foreign
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

from concord.document import Document, Flag
from concord.errors import KnowledgeBaseError
from concord.extract.dates import ABSOLUTE_SHAPES, dateline_date, find_dates, sentence_dates
from concord.extract.speakers import Speakers, sentence_spans, slug
from concord.extract.wordlists import data_file

__all__ = ["annotate", "garbled_names", "kb_conflicts", "is_garbled_word"]

_RULES = data_file("flags_rules.json")
_G = _RULES["garbled"]
_QUALIFIERS = frozenset(_RULES["role_qualifiers"])
_PRONOUNS: dict[str, str] = _RULES["pronouns"]
_EVENT_WORDS = data_file("events_words.json")
# "joined in 1999", "launched in November 2000": dates of something else than the office claim
_FOREIGN = re.compile(_EVENT_WORDS["foreign_date_cues"] + "|" + _EVENT_WORDS["foreign_date_cues_weak"], re.I)

_AT_THE_TIME = re.compile(r"\bat\s+the\s+time\b|\bthen\b", re.I)
# literal first (the scan skips fast to "he"/"she"); the opening of a sentence or clause is checked after
_SUBJECT_PRONOUN = re.compile(r"(?P<p>He|She|he|she)\s+(?:said|added|told|stressed|noted|"
                              r"emphasi[sz]ed|underlined|explained|urged|called|stated|went on)\b")
_PRONOUN_OPENS = re.compile(r"(?:^|\n|[.!?]\s|[,”\"’]\s)$")
_LOWER_WORDS = re.compile(r"[a-z]+")
_DOMAIN = re.compile(r"\.[a-z]{2,4}\b")
_WORD_AT = re.compile(r"[^\W\d_]+")
_SWITCH = re.compile(r"[a-z](?=[A-Z])")
_CAP_RUN_INNER = re.compile(r"[A-Z]{2}(?=[a-z])")
_NAME_WORD = r"[A-Z][^\s,;:.()]*"
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_STRAY = re.compile(r"[A-Za-z]-\s+[A-Z]")
# "<State>'s <title>, <Name>,": found from the possessive (cheap), then read both ways
_POSSESSIVE = re.compile(r"[’']s\s+")
_ROLE_AFTER = re.compile(r"(?P<title>[A-Za-z][A-Za-z\- ]{2,50}?),\s+(?P<name>[A-Z][^,;.()\n]{2,60}?),")
_ORG_BEFORE = re.compile(r"(?P<org>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,3})$")


def is_garbled_word(word: str) -> bool:
    """True when a word's letter case switches like no real name's does."""
    switches = len(_SWITCH.findall(word))
    if switches >= _G["min_switches"]:
        return True
    return switches >= _G["min_switches_with_run"] and bool(_CAP_RUN_INNER.search(word[1:]))


def garbled_names(text: str) -> list[Flag]:
    """One `garbled_name` flag per run of capitalised words holding a garbled word."""
    flags: list[Flag] = []
    done_until = -1
    for hit in _SWITCH.finditer(text):            # rare in clean text: McDonald, iPhone
        if hit.start() < done_until:
            continue
        m = _WORD_AT.match(text, _word_start(text, hit.start()))
        word = m.group(0) if m else ""
        done_until = m.end() if m else hit.end()
        if not is_garbled_word(word) or _in_handle(text, m.start(), m.end()):
            continue
        start, end = _run_around(text, m.start(), m.end())
        run = text[start:end]
        extra = " and a stray hyphen" if _STRAY.search(run) else ""
        flags.append(Flag("garbled_name",
                          f"the name “{run}” looks garbled: “{word}” mixes capital and small letters "
                          f"in a way no name does{extra}; check the original source for the real name",
                          start, end))
        done_until = end
    return flags


def _in_handle(text: str, start: int, end: int) -> bool:
    """Hashtags, @handles, web addresses and file names join words on purpose."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left:right if right >= 0 else len(text)]
    return token[:1] in "#@" or "/" in token or "www" in token.lower() or _DOMAIN.search(token) is not None


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words (joined by spaces) around text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for m in _RUN.finditer(text, line_start, line_end):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return start, end


def annotate(doc: Document, kb: Any = None) -> None:
    """Fill `doc.flags` (see the module docstring)."""
    flags = garbled_names(doc.text)
    if kb is not None:
        flags.extend(kb_conflicts(doc, kb))
        if not any(f.kind == "kb_conflict" for f in flags):
            flags.extend(pronoun_conflicts(doc, kb))
    doc.flags = flags


def pronoun_conflicts(doc: Document, kb: Any) -> list[Flag]:
    """"he said" right after a sentence naming one person, whom the KB knows as a
    woman (or "she" for a man): the text contradicts the KB. Only the plainest
    case counts: one person in the sentence before, the pronoun as a subject."""
    text = doc.text
    hits = [m for m in _SUBJECT_PRONOUN.finditer(text)
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and _PRONOUN_OPENS.search(text[max(0, m.start() - 2):m.start()])]
    if not hits:
        return []
    sp = Speakers.for_doc(doc, kb)
    for m in hits:
        word = m.group("p")
        s_start, _ = sp.sentence_at(m.start("p"))
        i = sp.sents.index(sp.sentence_at(m.start("p"))) if sp.sents else 0
        for a, b in reversed(sp.sents[max(0, i - 2):i]):
            named = {ent.id: ent for s, e, ent in sp.people if a <= s < b and _has_name(text[s:e])}
            if not named:
                continue
            if len(named) == 1:
                ent = next(iter(named.values()))
                gender = sp.gender_of(ent)
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


def _date_for(doc: Document, pos: int, sents, stated: dict) -> str | None:
    """The date a statement at `pos` speaks of (see the module docstring). Only day
    or month dates of its own sentence count, and not one another verb governs
    ("the fund launched in November 2000"); `stated` caches the document's dates,
    read only when neither a near date nor `published` exists."""
    idx = max(i for i, (s, _) in enumerate(sents) if s <= pos) if sents and sents[0][0] <= pos else 0
    lo = sents[idx][0] if sents else 0
    hi = sents[idx][1] if sents else len(doc.text)
    own = [d for d in sentence_dates(doc.text, doc.published or dateline_date(doc.text), lo, hi)  # shared with events
           if d.iso and not d.relative and not d.text.lower().startswith("since")
           and not _FOREIGN.search(doc.text, max(lo, d.start - 45), d.start)]
    near = [d for d in own if _absolute(d)]
    if near:
        return near[-1].iso
    if own:
        return own[-1].iso           # "in 2021, Foreign Minister X ...": any day of that year
    if doc.published:
        return doc.published
    if "all" not in stated:
        stated["all"] = [d for d in find_dates(doc.text, kinds=ABSOLUTE_SHAPES) if _absolute(d)]
    before = [d for d in stated["all"] if d.start < pos]
    return (before[-1] if before else stated["all"][0]).iso if stated["all"] else None


def _absolute(d) -> bool:
    return bool(d.iso) and not d.relative and d.precision in ("day", "month")


def kb_conflicts(doc: Document, kb: Any) -> list[Flag]:
    """Roles the KB contradicts, and pronouns that contradict the holder's gender."""
    flags: list[Flag] = []
    sents = sentence_spans(doc.text)
    stated: dict = {}                                 # the document's dates, read once when needed
    for person, title, org, start, end in _roles(doc, kb):
        if not kb.titles.known(title) or not kb.titles.single_holder(title):
            continue
        sent_start = max([s for s, _ in sents if s <= start] or [0])
        if _qualified(doc.text, start, end, title, sent_start):
            continue
        if kb.get(org) is None and not kb.lookup(org):
            continue                                  # unknown body: asking the KB would only fail (slowly)
        on = _date_for(doc, start, sents, stated)
        try:
            holders = kb.holders(title, org, on=on)
        except KnowledgeBaseError:
            continue
        if not holders:
            continue
        ids = {h.id for h, _ in holders}
        known = [e for e in kb.lookup(person.get("name") or "") if e.type == "PERSON"]
        if kb.get(person.get("id") or "") is not None:
            known.append(kb.get(person["id"]))
        if ids & {e.id for e in known}:
            continue
        if any(kb.titles.canonical(o.title) == kb.titles.canonical(title) and o.covers(on)
               for e in known for o in e.offices):
            continue        # holds that title elsewhere: the text's country was misread, not wrong
        if _AT_THE_TIME.search(doc.text, start, min(len(doc.text), end + 30)):
            continue
        office = f"{kb.titles.canonical(title)} of {_name(kb, org)}"
        names = ", ".join(h.name for h, _ in holders)
        flags.append(Flag("kb_conflict",
                          f"“{person.get('name')}” is called {office}, but the knowledge base lists "
                          f"{names} in that office on {on or 'any date'}",
                          start, end))
        flags.extend(_gender_conflicts(doc.text, end, sents, holders, office))
    return flags


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
