"""What an event mention carries: date, place, organisers, participants; visits and signings.

The words right after a mention, up to the end of its sentence or the next event
mention, hold its facts in news prose: "convened on 28 August 2022", "held in Hà
Nội on Tuesday", "in November in Siem Reap", "held this afternoon by
videoconference", "co-organised by X and Y". Failing those, the same sentence
before the mention ("will be in Vientiane from 24 to 27 July 2024 to attend
...", "left Phnom Penh for Vientiane to attend ..."), the host ("which the Lao
PDR will host", "hosted by Thailand") and a capital named by its state ("in the
Lao capital") give them. A date right after a reporting verb ("the ministry said
on Wednesday") is the date of the report, and a dateline date ("Aug. 13 (Xinhua)
--") the date of the article: neither dates the event. Relative dates resolve
against `Document.published`, else the date of the dateline; a relative date of
the event's own that cannot be stated ("held last week" when that week spans two
months) stays undated (`Facts.vague`). "here", "in this port city", "in the capital"
(of a capital dateline) point at the dateline place; a date after "until" ends an event.

A date another verb governs ("since Cambodia joined in 1999", "founded in 1967")
dates nothing here, unless the event follows at once ("said yesterday at a forum").
Words after "the next edition" are about another edition. Places are PLACE or
COUNTRY entities of the document (or names the KB knows as such); a city named
in the sentence beats the host state; the place of a visit is its destination.
Nothing is guessed when the text gives nothing, except that an event with no
date or place of its own takes those of the event named just before it when the
text clearly goes on about that occasion (`events_inherit.py`).
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from concord.datafiles import load_json
from concord.document import Document
from concord.extract.events_places import enclosing, unit_place, venue_ref as _venue
from concord.extract.dates import MONTHS, WEEKDAYS, dateline_date, dates_between, document_dates, sentence_dates
from concord.extract.speakers import paragraph_spans, sentence_spans, slug

__all__ = ["Context", "Facts", "VIRTUAL"]

_DATA = load_json("concord.extract", "events_words.json")
VIRTUAL = {"id": "virtual", "name": "virtual"}
_VIRTUAL = re.compile(_DATA["virtual"], re.I)
_ORGANISER = re.compile(_DATA["organiser_cues"], re.I)
_CONTEXT = re.compile(r"\b(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in _DATA["context_cues"]) + r")\b",
                      re.I)
_CONTEXT_AFTER = re.compile(_DATA["context_after"], re.I)
_PLACE_PREP = re.compile(r"\b(?:in|at)\s+(?:the\s+(?:city\s+of\s+|capital,?\s+)?)?"   # "in the capital Naypyitaw"
                         r"(?=[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF])")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:[Ii]n|[Aa]t|to|for)\s+(?:the\s+(?:city\s+of\s+)?)?(?=[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF])")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:--|—|–|-\s)")   # "Aug. 13 (Xinhua) --"
_SINCE = re.compile(r"(?i)since\b")                 # "since 1994" is how long, not when
_WHEN_AFTER = re.compile(r",?\s+when\b")
_REPORTING = re.compile(r"\b(?:said|says|told|tells|announced|reported|stated|added|wrote)\b[^.;\n]{0,20}$")
_AT_EVENT = re.compile(r"\s+(?:at|during)\s+(?:an?|the|its|their)\s+(?:[\w’'-]+\s+){0,3}")   # "said yesterday at a forum"
_NEXT_EDITION = re.compile(_DATA["next_edition"], re.I)   # "the next edition would be held in ...": another one
_HOSTED_BY = re.compile(r"[^.;\n]{0,40}?\bhosted\s+by\s+(?:the\s+)?(?P<who>[^.;,\n]{2,40})")
_WHICH_HOSTS = re.compile(r",?\s+which\s+(?:the\s+)?(?P<who>[^.;,\n]{2,30}?)\s+(?:will\s+|would\s+)?(?:co-)?host")
_HOST_BEFORE = re.compile(r"(?P<who>[^.;,\n]{2,40}?)\s+(?:will\s+|would\s+)?(?:co-)?host(?:s|ed)?\s+(?:the\s+)?$")
_CAPITAL_OF = re.compile(r"\b(?:in|at|to|for)\s+the\s+(?P<of>[A-Z][\w’'\-]*)\s+capital\b")
_HOST_VERB = re.compile(r"(\S+)\s+(?:co-)?host(?:ed|s)\s+(?:the\s+)?$")
_CAP_RUN = re.compile(r"[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'.\-]*(?:\s+[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w’'.\-]*){0,3}")
_DATE_WORDS = frozenset(w.title() for w in list(MONTHS) + list(WEEKDAYS))
PLACES = _PLACES = ("PLACE", "COUNTRY")
_FOREIGN = re.compile(_DATA["foreign_date_cues"], re.I)        # "since Cambodia joined in 1999"
_FOREIGN_WEAK = re.compile(_DATA["foreign_date_cues_weak"], re.I)   # "launched in November 2000"
_DATELINE_REF = re.compile(_DATA["dateline_refs"])     # "in this southern port city", "here", "in the capital"
_ALONGSIDE = re.compile(r"\b(?:sidelines?|margins?|fringes?)\s+of\s+(?:the\s+)?$", re.I)   # one occasion
_UNTIL = re.compile(_DATA["until_cues"], re.I)        # "will run until Wednesday": the end, not the date
_FROM_PLACE = re.compile(r"\s+from\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ]")
_DURATION: dict[str, int] = _DATA["duration_days"]
_OWN_DATE = 30                # a relative date this close after a mention is the event's own
_ENDS = re.compile(_DATA["end_cues"], re.I)           # "which ends today", "closes on Friday"
_DAYS_LONG = re.compile(r"\b(?P<n>" + "|".join(_DURATION) + r")-day\s+(?:[\w’'-]+\s+){0,2}$", re.I)
# where the list of organisers after "organised by" ends: "... and attended by", ", with", "in Hanoi"
_LIST_END = re.compile(r",\s+(?!and\b)[a-z]|\band\s+(?:was\s+|were\s+)?[a-z]+ed\b|"
                       r"\b(?:attended|with|where|which|who|while|in|on|at|to|for|during)\b")


@dataclass(slots=True)
class Facts:
    date: str | None = None
    precision: str | None = None
    location: dict | None = None
    organizers: list[dict] = field(default_factory=list)
    vague: bool = False          # "held last week" across two months: dated, but not to be guessed
    within: tuple[str, ...] = ()  # "at X commune, Y district, Z province": the places X lies in

    def merge(self, other: "Facts") -> None:
        """Fill what is missing; the first mention that states a fact wins."""
        if self.date is None and other.date:
            self.date, self.precision = other.date, other.precision
        self.vague = self.vague or (other.vague and not self.date)
        if self.location is None and other.location:
            self.location = other.location
        elif self.location and self.location["name"] in other.within:
            self.location = other.location          # "in Z province" ... "at X commune, ..., Z province"
        for ref in other.organizers:
            if ref not in self.organizers:
                self.organizers.append(ref)


# "tensions in the South China Sea": the place is what the words are about, not a venue
_TOPIC_BEFORE = re.compile(r"\b(?:" + "|".join(map(re.escape, _DATA["place_topic_nouns"])) + r")\s+$", re.I)
_CAPITALS: dict[int, list] = {}


def _capitals(kb: Any) -> list:
    """KB places that are capitals (cached per knowledge base)."""
    key = id(kb)
    if key not in _CAPITALS:
        _CAPITALS.clear()
        _CAPITALS[key] = [e for e in kb if e.type == "PLACE" and (e.attrs or {}).get("capital_of")]
    return _CAPITALS[key]


class Context:
    """One document's sentences and entity mentions, indexed for the event step."""

    def __init__(self, doc: Document, kb: Any = None):
        self.text = doc.text
        self.ref_date = doc.published or dateline_date(doc.text)
        self.kb = kb
        self.dateline, self.title = doc.dateline, doc.title
        self._dateline_ref: dict | None = None
        self.vague: set[int] = set()         # starts of events whose own date is too vague to state
        self.sents = sentence_spans(doc.text)
        self._sent_starts = [s for s, _ in self.sents]
        self.mentions = sorted(((m.start, m.end, e) for e in doc.entities for m in e.mentions),
                               key=lambda x: x[0])
        self._starts = [m[0] for m in self.mentions]

    def dates_in(self, start: int, end: int) -> list:
        """The dates inside text[start:end], read sentence by sentence (each sentence
        is scanned once, whichever mentions ask about it)."""
        if not self.sents:
            return dates_between(document_dates(self.text, self.ref_date), start, end)
        i = max(0, bisect.bisect_right(self._sent_starts, start) - 1)
        out = []
        while i < len(self.sents) and self.sents[i][0] < end:
            a, b = self.sents[i]
            out.extend(d for d in sentence_dates(self.text, self.ref_date, a, b) if start <= d.start and d.end <= end)
            i += 1
        return out

    def _governed_elsewhere(self, d, lo: int) -> bool:
        """A date another verb governs ("joined in 1999", "founded in 1967", "the
        ministry said on Wednesday"): it does not date the event next to it."""
        a = max(lo, d.start - 45)
        if _WHEN_AFTER.match(self.text, d.end):
            return False          # "launched in November last year, when X visited": the when-clause's date
        since = _SINCE.match(d.text)
        return bool(since or _FOREIGN.search(self.text, a, d.start)
                    or (d.precision != "day" and _FOREIGN_WEAK.search(self.text, a, d.start))
                    or _REPORTING.search(self.text, max(lo, d.start - 30), d.start)
                    or _UNTIL.search(self.text, max(lo, d.start - 20), d.start))

    def paragraph_index(self, pos: int) -> int:
        return bisect.bisect_right([s for s, _ in paragraph_spans(self.text)], pos) - 1

    def sentence_at(self, pos: int) -> tuple[int, int]:
        if not self.sents:
            return 0, len(self.text)
        return self.sents[max(0, bisect.bisect_right(self._sent_starts, pos) - 1)]

    def entities_in(self, start: int, end: int, types=None) -> list[tuple[int, int, Any]]:
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self.mentions) and self.mentions[i][0] < end:
            s, e, ent = self.mentions[i]
            if e <= end and (types is None or ent.type in types):
                out.append(self.mentions[i])
            i += 1
        return out

    # ----- facts after a mention ----------------------------------------------
    def facts(self, start: int, end: int, limit: int, floor: int = 0) -> Facts:
        """Date, place and organisers of the mention text[start:end]: from the words
        after it (up to `limit`, the next mention), else from its sentence before it
        (not before `floor`, the previous mention): "will be in Vientiane from 24 to
        27 July 2024 to attend the 57th ASEAN Foreign Ministers' Meeting"."""
        s_start, s_end = self.sentence_at(start)
        w_end = min(max(s_end, end), max(limit, end), end + 180)
        w_end = n.start() if (n := _NEXT_EDITION.search(self.text, end, w_end)) else w_end
        lo = max(s_start, floor)
        f = Facts()
        first_day = self._start_from_end(start, end, w_end)     # "the two-day meeting, which ends today"
        if first_day:
            f.date, f.precision = first_day, "day"
        for d in self.dates_in(end, w_end) if f.date is None else ():
            if d.iso and not self._governed_elsewhere(d, end):
                f.date, f.precision = d.iso, d.precision
                break
            if d.relative and d.start - end <= _OWN_DATE and not self._governed_elsewhere(d, end):
                f.vague = True        # "held last week": its own date, too vague to state; no other one
                break
        if f.date is None and not f.vague and limit < w_end + 180 and _ALONGSIDE.search(self.text, end, limit):
            for d in self.dates_in(limit, min(s_end, limit + 120)):   # "on the sidelines of the ASEAN
                if d.iso and not self._governed_elsewhere(d, limit):   # summit in early November"
                    f.date, f.precision = d.iso, d.precision
                    break
        if f.date is None and not f.vague and lo < start:
            before = [d for d in self.dates_in(lo, start)           # "since 2009, when the first ..."
                      if d.iso and not _DATELINE_AFTER.match(self.text, d.end)
                      and (not self._governed_elsewhere(d, lo) or _AT_EVENT.fullmatch(self.text, d.end, start))]
            if before:
                f.date, f.precision = before[-1].iso, before[-1].precision
        f.location = self.place(end, w_end)
        f.within = enclosing(self.text, f.location, end, w_end)
        if f.location is None and self._virtual(start, w_end):     # "a virtual ministerial meeting"
            f.location = dict(VIRTUAL)
        if f.location is None:      # "held in this city on Wednesday" under a "BUSAN, Nov. 27 --" dateline
            f.location = self.deictic(end, w_end) or (self.deictic(lo, start) if lo < start else None)
        if f.location is None:
            host = self.host(start, end, w_end)
            before = self.place(lo, start, last=True, prep=_PLACE_PREP_BEFORE) if lo < start else None
            # "in Busan ... the summit hosted by South Korea": the city said is more
            # precise than the host state; a state before the mention is not
            f.location = before if before and (host is None or self._type_of(before) == "PLACE") else host
        f.organizers = self.organizers(start, s_end)
        return f

    def _virtual(self, start: int, end: int) -> bool:
        """Held online, unless the link only brought one party in from a named place
        ("watched by video link from Beijing": the event itself was elsewhere)."""
        m = _VIRTUAL.search(self.text, start, end)
        return m is not None and not _FROM_PLACE.match(self.text, m.end())

    def _start_from_end(self, start: int, end: int, w_end: int) -> str | None:
        """"the two-day meeting, which ends today": the first day of an event of known
        length from the day it ends."""
        days = _DAYS_LONG.search(self.text, max(0, start - 30), start)
        if days is None:
            return None
        for d in self.dates_in(end, w_end):
            if d.iso and d.precision == "day" and _ENDS.search(self.text, max(end, d.start - 20), d.start):
                try:
                    last = date.fromisoformat(d.iso)
                except ValueError:                    # a day the calendar does not have: no start either
                    return None
                return (last - timedelta(days=_DURATION[days.group("n").lower()] - 1)).isoformat()
        return None

    def place(self, start: int, end: int, last: bool = False, prep: re.Pattern | None = None) -> dict | None:
        """The first (or `last`) PLACE or COUNTRY after "in"/"at" in text[start:end]
        (not after a topic noun, "tensions in the South China Sea", nor one owning
        something, "in Hanoi's diplomatic hierarchy")."""
        found = venue = None
        for m in (prep or _PLACE_PREP).finditer(self.text, start, end):
            p = m.end()
            if _TOPIC_BEFORE.search(self.text, max(0, m.start() - 20), m.start()):
                continue
            cap = _CAPITAL_OF.match(self.text, m.start(), end)
            if cap and self._capital(cap.group("of")):
                found = self._capital(cap.group("of"))
                if not last:
                    return found
                continue
            hits = [x for x in self.entities_in(p, end) if x[0] == p]
            if hits and self.text.startswith(("'s", "’s"), hits[0][1]):
                continue                              # "in Hanoi's diplomatic hierarchy": not a venue
            if hits:
                ent = hits[0][2]
                if ent.type in _PLACES and not _venue(ent.name):
                    found = ent.ref()
                    if not last:
                        return found
                elif venue is None and _venue(ent.name):
                    venue = ent.ref()
                continue
            run = _CAP_RUN.match(self.text, p, end)
            if run and run.group(0).split()[0] not in _DATE_WORDS:
                ref = self._kb_place(run.group(0)) or unit_place(self.text, p, end)   # "X commune"
                if ref:
                    found = ref
                    if not last:
                        return found
                elif venue is None:
                    venue = _venue(run.group(0))
        return found or venue          # "at the National Convention Centre in Vientiane": the city

    def dateline_place(self) -> dict | None:
        """The dateline ("BUSAN, Nov. 27 (Yonhap) --" → Busan) as a place ref: the
        document's entity of that name, else the KB's place, else a local place id."""
        if self._dateline_ref is None and self.dateline:
            want = self.dateline.casefold()
            ref = next((e.ref() for _, _, e in self.mentions
                        if e.type in _PLACES and want in (e.name.casefold(), slug(e.name))), None)
            self._dateline_ref = ref or self._kb_place(self.dateline) or {
                "id": f"place:{slug(self.dateline)}", "name": self.dateline}
        return self._dateline_ref

    def deictic(self, start: int, end: int) -> dict | None:
        """The dateline place when text[start:end] points at it ("here", "in this
        city", "in the capital"); nothing without a dateline."""
        m = _DATELINE_REF.search(self.text, start, end) if self.dateline else None
        if m is None or ("capital" in m.group(0) and not self._is_capital(self.dateline_place())):
            return None                   # "BUSAN -- ... officials in the capital": not Busan
        return self.dateline_place()

    def _is_capital(self, ref: dict) -> bool:
        """A capital as the KB knows it; without a KB the text is taken at its word."""
        known = self.kb.get(ref["id"]) if self.kb is not None else None
        return self.kb is None or bool(known is not None and (known.attrs or {}).get("capital_of"))

    def host(self, start: int, end: int, w_end: int) -> dict | None:
        """The host state or city as the place: "..., which the Lao PDR will host",
        "will be hosted by Thailand", "Cambodia hosted the ...", "Bangkok would host the ..."."""
        s_start = self.sentence_at(start)[0]
        spans = []
        after = _HOSTED_BY.match(self.text, end, w_end) or _WHICH_HOSTS.match(self.text, end, w_end)
        if after:
            spans.append(after.span("who"))
        lo = max(s_start, start - 60)
        before = _HOST_BEFORE.search(self.text, lo, start) if "host" in self.text[lo:start] else None
        if before:
            spans.append(before.span("who"))
        for a, b in spans:
            hits = self.entities_in(a, b, _PLACES)      # "Bangkok would host the consultation": a city too
            if hits:
                return hits[-1][2].ref()
        return None

    def _capital(self, words: str) -> dict | None:
        """"the Lao capital", "the Thai capital": the capital of that state (KB)."""
        if self.kb is None:
            return None
        try:
            states = self.kb.lookup_demonym(words) or [e for e in self.kb.lookup(words) if e.type == "COUNTRY"]
        except Exception:
            return None
        ids = {e.id for e in states}
        for ent in _capitals(self.kb):
            if ent.attrs.get("capital_of") in ids:
                return ent.ref()
        return None

    def is_demonym(self, word: str) -> bool:
        """"Philippine", "Lao": a word the KB knows as a country's demonym."""
        try:
            return self.kb is not None and bool(self.kb.lookup_demonym(word))
        except Exception:
            return False

    def _kb_place(self, name: str) -> dict | None:
        if self.kb is None:
            return None
        words = name.rstrip(".,").split()
        for n in range(len(words), 0, -1):          # "Siem Reap province" → "Siem Reap"
            try:
                hits = [e for e in self.kb.lookup(" ".join(words[:n])) if e.type in _PLACES]
            except Exception:
                return None
            if hits:
                return hits[0].ref()
        return None

    def organizers(self, start: int, s_end: int) -> list[dict]:
        """Entities after "organised by" / "hosted by" in the mention's sentence,
        and the host in "X hosted the ..." before it."""
        out: list[dict] = []
        s_start = self.sentence_at(start)[0]
        cue = _ORGANISER.search(self.text, start, s_end)
        if cue:
            stop = _LIST_END.search(self.text, cue.end(), s_end)
            for _, _, ent in self.entities_in(cue.end(), stop.start() if stop else s_end,
                                              ("ORGANIZATION", "COUNTRY", "PERSON")):
                if ent.ref() not in out:
                    out.append(ent.ref())
        lo = max(s_start, start - 40)
        host = _HOST_VERB.search(self.text, lo, start) if "host" in self.text[lo:start] else None
        if host:                                      # "Cambodia hosted the ..."
            for _, e, ent in self.entities_in(s_start, start, ("COUNTRY", "ORGANIZATION")):
                if host.end(1) - 2 <= e <= host.end(1) and ent.ref() not in out:
                    out.append(ent.ref())
        return out

    def has_context(self, start: int, end: int) -> bool:
        """A cue around the mention that makes it a happening, not an institution."""
        s_start, s_end = self.sentence_at(start)
        before = self.text[max(s_start, start - 60):start]
        after = self.text[end:min(s_end, end + 40)]
        return bool(_CONTEXT.search(before) or _CONTEXT_AFTER.match(after))

    def _type_of(self, ref: dict) -> str | None:
        """The entity type of a place ref (document entities first, then the KB)."""
        for _, _, ent in self.mentions:
            if ent.id == ref.get("id"):
                return ent.type
        known = self.kb.get(ref["id"]) if self.kb is not None and ref.get("id") else None
        return known.type if known is not None else ("PLACE" if ref.get("id", "").startswith("place:") else None)
