"""The place of an event at the grain the story reports it: a city rather than a
venue in it, a city rather than the state visited.

Once every event has its own facts (`events.annotate`, `events_dateline.fill`),
two refinements need the whole list:

- `visit_cities`: a visit is placed in the state visited ("an official visit to
  Vietnam"); when the talks or meetings of that visit were held in a city the
  KB puts in that state ("held talks ... in Hanoi", "talks in Naypyitaw last
  Friday"), near it in the text and on compatible dates, the visit was there;
- `venue_cities`: an event placed at a venue is given the venue's city when the
  text names the city with the venue ("the X Centre in Jakarta", "the X Hall,
  Vientiane"), the KB's name of the venue does ("Peace Palace (Phnom Penh)"), or
  the venue's own name opens with a city ("the Kuala Lumpur Convention Centre").
  The venue stays an entity of the article; the event's place is the city, the
  grain at which events are compared and merged across articles.

`venue_city` also serves arrivals ("arrived at Phnom Penh International
Airport ... for a state visit": a visit to Phnom Penh).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from concord.datafiles import load_json
from concord.document import Event
from concord.extract.speakers import slug

if TYPE_CHECKING:                 # events_attach reads places with the helpers below
    from concord.extract.events_attach import Context

__all__ = ["venue_ref", "unit_place", "enclosing", "visit_cities", "venue_cities", "venue_city", "is_venue", "held_virtually"]

_DATA = load_json("concord.extract", "events_words.json")
_VENUE_WORDS = frozenset(_DATA["venue_words"])
_IN_CITY = re.compile(r"(?:\s+in\s+|,\s+)(?:the\s+(?:city\s+of\s+)?)?(?=[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF])")
_HELD_VIRTUALLY = re.compile(_DATA["held_virtually"], re.I)  # "..., which were also held virtually"
_QUALIFIER = re.compile(r"\s*\(([^)]+)\)$")              # "Peace Palace (Phnom Penh)": the city it is in
_NEAR_PARAGRAPHS = 2          # talks this far from the visit's mention belong to that visit


_UNIT = re.compile(_DATA["admin_units"])
_CAPS = r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'\-]*(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'\-]*){0,3}"
_UNIT_PLACE = re.compile(rf"(?P<name>{_CAPS})\s+(?:{_UNIT.pattern})\b")
_ENCLOSING = re.compile(rf",\s+(?P<name>{_CAPS})\s+(?:{_UNIT.pattern}|province|region|state|prefecture)\b")


def venue_ref(name: str) -> dict | None:
    """"the Kuala Lumpur Convention Centre": a named venue is a place even when
    neither the entity step nor the KB knows it."""
    words = name.rstrip(".,").split()
    if len(words) >= 2 and words[-1] in _VENUE_WORDS:
        name = " ".join(words)
        return {"id": f"place:{slug(name)}", "name": name}
    return None


def unit_place(text: str, start: int, end: int) -> dict | None:
    """"at Prek Takeo commune": a place named by its unit word (commune, village,
    district) is a place even when neither the entity step nor the KB knows it."""
    m = _UNIT_PLACE.match(text, start, end)
    return {"id": f"place:{slug(m.group('name'))}", "name": m.group("name")} if m else None


def enclosing(text: str, place: dict | None, start: int, end: int) -> tuple[str, ...]:
    """"X commune, Y district, Z province": the places after `place` in such a list,
    which it lies in (Y, Z)."""
    if place is None:
        return ()
    at = text.find(place["name"], start, end)
    if at < 0:
        return ()
    unit = _UNIT_PLACE.match(text, at, end)
    out, pos = [], unit.end() if unit else at + len(place["name"])
    while (m := _ENCLOSING.match(text, pos, end)) is not None:
        out.append(m.group("name"))
        pos = m.end()
    return tuple(out)


def is_venue(name: str) -> bool:
    """"Jakarta Convention Center", "Peace Palace (Phnom Penh)": a building, not a city."""
    words = _QUALIFIER.sub("", name).split()
    return len(words) >= 2 and words[-1] in _VENUE_WORDS


def venue_city(ctx: Context, venue: dict) -> dict | None:
    """The city of `venue` (a place ref): the one the text names with it ("the X
    Centre in Jakarta"), else the KB's qualifier, else a city its own name begins with."""
    text = ctx.text
    for s, e, ent in ctx.mentions:
        if ent.id != venue.get("id"):
            continue
        m = _IN_CITY.match(text, e)
        if m:
            hit = [x for x in ctx.entities_in(m.end(), m.end() + 40, ("PLACE",)) if x[0] == m.end()]
            if hit and not is_venue(hit[0][2].name):
                return hit[0][2].ref()
    qualified = _QUALIFIER.search(venue["name"])   # the KB's "Peace Palace (Phnom Penh)"
    ref = ctx._kb_place(qualified.group(1)) if qualified and ctx.kb is not None else None
    if ref and ctx._type_of(ref) == "PLACE":
        return ref
    words = _QUALIFIER.sub("", venue["name"]).split()
    for n in range(len(words) - 1, 0, -1):   # "Phnom Penh International Airport"
        ref = ctx._kb_place(" ".join(words[:n])) if ctx.kb is not None else None
        if ref and ref.get("id") != venue.get("id") and ctx._type_of(ref) == "PLACE":
            return ref
    return None


def venue_cities(events: list[Event], ctx: Context) -> None:
    """Events at a venue are placed in its city, when the text or the venue's name
    says which (see the module docstring)."""
    for ev in events:
        if ev.location and ev.type != "VISIT" and is_venue(ev.location["name"]):
            city = venue_city(ctx, ev.location)
            if city:
                ev.location = city


def visit_cities(events: list[Event], ctx: Context) -> None:
    """A visit placed in a state takes the city where its talks were held."""
    if ctx.kb is None:
        return
    for visit in events:
        if visit.type != "VISIT" or not visit.location or ctx._type_of(visit.location) != "COUNTRY":
            continue
        para = ctx.paragraph_index(visit.start)
        for other in sorted(events, key=lambda o: abs(o.start - visit.start)):
            loc = other.location
            if other is visit or other.type == "VISIT" or not loc or ctx._type_of(loc) != "PLACE":
                continue
            if abs(ctx.paragraph_index(other.start) - para) > _NEAR_PARAGRAPHS:
                continue
            if visit.date and other.date and visit.date[:7] != other.date[:7]:
                continue                          # another month: another trip
            known = ctx.kb.get(loc["id"]) if loc.get("id") else None
            if known is not None and (known.attrs or {}).get("country") == visit.location.get("id"):
                visit.location = loc
                break


def held_virtually(events: list[Event], ctx: Context) -> None:
    """"the 37th ASEAN Summit and related meetings, which were also held virtually":
    a relative clause after an unplaced event places it online."""
    from concord.extract.events_attach import VIRTUAL
    for ev in events:
        if ev.location is None:
            _, s_end = ctx.sentence_at(ev.start)
            if _HELD_VIRTUALLY.match(ctx.text[:s_end], ev.end):
                ev.location = dict(VIRTUAL)
