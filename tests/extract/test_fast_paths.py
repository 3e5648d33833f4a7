"""The speed-ups of the entity and role steps give the answers of the plain forms.

Each fast path (a string search instead of a word set, a regular expression
reordered for the engine, a search over the end of a text first) is checked
against the plain form it replaces, on random texts that reach the edge cases:
hyphens, apostrophes, dots, line breaks, spaces at both ends.
"""
from __future__ import annotations

import random
import re

import pytest

from concord.extract.entities import _LowerWords
from concord.extract.roles import _LAST_WORD, _SPACE_BACK, _search_end
from concord.extract.runs import CONNECTORS, UPPER, _RUN, find_runs

_PIECES = ["the", "The", "a", "of", "Mekong", "mekong", "ASEAN", "-", "'", "’", ".", ",", " ", " ", "\n",
           "\t", "s", "well", "known", "x", "Ba", "and", "Vi\u1ec7t", "Nam", "3", "\u00a0", "U.S.", "_"]


def _random_texts(seed: int, count: int, size: int = 40) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(_PIECES) for _ in range(rng.randint(0, size))) for _ in range(count)]


def _plain_lower_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"(?<![\w'’-])[a-z]+(?![\w-])", text))


def test_lower_words_match_the_set_of_lower_case_words():
    for text in _random_texts(1, 2000):
        common = _LowerWords(text)
        expected = _plain_lower_words(text)
        for word in ["the", "a", "of", "mekong", "s", "well", "known", "x", "and", "nam", "Mekong", "", "vi\u1ec7t"]:
            assert (word in common) == (word in expected), (text, word)


def test_lower_words_boundaries():
    common = _LowerWords("A well-known envoy's visit to mekong towns")
    assert "envoy" in common and "s" not in common      # "envoy's": the word, not its "s"
    assert "well" not in common and "known" not in common
    assert "mekong" in common and "visit" in common
    assert "Mekong" not in common and 3 not in common


def test_run_pattern_is_the_lookbehind_first_pattern():
    cap = rf"[{UPPER}][\w'’.&-]*"
    conn = "|".join(re.escape(c) for c in CONNECTORS)
    plain = re.compile(
        rf"(?<![\w'’.-]){cap}(?:[ \t\u00a0]+(?:(?:{conn})[ \t\u00a0]+)*(?:{cap}|\d+(?![\w.,]\d)))*")
    for text in _random_texts(2, 3000):
        assert [m.span() for m in _RUN.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_runs_do_not_start_inside_words():
    runs = list(find_runs("pro-Beijing views, x.Org and the Mekong River Commission"))
    assert [(r.words[0].text, len(r.words)) for r in runs] == [("Mekong", 3)]


@pytest.mark.parametrize("pattern", [_SPACE_BACK, _LAST_WORD])
def test_search_end_equals_search(pattern):
    rng = random.Random(3)
    for text in _random_texts(4, 3000, size=80):
        window = rng.choice([2, 5, 48])
        found, plain = _search_end(pattern, text, window), pattern.search(text)
        assert (found and found.span()) == (plain and plain.span()), (text, window)


_TITLE_WORDS = ["Foreign", "Minister", "of", "the", "Deputy", "Prime", "Secretary-General", "former", "Vice",
                "Permanent", "Secretary", "for", "Affairs", "U.S.", "Ambassador", "to", "ASEAN", "H.E.", "Dr.",
                "-", "&", "Chief", "Executive", "Officer", "Senior", "Cambodia", "and", "Laos", "Special", "Envoy"]


def test_title_read_from_a_short_window_is_the_full_windows_title():
    from concord.document import Document
    from concord.extract import Extractor
    from concord.extract.lexicon import lexicon
    from concord.extract.roles import _Context
    from concord.kb import default_kb
    from concord.link import view_for

    kb = default_kb()
    extractor = Extractor(kb, steps=("entities",))
    rng = random.Random(6)
    found = 0
    for _ in range(300):
        text = " ".join(rng.choice(_TITLE_WORDS) for _ in range(rng.randint(3, 30)))
        ctx = _Context(extractor(Document(source="t", text=text)), view_for(kb), lexicon())
        for pos in range(len(text)):
            if pos and text[pos - 1].isalnum():
                continue
            full = ctx._read_title(pos, min(len(text), pos + 100), True)[0]     # the whole window
            assert ctx.title_at(pos) == full, text[pos:pos + 100]
            found += full is not None
    assert found > 100                      # the texts do hold titles
