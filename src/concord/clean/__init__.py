"""Cleaning: page furniture out, the article's own words kept exactly, metadata read.

    doc = clean_document(Document(source="a.txt", original=raw, format="txt"))
    doc.text, doc.title, doc.published, doc.outlet, doc.language, doc.id

The flow, one module per step:

- ``html.py``       HTML → paragraphs (trafilatura) and page metadata (meta tags, JSON-LD)
- ``furniture.py``  paragraphs that are page furniture dropped (rules in ``data/furniture.json``)
- ``chrome.py``     section menus, breadcrumbs ("News World Business", "News > Asia") and a
                    press release's closing lines ("This is a press release of ...", "###")
- ``header.py``     the header lines: headline, masthead, site header, outlet line
- ``metadata.py``   date and byline lines, dateline, wire signature read from the text
- ``datelines.py``  a page's own date lines ("Published 12 Mar 2023 Updated ...", "Published:
                    05/08/2024") and whether a header date line opens with its place (kept then)
- ``dates.py``      stated dates → ISO (never invented)
- ``language.py``   a light language guess
- ``dedup.py``      MinHash signatures and LSH band keys for near-duplicates

Metadata precedence, first wins: what the container gave (JSON Lines fields in
``doc.hints``, when valid) → the page's HTML metadata → the text's own header
lines → the dateline's wire agency and a trailing signature.
"""
from __future__ import annotations

from concord.clean import html as _html
from concord.clean.dates import normalize_iso
from concord.clean.datelines import record_title_date
from concord.clean.furniture import join_paragraphs, remove_furniture, split_paragraphs
from concord.clean.language import detect_language
from concord.clean.header import read_header
from concord.clean.metadata import TextMeta, read_cue_lines, read_dateline, read_deck_lines, read_footer_date, read_signature
from concord.document import Document
from concord.errors import EmptyInputError

__all__ = ["clean_document", "clean_text", "detect_language"]

TEXT_FORMATS = {"txt", "text", "jsonl", "wet"}   # other formats (warc, feed) are sniffed


def _looks_like_html(text: str) -> bool:
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or ("<body" in head) or (
        head.startswith("<") and ("<p" in text[:5000].lower() or "<div" in text[:5000].lower()))


def _is_html(doc: Document) -> bool:
    """Ingest says which path to take in hints["content_type"]; without it, the format
    decides, and formats that can hold either (warc, feed) are sniffed."""
    content_type = (doc.hints or {}).get("content_type")
    if content_type in ("text/html", "text/plain"):
        return content_type == "text/html"
    if doc.format in ("html", "htm"):
        return True
    return doc.format not in TEXT_FORMATS and _looks_like_html(doc.original)


def _tidy(value: str | None) -> str | None:
    """Metadata values with their spaces collapsed (no-break spaces from scraped headlines)."""
    return " ".join(value.split()) or None if value else None


def _hint(doc: Document, key: str) -> str | None:
    value = doc.hints.get(key) if doc.hints else None
    if not isinstance(value, str) or not value.strip():
        return None
    return normalize_iso(value) if key == "published" else value.strip()


def clean_text(text: str, meta: TextMeta, known_title: str | None = None, from_html: bool = False) -> str:
    """Scraped text → the article body, metadata into `meta`.

    Kept paragraphs are joined as laid out in the original (one newline between
    lines that were adjacent, else a blank line); text extracted from HTML gets a
    blank line between paragraphs and keeps repeated paragraphs (see furniture.py)."""
    paragraphs = remove_furniture(split_paragraphs(text), drop_repeats=not from_html, drop_footer=not from_html)
    body_start = read_header(paragraphs, meta, known_title)
    # The article's own dateline ("Bangkok | Tue, May 14 2024") is read and kept: its place is the story's.
    dateline = [p for p in paragraphs[:body_start] if p is meta.dateline_line]
    paragraphs = paragraphs[body_start:]
    if body_start or known_title:
        paragraphs = read_deck_lines(paragraphs, meta)
    paragraphs = dateline + paragraphs
    paragraphs = read_signature(paragraphs, meta)
    paragraphs = read_cue_lines(paragraphs, meta)
    read_dateline(paragraphs, meta)
    paragraphs = read_footer_date(paragraphs, meta)
    return join_paragraphs(paragraphs, keep_layout=not from_html)


def _clean_html(doc: Document, meta: TextMeta) -> str:
    tree = _html.parse(doc.original)
    if tree is None:
        raise EmptyInputError("HTML page without a readable body; check that the file is a web page",
                              source=doc.source)
    page = _html.read_metadata(tree, url=doc.url)
    meta.title, meta.published = page.title, page.published
    meta.outlet, meta.author = page.outlet, page.author
    doc.url = doc.url or page.url
    # The headline is already known from the page, so a first line is only dropped when it repeats it.
    body = _html.extract_text(tree, url=doc.url, source=doc.source)
    return clean_text(body, meta, known_title=page.title or "", from_html=True)


def clean_document(doc: Document) -> Document:
    """Fill `text`, the metadata and `id` of `doc` from `doc.original`; return it.

    Raises EmptyInputError when no article text remains."""
    meta = TextMeta()
    if _is_html(doc):
        text = _clean_html(doc, meta)
    else:
        text = clean_text(doc.original, meta)
    if not text.strip():
        raise EmptyInputError("no article text left after cleaning (empty input or only page furniture)",
                              source=doc.source)
    doc.text = text
    doc.url = doc.url or _hint(doc, "url")
    doc.title = _tidy(_hint(doc, "title") or doc.title or meta.title)
    doc.published = (_hint(doc, "published") or doc.published or meta.published
                     or record_title_date(doc.title))
    doc.outlet = _tidy(_hint(doc, "outlet") or doc.outlet or meta.outlet)
    doc.author = _tidy(doc.author or _hint(doc, "author") or meta.author)
    doc.dateline = doc.dateline or meta.dateline
    doc.language = doc.language or _hint(doc, "language") or detect_language(text)
    doc.assign_id()
    return doc
