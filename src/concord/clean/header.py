"""The header of a scraped article: the run of short lines before the first body paragraph.

Read into metadata and left out of the text (as in ``shared/spec/extract-output.md``):
the headline; date lines and bylines (read by ``metadata.py``); a lone outlet name under
the headline or a masthead above it; an institution's name standing above the headline
("Ministry of External Affairs", "Government of India", patterns in ``data/outlets.json``),
which is never the headline. Section labels ("OPINION", "Section: News") and menus are
furniture and are gone before the header is read (``data/furniture.json``, ``chrome.py``);
a label or a site name on the headline's own line ("EDITORIAL | ...", "... | The River
Times") is cut from the title. A date line that opens with its place ("Bangkok | Tue, May 14
2024") is the article's dateline: read here, and kept in the text (``clean_text``).
"""
from __future__ import annotations

import re

from concord.clean.dates import find_date
from concord.clean.furniture import is_furniture
from concord.clean.metadata import DATE_LINE_MAX, TextMeta, is_outlet_name, is_time_or_cue_line, read_byline, read_date_line
from concord.clean.patterns import not_datelines, signatures, site_headers

HEADER_LINES = 8          # the header is searched in the first lines only (after furniture is gone)
HEADLINE_MAX = 160
HEADLINE_WORDS = 20       # news headlines rarely pass 15 words; longer is a first paragraph
OUTLET_ABOVE_WORDS = 4
SITE_HEADER_WORDS = 10    # "Permanent Mission of the Republic of Singapore to the United Nations"

_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.;,:]$")
_JOINERS = frozenset(("of", "and", "the", "for", "&", "in", "on", "to", "de"))
# "EDITORIAL | Headline": a section label before the headline. A label before a colon
# ("PRESS RELEASE: Outcomes of ...") is part of the headline as written.
_LABEL_PREFIX = re.compile(r"(?P<label>[^|•»›]{2,30}?)\s*[|•»›]\s+(?=\S)")
# "Headline | The River Times", "Headline - Khmer Times": the site's name after it.
_SITE_SUFFIX = re.compile(r"\s+(?:\||[-–—])\s+(?P<site>[^|–—]{2,60})$")


def _outlet_line(line: str, meta: TextMeta, before_title: bool) -> bool:
    """A lone outlet name: a masthead above the headline ("Vientiane Weekly Observer",
    at most OUTLET_ABOVE_WORDS words and followed by menus, as a Title Case headline
    could look alike) or a line under it ("Khmer Times")."""
    words = line.split()
    if before_title and not getattr(line, "furniture_after", False):
        return False          # "Press Freedom Index" above a story is a headline
    limit = OUTLET_ABOVE_WORDS if before_title else 5
    if len(words) > limit or not all(w[0].isupper() for w in words) or not is_outlet_name(words):
        return False
    meta.outlet = meta.outlet or line
    return True


def _masthead(line: str, following: str, meta: TextMeta) -> bool:
    """A site name above the headline ("The Mekong Ledger"): a few capitalised words
    without digits, followed in the page by menus or links (removed as furniture),
    then by a longer line that looks like a headline."""
    words = line.split()
    if not getattr(line, "furniture_after", False) or len(words) > OUTLET_ABOVE_WORDS or _DIGIT.search(line):
        return False
    if not all(w[0].isupper() for w in words):
        return False
    if line[-1] in ".!?:" or not looks_like_headline(following) or len(following.split()) <= len(words):
        return False
    meta.outlet = meta.outlet or line
    return True


def _capitalised(words: list[str]) -> bool:
    """Every word starts with a capital (after an opening bracket or quote), joining
    words ("of", "the") aside."""
    return all(w.lstrip("(\"'“‘")[:1].isupper() or w.lower() in _JOINERS for w in words)


def _site_header(line: str, following: str) -> str | None:
    """"state" or "publisher" for an institution's name above the headline ("Government of
    India", "Ministry of External Affairs"; patterns in ``outlets.json``) or a masthead,
    else None. Only
    when a headline-like, date or byline line follows: a Title Case headline that starts
    with "Ministry of" is followed by the body."""
    words = line.split()
    if len(words) > SITE_HEADER_WORDS or _DIGIT.search(line) or line[-1] in ".!?:,;":
        return None
    if not _capitalised(words) or not (looks_like_headline(following) or (
            len(following) <= DATE_LINE_MAX and find_date(following))):
        return None
    low, rules = line.lower(), site_headers()
    if rules.state.fullmatch(low):
        return "state"
    if rules.publisher.fullmatch(low):
        return "publisher"
    return "publisher" if _bare_masthead(line, words, following) else None


def _bare_masthead(line: str, words: list[str], following: str) -> bool:
    """An outlet's name above a longer headline, without menus between them ("Vientiane
    Times", "THE DELTA REVIEW"): a few words with an outlet word, or in capitals."""
    if len(words) > OUTLET_ABOVE_WORDS or len(following.split()) <= len(words) or following.isupper():
        return False
    if line.isupper():
        return line not in not_datelines()        # "EXCLUSIVE", "ANALYSIS" are labels
    return len(words) >= 2 and is_outlet_name(words)      # a lone "Review" is a section label


def _name_over_date(line: str, following: str, meta: TextMeta) -> bool:
    """A bare byline ("Jane Doe") between the headline and a date line."""
    words = line.split()
    if not 2 <= len(words) <= 4 or _DIGIT.search(line) or line.isupper() or not _capitalised(words):
        return False
    if is_outlet_name(words) or words[0] in not_datelines() or not read_date_line(following, TextMeta()):
        return False
    meta.author = meta.author or line
    return True


def headline_text(line: str, meta: TextMeta) -> str:
    """The headline of a headline line, without a section label before it ("EDITORIAL |")
    or the site's name after it ("| The River Times", which gives the outlet when none is
    known)."""
    label = _LABEL_PREFIX.match(line)
    if label and _is_label(label["label"]):
        line = line[label.end():]
    site = _SITE_SUFFIX.search(line)
    if site and line[:site.start()].strip():
        words = site["site"].split()
        if len(words) <= OUTLET_ABOVE_WORDS + 1 and _capitalised(words) and is_outlet_name(words):
            meta.outlet = meta.outlet or site["site"].strip()
            line = line[:site.start()]
    return line.strip()


def _is_label(label: str) -> bool:
    label = label.strip()
    return label in not_datelines() or label in signatures() or is_furniture(label)


def looks_like_headline(line: str) -> bool:
    """Short, not ending like a sentence, starting with a capital or a quote."""
    if len(line) > HEADLINE_MAX or _SENTENCE_END.search(line):
        return False
    words = line.split()
    if not 2 <= len(words) <= HEADLINE_WORDS:
        return False
    first = line[0]
    return first.isupper() or first.isdigit() or first in "\"“‘'"


def read_header(paragraphs: list[str], meta: TextMeta, known_title: str | None = None) -> int:
    """Read the header lines into `meta`; the index of the first body paragraph.

    A headline is only taken when a body paragraph follows it, so a one-paragraph
    text is never emptied. With `known_title` (from HTML metadata), a first line
    equal to it is dropped as the headline.
    """
    index = 0
    title_seen = False
    site: list[tuple[str, str]] = []        # (kind, line) of site headers skipped
    limit = min(len(paragraphs) - 1, HEADER_LINES)
    while index < limit:
        line = paragraphs[index]
        if read_date_line(line, meta) or read_byline(line, meta) or is_time_or_cue_line(line):
            index += 1
            continue
        following = paragraphs[index + 1]
        kind = None if title_seen else _site_header(line, following)
        if kind:
            site.append((kind, line))
            index += 1
            continue
        if _outlet_line(line, meta, before_title=not title_seen) or (
                not title_seen and _masthead(line, following, meta)) or (
                title_seen and _name_over_date(line, following, meta)):
            index += 1
            continue
        if title_seen:
            break
        if known_title is not None:
            if line.casefold() != known_title.strip().casefold():
                break
        elif not looks_like_headline(line) or following[:1].islower():
            break             # a next line in lower case continues a wrapped sentence
        meta.title = meta.title or headline_text(line, meta)
        title_seen = True
        index += 1
    _settle_site_headers(site, title_seen, meta)
    return index


def _settle_site_headers(site: list[tuple[str, str]], title_seen: bool, meta: TextMeta) -> None:
    """The first publisher or masthead is the outlet once a headline was found under it; with no
    headline under them, the first line skipped was the headline after all."""
    if not site:
        return
    if not title_seen:
        meta.title = meta.title or site[0][1]
        return
    publisher = next((line for kind, line in site if kind == "publisher"), None)
    meta.outlet = meta.outlet or publisher
