"""A header line that gives the article's place and date ("Bangkok | Tue, May 14 2024") is read for
the metadata and kept in the text: its place belongs to the story."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.document import Document

HEADLINE = "Thailand and Malaysia agree to reopen border rail link"
LEDE = ("Thailand and Malaysia agreed on Monday to restore passenger trains between Padang Besar and "
        "Hat Yai, the two transport ministers said after talks.")
SECOND = "The first trains are expected to run before the end of the year."


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="page.txt", original=text, format="txt"))


@pytest.mark.parametrize("line, place, published", [
    ("Bangkok | Tue, May 14 2024", "Bangkok", "2024-05-14"),
    ("Kuala Lumpur ● Monday, 13 May 2024", "Kuala Lumpur", "2024-05-13"),
    ("Songkhla, 13 May 2024", "Songkhla", "2024-05-13"),
    ("HAT YAI - Monday, May 13, 2024 - 16:20", "Hat Yai", "2024-05-13"),
    ("Songkhla, Thailand | May 13, 2024", "Songkhla", "2024-05-13"),         # with its country
    ("Monday 13 May 2024 | Kuala Lumpur", "Kuala Lumpur", "2024-05-13"),    # the place after the date
])
def test_place_and_date_header_is_read_and_kept(line, place, published):
    doc = clean_txt(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{SECOND}")
    assert (doc.title, doc.published, doc.dateline) == (HEADLINE, published, place)
    assert doc.text.startswith(line) and LEDE in doc.text


def test_dateline_above_the_headline_is_kept_too():
    line = "Bangkok | Tue, May 14 2024"
    doc = clean_txt(f"{line}\n\n{HEADLINE}\n\n{LEDE}\n\n{SECOND}")
    assert (doc.title, doc.dateline) == (HEADLINE, "Bangkok")
    assert doc.text.startswith(line) and HEADLINE not in doc.text


def test_byline_under_a_kept_dateline_still_goes():
    doc = clean_txt(f"{HEADLINE}\n\nBangkok | Tue, May 14 2024\n\nBy Nattaya Srisuk\n\n{LEDE}\n\n{SECOND}")
    assert doc.author == "Nattaya Srisuk"
    assert "Nattaya" not in doc.text


@pytest.mark.parametrize("line, outlet", [
    ("Nattaya Srisuk | May 14, 2024", None),            # a reporter's name, not a known place
    ("The Southern Courier, 14 May 2024", "The Southern Courier"),   # an outlet's name
    ("KPL - Tuesday, 14 May 2024", "Lao News Agency"),   # a wire's signature
    ("News | 14 May 2024", None),                       # a section label
    ("14 May 2024 | Transport Desk", None),             # a label after the date, not a place
    ("14 May 2024 | Southeast Asia", None),             # a section named after a region
    ("Asia | 14 May 2024", None),
])
def test_other_names_before_a_date_are_not_datelines(line, outlet):
    doc = clean_txt(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n\n{SECOND}")
    assert doc.published == "2024-05-14"
    assert doc.dateline is None and doc.outlet == outlet
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_standfirst_byline_and_date_under_a_kept_dateline():
    deck = "The line closed during the pandemic and has not carried passengers since."
    doc = clean_txt(f"{HEADLINE}\n\nBangkok | Tue, May 14 2024\n\n{deck}\n\nBy Nattaya Srisuk\n\n{LEDE}\n\n{SECOND}")
    assert doc.author == "Nattaya Srisuk"
    assert doc.text == f"Bangkok | Tue, May 14 2024\n\n{deck}\n\n{LEDE}\n\n{SECOND}"
