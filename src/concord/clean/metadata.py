"""Metadata read from the article text itself: date and byline lines, dateline place,
wire signature, a statement's closing date.

The header (``header.py``) is the run of short lines before the first body paragraph: a headline
and lines such as "December 04, 2019 - 12:02", "The Khmer Times, 7 December 2016",
"Posted on 3 March 2023 by Admin", "By Jane Doe" or a lone outlet name under the
headline. They are read into metadata and left out of the text, which starts at
the first body paragraph (as in ``shared/spec/extract-output.md``). Dates inside
body paragraphs are dates of events, never publication dates: `published` comes
only from header lines, a dateline that states its year, or a statement's closing
line ("Phnom Penh, 5 March 2023"), which stays in the text.

The dateline ("HÀ NỘI —", "PHNOM PENH, Aug. 3 (Xinhua) --") and a trailing
signature ("— VNS") are read but stay in the text, as part of their paragraph; a
signature or "Source: Xinhua" line standing alone at the end is removed. Words
that mark outlet names and the wire signatures are data (``data/outlets.json``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from concord.clean.dates import cue_pattern, fillers, find_date, month_year, time_pattern
from concord.clean.furniture import is_furniture
from concord.clean.patterns import not_datelines, outlet_words, signatures
from concord.clean.datelines import (LABEL_SEPARATOR, dateline_place, day_first_date, is_page_cue_line, place_after,
                                     split_date_line, without_relative_time)

DATE_LINE_MAX = 120
DECK_MAX = 300            # a standfirst between headline and byline is at most this long
SPLIT_LINE_MAX = 40       # a lone cue word or time in the header is at most this long
FOOTER_LINES = 4          # a closing date line is searched in the last lines only

# Any symbol separates the parts of a date line: "Jakarta ● Wed, ...", "KYODO NEWS - Aug 3, 2019".
_SEPARATORS = re.compile(r"[^\w\s&'’]+")
_JOINERS = frozenset(("of", "and", "the", "for", "&", "in", "on", "to", "de"))
LABEL_WORDS = 6           # a section label after a date line's "|" has at most this many words
_BY = re.compile(r"(?:^|\s)by\s+(?P<name>[^|,\-–—:/·•()\d]{2,60}?)(?=\s*(?:$|[|,\-–—:/·•(])|\s+(?:on|at)\s)",
                 re.IGNORECASE)      # "Posted by Jane Doe on March 12, 2023"
_NAME = r"[A-ZÀ-Ỹ][\w.'’-]*(?:\s+[A-ZÀ-Ỹ][\w.'’-]*){0,4}"
_BYLINE = re.compile(rf"(?:[Bb]y|BY|[Ww]ritten by|[Rr]eported by|[Ss]tory by|(?:[Aa]uthor|AUTHOR|[Ww]riter|WRITER"
                     rf"|[Rr]eporter|REPORTER)\s*:)\s+(?P<name>{_NAME}(?:(?:,|\s+and|\s+AND|\s*&)\s+{_NAME}){{0,3}})"
                     rf"(?:\s+in\s+{_NAME})?(?:\s*[,|/–—-]\s*[\w .'’-]{{1,60}})?")
_NAME_OUTLET = re.compile(rf"(?:(?:[Bb]y|BY)\s+)?(?P<name>{_NAME})\s*\((?P<outlet>[^()]{{2,40}})\)")
_DIGIT = re.compile(r"\d")
_UPDATE = re.compile(r"\b(?:updated|modified|mis à jour)\b", re.IGNORECASE)
_SENTENCE_FINAL = re.compile(r"[.!?][\"”’)]?$")
_LEADS_TO_DATE = re.compile(r"\s(?:on|for|at|of|from|until)\s*$", re.IGNORECASE)
_DATELINE = re.compile(
    r"(?P<place>[^\W\d_](?:[^\W\d_]|['.’-])*(?: [^\W\d_](?:[^\W\d_]|['.’-])*){0,3}),?"
    r"(?:\s+(?P<when>(?:[^\W\d_]{3,9}\.? \d{1,2}|\d{1,2} [^\W\d_]{3,9}\.?)(?:,? (?:19|20)\d\d)?)"
    r"|\s+(?P<region>[^\W\d_][^\W\d_'.-]*(?: [^\W\d_][^\W\d_'.-]*){0,2}))?"
    r"\s*(?:\((?P<agency>[^()]{2,30})\)|(?P<bare>[A-Z]{2,6}))?"
    r"\s*(?P<dash>—|–|--|-)\s+[\"“‘']?(?P<next>[^\W_])")
_LABELLED = re.compile(r"(?<![\w])(?P<label>[Ss]ource|[Ww]eb [Ee]ditor|[Ee]ditor|[Aa]uthor|[Rr]eporter)\s*:\s*"
                       r"(?P<value>[^|:]{1,60}?)\s*(?=$|\|)")
_SOURCE = re.compile(r"(?:[Ss]ource|SOURCE)\s*:\s*(?P<name>[A-Z][\w.&' -]{1,60}?)\.?")
_IN_OUTLET = re.compile(r"\s+(?:in|by|at)\s+(?P<name>[A-Z][\w'’&-]*(?:[ .]+[A-Z][\w'’&-]*){0,5})\s*\.?$")
_SIGNATURE_TAIL = re.compile(r"(?:[—–-]|--)\s*(?P<sig>[A-Z][\w/]{1,15})\s*$|\((?P<paren>[A-Z][\w/]{1,15})\)\s*$")


@dataclass(slots=True)
class TextMeta:
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    dateline: str | None = None
    from_update: bool = False      # `published` came from an "Updated" line
    dateline_line: str | None = None   # a header date line that opens with its place: kept in the text


def read_date_line(line: str, meta: TextMeta) -> bool:
    """Read a date line into `meta`; False when the line is not one."""
    if len(line) > DATE_LINE_MAX or not _DIGIT.search(line):
        return False
    if _read_one_date_line(line, meta) or _read_parts(line, meta):
        return True
    plain = without_relative_time(line)
    return plain is not None and _read_one_date_line(plain, meta)


def _read_parts(line: str, meta: TextMeta) -> bool:
    """A line of several cued parts ("Published 12 Mar 2023 Updated 13 Mar 2023",
    "Updated 2 hours ago | Published ..."), opening with a cue: each part a cued date
    line or furniture, one at least a date. Read into a copy first, so that a line that
    turns out not to be one changes nothing."""
    parts = split_date_line(line) if is_page_cue_line(line) else None
    if not parts:
        return False
    trial = TextMeta()
    for part in parts:
        # Each date needs its cue: "29 November 2018 | 20 January 2019" is an event's span.
        if not ((is_page_cue_line(part) and _read_one_date_line(part, trial)) or is_furniture(part)
                or is_time_or_cue_line(part)):
            return False
    if trial.published is None:
        return False
    if meta.published is None or (meta.from_update and not trial.from_update):
        meta.published, meta.from_update = trial.published, trial.from_update
    meta.outlet = meta.outlet or trial.outlet
    meta.author = meta.author or trial.author
    return True


def _read_one_date_line(line: str, meta: TextMeta) -> bool:
    """A line with one date and nothing but times, cue words, a place, an outlet or a byline."""
    found = find_date(line) or day_first_date(line)
    if found is None:
        return _month_date_line(line, meta)
    iso, match = found
    before, after = line[:match.start()], line[match.end():]
    labelled = _labelled_parts(before) | _labelled_parts(after)
    before, after = _LABELLED.sub(" ", before), _LABELLED.sub(" ", after)
    author = labelled.get("author")
    by = _BY.search(before + " | " + after)
    if by:
        author = by["name"].strip()
        before = before.replace(by.group(0), " ") if by.group(0) in before else before
        after = after.replace(by.group(0), " ") if by.group(0) in after else after
    rest_before = _rest_words(before)
    rest_after = _after_words(after)
    wire = rest_after[0] if len(rest_after) == 1 and rest_after[0] in signatures() else None
    if (rest_after and not wire) or len(rest_before) > 6:
        return False
    if any(not word[0].isupper() for word in rest_before):
        return False          # "Summit opens on 10 May 2023": a headline, not a date line
    if len(rest_before) >= 3 and _LEADS_TO_DATE.search(before):
        return False          # "Spokesperson's Regular Press Conference on 4 March 2024": a headline
    if _UPDATE.search(line):
        # An "Updated" date only stands in until a publication date line is read.
        if meta.published is None:
            meta.published, meta.from_update = iso, True
    elif meta.published is None or meta.from_update:
        meta.published, meta.from_update = iso, False
    source = labelled.get("source") or wire
    if source:
        meta.outlet = meta.outlet or signatures().get(source, source)
    if rest_before:
        name = " ".join(rest_before)
        if (is_outlet_name(rest_before) or name in signatures()) and not is_furniture(name):    # "News | 6 Sep 2023": a section
            meta.outlet = meta.outlet or _outlet_spelling(rest_before)
        elif place := dateline_place(before, rest_before):
            meta.dateline = meta.dateline or _cased_place(place)   # "Phnom Penh, 5 March 2023"
            meta.dateline_line = line
    elif place := place_after(after):
        meta.dateline = meta.dateline or _cased_place(place)       # "May 14, 2024 | Bangkok"
        meta.dateline_line = line
    if author:
        meta.author = meta.author or author
    return True


def _labelled_parts(part: str) -> dict[str, str]:
    """"Source: Xinhua", "Author: Jane Doe" segments of a date line ("Editor:" is dropped)."""
    found = {}
    for match in _LABELLED.finditer(part):
        label = match["label"].lower()
        if label in ("source", "author", "reporter"):
            found["source" if label == "source" else "author"] = match["value"].strip()
    return found


def _rest_words(part: str) -> list[str]:
    """Words of a date line around the date, once times, cue words and fillers are gone."""
    words = _SEPARATORS.sub(" ", cue_pattern().sub(" ", time_pattern().sub(" ", part))).split()
    return [w for w in words if w.lower() not in fillers()]


def _after_words(after: str) -> list[str]:
    """The words after a date that make a line something else than a date line. A section
    label or a reading time behind a "|" ("| Southeast Asia Program", "· 4 min read") does
    not count, nor do times, cue words and fillers."""
    first, *labels = LABEL_SEPARATOR.split(after)
    words = _rest_words(first)
    for label in labels:
        rest = _rest_words(label)
        is_label = len(rest) <= LABEL_WORDS and all(w[0].isupper() or w.lower() in _JOINERS for w in rest)
        if not (is_label or is_furniture(label)):
            words += rest
    return words


def _outlet_spelling(words: list[str]) -> str:
    """An outlet name as the outlet writes it: "KYODO NEWS" → "Kyodo News" through its wire
    signature; other names as given."""
    name = " ".join(words)
    if name.isupper():
        table = signatures()
        for key in (name, words[0], words[0].title()):
            if key in table:
                return table[key]
    return name


def is_outlet_name(words: list[str]) -> bool:
    names = outlet_words()
    return any(w.lower() in names for w in words) or " ".join(words) in signatures().values()


def _month_date_line(line: str, meta: TextMeta) -> bool:
    """"Published: March 2025" (a cue word is required: a lone month is an archive widget)."""
    cue = cue_pattern().match(line)
    if not cue:
        return False
    rest = re.sub(r"^[\s:]*(?:on\s+)?", "", line[cue.end():])
    iso = month_year(rest)
    if iso and len(rest.split()) <= 3:
        meta.published = meta.published or iso
        return True
    return False


def byline_match(line: str) -> re.Match | None:
    return _BYLINE.fullmatch(line) if len(line) <= 100 else None


def read_byline(line: str, meta: TextMeta) -> bool:
    """"By Jane Doe", "WRITER: Jane Doe", or a name with its outlet: "Jane Doe (The Delta Post)"."""
    match = byline_match(line)
    if match:
        meta.author = meta.author or match["name"]
        return True
    match = _NAME_OUTLET.fullmatch(line) if len(line) <= 100 else None
    if match is None:
        return False
    outlet = match["outlet"].strip()
    if outlet not in signatures() and not is_outlet_name(outlet.split()):
        return False          # "Leaders Meet (Update)": not a byline
    meta.author = meta.author or match["name"]
    meta.outlet = meta.outlet or signatures().get(outlet, outlet)
    return True


def is_time_or_cue_line(line: str) -> bool:
    """A date line split in two: "UPDATED" above the date, "10:15 AM MYT" under it."""
    return len(line) <= SPLIT_LINE_MAX and any(c.isalnum() for c in line) and not _rest_words(line)


def read_deck_lines(paragraphs: list[str], meta: TextMeta) -> list[str]:
    """Byline and date lines under a standfirst ("Title / Deck sentence. / By Jane Doe /
    13 June 2022 / Body"): read and left out; the standfirst stays as the first paragraph."""
    if len(paragraphs) < 3 or len(paragraphs[0]) > DECK_MAX:
        return paragraphs
    end = 1
    while end < min(len(paragraphs) - 1, 3) and (
            read_byline(paragraphs[end], meta) or read_date_line(paragraphs[end], meta)):
        end += 1
    kept = [p for p in paragraphs[1:end] if p is meta.dateline_line]     # a dateline stays (see read_header)
    return paragraphs[:1] + kept + paragraphs[end:] if end > 1 else paragraphs


def _cased_place(place: str) -> str:
    return place.title() if place.isupper() else place


def read_dateline(paragraphs: list[str], meta: TextMeta, first: int = 3) -> None:
    """"HÀ NỘI — ..." → dateline "Hà Nội"; "(Xinhua)" gives the outlet when none is known."""
    for para in paragraphs[:first]:
        match = _DATELINE.match(para)
        if not match:
            continue
        place, agency = match["place"], match["agency"] or match["bare"]
        if match["bare"] and match["bare"] not in signatures():
            continue          # "Phnom Penh, March 3, 2019 AKP --": a wire's initials, without brackets, only when known
        if place.strip() in not_datelines() or not (match["next"].isupper() or match["next"].isdigit()):
            continue          # "ASEAN — the bloc ..." is not a dateline
        strong = place.isupper() and any(c.isalpha() for c in place)
        if match["dash"] == "-" and not (match["when"] or agency):
            continue          # "ASEAN - China ties" is not a dateline
        if not (strong or agency or match["when"]):
            continue
        if match["region"] and not (strong and match["region"][0].isupper()):
            continue          # "KUNMING, China —" but not "ASEAN, as usual —"
        known = agency in signatures() or (agency and is_outlet_name(agency.split()))
        if agency and not known:
            if not strong:
                continue      # "(AIPR)" after a name is an acronym, not a wire
            agency = None
        meta.dateline = _cased_place(place.strip())
        found = find_date(match["when"]) if match["when"] else None
        if found and meta.published is None:
            meta.published = found[0]     # "PHNOM PENH, March 3, 2023 (AKP) --": the year is stated
        if agency:
            meta.outlet = meta.outlet or signatures().get(agency, agency)
        return


def read_signature(paragraphs: list[str], meta: TextMeta) -> list[str]:
    """Read a trailing wire signature ("— VNS", "(Xinhua)", "AKP", "Source: Xinhua").

    A signature, source or byline ("By Sok Dara") line standing alone at the end
    is removed; a signature that ends a paragraph stays in it."""
    table = signatures()
    while len(paragraphs) > 1:
        last = paragraphs[-1]
        source = _SOURCE.fullmatch(last)
        byline = byline_match(last)
        if last in table:
            meta.outlet = meta.outlet or table[last]
        elif byline:
            meta.author = meta.author or byline["name"]
        elif source and (source["name"] in table or is_outlet_name(source["name"].split())):
            meta.outlet = meta.outlet or table.get(source["name"], source["name"])
        else:
            break
        paragraphs = paragraphs[:-1]
    if paragraphs:
        match = _SIGNATURE_TAIL.search(paragraphs[-1])
        sig = match and (match["sig"] or match["paren"])
        if sig in table:
            meta.outlet = meta.outlet or table[sig]
    return paragraphs


def read_cue_lines(paragraphs: list[str], meta: TextMeta) -> list[str]:
    """Page date lines that stand in the body ("Published 12 March 2023" under a long
    standfirst, "First published on 12 March 2023 in The Delta Post." at the end): a
    short line opening with a page cue and holding nothing but the date (and its outlet)
    is read and left out, wherever it stands."""
    kept = []
    for para in paragraphs:
        if len(para) <= DATE_LINE_MAX and is_page_cue_line(para) and _read_cue_line(para, meta):
            continue
        kept.append(para)
    return kept if len(kept) < len(paragraphs) and kept else paragraphs


def _read_cue_line(line: str, meta: TextMeta) -> bool:
    if read_date_line(line, meta):
        return True
    credit = _IN_OUTLET.search(line)          # "... 12 March 2023 in The Delta Post."
    if credit is None or not is_outlet_name(credit["name"].split()):
        return False
    if not read_date_line(line[:credit.start()], meta):
        return False
    meta.outlet = meta.outlet or credit["name"].strip()
    return True


def read_footer_date(paragraphs: list[str], meta: TextMeta) -> list[str]:
    """A closing date line when the header gave no publication date: a statement's
    ("Phnom Penh, 5 March 2023"), among the short lines of its signature block
    ("MINISTRY OF ... / SINGAPORE / 23 JULY 2024"), or a page's ("Published: 11 Jan 2024").

    A statement's line stays in the text (it is part of the statement as issued); a
    page's line, which opens with a cue word ("Published", "Updated"), goes."""
    if meta.published is not None and not meta.from_update:
        return paragraphs
    drop = set()
    for i in range(len(paragraphs) - 1, max(0, len(paragraphs) - 1 - FOOTER_LINES), -1):
        para = paragraphs[i]
        if read_date_line(para, meta):
            if cue_pattern().match(para):
                drop.add(i)
            if not meta.from_update:
                break         # an "Updated" line may stand under the "Published" one
        elif len(para) > DATE_LINE_MAX or _SENTENCE_FINAL.search(para):
            break             # a sentence ends the signature block
    return [p for i, p in enumerate(paragraphs) if i not in drop] if drop else paragraphs
