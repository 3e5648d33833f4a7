"""Page furniture out of scraped text, paragraph by paragraph.

A paragraph is one non-empty line. Paragraphs are kept or dropped whole and a
kept paragraph is never changed (only the spaces at its edges go), so the
article's own words stay exactly as written. What is dropped:

- lines that are furniture wherever they stand (``furniture.json`` "lines"):
  share widgets, comment-form lines, "Skip to content", "E-paper", archive
  month lines, navigation crumbs; and longer cookie or privacy notices ("notices");
- a furniture block running to the end of the page, opened by "Leave a Reply",
  "Recent Posts", "Related articles" ("tail_starts"), but only after the first
  TAIL_FROM share of the page, so that an early stray line cannot take the
  article with it (a long comment thread can push the form past the middle);
- contact and address lines ("head_or_foot") at the head or the foot only, and at
  the foot the name line heading an address block ("Mekong Transport Forum");
- a list heading in mid-page ("Most Read", "Related coverage:", "Topics :",
  ``furniture.json`` "block_starts", each also a "lines" entry) with the short
  link or tag lines under it, up to the next sentence;
- section menus and breadcrumbs ("News World Business Opinion", "News > Asia", ``chrome.py``);
- a press release's closing block ("This is a press release of ...", "For further
  information ...", "Office of the Spokesperson", ``chrome.py``) at the end of the text;
- captions ending with an agency photo credit ("— VNA/VNS Photo ...");
- a paragraph repeated by a bad scrape (the first copy is kept), in scraped text
  only and only paragraphs of REPEAT_MIN characters or more: short lines such as
  headings and table rows repeat legitimately, and HTML extraction (trafilatura)
  already keeps the structure, where repeats are usually real (measured: dropping
  them there cost F1 on the HTML benchmark).

Furniture tests only run on short lines: article paragraphs are long, and
skipping them keeps the text path fast.
"""
from __future__ import annotations

import re

from concord.clean.dates import find_date
from concord.clean.chrome import is_foot_line, is_menu_line
from concord.clean.patterns import furniture

SHORT = 200          # furniture lines are shorter than this
NOTICE_MAX = 800     # a cookie or privacy notice is at most this long
CAPTION_MAX = 350    # a photo caption is at most this long
EDGE_MAX = 160       # contact and address lines are at most this long
LOWER_WORDS_MAX = 2  # ... and hold few words in lower case (sentences hold many)
LIST_ITEM_MAX = 120  # link-list items (related headlines) are at most this long
ADDRESS_NAME_LINES = 1   # name lines dropped above a postal address at the foot
NAME_LINE_WORDS = 6
BLOCK_MAX = 12       # link lines dropped at most after a list heading in mid-page
REPEAT_MIN = 50      # shorter repeated paragraphs are kept
TAIL_FROM = 0.3      # a tail block may only start after this share of the page's characters

_LOWER_WORD = re.compile(r"(?<!\S)[^\W\d_A-ZÀ-ÖØ-Þ][\w'’-]*")
_SENTENCE_FINAL = re.compile(r"[.!?][\"”’)]?$")
_EDGE_LABEL = re.compile(r"[^\W\d][\w -]{1,30}:\s")
_NAME_WORD = re.compile(r"[A-ZÀ-Þ(&]")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“]")


class Line(str):
    """A paragraph that remembers its line number in the original, so the kept
    paragraphs can be joined as they were laid out (see `join_paragraphs`), and
    whether furniture was removed right after it."""
    number: int
    furniture_after: bool = False


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines with their edge spaces (including no-break spaces) removed."""
    lines = []
    for number, raw in enumerate(text.splitlines()):
        stripped = raw.strip()
        if stripped:
            line = Line(stripped)
            line.number = number
            lines.append(line)
    return lines


def join_paragraphs(paragraphs: list[str], keep_layout: bool = True) -> str:
    """The paragraphs as one text: blank lines between them, except that with
    `keep_layout` two lines that followed each other in the original (a text with
    one paragraph a line, or lines wrapped by hand) stay one newline apart."""
    if not keep_layout:
        return "\n\n".join(paragraphs)
    parts: list[str] = []
    previous = None
    for para in paragraphs:
        number = getattr(para, "number", None)
        if parts:
            adjacent = number is not None and previous is not None and number == previous + 1
            parts.append("\n" if adjacent else "\n\n")
        parts.append(str(para))
        previous = number
    return "".join(parts)


def is_furniture(line: str) -> bool:
    """A line that is page furniture wherever it stands."""
    rules = furniture()
    if len(line) <= SHORT:
        low = line.lower()
        if rules.lines.fullmatch(low) or is_menu_line(line, low):
            return True
    elif len(line) <= NOTICE_MAX and rules.notices.match(line):
        return True           # a long cookie or privacy notice (its opening words are enough)
    if len(line) > CAPTION_MAX or rules.photo_credit.fullmatch(line) is None:
        return False
    # A caption is a sentence or two; a longer paragraph that ends with a credit is article text.
    return len(_SENTENCE_BREAK.findall(line)) <= 1


def is_edge_furniture(line: str) -> bool:
    """A contact or address line (furniture only before or after the article).

    A line holding a full date is not: "04/12/2019" looks like a phone number but
    is the date line the metadata reader needs."""
    if len(line) > EDGE_MAX or furniture().head_or_foot.fullmatch(line.lower()) is None:
        return False
    label = _EDGE_LABEL.match(line)     # "Media inquiries: press office, ...": the label's words do not count
    if len(_LOWER_WORD.findall(line, label.end() if label else 0)) > LOWER_WORDS_MAX:
        return False          # "The summit was held at the Peace Palace building on 3 May."
    return find_date(line) is None


def _tail_start(paragraphs: list[str]) -> int:
    """Index of the paragraph that opens a furniture block to the end, or len()."""
    total = sum(len(p) for p in paragraphs)
    seen = 0
    rules = furniture()
    for i, para in enumerate(paragraphs):
        if seen >= total * TAIL_FROM and len(para) <= SHORT:
            low = para.lower()
            if rules.tail_starts.fullmatch(low):
                return i
            if rules.weak_tail_starts.fullmatch(low) and all(_listy(p) for p in paragraphs[i + 1:]):
                return i
        seen += len(para)
    return len(paragraphs)


def _listy(line: str) -> bool:
    """A line of a link list (a headline, a menu, a footer), not an article sentence."""
    return (len(line) <= LIST_ITEM_MAX and not _SENTENCE_FINAL.search(line)) or is_furniture(line) \
        or is_edge_furniture(line)


def _trim_edges(paragraphs: list[str], drop_footer: bool = True) -> list[str]:
    """Contact and address lines off both ends; at the foot, with `drop_footer`, a
    release's closing lines too ("For further information ...", ``chrome.py``)."""
    start, end = 0, len(paragraphs)
    while start < end and is_edge_furniture(paragraphs[start]):
        start += 1
    address = False
    while end > start:
        last = paragraphs[end - 1]
        if is_edge_furniture(last):
            address = True
        elif not (drop_footer and end - 1 > start and is_foot_line(last)):
            break
        end -= 1
    if address:
        # The name heading a postal address block ("Mekong Transport Forum" above "45 River Ave").
        for _ in range(ADDRESS_NAME_LINES):
            if end <= start + 1 or not _name_line(paragraphs[end - 1]):
                break
            end -= 1
    return paragraphs[start:end]


def _link_item(line: str) -> bool:
    """A line of a link or tag list: short and not a sentence."""
    return len(line) <= LIST_ITEM_MAX and not _SENTENCE_FINAL.search(line)


def _name_line(line: str) -> bool:
    """A short line of capitalised words without digits or sentence punctuation."""
    words = line.split()
    return (len(words) <= NAME_LINE_WORDS and not any(c.isdigit() for c in line)
            and not _SENTENCE_FINAL.search(line) and all(_NAME_WORD.match(w) or w in ("of", "and", "the", "for")
                                                         for w in words))


def remove_furniture(paragraphs: list[str], drop_repeats: bool = True, drop_footer: bool = True) -> list[str]:
    """The paragraphs that belong to the article, in order, unchanged.

    `drop_footer`: a release's closing block goes (scraped text; in HTML, trafilatura
    has already left the page footer out, and what remains there, a republication credit
    or a list of links, is part of the body on the HTML benchmark: measured)."""
    paragraphs = paragraphs[:_tail_start(paragraphs)]
    seen: set[str] = set()
    kept: list[str] = []
    block = 0             # link lines still to drop after a list heading ("Most Read")
    for para in paragraphs:
        if block and _link_item(para):
            block -= 1
            continue
        block = 0
        if para in seen or is_furniture(para):
            if kept and isinstance(kept[-1], Line):
                kept[-1].furniture_after = True     # a masthead is followed by menus (header.py)
            if furniture().block_starts.fullmatch(para.lower()):
                block = BLOCK_MAX
            continue
        if drop_repeats and len(para) >= REPEAT_MIN:
            seen.add(para)
        kept.append(para)
    # Edges are trimmed after the rest, so a phone line above "Recent Posts" also goes.
    return _trim_edges(kept, drop_footer)
