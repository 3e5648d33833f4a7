"""Names with head words: "Asian Vision Institute" (ORGANIZATION), "Mekong-Asia
Pacific Initiative" (FRAMEWORK), "Siem Reap Province" (PLACE).

The name grows left over capitalised words (and over a KB name whose first word is
also an English word: "Can Tho University") and right over an "of/for/on" tail
("Institute for Peace and Reconciliation"); a ministry's tail is its portfolio.
Names headed by event words ("Forum", "Summit") are kept as EVENT spans: they are
not entities, but no person is read inside them. Split from `concord.extract.names`,
which reads people.
"""
from __future__ import annotations

import re

from concord.datafiles import load_json
from concord.extract.lexicon import Lexicon
from concord.extract.names import Cand, _is_numberish
from concord.extract.runs import Run, Word

__all__ = ["cue_names"]

_POSSESSIVE = ("'s", "’s", "'", "’")
_TAIL_START = frozenset({"of", "for", "on"})
_ATTRIBUTIVE = ("-based", "-led", "-backed", "-funded", "-owned", "-run", "-linked", "-affiliated")
_TAIL_INNER = frozenset({"of", "for", "on", "and", "the", "&", "de", "du"})

_RULES = load_json("concord.extract", "heads_rules.json")
_UNIT_HEADS = frozenset(_RULES["unit_heads"])
_PARENT_HEADS = frozenset(_RULES["parent_heads"])
_YEAR_HEADS = frozenset(_RULES["year_heads"])
_EXTRA_ORG_HEADS = frozenset(_RULES["extra_org_heads"])
_LEADING_HEADS = frozenset(_RULES["leading_org_heads"])
_YEAR = re.compile(r"(?:19|20)\d\d")

# Heads too generic to make a name out of a KB name alone: "ASEAN Cooperation" is ASEAN.
_WEAK_HEADS = frozenset({"Cooperation", "Co-operation", "Partnership", "Community", "Process", "Mechanism",
                         "Agenda", "Outlook", "Vision", "Plan", "Corridor", "Code", "Consensus", "Road", "Belt"})


def cue_names(run: Run, lex: Lexicon, kb_spans: list[tuple[int, int]]) -> list[Cand]:
    """Organisations, frameworks, places (and EVENT spans) headed by a cue word in `run`."""
    words = run.words
    found: list[tuple[int, int, str]] = []
    for i, word in enumerate(words):
        if not word.cap:
            continue
        base = _without_possessive(word.base)       # "the Yusof Ishak Institute's ASEAN Studies Centre"
        kind = lex.head_type(base) or ("EVENT" if base in lex.event_heads else None)
        if kind is None and base in _EXTRA_ORG_HEADS:
            kind = "ORGANIZATION"
        if kind is None and base in _LEADING_HEADS:
            right = i                                     # "Universiti Brunei Darussalam": the head comes first
            while right + 1 < len(words) and words[right + 1].cap and not words[right].text.endswith(_POSSESSIVE):
                right += 1
            if right > i:
                found.append((i, right, "ORGANIZATION"))
            continue
        if kind is None:
            continue
        if base in ("Centre", "Center") and i > 0 and words[i - 1].text in lex.venue_words:
            kind = "PLACE"                                # "Kuala Lumpur Convention Centre"
        left = _grow_left(words, i, lex, kb_spans)
        if kind == "FRAMEWORK":
            left = _of_opening(words, left, i, lex, kb_spans)
        right = _grow_right(words, i, lex, portfolio=base in ("Ministry", "Ministries"))
        if base in _UNIT_HEADS:
            right = _before_parent(words, i, right)
        year = right + 1 < len(words) and words[right].base in _YEAR_HEADS and _YEAR.fullmatch(words[right + 1].text)
        right += 1 if year else 0                         # "Tokyo Strategy 2018": the year names it
        name_words = [w for w in words[left:right + 1] if w.cap]
        if base in _WEAK_HEADS and not year and all(_in_spans(w, kb_spans) for w in name_words if w is not word):
            continue
        if left >= 2 and words[left - 1].text in ("for", "of") and words[left - 2].base.startswith("Minister"):
            continue                                      # "Minister for International Cooperation": a portfolio
        if len(name_words) >= 2 or (left < i and kind == "EVENT"):
            found.append((left, right, kind))
    found.sort(key=lambda f: (f[0] - f[1], f[0]))
    taken: list[Cand] = []
    used: set[int] = set()
    for left, right, kind in found:
        if used.intersection(range(left, right + 1)):
            continue
        used.update(range(left, right + 1))
        last = words[right]
        end = last.start + len(_without_possessive(last.text))
        taken.append(Cand(words[left].start, end, kind, "cue"))
    return taken


def _without_possessive(text: str) -> str:
    for suffix in _POSSESSIVE:
        if text.endswith(suffix) and len(text) > len(suffix) + 1:
            return text[:-len(suffix)]
    return text


def _of_opening(words: list[Word], left: int, i: int, lex: Lexicon, kb_spans: list[tuple[int, int]]) -> int:
    """"Status of Visiting Forces Agreement": one capitalised word and "of" open a
    framework's name (not a title, an organisation or a KB name: "Ministry of Trade Agreement")."""
    if left < 2 or left >= i or words[left - 1].text != "of":
        return left
    first = words[left - 2]
    if (not first.cap or first.text in lex.function_words or _in_spans(first, kb_spans)
            or first.text in lex.portfolio_words or lex.head_type(first.base) or first.base in lex.event_heads
            or first.text.lower() in lex.titles or first.text.endswith(_POSSESSIVE)
            or (left >= 3 and words[left - 3].cap)):
        return left
    return left - 2


def _before_parent(words: list[Word], i: int, right: int) -> int:
    """The end of a unit's name ("ASEAN Studies Centre") before "of (the)" and its
    parent's name ("ISEAS-Yusof Ishak Institute"): the parent is an entity of its own."""
    for k in range(right - 1, i, -1):             # the last "of" before a parent's name
        if words[k].text == "of" and any(w.cap and w.base in _PARENT_HEADS for w in words[k + 1:right + 1]):
            return k - 1
    return right


def _in_spans(word: Word, spans: list[tuple[int, int]]) -> bool:
    return any(s <= word.start and word.end <= e + 2 for s, e in spans)


def _grow_left(words: list[Word], i: int, lex: Lexicon, kb_spans: list[tuple[int, int]]) -> int:
    left = i
    while left > 0:
        prev = words[left - 1]
        if prev.text.endswith(_ATTRIBUTIVE):
            break                                 # "Yangon-based Institute": Yangon is not in the name
        if prev.text in lex.function_words and not _in_spans(prev, kb_spans):
            break                                 # "Can" of the KB's "Can Tho" is a name word here
        # "Việt Nam's Foreign Ministry" stops at the owner; "ASEAN Women's Peace Registry" does not.
        if prev.text.endswith(_POSSESSIVE) and (_in_spans(prev, kb_spans) or prev.text[:1].islower()
                                                or lex.head_type(_without_possessive(prev.base)) == "ORGANIZATION"):
            break                                 # "the ... Institute's ASEAN Studies Centre": two names
        if prev.cap or (_is_numberish(prev) and left - 2 >= 0 and words[left - 2].cap):
            left -= 1
            continue
        if prev.text == "&" and left >= 2 and words[left - 2].cap:
            left -= 2
            continue
        # "Defense and Security Commission": two portfolios joined by "and".
        if (prev.text == "and" and left >= 2 and left < i and words[left - 2].text in lex.portfolio_words
                and words[left].text in lex.portfolio_words):
            left -= 2
            continue
        break
    while left < i and ((words[left].text in lex.function_words and not _in_spans(words[left], kb_spans))
                        or not words[left].cap):
        left += 1
    return left


def _grow_right(words: list[Word], i: int, lex: Lexicon, portfolio: bool = False) -> int:
    """Index of the last word of the "of/for/on" tail after head `i`. A ministry's tail
    is its portfolio: "Ministry of Foreign Affairs Sarun Charoensuwan" ends at "Affairs"."""
    right = i
    first = i + 2
    if first < len(words) and words[first].text == "the":     # "Office of the National Water Resources"
        first += 1
    if first < len(words) and words[i + 1].text in _TAIL_START and words[first].cap:
        k = first
        while k < len(words):
            if words[k].text in lex.function_words:      # "the Ministry on Tuesday"
                break
            if words[k].cap:
                if (portfolio and k > first and words[k - 1].cap and words[k - 1].text in lex.portfolio_words
                        and words[k].text not in lex.portfolio_words):
                    break
                right = k
                if words[k].text.endswith(_POSSESSIVE):
                    break
                k += 1
            elif words[k].text in _TAIL_INNER and k + 1 < len(words):
                if words[k].text == "and" and words[k + 1].text == "the":
                    break                                # "Sea of Japan and the Indian Ocean": two names
                k += 1
            else:
                break
    return right
