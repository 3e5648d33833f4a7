"""Roles read after a person's name: "X, Secretary-General of ASEAN", "X, a senior
policy adviser at the Institute", "X also served as the ASEAN Chair's Special Envoy
on Myanmar", "X Vice Foreign Minister of Việt Nam"; a second title joined by "and"
("X, Deputy Prime Minister and concurrently Minister of Finance of Indonesia") and a
second role after the appositive ("X, a former ambassador, is now an adviser to ...",
"named X, a former diplomat, as his special envoy").

Split from `concord.extract.roles` (which reads titles before a name and runs the
step); the readers here take its `_Context`: the document's mentions by position.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from concord.extract.roles_described import back_reference, described_noun, noun_continues, reference_prefix
from concord.extract.roles_joined import join_after, share_orgs

if TYPE_CHECKING:
    from concord.extract.roles import _Context

__all__ = ["role_after", "format_title", "topic_end"]

ORG_TYPES = ("ORGANIZATION", "COUNTRY", "FRAMEWORK")
SPACE = re.compile(r"[ \t\u00a0]*")
WORD = re.compile(r"[\w'’.-]+")
_SKIP_AFTER = frozenset({"the", "a", "an", "former", "then", "who", "is", "was", "currently", "also",
                         "now", "as", "newly", "appointed", "acting", "outgoing", "incoming", "incumbent",
                         "serving", "its", "their", "his", "her"})

_SMALL = frozenset({"of", "for", "and", "the", "to", "on", "in", "at"})


def format_title(title: str) -> str:
    """The title as written, spaces collapsed; all lower case becomes title case
    ("minister for international cooperation" → "Minister for International Cooperation")."""
    title = " ".join(title.split())
    if not title[:1].islower():           # "special rapporteur on Myanmar" is written in lower case too
        return title
    words = title.split(" ")
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


_LINK = re.compile(r"[ \t]+(of|for|to|at)[ \t]+((?:the[ \t]+)?)")


def _org_after_title(ctx: _Context, pos: int, title_end: int) -> tuple[Any, int, int]:
    """(organisation, end of role, end of title) after a title: "of [the] ORG"."""
    text = ctx.text
    for _ in range(3):
        m = _LINK.match(text, title_end)
        if not m:
            return None, title_end, title_end
        found = ctx.org_at(m.end()) or back_reference(ctx, m.start(2))
        if found:                                  # "... at the institute": the one named before
            return found[0], found[1], title_end
        # "Chairman of the Board of Directors of AVI": the board belongs to the title.
        words_end = _capitalised_until_org(ctx, m.end())
        if words_end is None or m.group(1) != "of":
            return None, title_end, title_end
        title_end = words_end
    return None, title_end, title_end


def _org_after_portfolio(ctx: _Context, pos: int) -> tuple[Any, int] | None:
    """(organisation, end) of "of [the] ORG" right after a portfolio ("of Laos")."""
    m = _LINK.match(ctx.text, pos)
    return ctx.org_at(m.end()) if m and m.group(1) in ("of", "for") else None


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


_CLAUSE_ORG = re.compile(r"[ \t]+(?:at|of|with|for)[ \t]+((?:the[ \t]+)?)")


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
        found = back_reference(ctx, m.start(1))
        if found:
            return found
    return None, pos


_COPULA = re.compile(r"[ \t]+(?:also[ \t]+)?(?:served|serves|serving|was|is|became|becomes|remains|remained|"
                     r"was[ \t]+named|was[ \t]+appointed)[ \t]+(?:as[ \t]+)?(?:the[ \t]+)?")
_OWNER_ROLE = re.compile(r"[A-Z][\w-]*['’]s[ \t]+")


def role_after(ctx: _Context, start: int, end: int) -> list[tuple[str, Any, int]]:
    """(title, organisation, end) of the roles read after the name at start..end: one,
    or two joined by "and" ("X, Deputy Prime Minister and concurrently Minister of
    Finance of Indonesia"), or a second appositive ("X, a former ambassador, is an
    adviser to ..."); [] when none."""
    first = _first_role_after(ctx, end)
    if first is None:                      # "X, a diplomat, is the chairman of the institute"
        comma = SPACE.match(ctx.text, end).end()
        if not ctx.text.startswith(",", comma):
            return []
        again = _APPOSITIVE_AGAIN.match(ctx.text, _clause_end(ctx.text, comma + 1))
        more = _title_and_org(ctx, again.end(), None, True) if again else None
        return [more] if more else []
    found = [first]
    nxt = join_after(ctx, first[2])
    if nxt is not None:
        joined = _title_and_org(ctx, nxt, None, True)
        if joined is not None and first[1] is None:    # one phrase, split by `roles_joined.split_role`
            found = [(first[0] + ctx.text[first[2]:nxt] + joined[0], joined[1], joined[2])]
        elif joined is not None:           # "Deputy Prime Minister of Thailand and Foreign Minister"
            shared = share_orgs([(first[0], first[1]), (joined[0], joined[1])])
            found = [first, (shared[1][0], shared[1][1], joined[2])]
    again = _APPOSITIVE_AGAIN.match(ctx.text, _clause_end(ctx.text, found[-1][2]))
    if again:                              # "X, a former ambassador, is an adviser to the ministry"
        more = _title_and_org(ctx, again.end(), None, True)
        if more is not None:
            found.append(more)
    return found


# "as" alone is too loose ("as the chairman put it"): only "as his/her/its/their".
_APPOSITIVE_AGAIN = re.compile(r",[ \t]+(?:(?:(?:who[ \t]+)?(?:is|was|serves[ \t]+as|served[ \t]+as)[ \t]+)"
                               r"(?:(?:now|also|currently|then)[ \t]+)?(?:(?:a|an|the|his|her|its|their)[ \t]+)?"
                               r"|as[ \t]+(?:his|her|its|their)[ \t]+)")


_CLAUSE_STOP = re.compile(r"[.;:()\n\"“”]")


def _clause_end(text: str, pos: int) -> int:
    """The comma that closes the appositive going on at `pos` ("a former secretary-general
    of the foreign ministry, as his special envoy"), or `pos`."""
    comma = text.find(",", pos, pos + 80)
    if comma < 0 or _CLAUSE_STOP.search(text, pos, comma):
        return pos
    return comma


def _first_role_after(ctx: _Context, end: int) -> tuple[str, Any, int] | None:
    text = ctx.text
    pos = SPACE.match(text, end).end()
    comma = pos < len(text) and text[pos] == ","
    if comma:
        pos = SPACE.match(text, pos + 1).end()
    else:
        copula = _COPULA.match(text, end)         # "X also served as the ASEAN Chair's Special Envoy"
        if copula:
            comma, pos = True, copula.end()
            owner = ctx.org_at(pos)
            if owner:
                chair = _OWNER_ROLE.match(text, SPACE.match(text, owner[1]).end())
                if chair:
                    found = _role_after_owner(ctx, chair.end(), owner[0])
                    if found:
                        return found
    org = None
    for _ in range(4):
        m = WORD.match(text, pos)
        if m and m.group().lower() in _SKIP_AFTER and comma:
            pos = SPACE.match(text, m.end()).end()
            continue
        break
    owner = ctx.org_at(pos) or ctx.demonym_at(pos)
    if owner and comma:
        org, pos = owner[0], owner[1]
        if text.startswith(("'s", "’s"), pos):
            pos += 2
        elif text.startswith(("'", "’"), pos):        # "Laos' ambassador"
            pos += 1
        pos = SPACE.match(text, pos).end()
    elif comma:
        referred = reference_prefix(ctx, pos)
        if referred:                                 # "X, the ministry spokesman": the ministry named before
            org, pos = referred
        else:
            generic = _GENERIC_OWNER.match(text, pos)    # "X, the country's deputy foreign minister"
            pos = generic.end() if generic else pos
    return _title_and_org(ctx, pos, org, comma)


def _title_and_org(ctx: _Context, pos: int, org: Any, comma: bool) -> tuple[str, Any, int] | None:
    """(title, organisation, end) of the title at `pos` and the organisation after it
    ("of ASEAN", "at the Stimson Center", "at the institute"); `org` is an owner read
    before the title ("Cambodia's"). `comma`: the title stands in an appositive."""
    text = ctx.text
    title = ctx.title_at(pos)
    described = None
    occupation = False
    if title is None and comma:                    # "a senior communications adviser at ..."
        described = _described_title(ctx, pos)
        if described is None:                      # "an economist at the Asian Development Bank"
            described = described_noun(ctx, pos)
            occupation = described is not None
        title = described
    if title is None:
        return None
    title_end, title_text = title
    if not comma and not title_text[:1].isupper():
        return None
    if not described:
        title_end = noun_continues(ctx, title_end)  # "chief economist at the bank"
    base_end = title_end
    after_org, role_end, title_end = _org_after_title(ctx, pos, title_end)
    if after_org is None:
        title_end = _portfolio_end(ctx, base_end)   # "minister for international cooperation"
        owner_after = _org_after_portfolio(ctx, title_end) if title_end > base_end else None
        if owner_after is not None:                # "Minister of Planning and Investment of Laos"
            after_org, role_end = owner_after
        elif join_after(ctx, title_end) is None:   # "Prime Minister and President of the party": not the PM's
            after_org, role_end = _org_in_clause(ctx, title_end)
        role_end = max(role_end, title_end)
    if occupation and after_org is None:
        return None
    # "A, Lao Foreign Minister B": the title introduces the next name, not A.
    if ctx.person_follows(role_end):
        return None
    if after_org is None and role_end == title_end:
        title_end = role_end = topic_end(ctx, title_end)
    title_text = text[pos:title_end] if title_end > title[0] or described else title_text
    if org is not None and after_org is not None and _TO.match(text, title_end):
        after_org = None                           # "Laos' ambassador to Cambodia": Laos sends
    return format_title(title_text), after_org or org, role_end


_TO = re.compile(r"[ \t]+to[ \t]")


_GENERIC_OWNER = re.compile(r"(?:[a-z]+[ \t]+)?"
                            r"(?:country|nation|kingdom|bloc|government|ministry|city|province|state)['’]s[ \t]+")
_DESCRIPTOR = re.compile(r"([a-z]+)[ \t]+")
_DESCRIPTOR_STOP = frozenset({"a", "an", "the", "now", "also", "as", "well", "of", "for", "at", "in", "on", "to", "with", "from",
                              "and", "or", "who", "which", "that", "whose", "by", "is", "was", "has", "had",
                              "said", "says"})


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
    end = topic_end(ctx, title[0])
    return format_title(ctx.text[pos:end] if end > title[0] else title[1]), org, end


_TOPIC = re.compile(r"[ \t]+on[ \t]+(?:the[ \t]+)?")


def topic_end(ctx: _Context, title_end: int) -> int:
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
