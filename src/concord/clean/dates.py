"""Publication dates as written in scraped text and page metadata → ISO strings.

Only what is stated is read: "December 04, 2019", "7 December 2016", "2019-12-04",
"Posted on 3 March 2023". A day and month without a year ("Aug. 3" in a wire
dateline) gives nothing, and neither does a lone "March 2025" (an archive widget,
not a date line). Month and weekday names, in every language of the table, and the
reading of a matched day, month and year are `concord.calendar`'s; date cue words,
fillers and time zones live in ``data/dates.json``.
"""
from __future__ import annotations

import re
from functools import lru_cache

from concord.calendar import alternation, date_from_parts, day_group, month_names, weekday_names
from concord.datafiles import load_json

ISO_VALUE = re.compile(r"^((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?(?:[T ].*)?$")


def _words() -> dict:
    return load_json("concord.clean", "dates.json")


@lru_cache(maxsize=1)
def _tables() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    month_alt = alternation(month_names())
    weekday = rf"(?:(?:{alternation(weekday_names())})\.?,?\s+)?"
    day = day_group("d{n}")
    year = r"(?P<y{n}>(?:19|20)\d\d)"
    mon = rf"(?P<m{{n}}>{month_alt})\.?"
    date = (
        rf"{weekday}(?:{mon.format(n=1)}\s+{day.format(n=1)},?\s+{year.format(n=1)}"       # December 04, 2019
        rf"|{day.format(n=2)}\s+(?:of\s+)?{mon.format(n=2)},?\s+{year.format(n=2)}"        # 7 December 2016
        rf"|{year.format(n=3)}-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"                              # 2019-12-04
        rf"|{year.format(n=5)}[/.](?P<m5>[01]?\d)[/.](?P<d5>[0-3]?\d)"                       # 2019/12/04
        rf"|(?P<d4>[0-3]?\d)(?P<sep>[/.-])(?P<m4>[01]?\d)(?P=sep)(?P<y4>(?:19|20)\d\d))"                 # 04/12/2019 (if unambiguous)
    )
    # "2024-03-07T10:02:00Z": an ISO timestamp's "T" may follow the date.
    date_re = re.compile(rf"(?<![\w-]){date}(?!(?!T\d\d:)[\w-])", re.IGNORECASE)
    month_year = re.compile(rf"(?<!\w)(?P<m>{month_alt})\.?,?\s+(?P<y>(?:19|20)\d\d)(?!\w)", re.IGNORECASE)
    cues = alternation(_words()["cues"] + _words()["update_cues"])
    return date_re, month_year, re.compile(rf"(?<!\w)(?:{cues})(?!\w)", re.IGNORECASE)


def date_pattern() -> re.Pattern:
    """The compiled pattern of a full date (day, month and year)."""
    return _tables()[0]


def iso_from_match(match: re.Match, day_first: bool = False) -> str | None:
    """The ISO date of a `date_pattern()` match, or None when it is not a real date.

    A numeric date whose day and month could be swapped ("04/12/2019") is read only
    with `day_first`, which the caller passes when the line itself says it is a
    page's date (see `concord.clean.datelines.day_first_date`)."""
    g = match.groupdict()
    for n in "1235":
        if g.get(f"y{n}"):
            return date_from_parts(g[f"y{n}"], g[f"m{n}"], g[f"d{n}"])
    first, second = int(g["d4"]), int(g["m4"])
    if first <= 12 and second <= 12 and first != second:
        # 04/12/2019: day-month or month-day? Not stated, so not read unless asked.
        return date_from_parts(g["y4"], second, first) if day_first else None
    day, month = (first, second) if first > 12 or first == second else (second, first)
    return date_from_parts(g["y4"], month, day)


def find_date(text: str, day_first: bool = False) -> tuple[str, re.Match] | None:
    """The first full date in `text`, as (ISO date, match)."""
    for match in date_pattern().finditer(text):
        iso = iso_from_match(match, day_first)
        if iso:
            return iso, match
    return None


def month_year(text: str) -> str | None:
    """"Published: March 2025" → "2025-03" (callers decide whether the line is a date line)."""
    match = _tables()[1].search(text)
    return date_from_parts(match["y"], match["m"]) if match else None


@lru_cache(maxsize=1)
def fillers() -> frozenset[str]:
    """Words allowed around a date on a date line ("at", "am", "ICT"), lower case."""
    return frozenset(_words()["fillers"])


@lru_cache(maxsize=1)
def time_pattern() -> re.Pattern:
    """A time of day on a date line, with its zone: "10:30 am ICT", "3:15 PM GMT+11",
    "17:42:10", "22h10", "10.02 (+07:00)", "9am", "T10:02:00Z". Zone names are data (``dates.json``)."""
    zones = alternation(_words()["zones"])
    offset = r"[+-]\d{1,2}(?::?\d\d)?"
    zone = rf"(?:\s*\(?(?:(?:{zones})(?:\s*{offset})?|{offset})\)?(?![\w+-]))?"
    clock = r"\d{1,2}[:.h]\d\d(?::\d\d)?(?:\s*[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?"
    return re.compile(rf"(?<![\w.:])T?(?:{clock}){zone}(?![\w:])", re.IGNORECASE)


def cue_pattern() -> re.Pattern:
    """Words that introduce a date on a date line ("Posted on", "Updated")."""
    return _tables()[2]


def normalize_iso(value: object) -> str | None:
    """A metadata value ("2019-12-04T12:02:00+07:00", "2019-12", "December 4, 2019") → ISO, else None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    match = ISO_VALUE.match(value)
    if match:
        year, month, day = match.groups()
        if month is None:
            return year
        return date_from_parts(year, month, day)
    found = find_date(value)
    if found:
        return found[0]
    # A metadata field that states only "March 2025" states a month (unlike an archive widget).
    return month_year(value) if len(value.split()) <= 3 else None
