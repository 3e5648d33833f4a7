"""Page chrome in scraped text: section menus, breadcrumbs and a release's closing lines.

Menus and breadcrumbs. A page scraped as plain text keeps its navigation as lines: a run of section
names ("News World Business Opinion Sport", "Home | Asia | Technology") or a
breadcrumb ("News > Asia > Mekong", "Home / News / Region"). Such a line sits
where the headline is expected, so unless it is recognised it is taken as the
title. The section names are data (``furniture.json`` "menu_words"); a menu is
three or more of them with nothing else (two when a bar parts them: "News | Events"),
so a headline that uses one or two ("Business leaders meet in Hanoi") is never one.

Closing lines. Government and agency releases end with lines that are not the statement: an end
mark ("###", "- ENDS -"), "This is a press release of the Embassy ...", "For
further information, please contact ...", "Office of the Spokesperson", links to
follow or subscribe, a lone web or e-mail address. Such lines are furniture only
as a run at the very end of the text: "For more information" in mid-article may
open a sentence of the story. The run is read from the last line upwards, with the
contact and address lines (``furniture._trim_edges``), and stops at the first line
that is neither a footer line (``furniture.json`` "foot_lines") nor a contact line,
so a statement's closing place and date ("New Delhi / July 16, 2023") stay.
"""
from __future__ import annotations

import re
from functools import lru_cache

from concord.calendar import alternation
from concord.datafiles import load_json

MENU_ITEMS_MIN = 3        # "World Business" could be a heading; three section names in a row are a menu
MENU_WORDS_MIN = 5        # a menu with names the list lacks: at least this many words ...
MENU_KNOWN_SHARE = 0.6    # ... of which this share are known section names
CRUMB_MAX = 160
CRUMB_PART_WORDS = 5      # each part of a breadcrumb is a short name
FOOT_LINE_MAX = 300       # a footer line is at most this long; longer is article text
_SENTENCE_FINAL = re.compile(r"[.!?;,][\"”’)]?$")
_SEPARATORS = "|/•·»›>:,"
_SENTENCE_ENDS = frozenset(".!?\"”’")
_DIGIT = re.compile(r"\d")
_CRUMB_CHARS = frozenset(">»›/")
_JOINING_WORDS = frozenset(("in", "of", "the", "and", "&", "us", "more"))   # never count as section names alone


@lru_cache(maxsize=1)
def _first_words() -> frozenset[str]:
    """First words of the section names: a line whose first word is none of them is no
    menu, which spares the long pattern on every line of every page."""
    names = load_json("concord.clean", "furniture.json").get("menu_words", [])
    return frozenset(name.split()[0] for name in names)


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    names = load_json("concord.clean", "furniture.json").get("menu_words", [])
    return frozenset(word for name in names for word in name.split()) - _JOINING_WORDS


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    data = load_json("concord.clean", "furniture.json")
    words = alternation(data.get("menu_words", []) or ["(?!)"])
    gap = r"(?:\s*[|/•·»›>:,–—-]+\s*|\s+)"
    spaced = rf"(?:{words})(?:{gap}(?:{words})){{{MENU_ITEMS_MIN - 1},}}"
    # Two names are a menu too when a bar or bullet parts them ("News | Events").
    barred = rf"(?:{words})\s*[|•·]\s*(?:{words})"
    menu = re.compile(rf"(?:{spaced}|{barred})\s*[|/•·»›>:–—-]*")
    seps = re.escape(data.get("breadcrumb_separators", ">»›/"))
    crumb = re.compile(rf"\s+[{seps}]\s+|\s*[>»›]\s*")
    first = re.compile(rf"(?:{words})")
    return menu, crumb, first


def is_menu_line(line: str, low: str | None = None) -> bool:
    """A line made only of section names, or a breadcrumb (`low`: the line in lower case,
    when the caller has it)."""
    if not line or len(line) > CRUMB_MAX or line[-1] in _SENTENCE_ENDS or _DIGIT.search(line):
        return False          # menus hold neither digits nor a sentence's end
    low = line.lower() if low is None else low
    first = low.split(None, 1)[0].rstrip(_SEPARATORS) if low else ""
    if first in _first_words() and (_patterns()[0].fullmatch(low) or _mostly_sections(line, low)):
        return True
    return not _CRUMB_CHARS.isdisjoint(line) and is_breadcrumb(line)


def _mostly_sections(line: str, low: str) -> bool:
    """A run of capitalised single words, most of them section names, with a few the list
    does not know ("News Sport Weather Radio Sounds Bitesize"): a headline in Title Case
    has joining words ("in", "to") or few section names."""
    words = line.split()
    if len(words) < MENU_WORDS_MIN or not all(w[0].isupper() for w in words):
        return False
    known = _section_words()
    return sum(w in known for w in low.split()) >= MENU_KNOWN_SHARE * len(words)


def is_breadcrumb(line: str) -> bool:
    """"News > Asia > Southeast Asia", "Home / News / Region": parts joined by a
    breadcrumb separator, each a short name that is not a sentence. Two parts are
    enough when an arrow joins them and the first is a section name ("News > Asia");
    otherwise three ("US / China" is a headline's pair, not a path)."""
    _, crumb, first = _patterns()
    parts = crumb.split(line.strip())
    if len(parts) < 2 or any(not p or len(p.split()) > CRUMB_PART_WORDS or _SENTENCE_FINAL.search(p)
                             for p in parts):
        return False
    if not all(p[0].isupper() or p[0].isdigit() for p in parts):
        return False        # "talks on trade > expected": lower case is prose
    arrow = any(c in line for c in ">»›")
    return len(parts) >= 3 or (arrow and first.fullmatch(parts[0].lower()) is not None)


@lru_cache(maxsize=1)
def _foot_lines() -> re.Pattern:
    patterns = load_json("concord.clean", "furniture.json").get("foot_lines", []) or ["(?!)"]
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def is_foot_line(line: str) -> bool:
    """A line of a release's closing block ("This is a press release of ...")."""
    return len(line) <= FOOT_LINE_MAX and _foot_lines().fullmatch(line.lower()) is not None
