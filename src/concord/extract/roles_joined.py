"""Two titles joined by "and", held by one person.

"Deputy Prime Minister and Foreign Minister Phạm Bình Minh", "Don Pramudwinai,
Deputy Prime Minister and Minister of Foreign Affairs," and "X, Deputy Prime
Minister and concurrently Minister of Finance of Indonesia" give that person two
roles, each with its own title. The readers of `roles` and `roles_after` find the
whole phrase (a joined title is read across "and" before or after the name); here
it is split into its titles and the organisation is shared out.

A phrase is split only where both sides are titles: "Minister of Mines and
Energy" and "Minister of Foreign Affairs and International Cooperation" stay
whole, since "Energy" and "International Cooperation" are not titles.

Word lists (join words, titles held together, state offices) are data in
``data/roles_words.json``.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from concord.datafiles import load_json
from concord.extract.lexicon import Lexicon, token_key, token_keys

if TYPE_CHECKING:
    from concord.extract.roles import _Context

__all__ = ["split_joined", "split_role", "share_orgs", "join_back", "join_after", "title_ending_at", "JOIN_WORDS"]

_DATA = load_json("concord.extract", "roles_words.json")
JOIN_WORDS = frozenset(_DATA["join_words"]["words"])
_STATE_WORDS = frozenset(_DATA["state_office_words"]["words"])
_CONCURRENT_FIRST = frozenset(tuple(token_key(w) for w in t.split()) for t in _DATA["concurrent_first"]["titles"])
_JOINT_WORDS = frozenset(_DATA["joints"]["words"])
_JOINERS = "|".join(sorted(JOIN_WORDS))
_JOINTS = "|".join(sorted(_JOINT_WORDS))
# The joint between two titles: " and ", " and concurrently ", " cum ".
# After a name, official style also lists titles with a comma: "X, Deputy Prime Minister,
# Minister of Foreign Affairs of the Lao PDR".
_JOINT = re.compile(rf"((?:\s*,\s*(?:{_JOINTS})\s+|\s+(?:{_JOINTS})\s+|\s*,\s*)(?:(?:{_JOINERS})\s+)?)",
                    re.IGNORECASE)                   # "Cum": title case
_JOINT_AFTER = re.compile(rf"(?:[ \t]+(?:{_JOINTS})[ \t]+|,[ \t]+(?=[A-Z]))(?:(?:{_JOINERS})[ \t]+)?")
_DETERMINERS = frozenset({"the", "a", "an"})
_OPEN_LINKS = frozenset({"of", "for", "to", "on", "at", "in"})


def _title_end(lex: Lexicon, keys: list[str], i: int) -> int | None:
    """Index after the title at keys[i] (after any modifiers: "former", "Senior"), or None."""
    k = i
    while k < len(keys):
        found = lex.titles.match(keys, k)
        if found:
            return k + found[0]
        mod = lex.title_modifiers.match(keys, k)
        if mod is None:
            return None
        k += mod[0]
    return None


def _is_title(lex: Lexicon, words: list[str], whole: bool) -> bool:
    """`words` begin with a title; with `whole`, nothing but "of/for ..." follows it
    ("Minister of Defence" is whole; "Senior Policy" is not a title at all)."""
    keys = token_keys(words)
    end = _title_end(lex, keys, 0)
    if end is None:
        return False
    return not whole or end == len(keys) or keys[end] in _OPEN_LINKS


def split_joined(lex: Lexicon, title: str) -> list[str]:
    """The titles of a joined title phrase, in order ("Deputy Prime Minister and
    Foreign Minister" → both); a phrase that joins no two titles comes back whole."""
    if " and " not in title and "," not in title and " cum " not in title.lower():
        return [title]                             # the common case, without a regex search
    pieces = _JOINT.split(title)               # [title, joint, title, joint, ...]
    parts = [pieces[0]]
    for joint, piece in zip(pieces[1::2], pieces[2::2]):
        if _is_title(lex, parts[-1].split(), True) and _is_title(lex, piece.split(), False):
            parts.append(piece)
        else:                                      # "Minister of Mines and Energy"
            parts[-1] = parts[-1] + joint + piece
    return parts


def title_ending_at(lex: Lexicon, keys: list[str], end: int) -> int | None:
    """Start index of the longest title that ends exactly at token `end`."""
    for i in range(max(0, end - 8), end):
        for n, _phrase in lex.titles.matches(keys, i):
            if i + n == end:
                return i
    return None


def join_back(ctx: _Context, keys: list[str], best: int, rank: frozenset[str]) -> int:
    """Start index of the earliest title joined by "and" to the title at token `best`
    ("Senior Minister and Minister of Defence Ng Eng Hen"); `best` when none is.

    After a bare "the" only titles commonly held together are joined: "the President
    and Foreign Minister X" may be two people."""
    while True:
        j = best
        if j > 0 and keys[j - 1] in JOIN_WORDS:
            j -= 1
        if j < 2 or keys[j - 1] not in _JOINT_WORDS:
            return best
        first = title_ending_at(ctx.lex, keys, j - 1)
        if first is None:
            return best
        while first > 0 and keys[first - 1] in rank:
            first -= 1
        if first > 0 and keys[first - 1] in _DETERMINERS \
                and tuple(keys[first:j - 1]) not in _CONCURRENT_FIRST:
            return best
        best = first


def join_after(ctx: _Context, pos: int) -> int | None:
    """Where a second title starts after a role ending at `pos` (" and concurrently
    Minister of ..."), or None."""
    m = _JOINT_AFTER.match(ctx.text, pos)
    if m is None or ctx.title_at(m.end()) is None:
        return None
    return m.end()


def _state_office(title: str) -> bool:
    return any(token_key(w) in _STATE_WORDS for w in title.split())


def _shareable(org: Any, titles: list[str]) -> bool:
    """A country owns every office of the group ("Deputy Prime Minister and Foreign
    Minister of Laos"); an organisation only when none is a state office ("President
    and CEO of the Asia Foundation", not "Prime Minister and Chairman of the party")."""
    if org is None:
        return False
    if getattr(org, "type", None) == "COUNTRY" or (isinstance(org, dict) and org.get("type") == "COUNTRY"):
        return True
    return not any(_state_office(t) for t in titles)


def share_orgs(group: list[tuple[str, Any]]) -> list[tuple[str, Any]]:
    """Titles of one person without an organisation take the nearest one given to
    another title of the group, when it can be shared (`_shareable`)."""
    if len(group) < 2:
        return group
    titles = [t for t, _ in group]
    out = []
    for i, (title, org) in enumerate(group):
        if org is None:
            for j in sorted(range(len(group)), key=lambda j: (abs(j - i), -j)):
                other = group[j][1]
                if other is not None and _shareable(other, titles):
                    org = other
                    break
        out.append((title, org))
    return out


def split_role(lex: Lexicon, title: str, org: Any) -> list[tuple[str, Any]]:
    """(title, organisation) of every title of a found phrase: the organisation read
    with the phrase belongs to its last title and is shared when it can be.

    The phrase as the text writes it ("Deputy Prime Minister and Foreign Minister")
    comes last, as a role of its own: readers and annotators cite a joined title
    either whole or in parts, and the whole phrase is what the article says.
    """
    parts = split_joined(lex, title)
    if len(parts) == 1:
        return [(title, org)]
    shared = share_orgs([(p, None) for p in parts[:-1]] + [(parts[-1], org)])
    return shared + [(title, org)]
