"""Generic event mentions: "the meeting", "a ceremony", "its next webinar", "the summits".

A mention without an ordinal or a capitalised word (`events.find_mentions`
marks it not `specific`) names an event only through what surrounds it:

- "the/its meeting" refers back to the latest event of that type; when none was
  named yet it is the event named later ("their annual meeting ... on Friday",
  kept pending), a new one when its own words and a cue make it a happening
  ("the two-plus-two dialogue ... was held"), or when a date follows it at once
  ("The ceremony on 8 June was meant to ...", "the three-day forum, which closes
  on Friday");
- "the next/last/previous webinar" is another edition, never the one named
  before: an event of its own when the text dates it ("will hold its next
  webinar ... on 11 April");
- "in November 2022, at the summits hosted by Cambodia": a plural is several
  gatherings reported as one occasion, never one named before; an event when a
  cue and a date anchor it;
- "X and Y held talks in Suva on Monday", "bilateral talks with Y": talks
  between two named sides (people, else states), dated, are a meeting named
  after its sides (`talks`);
- "a virtual ministerial meeting in September": an indefinite mention is a
  happening only when a date or a place anchors it; "in a ceremony" / "at a
  summit" is the setting of its whole sentence, whose date it takes.
"""
from __future__ import annotations

import re
from typing import Any

from concord.datafiles import load_json
from concord.extract import events_attach as attach

__all__ = ["new_event", "take_pending", "definite", "indefinite", "talks"]

_QUALIFIED = re.compile(r"\b(?:next|last|previous|upcoming|coming|following)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_SETTING = re.compile(r"\b(?:in|at|during)\s+(?:a|an)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
_PROPOSAL = re.compile(load_json("concord.extract", "events_words.json")["proposal_cues"], re.I)
_GATHER = re.compile(load_json("concord.extract", "events_words.json")["gather_before"], re.I)
_DISTINCT = frozenset(load_json("concord.extract", "events_words.json")["distinct_heads"])   # "retreat"
_AT_ONCE = 16                       # a date this close after "the ceremony" is its own


def new_event(m, qualified: bool) -> dict:
    """The working record of an event while its mentions are read (`m`: an EventMention)."""
    return {"spans": [], "type": m.type, "name": m.name, "ordinal": m.ordinal, "keys": [],
            "words": m.left | m.right, "acronyms": [], "start": m.start, "end": m.end,
            "qualified": qualified, "facts": attach.Facts()}


def take_pending(target: dict, m, pending: list, ctx: attach.Context) -> None:
    """The lead's "the meeting ... on Friday" is the event the next paragraphs name."""
    paras = ctx.paragraph_index
    for mention, facts in [p for p in pending if p[0].type == m.type]:
        if 0 <= paras(m.start) - paras(mention.start) <= 2:
            target["facts"].merge(facts)
            target["spans"].append((mention.start, mention.end))
    pending[:] = [p for p in pending if p[0].type != m.type]


def definite(m, later: list, events: list[dict], pending: list, ctx: attach.Context,
             limit: int, floor: int) -> tuple[dict | None, attach.Facts | None]:
    """(event, facts) of "the/its <head>" (`later`: the mentions after it)."""
    text = ctx.text
    if m.plural or _QUALIFIED.search(text, max(0, m.start - 40), m.start):
        facts = ctx.facts(m.start, m.end, limit, floor)
        if facts.date and (not m.plural or ctx.has_context(m.start, m.end)):
            target = new_event(m, True)
            target["other_edition"] = True    # "the next summit": never what "the summit" points back to
            events.append(target)
            return target, facts
        return None, None
    head = m.name.split()[-1].lower()
    target = next((ev for ev in reversed(events) if ev["type"] == m.type and not ev.get("other_edition")
                   and (head not in _DISTINCT or head in ev["name"].lower())), None)
    if target is not None:
        return target, None
    named_later = any(n.type == m.type and n.specific for n in later)
    if m.left and not named_later and ctx.has_context(m.start, m.end):
        target = new_event(m, True)          # "the two-plus-two dialogue ... was held"
        events.append(target)
        return target, None
    facts = ctx.facts(m.start, m.end, limit, floor)
    if not named_later and _dated_at_once(m, ctx):
        target = new_event(m, True)          # "The ceremony on 8 June was meant to ..."
        events.append(target)
        return target, facts
    if not named_later and (facts.date or facts.location) and _GATHER.search(
            text, max(ctx.sentence_at(m.start)[0], m.start - 140), m.start):
        target = new_event(m, True)          # "due to meet in Cambodia next month for their annual retreat"
        events.append(target)
        return target, facts
    pending.append((m, facts))               # "their annual meeting ... on Friday", named later
    return None, None


def _dated_at_once(m, ctx: attach.Context) -> bool:
    """A date right after the mention ("The ceremony on 8 June"), or a length and an
    end that give its first day ("the two-day meeting, which ends today")."""
    dates = [d for d in ctx.dates_in(m.end, min(len(ctx.text), m.end + 40)) if d.iso]
    if dates and dates[0].start - m.end <= _AT_ONCE and not ctx._governed_elsewhere(dates[0], m.end):
        return True
    return ctx._start_from_end(m.start, m.end, ctx.sentence_at(m.start)[1]) is not None


def indefinite(m, events: list[dict], ctx: attach.Context, limit: int
               ) -> tuple[dict | None, attach.Facts | None]:
    """(event, facts) of "a(n) <head>" anchored in time or place."""
    if _PROPOSAL.search(ctx.text, max(ctx.sentence_at(m.start)[0], m.start - 50), m.start):
        return None, None                      # "called for a dedicated dialogue": asked for, not held
    setting = _SETTING.search(ctx.text, max(0, m.start - 30), m.start)
    floor = ctx.sentence_at(m.start)[0] if setting else m.start
    facts = ctx.facts(m.start, m.end, limit, floor)
    # "at a public webinar later this month": a date of its own, even one that cannot be stated
    if facts.date or facts.vague or (facts.location and facts.location != attach.VIRTUAL):
        target = new_event(m, True)
        events.append(target)
        return target, facts
    return None, None


_DATA = load_json("concord.extract", "events_words.json")
_TALKS = frozenset(_DATA["talks_heads"])
_TALKS_MODS = re.compile(_DATA["talks_modifiers"], re.I)
_NOT_PARTY = re.compile(_DATA["talks_not_party"], re.I)       # "talks on Myanmar": a topic
_PAIR = re.compile(_DATA["talks_pair"], re.I)                # "the two leaders", "both sides", "they"
_WITH = re.compile(r"\s+(?:with|between)\s+(?:the\s+)?$")
_PAIR_JOIN = re.compile(r"\s+and\s+(?:[A-Z][\w.’'-]*\s+){0,6}")   # "X and Prime Minister Samdech Y"
_PAIR_REACH = 3               # paragraphs back to the sentence that names "the two leaders"


def talks(m, events: list[dict], ctx: attach.Context, limit: int, floor: int
          ) -> tuple[dict, attach.Facts] | None:
    """(event, facts) of "X and Y held talks ... on Monday", "their first
    face-to-face talks", "bilateral talks with Y": talks between two named people
    (or states, or a person and the one they met), dated, are a meeting. Further
    mentions of that day's talks join it; anything else is left to the other rules."""
    if m.name.split()[-1].lower() not in _TALKS or _QUALIFIED.search(ctx.text, max(0, m.start - 40), m.start):
        return None
    facts = ctx.facts(m.start, m.end, limit, floor)
    pair = _named_pair(m, ctx) if facts.date is None else None
    if pair is not None:                      # "the two leaders held talks": the day they were named together
        facts.date, facts.precision = pair[1].iso, pair[1].precision
    if facts.date is None:
        return None
    mods = _TALKS_MODS.search(ctx.text, max(0, m.start - 60), m.start)
    words = mods.group(0).split() if mods else [w for w in m.name.split()[:-1] if w.islower()]
    for ev in reversed(events):
        if ev.get("talks") and (ev["facts"].date or "")[:len(facts.date)] == facts.date[:len(ev["facts"].date or "")]:
            _name_talks(ev, words)                # the same talks named again ("their first face-to-face talks")
            return ev, facts
    parties = pair[0] if pair is not None else _parties(m, ctx)
    if parties is None:
        return None
    target = new_event(m, True)
    names = [p.name for p in parties]
    target.update(talks=m.name.split()[-1], sides=f"{', '.join(names[:-1])} and {names[-1]}", mods=[],
                  start=mods.start() if mods else m.start)
    _name_talks(target, words)
    events.append(target)
    return target, facts


def _name_talks(ev: dict, words: list[str]) -> None:
    """"first face-to-face bilateral talks between A and B": the words every
    mention gave, so the name says what the text says of them."""
    ev["mods"] += [w for w in words if w.lower() not in {x.lower() for x in ev["mods"]}]
    ev["name"] = " ".join([*ev["mods"], ev["talks"], "between", ev["sides"]])


def _named_pair(m, ctx: attach.Context) -> tuple[list, Any] | None:
    """"the two leaders held talks" in a sentence without a date: the two people a
    recent sentence names as a pair ("X and Prime Minister Y agreed on Thursday")
    and that sentence's date (the day they were together), or None."""
    s_start, _ = ctx.sentence_at(m.start)
    if s_start == 0 or not _PAIR.search(ctx.text, s_start, m.start):
        return None
    para, pos = ctx.paragraph_index(m.start), s_start
    while pos > 0:
        a, b = ctx.sentence_at(pos - 1)
        if a >= pos or para - ctx.paragraph_index(a) > _PAIR_REACH:
            return None
        people = ctx.entities_in(a, b, ("PERSON",))
        for (_, e1, p1), (s2, _, p2) in zip(people, people[1:]):
            if p1.id != p2.id and _PAIR_JOIN.fullmatch(ctx.text, e1, s2):
                dates = [d for d in ctx.dates_in(a, b) if d.iso and not ctx._governed_elsewhere(d, a)]
                return ([p1, p2], dates[0]) if dates else None
        pos = a
    return None


def _parties(m, ctx: attach.Context) -> list | None:
    """The sides of the talks in the mention's sentence (or the people of the one
    before, for "the two leaders held talks"): two or more people, else two or
    more states, else the one subject and whoever comes after "with"."""
    s_start, s_end = ctx.sentence_at(m.start)
    found: dict[str, Any] = {}
    after_with = []
    for s, _, ent in ctx.entities_in(s_start, s_end, ("PERSON", "COUNTRY")):
        if _NOT_PARTY.search(ctx.text, max(s_start, s - 15), s):
            continue
        found.setdefault(ent.id, ent)
        if s >= m.end and _WITH.search(ctx.text, max(s_start, s - 12), s):
            after_with.append(ent)
    if len(found) < 2 and _PAIR.search(ctx.text, s_start, m.start) and s_start > 0:
        p_start = ctx.sentence_at(s_start - 1)[0]     # "The two leaders held talks": the people just named
        found.update({e.id: e for _, _, e in ctx.entities_in(p_start, s_start, ("PERSON",))})
    people = [e for e in found.values() if e.type == "PERSON"]
    states = [e for e in found.values() if e.type == "COUNTRY"]
    if len(people) >= 2:
        return people
    if len(states) >= 2 and not people:
        return states
    if len(people) == 1 and after_with and after_with[0] is not people[0]:
        return [people[0], after_with[0]]
    return None
