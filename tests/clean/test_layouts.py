"""Real-world page layouts: date lines with times and zones, header lines with separators,
site headers and section labels above the headline, signature blocks, footer furniture.

Every input is a small text written for this test (invented reporters, real places)."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.document import Document

HEADLINE = "Laos and Thailand agree on new Mekong ferry schedule"
LEDE = ("Transport officials from Laos and Thailand agreed on Monday to run more ferries across the "
        "Mekong between Thakhek and Nakhon Phanom during the dry season.")
SECOND = "The new timetable starts next month, the two ministries said in a joint note."
BODY = f"\n\n{LEDE}\n\n{SECOND}"


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="layout.txt", original=text, format="txt"))


@pytest.mark.parametrize("line, published", [
    ("August 21, 2023", "2023-08-21"),                                  # a lone date line
    ("FEBRUARY 9, 2024", "2024-02-09"),
    ("February 9, 2024 11:40 AM GMT+8", "2024-02-09"),                  # time and zone with offset
    ("June 3, 2021 - 07:30", "2021-06-03"),
    ("Thursday, June 13, 2024 - 09:45 WIB", "2024-06-13"),
    ("Published October 2, 2024, 08:15 ICT", "2024-10-02"),
    ("Updated: 2023-11-20 14:30 GMT+8", "2023-11-20"),
    ("12 May 2022, 6pm (+07:00)", "2022-05-12"),
    ("Source: Antara | 2024-05-14 09:12:33 | Editor: Budi Santoso", "2024-05-14"),
    ("March 2, 2021 | Mekong Program", "2021-03-02"),                   # a section label after the date
    ("Delta News Service - Sep 12, 2022 - 18:40 | Region, Asia", "2022-09-12"),
    ("Friday, 14 June 2024", "2024-06-14"),
    ("10 May 2024 · 5 min read", "2024-05-10"),
    ("Published: 2024-03-07T10:02:00+07:00", "2024-03-07"),            # an ISO timestamp
    ("Mar 07, 2024 | 10:02 AM", "2024-03-07"),
])
def test_date_line_forms(line, published):
    doc = clean_txt(f"{HEADLINE}\n{line}{BODY}")
    assert doc.published == published
    assert doc.title == HEADLINE
    assert doc.text == f"{LEDE}\n\n{SECOND}"


@pytest.mark.parametrize("line", [
    "March 2, 2021 | the ministers met again",       # lower-case words after the bar: a sentence
    "Ferry talks resume on 2 March 2021 | Mekong",   # a headline holding an event date
])
def test_lines_with_a_date_that_are_not_date_lines(line):
    doc = clean_txt(f"{line}{BODY}")
    assert doc.published is None


def test_outlet_before_a_date_line_with_label_segments():
    doc = clean_txt(f"{HEADLINE}\nDelta News Service - Sep 12, 2022 - 18:40 | Region{BODY}")
    assert doc.outlet == "Delta News Service"


def test_upper_case_wire_name_is_spelled_as_its_signature():
    doc = clean_txt(f"{HEADLINE}\nBERNAMA - Sep 12, 2022 - 18:40{BODY}")
    assert (doc.outlet, doc.published) == ("Bernama", "2022-09-12")


def test_section_label_before_a_date_is_not_the_outlet():
    doc = clean_txt(f"{HEADLINE}\nLatest News | 6 Sep 2023{BODY}")
    assert (doc.outlet, doc.published) == (None, "2023-09-06")


@pytest.mark.parametrize("byline, author", [
    ("By Noy Phommachak", "Noy Phommachak"),
    ("By Noy Phommachak in Vientiane", "Noy Phommachak"),
    ("WRITER: Delta Staff Reporters", "Delta Staff Reporters"),
    ("Reported by Noy Phommachak", "Noy Phommachak"),
    ("Noy Phommachak", "Noy Phommachak"),            # a bare name straight above the date line
])
def test_date_line_under_a_byline(byline, author):
    doc = clean_txt(f"{HEADLINE}\n{byline}\n22 March 2022{BODY}")
    assert (doc.title, doc.author, doc.published) == (HEADLINE, author, "2022-03-22")
    assert doc.text.startswith(LEDE)


def test_bare_place_line_above_a_date_is_not_an_author():
    doc = clean_txt(f"{HEADLINE}\nVIENTIANE\n22 March 2022{BODY}")
    assert doc.author is None


def test_byline_and_date_under_a_standfirst():
    deck = "Both governments hope the extra crossings will ease queues at the bridge."
    doc = clean_txt(f"{HEADLINE}\n{deck}\nBy Noy Phommachak\n22 March 2022{BODY}")
    assert (doc.published, doc.author) == ("2022-03-22", "Noy Phommachak")
    assert doc.text == f"{deck}\n\n{LEDE}\n\n{SECOND}"


def test_wire_dateline_with_a_year_gives_the_date():
    doc = clean_txt(f"{HEADLINE}\n\nVIENTIANE, April 8, 2024 (Reuters) - {LEDE}\n\n{SECOND}")
    assert (doc.published, doc.dateline, doc.outlet) == ("2024-04-08", "Vientiane", "Reuters")


def test_wire_dateline_without_a_year_gives_no_date():
    doc = clean_txt(f"{HEADLINE}\n\nVIENTIANE, Apr. 8 (Xinhua) -- {LEDE}\n\n{SECOND}")
    assert doc.published is None
    assert doc.dateline == "Vientiane"


def test_signature_block_date_at_the_end_of_a_release():
    text = (f"{HEADLINE}{BODY}\n\nMINISTRY OF PUBLIC WORKS AND TRANSPORT\nVIENTIANE\n18 APRIL 2024\n\n"
            "Back to Top\nContact Us | Feedback\nReport Vulnerability\nPrivacy Statement | Terms of Use")
    doc = clean_txt(text)
    assert doc.published == "2024-04-18"
    assert doc.text.endswith("VIENTIANE\n18 APRIL 2024")


def test_date_in_the_last_body_sentence_is_not_a_publication_date():
    doc = clean_txt(f"{HEADLINE}{BODY}\n\nThe ferries will run until 30 June 2024.")
    assert doc.published is None


@pytest.mark.parametrize("header, outlet", [
    ("Ministry of Foreign Affairs\nLao People's Democratic Republic", "Ministry of Foreign Affairs"),
    ("Government of Thailand\nMinistry of Transport", "Ministry of Transport"),
    ("KINGDOM OF CAMBODIA\nNation Religion King", None),
    ("Embassy of Japan in Laos", "Embassy of Japan in Laos"),
])
def test_site_header_lines_are_not_the_headline(header, outlet):
    doc = clean_txt(f"{header}\n{HEADLINE}{BODY}")
    assert doc.title == HEADLINE
    assert doc.outlet == outlet
    assert doc.text.startswith(LEDE)


def test_title_case_headline_starting_with_ministry_is_still_the_headline():
    headline = "Ministry of Transport Opens New Ferry Pier"
    doc = clean_txt(f"{headline}{BODY}")
    assert doc.title == headline and doc.outlet is None


@pytest.mark.parametrize("label", ["EDITORIAL |", "OPINION", "Section: Region", "NEWSPAPER SECTION: News",
                                   "Commentary / Asia", "Category: Diplomacy"])
def test_section_labels_are_neither_title_nor_outlet(label):
    above = clean_txt(f"{label}\n{HEADLINE}{BODY}")
    below = clean_txt(f"{HEADLINE}\n{label}\n3 May 2023{BODY}")
    for doc in (above, below):
        assert doc.title == HEADLINE
        assert doc.outlet is None
        assert label not in doc.text


@pytest.mark.parametrize("line", [
    "Topics : Mekong, ferries", "Tags: Laos", "Report Vulnerability", "Contact Us | Feedback",
    "Share on Facebook | Share on X", "Print this article", "Subscribe to our newsletter",
    "Subscribe to our newsletters", "Most Popular", "Most Read",
    "This website uses cookies to give you the best experience. By continuing you agree to our use of them.",
    "We use cookies to improve our site.", "Accept all cookies",
    "© 2023 Delta Daily. All rights reserved.", "Privacy Policy | Terms and Conditions",
    "Did you like this article?",
])
def test_footer_and_widget_lines_go(line):
    doc = clean_txt(f"{LEDE}\n\n{line}\n\n{SECOND}")
    assert line not in doc.text
    assert doc.text.endswith(SECOND)


@pytest.mark.parametrize("article_line", [
    "Cookies and rice cakes were served to the delegates after the signing.",
    "Most popular among the traders was the new evening crossing.",
    "The ministry said it would report the vulnerability of river towns to floods next year.",
    "Topics on the agenda included fees, customs checks and safety drills.",
])
def test_article_lines_like_furniture_are_kept(article_line):
    doc = clean_txt(f"{LEDE}\n\n{article_line}\n\n{SECOND}")
    assert article_line in doc.text


def test_tag_list_block_at_the_end_goes():
    doc = clean_txt(f"{HEADLINE}{BODY}\n\nTopics :\nMekong-ferries\nLaos\nThailand")
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_most_read_and_related_blocks_at_the_end_go():
    most = clean_txt(f"{HEADLINE}{BODY}\n\nMost Read\nRice exports climb in Vietnam\nNew dry port opens\n"
                     "Did you enjoy this article?")
    related = clean_txt(f"{HEADLINE}{BODY}\n\n© Delta Daily. All Rights Reserved.\nRelated coverage:\n"
                        "Ferry fares to rise in May\nBridge repairs finish early")
    for doc in (most, related):
        assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_postal_address_block_at_the_foot_goes():
    doc = clean_txt(f"{HEADLINE}{BODY}\n\nMekong Transport Forum\n45 Riverside Ave NW, Suite 300\n"
                    "Washington, DC 20036\nMedia inquiries: press office, 45 Riverside Ave NW")
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_ministry_release_page_end_to_end():
    page = "\n".join([
        "Skip to main content",
        "Ministry of Foreign Affairs",
        "Kingdom of Thailand",
        "Home > Press Releases",
        "Thailand to host senior officials' talks on Mekong navigation",
        "Share on Facebook | Share on X",
        "",
        "Thailand will host a meeting of senior officials from the six Lancang-Mekong countries in "
        "Chiang Rai next week to review rules for cargo ships on the upper Mekong.",
        "",
        "The officials are expected to agree on a joint survey of the navigation channel.",
        "",
        "Department of Information",
        "BANGKOK",
        "5 NOVEMBER 2024",
        "",
        "Print this article",
        "Topics : Mekong, navigation",
        "Contact Us | Feedback",
        "Report Vulnerability",
        "© 2024 Ministry of Foreign Affairs. All rights reserved.",
    ])
    doc = clean_txt(page)
    assert doc.title == "Thailand to host senior officials' talks on Mekong navigation"
    assert doc.outlet == "Ministry of Foreign Affairs"
    assert doc.published == "2024-11-05"
    assert doc.text.startswith("Thailand will host a meeting")
    assert doc.text.endswith("Department of Information\nBANGKOK\n5 NOVEMBER 2024")


@pytest.mark.parametrize("lines, published", [
    ("Thursday, 07 Mar 2024\n10:15 AM MYT", "2024-03-07"),      # the time on its own line
    ("UPDATED\nMar 07, 2024, 10:15 PM", "2024-03-07"),          # the cue on its own line
])
def test_date_line_split_over_two_lines(lines, published):
    doc = clean_txt(f"{HEADLINE}\n{lines}{BODY}")
    assert (doc.title, doc.published) == (HEADLINE, published)
    assert doc.text.startswith(LEDE)


def test_byline_with_outlet_in_brackets_above_the_date_line():
    doc = clean_txt(f"{HEADLINE}\nNoy Phommachak (The Vientiane Courier)\nVientiane ● Tue, March 5, 2024{BODY}")
    assert (doc.author, doc.outlet, doc.published) == ("Noy Phommachak", "The Vientiane Courier", "2024-03-05")
    plain = clean_txt(f"Ferry Talks Resume (Update)\n22 March 2022{BODY}")
    assert plain.author is None and plain.title == "Ferry Talks Resume (Update)"


def test_plural_section_name_above_the_headline_is_furniture():
    doc = clean_txt(f"Press Releases\n{HEADLINE}\nMarch 5, 2024{BODY}")
    assert (doc.title, doc.published) == (HEADLINE, "2024-03-05")
    assert "Press Releases" not in doc.text


def test_link_block_in_mid_page_goes_up_to_the_next_sentence():
    doc = clean_txt(f"{LEDE}\n\nMost Read\nRice exports climb in Vietnam\nNew dry port opens in Savannakhet\n\n"
                    f"{SECOND}")
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_short_lines_after_an_ordinary_heading_are_kept():
    subheading = "Fares and schedules"
    doc = clean_txt(f"{LEDE}\n\n{subheading}\n\n{SECOND}")
    assert subheading in doc.text


def test_site_header_above_a_date_line_and_the_headline():
    doc = clean_txt(f"Ministry of Foreign Affairs\nMarch 5, 2024\n{HEADLINE}{BODY}")
    assert (doc.title, doc.outlet, doc.published) == (HEADLINE, "Ministry of Foreign Affairs", "2024-03-05")


def test_title_case_headline_like_a_site_header_above_a_date_line_stays_the_headline():
    headline = "Ministry of Transport Ferry Plan"
    doc = clean_txt(f"{headline}\nMarch 5, 2024{BODY}")
    assert (doc.title, doc.outlet, doc.published) == (headline, None, "2024-03-05")
    assert doc.text.startswith(LEDE)


@pytest.mark.parametrize("masthead", ["Vientiane Courier", "THE RIVER REVIEW"])
def test_masthead_above_the_headline_without_menus(masthead):
    doc = clean_txt(f"{masthead}\n{HEADLINE}\nTuesday, 7 May 2024{BODY}")
    assert (doc.title, doc.outlet, doc.published) == (HEADLINE, masthead, "2024-05-07")
    assert doc.text.startswith(LEDE)


def test_label_in_capitals_above_the_headline_is_not_a_masthead():
    doc = clean_txt(f"EXCLUSIVE\n{HEADLINE}{BODY}")
    assert doc.outlet is None


def test_published_and_updated_lines_at_the_foot():
    doc = clean_txt(f"{HEADLINE}{BODY}\n\nPublished: 11 Jan 2024 09:30PM\nUpdated: 12 Jan 2024 07:00AM")
    assert doc.published == "2024-01-11"
    assert doc.text == f"{LEDE}\n\n{SECOND}"


def test_long_cookie_notice_goes_but_a_paragraph_about_cookies_stays():
    notice = ("This website uses cookies to improve your experience while you navigate through the site. "
              "Cookies that are necessary are stored in your browser because they are essential for basic "
              "functions of the site. We also use third-party cookies that help us analyse how you use it. "
              "You can opt out of these cookies at any time in your settings.")
    paragraph = ("Cookies and rice cakes from both banks of the river were served after the signing, and the "
                 "ministers posed for photographs with the ferry crews before boarding the first crossing, "
                 "which left the Thakhek pier a few minutes after noon on a calm and sunny day.")
    doc = clean_txt(f"{LEDE}\n\n{notice}\n\n{paragraph}\n\n{SECOND}")
    assert notice not in doc.text and paragraph in doc.text


def test_long_header_of_site_names_labels_byline_and_split_date():
    doc = clean_txt("\n".join(["Ministry of Foreign Affairs", "Kingdom of Thailand", "OPINION", HEADLINE,
                               "Noy Phommachak (The Vientiane Courier)", "UPDATED", "Mar 07, 2024, 10:15 PM"])
                    + BODY)
    assert (doc.title, doc.published, doc.author) == (HEADLINE, "2024-03-07", "Noy Phommachak")
    assert doc.text == f"{LEDE}\n\n{SECOND}"
