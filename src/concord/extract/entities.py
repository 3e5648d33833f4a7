"""Entities: every named person, country, organisation, framework and place.

The step reads the text in this order, each stage seeing what the ones before
took:

1. knowledge-base names (`concord.link.gazetteer`, Aho-Corasick over aliases);
2. names with head words (`concord.extract.heads.cue_names`): a longer
   "Mekong-Asia Pacific Initiative" wins over the KB's "Mekong" inside it, the
   KB wins when both read the same span; ministries get their country
   (`concord.extract.ministries`);
3. acronyms defined in the text, bound to their long form (`acronyms`);
4. places from their surroundings ("Kratie province", "in Busan, South Korea";
   `concord.extract.places`);
5. people from capitalised words with a person cue (`names.person_segments`);
6. coreference (`concord.extract.coref`): "Dũng" joins "Nguyễn Quốc Dũng";
7. the outlet (`doc.outlet`) is an organisation of the document.

Mentions are grouped into one `Entity` per real-world thing: by KB id when
linked, else by normalised name, with a stable local id (`concord.link.local_id`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from concord.datafiles import load_json
from concord.document import Document
from concord.extract.acronyms import acronym_mentions, find_definitions
from concord.extract.coref import build_entities, resolve_people
from concord.extract.lexicon import lexicon, token_key
from concord.extract.ministries import canonical_ministry, lowercase_ministries
from concord.extract.heads import cue_names
from concord.extract.names import Cand, person_segments
from concord.extract.places import place_names, with_direction
from concord.extract.runs import Run, find_runs, title_case_lines
from concord.link import KBView, view_for
from concord.link.fold import fold

__all__ = ["annotate", "find_candidates"]


def annotate(doc: Document, kb: Any) -> None:
    """Fill `doc.entities` (see module doc)."""
    view = view_for(kb)
    cands = find_candidates(doc.text or "", view) if doc.text else []
    doc.entities = build_entities(doc, cands, view)


def find_candidates(text: str, view: KBView) -> list[Cand]:
    """Every mention candidate of `text`, grouped (`Cand.group`) but not yet merged."""
    lex = lexicon()
    kb_cands = _kb_candidates(text, view)
    headlines = title_case_lines(text)
    # Names are short: a run of dozens of capitalised words is a shouted headline or a
    # table, where only KB names are read (and rules would cost quadratic time).
    runs = [r for r in find_runs(text)
            if len(r.words) <= _LONGEST_RUN and not (headlines and any(s <= r.start < e for s, e in headlines))]
    kb_spans = [(c.start, c.end) for c in kb_cands]
    cues = [c for run in runs if len(run.words) > 1 for c in cue_names(run, lex, kb_spans)]
    if ", " in text:
        _portfolio_lists(text, cues, lex)
    kept_kb, named = _resolve_cues(text, kb_cands, cues, view)
    cands = kept_kb + named
    cands = _apply_acronyms(text, cands, runs, lex)
    cands = _add_lowercase_ministries(text, cands, view)
    common = _LowerWords(text)
    cands += place_names(text, runs, cands, lex, common, view.demonyms)
    people = _people(text, runs, cands, lex, common, view)
    cands = resolve_people(text, cands, people, view)
    _honorifics_in_mentions(text, cands, lex)
    if '"' in text or "“" in text:
        cands = _nicknames(text, cands, view)
    return sorted(cands, key=lambda c: (c.start, -c.end))


_NAME = r"[A-Z][\w'’.-]+"
_NICKNAME = re.compile(rf"({_NAME}(?:[ \t]{_NAME})?)[ \t][\"“]({_NAME}(?:[ \t]{_NAME}){{0,2}})[\"”][ \t]({_NAME}(?:[ \t]{_NAME})?)")
# The middle of `_NICKNAME`, which starts with a quotation mark: the regex engine jumps
# from mark to mark, where `_NICKNAME` would try every capitalised word of the text.
_NICKNAME_CORE = re.compile(rf"[\"“]{_NAME}(?:[ \t]{_NAME}){{0,2}}[\"”][ \t]{_NAME}")


def _nicknames(text: str, cands: list[Cand], view: KBView) -> list[Cand]:
    """Joko "Jokowi" Widodo is one person, Joko Widodo, with one mention: the parts
    (and the nickname) are not separate names, and the quotation marks are not a quote."""
    if not _NICKNAME_CORE.search(text):
        return cands                                  # the common case: found by scanning for quote marks
    lex = lexicon()
    for m in _NICKNAME.finditer(text):
        first, start = m.group(1), m.start()
        if " " in first or "\t" in first:                # "President Joko": the title stays out
            word, rest = first.split(None, 1)
            key = token_key(word)
            if (key in lex.titles or key in lex.honorifics or word in lex.function_words
                    or fold(word) in view.demonyms):
                first, start = rest, m.start(1) + len(first) - len(rest)
        inside = [c for c in cands if start <= c.start and c.end <= m.end()]
        if any(c.start < m.end() and start < c.end and c not in inside for c in cands):
            continue                                  # crosses another name: leave it
        if inside and any(c.type != "PERSON" for c in inside):
            continue
        full = f"{first} {m.group(3)}"
        linked = view.link_name(full, ("PERSON",)) or view.link_name(m.group(2), ("PERSON",))
        if linked is None and not inside:
            continue
        group = linked.id if linked is not None else "n:" + " ".join(full.lower().split())
        for c in cands:                               # other mentions of the parts join the person
            if c.type == "PERSON" and c.group in {i.group for i in inside if i.group}:
                c.group = group
        cands = [c for c in cands if c not in inside]
        cands.append(Cand(start, m.end(), "PERSON", "kb" if linked is not None else "person",
                          linked.id if linked is not None else None,
                          linked.name if linked is not None else full, group, ["nickname"]))
    return cands


_LONGEST_RUN = 40
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \t]$")
_NAME_AFTER = re.compile(r"[ \t]([A-Z][\w'’-]*)")


def _kb_candidates(text: str, view: KBView) -> list[Cand]:
    lex = lexicon()
    out = []
    for hit in view.gazetteer.find(text):
        entity = view.best(hit.ids)
        if entity is None:
            continue
        if entity.type == "PERSON" and _inside_longer_name(text, hit.start, hit.end, lex):
            continue            # "Soe Win" inside "U Kyaw Soe Win" is somebody else
        start = with_direction(text, hit.start) if entity.type == "PLACE" else hit.start
        if start < hit.start:                 # "Central Java": a place of its own, not Java
            out.append(Cand(start, hit.end, "PLACE", "cue", None, text[start:hit.end]))
            continue
        out.append(Cand(hit.start, hit.end, entity.type, "kb", entity.id, entity.name))
    return out


def _inside_longer_name(text: str, start: int, end: int, lex) -> bool:
    """True when capitalised name words run on before or after a person's name."""
    before = _NAME_BEFORE.search(text, max(0, start - 30), start)
    if before and _plain_name_word(before.group(1), lex):
        return True
    after = _NAME_AFTER.match(text, end)
    return bool(after and _plain_name_word(after.group(1), lex))


def _plain_name_word(word: str, lex) -> bool:
    key = token_key(word.rstrip("'’"))
    return (word not in lex.not_names and key not in lex.titles and key not in lex.honorifics
            and key not in lex.honorifics.last_keys          # "Datuk Seri Utama" + a KB name
            and not lex.titles.last_keys.intersection((key,)) and not word.isupper()
            and not word.endswith(("'s", "’s")))


_WORD_BACK = re.compile(r"[^\s]+")


def _honorifics_in_mentions(text: str, cands: list[Cand], lex) -> None:
    """A person's mention takes the honorifics written before the name ("Tengku Datuk Seri
    Zafrul Abdul Aziz", as the article writes it); the name stays the bare one."""
    starts = {c.end for c in cands}
    for c in cands:
        if c.type != "PERSON" or c.start == 0 or text[c.start - 1] not in " \t":
            continue
        line = text.rfind("\n", max(0, c.start - 60), c.start) + 1
        words = list(_WORD_BACK.finditer(text, max(line, c.start - 60), c.start))[-6:]
        if not words or words[0].start() == max(line, c.start - 60) and words[0].start() > line:
            words = words[1:]                         # a word cut by the window
        words = [w for w in words if w.group()[:1].isupper()]
        new_start = _honorific_start(text, words, c.start, lex)
        if new_start < c.start and not any(new_start < e <= c.start for e in starts):
            c.start = new_start


def _honorific_start(text: str, words: list[re.Match], start: int, lex) -> int:
    """Start of the longest run of whole honorifics that ends just before `start`."""
    every = [token_key(w.group().rstrip("'’")) for w in words]
    for first in range(len(words)):
        if text[words[-1].end():start].strip() or any(
                text[a.end():b.start()].strip() for a, b in zip(words[first:], words[first + 1:])):
            continue                                  # only spaces between the words
        if any((m := lex.titles.match(every, t)) and t + m[0] > first for t in range(first)):
            continue                                  # "Secretary General" is a title, not "General X"
        keys = every[first:]
        k = 0
        while k < len(keys):
            m = lex.honorifics.match(keys, k)
            if m is None:
                break
            k += m[0]
        if k == len(keys):
            return words[first].start()
    return start


def _resolve_cues(text: str, kb_cands: list[Cand], cues: list[Cand], view: KBView
                  ) -> tuple[list[Cand], list[Cand]]:
    """KB names against head-word names: the longer span wins; on a tie, the KB."""
    dropped: set[int] = set()
    named: list[Cand] = []
    for cue in cues:
        inside = [k for k in kb_cands if k.start < cue.end and cue.start < k.end]
        if cue.type == "EVENT":
            named.append(cue)           # KB names inside an event name stay
            continue
        if cue.type == "FRAMEWORK":
            inside = _framework_subtitle(text, cue, inside)
        words = text[cue.start:cue.end].split()
        if len(words) == 2 and words[1] in _VAGUE_HEADS and fold(words[0]) in view.demonyms:
            continue                    # "Vietnamese Party General Secretary": which party is not said
        if any(k.end - k.start >= cue.end - cue.start for k in inside):
            continue
        if any(k.start < cue.start or k.end > cue.end for k in inside):
            continue                    # crossing a KB name: trust the KB
        if cue.type == "ORGANIZATION" and "Ministr" in text[cue.start:cue.end]:
            for absorbed in canonical_ministry(text, cue, kb_cands, view):
                dropped.add(id(absorbed))
        else:
            inside = _split_country_tail(text, cue, inside)
        dropped.update(id(k) for k in inside)
        named.append(cue)
    return [k for k in kb_cands if id(k) not in dropped], named


_VAGUE_HEADS = frozenset({"Party", "Government"})
_SUBTITLE = re.compile(r":[ \t]+[A-Z][\w'’-]*(?:,?[ \t]+(?:(?:of|for|and|the|&)[ \t]+)*(?:[A-Z][\w'’-]*|\d+))*")


def _framework_subtitle(text: str, cue: Cand, inside: list[Cand]) -> list[Cand]:
    """"Kuala Lumpur Declaration on ASEAN 2045: Our Shared Future" is one framework:
    the name runs on over a KB name it ends inside and over a subtitle after a colon
    (unknown KB-wise: "Hanoi Declaration on Water Security: Shared Rivers")."""
    for k in inside:
        if k.type == "FRAMEWORK" and cue.start <= k.start and k.end > cue.end:
            cue.end = k.end
    subtitle = _SUBTITLE.match(text, cue.end) if ":" not in text[cue.start:cue.end] else None
    if subtitle and 2 <= len(subtitle.group().split()) - 1 <= 8:   # "...Charter: Leaders met" is a sentence
        cue.end = subtitle.end()
    return [k for k in inside if k.start < cue.end]


_OF_COUNTRY = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?$")
_TAIL_KEEPERS = frozenset(load_json("concord.extract", "entity_cues.json")["country_tail_keepers"])


def _split_country_tail(text: str, cue: Cand, inside: list[Cand]) -> list[Cand]:
    """"Office of the National Water Resources of Thailand" is the office *and*
    Thailand: the country tail leaves the name (when two words or more remain).
    Returns the KB candidates still swallowed by the name."""
    last = max(inside, key=lambda k: k.end, default=None)
    if last is None or last.type != "COUNTRY" or last.end != cue.end:
        return inside
    of = _OF_COUNTRY.search(text, cue.start, last.start)
    if of is None or len(text[cue.start:of.start()].split()) < 2:
        return inside
    head = text[cue.start:of.start()].split()
    if len(head) == 2 and head[0] in _TAIL_KEEPERS:
        return inside                   # "National University of Timor-Leste": one name
    cue.end = of.start()
    return [k for k in inside if k.end <= cue.end]


@lru_cache(maxsize=1)
def _portfolio_list_pattern(words: frozenset[str]) -> re.Pattern:
    word = "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"
    return re.compile(rf",[ \t]+{word}(?:(?:,[ \t]+|[ \t]+(?:and|&)[ \t]+|[ \t]+){word})*(?![\w'’-])")


def _portfolio_lists(text: str, cues: list[Cand], lex) -> None:
    """"Ministry of Agriculture, Forestry and Fisheries": a ministry's portfolio list goes
    on after a comma (where the capitalised run ended) while its words are portfolios."""
    pattern = _portfolio_list_pattern(lex.portfolio_words)
    for c in cues:
        if c.type == "ORGANIZATION" and "Ministry " in text[c.start:c.end]:
            m = pattern.match(text, c.end)
            if m is not None and (" and " in m.group() or " & " in m.group()):
                c.end = m.end()                   # a list ends with "and": else it is a new clause


def _add_lowercase_ministries(text: str, cands: list[Cand], view: KBView) -> list[Cand]:
    if "ministry" not in text:                    # (as `lowercase_ministries` would decide)
        return cands
    taken = bytearray(len(text) + 1)
    for c in cands:
        if c.type != "COUNTRY":                   # the owner may be a country mention: absorbed
            taken[c.start:c.end] = b"\x01" * (c.end - c.start)
    found = lowercase_ministries(text, view, taken)
    if not found:
        return cands
    keep = [c for c in cands if not any(f.start <= c.start and c.end <= f.end for f in found)]
    return keep + found


def _apply_acronyms(text: str, cands: list[Cand], runs: list[Run], lex) -> list[Cand]:
    for acronym, target in find_definitions(text, cands, runs, lex):
        if target not in cands:
            cands = [c for c in cands if c.end <= target.start or c.start >= target.end] + [target]
        uses = acronym_mentions(text, acronym, target)
        spans = [(u.start, u.end) for u in uses]
        cands = [c for c in cands if not any(s <= c.start and c.end <= e for s, e in spans)]
        for use in uses:
            use.group = f"acr:{id(target)}"
        target.evidence.append(f"acr:{id(target)}")
        cands.extend(uses)
    return cands


class _LowerWords:
    """The words `text` writes in lower case: `word in common` is true when `word`
    (ASCII lower-case letters) stands alone somewhere in the text.

    Documents ask about a handful of words, so each is looked up with `str.find`
    (C speed) and its neighbours checked, rather than collecting every word of
    the text first; answers are remembered."""

    __slots__ = ("text", "_seen")

    def __init__(self, text: str):
        self.text = text
        self._seen: dict[str, bool] = {}

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        found = self._seen.get(word)
        if found is None:
            found = self._seen[word] = _LOWER_ONLY.fullmatch(word) is not None and self._find(word)
        return found

    def _find(self, word: str) -> bool:
        text, size = self.text, len(word)
        pos = text.find(word)
        while pos >= 0:
            # Same boundaries as a whole lower-case word: no word character, apostrophe
            # or hyphen before it; no word character or hyphen after it.
            if (pos == 0 or not _WORD_BEFORE.match(text, pos - 1)) and not _WORD_AFTER.match(text, pos + size):
                return True
            pos = text.find(word, pos + 1)
        return False


_LOWER_ONLY = re.compile(r"[a-z]+")
_WORD_BEFORE = re.compile(r"[\w'’-]")
_WORD_AFTER = re.compile(r"[\w-]")


def _people(text: str, runs: list[Run], cands: list[Cand], lex, common: "_LowerWords",
            view: KBView) -> list[Cand]:
    ordered = sorted(cands, key=lambda c: c.start)
    out: list[Cand] = []
    i = 0
    for run in runs:
        while i < len(ordered) and ordered[i].end <= run.start:
            i += 1
        if len(run.words) == 1 and run.words[0].text in lex.function_words:
            continue                                  # "The", "He", "However": the common case
        covered = []
        j = i
        while j < len(ordered) and ordered[j].start < run.end:
            c = ordered[j]
            covered.append((c.start, c.end, c.type))
            j += 1
        if len(run.words) == 1 and covered:
            continue
        for seg in person_segments(text, run, covered, lex, common, view.demonyms, view.institution_words):
            out.append(Cand(seg.start, seg.end, "PERSON", "person", evidence=seg.evidence))
    return out
