"""Who is speaking: subjects of reporting verbs and the people pronouns point to.

The quote finder (`quotes.py`) and the credibility checks (`flags.py`) both need
to know, for a place in the text, which person or body a reporting verb belongs
to ("Dũng said", "said Lwin", "the ministry said") and whom "he" or "she" means.
`Speakers` indexes one document's entity mentions once and answers those
questions by position, with plain regular expressions (no parser):

- a subject is the nearest candidate next to the cue: a PERSON mention, a
  pronoun, a speaking body ("the ministry", resolved to the organisation named
  earlier), or, failing those, a run of capitalised words that looks like a name;
- a pronoun, or "the minister"/"the President", means the subject of the nearest
  earlier sentence that names someone (the person before a reporting verb, else
  the first one not named as an object); gender (KB ``attrs.gender``, else the
  form of address the text uses: Mrs, Ms, Daw / Mr, U) skips people who cannot
  fit, unless the text itself calls them so ("In his address, the State
  Counsellor ..."): then the slip is the text's and the referent stays;
- a person named inside a quotation never speaks it; "it said in a statement"
  is the organisation the previous sentence names; name-like runs that are
  places, frameworks or things ("the Trilateral Highway") are not speakers;
- people the entity step missed still count (`speaker_names.py`): a title the text gave someone
  ("the State Counsellor" after "State Counsellor Daw Aung San Suu Kyi"), a name
  set off by commas after a title ("Minister for X, Jane Doe,"), a surname of a
  known person ("Marcos"), a single capitalised word before the cue ("Jokowi");
  honorific-only names ("Samdech Thipadei") are treated like "the minister";
- "the statement" / "the press release" speaks for the ministry or other body
  named before it; "the bloc" / "the grouping" for the organisation named last
  (``generic_bodies``), never one named inside a quotation;
- "the Lao president" is the person the text called President of Laos
  (`speaker_text.titled_holder`), not whoever was named last.
"""
from __future__ import annotations

import bisect
import re
from typing import Any

from concord.datafiles import load_json
from concord.document import Document
from concord.extract.speaker_names import Candidate, MissedNames, strip_honorifics
from concord.extract.speaker_text import (described_person, genders_from_text, paragraph_spans, sentence_spans,
                                          slug, title_mentions, titled_holder)

__all__ = ["Speakers", "Candidate", "CUES", "cue_pattern", "slug", "sentence_spans", "paragraph_spans"]

_DATA = load_json("concord.extract", "quotes_cues.json")
PRONOUNS: dict[str, str] = _DATA["pronouns"]
_GENDER_WORDS = {"male": re.compile(r"\b(?:he|his|him|He|His)\b"), "female": re.compile(r"\b(?:she|her|She|Her)\b")}
# "it said in a statement": the organisation the previous sentence is about
_IT = re.compile(r"\b(?:it|It)\b(?=\s+(?:\w+ly\s+|also\s+|further\s+)?(?:said|says|added|stated|noted|warned|"
                 r"stressed|urged|announced|declared|told|wrote|claimed|insisted|called|reiterated|affirmed)\b)")


def cue_pattern(words: list[str]) -> re.Pattern:
    """A case-insensitive whole-word pattern for a list of (multi-word) cues."""
    alts = sorted((re.escape(w).replace(r"\ ", r"\s+") for w in words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


CUES = cue_pattern(_DATA["cues"])
_DESCRIBED = frozenset(_DATA["described_nouns"])        # "the tycoon said": whom the text described so
_NOUN = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}?(?i:" + "|".join(
    sorted((re.escape(b).replace(r"\ ", r"\s+") for b in (*_DATA["person_nouns"], *_DESCRIBED)),
           key=len, reverse=True)) + r")\b")
_PRONOUN = re.compile(r"\b(?:he|she|they|He|She|They)\b")
_GENERIC_BODIES = frozenset(_DATA["generic_bodies"])     # "the bloc said": the organisation named last
_BODY = re.compile(r"\b[Tt]he\s+((?:[A-Za-z]+\s+){0,2}?(?:" + "|".join(
    sorted((re.escape(b).replace(r"\ ", r"\s+") for b in {*_DATA["speaking_bodies"], *_GENERIC_BODIES}),
           key=len, reverse=True))
    + r"))\b", re.I)
# a person right after these words is an object, not the subject a pronoun takes up
_OBJECT_BEFORE = re.compile(r"\b(?:with|by|to|from|for|met|meeting|meets|and|of|\w+ing)\s+$", re.I)
# after a subject: an optional apposition (", the bloc's envoy,") and adverbs, then the cue
_SUBJECT_OF_CUE = re.compile(r"(?:\s*,[^,.;\n]{1,80},)?\s*(?:(?:also|further|later|then|again|earlier|has|had|have)\s+)*")
# "the statement said": the ministry (or other body) that issued it speaks
_DOCUMENTS = frozenset({"statement", "release", "report", "communique", "communiqué", "announcement", "notice"})
_ISSUERS = ("ministry", "government", "embassy", "office", "secretariat", "department", "agency", "commission")
_LAST: dict[str, Any] = {}


class Speakers(MissedNames):
    """Subjects and pronoun antecedents for one document (built once per document)."""

    def __init__(self, doc: Document, kb: Any = None):
        self.text = doc.text
        self.kb = kb
        self.sents = sentence_spans(doc.text)
        self._sent_starts = [s for s, _ in self.sents]
        self.paras = paragraph_spans(doc.text)
        self._para_starts = [s for s, _ in self.paras]
        people, bodies = [], []
        for ent in doc.entities:
            target = people if ent.type == "PERSON" else bodies if ent.type == "ORGANIZATION" else None
            if target is None:
                continue
            for m in ent.mentions:
                target.append((m.start, m.end, ent))
        self.kb = kb
        self.roles = doc.roles
        people.extend(title_mentions(doc, people))
        people.extend(self._apposed_names(people))
        people.sort(key=lambda p: p[0])
        bodies.sort(key=lambda p: p[0])
        self.people = people
        # "Marcos told reporters" when the entity step only found "Ferdinand Marcos Jr.":
        # a single name word that belongs to exactly one person of the document
        words: dict[str, set[str]] = {}
        for _, _, ent in people:
            for form in {ent.name, *(m.text for m in ent.mentions)}:
                for w in re.findall(r"[^\W\d_]{3,}", form):
                    words.setdefault(w, set()).add(ent.id)
        by_id = {ent.id: ent for _, _, ent in people}
        self._surnames = {w: by_id[next(iter(ids))] for w, ids in words.items() if len(ids) == 1}
        self._people_starts = [p[0] for p in people]
        self.bodies = bodies
        self._covered = sorted((s, e) for s, e, _ in people + bodies)
        self._others = sorted((m.start, m.end) for ent in doc.entities if ent.type not in ("PERSON", "ORGANIZATION")
                              for m in ent.mentions)
        self._text_gender = genders_from_text(self.text, people)
        self.quote_spans: list[tuple[int, int]] = []      # set by the quote step: no speaker inside a quote

    @classmethod
    def for_doc(cls, doc: Document, kb: Any = None) -> "Speakers":
        """The Speakers of `doc`, shared by the quote and flag steps (one-entry cache)."""
        key = (id(doc), doc.text, id(doc.entities), len(doc.entities), id(doc.roles), len(doc.roles), id(kb))
        cached = _LAST.get("key")
        if cached is not None and cached == key:
            return _LAST["value"]
        value = cls(doc, kb)
        _LAST.update(key=key, value=value)
        return value

    # ----- positions ------------------------------------------------------
    def sentence_at(self, pos: int) -> tuple[int, int]:
        """The sentence span holding `pos` (or the last one before it)."""
        if not self.sents:
            return 0, len(self.text)
        i = max(0, bisect.bisect_right(self._sent_starts, pos) - 1)
        return self.sents[i]

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self._para_starts, pos) - 1)

    def _is_covered(self, start: int, end: int) -> bool:
        i = bisect.bisect_right(self._covered, (end, end)) - 1
        while i >= 0 and self._covered[i][1] > start:
            if self._covered[i][0] < end:
                return True
            i -= 1
        return False

    # ----- candidates -----------------------------------------------------
    def candidates(self, start: int, end: int) -> list[Candidate]:
        """Every possible subject inside text[start:end], left to right."""
        out: list[Candidate] = []
        i = bisect.bisect_left(self._people_starts, start)
        while i < len(self.people) and self.people[i][0] < end:
            s, e, ent = self.people[i]
            if e <= end:
                honorific_only = not strip_honorifics(self.text[s:e])      # "Samdech Thipadei wrote"
                out.append(Candidate(s, e, "noun" if honorific_only else "person", None if honorific_only else ent.ref()))
            i += 1
        for m in _PRONOUN.finditer(self.text, start, end):
            out.append(Candidate(m.start(), m.end(), "pronoun", None))
        for m in _NOUN.finditer(self.text, start, end):
            if not self._is_covered(m.start(), m.end()):
                out.append(Candidate(m.start(), m.end(), "noun", None))
        for m in _BODY.finditer(self.text, start, end):
            if not self._is_covered(m.start(), m.end()):
                out.append(Candidate(m.start(), m.end(), "body", None))
        for s, e, ent in self.bodies:
            if start <= s and e <= end:
                out.append(Candidate(s, e, "org", ent.ref()))
        for m in _IT.finditer(self.text, start, min(len(self.text), end + 40)):    # the cue lies beyond `end`
            if m.end() <= end:
                out.append(Candidate(m.start(), m.end(), "it", None))
        if not any(c.kind in ("person", "pronoun") for c in out):
            out.extend(self._name_runs(start, end))
        if self.quote_spans:                          # a name inside a quotation never speaks it
            out = [c for c in out if not any(a <= c.start < b for a, b in self.quote_spans)]
        out.sort(key=lambda c: c.start)
        return out

    # ----- resolution -----------------------------------------------------
    def resolve(self, cand: Candidate | None) -> dict | None:
        """The entity a candidate stands for (pronouns and bodies resolved)."""
        if cand is None:
            return None
        if cand.kind == "pronoun":
            return self.antecedent(cand.start, self.text[cand.start:cand.end])
        if cand.kind == "noun":                       # "the minister said": the person spoken of last
            phrase = self.text[cand.start:cand.end]
            if phrase.split()[-1].lower() in _DESCRIBED:                       # "the tycoon said"
                described = described_person(self.text, phrase, cand.start, self.people)
                if described is not None:
                    return described.ref()
            return titled_holder(phrase, cand.start, self.roles, self.kb) \
                or self.antecedent(cand.start, "it")
        if cand.kind == "body":
            return self.body_at(cand.start, self.text[cand.start:cand.end])
        if cand.kind == "it":
            return self.org_antecedent(cand.start)
        return cand.ref

    def subject_before(self, start: int, cue: int) -> Candidate | None:
        """The subject of a cue at `cue`: people and pronouns win over bodies,
        the nearest one wins ("Lim Jock Hoi, Secretary-General of ASEAN, said")."""
        cands = self.candidates(start, cue)
        speakers = [c for c in cands if c.kind in ("person", "pronoun", "name", "noun")]
        if speakers:
            return speakers[-1]
        near = [c for c in cands if c.kind in ("body", "org", "it") and cue - c.end <= 25]
        return near[-1] if near else None

    def subject_after(self, cue_end: int, end: int) -> Candidate | None:
        """The subject of an inverted cue ("said Lwin", "said the ministry")."""
        cands = [c for c in self.candidates(cue_end, end) if c.start - cue_end <= 30]
        return cands[0] if cands else None

    def first_subject(self, start: int, end: int) -> Candidate | None:
        cands = [c for c in self.candidates(start, end) if c.kind in ("person", "pronoun", "name", "noun")]
        return cands[0] if cands else None

    def antecedent(self, pos: int, pronoun: str) -> dict | None:
        """The person a pronoun at `pos` means, or None when the text names none."""
        gender = PRONOUNS.get(pronoun.lower(), "any")
        if gender == "any" and pronoun != "it":
            return None
        s_start, _ = self.sentence_at(pos)
        # "Fauzi spoke, and he called for ...": the subject earlier in the same sentence
        same = [p for p in self.people if s_start <= p[0] and p[1] <= pos and not self.in_quote(p[0])
                and (gender == "any" or self.gender_of(p[2]) in (None, gender))]
        if same and not _OBJECT_BEFORE.search(self.text, max(s_start, same[0][0] - 12), same[0][0]):
            return self._subject(same).ref()
        i = bisect.bisect_left(self._people_starts, s_start) - 1
        fallback, skipped = None, 0
        # walk back sentence by sentence; in each, prefer its subject
        while i >= 0:
            sent = self.sentence_at(self.people[i][0])
            group = [p for p in self.people if sent[0] <= p[0] < sent[1] and p[1] <= s_start
                     and not self.in_quote(p[0])]
            named = [p for p in group if strip_honorifics(self.text[p[0]:p[1]])]
            fitting = [p for p in named if gender == "any" or self.gender_of(p[2]) in (None, gender)]
            # the nearest sentence naming someone holds the referent; gender picks among
            # its people but never skips it ("the State Counsellor ... he said" is a slip)
            if fitting:
                return self._subject(fitting).ref()
            if named and fallback is None:
                # the text itself calls that person so ("In his address, the State
                # Counsellor ..."): the referent, whatever the KB says; else a slip
                # to fall back on when no one earlier fits
                if gender != "any" and _GENDER_WORDS[gender].search(self.text, sent[0], sent[1]):
                    return self._subject(named).ref()
                fallback = named
            if fallback is not None and (skipped := skipped + 1) > 3:
                break
            i = bisect.bisect_left(self._people_starts, sent[0]) - 1
        return self._subject(fallback).ref() if fallback else None

    def in_quote(self, pos: int) -> bool:
        """Inside a quotation: a person named there is spoken of, not speaking."""
        return any(a <= pos < b for a, b in self.quote_spans)

    def org_antecedent(self, pos: int) -> dict | None:
        """"it said in a statement": the organisation named first in the nearest
        earlier sentence (or earlier in this one) that names one."""
        s_start, _ = self.sentence_at(pos)
        # an organisation named inside a quotation is spoken of: “... unless ASEAN acts,” it said
        bodies = [b for b in self.bodies if not self.in_quote(b[0])]
        same = [b for b in bodies if s_start <= b[0] and b[1] <= pos]
        if same:
            return same[0][2].ref()
        earlier = [b for b in bodies if b[1] <= s_start]
        if not earlier:
            return None
        sent = self.sentence_at(earlier[-1][0])
        return next(b for b in bodies if sent[0] <= b[0] < sent[1])[2].ref()

    def _subject(self, group: list[tuple[int, int, Any]]) -> Any:
        """The person of a sentence who speaks ("..., Retno said") or, failing that,
        the first one not named as an object ("a meeting with X")."""
        for s, e, ent in group:
            if _SUBJECT_OF_CUE.match(self.text, e) and CUES.match(self.text, _SUBJECT_OF_CUE.match(self.text, e).end()):
                return ent
        for s, e, ent in group:
            if not _OBJECT_BEFORE.search(self.text, max(0, s - 12), s):
                return ent
        return group[0][2]

    def gender_of(self, entity: Any) -> str | None:
        """Gender from how the text addresses them (Mr, Ms, he, she), else from the KB."""
        if entity.id in self._text_gender:
            return self._text_gender[entity.id]
        return self.kb_gender(entity)

    def kb_gender(self, entity: Any) -> str | None:
        """Gender as the KB records it (attrs.gender), or None."""
        if self.kb is None:
            return None
        try:
            known = self.kb.get(entity.id)
        except Exception:
            return None
        return (known.attrs or {}).get("gender") if known is not None else None

    def body_at(self, pos: int, phrase: str) -> dict | None:
        """The organisation "the ministry" means: the latest one named before (outside
        quotations) whose name holds the head word, or for "the bloc" / "the grouping"
        the latest one named; None when the text names none."""
        head = phrase.split()[-1].lower()
        heads = _ISSUERS if head in _DOCUMENTS else (head,)
        best = last = None
        for s, _, ent in self.bodies:
            if s < pos and not self.in_quote(s):
                last = ent
                if any(h in ent.name.lower() for h in heads):
                    best = ent
        if best is None and head in _GENERIC_BODIES:
            best = last                               # "the bloc said" after "ASEAN ..."
        return best.ref() if best else None
