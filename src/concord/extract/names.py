"""Names the knowledge base does not know, found in capitalised runs.

Two kinds of evidence type a name without the KB:

- a head word: "Asian Vision Institute" (ORGANIZATION): read by
  `concord.extract.heads.cue_names`;
- a person cue: an honorific or title before ("H.E. Dr.", "Prime Minister",
  "Secretary-General of ASEAN ..."), a title or appositive after ("..., Chairman
  of", "... Vice Foreign Minister"), a speech verb next to it ("X said", "said
  X"), coordination with a person ("Ong Keng Yong and Lê Lương Minh"), a known
  family name ("Nguyễn", "Lim") or Vietnamese letters in a two-word name.

Capitalised words with no evidence are left for the coreference step, which
only attaches them to people already found ("Dũng" after "Nguyễn Quốc Dũng").
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Container

from concord.extract.lexicon import Lexicon, token_keys
from concord.extract.name_evidence import context_evidence as _context_evidence, title_before_comma
from concord.extract.runs import Run, Word, words_before
from concord.link.fold import fold

__all__ = ["Cand", "person_segments", "Segment"]

_VIETNAMESE = re.compile("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯ]")
_NAMEISH = re.compile(r"^(?:[^\W\d_][^\W\d_'’]*(?:['’][^\W\d_]+)?)(?:-[^\W\d_]+)*$")
_POSSESSIVE = ("'s", "’s", "'", "’")
_STRONG_EVIDENCE = frozenset({"title-before", "title-after", "appositive"})
_TITLE_GAP = frozenset({"of", "the", "and", "to", "for", "&"})


@dataclass(slots=True)
class Cand:
    """A candidate mention: a span with a type and, when known, its KB entity."""
    start: int
    end: int
    type: str                   # an entity type, or "EVENT" (blocks people, never emitted)
    source: str                 # kb, cue, ministry, acronym, person, coref, outlet
    kb_id: str | None = None
    name: str | None = None     # canonical or derived name
    group: str | None = None    # grouping key, set by the entity step
    evidence: list[str] = field(default_factory=list)


_INITIAL = re.compile(r"^[A-Z]\.$")
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")


def _is_name_word(word: Word) -> bool:
    if not word.cap:
        return False
    # Memoised by spelling: the same capitalised words come back in every article.
    known = _NAME_WORDS.get(word.text)
    if known is None:
        known = _spelled_like_a_name(word.text)
        if len(_NAME_WORDS) < 200_000:
            _NAME_WORDS[word.text] = known
    return known


_NAME_WORDS: dict[str, bool] = {}


def _spelled_like_a_name(text: str) -> bool:
    """`_is_name_word` of a capitalised word (a word starting with a capital)."""
    if _INITIAL.match(text):                           # "John F. Kennedy"
        return True
    if not _NAMEISH.match(text):
        return False
    # "HAhHAApMsANN": capitals after small letters are not a name's spelling.
    for part in text.split("-"):
        rest = part[1:]
        if rest and not rest.islower() and not (part.isupper() and len(part) <= 3):
            if not re.match(r"^(?:Mc|Mac|De|Di|La|Le|O['’])[A-Z]", part):
                return False
    return True


def _garbled_name_word(word: Word) -> bool:
    """A capitalised word of letters (and inner hyphens) whose case is mixed up:
    a damaged name rather than an ordinary word."""
    return word.cap and len(word.text) > 2 and _NAMEISH.match(word.text) is not None \
        and not word.text.isupper() and not word.text[1:].islower()


def _is_numberish(word: Word) -> bool:
    return word.text.isdigit()


# -- people ---------------------------------------------------------------------------------

@dataclass(slots=True)
class Segment:
    """A stretch of capitalised words that may be a person's name."""
    start: int
    end: int
    words: list[Word]
    evidence: list[str]


def person_segments(text: str, run: Run, covered: list[tuple[int, int, str]], lex: Lexicon,
                    common: Container[str] = frozenset(), demonyms: Container[str] = frozenset(),
                    institution: Container[str] = frozenset()) -> list[Segment]:
    """Possible person names in `run`, with the evidence found for each.

    `covered` are the (start, end, type) spans already taken in this run (KB
    names, named organisations, events); people are read between them.
    `common` are the words the article writes in lower case; `demonyms` (folded)
    are never part of a name ("Thai Foreign Minister Don Pramudwinai");
    `institution` words (folded: "hall", "council") make a name an institution's
    unless a title or an appositive says it is a person.
    """
    words = run.words
    out: list[Segment] = []
    keys = token_keys([w.text for w in words])
    state = {"title_end": -10, "person_end": -10}
    i = 0
    n = len(words)
    if words[0].text in lex.portfolio_words and title_before_comma(text, run.start, lex):
        # "Minister of Agriculture, Forestry and Fisheries X": the run goes on with the title
        while i < n and (words[i].text in lex.portfolio_words or (i > 0 and keys[i] in ("and", "&"))):
            i += 1
        state["title_end"] = i - 1
    while i < n:
        span = _covering(words[i], covered)
        if span is not None:
            while i < n and words[i].start < span[1]:
                i += 1
            if span[2] in ("ORGANIZATION", "COUNTRY") and state["title_end"] >= 0:
                state["title_end"] = i - 1          # "Secretary-General of ASEAN" + name
            continue
        if not words[i].cap:
            if words[i].text not in _TITLE_GAP:
                state["title_end"] = -10
            i += 1
            continue
        j = i
        while j < n and _covering(words[j], covered) is None:
            if not words[j].cap:                 # "Ahmad Zahid bin Hamidi", "Ursula von der Leyen"
                if not (words[j].text in lex.name_particles and j + 1 < n and j > i
                        and (words[j + 1].cap or words[j + 1].text in lex.name_particles)):
                    break
            j += 1
            if words[j - 1].text.endswith(_POSSESSIVE):
                break
        t = _after_owner(keys, i, j, demonyms)
        title = lex.titles.match(keys, t)
        if title and t + title[0] > j:         # "Permanent Secretary for Foreign Affairs" + name
            state["title_end"] = t + title[0] - 1   # "Cambodian Minister of Commerce" + name too
            i = t + title[0]
            continue
        out.extend(_analyse(text, words, keys, i, j, lex, state, common, demonyms, institution))
        i = j
    return out


def _after_owner(keys: list[str], i: int, j: int, demonyms: Container[str]) -> int:
    """Index after the demonyms that open a title ("Cambodian Minister of Commerce"):
    the title is matched from there, across the "of" that ended the segment."""
    t = i
    while t < j - 1 and keys[t] in demonyms:
        t += 1
    return t


def _covering(word: Word, covered: list[tuple[int, int, str]]) -> tuple[int, int, str] | None:
    for span in covered:
        if span[0] <= word.start < span[1]:
            return span
    return None


def _analyse(text: str, words: list[Word], keys: list[str], i: int, j: int, lex: Lexicon,
             state: dict, common: Container[str], demonyms: Container[str],
             institution: Container[str]) -> list[Segment]:
    evidence: list[str] = []
    # A gap of connectors since the last title/person: "Title of the ORG Name", "A and B".
    gap = [w.text for w in words[max(0, state["title_end"] + 1):i]]
    if state["title_end"] >= 0 and all(g in _TITLE_GAP for g in gap):
        evidence.append("title-before")
        # "Minister of Mines and Energy Keo Rottanak": the portfolio is part of the title.
        p = i
        while p < j and words[p].text in lex.portfolio_words:
            p += 1
        if p == j:
            state["title_end"] = j - 1
            return []
        i = p
    pgap = [w.text for w in words[max(0, state["person_end"] + 1):i]]
    if state["person_end"] >= 0 and pgap == ["and"]:
        evidence.append("coordinated")
    titles_before = evidence.count("title-before")
    k = _skip_prefix(words, keys, i, j, lex, demonyms, evidence)
    if k > i and k == j and evidence.count("title-before") > titles_before:
        # only a title: the name may follow an "of ORG" (a bare "The" is no title)
        state["title_end"] = j - 1
        return []
    end = k
    # "Lao President THOoNGLOUuN SISsOULIiTH-H": a title vouches for a name whose
    # letters were garbled on the way (the flag step reports the garbling)
    titled = "title-before" in evidence
    while end < j:
        if end > k and lex.titles.match(keys, end):
            evidence.append("title-after")
            state["title_end"] = j - 1
            break
        if words[end].text in lex.name_particles and end > k and end + 1 < j:
            end += 1
            continue
        if (_without_possessive(words[end].text) in lex.not_names or keys[end] in demonyms
                or not (_is_name_word(words[end]) or (titled and _garbled_name_word(words[end])))) \
                and not (end == k and _family_first(words, k, j, lex)):
            break
        end += 1
    if end == k:
        return []
    name_words = words[k:end]
    if len(name_words) > 5:
        return []
    if end == j:
        evidence.extend(_context_evidence(text, name_words[0].start, name_words[-1].end, lex))
    if len(name_words) >= 2 and not _after_place_preposition(text, name_words[0].start, lex):
        if fold(name_words[0].text) in lex.family_names:
            evidence.append("family-name")
        elif sum(1 for w in name_words if _VIETNAMESE.search(w.text)) >= 2:
            evidence.append("vietnamese")
        elif all(w.text in lex.burmese_words for w in name_words):
            evidence.append("burmese")
    # A word the article also writes in lower case is a common word ("Food
    # Security", "Peace Operations"), unless an honorific or title vouches for it.
    if "title-before" not in evidence and any(w.text.lower() in common for w in name_words):
        return []
    # "Municipal Hall said": words of institutions' names need a title or appositive.
    if not _STRONG_EVIDENCE.intersection(evidence) and any(fold(w.text) in institution for w in name_words):
        return []
    if evidence and "title-after" not in evidence:
        state["title_end"] = -10
    # Only a name with evidence vouches for the next one: in "Inclusivity and
    # Sustainability" neither word is a person, so neither lends "coordinated".
    state["person_end"] = end - 1 if evidence else -10
    if "title-after" in evidence and all(w.text in lex.portfolio_words for w in name_words) \
            or len(name_words) == 1 and words[k].text in lex.portfolio_words:
        return []                                 # "Defense" in "Defense Secretary X", "External Affairs Minister X"
    last = name_words[-1]
    end_offset = last.end - (2 if last.text.endswith(("'s", "’s")) else 0)
    return [Segment(name_words[0].start, end_offset, name_words, evidence)]


def _after_place_preposition(text: str, start: int, lex: Lexicon) -> bool:
    """"in Quảng Ninh", "from Lim Chu Kang": what follows these is a place more often than a person."""
    before = words_before(text, start, 1, 16)
    return bool(before) and before[0] in lex.place_prepositions


def _skip_prefix(words: list[Word], keys: list[str], i: int, j: int, lex: Lexicon,
                 demonyms: Container[str], evidence: list[str]) -> int:
    """Index of the first name word after demonyms, honorifics, titles and
    modifiers ("Thai Foreign Minister", "H.E. Dr.", "former"), noting the evidence."""
    k = i
    while k < j:
        if keys[k] in demonyms or (_ACRONYM.match(words[k].text) and lex.titles.match(keys, k + 1)):
            k += 1                                  # "Thai Foreign Minister X", "DTI Undersecretary X"
            continue
        m = lex.honorifics.match(keys, k) or lex.titles.match(keys, k) or lex.title_modifiers.match(keys, k)
        if m is None:
            m = _portfolio_title(words, keys, k, j, lex)
        if m is None and k == i and keys[k] == "the" and k + 1 < j:
            k += 1                                  # "The Secretary General X"
            continue
        if m is None or k + m[0] > j:
            break
        k += m[0]
        evidence.append("title-before")
    while k < j and words[k].text in lex.function_words and not _family_first(words, k, j, lex):
        k += 1
    return k


def _portfolio_title(words: list[Word], keys: list[str], k: int, j: int, lex: Lexicon) -> tuple[int, str] | None:
    """"Investment Minister", "Trade and Industry Secretary": portfolio words before a
    title make one title (tokens, text), so the name starts after it; before an
    honorific they end a title that a comma cut off."""
    p = k
    while p < j and (words[p].text in lex.portfolio_words or (p > k and keys[p] in ("and", "&"))):
        p += 1
    if p == k or keys[p - 1] in ("and", "&") or p >= j:
        return None
    m = lex.titles.match(keys, p)
    if m is None and lex.honorifics.match(keys, p):
        return p - k, "portfolio"                 # "(Minister of Investment, Trade and) Industry Tengku X"
    return (p - k + m[0], m[1]) if m else None


def _family_first(words: list[Word], k: int, j: int, lex: Lexicon) -> bool:
    """"Do Hung Viet", "Le Thi Hoa": a family name that is also an English word
    starts a name when two name words follow it, inside a run (after a title): at the
    start of a sentence "Do" is more often the verb."""
    return (k > 0 and fold(words[k].text) in lex.family_names and j - k >= 3
            and _is_name_word(words[k + 1]) and _is_name_word(words[k + 2])
            and words[k + 1].text not in lex.not_names and words[k + 2].text not in lex.not_names)


def _without_possessive(word: str) -> str:
    for suffix in ("'s", "’s", "'", "’"):
        if word.endswith(suffix):
            return word[:-len(suffix)]
    return word
