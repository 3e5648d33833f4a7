"""Events: summits, meetings, forums, workshops, dialogues, conferences, visits, signings.

`annotate(doc, kb)` fills `doc.events`. A mention is built around a head noun
(``data/events_words.json``: "Summit" → SUMMIT, "Roundtable" → CONFERENCE, ...):

- the name grows left over capitalised words, acronyms (also "(LMC)"), years,
  listed modifiers ("ministerial", "informal") and an ordinal ("the 55th ASEAN
  Foreign Ministers’ Meeting", "5th regional dialogue") and right over "on/of/for"
  + a capitalised or quoted phrase ("Forum on the Mekong Region");
  "the 44th and 45th ASEAN Summits" gives one mention per ordinal;
- a name with neither an ordinal nor a capitalised word is generic: "the Forum" /
  "the workshop" refers back to the latest event of that type; "a ministerial
  meeting in September" is an event only when a date or place anchors it; "a
  series of meetings" is nothing;
- a specific name counts only in an event context (ordinal, date or place
  attached, or a cue such as "at", "attended", "held", "hosted" around it), so a
  series named in passing as an institution is not reported;
- mentions of one event are merged (same type, compatible ordinal, same words
  before the head); "the next/previous X Summit" is always another edition;
- date, place, organisers and participants come from the words around each
  mention; an event still without date or place takes those of the event named
  just before it in the same or the previous paragraph (`events_inherit.py`);
- what is still missing comes from the sentence before, a sibling event, the
  dateline's lead and the headline (`events_dateline.py`).

Visits ("state visit to Japan") and signings ("signed a memorandum of
understanding") are found by their own patterns in `events_visits.py`; editions
named by an ordinal and an acronym ("the 18th EAS") in `events_series.py`; dated
talks between named sides ("X and Y held talks on Monday") in `events_generic.py`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from concord.datafiles import load_json
from concord.document import Document, Event
from concord.extract import events_attach as attach
from concord.extract import events_dateline as dateline
from concord.extract import events_generic as generic
from concord.extract import events_inherit as inherit
from concord.extract import events_series as series
from concord.extract.dates import MONTHS, WEEKDAYS
from concord.extract.events_visits import visits_and_signings
from concord.extract.speakers import sentence_spans, slug

__all__ = ["annotate", "find_mentions", "EventMention"]

_DATA = load_json("concord.extract", "events_words.json")
HEADS: dict[str, str | None] = _DATA["heads"]
ORDINALS: dict[str, int] = _DATA["ordinals"]
_BLOCK_NEXT = frozenset(_DATA["blocking_next"])
PLURALS: dict[str, str] = _DATA["plurals"]
_MODIFIERS = frozenset(_DATA["modifiers"])
_STOP_LEFT = frozenset(_DATA["stop_left"])
_JOINERS = frozenset(_DATA["name_joiners"])
_LEGISLATURES = frozenset(_DATA["legislature_heads"])
_DATE_WORDS = frozenset(w.title() for w in list(MONTHS) + list(WEEKDAYS))
_SMALL = frozenset("the of on for and in to a an".split())
_SMALL_ALL = _SMALL | frozenset("at by with from as is was were be been will its their his her this that".split())

_HEAD = re.compile(r"(" + "|".join(sorted(HEADS, key=len, reverse=True)) + r")\b", re.I)
_TOKEN = re.compile(r"\S+")
_YEAR_IN_NAME = re.compile(r"\b(?:19[5-9]\d|20\d\d)\b")
_QUALIFIER = re.compile(r"\b(?:next|last|previous|upcoming|coming|following|past)\s+$", re.I)
_LATER_HEAD = re.compile(r"(?:\s+(?:[A-Z][\w’'\-]*|\([A-Z][A-Za-z0-9\-]{1,12}\))){1,4}?\s+(?:" + "|".join(
    sorted((h.title() for h, t in HEADS.items() if t), key=len, reverse=True)) + r")\b")
_INITIALS = re.compile(r"(?:^|-)(?:[A-Z]\.)+$")        # "U.S.", "Mekong-U.S."
_NEXT_WORD = re.compile(r"[\s”\"’]*([\w-]+)")
_NON_WORD = re.compile(r"[^\w]+")
_DASH = re.compile(r"\s*[–—-]\s*")
_INDEFINITE = re.compile(r"\b(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_PLUS = re.compile(r"-[A-Z][a-z]+\b")
_ORDINAL = re.compile(r"^(?:(\d{1,3})(?:st|nd|rd|th)|(" + "|".join(ORDINALS) + r"))$", re.I)
_CAP = r"[A-Z0-9À-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'&\-]*(?:\.[A-Z][\w’'&\-]*)*"   # "U.S" but no full stop
_ORD = r"(?:\d{1,3}(?:st|nd|rd|th)|" + "|".join(sorted(ORDINALS, key=len, reverse=True)) + ")"
_PLURAL = re.compile(rf"\b(?P<ords>{_ORD}(?:,\s*{_ORD})*,?\s+(?:and|&)\s+{_ORD})\s+"
                     rf"(?P<mid>(?:{_CAP}\s+){{0,6}}?)(?P<head>" + "|".join(PLURALS) + r")\b", re.I)
PLURAL_HINT = re.compile(r"(?:" + "|".join(PLURALS) + r")\b", re.I)
_ACRONYM_TOKEN = re.compile(r"\([A-Z][A-Za-z0-9\-]{1,12}\)")
_RIGHT = re.compile(
    rf"\s+(?:on|of|for)\s+(?:the\s+)?(?:[“\"][^”\"\n]{{3,250}}[”\"]|{_CAP}(?:\s+(?:and|of|the|for|&)?\s*{_CAP})*)")
_RIGHT_EXTRA = re.compile(r"(?:\s+(?:19|20)\d\d\b)?(?:\s+\((?P<acr>[A-Z][A-Za-z0-9\-]{1,12})\))?")
_QUOTES = "“”\"‘’'"
_TOPIC = re.compile(r",\s+on\s+(?P<topic>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7}),")
_DET = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+){0,2}$", re.I)


@dataclass(slots=True)
class EventMention:
    start: int
    end: int
    type: str
    name: str
    ordinal: int | None
    specific: bool
    left: frozenset[str] = field(default_factory=frozenset)     # key words before the head
    right: frozenset[str] = field(default_factory=frozenset)    # and after it ("on the Mekong Region")
    acronym: str | None = None
    plural: bool = False                # "the summits hosted by ...": several gatherings, one occasion


@lru_cache(maxsize=4096)
def _ordinal(core: str) -> int | None:
    m = _ORDINAL.match(core)
    if not m:
        return None
    return int(m.group(1)) if m.group(1) else ORDINALS[m.group(2).lower()]


def _clean(raw: str) -> str:
    """A token without its quotation marks; a possessive "Ministers’" keeps its mark."""
    core = raw.lstrip("“\"‘'").rstrip("”\"")
    if core.endswith(("’", "'")) and not (core.endswith(("s’", "s'")) and raw[:1] not in "‘'"):
        core = core[:-1]
    return core


def _left(text: str, start: int, floor: int) -> tuple[int, list[str]]:
    """Grow a name leftwards from `start`; returns its start and its words."""
    toks = list(_TOKEN.finditer(text, max(floor, start - 160), start))
    words: list[str] = []
    name_start = start
    i = len(toks) - 1
    while i >= 0:
        raw = toks[i].group(0)
        core = _clean(raw)
        if _ACRONYM_TOKEN.fullmatch(raw):
            words.insert(0, raw)                    # "Lancang-Mekong Cooperation (LMC) Foreign Ministers' Meeting"
            i -= 1
            continue
        if not core or raw[-1] in ",;:.()[]!?" and not _INITIALS.search(core):
            break
        if core in _STOP_LEFT or core in _DATE_WORDS:
            break
        if _ordinal(core) is not None or core[0].isupper() or core[0].isdigit():
            words.insert(0, core)
            name_start = toks[i].start() + (len(raw) - len(raw.lstrip(_QUOTES)))
            i -= 1
            continue
        if core in _JOINERS and words and words[0][:1].isupper() and i > 0 and raw == core:
            prev = _clean(toks[i - 1].group(0))
            if prev[:1].isupper() and prev not in _STOP_LEFT and prev not in _DATE_WORDS \
                    and toks[i - 1].group(0)[-1] not in ",;:.()[]!?":
                words.insert(0, core)               # "Mekong-Republic of Korea Summit"
                i -= 1
                continue
        if core.lower() in _MODIFIERS and core.islower():
            words.insert(0, core)                   # "Mekong-U.S. Partnership ministerial meeting"
            name_start = toks[i].start()
            i -= 1
            continue
        # other lower-case words count only between an ordinal and the head: "5th regional dialogue"
        j = i
        while j >= 0 and j > i - 3 and toks[j].group(0).isalpha() and toks[j].group(0).islower() \
                and _ordinal(toks[j].group(0)) is None and toks[j].group(0) not in _SMALL_ALL:
            j -= 1
        if j >= 0 and j < i and _ordinal(toks[j].group(0).strip(_QUOTES)) is not None:
            words[:0] = [_clean(t.group(0)) for t in toks[j:i + 1]]
            name_start = toks[j].start()
            i = j - 1
            continue
        break
    return name_start, words


def find_mentions(text: str) -> list[EventMention]:
    """Every event mention (specific names and generic back-references), in order."""
    sents = sentence_spans(text)
    out: list[EventMention] = []
    si = 0
    for m in _heads(text):
        head = m.group(1)
        typ = HEADS.get(head.lower())
        plural = typ is None and head.lower() in PLURALS
        if plural:
            typ = HEADS.get(PLURALS[head.lower()].lower())
        if typ is None:
            continue
        after = text[m.end():m.end() + 40]
        nxt = _NEXT_WORD.match(after)
        if nxt and (nxt.group(1).lower() in _BLOCK_NEXT or HEADS.get(nxt.group(1).lower())):
            continue                                # "dialogue relations", "Summit Meeting" (next head wins)
        if _LATER_HEAD.match(text, m.end()):
            continue                                # "East Asia Summit Foreign Ministers' Meeting": the later head
        while si + 1 < len(sents) and sents[si + 1][0] <= m.start():
            si += 1
        floor = sents[si][0] if sents else 0
        if out and m.start() < out[-1].end:
            continue                                # inside the previous name ("Forum for Asia Annual Conference")
        if out and out[-1].end > floor:
            floor = out[-1].end                     # a name never reaches into the previous one
        start, words = _left(text, m.start(), floor)
        if plural and words:
            continue                                # a named plural: `_plural_mentions` reads the ordinals
        end = m.end()
        plus = _PLUS.match(text, end)
        if plus:                                    # "Meeting-Plus", "Summit-Plus"
            head, end = head + plus.group(0), plus.end()
        right = _RIGHT.match(text, end)
        rwords: list[str] = []
        rtoks = [w.strip(_QUOTES + ".,") for w in right.group(0).split()[1:]] if right else []
        if right and _names_another(rtoks):
            right = None                            # "closing ceremony of the 47th ASEAN Summit": two events
        if right and not _DATE_WORDS & set(rtoks):
            end = right.end()
            rwords = [w.strip(_QUOTES) for w in right.group(0).split()]
        elif right is None and (topic := _TOPIC.match(text, end)):
            end = topic.end("topic")                # "its next webinar, on youth and climate migration,"
            rwords = ["on", *topic.group("topic").split()]
        extra = _RIGHT_EXTRA.match(text, end)
        acronym = extra.group("acr") if extra else None
        if extra and extra.group(0) and not acronym:
            end = extra.end()
        if text[end - 1:end] in _QUOTES:
            end -= 1
        ordinal = next((o for o in (_ordinal(w) for w in words) if o is not None), None)
        caps = [w for w in words if _ordinal(w) is None and (w[0].isupper() or w[0].isdigit())]
        specific = bool(ordinal or caps or any(w[:1].isupper() for w in rwords if w.lower() not in _SMALL))
        name = " ".join(words + [head] + rwords)
        out.append(EventMention(start, end, typ, name, ordinal, specific,
                                _key_words(words), _key_words(rwords), acronym, plural))
    low = text.lower()
    if any(p in low for p in PLURALS):           # str tests first: most texts name no plural series
        out.extend(_plural_mentions(text))
        out.sort(key=lambda x: x.start)
    return out


def _names_another(rtoks: list[str]) -> bool:
    """Words after "of/on/for" that name an event of their own ("the 47th ASEAN
    Summit"), not the rest of this name ("for Asia Annual Conference")."""
    heads = [w for w in rtoks if HEADS.get(w.lower())]
    return bool(heads) and any(w.lower() == "the" or _ordinal(w) is not None for w in rtoks)


def _plural_mentions(text: str) -> list[EventMention]:
    """"the 44th and 45th ASEAN Summits": one mention per ordinal."""
    out = []
    for hint in PLURAL_HINT.finditer(text):
        m = _PLURAL.search(text, max(0, hint.start() - 120), hint.end())
        if m is None or m.end() != hint.end():
            continue
        head = PLURALS[m.group("head").lower()]
        typ = HEADS.get(head.lower())
        mid = [_clean(w) for w in m.group("mid").split()]
        ordinals = [o for o in (_ordinal(w.strip(",")) for w in m.group("ords").split()) if o]
        for n in ordinals:
            name = " ".join([_suffix(n)] + mid + [head])
            out.append(EventMention(m.start(), m.end(), typ, name, n, True, _key_words(mid), frozenset()))
    return out


def _heads(text: str) -> list[re.Match]:
    """Head-noun matches, found with str.find on the lower-cased text first (a
    regex alternation over the whole text is several times slower)."""
    low = text.lower()
    starts = set()
    for word in HEADS:
        i = low.find(word)
        while i >= 0:
            starts.add(i)
            i = low.find(word, i + 1)
    out = []
    for i in sorted(starts):
        m = _HEAD.match(text, i)
        if m and (i == 0 or not text[i - 1].isalnum()):
            out.append(m)
    return out


def _key_words(words: list[str]) -> frozenset[str]:
    keys = set()
    for w in words:
        if _ordinal(w) is not None:
            continue
        for part in _NON_WORD.split(w.lower()):
            if part and part not in _SMALL and part != "s":
                keys.add(part)
    return frozenset(keys)


def _same(ev: dict, m: EventMention) -> bool:
    """One event: same type, compatible ordinals, the same words before the head
    and one's words after it within the other's ("World Economic Forum on the
    Mekong" / "... on the Mekong Region"), or the acronym given in brackets."""
    if ev["type"] != m.type:
        return False
    if ev["ordinal"] and m.ordinal and ev["ordinal"] != m.ordinal:
        return False
    if ev["ordinal"] and ev["ordinal"] == m.ordinal and not (ev["words"] and m.left | m.right):
        return True                                   # "its sixth meeting" ... "the 6th MRC Council Meeting"
    if any(left == m.left and (right <= m.right or m.right <= right) for left, right in ev["keys"]):
        return True
    place = ev["facts"].location
    if m.left and place and m.left <= _key_words(place["name"].split()) and not m.right:
        return True                                   # "the Kuala Lumpur summit" after one held there
    acronyms = {a.lower() for a in ev["acronyms"]}
    return bool((m.acronym and m.acronym.lower() in ev["words"]) or acronyms & (m.left | m.right))


def annotate(doc: Document, kb: Any = None) -> None:
    """Fill `doc.events` (see the module docstring)."""
    text = doc.text
    ctx = attach.Context(doc, kb)
    dateline.adopt_dateline(ctx)
    mentions = series.with_series(find_mentions(text), ctx)      # + "the 18th EAS"
    events: list[dict] = []
    pending: list[tuple[EventMention, attach.Facts]] = []
    last_end = -10
    for k, m in enumerate(mentions):
        limit = next((n.start for n in mentions[k + 1:] if n.start >= m.end), len(text))
        floor = max((n.end for n in mentions[:k] if n.end <= m.start), default=0)
        facts = None                                  # computed only for mentions that are kept
        target = None
        if m.specific and _legislature(m, ctx):
            continue
        if m.specific:
            qualified = bool(_QUALIFIER.search(text, max(0, m.start - 14), m.start))
            # "the next/previous X Summit" is another edition: it never joins one named before
            target = None if qualified else next(
                (ev for ev in reversed(events) if _same(ev, m) and not (m.ordinal and ev["qualified"])), None)
            joined = events and not qualified and _DASH.fullmatch(text[last_end:m.start])
            if target is None and joined:
                target = events[-1]                   # "Seventh ASEAN-UN Workshop – 5th regional dialogue"
            if target is None:
                if not (m.ordinal or ctx.has_context(m.start, m.end)):
                    facts = ctx.facts(m.start, m.end, limit, floor)
                    if not (facts.date or facts.location or facts.vague):   # "the Summit in November"
                        continue
                target = generic.new_event(m, qualified)
                target["other_edition"] = qualified   # "the next ASEAN Summit": not "the summit" later
                events.append(target)
                generic.take_pending(target, m, pending, ctx)
            elif (m.ordinal and not target["ordinal"]) or (not target["words"] and m.left | m.right):
                target.update(name=m.name, ordinal=m.ordinal or target["ordinal"], start=m.start, end=m.end)
            target["keys"].append((m.left, m.right))
            target["words"] = target["words"] | m.left | m.right
            if m.acronym:
                target["acronyms"].append(m.acronym)
        elif (held := generic.talks(m, events, ctx, limit, floor)) is not None:
            target, facts = held                      # "X and Y held talks in Suva on Monday"
        elif _DET.search(text, max(0, m.start - 40), m.start):
            target, facts = generic.definite(m, mentions[k + 1:], events, pending, ctx, limit, floor)
        elif _INDEFINITE.search(text, max(0, m.start - 30), m.start):
            target, facts = generic.indefinite(m, events, ctx, limit)
        if target is None:
            continue
        target["facts"].merge(facts or ctx.facts(m.start, m.end, limit, floor))
        target.setdefault("spans", []).append((m.start, m.end))
        last_end = m.end
    inherit.add_followups(ctx, events)
    inherit.inherit(ctx, events)
    doc.events = dateline.fill([_event(ev, ctx) for ev in events] + visits_and_signings(ctx, events), ctx)


def _legislature(m: EventMention, ctx: "attach.Context") -> bool:
    """"the Philippine Congress": a country's name before the head, and nothing else
    (no ordinal, no year, no words after), names its legislature."""
    words = m.name.split()
    if m.ordinal or m.right or len(words) < 2 or words[-1].lower() not in _LEGISLATURES \
            or _YEAR_IN_NAME.search(m.name):
        return False
    head_start = m.end - len(words[-1])
    countries = ctx.entities_in(m.start, head_start, ("COUNTRY",))
    if countries:
        return countries[0][0] == m.start and not ctx.text[countries[-1][1]:head_start].strip()
    return len(words) == 2 and ctx.is_demonym(words[0])


def _suffix(n: int) -> str:
    if 10 <= n % 100 <= 20:
        return f"{n}th"
    return f"{n}{ {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th') }"


def _event_id(ev: dict, date: str | None) -> str:
    """Stable id from ordinal, name without its ordinal, and year: "e:7th-asean-un-workshop-2019"."""
    words = [w for w in ev["name"].split() if _ordinal(w) is None][:8]     # ids stay short
    parts = [_suffix(ev["ordinal"]) if ev["ordinal"] else "", " ".join(words), (date or "")[:4]]
    return "e:" + slug(" ".join(p for p in parts if p))


def _event(ev: dict, ctx: "attach.Context") -> Event:
    f = ev["facts"]
    year = _YEAR_IN_NAME.search(ev["name"])
    if f.date is None and year:                       # "the 2019 ASEAN Summit", "Forum 2024"
        f.date, f.precision = year.group(0), "year"
    if f.date is None and f.vague:
        ctx.vague.add(ev["start"])                    # the later steps lend it no date
    return Event(id=_event_id(ev, f.date), type=ev["type"], name=ev["name"], date=f.date,
                 date_precision=f.precision, location=f.location,
                 participants=inherit.participants(ctx, ev),
                 organizers=f.organizers, start=ev["start"], end=ev["end"])
