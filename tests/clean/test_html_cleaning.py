"""HTML pages: trafilatura's body plus our furniture rules, metadata from the page."""
from __future__ import annotations

from pathlib import Path

import pytest

from concord.clean import clean_document
from concord.document import Document
from concord.errors import EmptyInputError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "clean"


def clean_html(html: str, **kwargs) -> Document:
    return clean_document(Document(source="p.html", original=html, format="html", **kwargs))


@pytest.fixture
def page() -> Document:
    return clean_html((FIXTURES / "article_page.html").read_text(encoding="utf-8"))


def test_body_kept_in_paragraphs(page):
    paragraphs = page.text.split("\n\n")
    assert paragraphs[0].startswith("VIENTIANE — Water ministers from Cambodia")
    assert paragraphs[-1] == "The commission plans to review the arrangement at its next council meeting in Phnom Penh."
    assert '"Floods do not stop at borders, and neither should our data," one delegate' in page.text


@pytest.mark.parametrize("furniture", [
    "Skip to content", "E-paper", "Share on Facebook", "WhatsApp", "Related articles", "Drought hits rice farmers",
    "Leave a Reply", "Name (required)", "Notify me of new posts", "Lane Xang Avenue", "All rights reserved",
    "By Chanthavong Souk", "Business",
])
def test_furniture_removed(page, furniture):
    assert furniture not in page.text


def test_metadata_from_meta_tags(page):
    assert page.title == "Mekong ministers agree on flood data sharing"
    assert page.published == "2024-07-18"
    assert page.outlet == "River Times"
    assert page.author == "Chanthavong Souk"
    assert page.url == "https://rivertimes.example/2024/07/mekong-flood-data"
    assert page.dateline == "Vientiane"
    assert page.language == "en"
    assert page.title not in page.text


def test_given_url_is_kept(page):
    doc = clean_html((FIXTURES / "article_page.html").read_text(encoding="utf-8"), url="https://given.example/x")
    assert doc.url == "https://given.example/x"


def test_metadata_from_json_ld():
    doc = clean_html((FIXTURES / "jsonld_page.html").read_text(encoding="utf-8"))
    assert doc.title == "Thailand and Cambodia reopen border checkpoint"
    assert doc.published == "2023-02-09"
    assert doc.author == "Nita Prasert"
    assert doc.outlet == "Delta Daily"
    assert doc.text.startswith("The checkpoint at Poipet reopened")


def test_page_without_date_has_none():
    html = ("<html><head><title>Laos plans new bridge</title></head><body><article>"
            "<p>Laos plans to build a new bridge across the Mekong to Thailand, the public works ministry said, "
            "with construction due to start after the rainy season ends.</p>"
            "<p>The bridge would be the sixth across the river between the two countries.</p>"
            "<p>Archive: March 2025</p></article></body></html>")
    doc = clean_html(html)
    assert doc.published is None
    assert doc.title == "Laos plans new bridge"


def test_fragment_from_json_lines_record():
    doc = clean_document(Document(source="a.jsonl#line=1", format="jsonl",
                                  original="<p>Myanmar's foreign minister visited Bangkok on Monday for talks.</p>"
                                           "<p>Both sides discussed border trade.</p>",
                                  hints={"content_type": "text/html", "title": "Minister visits Bangkok",
                                         "published": "2022-08-01"}))
    assert "visited Bangkok on Monday" in doc.text
    assert "<p>" not in doc.text
    assert (doc.title, doc.published) == ("Minister visits Bangkok", "2022-08-01")


def test_plain_text_hint_overrides_markup_sniffing():
    doc = clean_document(Document(source="a.jsonl#line=2", format="jsonl",
                                  original="Use <b> for bold, the editor wrote in a note about the style guide.",
                                  hints={"content_type": "text/plain"}))
    assert "<b>" in doc.text


def test_html_without_body_text_raises():
    with pytest.raises(EmptyInputError):
        clean_html("<html><head><title>x</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    with pytest.raises(EmptyInputError):
        clean_html("")


def test_title_from_title_element_drops_site_name():
    html = ("<html><head><title>Laos plans new bridge | Mekong Wire</title></head><body><h1>Laos plans new bridge</h1>"
            "<h1>Most read</h1><article><p>Laos plans to build a new bridge across the Mekong to Thailand, the "
            "ministry said, with work due to start after the rainy season ends this year.</p></article></body></html>")
    assert clean_html(html).title == "Laos plans new bridge"


def test_site_name_suffix_is_cut_from_og_title():
    html = ("<html><head><meta property='og:title' content='Mekong bridge opens - Delta Daily'>"
            "<meta property='og:site_name' content='Delta Daily'></head><body><article><p>A new bridge across "
            "the Mekong opened on Saturday, cutting the trip between the two towns to minutes.</p>"
            "<p>Officials from both countries attended.</p></article></body></html>")
    doc = clean_html(html)
    assert (doc.title, doc.outlet) == ("Mekong bridge opens", "Delta Daily")


def test_menu_detector():
    from concord.clean.html import _mostly_menu
    menu = "\n".join(["Home", "About us", "Council members", "Tourism office", "Contact"] * 3)
    article = "\n".join(["Ministers from the four countries met on Thursday to discuss river data."] * 12)
    assert _mostly_menu(menu)
    assert not _mostly_menu(article)
    assert not _mostly_menu("Home\nNews")            # too few lines to judge


def test_format_without_content_type_hint_is_sniffed():
    page = (FIXTURES / "article_page.html").read_text(encoding="utf-8")
    warc = clean_document(Document(source="c.warc#record=1", original=page, format="warc"))
    assert warc.title == "Mekong ministers agree on flood data sharing" and "<p>" not in warc.text
    feed = clean_document(Document(source="f.xml#record=2", format="feed",
                                   original="Thailand and Laos agreed on Friday to add two more border crossings."))
    assert feed.text == "Thailand and Laos agreed on Friday to add two more border crossings."
    wet = clean_document(Document(source="c.wet#record=3", format="wet", original="<p> is how a paragraph starts"))
    assert wet.text == "<p> is how a paragraph starts"
