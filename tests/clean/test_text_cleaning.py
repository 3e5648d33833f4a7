"""Scraped plain text: furniture out, article paragraphs kept exactly, header read."""
from __future__ import annotations

from pathlib import Path

import pytest

from concord.clean import clean_document
from concord.document import Document, document_id
from concord.errors import EmptyInputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def clean_txt(text: str, **hints) -> Document:
    return clean_document(Document(source="t.txt", original=text, format="txt", hints=hints))


@pytest.fixture
def blog() -> Document:
    return clean_txt((FIXTURES / "scraped_blog.txt").read_text(encoding="utf-8"))


@pytest.mark.parametrize("furniture", [
    "Skip to content", "Accessibility links", "Home > Opinion", "Share this:", "Click to share on Twitter",
    "Like this:", "Loading...", "Leave a Reply", "Fill in your details below", "You are commenting using",
    "Log Out / Change", "Notify me of new posts", "Connecting to %s", "Recent Posts",
    "Mekong ministers meet on water data sharing", "October 2024", "September 2024", "(Photo: ASEAN Secretariat)",
])
def test_blog_furniture_is_removed(blog, furniture):
    assert furniture not in blog.text


def test_blog_article_is_kept_exactly(blog):
    source = (FIXTURES / "scraped_blog.txt").read_text(encoding="utf-8")
    paragraphs = blog.text.split("\n\n")
    assert paragraphs[0].startswith("Vientiane closed its year")
    assert paragraphs[-1] == "Malaysia takes over the chairmanship in 2025."
    for para in paragraphs:
        assert para in source          # never rewritten, re-spaced or re-punctuated


def test_repeated_paragraph_keeps_first_copy(blog):
    assert blog.text.count("Officials said the chair's priority theme") == 1


def test_blog_header_read_and_left_out_of_text(blog):
    assert blog.title == "Laos hands over the ASEAN chair with a call for unity"
    assert blog.published == "2024-10-12"
    assert blog.author == "Editorial Desk"
    assert blog.title not in blog.text and "Posted on" not in blog.text
    assert blog.language == "en"
    assert blog.id == document_id(blog.text)


def test_archive_month_lines_give_no_date():
    doc = clean_txt("Mekong leaders agree on a new water data platform at their meeting in Bangkok this week.\n\n"
                    "The platform will share river flow readings among the four member countries.\n\n"
                    "Recent Posts\n\nMarch 2025\n\nFebruary 2025\n")
    assert doc.published is None
    assert "March 2025" not in doc.text


def test_dates_in_the_body_are_not_publication_dates():
    doc = clean_txt("ASEAN ministers met in Jakarta\n\n"
                    "On 15 May 2025, the ministers adopted a joint statement on maritime cooperation.\n\n"
                    "The statement was published on 16 May 2025 by the secretariat.")
    assert doc.published is None
    assert doc.title == "ASEAN ministers met in Jakarta"
    assert doc.text.startswith("On 15 May 2025")


def test_long_first_paragraph_is_not_a_headline():
    first = ("In a move welcomed across the region, the Mekong River Commission opened its data portal "
             "to the public, allowing researchers to download daily water level readings")
    doc = clean_txt(first + "\nThe portal covers stations in all four member countries.")
    assert doc.title is None
    assert doc.text.startswith(first)


def test_single_line_text_is_kept_as_text():
    doc = clean_txt("Cambodia and Laos sign a border trade memorandum")
    assert doc.text == "Cambodia and Laos sign a border trade memorandum"


def test_contact_block_at_head_is_removed_but_body_address_kept():
    doc = clean_txt("(+855) 23 990 123\n"
                    "No. 12, Street 310, Sangkat Boeng Keng Kang 1, Phnom Penh.\n\n"
                    "Think tank hosts regional dialogue\n\n"
                    "The institute moved last year to a new office on Street 310 in Phnom Penh, where the "
                    "dialogue took place on Friday with diplomats from twelve embassies.\n\n"
                    "Participants discussed food security and small-state diplomacy.")
    assert "(+855)" not in doc.text and "Sangkat Boeng Keng Kang 1" not in doc.text
    assert "new office on Street 310" in doc.text
    assert doc.title == "Think tank hosts regional dialogue"


def test_comment_form_in_first_half_does_not_cut_the_article():
    doc = clean_txt("Leave a Reply\n\nThe ASEAN Secretariat announced a new scholarship programme for "
                    "students from the ten member states, with the first intake planned for next year.\n\n"
                    "Applications open in January and close in March.")
    assert "Applications open in January" in doc.text
    assert "Leave a Reply" not in doc.text


def test_only_furniture_raises_empty_input():
    with pytest.raises(EmptyInputError) as info:
        clean_txt("Share this:\nLike this:\nLoading...\n")
    assert "t.txt" in str(info.value)
    with pytest.raises(EmptyInputError):
        clean_txt("   \n\u00a0\n")


def test_container_hints_win_when_valid():
    text = "Thailand hosts Mekong-Lancang meeting\n\nPosted on 3 March 2023\n\nOfficials from six countries met."
    doc = clean_txt(text, title="Given title", published="2023-03-02T10:00:00Z", outlet="Bangkok Desk")
    assert (doc.title, doc.published, doc.outlet) == ("Given title", "2023-03-02", "Bangkok Desk")
    doc = clean_txt(text, published="not a date", title="  ")
    assert doc.published == "2023-03-03"
    assert doc.title == "Thailand hosts Mekong-Lancang meeting"


def test_same_text_same_id_and_whitespace_variants_agree():
    a = clean_txt("Title of a story here\n\nBody paragraph one about ASEAN.\n\nBody two.")
    b = clean_txt("Title of a story here\r\n\r\n  Body paragraph one about ASEAN.  \r\n\r\nBody two.\r\n")
    assert a.id == b.id and a.text == b.text


LEDE = ("Senior officials from the Mekong countries gathered in Bangkok on Monday for two days of talks "
        "on water security, trade and electricity links across the region.")


@pytest.mark.parametrize("article_line", [
    "The summit was held at the Peace Palace building on 3 May.",          # address words, but a sentence
    "Copyright law was also on the agenda.",                               # starts like a copyright line
    "Related ministries will meet again in June.",
    "Home ministers from the region also attended.",
])
def test_article_lines_that_resemble_furniture_are_kept(article_line):
    doc = clean_txt(LEDE + "\n\n" + article_line)
    assert doc.text.endswith(article_line)


def test_heading_in_second_half_does_not_cut_the_rest():
    text = (LEDE + "\n\nMore from the summit\n\nThe ministers also agreed to study a joint power grid.")
    doc = clean_txt(text)
    assert doc.text.endswith("The ministers also agreed to study a joint power grid.")


def test_long_paragraph_ending_with_credit_is_kept_but_caption_goes():
    paragraph = ("The delegation visited a border market on Tuesday. Traders told them about rising costs. "
                 "Officials promised to simplify customs checks before the end of the year. (Photo: AKP)")
    caption = "Delegates visit the border market in Poipet on Tuesday. (Photo: AKP)"
    doc = clean_txt(LEDE + "\n\n" + caption + "\n\n" + paragraph)
    assert paragraph in doc.text and caption not in doc.text


def test_layout_of_kept_lines_is_kept():
    wrapped = ("Senior officials from the Mekong countries gathered in Bangkok\n"
               "on Monday for two days of talks on water security.\n"
               "Advertisement\n"
               "They agreed to meet again in Hanoi next year.")
    doc = clean_txt(wrapped)
    assert doc.text == ("Senior officials from the Mekong countries gathered in Bangkok\n"
                        "on Monday for two days of talks on water security.\n\n"
                        "They agreed to meet again in Hanoi next year.")


def test_masthead_navigation_and_link_list():
    doc = clean_txt((FIXTURES / "masthead_scrape.txt").read_text(encoding="utf-8"))
    assert doc.title == "Thai and Lao ministers open new Mekong bridge"
    assert doc.outlet == "The Mekong Courier"
    assert doc.author == "Somchai Boonma and Keo Sida"
    assert doc.published == "2024-03-02"
    assert doc.dateline == "Nakhon Phanom"
    assert doc.text.startswith("NAKHON PHANOM, Thailand — Ministers")
    assert doc.text.endswith('one customs officer said at the ceremony.')
    for furniture in ("Breaking:", "Home", "E-paper", "Photo credit", "More from", "Rice prices", "About us",
                      "River Road"):
        assert furniture not in doc.text


def test_list_heading_followed_by_sentences_does_not_cut():
    doc = clean_txt(LEDE + "\n\nMore from the summit\n\nThe leaders also discussed scam centres. They agreed "
                    "to share intelligence.\n\nA joint task force will be set up.")
    assert doc.text.endswith("A joint task force will be set up.")


@pytest.mark.parametrize("line", [
    "Join our Mekong Watch Channel", "Twitter picture", "Google photo", "Facebook photo", "E-paper",
    "Skip to main content", "Tags: ASEAN, Mekong", "Read more: Laos opens new dry port", "Advertisement",
    "Copyright © 2024 Delta Daily", "© 2023 River Times. All rights reserved.", "Follow us on Telegram",
    "Your email address will not be published. Required fields are marked *", "Home » News » Region",
    "Previous article", "Sign up for our newsletter", "Facebook | Twitter | LinkedIn | Email",
    "— VNA/VNS Photo Trần Văn B", "Photo: Officials at the signing ceremony. (Delta Daily/Nita P.)",
])
def test_single_furniture_lines_go_wherever_they_stand(line):
    doc = clean_txt(LEDE + "\n\n" + line + "\n\nThe talks will continue in Hanoi next year, officials said.")
    assert line not in doc.text
    assert doc.text.endswith("The talks will continue in Hanoi next year, officials said.")
