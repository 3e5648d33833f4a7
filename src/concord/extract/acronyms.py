"""Acronyms defined in the text, bound to their long form.

"the ASEAN-Institute for Peace and Reconciliation (AIPR)" defines AIPR for this
document: every later "AIPR" is a mention of that institute, even when the
knowledge base knows another entity by the same letters. When the long form is
not a name found otherwise ("Agence Kampuchea Presse (AKP)"), the capitalised
words before the brackets are taken when their initials agree with the acronym.
"""
from __future__ import annotations

import re

from concord.extract.lexicon import Lexicon
from concord.extract.names import Cand
from concord.extract.runs import Run

__all__ = ["find_definitions", "acronym_mentions"]

_DEFINITION = re.compile(r"\(\s*(?:the\s+)?([A-Z][A-Za-z0-9&'’.-]{0,10}[A-Z0-9])\s*\)")


def _initials(words: list[str]) -> str:
    """First letters of the words and their hyphen parts, connectors included
    ("Electricité du Cambodge" gives "EdC" for EDC)."""
    out = []
    for word in words:
        for part in re.split(r"[-\s]", word):
            if part[:1].isalnum():
                out.append(part[0])
    return "".join(out)


def _agrees(acronym: str, words: list[str]) -> bool:
    """True when the acronym's letters appear, in order, among the words' initials
    (or their letters, for "MFAIC" style), starting with the first word."""
    letters = [c for c in acronym.upper() if c.isalnum()]
    initials = _initials(words).upper()
    if not letters or not initials or letters[0] != initials[0]:
        return False
    pos = 0
    for c in letters:
        pos = initials.find(c, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def _agrees_tail(acronym: str, words: list[str]) -> bool:
    """`_agrees` for the whole name or for a tail of two words or more: the acronym
    of "Philippine Department of Foreign Affairs" is DFA, without the owner."""
    return any(_agrees(acronym, words[k:]) for k in range(max(1, len(words) - 1)))


def find_definitions(text: str, cands: list[Cand], runs: list[Run], lex: Lexicon
                     ) -> list[tuple[str, Cand]]:
    """(acronym, long-form candidate) for every "Long Form (ACR)" in `text`.

    The long form is the candidate that ends just before the bracket; new
    candidates made from a bare run are returned too (source "acronym").
    """
    by_end = {c.end: c for c in cands if c.type not in ("PERSON", "EVENT")}
    run_by_end = {r.end: r for r in runs}
    out: list[tuple[str, Cand]] = []
    for m in _DEFINITION.finditer(text):
        acronym = m.group(1)
        if sum(1 for c in acronym if c.isupper()) < 2:
            continue
        before = m.start()
        while before > 0 and text[before - 1] in " \t":
            before -= 1
        target = by_end.get(before)
        words = text[target.start:target.end].split() if target is not None else []
        # A KB name keeps its owner ("Philippine Department of Foreign Affairs (DFA)"): the link stays.
        if target is not None and not (_agrees_tail(acronym, words) if target.kb_id else _agrees(acronym, words)):
            target = None           # "Banque du Mekong (BDM)": not the KB's "Mekong" alone
        if target is None:
            run = run_by_end.get(before)
            if run is None:
                continue
            words = [w for w in run.words]
            while words and (words[0].text in lex.function_words or not words[0].cap):
                words = words[1:]
            # Keep the shortest tail of the run whose initials still agree.
            chosen = None
            for k in range(len(words) - 1, -1, -1):
                if words[k].cap and _agrees(acronym, [w.text for w in words[k:]]):
                    chosen = k
                    break
            if chosen is None or len(words) - chosen < 2:
                continue
            span_words = words[chosen:]
            # A named, abbreviated meeting ("East Asia Summit (EAS)") is a series: a framework.
            last = span_words[-1].base
            kind = lex.head_type(last) or ("FRAMEWORK" if last in lex.event_heads else "ORGANIZATION")
            target = Cand(span_words[0].start, span_words[-1].end, kind, "acronym")
        out.append((acronym, target))
    return out


def acronym_mentions(text: str, acronym: str, target: Cand) -> list[Cand]:
    """Every use of `acronym` in `text` as a mention bound to `target`."""
    pattern = re.compile(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])")
    return [Cand(m.start(), m.end(), target.type, "acronym", target.kb_id, target.name)
            for m in pattern.finditer(text)]
