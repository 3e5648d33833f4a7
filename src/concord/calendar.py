"""Month and weekday names, and the reading of an absolute date from its parts.

Both date parsers use this module: the clean stage for publication dates
(`concord.clean.dates`: date lines and page metadata, in every language of the
table) and the extract stage for dates inside the article (`concord.extract.dates`:
English prose, relative dates, tense and precision). Each stage keeps its own
patterns, which differ on purpose (metadata is case-free and numeric, prose is
cased so that "may" the verb is not May); what a matched day, month name and year
mean is decided here once:

    date_from_parts("2019", "Dec", "04") → "2019-12-04"
    date_from_parts(2019, 2, 30)        → None (not a real date)
    date_from_parts(2025, "mars")       → "2025-03"

The names are data (``data/calendar.json``), by language.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import Iterable

from concord.datafiles import load_json

__all__ = ["LANGUAGES", "day_group", "month_names", "weekday_names", "alternation", "iso_date",
           "date_from_parts", "parse_iso"]

LANGUAGES: tuple[str, ...] = ("en", "fr", "id", "es")
"""The languages of the table, in the order their names are read."""


def day_group(name: str) -> str:
    """A regex group `name` holding a day of the month, its ordinal suffix left outside
    the group: "4", "04", "7th", "22nd". Both stages' patterns write days this way."""
    return rf"(?P<{name}>[0-3]?\d)(?:st|nd|rd|th)?"


def _names(table: str, languages: tuple[str, ...] | None) -> dict[str, int]:
    by_language = load_json("concord", "calendar.json")[table]
    names: dict[str, int] = {}
    for language in languages or LANGUAGES:
        names.update(by_language.get(language, {}))
    return names


@lru_cache(maxsize=None)
def month_names(languages: tuple[str, ...] | None = None) -> dict[str, int]:
    """Lower-case month name or abbreviation → 1-12, of `languages` (all by default)."""
    return _names("months", languages)


@lru_cache(maxsize=None)
def weekday_names(languages: tuple[str, ...] | None = None) -> dict[str, int]:
    """Lower-case weekday name or abbreviation → 0-6 (Monday 0), of `languages` (all by default)."""
    return _names("weekdays", languages)


def alternation(words: Iterable[str], *, cased: bool = False) -> str:
    """A regex alternation of `words`, longest first so that "sept" wins over "sep".

    With `cased`, each word is accepted in Title and UPPER case only (for a pattern
    compiled without IGNORECASE): "May" and "MAY" are the month, "may" the verb.
    """
    forms: set[str] = set()
    for word in words:
        forms.update({word.title(), word.upper()} if cased else {word})
    # Sorted by length, then alphabetically, so the pattern is the same in every run.
    return "|".join(sorted((re.escape(f) for f in forms), key=lambda f: (-len(f), f)))


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str | None:
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY" of the parts given; None when they are not a
    real date (30 February, month 13)."""
    if day is not None:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            return None
    if month is not None:
        return f"{year:04d}-{month:02d}" if 1 <= month <= 12 and 1 <= year <= 9999 else None
    return f"{year:04d}"


def date_from_parts(year: int | str, month: int | str, day: int | str | None = None) -> str | None:
    """The ISO date of a matched year, month (a number or a name of any language of the
    table, case-free, with or without a final dot) and day (digits); None when
    the month is not a month name or the parts are not a real date."""
    if isinstance(month, str):
        month = int(month) if month.isdigit() else month_names().get(month.lower().rstrip("."))
        if month is None:
            return None
    return iso_date(int(year), month, None if day is None else int(day))


def parse_iso(value: str | None) -> tuple[int, int | None, int | None] | None:
    """(year, month, day) of an ISO date, partial allowed ("2019", "2019-12"); None when
    `value` is not one."""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", value or "")
    if not m:
        return None
    y, mo, d = m.groups()
    return int(y), int(mo) if mo else None, int(d) if d else None
