from __future__ import annotations

import pytest

from concord.clean.language import detect_language


@pytest.mark.parametrize("text, lang", [
    ("The ministers of the member states met in Jakarta and agreed to strengthen cooperation on trade.", "en"),
    ("Les ministres des pays membres se sont réunis à Jakarta pour renforcer la coopération dans la région.", "fr"),
    ("Các bộ trưởng của các nước thành viên đã gặp nhau tại Hà Nội để thảo luận về hợp tác trong khu vực.", "vi"),
    ("Para menteri dari negara anggota bertemu di Jakarta dan sepakat untuk memperkuat kerja sama yang ada.", "id"),
    ("កិច្ចប្រជុំរដ្ឋមន្ត្រីការបរទេសអាស៊ាន", "km"),
    ("การประชุมรัฐมนตรีต่างประเทศอาเซียน", "th"),
])
def test_detects_language(text, lang):
    assert detect_language(text) == lang


def test_too_short_or_unclear_is_none():
    assert detect_language("ASEAN") is None
    assert detect_language("12 34 56") is None
    assert detect_language("Xkcd qwrt zzplk vvmt bbrq") is None
