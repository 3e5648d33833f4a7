"""Quotations and who said them.

`annotate(doc, kb)` fills `doc.quotes` with direct quotations:

1. Quotation marks are paired (curly and straight, double and single; a
   straight or single mark counts as opening or closing by what stands around
   it). A quotation that runs over several paragraphs — opened at the start of
   each, or opened once and closed only at its end — is one quote.
2. A quoted span is speech when it has at least four words, is not a title or
   name ("the “Mekong-Asia Pacific Peace Forum”", a Title Cased phrase, a phrase
   after "titled", "on", ...; after "the"/"a" only with a cue and five words),
   and either a reporting verb stands in its sentence or it is a whole sentence
   on its own (six words, or four right after another quote of the paragraph).
   A cue whose subject the text does not name ("analysts said") gives no speaker.
3. The speaker is the subject of the reporting verb after the quote (“...”, he
   said / said Lwin), else before it (X stated that “...”), else the speaker
   announced by a sentence ending in a colon, a quote just before, or the
   paragraph before. Pronouns and "the ministry" are resolved (`speakers.py`).

Reported speech ("He called for ...") is found by `reported_speech(doc, kb)` and
added with ``direct=False`` only when `annotate` is called with
``reported=True``: the evaluation counts every emitted quote against gold
*direct* quotations, so indirect ones are kept out of the default record.
"""
from __future__ import annotations

import re
from typing import Any

from concord.datafiles import load_json
from concord.document import Document, Quote
from concord.extract.speakers import CUES, Speakers, cue_pattern

__all__ = ["annotate", "find_quote_spans", "reported_speech"]

_DATA = load_json("concord.extract", "quotes_cues.json")
_INTRODUCERS = frozenset(_DATA["title_introducers"])
_DETERMINERS = frozenset(_DATA["determiners"])
_NAME_HEADS = frozenset(_DATA["name_heads"])
_SMALL = frozenset(_DATA["small_words"])
_REPORTED = cue_pattern(_DATA["reported_cues"])

_MARKS = re.compile(r"[“”\"‘’']")
_WORDS = re.compile(r"[^\W_]+(?:[-’'][^\W_]+)*")
_PREV_WORD = re.compile(r"([\w-]+)\W*$")
_NEXT_WORD = re.compile(r"^\W*?([\w-]+)")
_SENT_END = re.compile(r"[.!?](?=[\s”\"’]|$)|\n")
_MAX_QUOTE = 6000                 # a quote never runs longer: an unclosed mark stops at its paragraph


def _kind(text: str, i: int) -> str | None:
    """'open', 'close' or None (an apostrophe) for the mark at text[i]."""
    c = text[i]
    before = text[i - 1] if i else "\n"
    after = text[i + 1] if i + 1 < len(text) else "\n"
    if c == "“":
        return "open"
    if c == "”":
        return "close"
    if c == "‘":
        return "open" if not before.isalnum() and after.isalnum() else None
    if c == "'" and (before.isspace() or before in "([—–-:") and after.isalnum():
        return "open"
    if c in "’'":
        return "close" if not after.isalnum() and not before.isspace() else None
    # straight double quote
    if before.isspace() or before in "([—–-:":
        return "open"
    return "close"


def _pair(text: str, marks: list[tuple[int, str]], double: bool) -> list[tuple[int, int]]:
    """(open, close) index pairs; `close` is the index of the closing mark."""
    out, cur = [], None
    for i, kind in marks:
        if kind == "open":
            if cur is None:
                cur = i
            elif "\n" in text[cur:i]:
                para_start = text.rfind("\n", 0, i) + 1
                if double and not text[para_start:i].strip():
                    continue                        # continuation paragraph: one quote goes on
                cur = i                             # the earlier mark was never closed
        elif cur is not None:
            if i - cur > _MAX_QUOTE or (not double and "\n" in text[cur:i]):
                cur = None
                continue
            out.append((cur, i))
            cur = None
    if cur is not None and double:
        end = text.find("\n", cur)
        out.append((cur, end if end >= 0 else len(text)))
    return out


def find_quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans (inner start, inner end) of quoted text, outermost quotes only."""
    doubles, singles = [], []
    for m in _MARKS.finditer(text):
        i = m.start()
        kind = _kind(text, i)
        if kind:
            (doubles if text[i] in "“”\"" else singles).append((i, kind))
    pairs = _pair(text, doubles, True)
    inside = [(a, b) for a, b in pairs]
    for a, b in _pair(text, singles, False):
        if not any(x <= a and b <= y for x, y in inside):
            pairs.append((a, b))
    spans = []
    for a, b in sorted(pairs):
        s, e = a + 1, b
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in ",;"):
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def _title_like(inner: str) -> bool:
    """A name or title: mostly Capitalised words and no sentence punctuation."""
    if inner[-1:] in ".!?":
        return False
    words = [w for w in _WORDS.findall(inner) if w.lower() not in _SMALL]
    if not words:
        return True
    caps = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return caps / len(words) >= 0.75


def _cue_in(text: str, start: int, end: int, quotes: list[tuple[int, int]], last: bool) -> re.Match | None:
    """The first (or last) reporting verb in text[start:end] that is outside every quote."""
    found = None
    for m in CUES.finditer(text, start, end):
        if any(a - 1 <= m.start() < b + 1 for a, b in quotes):
            continue
        if not last:
            return m
        found = m
    return found


def _tail_end(text: str, pos: int) -> int:
    if text[pos - 2:pos - 1] in (".", "!", "?") and re.match(r"\s+[A-Z]", text[pos:pos + 3]):
        return pos                                   # “... stage.” She said: a new sentence
    m = _SENT_END.search(text, pos, min(len(text), pos + 200))
    return m.start() if m else min(len(text), pos + 200)


def _is_speech(text: str, s: int, e: int, has_cue: bool, follows_quote: bool = False) -> bool:
    inner = text[s:e]
    if len(_WORDS.findall(inner)) < 4 or _title_like(inner):
        return False
    prev = _PREV_WORD.search(text, max(0, s - 30), s - 1)
    between = text[prev.end(1):s - 1] if prev else ""
    if prev and not between.strip(" ").endswith((",", ":")) and not any(c in between for c in ".!?\n"):
        word = prev.group(1).lower()
        if word in _INTRODUCERS:                      # titled “...”, on “...”
            return False
        if word in _DETERMINERS and not (has_cue and len(_WORDS.findall(inner)) >= 5):
            return False                              # the “...”: a name or a scare quote
    nxt = _NEXT_WORD.match(text[e + 1:e + 30])
    if nxt and nxt.group(1).lower() in _NAME_HEADS:
        return False
    if has_cue:
        return True
    before = text[max(0, s - 3):s - 1].strip()
    whole = inner[:1].isupper() and (not before or before[-1] in ".:!?\n")
    # a whole sentence in quotes is speech; a short one only right after another
    # quote of the same paragraph ("“...,” she said. “That was the point.”")
    announced = before.endswith(":")                  # "Hun Manet: ‘Cambodia will not take sides’"
    return whole and len(_WORDS.findall(inner)) >= (4 if follows_quote or announced else 6)


def annotate(doc: Document, kb: Any = None, *, reported: bool = False) -> None:
    """Fill `doc.quotes` (direct quotations; reported speech too when `reported`)."""
    text = doc.text
    spans = find_quote_spans(text)
    if not spans and not reported:
        doc.quotes = []
        return
    sp = Speakers.for_doc(doc, kb)
    sp.quote_spans = spans
    out: list[Quote] = []
    last_para_speaker: tuple[int, dict | None] | None = None
    for s, e in spans:
        sent_start = sp.sentence_at(s)[0]
        close = e + (1 if text[e:e + 1] in "”\"’'" else 0)
        tail_end = _tail_end(text, close)
        tail_cue = _cue_in(text, close, min(tail_end, close + 160), spans, last=False)
        head_cue = _cue_in(text, min(sent_start, s - 1), s - 1, spans, last=True)
        follows = bool(out) and sp.paragraph_index(out[-1].start) == sp.paragraph_index(s)
        if not _is_speech(text, s, e, bool(tail_cue or head_cue), follows):
            continue
        speaker, cue = _attribute(text, s, close, tail_end, tail_cue, head_cue, sp, out, last_para_speaker)
        out.append(Quote(text=text[s:e], start=s, end=e, speaker=speaker, cue=cue, direct=True))
        last_para_speaker = (sp.paragraph_index(e), speaker)
    if reported:
        out.extend(reported_speech(doc, kb, sp, spans))
        out.sort(key=lambda q: q.start)
    doc.quotes = out


def _attribute(text, s, close, tail_end, tail_cue, head_cue, sp: Speakers, done: list[Quote],
               last_para_speaker) -> tuple[dict | None, str | None]:
    """(speaker ref, cue) of a quote at text[s:...]."""
    if tail_cue:
        gap = text[close:tail_cue.start()].strip(" ,;:.!?—–-\n\"”’'")
        # “...”, he said / “...” Dũng said: the subject sits in the gap;
        # “...”, said Lwin: nothing in the gap, the subject follows the cue.
        if gap:
            cand = _gap_subject(text, close, tail_cue.start(), sp)
        else:
            cand = sp.subject_after(tail_cue.end(), tail_end)
        if cand:
            return _resolve(sp, cand, last_para_speaker, done), _cue_text(tail_cue)
    if head_cue:
        sent_start = sp.sentence_at(s)[0]
        cand = sp.subject_before(min(sent_start, head_cue.start()), head_cue.start()) \
            or sp.subject_after(head_cue.end(), s)
        if cand:
            return sp.resolve(cand), _cue_text(head_cue)
    if tail_cue or head_cue:
        return None, _cue_text(tail_cue or head_cue)  # "Analysts said": a speaker the text does not name
    before = text[:s - 1].rstrip()
    if before.endswith(":"):                         # "X shared a few thoughts:" ¶ “...”
        intro = sp.sentence_at(len(before) - 1)
        cand = sp.first_subject(intro[0], len(before))
        if cand:
            return sp.resolve(cand), None
    pi = sp.paragraph_index(s)
    if last_para_speaker and last_para_speaker[1] and pi - last_para_speaker[0] in (0, 1):
        return last_para_speaker[1], None            # the same speaker goes on
    if pi > 0:
        a, b = sp.paras[pi - 1]
        cue = _cue_in(text, a, b, [], last=True)
        if cue:
            cand = sp.subject_before(sp.sentence_at(cue.start())[0], cue.start())
            if cand:
                return sp.resolve(cand), None
    return None, None


def _resolve(sp: Speakers, cand, last_para_speaker, done: list[Quote]) -> dict | None:
    """“...,” he added: after a quote of the same or the previous paragraph, the
    pronoun continues that quote's speaker (unless the KB says the gender differs,
    or someone else who fits is named between the two quotes: "Retno said ...
    “...,” she said")."""
    if cand.kind == "pronoun" and last_para_speaker and last_para_speaker[1]:
        para, speaker = last_para_speaker
        gender = {"he": "male", "she": "female"}.get(sp.text[cand.start:cand.end].lower())
        if gender and sp.paragraph_index(cand.start) - para in (0, 1) \
                and sp.gender_of(_Id(speaker["id"])) in (None, gender) \
                and not _someone_else(sp, done[-1].end if done else 0, cand.start, speaker, gender):
            return speaker
    return sp.resolve(cand)


def _someone_else(sp: Speakers, start: int, end: int, speaker: dict, gender: str) -> bool:
    """A person other than `speaker`, who may be `gender`, named in text[start:end]
    outside quotation marks."""
    return any(start <= s and e <= end and ent.id != speaker["id"] and not sp.in_quote(s)
               and sp.gender_of(ent) in (None, gender) for s, e, ent in sp.people)


class _Id:
    def __init__(self, id: str):
        self.id = id


def _gap_subject(text: str, close: int, cue: int, sp: Speakers):
    """The subject between a closing mark and its cue: right after the quote
    ("”, Kin Phea, director of the institute, told ...") or right before the cue."""
    found = sp.candidates(close, cue)
    cands = [c for c in found if c.kind != "org"]
    if not cands and _only_org(text, close, cue, [c for c in found if c.kind == "org"]):
        return [c for c in found if c.kind == "org"][0]   # “...,” the Department of Foreign Affairs (DFA) said
    if not cands:
        lo, hi = close, cue
        while lo < hi and text[lo] in " ,;:.!?—–-\n\"”’'":
            lo += 1
        while hi > lo and text[hi - 1].isspace():
            hi -= 1
        return sp.single_name(lo, hi)                 # “...,” Jokowi told: a name the entities lack
    first, last = cands[0], cands[-1]
    if not text[close:first.start].strip(" ,;:.!?—–-\n\"”’'") and first.kind != "body":
        return first
    if len(text[last.end:cue].split()) <= 3:
        return last
    return None


_GAP_FILLER = re.compile(r"[\s,;:.!?—–\-\"”’'()]*(?:[Tt]he\b)?[\s,;:.!?—–\-\"”’'()]*")


def _only_org(text: str, close: int, cue: int, orgs: list) -> bool:
    """True when the gap holds nothing but organisation mentions (the name and its
    acronym in brackets), "the" and punctuation: the organisation is the subject."""
    if not orgs:
        return False
    pos = close
    for c in orgs:
        if _GAP_FILLER.match(text, pos).end() < c.start:
            return False
        pos = c.end
    return _GAP_FILLER.match(text, pos).end() >= cue


def _cue_text(m: re.Match) -> str:
    return " ".join(m.group(0).lower().split())


_REPORTED_CLAUSE = re.compile(r"\s+(?:that\s+)?(?P<body>[^.!?\n“”\"]{12,})")


def reported_speech(doc: Document, kb: Any = None, sp: Speakers | None = None,
                    spans: list[tuple[int, int]] | None = None) -> list[Quote]:
    """Indirect speech ("She emphasized that ...", "X said the UN was ready to ...")
    as quotes with ``direct=False``; sentences holding a direct quote are skipped."""
    text = doc.text
    sp = sp or Speakers(doc, kb)
    spans = find_quote_spans(text) if spans is None else spans
    out = []
    for a, b in sp.sents:
        if any(a <= s < b or a < e <= b for s, e in spans):
            continue
        cue = _REPORTED.search(text, a, b)
        if not cue:
            continue
        cand = sp.subject_before(a, cue.start())
        body = _REPORTED_CLAUSE.match(text, cue.end(), b)
        if not cand or not body or cue.start() - cand.end > 40 or cand.kind == "name" \
                or re.match(r"\s+by\b", text[cue.end():cue.end() + 4]):
            continue                                  # no speaker, a name-like phrase, or passive "proposed by"
        s, e = body.start("body"), body.end("body")
        out.append(Quote(text=text[s:e], start=s, end=e, speaker=sp.resolve(cand),
                         cue=_cue_text(cue), direct=False))
    return out
