"""What events take from each other and from their sentences once all are read.

The event step (`events.py`) reads each mention's own facts with
`events_attach.Context.facts`; after the last mention, three things need the
whole list of events:

- `add_followups`: "It was organised by ..." right after a sentence naming an
  event gives that event its organisers;
- `inherit`: an event named without date or place takes those of the event named
  just before it, when the text clearly goes on about that occasion (the same
  sentence, or a cue such as "on the sidelines", "also", "the related meetings
  include"; ``continuation_cues`` in ``data/events_words.json``), never across a
  different date; "He will also attend the X" paragraphs later takes the month
  of the event named last (the same trip);
- `participants`: organisations and countries inside the names, and the people
  of a sentence that says they attended (``attendance_cues``).
"""
from __future__ import annotations

import bisect
import re

from concord.datafiles import load_json
from concord.extract.events_attach import Context, Facts
from concord.extract.speakers import paragraph_spans

__all__ = ["add_followups", "inherit", "participants"]

_DATA = load_json("concord.extract", "events_words.json")
_ATTEND = re.compile(_DATA["attendance_cues"], re.I)
_FOLLOWUP = re.compile(r"^(?:It|The\s+(?:event|gathering|meeting|forum|workshop|summit|conference|dialogue))\b")
_CONTINUES = re.compile(_DATA["continuation_cues"], re.I)
_ALSO_ATTEND = re.compile(_DATA["also_attend"], re.I)      # the same traveller's next engagement
_TRIP_REACH = 4               # paragraphs over which "he will also attend" goes on about one trip


def add_followups(ctx: Context, events: list[dict]) -> None:
    """"It was organised by ..." right after a sentence with an event mention."""
    for ev in events:
        for start, _ in ev.get("spans", []):
            _, s_end = ctx.sentence_at(start)
            nxt = ctx.sentence_at(s_end + 1)
            if nxt[0] > s_end and _FOLLOWUP.match(ctx.text, nxt[0]):
                ev["facts"].merge(Facts(organizers=ctx.organizers(nxt[0], nxt[1])))


def inherit(ctx: Context, events: list[dict]) -> None:
    """An event named without date or place takes them from the event named just
    before it in the same or the previous paragraph ("The Related Meetings include
    the 25th ...", after "... in Vientiane from 24 to 27 July 2024 to attend ...")."""
    paras = [s for s, _ in paragraph_spans(ctx.text)]
    def para(pos: int) -> int:
        return bisect.bisect_right(paras, pos) - 1
    ordered = sorted(events, key=lambda ev: ev["start"])
    for i, ev in enumerate(ordered[1:], 1):
        f = ev["facts"]
        if f.date and f.location:
            continue
        # donors by their latest mention before this event ("The summit, held ...")
        donors = sorted(ordered[:i], key=lambda d: -max(s for s, _ in d.get("spans") or [(d["start"], 0)]
                                                        if s <= ev["start"]))
        s_start, s_end = ctx.sentence_at(ev["start"])
        trip = bool(_ALSO_ATTEND.search(ctx.text, s_start, s_end))    # "He will also attend the ..."
        for n, donor in enumerate(donors):
            last = max(s for s, _ in donor.get("spans") or [(donor["start"], 0)] if s <= ev["start"])
            gap = para(ev["start"]) - para(last)
            if 1 < gap <= _TRIP_REACH and trip and n == 0 and not f.date and donor["facts"].date:
                f.date, f.precision = donor["facts"].date[:7], "month"   # same trip: its month, not its day
                break
            if para(ev["start"]) - para(last) > 1 or not _continues(ctx, last, ev):
                break
            d = donor["facts"]
            if f.date and d.date and not (f.date.startswith(d.date) or d.date.startswith(f.date)):
                continue                          # another day, another occasion: not its place
            if f.location is None and d.location:
                f.location = d.location
            if f.date is None and d.date and not f.vague:
                f.date, f.precision = d.date, d.precision
            if f.date and f.location:
                break


def _continues(ctx: Context, donor_pos: int, ev: dict) -> bool:
    """The text clearly goes on about the donor's occasion: the two are named in
    one sentence, or the later one's sentence says so ("on the sidelines",
    "also", "the related meetings include")."""
    for start, _ in ev.get("spans") or [(ev["start"], 0)]:
        s_start, s_end = ctx.sentence_at(start)
        if s_start <= donor_pos < s_end or _CONTINUES.search(ctx.text, s_start, s_end):
            return True
    return False


def participants(ctx: Context, ev: dict) -> list[dict]:
    out: list[dict] = []
    organisers = ev["facts"].organizers
    for start, end in ev.get("spans", [(ev["start"], ev["end"])]):
        for _, _, ent in ctx.entities_in(start, end, ("ORGANIZATION", "COUNTRY")):
            out.append(ent.ref())
        s_start, s_end = ctx.sentence_at(start)
        if _ATTEND.search(ctx.text, s_start, s_end):
            out.extend(ent.ref() for _, _, ent in ctx.entities_in(s_start, s_end, ("PERSON",)))
    seen, unique = set(), []
    for ref in out:
        if ref["id"] not in seen and ref not in organisers:
            seen.add(ref["id"])
            unique.append(ref)
    return unique
