"""Garbled names: a credibility flag for names an OCR or a broken feed mangled.

A word whose letter case switches like no name does ("HAhHAApMsANN"), alone or
with a stray hyphen in the same run of capitalised words ("ANN- ARAMA"), or a
name with digits in place of letters ("N0RODOM"). Acronyms, "McDonald",
"iPhone", "BioNTech", "G20", "COVID-19" and names with diacritics are clean
(thresholds in ``data/flags_rules.json``).
"""
from __future__ import annotations

import re

from concord.datafiles import load_json
from concord.document import Flag

__all__ = ["garbled_flags", "garbled_names", "digit_garbled", "digit_suspect", "is_garbled_word"]

_RULES = load_json("concord.extract", "flags_rules.json")
_G = _RULES["garbled"]
_DOMAIN = re.compile(r"\.[a-z]{2,4}\b")
_WORD_AT = re.compile(r"[^\W\d_]+")
_SWITCH = re.compile(r"[a-z](?=[A-Z])")
_CAP_RUN_INNER = re.compile(r"[A-Z]{2}(?=[a-z])")
_NAME_WORD = r"[A-Z][^\s,;:.()]*"
_RUN = re.compile(rf"{_NAME_WORD}(?:\s+{_NAME_WORD})*")
_STRAY = re.compile(r"[A-Za-z]-\s+[A-Z]")


def garbled_flags(text: str) -> list[Flag]:
    """Every `garbled_name` flag of a text: case-switching names, then names with
    digits for letters that the first kind has not flagged already."""
    flags = garbled_names(text)
    return flags + [f for f in digit_garbled(text) if not any(f.start < g.end and g.start < f.end for g in flags)]


def is_garbled_word(word: str) -> bool:
    """True when a word's letter case switches like no real name's does."""
    switches = len(_SWITCH.findall(word))
    if switches >= _G["min_switches"]:
        return True
    return switches >= _G["min_switches_with_run"] and bool(_CAP_RUN_INNER.search(word[1:]))


def garbled_names(text: str) -> list[Flag]:
    """One `garbled_name` flag per run of capitalised words holding a garbled word."""
    flags: list[Flag] = []
    done_until = -1
    for hit in _SWITCH.finditer(text):            # rare in clean text: McDonald, iPhone
        if hit.start() < done_until:
            continue
        m = _WORD_AT.match(text, _word_start(text, hit.start()))
        word = m.group(0) if m else ""
        done_until = m.end() if m else hit.end()
        if not is_garbled_word(word) or _in_handle(text, m.start(), m.end()):
            continue
        start, end = _run_around(text, m.start(), m.end())
        run = text[start:end]
        extra = " and a stray hyphen" if _STRAY.search(run) else ""
        flags.append(Flag("garbled_name",
                          f"the name “{run}” looks garbled: “{word}” mixes capital and small letters "
                          f"in a way no name does{extra}; check the original source for the real name",
                          start, end))
        done_until = end
    return flags


_D = _RULES["digit_letters"]
_DIGITS = re.compile(r"\d+")
_INSIDE = re.compile(rf"(?P<left>[A-Za-z]+)[{_D['inside']}](?P<right>[A-Za-z]+)")
_ZERO_ONE = re.compile(rf"[A-Za-z][{_D['single']}][A-Za-z]")   # "S0khonn": 0 for o, 1 for i/l
_TRAILING = re.compile(rf"[A-Za-z]*[a-z][A-Za-z]*[{_D['trailing']}]")


def digit_suspect(word: str) -> str | None:
    """"inside" for a digit between letters ("N0RODOM", "SIS0UVANH"), "trailing" for
    a digit ending a word with small letters ("Dat0", "Sr1"), else None ("G20",
    "H5N1", "MH370", "COVID-19", "5G"). A word opening with a digit or holding more
    than `max_digits` of them is a code ("7fee1f9a", "u00a0"), not a name."""
    digits = sum(c.isdigit() for c in word)
    if not word[:1].isalpha() or digits > _D["max_digits"]:
        return None
    for m in _INSIDE.finditer(word):
        if max(len(m.group("left")), len(m.group("right"))) >= _D["side_letters"]:
            return "inside"
    return "trailing" if _TRAILING.fullmatch(word) else None


def digit_garbled(text: str) -> list[Flag]:
    """One `garbled_name` flag per run of capitalised words whose letters an OCR
    turned into digits: two suspect words in the run, or one with a digit inside
    that is in capitals ("SIS0UVANH") or a 0 or 1 ("S0khonn"), so that
    "L3Harris" or "iPhone5" alone stay clean."""
    flags: list[Flag] = []
    done_until = -1
    for hit in _DIGITS.finditer(text):            # digits next to letters are rare: G20, 5G, MH370
        p, q = hit.span()
        if p < done_until or not ((p and text[p - 1].isalpha()) or (q < len(text) and text[q].isalpha())):
            continue                              # a plain number ("2023"): a scan of digit runs is 4x faster
        a, b = _token_at(text, p)
        done_until = b
        if digit_suspect(text[a:b]) is None:
            continue                              # "5th", "G20", "2023's": most hits end here, cheaply
        start, end = _run_around(text, a, b)
        done_until = end
        if text.endswith(("’s", "'s"), start, end):
            end -= 2                              # "SIHAM0Ni's envoy": the name without its possessive
        words = [w.strip("’'\"“”-") for w in text[start:end].split()]
        suspects = [(w, kind) for w in words if (kind := digit_suspect(w))]
        if not (len(suspects) >= 2 or any(k == "inside" and (w.upper() == w or _ZERO_ONE.search(w))
                                           for w, k in suspects)):
            continue
        if _in_handle(text, start, end):
            continue
        shown = ", ".join(f"“{w}”" for w, _ in suspects)
        flags.append(Flag("garbled_name",
                          f"the name “{text[start:end]}” looks garbled: {shown} "
                          f"{'have digits' if len(suspects) > 1 else 'has a digit'} where letters belong; "
                          f"check the original source for the real name", start, end))
    return flags


def _token_at(text: str, pos: int) -> tuple[int, int]:
    """The letters-and-digits word around text[pos]."""
    a = pos
    while a > 0 and text[a - 1].isalnum():
        a -= 1
    b = pos
    while b < len(text) and text[b].isalnum():
        b += 1
    return a, b


def _in_handle(text: str, start: int, end: int) -> bool:
    """Hashtags, @handles, web addresses and file names join words on purpose."""
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    token = text[left:right if right >= 0 else len(text)]
    return token[:1] in "#@" or "/" in token or "www" in token.lower() or _DOMAIN.search(token) is not None


def _word_start(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isalpha():
        pos -= 1
    return pos


def _run_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The run of capitalised words (joined by spaces) around text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    for m in _RUN.finditer(text, line_start, line_end):
        if m.start() <= start and end <= m.end():
            return m.start(), m.end()
    return start, end
