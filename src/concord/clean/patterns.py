"""The data files of the cleaning stage, loaded once and compiled.

Word lists and patterns live in ``clean/data/*.json`` so they can be extended
without touching code: ``furniture.json`` (page furniture in scraped text),
``dates.json`` (date cues, time zones), ``outlets.json`` (wire signatures) and
``stopwords.json`` (language detection).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from concord.datafiles import load_json
from concord.errors import ConfigError


def _alternation(patterns: list[str], flags: int, source: str, file: str = "furniture") -> re.Pattern:
    """One compiled alternation, so a line is tested against a whole list in one call."""
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns), flags)
    except re.error as exc:
        raise ConfigError(f"clean/data/{file}.json, list {source!r}: bad pattern: {exc}") from exc


@dataclass(frozen=True, slots=True)
class Furniture:
    """Compiled furniture patterns. All but `photo_credit` are written in lower case
    and matched against the lower-cased line: cheaper than re.IGNORECASE, which
    matters as every short line of every document is tested."""
    lines: re.Pattern          # a whole line that is furniture
    tail_starts: re.Pattern    # a line that opens furniture running to the end of the page
    weak_tail_starts: re.Pattern   # a list heading: opens furniture when only links follow
    block_starts: re.Pattern   # a list heading whose link lines go wherever it stands
    notices: re.Pattern        # the opening words of a long cookie or privacy notice
    head_or_foot: re.Pattern   # contact and address lines, furniture only at the edges
    photo_credit: re.Pattern   # caption lines that end with a photo credit (case-sensitive)


@lru_cache(maxsize=1)
def furniture() -> Furniture:
    data = load_json("concord.clean", "furniture.json")
    return Furniture(
        lines=_alternation(data["lines"], 0, "lines"),
        tail_starts=_alternation(data["tail_starts"], 0, "tail_starts"),
        weak_tail_starts=_alternation(data["weak_tail_starts"], 0, "weak_tail_starts"),
        block_starts=_alternation(data.get("block_starts", []) or ["(?!)"], 0, "block_starts"),
        notices=_alternation(data.get("notices", []) or ["(?!)"], re.IGNORECASE, "notices"),
        head_or_foot=_alternation(data["head_or_foot"], 0, "head_or_foot"),
        photo_credit=_alternation(data["photo_credit"], 0, "photo_credit"),
    )


@lru_cache(maxsize=1)
def signatures() -> dict[str, str]:
    """Wire signature ("VNS", "AKP") → outlet name."""
    return dict(load_json("concord.clean", "outlets.json")["signatures"])


@lru_cache(maxsize=1)
def outlet_words() -> frozenset[str]:
    """Words that mark a name as an outlet's ("Times", "News", "Post")."""
    return frozenset(load_json("concord.clean", "outlets.json")["name_words"])


@lru_cache(maxsize=1)
def not_datelines() -> frozenset[str]:
    """Capitalised words that open a paragraph before a dash but are not places ("ASEAN")."""
    return frozenset(load_json("concord.clean", "outlets.json").get("not_datelines", []))


@dataclass(frozen=True, slots=True)
class SiteHeaders:
    """Institution names that stand above a headline (lower case, whole line)."""
    publisher: re.Pattern      # "Ministry of External Affairs": the outlet when none is known
    state: re.Pattern          # "Government of India", "Kingdom of Cambodia": never the outlet


@lru_cache(maxsize=1)
def site_headers() -> SiteHeaders:
    data = load_json("concord.clean", "outlets.json")
    return SiteHeaders(publisher=_alternation(data.get("site_headers", []) or ["(?!)"], 0, "site_headers", "outlets"),
                       state=_alternation(data.get("state_headers", []) or ["(?!)"], 0, "state_headers", "outlets"))
