"""A transcript or statement page whose only date is in its headline is dated by it;
other headlines with a date are not read as the publication date."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.clean.datelines import record_title_date
from concord.document import Document

BODY = ("The spokesperson said the two sides would deepen cooperation on the railway and on trade.\n\n"
        "Officials will meet again next year, the ministry added.")


@pytest.mark.parametrize("title, date", [
    ("Foreign Ministry Spokesperson's Regular Press Conference on March 4, 2024", "2024-03-04"),
    ("Remarks by the Secretary-General at the opening session, 8 August 2023", "2023-08-08"),
    ("Joint Statement of the Mekong-Lancang foreign ministers, 7 December 2023", "2023-12-07"),
    ("Summit set for 11 September 2023 in Jakarta", None),
    ("Press conference on the border (no date given)", None),
])
def test_record_title_date(title, date):
    assert record_title_date(title) == date


def test_the_headline_date_fills_only_a_missing_publication_date():
    title = "Foreign Ministry Spokesperson Lin Jian's Regular Press Conference on March 4, 2024"
    doc = clean_document(Document(source="presser.txt", original=f"{title}\n\n{BODY}", format="txt"))
    assert doc.published == "2024-03-04"
    dated = clean_document(Document(source="presser.txt", original=f"{title}\n\nPublished 5 March 2024\n\n{BODY}",
                                    format="txt"))
    assert dated.published == "2024-03-05"


def test_a_short_headline_with_a_date_is_still_the_title():
    title = "Spokesperson's Regular Press Conference on March 4, 2024"
    doc = clean_document(Document(source="presser.txt", original=f"{title}\n\n{BODY}", format="txt"))
    assert (doc.title, doc.published) == (title, "2024-03-04")
