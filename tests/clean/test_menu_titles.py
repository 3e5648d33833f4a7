"""The title of a scraped page is its headline: not a section menu, breadcrumb, label or site name."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.clean.chrome import is_breadcrumb, is_menu_line
from concord.document import Document

HEADLINE = "Philippines and Vietnam sign coast guard cooperation pact"
LEDE = ("The coast guards of the Philippines and Vietnam signed an agreement in Hanoi on Tuesday to set up "
        "a hotline and hold joint search and rescue exercises.")
SECOND = "The agreement was signed during a state visit by the Philippine president, officials said."


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="page.txt", original=text, format="txt"))


@pytest.mark.parametrize("menu", [
    "News World Business Opinion Sport",
    "Home  News  Politics  Business  Lifestyle",
    "Politics Economy Society Culture Travel",
    "News | Events",
    "Home » Asia » Southeast Asia",
    "News > Region",
    "Home / News / Diplomacy",
    "News Sport Weather Radio Podcasts Bitesize",     # mostly section names, a few the list lacks
])
def test_menu_above_the_headline_is_not_the_title(menu):
    doc = clean_txt(f"{menu}\n\n{HEADLINE}\n\nPublished 9 August 2023\n\n{LEDE}\n\n{SECOND}")
    assert doc.title == HEADLINE
    assert doc.published == "2023-08-09"
    assert doc.text.startswith(LEDE) and menu not in doc.text


def test_masthead_and_menu_above_the_headline():
    doc = clean_txt(f"The Manila Ledger\nNews Nation World Business Sports\n{HEADLINE}\n{LEDE}\n{SECOND}")
    assert (doc.title, doc.outlet) == (HEADLINE, "The Manila Ledger")


@pytest.mark.parametrize("line, title", [
    (f"EDITORIAL | {HEADLINE}", HEADLINE),                  # a section label before a bar
    (f"Opinion • {HEADLINE}", HEADLINE),
    (f"{HEADLINE} | The Manila Ledger", HEADLINE),          # the site's name after it
    (f"{HEADLINE} - Saigon Evening Post", HEADLINE),
    (f"ANALYSIS: {HEADLINE}", f"ANALYSIS: {HEADLINE}"),     # a label before a colon is written into the headline
    ("Vietnam - Philippines talks end with a pact", "Vietnam - Philippines talks end with a pact"),
])
def test_headline_without_label_or_site_name(line, title):
    doc = clean_txt(f"{line}\n\n{LEDE}\n\n{SECOND}")
    assert doc.title == title


def test_site_name_after_the_headline_gives_the_outlet():
    doc = clean_txt(f"{HEADLINE} | The Manila Ledger\n\n{LEDE}\n\n{SECOND}")
    assert doc.outlet == "The Manila Ledger"


def test_embassy_name_above_the_headline_is_the_outlet_not_the_title():
    doc = clean_txt(f"U.S. Embassy in Vietnam\n\nNews | Events\n\n{HEADLINE}\n\nMay 14, 2024\n\n{LEDE}\n\n{SECOND}")
    assert doc.title == HEADLINE
    assert doc.outlet == "U.S. Embassy in Vietnam"


@pytest.mark.parametrize("line", [
    "Business leaders meet in Hanoi",          # one or two section words in a headline
    "World Business",                          # two names without a bar: could be a heading
    "Sport and politics mix at the SEA Games",
    "US / China",                              # a pair, not a path
    "Talks on trade > expected, say officials",
    "Asia Business Travel Rebounds After Pandemic Years",   # Title Case, few section names
    "World Business Forum Opens In Asia",
])
def test_headlines_are_not_menus(line):
    assert not is_menu_line(line)


def test_breadcrumb_parts_are_short_names():
    assert is_breadcrumb("News › Asia › Mekong")
    assert not is_breadcrumb("Vietnam and the Philippines agreed to more patrols / the talks went well / said one")
