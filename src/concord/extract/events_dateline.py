"""Place and date of an event from the dateline and the sentences around it.

Wire stories put the place of their main happening in the dateline ("BUSAN, Nov.
27 (Yonhap) --"), describe the gathering in the lead ("held their first-ever
summit in this southern port city on Wednesday") and name the event only a
paragraph later, without place or date ("The inaugural ... Summit brought
together ..."). Once the event step has read the words around every mention,
`fill` completes what is still missing, the most local source first:

1. the previous sentence of the same paragraph, when it names no other event
   ("The flags outside the ... Convention Centre were rearranged on 26 October
   2025. At the 47th ASEAN Summit, ...");
2. "on the same day as the signing", "on the last day of the Summit", "on the
   sidelines of the summit": the date (or month) of that event;
3. the lead's gathering: the first lead sentence with a date or a gathering cue
   (``lead_cues``; its date up to the publication date first) gives a place (the one it names; the dateline when it points
   at it, "here", "in the capital", or names none) and a date. An event of the
   first paragraphs without a place of its own, whose date is unknown or the
   same, and which is neither a next/previous edition nor spoken of in the
   future, was held there; an event already placed there takes the date; an
   unplaced event further down held on the lead's very day was held there too;
4. a headline "as Manila hosts 2+2 talks": the event it names was held there.

`adopt_dateline` reads a dateline the cleaner left (a bare "BANGKOK - ...") when
the KB knows it as a place.

An event that is clearly elsewhere keeps its own facts: one with a place keeps
it, one with another date ("in Tokyo in April 2022") is not given the lead's place.
Words and patterns are data in ``data/events_words.json``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from concord.datafiles import load_json
from concord.document import Event
from concord.extract import events_places as places
from concord.extract.events_attach import _DATELINE_REF, PLACES, Context
from concord.extract.speakers import paragraph_spans
from concord.extract.tense import tense_of

__all__ = ["fill", "adopt_dateline"]

_DATA = load_json("concord.extract", "events_words.json")
_LEAD_CUE = re.compile(_DATA["lead_cues"], re.I)
_SAME_DAY = re.compile(_DATA["same_day_as"], re.I)
_SAME_DAY_SUBJECT = re.compile(_DATA["same_day_subject"])   # "The signing came on the same day as" + event
_DAY_OF = re.compile(_DATA["day_of_subject"])               # "The signing came on the last day of the ..."
_SIDELINES = re.compile(_DATA["sidelines_of"], re.I)        # "held on the sidelines of the summit"
_HEADS: dict[str, str | None] = _DATA["heads"]
_SAME_PLACE = re.compile(_DATA["same_place"], re.I)         # "which ended Tuesday in the same city"
_BACK_REFERENCE = re.compile(r"(?:The|This|That)\s+")       # "The ceremony on 8 June ..." opening a paragraph
_TITLE_HOST = re.compile(_DATA["title_host"])
_GENERIC = frozenset(_DATA["title_host_generic"])
_QUALIFIER = re.compile(r"\b(?:next|last|previous|upcoming|coming|following|past)\s+(?:\S+\s+){0,3}$", re.I)
_NEAR_PREP = re.compile(r"\b(?:in|at|outside|inside|near)\s+(?:the\s+(?:city\s+of\s+)?)?"
                        r"(?=[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF])")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|—|–|-\s)")   # "Nov. 27 (Yonhap) --"
_LEAD_REACH = 2          # paragraphs after the lead whose events may take its place and date
_TEXT_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z’'.\-]+(?: [A-Z][A-Z’'.\-]+){0,2})"
                            r"(?:,[^\n]{0,40}?)?\s+(?:--|—|–|-)\s+[A-Z]")


def adopt_dateline(ctx: Context) -> None:
    """"BANGKOK - Japan and ...": a dateline the cleaner left unread (a plain hyphen
    without date or wire) is taken here when the KB knows the capitalised word
    as a place; a dateline that names no known place stays unread."""
    if ctx.dateline or ctx.kb is None:
        return
    first = paragraph_spans(ctx.text)[:3]
    for a, _ in first:
        m = _TEXT_DATELINE.match(ctx.text, a)
        ref = ctx._kb_place(m.group("place").title()) if m else None
        if ref and ctx._type_of(ref) == "PLACE":
            ctx.dateline = m.group("place").title()
            return


@dataclass(slots=True)
class _Lead:
    para: int
    date: str | None
    precision: str | None
    location: dict | None


def fill(events: list[Event], ctx: Context) -> list[Event]:
    """Complete the date and place of `events` (see the module docstring); an
    event that gains a date gains its year in its id, as if found directly."""
    dated = [ev.date for ev in events]
    for ev in events:
        if not (ev.date and ev.location):
            _from_previous_sentence(ev, events, ctx)
    for ev in events:
        if ev.date is None:
            _same_day(ev, events, ctx)
    for ev in events:
        if ev.date is None:
            _day_of(ev, events, ctx)            # "came on the last day of the 37th ASEAN Summit"
    places.held_virtually(events, ctx)          # "..., which were also held virtually"
    for ev in events:
        if ev.date is None:
            _sidelines(ev, events, ctx)         # "held on the sidelines of the summit"
    lead = _lead(ctx)
    if lead is not None:
        for ev in events:
            _from_lead(ev, lead, ctx)
    _from_title(events, ctx)
    _same_place_as_before(events, ctx)
    if lead is not None:
        for ev in events:
            _city_of_the_lead(ev, lead, ctx)
    places.venue_cities(events, ctx)            # "at the Jakarta Convention Center" under a Jakarta dateline
    places.visit_cities(events, ctx)            # "a visit to Vietnam" whose talks were in Hanoi
    for ev, before in zip(events, dated):
        if before is None and ev.date and ev.start in ctx.vague:
            ev.date = ev.date_precision = None  # "held last week" over two months: no date from elsewhere
        if before is None and ev.date:
            ev.id = f"{ev.id}-{ev.date[:4]}"
    return events


def _first_date(ctx: Context, start: int, end: int, last: bool = False):
    """The first (or last) date of text[start:end] that dates a happening: not the
    dateline's own date, not one another verb governs ("founded in 1967")."""
    found = [d for d in ctx.dates_in(start, end) if d.iso and not _DATELINE_AFTER.match(ctx.text, d.end)
             and not ctx._governed_elsewhere(d, start)]
    return (found[-1] if last else found[0]) if found else None


def _lead_date(ctx: Context, start: int, end: int):
    """The lead's own date: its first date up to the publication date ("agreed
    Saturday to ... when their leaders meet in November" is the Saturday); a lead
    that only looks ahead ("will meet here on Friday") gives its first date."""
    found = [d for d in ctx.dates_in(start, end) if d.iso and not _DATELINE_AFTER.match(ctx.text, d.end)
             and not ctx._governed_elsewhere(d, start)]
    ref = ctx.ref_date or ""
    past = [d for d in found if ref and d.iso[:len(ref)] <= ref[:len(d.iso)]]
    return (past or found or [None])[0]


def _from_previous_sentence(ev: Event, events: list[Event], ctx: Context) -> None:
    """The sentence before, in the same paragraph, sets the scene of this one; so
    does the last one of the paragraph before when this one opens by pointing back
    at the event ("... broke ground at Ream Naval Base." ¶ "The ceremony ...")."""
    s_start, _ = ctx.sentence_at(ev.start)
    if s_start == 0:
        return
    p_start, _ = ctx.sentence_at(s_start - 1)
    if p_start >= s_start:
        return
    if ctx.paragraph_index(p_start) != ctx.paragraph_index(s_start) and not (
            ev.name.islower() and _BACK_REFERENCE.fullmatch(ctx.text, s_start, ev.start)):
        return                                  # a new paragraph, unless it opens with "The ceremony ..."
    if any(p_start <= o.start < s_start for o in events if o is not ev):
        return                                  # the sentence before is about another event
    if ev.date is None:
        d = _first_date(ctx, p_start, s_start)
        if d is not None:
            ev.date, ev.date_precision = d.iso, d.precision
    if ev.location is None:
        ev.location = ctx.place(p_start, s_start, prep=_NEAR_PREP) or ctx.deictic(p_start, s_start)


def _same_day(ev: Event, events: list[Event], ctx: Context) -> None:
    """"... was held on the same day as the signing": the signing's date; "the
    signing came on the same day as the ... Meeting": the same, read the other way."""
    s_start, s_end = ctx.sentence_at(ev.start)
    m = _SAME_DAY.search(ctx.text, max(s_start, ev.start), s_end) \
        or _SAME_DAY_SUBJECT.search(ctx.text, max(s_start, ev.start - 160), ev.start)
    other = _named(m.group("what"), ev, events) if m else None
    if other is not None:
        ev.date, ev.date_precision = other.date, other.date_precision


def _day_of(ev: Event, events: list[Event], ctx: Context) -> None:
    """"The signing came on the last day of the 37th ASEAN Summit": the month of the
    dated event whose day it names (a gathering of several days: its month, not the day)."""
    s_start, _ = ctx.sentence_at(ev.start)
    m = _DAY_OF.search(ctx.text, max(s_start, ev.start - 160), ev.start)
    if m is None or m.end() != ev.start and ctx.text[m.end():ev.start].strip():
        return
    other = _named(m.group("what"), ev, events)
    if other is not None:
        ev.date = other.date[:7]
        ev.date_precision = "month" if len(ev.date) == 7 else other.date_precision


def _named(what: str, ev: Event, events: list[Event]) -> Event | None:
    """The dated event, other than `ev`, that "the signing" or "the Summit" points at:
    by its type or by a word of its name."""
    what = what.lower()
    for other in events:
        if other is not ev and other.date and (other.type.lower()[:4] == what[:4]
                                                or what in other.name.lower().split()):
            return other
    return None


def _sidelines(ev: Event, events: list[Event], ctx: Context) -> None:
    """"the ASEAN-Indo-Pacific Forum held on the sidelines of the summit": the date of
    the latest event of that kind named before it."""
    m = _SIDELINES.match(ctx.text, ev.end)
    kind = _HEADS.get(m.group("head").lower()) if m else None
    if kind is None:
        return
    host = max((o for o in events if o is not ev and o.type == kind and o.date and o.start < ev.start),
               key=lambda o: o.start, default=None)
    if host is not None:
        ev.date, ev.date_precision = host.date, host.date_precision


def _lead(ctx: Context) -> _Lead | None:
    """The gathering the lead paragraph reports under the dateline, if any."""
    if not ctx.dateline:
        return None
    want = ctx.dateline.casefold()
    for i, (a, b) in enumerate(paragraph_spans(ctx.text)[:4]):
        if want not in ctx.text[a:min(b, a + len(want) + 20)].casefold():
            continue
        for s_start, s_end in ctx.sents:
            if s_end <= a or s_start >= b:
                continue
            d = _lead_date(ctx, max(a, s_start), s_end)
            if d is None and not _LEAD_CUE.search(ctx.text, max(a, s_start), min(b, s_end)):
                continue                        # neither a date nor a gathering: read on
            lo = max(a, s_start)
            place = ctx.place(lo, s_end) or ctx.deictic(lo, s_end)
            if place is None and not _DATELINE_REF.search(ctx.text, lo, s_end):
                place = ctx.dateline_place()    # a lead naming no place reports from the dateline
            return _Lead(i, d.iso if d else None, d.precision if d else None, place)
        return None
    return None


def _same_place(a: dict | None, b: dict | None) -> bool:
    return bool(a and b) and (a.get("id") == b.get("id") or a["name"].casefold() == b["name"].casefold())


def _from_lead(ev: Event, lead: _Lead, ctx: Context) -> None:
    para = ctx.paragraph_index(ev.start)
    if _QUALIFIER.search(ctx.text, max(0, ev.start - 40), ev.start):
        return
    if para - lead.para > _LEAD_REACH:
        # further down, only the lead's own day ties an unplaced event to the lead's place
        if ev.location is None and ev.date and ev.date == lead.date and ev.date_precision == "day":
            ev.location = lead.location
        return
    if para < lead.para:
        return
    s_start, s_end = ctx.sentence_at(ev.start)
    if para != lead.para and tense_of(ctx.text[s_start:s_end]) == "future":
        return                                  # "leaders will attend the 5th Forum": another occasion
    if ev.location is None and (ev.date is None or (lead.date or "").startswith(ev.date)):
        ev.location = lead.location
    vaguer = ev.date is None or (lead.date and len(ev.date) < len(lead.date) and lead.date.startswith(ev.date))
    if vaguer and lead.date and _same_place(ev.location, lead.location):
        ev.date, ev.date_precision = lead.date, lead.precision      # "Forum 2024" opened on the lead's Tuesday


def _from_title(events: list[Event], ctx: Context) -> None:
    """"... as Manila hosts 2+2 talks": the event whose name or alias holds "2+2"."""
    m = _TITLE_HOST.search(ctx.title or "")
    if m is None:
        return
    who = m.group("who")
    place = ctx.dateline_place() if ctx.dateline and who.casefold() == ctx.dateline.casefold() else None
    place = place or next((e.ref() for _, _, e in ctx.mentions if e.type in PLACES and e.name == who), None) \
        or ctx._kb_place(who)
    words = [w.strip("“”\"'‘’") for w in m.group("what").split()]
    words = [w for w in words if w and w.lower() not in _GENERIC]
    if place is None or not words:
        return
    for ev in events:
        around = ctx.text[ev.start:min(len(ctx.text), ev.end + 40)].casefold()
        if ev.location is None and any(w.casefold() in around for w in words):
            ev.location = place


def _same_place_as_before(events: list[Event], ctx: Context) -> None:
    """"..., which ended Tuesday in the same city": the place of the event named
    before it in the text (the nearest one that has a place)."""
    ordered = sorted(events, key=lambda e: e.start)
    for i, ev in enumerate(ordered):
        if ev.location is not None:
            continue
        _, s_end = ctx.sentence_at(ev.start)
        if not _SAME_PLACE.search(ctx.text, ev.end, s_end):
            continue
        ev.location = next((o.location for o in reversed(ordered[:i]) if o.location), None)


def _city_of_the_lead(ev: Event, lead: _Lead, ctx: Context) -> None:
    """"CANBERRA -- ... during the first official visit to Australia": an event of
    the lead paragraph placed only in a country is in the lead's city when the KB
    puts that city in that country."""
    loc, city = ev.location, lead.location
    if not (loc and city) or ctx.paragraph_index(ev.start) != lead.para or ctx.kb is None:
        return
    if ctx._type_of(loc) != "COUNTRY" or ctx._type_of(city) != "PLACE":
        return
    if ev.date and lead.date and not (ev.date.startswith(lead.date) or lead.date.startswith(ev.date)):
        return                                  # another day: another occasion
    try:
        known = ctx.kb.get(city["id"])
    except Exception:
        return
    if known is not None and (known.attrs or {}).get("country") == loc.get("id"):
        ev.location = city