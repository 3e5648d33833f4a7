"""A page's own date lines ("Published ...", "Posted on ...", "Last updated ...") give the
publication date wherever they stand, and leave the text."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.document import Document

HEADLINE = "Singapore and Indonesia renew airspace agreement"
LEDE = ("Singapore and Indonesia brought into force an agreement on the management of the airspace over "
        "the Riau Islands, the transport ministries of both countries said on Thursday.")
SECOND = "Air traffic controllers from both sides will train together from next year, the statement added."


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="page.txt", original=text, format="txt"))


@pytest.mark.parametrize("line, published", [
    ("Published 21 March 2024", "2024-03-21"),
    ("Published: 21/03/2024", "2024-03-21"),
    ("Published: 05/08/2024", "2024-08-05"),       # a labelled numeric date is read day first
    ("Posted on 05.08.2024 by Web Desk", "2024-08-05"),
    ("Posted on March 21, 2024", "2024-03-21"),
    ("Updated 22 March 2024", "2024-03-22"),
    ("Last updated: 22 Mar 2024 09:40 SGT", "2024-03-22"),
    ("First published on Thu 21 Mar 2024 08.30 GMT", "2024-03-21"),
    ("Published 21 Mar 2024 Updated 22 Mar 2024", "2024-03-21"),       # two cued dates on one line
    ("Updated 2 hours ago | Published 21 March 2024", "2024-03-21"),
    ("Published: 21 Mar 2024, 10:00 | Updated: 22 Mar 2024, 11:15", "2024-03-21"),
    ("March 21, 2024 / 9:05 AM / Updated 3 hours ago", "2024-03-21"),  # a relative update time beside it
    ("First published: 21 March 2024 | Last updated: 22 March 2024", "2024-03-21"),
    ("Posted by Web Desk on March 21, 2024", "2024-03-21"),
])
def test_page_date_line_under_the_headline(line, published):
    doc = clean_txt(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{SECOND}")
    assert doc.published == published
    assert doc.title == HEADLINE
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_two_dates_without_cues_are_a_span_not_a_date_line():
    doc = clean_txt(f"{HEADLINE}\n\n21 March 2024 | 30 June 2024\n\n{LEDE}\n\n{SECOND}")
    assert doc.published is None


def test_bare_ambiguous_numeric_date_is_not_read():
    doc = clean_txt(f"{HEADLINE}\n\n05/08/2024\n\n{LEDE}\n\n{SECOND}")
    assert doc.published is None


def test_update_date_only_stands_in_for_a_publication_date():
    doc = clean_txt(f"{HEADLINE}\n\nUpdated 22 March 2024\nPublished 21 March 2024\n\n{LEDE}\n\n{SECOND}")
    assert doc.published == "2024-03-21"


def test_page_date_line_under_a_long_standfirst():
    deck = ("The agreement ends decades of talks over who guides aircraft above the islands, and it gives "
            "Indonesia control of flights at lower altitudes while Singapore keeps the upper layers for now, "
            "an arrangement both sides say they will review in the years ahead as traffic grows.")
    doc = clean_txt(f"{HEADLINE}\n\n{deck}\n\nPublished 21 March 2024\n\n{LEDE}\n\n{SECOND}")
    assert doc.published == "2024-03-21"
    assert "Published" not in doc.text and doc.text.startswith(deck)


def test_first_published_credit_at_the_end():
    doc = clean_txt(f"{HEADLINE}\n\n{LEDE}\n\n{SECOND}\n\nFirst published on 21 March 2024 in The Straits Observer.")
    assert doc.published == "2024-03-21"
    assert doc.outlet == "The Straits Observer"
    assert doc.text.endswith(SECOND)


def test_a_sentence_starting_with_published_is_text():
    line = "Published figures for 21 March 2024 show more flights than a year before."
    doc = clean_txt(f"{HEADLINE}\n\n{LEDE}\n\n{line}\n\n{SECOND}")
    assert line in doc.text
    assert doc.published is None
