"""Metadata read from the text: date lines, outlet lines, datelines, wire signatures."""
from __future__ import annotations

from pathlib import Path

import pytest

from concord.clean import clean_document
from concord.clean.dates import find_date, normalize_iso
from concord.document import Document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"
BODY = ("\n\nThe foreign ministers of the Mekong countries met to review water cooperation and "
        "agreed to share dry-season flow data.\n\nThey will meet again next year.")


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="m.txt", original=text, format="txt"))


@pytest.mark.parametrize("line, published", [
    ("December 04, 2019 - 12:02", "2019-12-04"),
    ("Dec. 4, 2019", "2019-12-04"),
    ("Wednesday, 4 December 2019", "2019-12-04"),
    ("Posted on 3 March 2023", "2023-03-03"),
    ("Published: 2021-06-30 09:15", "2021-06-30"),
    ("By Sok Dara | 21 January 2022", "2022-01-21"),
    ("Updated 30/08/2024 10:00", "2024-08-30"),
    ("Published: March 2025", "2025-03"),
])
def test_header_date_lines(line, published):
    doc = clean_txt("Mekong ministers review water cooperation\n\n" + line + BODY)
    assert doc.published == published
    assert line not in doc.text
    assert doc.title == "Mekong ministers review water cooperation"


def test_outlet_and_date_line():
    doc = clean_txt("Cambodia and its neighbours\n\nThe Phnom Penh Gazette, 9 November 2018" + BODY)
    assert doc.outlet == "The Phnom Penh Gazette"
    assert doc.published == "2018-11-09"


def test_published_line_wins_over_updated_line():
    doc = clean_txt("Mekong ministers review water cooperation\n\nUpdated: 5 May 2020\n"
                    "Published: 1 May 2020" + BODY)
    assert doc.published == "2020-05-01"


@pytest.mark.parametrize("line", [
    "ASEAN summit opens on 10 May 2023",      # a headline holding an event date
    "04/05/2019",                             # day-month order not stated
    "March 2025",                             # an archive widget
    "31 February 2020",                       # not a date
])
def test_lines_that_give_no_publication_date(line):
    doc = clean_txt(line + BODY)
    assert doc.published is None


def test_wire_dateline_gives_place_and_outlet_but_no_date():
    doc = clean_txt((FIXTURES / "wire_story.txt").read_text(encoding="utf-8"))
    assert doc.dateline == "Phnom Penh"
    assert doc.outlet == "Xinhua"
    assert doc.published is None            # "Aug. 3" has no year
    assert doc.text.startswith("PHNOM PENH, Aug. 3 (Xinhua) -- Cambodia and Thailand")


def test_vns_story():
    doc = clean_txt((FIXTURES / "vns_story.txt").read_text(encoding="utf-8"))
    assert doc.title == "Việt Nam, Laos pledge to speed up joint railway study"
    assert doc.published == "2023-03-14"
    assert doc.dateline == "Hà Nội"
    assert doc.outlet == "Viet Nam News"
    assert doc.text.startswith("HÀ NỘI — Việt Nam and Laos")
    assert doc.text.endswith("between the two neighbours. — VNS")
    assert "E-paper" not in doc.text and "VNA/VNS Photo" not in doc.text


def test_standalone_signature_line_is_read_and_removed():
    doc = clean_txt("Laos and Vietnam sign trade deal\n\nThe two governments signed a trade agreement "
                    "covering agricultural goods on Tuesday.\n\nAKP")
    assert doc.outlet == "Agence Kampuchea Presse"
    assert not doc.text.endswith("AKP")


def test_mixed_case_dateline_needs_a_date_or_agency():
    doc = clean_txt("Phnom Penh, March 3 (AKP) – Cambodia welcomed a delegation from Laos on Friday.\n\n"
                    "The visit lasted two days.")
    assert doc.dateline == "Phnom Penh"
    assert doc.outlet == "Agence Kampuchea Presse"
    plain = clean_txt("ASEAN - China relations have grown steadily over thirty years of dialogue.\n\nMore.")
    assert plain.dateline is None
    acronym = clean_txt("Institute (AIPR) - a body of ASEAN - held a workshop on reconciliation.\n\nMore text.")
    assert acronym.dateline is None


@pytest.mark.parametrize("text, iso", [
    ("on 13/04/2021", "2021-04-13"), ("04-13-2021", "2021-04-13"), ("2019/12/04", "2019-12-04"),
    ("Dec 7th, 2016", "2016-12-07"), ("7 of December 2016", "2016-12-07"), ("Sept. 3, 2022", "2022-09-03"),
    ("on 03/04/2021", None), ("7.12.2016", None), ("13-04/2021", None), ("December 2016", None),
])
def test_date_parser(text, iso):
    found = find_date(text)
    assert (found[0] if found else None) == iso


def test_date_parser_rejects_ambiguous_and_invalid():
    assert normalize_iso("2019-12-04T12:02:00+07:00") == "2019-12-04"
    assert normalize_iso("2019-13-40") is None
    assert normalize_iso("") is None and normalize_iso(None) is None


def test_date_line_with_time_and_fillers():
    doc = clean_txt("Mekong ministers review water cooperation\n\nDecember 4, 2019 at 10:30 am ICT" + BODY)
    assert doc.published == "2019-12-04"


def test_place_and_date_line_is_a_dateline_not_an_outlet():
    doc = clean_txt("Joint press statement on border trade\n\nPhnom Penh, 5 March 2023" + BODY)
    assert doc.published == "2023-03-05"
    assert doc.outlet is None
    assert doc.dateline == "Phnom Penh"


def test_closing_date_line_of_a_statement_is_read_and_kept():
    doc = clean_txt("Joint press statement on border trade" + BODY + "\n\nVientiane, 21 June 2024")
    assert doc.published == "2024-06-21"
    assert doc.text.endswith("Vientiane, 21 June 2024")


def test_source_line_at_the_end_gives_the_outlet():
    doc = clean_txt("Laos and China open rail freight service" + BODY + "\n\nSource: Xinhua")
    assert doc.outlet == "Xinhua"
    assert "Source:" not in doc.text


def test_dateline_with_year_gives_the_date():
    doc = clean_txt("PHNOM PENH, March 3, 2023 (AKP) -- Cambodia hosted officials from Laos for talks on "
                    "electricity trade.\n\nThe talks continue on Saturday.")
    assert doc.published == "2023-03-03"
    assert doc.dateline == "Phnom Penh" and doc.outlet == "Agence Kampuchea Presse"


def test_byline_with_outlet_and_title_spaces():
    doc = clean_txt("Cambodia and the\u00a0Mekong\n\nBy Sok Dara / The Delta Post\n\n10 January 2021" + BODY)
    assert doc.author == "Sok Dara"
    assert doc.title == "Cambodia and the Mekong"
    assert doc.published == "2021-01-10"
    assert "Sok Dara" not in doc.text


def test_subheading_starting_with_by_is_not_a_byline():
    doc = clean_txt("By the numbers: Mekong trade" + BODY)
    assert doc.author is None


def test_outlet_line_under_headline_and_reporter_date_line():
    doc = clean_txt("Cambodia, Thailand agree to boost trade\n\nDelta Times\n\n"
                    "Sok Chan | Publication date 05 March 2023 | 10:30 ICT" + BODY)
    assert doc.outlet == "Delta Times"
    assert doc.published == "2023-03-05"
    assert doc.dateline is None
    assert "Delta Times" not in doc.text and "Publication date" not in doc.text


def test_agency_date_line_and_closing_byline():
    doc = clean_txt("Cambodia, Japan discuss mine clearance\nPhnom Penh, March 12, 2024 AKP --\n"
                    "The two sides reviewed projects funded by Japan this morning.\nMore support was pledged.\n"
                    "By Sok Ratha\nAKP")
    assert (doc.published, doc.dateline, doc.outlet, doc.author) == (
        "2024-03-12", "Phnom Penh", "Agence Kampuchea Presse", "Sok Ratha")
    # The wire dateline is the article's own: read, and kept in the text with its place.
    assert doc.text == ("Phnom Penh, March 12, 2024 AKP --\n"
                        "The two sides reviewed projects funded by Japan this morning.\nMore support was pledged.")


def test_labelled_source_and_editor_date_line():
    doc = clean_txt("Laos, China hold railway talks\nSource: Xinhua| 2023-05-10 18:25:11|Editor: huaxia\n"
                    "VIENTIANE, May 10 (Xinhua) -- Officials held talks on passenger services.\nMore trains will run.")
    assert (doc.published, doc.outlet, doc.dateline) == ("2023-05-10", "Xinhua", "Vientiane")
    assert doc.text.startswith("VIENTIANE, May 10")


def test_press_release_label_is_not_an_outlet():
    doc = clean_txt("Foreign minister to visit Cambodia\nPress Release\n"
                    "The minister will pay an official visit from 6 to 7 June 2024.\nPhnom Penh, 4 June 2024")
    assert doc.outlet is None
    assert doc.published == "2024-06-04"
    assert "Press Release" not in doc.text


@pytest.mark.parametrize("first, dateline, outlet", [
    ("KUNMING, China — Leaders met on Thursday.", "Kunming", None),
    ("LABUAN BAJO, Indonesia (Harbour News Desk) — Leaders met here.", "Labuan Bajo", "Harbour News Desk"),
    ("ASEAN — The bloc met on Thursday.", None, None),
    ("HANOI — the talks went on.", None, None),
    ("UPDATE — Leaders met again.", None, None),
])
def test_dateline_shapes(first, dateline, outlet):
    doc = clean_txt(first + "\n\nA second paragraph follows here.")
    assert (doc.dateline, doc.outlet) == (dateline, outlet)


def test_short_title_case_headline_is_not_a_masthead():
    doc = clean_txt("Cambodia's Quiet Diplomacy\nA small state learns to hedge between the powers\n"
                    "Cambodia has long balanced its ties with its larger neighbours.\nIt will go on doing so.")
    assert doc.title == "Cambodia's Quiet Diplomacy"
    assert doc.outlet is None


def test_headline_with_an_outlet_word_is_still_the_headline():
    doc = clean_txt("Press Freedom Index\n\nCambodia fell three places in this year's ranking of media freedom, "
                    "the report said.\n\nNeighbouring countries also slipped.")
    assert doc.title == "Press Freedom Index"
    assert doc.outlet is None


@pytest.mark.parametrize("value, iso", [
    ("Tue, 05 Sep 2023 10:00:00 +0700", "2023-09-05"), ("March 2025", "2025-03"), ("2023", "2023"),
    ("2023-09", "2023-09"), ("nonsense", None), ("in March 2025 we met", None), (20230905, None),
])
def test_metadata_field_values(value, iso):
    assert normalize_iso(value) == iso
