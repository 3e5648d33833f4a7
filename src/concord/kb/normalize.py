"""The one name normalisation of Concord, and honorific stripping.

`normalize_name` is the comparison key for every name: the alias index, the
linker and the scorer all compare names this way, so "Việt Nam", "Viet Nam" and
"viet nam" meet, and "Seventh" and "7th" both become "7".

Honorifics ("Samdech", "H.E.", "U", "Datuk") come from ``data/honorifics.json``
so that new ones are added without touching code.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from concord.datafiles import load_json

# Letters that NFKD does not split into base letter + combining mark.
_FOLD = str.maketrans({
    "đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ð": "d", "Ð": "D", "þ": "th",
    "Þ": "Th", "ı": "i", "ħ": "h", "Ħ": "H", "ŧ": "t", "Ŧ": "T",
    "\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
})

_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
    "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "seventy": 70, "eighty": 80, "ninety": 90}
_UNIT_ORDINALS = {w: n for w, n in _ORDINAL_WORDS.items() if n < 10}

# One pass for all ordinals: "twenty-first" (after hyphens became spaces), "seventh", "7th".
_ORDINAL = re.compile(
    r"\b(?:(" + "|".join(_TENS) + r") (" + "|".join(_UNIT_ORDINALS) + r")"
    r"|(" + "|".join(_ORDINAL_WORDS) + r")|(\d+)(?:st|nd|rd|th))\b")
_POSSESSIVE = re.compile(r"(\w)'s?\b|(?<=s)'(?=\s|$)")
_SEPARATOR = "-\u2010\u2011\u2013\u2014/_"
# Separators become spaces ("Mekong-Japan"); other marks just go ("U.S." → "us").
_PUNCT = re.compile(r"[^\w\s]|_")
_SIGNS = str.maketrans({"+": " plus ", "&": " and ", **{ch: " " for ch in _SEPARATOR}})


def strip_diacritics(text: str) -> str:
    """NFKD, combining marks dropped, and letters like đ, ø, ł folded to ASCII."""
    if text.isascii():          # most names: nothing to fold, skip the costly decomposition
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _ordinal(match: re.Match[str]) -> str:
    tens, unit, word, digits = match.groups()
    if tens:
        return str(_TENS[tens] + _UNIT_ORDINALS[unit])
    return str(_ORDINAL_WORDS[word]) if word else digits


def strip_possessive(text: str) -> str:
    """"Cambodia's" → "Cambodia", "Philippines'" → "Philippines"."""
    text = text.translate(_FOLD)
    return _POSSESSIVE.sub(lambda m: m.group(1) or "", text) if "'" in text else text


@lru_cache(maxsize=200_000)
def normalize_name(text: str) -> str:
    """The comparison key of a name.

    NFKD without diacritics, case folded, possessives and punctuation removed, a
    leading "the" removed, spaces collapsed, ordinals as digits. "+" and "&" are
    spelled out ("ASEAN+3" = "ASEAN Plus 3"). Called for every alias of the KB at
    load time, hence the few, combined passes.
    """
    text = strip_possessive(strip_diacritics(text).casefold())
    text = _PUNCT.sub("", text.translate(_SIGNS))
    text = " ".join(_ORDINAL.sub(_ordinal, text).split())
    return text[4:] if text.startswith("the ") else ("" if text == "the" else text)


@lru_cache(maxsize=1)
def honorifics() -> tuple[str, ...]:
    """Honorifics from data/honorifics.json, longest first so that "Dato' Sri" wins over "Dato'"."""
    entries = load_json("concord.kb", "honorifics.json")["honorifics"]
    return tuple(sorted({e["text"] for e in entries}, key=len, reverse=True))


@lru_cache(maxsize=1)
def honorific_keys() -> frozenset[str]:
    """The honorifics normalised ("H.E." → "he", "Dato' Sri" → "dato sri"), for probing by key."""
    return frozenset({normalize_name(h) for h in honorifics()} - {""})


@lru_cache(maxsize=1)
def _honorific_pattern() -> re.Pattern[str]:
    # Honorifics are matched on normalised text so "H.E." and "HE", "Dato'" and "Dato" agree.
    keys = sorted(honorific_keys(), key=len, reverse=True)
    return re.compile(r"^(?:" + "|".join(re.escape(k) for k in keys) + r")\s+")


def strip_honorifics(name: str) -> str:
    """The name without leading honorifics, as written otherwise.

    "Samdech Akka Moha Sena Padei Techo Hun Sen" → "Hun Sen"; "H.E. Dr. Sok Siphana"
    → "Sok Siphana"; "U Thant" → "Thant". A name made only of honorifics is kept.
    """
    pattern = _honorific_pattern()
    words = name.split()
    changed = True
    while changed and len(words) > 1:
        changed = False
        for cut in range(len(words) - 1, 0, -1):
            # The longest run of leading words that is one honorific.
            head = normalize_name(" ".join(words[:cut]))
            if head and pattern.fullmatch(head + " "):
                words = words[cut:]
                changed = True
                break
    return " ".join(words)
