"""Roles: the titles an article gives people, with the organisation or country.

Read around every person mention found by the entity step:

- after the name: "Lim Jock Hoi, Secretary-General of ASEAN", "Nguyễn Quốc Dũng
  Vice Foreign Minister of Việt Nam" (no comma, then the title must be
  capitalised), "X, the Thai foreign minister", "X, Cambodia's foreign
  minister", "H.E. Dr. Sok Siphana, Chairman of the Board of Directors of AVI"
  (the board is part of the title; AVI is the organisation, through its
  acronym);
- before the name: "Prime Minister Hun Sen" (organisation null: implicit),
  "Cambodian Prime Minister Hun Sen", "Assistant Secretary General of the United
  Nations Khaled Khiari", "Cambodia's foreign minister, Prak Sokhonn";
- coordination: in "former Secretary-General of ASEAN Ong Keng Yong and Lê
  Lương Minh" both people get the role;
- joined titles: "Senior Minister and Minister of Defence X" gives two roles
  (`roles_joined`);
- occupations and organisations referred back to: "ADB chief economist X", "the
  ministry spokesman X" after the ministry was named (`roles_described`).

Titles are the knowledge base's `titles.json` plus `extract/data/titles_extra.json`;
the organisation is an entity of the document (country, organisation or
framework), named by a mention, a demonym ("Thai") or a possessive ("Cambodia's").
"""
from __future__ import annotations

import re
from typing import Any

from concord.document import Document, Entity, Role
from concord.extract.lexicon import Lexicon, lexicon, token_key, token_keys
from concord.extract.roles_after import ORG_TYPES as _ORG_TYPES
from concord.extract.roles_after import SPACE as _SPACE
from concord.extract.roles_after import WORD as _WORD
from concord.extract.roles_after import role_after as _role_after
from concord.extract.roles_after import format_title as _title_text
from concord.extract.roles_described import back_reference_before, occupation_before
from concord.extract.roles_joined import join_back, split_role, title_ending_at
from concord.extract.text import Token, is_abbreviation
from concord.link import KBView, view_for
from concord.link.fold import fold

__all__ = ["annotate"]

# Modifiers that say when, not what: left out of the title ("former Secretary-General").
_TEMPORAL = frozenset({"former", "then", "then-", "current", "incumbent", "outgoing", "incoming", "late",
                       "retired", "newly appointed", "newly-appointed", "interim", "caretaker"})
_LINKS = frozenset({"of", "for", "to", "at"})
_SPACE_BACK = re.compile(r"[ \t\u00a0,]*$")
_WORD_OR_MARK = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")


def _words(text: str, start: int, end: int) -> list[Token]:
    """Words and marks of ``text[start:end]`` with offsets: a lighter `tokens` for
    short windows (a final dot stays on its word; `token_key` drops it)."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD_OR_MARK.finditer(text, start, end)]
_LAST_WORD = re.compile(r"[\w'’.-]+$")
_SHORT_WINDOW = 48          # characters read first for a title (`_Context.title_at`)


def _search_end(pattern: re.Pattern, text: str, window: int = 48) -> re.Match | None:
    """`pattern.search(text)` for a pattern of one repeated class anchored at the end
    ("[...]+$"). A plain search tries every position of the text; the match lies in
    the last few characters, so those are searched first. When the match starts
    right at the window's edge it may run on further back: then the whole text."""
    pos = len(text) - window
    if pos <= 0:
        return pattern.search(text)
    m = pattern.search(text, pos)
    if m is not None and m.start() == pos:
        return pattern.search(text)
    return m


class _Context:
    """The document's mentions by position, for reading around a name."""

    def __init__(self, doc: Document, view: KBView, lex: Lexicon):
        self.text = doc.text
        self.view = view
        self.lex = lex
        self.by_start: dict[int, tuple[Entity, int]] = {}
        self.by_end: dict[int, tuple[Entity, int]] = {}
        for e in doc.entities:
            for m in e.mentions:
                self.by_start[m.start] = (e, m.end)
                self.by_end[m.end] = (e, m.start)
        self.entity_by_id = {e.id: e for e in doc.entities}
        self._org_index = None          # organisation mentions in text order (`roles_described`)

    def person_follows(self, pos: int) -> bool:
        """True when a person's name comes next, after spaces and honorifics ("U Thaung Tun")."""
        for _ in range(4):
            pos = _SPACE.match(self.text, pos).end()
            found = self.by_start.get(pos)
            if found:
                return found[0].type == "PERSON"
            word = _WORD.match(self.text, pos)
            if not word or not self.lex.honorifics.match([token_key(word.group())], 0):
                return False
            pos = word.end()
        return False

    def org_at(self, pos: int) -> tuple[Entity, int] | None:
        found = self.by_start.get(pos)
        return found if found and found[0].type in _ORG_TYPES else None

    def demonym_at(self, pos: int) -> tuple[Entity | dict, int] | None:
        m = _WORD.match(self.text, pos)
        if not m:
            return None
        country_id = self.view.demonyms.get(fold(m.group()))
        if country_id is None:
            return None
        entity = self.entity_by_id.get(country_id) or self.view.get(country_id)
        return (entity, m.end()) if entity is not None else None

    def title_at(self, pos: int) -> tuple[int, str] | None:
        """(end, text) of the longest title starting at `pos`."""
        first = _WORD.match(self.text, pos)
        if not first:
            return None
        key = token_key(first.group())
        if key not in self.lex.titles and key not in self.lex.title_modifiers:
            return None                                  # the common case, decided cheaply
        # A title is a few words: the words of a short window are read first. The
        # window's end may cut or join its last words, so its answer stands only when
        # no phrase tried reached them; otherwise the full window is read.
        window = min(len(self.text), pos + 100)
        short = min(window, pos + _SHORT_WINDOW)
        found, complete = self._read_title(pos, short, short == window)
        return found if complete else self._read_title(pos, window, True)[0]

    def _read_title(self, pos: int, end: int, whole: bool) -> tuple[tuple[int, str] | None, bool]:
        """(title at `pos` read from the words of text[pos:end], whether that is the
        answer of the whole window: `whole`, or no phrase tried reached a word that
        the window's end may have changed)."""
        toks = _words(self.text, pos, end)
        if not toks or toks[0].start != pos:
            return None, True
        safe = len(toks)
        if not whole:           # a word is read from up to two characters past its end
            while safe and toks[safe - 1].end + 2 > end:
                safe -= 1
        keys = token_keys([t.text for t in toks])
        titles, modifiers = self.lex.titles, self.lex.title_modifiers
        k = shown = 0
        while k < len(keys):
            if not whole and k + max(titles.reach(keys[k]), modifiers.reach(keys[k]), 1) > safe:
                return None, False
            found = self._title_from(toks, keys, k)
            if found:                  # "Chief Executive Officer" is a title, not "Chief" + ...
                return (found[0], self.text[toks[shown].start:found[0]]), True
            m = modifiers.match(keys, k)
            if m is None:
                return None, True
            if " ".join(keys[k:k + m[0]]) in _TEMPORAL and shown == k:
                shown = k + m[0]                         # "former" is not part of the title
            k += m[0]
        return None, whole

    def _title_from(self, toks: list[Token], keys: list[str], k: int) -> tuple[int] | None:
        # The longest title that does not swallow a named organisation: the KB's
        # variant "Secretary-General of ASEAN" is read as title + organisation.
        for n, _phrase in self.lex.titles.matches(keys, k):
            inner = toks[k + 1:k + n]
            if any(self.org_at(t.start) for t in inner):
                continue
            end = toks[k + n - 1].end
            if self.text[end - 1] == "." and not is_abbreviation(self.text, end - 1):
                end -= 1                                 # "... Foreign Minister." ends a sentence
            return (end,)
        return None


def _ref(entity: Any) -> dict | None:
    return {"id": entity.id, "name": entity.name} if entity is not None else None


# Capitalised words before a title that say which government, not when: kept in the title.
_RANK_MODIFIERS = frozenset({"union", "federal", "provincial", "state", "regional", "acting", "senior",
                             "special", "permanent", "executive"})

_CHAIR_OWNER = re.compile(r"(?:Chair|Chairman|Chairmanship|Presidency)['’]s")


def _role_before(ctx: _Context, start: int) -> tuple[str, Any, int] | None:
    text = ctx.text
    window_start = max(0, start - 160)
    head = text[window_start:start]
    head = head[:_search_end(_SPACE_BACK, head).start()]
    last = _search_end(_LAST_WORD, head)
    if last is None:
        return None
    if (token_key(last.group()) not in ctx.lex.titles.last_keys
            and window_start + last.end() not in ctx.by_end
            and last.group() not in ctx.lex.portfolio_words
            and not ctx.lex.honorifics.last_keys.intersection((token_key(last.group()),))):
        return None                                      # the common case, decided cheaply
    toks = _words(text, window_start, window_start + len(head))
    keys = token_keys([t.text for t in toks])
    while toks:                                     # "Secretary-General H.E. Dr. Kao Kim Hourn"
        n = _honorific_ending(ctx, keys)               # "Foreign Minister Datuk Seri Saifuddin Abdullah"
        if not n and keys[-1] not in ("", "."):
            break
        toks, keys = toks[:-(n or 1)], keys[:-(n or 1)]
    if not toks:
        return None
    org = None
    link = None
    end_at = toks[-1].end
    topic_end = 0
    found = ctx.by_end.get(end_at)
    if found and found[0].type in _ORG_TYPES:        # "... of the United Nations Khaled Khiari"
        org = found[0]
        i = len(toks) - 1
        while i >= 0 and toks[i].start >= found[1]:
            i -= 1
        while i >= 0 and keys[i] in ("the",):
            i -= 1
        if i < 0 or keys[i] not in _LINKS and keys[i] != "on":
            return None
        link = keys[i]
        if link == "on":                              # "Special Envoy on Myanmar, X": a topic, not the owner
            org, topic_end = None, end_at
        toks, keys = toks[:i], keys[:i]
        sender = _linked_owner(ctx, toks, keys) if link == "to" and toks else None
        if sender is not None:                        # "Permanent Representative of Thailand to the UN X"
            org, toks, keys = sender
    title_end = len(keys)
    best = _title_ending_at(ctx, keys, title_end)
    if best is None:                                  # "Minister of Mines and Energy Keo Rottanak"
        k = title_end
        while k > 0 and (toks[k - 1].text in ctx.lex.portfolio_words or keys[k - 1] in ("and", "&")):
            k -= 1
        if k < title_end and k > 0 and keys[k - 1] in ("of", "for"):
            best = _title_ending_at(ctx, keys, k - 1)
    if best is None:
        return None
    while best > 0 and keys[best - 1] in _RANK_MODIFIERS:
        best -= 1                                     # "Union Home Minister": the union is part of it
    best = join_back(ctx, keys, best, _RANK_MODIFIERS)   # "Senior Minister and Minister of Defence X"
    title_start = toks[best].start
    owner = ctx.org_at(title_start)
    if owner and owner[1] < toks[-1].end:             # "UN Secretary-General António Guterres"
        org = org or owner[0]
        title_start = _SPACE.match(text, owner[1]).end()
    elif org is None:                                 # "Chinese Foreign Ministry Spokesperson X"
        inside = _org_ending_inside(ctx, toks, best)
        if inside is not None:
            org, title_start = inside
    title_text = text[title_start:max(toks[-1].end, topic_end)]
    if (org is None or link == "to") and best > 0 and _CHAIR_OWNER.fullmatch(toks[best - 1].text):
        owner = ctx.by_end.get(toks[best - 1].start - 1)   # "the ASEAN Chair's Special Envoy"
        if owner and owner[0].type in _ORG_TYPES:
            return _title_text(text[title_start:max(toks[-1].end, topic_end)]), owner[0], owner[1]
    if (org is None or link == "to") and best > 0:   # "Cambodian Prime Minister", "ASEAN Secretary-General"
        # "Japanese Ambassador to Cambodia": the owner before the title wins over "to".
        owner_tok = toks[best - 1]
        if owner_tok.text in ("'", "’") and best > 1:      # "Laos' foreign minister"
            owner_tok = toks[best - 2]
        before = ctx.by_end.get(owner_tok.end)
        if before is None and owner_tok.text.endswith(("'s", "’s")):
            before = ctx.by_end.get(owner_tok.end - 2)    # "Cambodia's Foreign Minister"
        if before and before[0].type in _ORG_TYPES:
            org = before[0]
        elif fold(owner_tok.text) in ctx.view.demonyms:
            org = ctx.demonym_at(owner_tok.start)[0]
    if org is None:                                   # "the ministry spokesman X": the ministry named before
        org = back_reference_before(ctx, title_start)
    return _title_text(title_text), org, title_start


def _org_ending_inside(ctx: _Context, toks: list[Token], best: int) -> tuple[Entity, int] | None:
    """(organisation, start of the rest) when a named organisation that began before
    the title ends inside it: the KB title "Foreign Ministry Spokesperson" read in
    "Chinese Foreign Ministry Spokesperson" is the ministry's "Spokesperson"."""
    for i in range(best, len(toks) - 1):
        found = ctx.by_end.get(toks[i].end)
        if found and found[0].type in _ORG_TYPES and found[1] < toks[best].end:
            return found[0], toks[i + 1].start
    return None


def _linked_owner(ctx: _Context, toks: list[Token], keys: list[str]) -> tuple[Any, list, list] | None:
    """(organisation, tokens, keys) without a final "of [the] ORG", or None."""
    found = ctx.by_end.get(toks[-1].end)
    if not found or found[0].type not in _ORG_TYPES:
        return None
    i = len(toks) - 1
    while i >= 0 and toks[i].start >= found[1]:
        i -= 1
    while i >= 0 and keys[i] == "the":
        i -= 1
    if i <= 0 or keys[i] != "of":
        return None
    return found[0], toks[:i], keys[:i]


def _honorific_ending(ctx: _Context, keys: list[str]) -> int:
    """Number of tokens of the honorific that ends `keys` ("Datuk Seri": 2), or 0."""
    for size in range(min(4, len(keys)), 0, -1):
        m = ctx.lex.honorifics.match(keys, len(keys) - size)
        if m and m[0] == size:
            return size
    return 0


def _role_inside(ctx: _Context, start: int, end: int) -> tuple[str, Any, int, int] | None:
    """A title the mention itself begins with ("Sultan Hassanal Bolkiah", a KB alias),
    with its owner just before: "Brunei's Sultan Hassanal Bolkiah"."""
    title = ctx.title_at(start)
    if title is None or title[0] >= end:
        return None
    role_start = start
    org = None
    before = _SPACE_BACK.search(ctx.text, max(0, start - 40), start).start()
    owner_end = before - 2 if ctx.text[max(0, before - 2):before] in ("'s", "’s") else before
    found = ctx.by_end.get(owner_end)
    if found and found[0].type in _ORG_TYPES:
        org, role_start = found[0], found[1]
    else:
        word = _LAST_WORD.search(ctx.text, max(0, before - 30), before)
        if word and fold(word.group()) in ctx.view.demonyms:
            org, role_start = ctx.demonym_at(word.start())[0], word.start()
    return _title_text(title[1]), org, role_start, end


def _title_ending_at(ctx: _Context, keys: list[str], end: int) -> int | None:
    """Start index of the longest title that ends exactly at token `end`."""
    return title_ending_at(ctx.lex, keys, end)


def annotate(doc: Document, kb: Any) -> None:
    """Fill `doc.roles` from the person mentions of `doc.entities`."""
    if not doc.text or not doc.entities:
        doc.roles = []
        return
    ctx = _Context(doc, view_for(kb), lexicon())
    mentions = sorted((m.start, m.end, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions)
    roles: list[Role] = []
    seen: set[tuple] = set()
    last: tuple[int, list] | None = None          # (end, [(title, org)]) of the last role read before a name
    for start, end, person in mentions:
        found = []
        for title, org, role_end in _role_after(ctx, start, end):
            found.append((title, org, start, role_end))
        before = _role_before(ctx, start)
        if before is None or before[1] is None:      # "ADB chief economist X", "Thai political analyst X"
            before = occupation_before(ctx, start) or before
        inside = None if before else _role_inside(ctx, start, end)
        if inside:
            found.append(inside)
            last = (end, [inside[:2]])
        elif before:
            title, org, role_start = before
            found.append((title, org, role_start, end))
            last = (end, [(title, org)])
        elif not found and last and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", ctx.text[last[0]:start]):
            found.extend((t, o, start, end) for t, o in last[1])   # "... Ong Keng Yong and Lê Lương Minh"
            last = (end, last[1])
        for title, org, role_start, role_end in found:
            _add_roles(ctx, roles, seen, person, title, org, role_start, role_end)
    roles.sort(key=lambda r: r.start)
    doc.roles = roles


def _add_roles(ctx: _Context, roles: list[Role], seen: set, person: Entity, title: str, org: Any,
               start: int, end: int) -> None:
    """One role for each title of a joined phrase ("Deputy Prime Minister and Foreign
    Minister": two), none twice."""
    for part, part_org in split_role(ctx.lex, title, org):
        part = _title_text(part)                     # "... and former ambassador": "Ambassador"
        key = (person.id, fold(part), getattr(part_org, "id", None))
        if key not in seen:
            seen.add(key)
            roles.append(Role(person.ref(), part, _ref(part_org), start, end))
