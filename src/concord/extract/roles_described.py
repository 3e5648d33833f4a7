"""Roles described in words rather than given as titles, and organisations referred back to.

- "Y, an economist at the Asian Development Bank": an occupation (not an office
  title) is a role only when the appositive says where it is held;
- "Ms X, a visiting fellow at the institute" after "the Lowy Institute", "the
  ministry spokesman Koy Kuong" after "the Cambodian foreign ministry": "the
  institute", "the ministry" stand for the organisation of that kind the text
  named last before.

Word lists are data in ``data/roles_words.json``.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

from concord.datafiles import load_json
from concord.link.fold import fold

if TYPE_CHECKING:
    from concord.extract.roles import _Context

__all__ = ["back_reference", "back_reference_before", "described_noun", "noun_continues", "occupation_before",
           "reference_prefix"]

_DATA = load_json("concord.extract", "roles_words.json")
_NOUNS = frozenset(_DATA["descriptive_nouns"]["words"])
_HEADS: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in _DATA["back_reference_heads"]["heads"].items()
                                     if not k.startswith("_")}
_DETS = "|".join(_DATA["back_reference_words"]["words"])
_HEAD_WORDS = "|".join(sorted((re.escape(h) for h in _HEADS), key=len, reverse=True))
# "the institute", "the same ministry", "the foreign ministry", "the Thai ministry": up to
# two describing words, then the head word.
# A head that goes on with "of/for/on [the] Name" names another body: "the Institute of
# Foreign Affairs" is not "the institute" named before.
_BACK = re.compile(rf"(?:{_DETS})[ \t]+(?:same[ \t]+)?((?:[\w-]+[ \t]+){{0,2}}?)({_HEAD_WORDS})\b(?![-]\w)"
                   rf"(?![ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?(?-i:[A-Z]))", re.IGNORECASE)
# "ministry spokesman X", "the ministry's spokesman X", "foreign ministry spokeswoman X"
_BACK_BEFORE = re.compile(rf"(?:\b(?:{_DETS})[ \t]+)?((?:[\w-]+[ \t]+){{0,2}}?)\b({_HEAD_WORDS})(?:['’]s)?[ \t]+$",
                          re.IGNORECASE)
_HEAD_LAST = frozenset(h.split()[-1] for h in _HEADS)
_ORG_TYPES = ("ORGANIZATION", "FRAMEWORK")
_STOP = frozenset({"of", "for", "at", "in", "on", "to", "with", "from", "and", "or", "who", "which", "that",
                   "whose", "by", "is", "was", "has", "had", "said", "says", "the", "a", "an"})
_WHERE = re.compile(r"[ \t]+(?:at|of|with|for|from|in)[ \t]+")


def _org_mentions(ctx: _Context) -> tuple[list[int], list[Any]]:
    """Starts and entities of the document's organisation mentions, in text order (built once)."""
    cached = getattr(ctx, "_org_index", None)
    if cached is None:
        pairs = sorted((s, e) for s, (e, _end) in ctx.by_start.items() if e.type in _ORG_TYPES)
        cached = ([s for s, _ in pairs], [e for _, e in pairs])
        ctx._org_index = cached
    return cached


def _referent(ctx: _Context, pos: int, head: str, describing: str) -> Any | None:
    """The organisation named last before `pos` whose name has the head word (and the
    describing words: "foreign" for "the foreign ministry")."""
    starts, entities = _org_mentions(ctx)
    spellings = _HEADS[head.lower()]
    wanted = [w for w in fold(describing).split() if w]
    for i in range(bisect.bisect_left(starts, pos) - 1, -1, -1):
        entity = entities[i]
        words = set(fold(entity.name).replace("-", " ").split())
        if words & spellings and all(w in words or _demonym_fits(ctx, w, entity) for w in wanted):
            return entity
    return None


def _demonym_fits(ctx: _Context, word: str, entity: Any) -> bool:
    """"the Thai ministry" and "Cambodia's ministry" fit the ministry of that country
    ("Ministry of Foreign Affairs of Thailand")."""
    country = ctx.view.demonyms.get(word)
    known = ctx.entity_by_id.get(country) or ctx.view.get(country) if country else None
    if known is None:
        name = _POSSESSIVE.sub("", word)
        known = next((e for e in ctx.entity_by_id.values() if e.type == "COUNTRY" and fold(e.name) == name), None)
    if known is None:
        return False
    kb_entry = ctx.view.get(entity.id)              # the Cambodian ministry's KB name omits Cambodia
    country_of = ((getattr(kb_entry, "attrs", None) or {}).get("country")) if kb_entry is not None else None
    return country_of == known.id or fold(known.name) in fold(entity.name)


_POSSESSIVE = re.compile(r"['’]s?$")


def back_reference(ctx: _Context, pos: int) -> tuple[Any, int] | None:
    """(organisation, end) of "the institute" at `pos`, standing for the one named before."""
    m = _BACK.match(ctx.text, pos)
    if m is None:
        return None
    entity = _referent(ctx, pos, m.group(2), m.group(1))
    return (entity, m.end()) if entity is not None else None


def back_reference_before(ctx: _Context, title_start: int) -> Any | None:
    """The organisation that "ministry" in "the ministry spokesman X" (the words just
    before the title at `title_start`) stands for, or None."""
    tail = ctx.text[max(0, title_start - 20):title_start].rsplit(None, 1)
    if not tail or _POSSESSIVE.sub("", tail[-1].lower()) not in _HEAD_LAST:
        return None                                  # the common case, decided cheaply
    m = _BACK_BEFORE.search(ctx.text, max(0, title_start - 60), title_start)
    if m is None or ctx.by_end.get(m.end(2)) is not None:
        return None                                  # a named organisation is read elsewhere
    words = m.group(1).split()
    while words and (words[0].lower() in _STOP or words[0].lower() in ctx.lex.speech_verbs
                     or words[0].lower() in ctx.lex.function_words):
        words = words[1:]                            # "told ministry spokesman X": "told" says nothing
    return _referent(ctx, m.start(), m.group(2), " ".join(words))


_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][a-z-]*)\b")


def noun_continues(ctx: _Context, title_end: int) -> int:
    """End of an occupation that goes on a title word: "chief economist" (the lexicon
    reads "Chief"); `title_end` when none does."""
    m = _NEXT_WORD.match(ctx.text, title_end)
    return m.end() if m and m.group(1).lower() in _NOUNS and not ctx.by_start.get(m.start(1)) else title_end


_HEAD_PREFIX = re.compile(rf"((?:[\w-]+[ \t]+){{0,2}}?)({_HEAD_WORDS})(?:['’]s)?[ \t]+", re.IGNORECASE)


def reference_prefix(ctx: _Context, pos: int) -> tuple[Any, int] | None:
    """(organisation, title start) for "ministry spokesman" at `pos` in "X, the ministry
    spokesman,": the ministry is the one named before, the title is "spokesman"."""
    m = _HEAD_PREFIX.match(ctx.text, pos)
    if m is None or ctx.title_at(m.end()) is None:
        return None
    entity = _referent(ctx, pos, m.group(2), m.group(1))
    return (entity, m.end()) if entity is not None else None


def described_noun(ctx: _Context, pos: int) -> tuple[int, str] | None:
    """(end, text) of "economist", "senior research economist", "Asia director" at
    `pos` when the clause goes on to say where ("at/of/with ORG", the organisation
    named or referred back to: "an expert on Myanmar at the institute"); else None."""
    text = ctx.text
    p = pos
    for _ in range(4):
        m = _DESCRIBING.match(text, p)
        if not m or m.group(1).lower() in _STOP:
            return None
        found = ctx.by_start.get(p)
        if found and found[0].type == "PERSON":          # "Hun Sen's adviser": someone else's
            return None
        word_end = p + len(m.group(1))
        if m.group(1).lower() in _NOUNS and _where_in_clause(ctx, word_end):
            return word_end, text[pos:word_end]
        p = m.end()
    return None


_DESCRIBING = re.compile(r"([A-Za-z][\w-]*)[ \t]+")
_CLAUSE_STOP = re.compile(r"[,.;:()\n\"“”]|\b(?:who|which|that|and|but|while)\b")


def _where_in_clause(ctx: _Context, pos: int) -> bool:
    """An organisation after "at/of/with/for/from/in" before the clause ends."""
    limit = min(len(ctx.text), pos + 80)
    stop = _CLAUSE_STOP.search(ctx.text, pos, limit)
    limit = stop.start() if stop else limit
    return any(_org_or_reference(ctx, m.end()) for m in _WHERE.finditer(ctx.text, pos, limit))


_OWNER_GAP = re.compile(r"(?:['’]s?)?[ \t]+$")


def occupation_before(ctx: _Context, start: int) -> tuple[str, Any, int] | None:
    """(title, organisation, start) of an occupation just before a name when an
    organisation or a demonym comes first: "ADB chief economist X", "Thai analyst X"
    (up to two describing words before the noun)."""
    tail = ctx.text[max(0, start - 24):start].rsplit(None, 1)
    if not tail or tail[-1].lower() not in _NOUNS:
        return None                                  # the common case, decided cheaply
    toks = list(_TOKEN.finditer(ctx.text, max(0, start - 60), start))
    for k in range(max(0, len(toks) - 3), len(toks)):   # the owner ends right before the title
        if k < len(toks) - 1 and not _DESCRIBER.fullmatch(toks[k].group()):
            continue
        title_start = toks[k].start()
        gap = _OWNER_GAP.search(ctx.text, max(0, title_start - 4), title_start)
        owner_end = gap.start() if gap else title_start
        found = ctx.by_end.get(owner_end)
        if found and found[0].type in ("ORGANIZATION", "FRAMEWORK", "COUNTRY"):
            return ctx.text[title_start:toks[-1].end()], found[0], found[1]
        word = toks[k - 1] if k else None
        if word and word.end() == owner_end and fold(word.group()) in ctx.view.demonyms:
            owner = ctx.demonym_at(word.start())
            if owner:
                return ctx.text[title_start:toks[-1].end()], owner[0], word.start()
    return None


_TOKEN = re.compile(r"[^\s]+")
_DESCRIBER = re.compile(r"[A-Za-z][\w-]*")


_THE = re.compile(r"(?:the[ \t]+)?")


def _org_or_reference(ctx: _Context, pos: int) -> bool:
    return bool(ctx.org_at(_THE.match(ctx.text, pos).end()) or back_reference(ctx, pos))
