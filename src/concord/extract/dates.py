"""Dates in news text: absolute ones and relative ones resolved against a reference.

    find_dates("held in Hanoi on Tuesday", ref="2019-12-04")
        → [DateMention(start=17, end=27, text="on Tuesday"... iso="2019-12-03", precision="day")]
    parse_date("28 August 2022")          → ("2022-08-28", "day")
    parse_date("in October", ref="2016-12-07") → ("2016-10", "month")

A relative expression ("on Tuesday", "in October", "last year", "this afternoon",
"earlier in the week", "the day before")
needs a reference date (normally `Document.published`) precise enough to resolve
it; without one its `iso` is None: a date is never invented. Tense decides the
direction: "will meet on Friday" is the next Friday, "met on Friday" the last
one; the verb nearest before the date governs it (`tense_at`), so "said on Monday
that talks will resume on Friday" gives one date each way. Month and weekday
names (English ones here) are `concord.calendar`'s, which also reads the day,
month and year of an absolute date for this stage and the clean stage alike;
relative words and future and past cues are data in ``data/dates_words.json``.
`sentence_dates` and `document_dates` cache the scan so that the event and flag
steps read each sentence once.
"""
from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache
import re
from dataclasses import dataclass

from concord.calendar import alternation, date_from_parts, day_group, iso_date, month_names, parse_iso, weekday_names
from concord.datafiles import load_json
from concord.extract.tense import tense_at, tense_of

__all__ = ["DateMention", "find_dates", "parse_date", "tense_of", "tense_at", "parse_iso", "ABSOLUTE_SHAPES",
           "document_dates", "sentence_dates", "dates_between", "dateline_date"]

_WORDS = load_json("concord.extract", "dates_words.json")
# English names only: in English prose "Mars", "Mai" and "Mei" are names, not months.
MONTHS: dict[str, int] = month_names(("en",))
WEEKDAYS: dict[str, int] = weekday_names(("en",))
DAY_WORDS: dict[str, int] = _WORDS["day_words"]
SHIFTS: dict[str, int] = _WORDS["period_shifts"]


# Months and weekdays are cased (Title or UPPER): the modal verb "may" and the verb "march" are not months.
_MON = rf"(?P<mon>{alternation(MONTHS, cased=True)})(?:\.(?=\s*\d))?"
_WD = alternation((w for w in WEEKDAYS if len(w) > 4), cased=True)          # full names only
_DAY = day_group("day")
_YEAR = r"(?P<year>(?:1[89]|20)\d\d)(?!\d)"
_PREP_MONTH = (r"(?:\b(?i:in|since|during|by|until|till|from|early|late|mid|end\s+of|beginning\s+of|"
               r"earlier\s+this|later\s+this|of)\s+|\bmid-)")
_PREP_YEAR = r"\b(?:in|since|during|by|until|till|from|early|late|mid|of|year|the\s+year|since\s+early)\s+|\bmid-"
_SHIFT = alternation(SHIFTS)

# One pattern per shape, tried in this order at each position (the first that
# matches wins, so longer shapes come first).
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>\d{4})-(?P<m>[01]\d)-(?P<day>[0-3]\d)\b")),
    # ranges give their first day: "22 and 23 June 2019", "from 24 to 27 July 2024", "July 24-27, 2024"
    ("dmy2", re.compile(rf"\b{_DAY}\s*(?:-|–|to|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON},?\s+{_YEAR}")),
    ("mdy2", re.compile(rf"\b{_MON}\s+{_DAY}\s*(?:-|–|to|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?,?\s+{_YEAR}")),
    ("dm2", re.compile(rf"\b{_DAY}\s*(?:-|–|to|and|&)\s*[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?![\w])(?!,?\s+(?:1[89]|20)\d\d)")),
    ("dmy", re.compile(rf"\b(?:(?:{_WD}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON},?\s+{_YEAR}")),
    ("mdy", re.compile(rf"\b(?:(?:{_WD}),?\s+)?{_MON}\s+{_DAY},?\s+{_YEAR}")),
    ("dm", re.compile(rf"\b(?:(?:{_WD}),?\s+)?(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MON}(?![\w])")),
    ("md", re.compile(rf"\b(?:(?:{_WD}),?\s+)?{_MON}\s+{_DAY}(?![\d\w])(?!,?\s+(?:1[89]|20)\d\d)")),
    ("my", re.compile(rf"\b{_MON},?\s+{_YEAR}")),
    # "in June last year", "June of next year", "last June"
    ("mshift", re.compile(rf"(?:{_PREP_MONTH})?{_MON}\s+(?:of\s+)?(?P<shift>{_SHIFT})\s+year\b")),
    ("shiftm", re.compile(rf"\b(?P<shift>last|next|this|past|previous|coming)\s+{_MON}(?![\w-])(?!\.?\s+[0-3]?\d\b)")),
    ("m", re.compile(rf"{_PREP_MONTH}{_MON}(?![\w-])(?!\.?\s+[0-3]?\d\b)(?!,?\s+(?:1[89]|20)\d\d)")),
    ("wd", re.compile(rf"\b(?:(?P<shift>{_SHIFT})\s+)?(?P<wd>{_WD})\b", re.I)),
    ("dw", re.compile(rf"\b(?P<dw>{alternation(DAY_WORDS)})\b", re.I)),
    # "held the day before": the day before publication; "the day before the vote" is not
    ("before", re.compile(r"\b(?P<dw>the\s+day\s+before)\b" + _WORDS["day_before_end"], re.I)),
    # "last week", "earlier this week", "later in the week" (not "the last week of June")
    ("week", re.compile(rf"\b(?:(?P<part>earlier|later)\s+(?:in\s+the|this)|(?P<shift>{_SHIFT}))\s+week\b"
                        r"(?!\s+of\b)", re.I)),
    ("weekend", re.compile(rf"\b(?:(?P<shift>{_SHIFT})|over\s+the|at\s+the|on\s+the|during\s+the)\s+weekend\b", re.I)),
    ("period", re.compile(rf"\b(?:(?:earlier|later)\s+in\s+the|(?:earlier\s+|later\s+)?(?P<shift>{_SHIFT}))"
                          r"\s+(?P<unit>year|month)\b(?!\s+of\b)", re.I)),
    ("y", re.compile(rf"(?:{_PREP_YEAR}){_YEAR}\b(?!\s*(?:%|per|people|participants|tons|km|USD|\$))", re.I)),
]

_LEAD = re.compile(r"^(?:on|in|at|since|by|during|of|from)\s+", re.I)


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression found in text; `iso` is None when it cannot be resolved."""
    start: int
    end: int
    text: str
    iso: str | None
    precision: str | None        # "day", "month", "year" or None
    relative: bool


_PRECISION = {10: "day", 7: "month", 4: "year"}


def _dated(iso: str | None) -> tuple[str, str] | None:
    """(iso, precision) of an ISO date from `concord.calendar`; None stays None."""
    return (iso, _PRECISION[len(iso)]) if iso else None


def _iso(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str] | None:
    return _dated(iso_date(y, m, d))


def _year_for(month: int, day: int | None, ref, tense: str) -> int | None:
    """The year of a month (and day) given without one, from the reference and tense."""
    if ref is None:
        return None
    ry, rm, rd = ref
    if rm is None:
        return ry
    here, there = (rm, rd or (1 if tense == "future" else 31)), (month, day or (31 if tense == "future" else 1))
    if tense == "future":
        return ry + 1 if there < here else ry
    return ry - 1 if there > here else ry


def _weekday(wd: int, shift: str | None, ref, tense: str) -> tuple[str, str] | None:
    if ref is None or ref[2] is None:
        return None
    today = dt.date(*ref)
    back = (today.weekday() - wd) % 7          # days since the last such weekday (0 = today)
    ahead = (wd - today.weekday()) % 7
    if shift and SHIFTS.get(shift.lower()) == -1:
        day = today - dt.timedelta(days=back or 7)
    elif shift and SHIFTS.get(shift.lower()) == 1:
        day = today + dt.timedelta(days=ahead or 7)
    elif tense == "future":
        day = today + dt.timedelta(days=ahead)
    else:
        day = today - dt.timedelta(days=back)
    return day.isoformat(), "day"


def _week(shift: int, ref, tense: str = "past") -> tuple[str, str] | None:
    """"last week", "earlier this week": the month of the days meant when they lie in
    one month, else nothing (a month guessed would be wrong half the time). The current week looks back from the reference day
    ("held earlier in the week": Monday to that day) or ahead of it ("later this
    week"), so a Friday article's "earlier this week" is one month more often."""
    if ref is None or ref[2] is None:
        return None
    today = dt.date(*ref)
    first = today - dt.timedelta(days=today.weekday()) + dt.timedelta(weeks=shift)
    last = first + dt.timedelta(days=6)
    if shift == 0:
        first, last = (first, today) if tense == "past" else (today, last)
    if (first.year, first.month) != (last.year, last.month):
        return None
    return _iso(first.year, first.month)


def _weekend(shift: int | None, ref, tense: str) -> tuple[str, str] | None:
    """"last weekend" / "over the weekend": its Saturday. "last" is the weekend
    before the current week; without a shift the tense picks the nearest one."""
    if ref is None or ref[2] is None:
        return None
    today = dt.date(*ref)
    back = (today.weekday() - 5) % 7                 # days since the latest Saturday
    ahead = (5 - today.weekday()) % 7
    if shift == -1 or (shift is None and tense == "past"):
        days = -(back + 7 if shift == -1 and back <= 1 else back)
    elif shift == 1:
        days = ahead + 7 if today.weekday() >= 5 else ahead
    else:
        days = -back if tense == "past" or today.weekday() >= 5 else ahead
    return (today + dt.timedelta(days=days)).isoformat(), "day"


def _resolve(kind: str, g: dict, ref, tense: str) -> tuple[str, str] | None:
    kind = kind.rstrip("2")                          # a range resolves as its first day
    mon = MONTHS.get(g["mon"].lower().rstrip(".")) if g.get("mon") else None
    if kind == "iso":
        return _dated(date_from_parts(g["year"], g["m"], g["day"]))
    if kind in ("dmy", "mdy"):
        return _dated(date_from_parts(g["year"], g["mon"], g["day"]))
    if kind == "my":
        return _dated(date_from_parts(g["year"], g["mon"]))
    if kind == "y":
        return _iso(int(g["year"]))
    if kind in ("dm", "md", "m"):
        day = int(g["day"]) if g.get("day") else None
        year = _year_for(mon, day, ref, tense)
        return _iso(year, mon, day) if year else None
    if kind == "wd":
        return _weekday(WEEKDAYS[g["wd"].lower()], g.get("shift"), ref, tense)
    if kind == "dw":
        if ref is None or ref[2] is None:
            return None
        return (dt.date(*ref) + dt.timedelta(days=DAY_WORDS[" ".join(g["dw"].lower().split())])).isoformat(), "day"
    if kind == "before":
        if ref is None or ref[2] is None:
            return None
        return (dt.date(*ref) - dt.timedelta(days=1)).isoformat(), "day"
    if kind == "week":
        part = (g.get("part") or "").lower()
        side = {"earlier": "past", "later": "future"}.get(part, tense)
        return _week(SHIFTS[g["shift"].lower()] if g.get("shift") else 0, ref, side)
    if kind == "weekend":
        return _weekend(SHIFTS.get((g.get("shift") or "").lower()), ref, tense)
    if kind == "mshift":
        return _iso(ref[0] + SHIFTS[g["shift"].lower()], mon) if ref else None
    if kind == "shiftm":
        shift = SHIFTS[g["shift"].lower()]
        return _iso(_year_for(mon, None, ref, "future" if shift > 0 else "past"), mon) \
            if ref and ref[1] and shift else None
    if kind == "period":
        if ref is None:
            return None
        shift = SHIFTS[g["shift"].lower()] if g.get("shift") else 0      # "earlier in the month"
        if g["unit"].lower() == "year":
            return _iso(ref[0] + shift)
        if ref[1] is None:
            return None
        total = ref[0] * 12 + ref[1] - 1 + shift
        return _iso(total // 12, total % 12 + 1)
    return None


_ABSOLUTE = {"iso", "dmy", "mdy", "my", "y", "dmy2", "mdy2"}
# What each shape needs somewhere in the text before it is worth running.
_NEEDS = {"iso": {"digit"}, "dmy2": {"digit", "month"}, "mdy2": {"digit", "month"}, "dm2": {"digit", "month"},
          "dmy": {"digit", "month"}, "mdy": {"digit", "month"}, "dm": {"digit", "month"},
          "md": {"digit", "month"}, "my": {"digit", "month"}, "m": {"month"}, "wd": {"day"},
          "dw": {"dayword"}, "before": {"dayword"}, "week": {"week"}, "period": {"period"}, "y": {"digit"},
          "mshift": {"month", "period"}, "shiftm": {"month"}, "weekend": {"week"}}
_DIGIT = re.compile(r"\d")
_YEAR4 = re.compile(r"\d\d\d\d")
# each branch opens with a look-ahead on its first letter: the scan skips other positions fast
_TRIGGER = re.compile(rf"\d|(?=[JFMASOND])\b(?:{alternation(MONTHS, cased=True)})\b|"
                      r"(?=[DdTtWwYyMm])(?i:day\b|\b(?:this|tonight|tomorrow|week|weekend|year|month)\b)")
_MONTH_CASED = re.compile(rf"\b(?=[JFMASOND])(?:{alternation(MONTHS, cased=True)})\b")


def _windows(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Stretches of text[start:end] around words a date needs (a digit, a month, a
    day word, "this"/"week"/"year"): the date shapes run there only, since one
    scan per shape over a whole article costs more than all the rest."""
    spans: list[list[int]] = []
    for m in _TRIGGER.finditer(text, start, end):
        a = text.rfind(" ", start, max(start, m.start() - 45)) + 1 or start
        a = max(a, start)
        b = min(end, m.end() + 45)
        if spans and a <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], b)
        else:
            spans.append([a, b])
    return [(a, b) for a, b in spans]


def _present(text: str, start: int, end: int) -> set[str]:
    """Which kinds of date words occur in text[start:end] (plain string tests, fast)."""
    chunk = text[start:end]
    low = chunk.lower()
    out = set()
    if _DIGIT.search(chunk):
        out.add("digit")
    if _MONTH_CASED.search(chunk):
        out.add("month")
    if "day" in low:
        out.update(("day", "dayword"))
    if "this" in low or "tonight" in low or "tomorrow" in low:
        out.add("dayword")
    if "year" in low or "month" in low:
        out.add("period")
    if "week" in low:
        out.add("week")
    return out


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence holding text[start:end], found cheaply (for its tense)."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), text.rfind("? ", 0, start),
               text.rfind("! ", 0, start))
    rights = [i for i in (text.find(". ", end), text.find("\n", end), text.find("? ", end)) if i >= 0]
    return left + 1, min(rights) if rights else len(text)


ABSOLUTE_SHAPES = ("iso", "dmy2", "mdy2", "dmy", "mdy", "my")      # full dates and months with a year


def find_dates(text: str, ref: str | None = None, tense: str | None = None,
               start: int = 0, end: int | None = None, kinds: tuple[str, ...] | None = None) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, left to right, not overlapping.

    `ref` is the reference date (ISO, possibly partial) for relative expressions;
    `tense` ('past'/'future') is guessed from the text when not given; `kinds`
    limits the shapes looked for (e.g. `ABSOLUTE_SHAPES`, much faster).
    """
    end = len(text) if end is None else end
    if kinds and set(kinds) <= _ABSOLUTE and not _YEAR4.search(text, start, end):
        return []                    # every absolute shape holds a year: most articles' lines hold none
    refp = parse_iso(ref)
    hits: list[tuple[int, int, str, re.Match]] = []
    for a, b in _windows(text, start, end):
        present = _present(text, a, b)
        for kind, pattern in _PATTERNS:
            if not _NEEDS[kind] <= present or (kinds and kind not in kinds):
                continue               # cheap checks first: most windows hold no date at all
            for m in pattern.finditer(text, a, b):
                hits.append((m.start(), -(m.end() - m.start()), kind, m))
    hits.sort(key=lambda h: (h[0], h[1]))
    out: list[DateMention] = []
    taken = start - 1
    for s, _, kind, m in hits:
        if s < taken:
            continue
        g = {k: v for k, v in m.groupdict().items() if v is not None}
        when = tense
        if when is None and kind not in _ABSOLUTE:  # an absolute date needs no tense (the scan costs)
            when = tense_at(text, s, *_sentence_around(text, s, m.end()))
        resolved = _resolve(kind, g, refp, when or "past")
        iso, precision = resolved if resolved else (None, None)
        out.append(DateMention(s, m.end(), m.group(0), iso, precision, kind not in _ABSOLUTE))
        taken = m.end()
    return out


@lru_cache(maxsize=4)
def document_dates(text: str, ref: str | None = None) -> tuple[DateMention, ...]:
    """Every date of a whole document, found once (select a stretch with `dates_between`)."""
    return tuple(find_dates(text, ref))


@lru_cache(maxsize=512)
def sentence_dates(text: str, ref: str | None, start: int, end: int) -> tuple[DateMention, ...]:
    """The dates of one sentence text[start:end], found once and shared by the event
    and flag steps: they read the sentences around their mentions only, and most
    sentences of an article are never asked about."""
    return tuple(find_dates(text, ref, start=start, end=end))


def dates_between(found: tuple[DateMention, ...], start: int, end: int) -> list[DateMention]:
    """The dates of `found` (sorted, from `document_dates`) inside [start, end)."""
    i = bisect.bisect_left(found, start, key=lambda d: d.start)
    out = []
    while i < len(found) and found[i].start < end:
        if found[i].end <= end:
            out.append(found[i])
        i += 1
    return out


@lru_cache(maxsize=4)
def dateline_date(text: str) -> str | None:
    """The first full date in the opening lines ("PHNOM PENH, 14 Nov 2022 —"): the
    reference for relative dates when the metadata gave no publication date."""
    head = "\n".join(text[:500].split("\n")[:5])
    for d in find_dates(head, kinds=ABSOLUTE_SHAPES):
        if d.iso and d.precision == "day" and not d.relative:
            return d.iso
    return None


def parse_date(text: str, ref: str | None = None, tense: str = "past") -> tuple[str, str] | None:
    """(iso, precision) of a text that is one date expression ("28 August 2022",
    "Aug. 3", "2019", "on Tuesday"); None when it is not one or cannot be resolved."""
    s = text.strip().rstrip(".,;")
    if re.fullmatch(r"(?:1[89]|20)\d\d", s):
        return s, "year"
    s = _LEAD.sub("", s)
    for candidate in (s, f"in {s}"):       # "October" alone needs the preposition of the pattern
        found = find_dates(candidate, ref, tense)
        if len(found) == 1 and found[0].start == 0 and found[0].end == len(candidate) and found[0].iso:
            return found[0].iso, found[0].precision
    return None
