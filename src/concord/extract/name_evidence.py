"""What the words around a capitalised name say of it: the person cues of
`concord.extract.names` read in the text before and after a name.

- a title before ("Foreign Minister X"), also across a comma ("its Minister of
  Trade and Industry, X");
- a lower-case noun that describes people ("tycoon X", "the activist X"; data in
  ``data/name_cues.json``);
- a speech verb next to it ("X said", "said X", "according to X");
- an appositive after it ("X, 45, said", "X, who ...", "X, a retired engineer,").
"""
from __future__ import annotations

import re

from concord.datafiles import load_json
from concord.extract.lexicon import Lexicon, token_keys
from concord.extract.runs import words_after, words_before

__all__ = ["context_evidence", "title_before_comma"]

# "property tycoon X": the last word of a describing noun before a name (data file)
_NOUNS_BEFORE = frozenset(n.split()[-1] for n in load_json("concord.extract", "name_cues.json")["nouns_before_names"])

_AFTER_COMMA_SKIP = frozenset({"the", "a", "an", "former", "then", "who", "is", "was", "currently", "also",
                               "now", "as", "newly", "appointed", "acting", "outgoing", "incoming"})
_BEFORE_ACCORDING = ("according", "to")
_GENERIC_TITLES = frozenset({"fellow", "analyst", "editor", "head", "chief", "researcher", "lecturer", "adviser",
                             "advisor", "founder", "general", "representative", "coordinator", "professor",
                             "speaker", "chair", "leader", "envoy", "director", "minister", "president",
                             "king", "queen", "prince", "commander", "governor", "mayor", "dean", "premier"})


def context_evidence(text: str, start: int, end: int, lex: Lexicon) -> list[str]:
    evidence: list[str] = []
    raw_before = words_before(text, start, 4, 50)
    if raw_before[-1:] == [","]:                      # room for "Special Envoy on Myanmar, X"
        raw_before = words_before(text, start, 8, 90)
    before = token_keys(raw_before)
    if before and before[-1] in lex.speech_verbs:
        evidence.append("speech-before")
    if tuple(before[-2:]) == _BEFORE_ACCORDING:
        evidence.append("according-to")
    if before and before[-1] in lex.titles.last_keys:
        for size in range(1, len(before) + 1):
            m = lex.titles.match(before[-size:], 0)
            if m and m[0] == size:
                # "fellow Southeast Asian leaders": a one-word generic title in lower
                # case is an ordinary word.
                if not (size == 1 and m[1].lower() in _GENERIC_TITLES and raw_before[-1].islower()):
                    evidence.append("title-before")
                break
    if raw_before and raw_before[-1] in _NOUNS_BEFORE:
        evidence.append("noun-before")
    if before[-1:] == [","] and "title-before" not in evidence and _title_then_comma(raw_before[:-1], lex):
        evidence.append("title-before")               # "the Special Envoy on Myanmar, X,"
    after = token_keys(words_after(text, end, 7, 70))
    if after and after[0] in lex.speech_verbs:
        evidence.append("speech-after")
    if after[:1] == [","] and len(after) > 2 and (after[1] == "who" or (after[1].isdigit() and after[2] == ",")):
        evidence.append("appositive")                 # "Sok Dara, who ...", "Sok Dara, 45, said"
    elif after[:1] == [","]:
        k = 1
        while k < len(after) and after[k] in _AFTER_COMMA_SKIP:
            k += 1
        rest = after[k:]
        if rest and (lex.titles.match(rest, 0) or rest[0] in lex.person_nouns
                     or (len(rest) > 1 and (lex.titles.match(rest, 1) or rest[1] in lex.person_nouns))
                     or _role_noun_phrase(rest, lex)):
            evidence.append("appositive")
        elif rest and rest[0] in lex.speech_verbs:
            evidence.append("speech-after")
    return evidence


_PHRASE_STOP = frozenset({"of", "for", "at", "in", "on", "to", "with", "from", "and", "or", "who", "that",
                          "which", "whose", "by"})
_LOWER_ALPHA = re.compile(r"^[a-z][a-z-]*$")


def _role_noun_phrase(rest: list[str], lex: Lexicon) -> bool:
    """"a retired irrigation engineer", "a programme officer": up to three lower-case
    modifiers, then a person noun (the words after the article of an appositive)."""
    for word in rest[:4]:
        if word in lex.person_nouns:
            return True
        if word in _PHRASE_STOP or not _LOWER_ALPHA.match(word):
            return False


_TOPIC_LINKS = frozenset({"on", "of", "for", "to", "the", "and", "&"})


def _title_then_comma(raw: list[str], lex: Lexicon) -> bool:
    """True when `raw` (the words before a comma) ends with a capitalised title, maybe
    followed by a topic or portfolio: "Special Envoy on Myanmar", "its Minister of Trade
    and Industry" (capitalised words joined by "on/of/for/to/the/and")."""
    keys = token_keys(raw)
    for start in range(len(keys) - 1, -1, -1):
        word = raw[start]
        if not (word[:1].isupper() or keys[start] in _TOPIC_LINKS):
            return False
        if not word[:1].isupper():
            continue
        m = lex.titles.match(keys, start)
        if m and all(w[:1].isupper() or k in _TOPIC_LINKS for w, k in zip(raw[start + m[0]:], keys[start + m[0]:])):
            return start + m[0] == len(keys) or keys[start + m[0]] in _TOPIC_LINKS
    return False


_COMMA_BEFORE = re.compile(r",[ \t]*$")


def title_before_comma(text: str, start: int, lex: Lexicon) -> bool:
    """True when a comma and a capitalised title stand right before `start` ("Minister of
    Agriculture, | Forestry and Fisheries"): what follows may continue the title."""
    comma = _COMMA_BEFORE.search(text, max(0, start - 4), start)
    if comma is None:
        return False
    return _title_then_comma(words_before(text, comma.start(), 7, 80), lex)
