"""A wire dateline whose agency initials stand without brackets ("Vientiane, 3 March
2019 KPL --") gives the place, the date and the outlet, like the bracketed form."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.document import Document

HEAD = "Laos and Cambodia agree to expand trade"
REST = "The ministers will meet again next year in Vientiane, officials said."


def _clean(dateline: str) -> Document:
    text = f"{HEAD}\n\n{dateline} Laos and Cambodia agreed to expand trade on Monday.\n\n{REST}"
    return clean_document(Document(source="wire.txt", original=text, format="txt"))


@pytest.mark.parametrize("dateline, place, published", [
    ("Vientiane, 3 March 2019 KPL --", "Vientiane", "2019-03-03"),
    ("Vientiane, March 3, 2019 (KPL) --", "Vientiane", "2019-03-03"),
    ("Phnom Penh, April 5, 2018 AKP --", "Phnom Penh", "2018-04-05"),
])
def test_place_date_and_agency_are_read(dateline, place, published):
    doc = _clean(dateline)
    assert (doc.dateline, doc.published) == (place, published)
    assert doc.outlet and doc.text.startswith(dateline)          # the dateline stays in the text


def test_unknown_initials_are_not_an_agency():
    doc = _clean("Vientiane, 3 March 2019 XQZ --")
    assert doc.outlet is None and doc.dateline is None
