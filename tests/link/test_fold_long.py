"""`fold` folds long texts piece by piece (ASCII stretches apart): the result must
be the character-by-character fold, with the same length."""
from __future__ import annotations

import random

from concord.link.fold import fold, fold_char


def _char_fold(text: str) -> str:
    # The definition: one folded character per character (the table for the Latin
    # ranges, the text's own character elsewhere).
    return "".join(fold_char(c) if ord(c) < 0x250 or 0x1E00 <= ord(c) < 0x1F00 or 0x2010 <= ord(c) < 0x2020
                   else c for c in text)


def test_long_mixed_text_folds_like_each_character():
    rng = random.Random(5)
    alphabet = "aZ -\t\n'`\u2019\u201c\u201d\u2013\u00a0Vi\u1ec7tNam\u0110\u00f8\u00df\u0394\u4e2d"
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 300)))
        folded = fold(text)
        assert len(folded) == len(text)
        assert folded == _char_fold(text), text


def test_long_text_with_names():
    text = "Deputy Prime Minister Tr\u1ea7n L\u01b0u Quang met the \u201cMekong\u2013Lancang\u201d group. " * 3
    folded = fold(text)
    assert "tran luu quang" in folded
    assert folded.count("mekong lancang") == 3 and len(folded) == len(text)
