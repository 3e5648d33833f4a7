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
  Lương Minh" both people get the role.

Titles are the knowledge base's `titles.json` plus `extract/data/titles_extra.json`;
the organisation is an entity of the document (country, organisation or
framework), named by a mention, a demonym ("Thai") or a possessive ("Cambodia's").
"""
from __future__ import annotations

import re
from typing import Any

from concord.document import Document, Entity, Role
from concord.extract.lexicon import Lexicon, lexicon, token_key
from concord.extract.text import Token, is_abbreviation
from concord.link import KBView, view_for
from concord.link.fold import fold

__all__ = ["annotate"]

_ORG_TYPES = ("ORGANIZATION", "COUNTRY", "FRAMEWORK")
# Modifiers that say when, not what: left out of the title ("former Secretary-General").
_TEMPORAL = frozenset({"former", "then", "then-", "current", "incumbent", "outgoing", "incoming", "late",
                       "retired", "newly appointed", "newly-appointed", "interim", "caretaker"})
_SKIP_AFTER = frozenset({"the", "a", "an", "former", "then", "who", "is", "was", "currently", "also",
                         "now", "as", "newly", "appointed", "acting", "outgoing", "incoming", "incumbent",
                         "serving", "its", "their", "his", "her"})
_LINKS = frozenset({"of", "for", "to", "at"})
_SPACE = re.compile(r"[ \t\u00a0]*")
_SPACE_BACK = re.compile(r"[ \t\u00a0,]*$")
_WORD = re.compile(r"[\w'’.-]+")
_WORD_OR_MARK = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]")


def _words(text: str, start: int, end: int) -> list[Token]:
    """Words and marks of ``text[start:end]`` with offsets: a lighter `tokens` for
    short windows (a final dot stays on its word; `token_key` drops it)."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD_OR_MARK.finditer(text, start, end)]
_LAST_WORD = re.compile(r"[\w'’.-]+$")


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
        toks = _words(self.text, pos, min(len(self.text), pos + 100))
        if not toks or toks[0].start != pos:
            return None
        keys = [token_key(t.text) for t in toks]
        k = shown = 0
        while k < len(keys):
            found = self._title_from(toks, keys, k)
            if found:                  # "Chief Executive Officer" is a title, not "Chief" + ...
                return found[0], self.text[toks[shown].start:found[0]]
            m = self.lex.title_modifiers.match(keys, k)
            if m is None:
                return None
            if " ".join(keys[k:k + m[0]]) in _TEMPORAL and shown == k:
                shown = k + m[0]                         # "former" is not part of the title
            k += m[0]
        return None

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


_SMALL = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})


def _title_text(title: str) -> str:
    """The title as written, spaces collapsed; all lower case becomes title case
    ("minister for international cooperation" → "Minister for International Cooperation")."""
    title = " ".join(title.split())
    if not title[:1].islower():           # "special rapporteur on Myanmar" is written in lower case too
        return title
    words = title.split(" ")
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def _org_after_title(ctx: _Context, pos: int, title_end: int) -> tuple[Any, int, int]:
    """(organisation, end of role, end of title) after a title: "of [the] ORG"."""
    text = ctx.text
    for _ in range(3):
        m = re.compile(r"[ \t]+(of|for|to|at)[ \t]+(?:the[ \t]+)?").match(text, title_end)
        if not m:
            return None, title_end, title_end
        found = ctx.org_at(m.end())
        if found:
            return found[0], found[1], title_end
        # "Chairman of the Board of Directors of AVI": the board belongs to the title.
        words_end = _capitalised_until_org(ctx, m.end())
        if words_end is None or m.group(1) != "of":
            return None, title_end, title_end
        title_end = words_end
    return None, title_end, title_end


_CAP_WORD = re.compile(r"[A-Z][\w'’-]*")


def _capitalised_until_org(ctx: _Context, pos: int) -> int | None:
    """End of the capitalised words at `pos` ("Board of Directors"), stopping before
    a named organisation or a final "of"."""
    text = ctx.text
    end = None
    while True:
        if ctx.org_at(pos):
            return end
        m = _CAP_WORD.match(text, pos)
        if not m:
            return end
        end = m.end()
        nxt = re.compile(r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?)?").match(text, end)
        if not nxt or "of" in nxt.group() or not _CAP_WORD.match(text, nxt.end()):
            return end
        pos = nxt.end()


_CLAUSE_ORG = re.compile(r"[ \t]+(?:at|of|with|for)[ \t]+(?:the[ \t]+)?")


def _org_in_clause(ctx: _Context, pos: int) -> tuple[Any, int]:
    """"director of the Southeast Asia program at the Stimson Center": the first
    organisation after "at/of/with/for" before the clause ends."""
    text = ctx.text
    limit = min(len(text), pos + 80)
    stop = re.compile(r"[,.;:()\n]").search(text, pos, limit)
    limit = stop.start() if stop else limit
    for m in _CLAUSE_ORG.finditer(text, pos, limit):
        found = ctx.by_start.get(m.end())
        if found and found[0].type in ("ORGANIZATION", "FRAMEWORK"):
            return found[0], found[1]
    return None, pos


_COPULA = re.compile(r"[ \t]+(?:also[ \t]+)?(?:served|serves|serving|was|is|became|becomes|remains|remained|"
                     r"was[ \t]+named|was[ \t]+appointed)[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?")
_OWNER_ROLE = re.compile(r"[A-Z][\w-]*['’]s[ \t]+")


def _role_after(ctx: _Context, start: int, end: int) -> tuple[str, Any, int] | None:
    text = ctx.text
    pos = _SPACE.match(text, end).end()
    comma = pos < len(text) and text[pos] == ","
    if comma:
        pos = _SPACE.match(text, pos + 1).end()
    else:
        copula = _COPULA.match(text, end)         # "X also served as the ASEAN Chair's Special Envoy"
        if copula:
            comma, pos = True, copula.end()
            owner = ctx.org_at(pos)
            if owner:
                chair = _OWNER_ROLE.match(text, _SPACE.match(text, owner[1]).end())
                if chair:
                    found = _role_after_owner(ctx, chair.end(), owner[0])
                    if found:
                        return found
    org = None
    for _ in range(4):
        m = _WORD.match(text, pos)
        if m and m.group().lower() in _SKIP_AFTER and comma:
            pos = _SPACE.match(text, m.end()).end()
            continue
        break
    owner = ctx.org_at(pos) or ctx.demonym_at(pos)
    if owner and comma:
        org, pos = owner[0], owner[1]
        if text.startswith(("'s", "’s"), pos):
            pos += 2
        elif text.startswith(("'", "’"), pos):        # "Laos' ambassador"
            pos += 1
        pos = _SPACE.match(text, pos).end()
    elif comma:
        generic = _GENERIC_OWNER.match(text, pos)    # "X, the country's deputy foreign minister"
        pos = generic.end() if generic else pos
    title = ctx.title_at(pos)
    described = None
    if title is None and comma:                    # "a senior communications adviser at ..."
        described = _described_title(ctx, pos)
        title = described
    if title is None:
        return None
    title_end, title_text = title
    if not comma and not title_text[:1].isupper():
        return None
    after_org, role_end, title_end = _org_after_title(ctx, pos, title_end)
    if after_org is None:
        title_end = _portfolio_end(ctx, title[0])        # "minister for international cooperation"
        after_org, role_end = _org_in_clause(ctx, title_end)
        role_end = max(role_end, title_end)
    # "A, Lao Foreign Minister B": the title introduces the next name, not A.
    if ctx.person_follows(role_end):
        return None
    if after_org is None and role_end == title_end:
        title_end = role_end = _topic_end(ctx, title_end)
    title_text = text[pos:title_end] if title_end > title[0] or described else title_text
    if org is not None and after_org is not None and _TO.match(text, title_end):
        after_org = None                           # "Laos' ambassador to Cambodia": Laos sends
    return _title_text(title_text), after_org or org, role_end


# Capitalised words before a title that say which government, not when: kept in the title.
_RANK_MODIFIERS = frozenset({"union", "federal", "provincial", "state", "regional", "acting", "senior",
                             "special", "permanent", "executive"})
_TO = re.compile(r"[ \t]+to[ \t]")


_GENERIC_OWNER = re.compile(r"(?:country|nation|kingdom|bloc|government|ministry|city|province|state)['’]s[ \t]+")
_DESCRIPTOR = re.compile(r"([a-z]+)[ \t]+")
_DESCRIPTOR_STOP = frozenset({"of", "for", "at", "in", "on", "to", "with", "from", "and", "or", "who", "which",
                              "that", "whose", "by", "is", "was", "has", "had", "said", "says"})


def _described_title(ctx: _Context, pos: int) -> tuple[int, str] | None:
    """A title after up to three lower-case describing words: "senior communications
    adviser" (the title is read from the first describing word)."""
    p = pos
    for _ in range(3):
        m = _DESCRIPTOR.match(ctx.text, p)
        if not m or m.group(1) in _DESCRIPTOR_STOP:
            return None
        p = m.end()
        title = ctx.title_at(p)
        if title is not None:
            return title[0], ctx.text[pos:title[0]]
    return None


def _role_after_owner(ctx: _Context, pos: int, org: Any) -> tuple[str, Any, int] | None:
    title = ctx.title_at(pos)
    if title is None:
        return None
    end = _topic_end(ctx, title[0])
    return _title_text(ctx.text[pos:end] if end > title[0] else title[1]), org, end


_CHAIR_OWNER = re.compile(r"(?:Chair|Chairman|Chairmanship|Presidency)['’]s")
_TOPIC = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?")


def _topic_end(ctx: _Context, title_end: int) -> int:
    """End of "<title> on <named thing>" ("Special Envoy on Myanmar"), else `title_end`."""
    m = _TOPIC.match(ctx.text, title_end)
    found = ctx.by_start.get(m.end()) if m else None
    return found[1] if found else title_end


_PORTFOLIO_LINK = re.compile(r"[ \t]+(?:for|of)[ \t]+")
_PORTFOLIO_WORD = re.compile(r"[ \t]*(?:and[ \t]+|&[ \t]+)?([\w'’-]+)")


def _portfolio_end(ctx: _Context, title_end: int) -> int:
    """End of "<title> for/of <portfolio words>", or `title_end` when no portfolio follows."""
    link = _PORTFOLIO_LINK.match(ctx.text, title_end)
    if not link:
        return title_end
    pos, end = link.end(), title_end
    while True:
        m = _PORTFOLIO_WORD.match(ctx.text, pos)
        if not m or m.group(1).title() not in ctx.lex.portfolio_words or ctx.by_start.get(m.start(1)):
            return end
        end = pos = m.end()


def _role_before(ctx: _Context, start: int) -> tuple[str, Any, int] | None:
    text = ctx.text
    window_start = max(0, start - 160)
    head = text[window_start:start]
    head = head[:_SPACE_BACK.search(head).start()]
    last = _LAST_WORD.search(head)
    if last is None:
        return None
    if (token_key(last.group()) not in ctx.lex.titles.last_keys
            and window_start + last.end() not in ctx.by_end
            and last.group() not in ctx.lex.portfolio_words
            and not ctx.lex.honorifics.last_keys.intersection((token_key(last.group()),))):
        return None                                      # the common case, decided cheaply
    toks = _words(text, window_start, window_start + len(head))
    keys = [token_key(t.text) for t in toks]
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
    title_start = toks[best].start
    owner = ctx.org_at(title_start)
    if owner and owner[1] < toks[-1].end:             # "UN Secretary-General António Guterres"
        org = org or owner[0]
        title_start = _SPACE.match(text, owner[1]).end()
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
    return _title_text(title_text), org, title_start


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
    for i in range(max(0, end - 8), end):
        for n, _phrase in ctx.lex.titles.matches(keys, i):
            if i + n == end:
                return i
    return None


def annotate(doc: Document, kb: Any) -> None:
    """Fill `doc.roles` from the person mentions of `doc.entities`."""
    if not doc.text or not doc.entities:
        doc.roles = []
        return
    ctx = _Context(doc, view_for(kb), lexicon())
    mentions = sorted((m.start, m.end, e) for e in doc.entities if e.type == "PERSON" for m in e.mentions)
    roles: list[Role] = []
    seen: set[tuple] = set()
    last: tuple[int, str, Any] | None = None          # (end, title, org) of the last role read before a name
    for start, end, person in mentions:
        found = []
        after = _role_after(ctx, start, end)
        if after:
            title, org, role_end = after
            found.append((title, org, start, role_end))
        before = _role_before(ctx, start)
        inside = None if before else _role_inside(ctx, start, end)
        if inside:
            found.append(inside)
            last = (end, inside[0], inside[1])
        elif before:
            title, org, role_start = before
            found.append((title, org, role_start, end))
            last = (end, title, org)
        elif not after and last and re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", ctx.text[last[0]:start]):
            found.append((last[1], last[2], start, end))   # "... Ong Keng Yong and Lê Lương Minh"
            last = (end, last[1], last[2])
        for title, org, role_start, role_end in found:
            key = (person.id, fold(title), getattr(org, "id", None))
            if key not in seen:
                seen.add(key)
                roles.append(Role(person.ref(), title, _ref(org), role_start, role_end))
    roles.sort(key=lambda r: r.start)
    doc.roles = roles
