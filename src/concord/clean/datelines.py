"""Header and page date lines that the plain date-line reader (``metadata.read_date_line``) needs help with.

- Two dates on one line, each with its cue: "Published 12 Mar 2023 Updated 13 Mar 2023",
  "Updated 2 hours ago | Published 12 March 2023". The line is split into its parts
  (`split_date_line`), each read on its own; the publication date wins over the update.
- A numeric date whose day and month could be swapped, after a publication cue:
  "Published: 05/08/2024". A bare "05/08/2024" stays unread (``dates.py``), but a page
  that labels it as its publication date states it, and the outlets this tool reads
  (Southeast Asia, Australia, the UK, Europe) write the day first (`day_first_date`).
- A relative time beside the date ("November 19, 2019 / Updated 14 hours ago") says
  nothing more about the date and is set aside (`without_relative_time`).
- A page date line below the first body paragraph ("Published 12 March 2023" under a long
  standfirst): a line that opens with a page cue (``furniture.json`` "page_date_cues") is
  never article text (`is_page_cue_line`).

Day and month are turned into a date by `concord.calendar` (the one table of dates).

Places. A date line whose first words are a place ("Jakarta ● Wed, September 6, 2023") is
the article's own dateline: its place is part of the story and stays in the text.
The same shape also carries a reporter ("Sok Chan | 5 March 2023") or a section
("News | 6 Sep 2023"), so a mixed-case name is taken as a place only when the
knowledge base knows it as one (a city, region or country; `dateline_place`, and
`place_after` for "May 14, 2024 | Bangkok"). The knowledge base is loaded on first
use only, so pages without such a line never pay for it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from concord.calendar import alternation
from concord.clean.dates import find_date
from concord.clean.furniture import is_furniture
from concord.datafiles import load_json
from concord.errors import ConcordError

PLACE_TYPES = frozenset(("PLACE", "COUNTRY"))
_PLACE_COMMA = re.compile(r"[^\W\d_][^|/•·–—,\d-]*,\s*")
_PLACE_SEPARATED = re.compile(r"[^\W\d_][^|/•·●■◆▪►–—,\d-]*?(?:,\s*[^\W\d_][^|/•·●■◆▪►–—,\d-]*?)?"
                              r"\s*(?:[|•·●■◆▪►]|\s[–—-])\s*")
_SEPARATOR_RUN = re.compile(r"\s*(?:[|•·●■◆▪►]|\s[–—-])\s*$")
PLACE_WORDS = 4           # a dateline place has at most this many words ("Nakhon Si Thammarat")
# Label segments after a date ("December 17, 2020 | Southeast Asia Program") are split off at these.
LABEL_SEPARATOR = re.compile(r"\s*[|•●■◆▪►·]\s*")
_PART_SEPARATOR = re.compile(r"\s*[|•·●]\s*")
_DIGIT = re.compile(r"\d")
_RELATIVE = re.compile(r"(?:\b(?:last\s+)?(?:updated|modified|published|posted)\s*:?\s*)?\b(?:about\s+|over\s+)?"
                       r"(?:an?|\d+)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    cues = alternation(load_json("concord.clean", "furniture.json").get("page_date_cues", []) or ["(?!)"])
    opening = re.compile(rf"\s*(?:{cues})\b", re.IGNORECASE)
    inner = re.compile(rf"\s+(?=(?:{cues})\b)", re.IGNORECASE)   # a cue inside a segment
    return opening, inner


def is_page_cue_line(line: str) -> bool:
    """A line that opens with a page date cue ("Published", "Last updated", "Posted on")."""
    return _cues()[0].match(line) is not None


def split_date_line(line: str) -> list[str]:
    """The parts of a line holding several cued dates, or [] when it holds one part.

    Parts are parted by a bar or bullet, or start at a cue word that follows a date
    ("Published 12 Mar 2023 Updated ..."): "First published: ..." is one cue, not two."""
    parts = []
    for segment in _PART_SEPARATOR.split(line):
        start = 0
        for cue in _cues()[1].finditer(segment):
            if _DIGIT.search(segment, start, cue.start()):
                parts.append(segment[start:cue.start()])
                start = cue.end()
        parts.append(segment[start:])
    parts = [part for part in parts if part.strip()]
    return parts if len(parts) > 1 else []


def without_relative_time(line: str) -> str | None:
    """The line without a relative time ("November 19, 2019 / 12:21 AM / Updated 14 hours
    ago" → "November 19, 2019 / 12:21 AM /"), or None when it holds none."""
    if "ago" not in line.lower():
        return None
    stripped = _RELATIVE.sub(" ", line)
    return stripped if stripped != line else None


def day_first_date(line: str) -> tuple[str, re.Match] | None:
    """(ISO date, match) of a numeric date read day first ("05/08/2024" → 2024-08-05), for a
    line that opens with a page cue; None otherwise or when it is not a real date."""
    return find_date(line, day_first=True) if is_page_cue_line(line) else None


@lru_cache(maxsize=4096)
def is_known_place(name: str) -> bool:
    """True when the default knowledge base holds `name` as a place or a country and
    as nothing else (a person or organisation of the same name is not a dateline)."""
    try:
        from concord.kb import default_kb      # late: cleaning alone must not load the KB
        found = default_kb().lookup(name)
    except ConcordError:
        return False          # no knowledge base: the line is still read as a date line
    return bool(found) and all(entity.type in PLACE_TYPES for entity in found)


def dateline_place(before: str, words: list[str]) -> str | None:
    """The place a date line was written in, named before the date: "Phnom Penh, 5 March
    2023"; with another separator ("Bangkok | Tue, May 14 2024", "JAKARTA ● Wed, ...") or
    with its country ("Hat Yai, Thailand | ...") when the place is in capitals or known as
    a place (a name there may be a reporter's). None when the words are not a place."""
    if len(words) > PLACE_WORDS or not words:
        return None
    if _PLACE_COMMA.fullmatch(before):
        return " ".join(words)
    if not _PLACE_SEPARATED.fullmatch(before):
        return None
    place, _, country = (part.strip() for part in _SEPARATOR_RUN.sub("", before).partition(","))
    if country and not (country.isupper() or is_known_place(country)):
        return None
    if is_furniture(place):
        return None           # "Asia | May 14, 2024": a section of the site, not where it was written
    return place if place.isupper() or is_known_place(place) else None


def place_after(after: str) -> str | None:
    """A known place standing as a label after the date ("May 14, 2024 | Bangkok")."""
    for label in LABEL_SEPARATOR.split(after)[1:]:
        label = label.strip()
        if label and len(label.split()) <= PLACE_WORDS and not is_furniture(label) and is_known_place(label):
            return label
    return None


# A transcript or statement page often carries its date only in its headline
# ("Spokesperson's Regular Press Conference on 3 May 2024"): the day it was given
# is the day it was published. Other headlines with a date ("Summit set for 3 May")
# name the date of something else, so only these kinds of page are read.
_RECORD_TITLE = re.compile(r"\b(?:press conference|press briefing|briefing|remarks|statement|speech|readout|"
                           r"communiqu[eé]|transcript|interview|keynote address)\b", re.IGNORECASE)


def record_title_date(title: str | None) -> str | None:
    """The full date in the headline of a transcript or statement page, else None."""
    if not title or not _RECORD_TITLE.search(title):
        return None
    found = find_date(title)
    return found[0] if found else None
