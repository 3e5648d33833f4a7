"""The closing block of government and agency releases is furniture; the release's own words stay."""
from __future__ import annotations

import pytest

from concord.clean import clean_document
from concord.clean.chrome import is_foot_line
from concord.document import Document

HEADLINE = "Australia funds new flood warning stations on the Mekong"
BODY = ("Australia will pay for twelve new river gauges in Cambodia and Laos, the embassy in Phnom Penh "
        "announced on Thursday, as part of its support for the Mekong River Commission.\n\n"
        "The gauges will send readings every fifteen minutes to the commission's forecasting centre, "
        "which issues flood warnings to riverside provinces during the wet season.\n\n"
        "Officials said the first stations would be installed before the rains begin in June.")
LAST = "Officials said the first stations would be installed before the rains begin in June."


def clean_txt(text: str) -> Document:
    return clean_document(Document(source="release.txt", original=text, format="txt"))


@pytest.mark.parametrize("footer", [
    # an embassy release: end mark, contact line, provenance line, follow links
    "###\n\nFor further information, please contact the Public Affairs Section at +855 23 728 000.\n\n"
    "This is a press release of the Australian Embassy in Phnom Penh.\n\nFollow us on Facebook | X | YouTube",
    # a foreign ministry: spokesperson office, subscribe line, a lone address
    "Office of the Spokesperson\n\nFor more information: media@dfat.example.gov.au\n\n"
    "Subscribe to email updates from the department\n\nhttps://www.dfat.example.gov.au/news",
    # end mark spelt out, then notes to editors
    "- ENDS -\n\nNotes to editors:\n\nThe commission was founded in 1995.\n\nIts secretariat is in Vientiane.",
    "Media contact: Srey Leak, Press Officer, +855 12 345 678\n\nStay connected with the embassy on social media",
    "(END)",
])
def test_release_footer_is_removed(footer):
    doc = clean_txt(f"{HEADLINE}\n\n{BODY}\n\n{footer}")
    assert doc.text.endswith(LAST)
    assert "Office of the Spokesperson" not in doc.text and "###" not in doc.text


def test_for_more_information_inside_a_sentence_stays():
    last = ("For more information on the gauges, the ambassador said, farmers can ask their district "
            "office, which will post the readings each morning.")
    doc = clean_txt(f"{HEADLINE}\n\n{BODY}\n\n{last}")
    assert doc.text.endswith(last)


def test_closing_place_and_date_of_a_statement_stay_above_the_footer():
    doc = clean_txt(f"{HEADLINE}\n\n{BODY}\n\nPhnom Penh, 16 May 2024\n\n"
                    "This is a press release of the Australian Embassy in Phnom Penh.\n\nwww.embassy.example.au")
    assert doc.text.endswith("Phnom Penh, 16 May 2024")
    assert doc.published == "2024-05-16"


def test_footer_lines_in_mid_text_are_not_cut_as_a_block():
    # A contact sentence in the middle of the release is text; only a run at the very end goes.
    middle = "Media contact details for the launch were shared with reporters in advance."
    doc = clean_txt(f"{HEADLINE}\n\n{middle}\n\n{BODY}")
    assert middle in doc.text and doc.text.endswith(LAST)


@pytest.mark.parametrize("line, expected", [
    ("This is a press release of the Embassy of Japan in Vientiane.", True),
    ("For further information, please visit the ministry's website.", True),
    ("Office of the Spokesperson", True),
    ("press@mfa.example.gov.sg", True),
    ("The embassy said it would fund twelve gauges over the next three years in both countries "
     "and train local staff to read them, which officials called a first for the region. " * 3, False),
    ("Cambodia and Australia agreed to widen their cooperation.", False),
    ("Embassy of Japan in Cambodia", True),
    ("The embassy will keep supporting the programme.", False),      # a closing sentence of the story
    ("Press office staff said the launch went well.", False),
    ("The report was published by the commission in March.", False),
])
def test_foot_line_shapes(line, expected):
    assert is_foot_line(line) is expected


def test_html_pages_keep_their_closing_lines():
    # trafilatura already leaves page footers out; a republication credit it keeps is body text there.
    html = ("<html><head><title>Gauges for the Mekong</title></head><body><article><h1>Gauges for the Mekong</h1>"
            + "".join(f"<p>{p}</p>" for p in BODY.split("\n\n"))
            + "<p>This article was originally published by the Delta Review.</p></article></body></html>")
    doc = clean_document(Document(source="page.html", original=html, format="html"))
    assert doc.text.endswith("This article was originally published by the Delta Review.")


def test_ministry_readout_layout():
    # A foreign ministry's readout: label lines under the headline, a tag list at the end.
    text = ("Foreign Minister's Call with the Lao Foreign Minister\nReadout\nOffice of the Spokesperson\n"
            "June 3, 2024\n\n" + BODY + "\n\n* * *\n\nTags\nMekong Cooperation\nLaos\nOffice of the Spokesperson")
    doc = clean_txt(text)
    assert doc.title == "Foreign Minister's Call with the Lao Foreign Minister"
    assert doc.published == "2024-06-03"
    assert doc.text.startswith("Australia will pay") and doc.text.endswith(LAST)
