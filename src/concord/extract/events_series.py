"""Editions of a meeting series named by an ordinal and the series' acronym.

"the 18th EAS", "the 56th AMM", "the 9th ADMM-Plus": no head noun follows the
ordinal, so `events.find_mentions` does not see them. The acronym's long form
says what kind of gathering it is and gives the event its full name: the form
the text itself defines ("the ASEAN Regional Forum (ARF)"), else the document's
entity at the acronym, else the knowledge base's name or aliases of a series
with that acronym ("East Asia Summit"). An acronym whose long form names no
gathering ("APEC", "CLMV") gives nothing: an ordinal before an institution is
its anniversary or rank, not an edition.
"""
from __future__ import annotations

import re
from typing import Any, NamedTuple

from concord.extract.events_attach import Context

__all__ = ["with_series"]

# "ADMM-Plus", "SOM", "ARF": capitals (and digits) with an optional "-Plus"; a
# capitalised word after it means a longer name the head-noun finder reads
_ACRONYM = re.compile(r"(?<= )(?P<acr>[A-Z][A-Z0-9]{1,9}(?:-Plus)?)\b(?![’'\-]?\s*[A-Z][a-z])")


class _Found(NamedTuple):
    start: int
    end: int
    long: str          # "East Asia Summit"
    ordinal: str       # "18th"
    acronym: str       # "EAS"


def with_series(mentions: list, ctx: Context) -> list:
    """`mentions` (`events.EventMention`, in order) with the "<ordinal> <ACRONYM>"
    editions added where no other mention covers them."""
    from concord.extract import events as ev      # the mention type and word rules (events imports us)
    defined = {m.acronym: " ".join(w for w in m.name.split() if ev._ordinal(w) is None)
               for m in mentions if m.acronym}
    heads = [h for h, t in ev.HEADS.items() if t]
    extra = []
    for f in _acronym_mentions(ctx, ev._ordinal, heads, defined):
        if any(m.start < f.end and f.start < m.end for m in mentions):
            continue
        words = f.long.split()
        at = next((i for i in range(len(words) - 1, -1, -1)
                   if ev.HEADS.get(words[i].lower().split("-")[0].strip("’'"))), None)
        if at is None or not words[at][0].isupper():
            continue                              # "Asia-Pacific Economic Cooperation forum": a body
        typ = ev.HEADS[words[at].lower().split("-")[0].strip("’'")]
        extra.append(ev.EventMention(f.start, f.end, typ, f"{f.ordinal} {f.long} ({f.acronym})",
                                     ev._ordinal(f.ordinal), True, ev._key_words(words[:at]),
                                     ev._key_words(words[at + 1:]), f.acronym))
    return sorted(mentions + extra, key=lambda m: m.start) if extra else mentions


def _acronym_mentions(ctx: Context, is_ordinal, heads: list[str], defined: dict[str, str]) -> list[_Found]:
    """Every "<ordinal> <ACRONYM>" of the text whose long form names a gathering
    (`is_ordinal`: word → number or None; `heads`: the head nouns; `defined`:
    acronym → long form given in the text). Acronyms are found first and the word
    before each read after: an ordinal pattern tried at every position cost a
    tenth of the whole extraction."""
    text = ctx.text
    found = []
    head = None
    for m in _ACRONYM.finditer(text):
        before = text.rfind(" ", 0, m.start() - 1) + 1
        word = text[before:m.start() - 1].split()[-1:]
        word = word[0] if word else ""
        if not word or is_ordinal(word) is None:
            continue
        acr = m.group("acr")
        if head is None:
            head = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, heads), key=len, reverse=True)) + r")\b", re.I)
        long = next((f for f in _long_forms(ctx, acr, m.start(), m.end(), defined) if head.search(f)), None)
        if long:
            found.append(_Found(m.start() - 1 - len(word), m.end(), long, word, acr))
    return found

def _long_forms(ctx: Context, acr: str, start: int, end: int, defined: dict[str, str]) -> list[str]:
    """Long forms of `acr`, the most local first: the text's definition, the entity
    found at the acronym, the knowledge base's names of that acronym."""
    out = [defined[acr]] if acr in defined else []
    out += [ent.name for s, e, ent in ctx.entities_in(start, end) if s == start]
    out += _kb_forms(ctx.kb, acr)
    return out


def _kb_forms(kb: Any, acr: str) -> list[str]:
    if kb is None:
        return []
    try:
        hits = kb.lookup(acr)
    except Exception:
        return []
    return [form for e in hits if e.type in ("FRAMEWORK", "ORGANIZATION")
            for form in [e.name, *e.aliases] if form != acr and not form.isupper()]
