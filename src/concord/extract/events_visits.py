"""Visits and signings: events found by their own patterns, not by a head noun.

A visit is "<owner>'s <kind> visit to <place>", "<person> visited <place>" or
"<person> will be in <place> ... to attend ..."; its
place is its destination (a city the KB puts in the visited country may refine
it). Mentions of visits to one place (or to a city of the state visited) are
one visit, unless their years differ: "a state visit to Cambodia on Thursday" and
"Xi's 2016 state visit to Cambodia" are two. A signing is "signed/inked a(n) <agreement, memorandum, treaty, ...>". Date
and organisers come from the words around them as for any event
(`events_attach.Context.facts`); patterns are data in ``data/events_words.json``.
"""
from __future__ import annotations

import re
from typing import Any

from concord.datafiles import load_json
from concord.document import Event
from concord.extract.events_attach import Context, Facts, PLACES
from concord.extract.events_places import is_venue, venue_city
from concord.extract.speakers import slug

__all__ = ["visits_and_signings"]

_DATA = load_json("concord.extract", "events_words.json")
_VISIT_OWNER = re.compile(_DATA["visit"])
_VISIT = re.compile(_DATA["visit_core"], re.I)
_VISIT_VERB = re.compile(r"(?:visited|visiting|visit(?=\s+(?:the\s+)?[A-Z]))\s+(?:the\s+)?")
_SIGNING = re.compile(_DATA["signing"], re.I)
_ARRIVED = re.compile(_DATA["visit_arrival"], re.I)        # "arrived in Hanoi for a three-day visit"
_VISIT_WORD = re.compile(r"\bvisit", re.I)
_ARRIVED_HERE = re.compile(_DATA["visit_arrival_here"], re.I)   # "arrived here ... for a state visit"
_STAY = re.compile(_DATA["visit_stay"], re.I)               # "will be in Vientiane ... to attend"
_STAY_PURPOSE = re.compile(_DATA["visit_stay_purpose"], re.I)
_HOST_BEFORE = re.compile(r"\b(?:invitation\s+of|invited\s+by|hosted\s+by|welcomed\s+by)\s+(?:[\w.’'-]+\s+){0,3}$", re.I)
_ARRIVAL_KIND = re.compile(r"\bfor\s+(?:an?|his|her|their|the)\s+(?P<kind>(?:[\w’'-]+\s+){0,3}?)visit\b")


def visits_and_signings(ctx: Context, events: list[dict]) -> list[Event]:
    """Visits ("state visit to Japan", "visited Manila") and signings ("signed a
    memorandum of understanding") of one document, one event per place or thing."""
    out: dict[str, Event] = {}
    low = ctx.text.lower()
    found = [*_matches(ctx, low, "visit", _VISIT), *_matches(ctx, low, "trip", _VISIT),
             *_matches(ctx, low, "visit", _VISIT_VERB), *_matches(ctx, low, "arriv", _ARRIVED),
             *_matches(ctx, low, "land", _ARRIVED), *_matches(ctx, low, "will", _STAY)]
    for m in found:
        place = [x for x in ctx.entities_in(m.end(), m.end() + 60, PLACES) if x[0] == m.end()]
        if not place:
            continue
        s_start, s_end = ctx.sentence_at(m.start())
        if m.re is not _VISIT and not ctx.entities_in(s_start, m.start(), ("PERSON",)):
            continue                              # "visited Japan" needs a named visitor
        if m.re is _ARRIVED and not _VISIT_WORD.search(ctx.text, s_start, s_end):
            continue                              # arriving somewhere is a visit only when the text says so
        if m.re is _STAY and not _STAY_PURPOSE.search(ctx.text, place[0][1], s_end):
            continue                              # "will be in Vientiane ... to attend": a visit; else a stay
        o = _VISIT_OWNER.search(ctx.text, max(s_start, m.start() - 80), m.start())
        owner = o.group("owner") if o else None
        kind = ctx.text[o.end("year") if o and o.group("year") else
                        o.end("owner") if owner else o.start():m.start()] if o else ""
        kind = " ".join(w for w in kind.split() if w not in ("’s", "'s"))        # "official", "state"
        if not owner:
            people = [p for p in ctx.entities_in(s_start, m.start(), ("PERSON",))
                      if not _HOST_BEFORE.search(ctx.text, max(s_start, p[0] - 40), p[0])]
            owner = people[0][2].name if people else None      # the visitor, not "at the invitation of" X
        where = place[0][2]
        if m.re is _ARRIVED:
            where, kind = _arrival(ctx, where, place[0][1], s_end, kind)
        name = " ".join(p for p in (owner, kind, "visit to", where.name) if p)
        f = ctx.facts(m.start(), place[0][1], s_end)
        if o and o.group("year"):                 # "Xi's 2016 state visit to Cambodia": that year's visit
            f.date, f.precision = o.group("year"), "year"
        f.location = _destination(ctx, where, f.location)
        # one visit to a place however often it is named, but one per occasion: a
        # visit of another year is another visit ("his first since 2016")
        _add(out, "VISIT", name, m.start(), place[0][1], f, [where.ref()],
             key=_visit_key(ctx, out, where.id, f.date), ctx=ctx)
    _arrivals_here(ctx, low, out)
    signings = sorted([*_matches(ctx, low, "sign", _SIGNING), *_matches(ctx, low, "inked", _SIGNING)],
                      key=lambda m: m.start())
    for m in signings:
        s_start, s_end = ctx.sentence_at(m.start())
        name = f"signing of {m.group('what')}"
        f = ctx.facts(m.start(), m.end(), s_end)
        refs = [e.ref() for _, _, e in ctx.entities_in(s_start, s_end, ("COUNTRY", "ORGANIZATION", "PERSON"))]
        _add(out, "SIGNING", name, m.start(), m.end(), f, refs, key=_signed_before(ctx, m, out))
    return list(out.values())


class _Place:
    """A place ref with the `.id`, `.name`, `.type` and `.ref()` of an entity."""
    __slots__ = ("id", "name", "type")

    def __init__(self, ref: dict, typ: str = "PLACE"):
        self.id, self.name, self.type = ref["id"], ref["name"], typ

    def ref(self) -> dict:
        return {"id": self.id, "name": self.name}


def _arrival(ctx: Context, where: Any, end: int, s_end: int, kind: str) -> tuple[Any, str]:
    """"arrived at Phnom Penh International Airport ... for a two-day state visit":
    a visit to the airport's city, of the kind the sentence says."""
    if is_venue(where.name):
        city = venue_city(ctx, where.ref())
        if city:
            where = _Place(city)
    said = _ARRIVAL_KIND.search(ctx.text, end, s_end)
    if said and not kind:
        kind = " ".join(said.group("kind").split())
    return where, kind


def _signed_before(ctx: Context, m: re.Match, out: dict) -> str | None:
    """"signed the agreement at Malacañang Palace" after "signed a Reciprocal Access
    Agreement": the thing named before, signed once (its key), when the later words
    are a definite, unnamed thing of the same kind."""
    what = m.group("what")
    if not what.islower() or not re.search(r"\bthe\s+$", ctx.text[m.start():m.start("what")]):
        return None
    head = what.split()[-1].rstrip("s")
    for key, ev in reversed(out.items()):
        if ev.type == "SIGNING" and ev.start < m.start() and head in ev.name.lower():
            return key
    return None


def _arrivals_here(ctx: Context, low: str, out: dict) -> None:
    """"HANOI -- President X arrived here on Tuesday for a state visit": a visit to
    the dateline place, when the sentence names the visitor and says "visit"."""
    if not ctx.dateline or "here" not in low:
        return
    for m in [*_matches(ctx, low, "arriv", _ARRIVED_HERE), *_matches(ctx, low, "land", _ARRIVED_HERE)]:
        s_start, s_end = ctx.sentence_at(m.start())
        people = ctx.entities_in(s_start, m.start(), ("PERSON",))
        if not people or not _VISIT_WORD.search(ctx.text, m.end(), s_end):
            continue
        where = ctx.dateline_place()
        f = ctx.facts(m.start(), m.end(), s_end)
        f.location = where
        _add(out, "VISIT", f"{people[0][2].name} visit to {where['name']}", m.start(), m.end(), f,
             [where], key=_visit_key(ctx, out, where["id"], f.date), ctx=ctx)


def _visit_key(ctx: Context, out: dict, where: str, when: str | None) -> str:
    """The key of the visit to `where` on `when` among those found (`out`): one to
    the same place, or to the state a city is in ("arrived in Phnom Penh ... for a
    state visit to Cambodia"), in the same year or undated, is the same visit."""
    for key, ev in out.items():
        if ev.type != "VISIT" or not _compatible(ev.date, when):
            continue
        dest = key.split(" ")[1]
        if dest == where or _in_state(ctx, where, dest) or _in_state(ctx, dest, where):
            return key
    base = f"visit {where}"
    return base if base not in out else f"{base} {when or len(out)}"


def _compatible(a: str | None, b: str | None) -> bool:
    """Dates of one visit: the same year (its days may differ: "arrived on Tuesday",
    "talks on Wednesday"), or no date on one side."""
    return a is None or b is None or a[:4] == b[:4]


def _in_state(ctx: Context, city: str, state: str) -> bool:
    """The KB puts place `city` in country `state`."""
    if ctx.kb is None:
        return False
    try:
        known = ctx.kb.get(city)
    except Exception:
        return False
    return known is not None and (known.attrs or {}).get("country") == state


def _destination(ctx: Context, where: Any, found: dict | None) -> dict:
    """The place of a visit is where the visitor went: a city named after a visit
    to a country counts only when the KB puts it in that country ("a visit to
    Vietnam ... in Hanoi"), never a place of another clause."""
    if found and found.get("id") != where.id and where.type == "COUNTRY" and ctx.kb is not None:
        try:
            known = ctx.kb.get(found["id"])
        except Exception:
            known = None
        if known is not None and (known.attrs or {}).get("country") == where.id:
            return found
    return where.ref()


def _matches(ctx: Context, low: str, word: str, pattern: re.Pattern) -> list[re.Match]:
    """`pattern` matched where `word` starts a word (str.find first: fast on long text)."""
    out, i = [], low.find(word)
    while i >= 0:
        if i == 0 or not low[i - 1].isalnum():
            m = pattern.match(ctx.text, i)
            if m:
                out.append(m)
        i = low.find(word, i + 1)
    return out


def _add(out: dict, typ: str, name: str, start: int, end: int, f: Facts, refs: list[dict],
         key: str | None = None, ctx: Context | None = None) -> None:
    key = key or name
    if key in out:
        ev = out[key]
        if f.date and (ev.date is None or (len(f.date) > len(ev.date) and f.date.startswith(ev.date))):
            ev.date, ev.date_precision = f.date, f.precision       # "in 2016" ... "in October 2016"
        if ctx is not None and ev.location and f.location and _in_state(ctx, f.location["id"], ev.location["id"]):
            ev.location = f.location                               # the city within the state visited
        where = refs[0]["name"] if typ == "VISIT" and refs else None
        if where and where not in ev.name:
            ev.name = f"{ev.name} ({where})"      # "visit to Vietnam" + "visited Hanoi": both places named
        ev.location = ev.location or f.location
        return
    eid = "e:" + slug(f"{name} {(f.date or '')[:4]}")
    uniq = []
    for r in refs:
        if r not in uniq:
            uniq.append(r)
    out[key] = Event(id=eid, type=typ, name=name, date=f.date, date_precision=f.precision,
                     location=f.location, participants=uniq, organizers=f.organizers, start=start, end=end)
