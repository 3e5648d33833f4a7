"""HTML pages → article paragraphs and page metadata.

The body comes from trafilatura, the field's reference extractor, with the settings
chosen by measurement on the 181 pages of ``shared/bench/article-extraction``
(``bench/html_bodies.py``): comments excluded and ``fast=True`` (no fallback
extractors) gave a higher F1 than the defaults at about 60% of their time; when
the fast path returns mostly a menu, the full cascade runs instead. Our own
furniture rules then run on its paragraphs. Measured F1 on the 181 pages:
plain ``trafilatura.extract`` 0.943, this module with clean_document 0.965.

Metadata is read from the parsed tree directly: ``<meta>`` tags (Open Graph,
Dublin Core, article:*), JSON-LD and ``<title>``; htmldate (not extensive, so it
never guesses from the page's text) only when no tag states the date. The page is
parsed once and the tree shared by both steps.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

import trafilatura
from htmldate import find_date as htmldate_find_date
from lxml.html import HtmlElement
from trafilatura.utils import load_html

from concord.clean.dates import normalize_iso
from concord.errors import InputError

TITLE_KEYS = ("og:title", "twitter:title", "dc.title", "headline", "title")
DATE_KEYS = ("article:published_time", "og:article:published_time", "datepublished", "article.published",
             "pubdate", "publishdate", "publish-date", "publish_date", "dc.date.issued", "dcterms.issued",
             "dc.date", "dcterms.created", "date", "sailthru.date", "parsely-pub-date",
             "original-publish-date", "release_date")
OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl")
URL_KEYS = ("og:url",)
BASELINE_MIN_WORDS = 10
MENU_MIN_LINES = 10        # _mostly_menu: at least this many lines,
MENU_SHARE = 0.6           # and this share of them of three words or fewer
_TITLE_SEPARATORS = re.compile(r"\s+[|–—•»-]\s+")
ARTICLE_TYPES = {"newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "webpage", "report", "pressrelease"}


@dataclass(slots=True)
class HtmlMeta:
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


def parse(html: str) -> HtmlElement | None:
    """The page's tree; a bare fragment ("<p>..</p>" from a JSON Lines record) is wrapped first."""
    tree = load_html(html)
    if tree is None and "<" in html:
        tree = load_html(f"<html><body>{html}</body></html>")
    return tree


def _meta_tags(tree: HtmlElement) -> dict[str, str]:
    found: dict[str, str] = {}
    for element in tree.iter("meta"):
        key = element.get("property") or element.get("name") or element.get("itemprop")
        content = element.get("content")
        if key and content and content.strip():
            found.setdefault(key.strip().lower(), content.strip())
    return found


def _first(values: dict[str, str], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        if values.get(key):
            return values[key]
    return None


def _names(value: Any) -> list[str]:
    """Names in a JSON-LD author/publisher value (a string, an object or a list)."""
    if isinstance(value, str):
        return [value.strip()] if value.strip() and not value.startswith("http") else []
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [name for item in value for name in _names(item)]
    return []


def _json_ld_objects(tree: HtmlElement) -> list[dict]:
    objects: list[dict] = []
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text)
        except ValueError:
            continue          # broken JSON-LD is common; the meta tags still count
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                objects.append(item)
                graph = item.get("@graph")
                stack.extend(graph if isinstance(graph, list) else [])
    return objects


def _from_json_ld(tree: HtmlElement, meta: HtmlMeta) -> None:
    for obj in _json_ld_objects(tree):
        kinds = obj.get("@type")
        kinds = kinds if isinstance(kinds, list) else [kinds]
        if not any(isinstance(k, str) and k.lower() in ARTICLE_TYPES for k in kinds):
            continue
        if isinstance(obj.get("headline"), str):
            meta.title = meta.title or obj["headline"].strip() or None
        meta.published = meta.published or normalize_iso(obj.get("datePublished"))
        meta.author = meta.author or ", ".join(_names(obj.get("author"))) or None
        meta.outlet = meta.outlet or next(iter(_names(obj.get("publisher"))), None)


def read_metadata(tree: HtmlElement, url: str | None = None) -> HtmlMeta:
    """Title, publication date, outlet, author and canonical URL stated by the page."""
    tags = _meta_tags(tree)
    meta = HtmlMeta(title=_first(tags, TITLE_KEYS), published=normalize_iso(_first(tags, DATE_KEYS)),
                    outlet=_first(tags, OUTLET_KEYS), url=_first(tags, URL_KEYS))
    author = _first(tags, AUTHOR_KEYS)
    meta.author = author if author and not author.startswith("http") else None
    _from_json_ld(tree, meta)
    if meta.title is None:
        meta.title = _title_from_elements(tree)
    meta.title = _without_site_name(meta.title, meta.outlet)
    if meta.published is None:
        for element in tree.iter("time"):
            if element.get("itemprop") == "datePublished" or element.get("pubdate") is not None:
                meta.published = normalize_iso(element.get("datetime"))
                break
    if meta.published is None:
        try:
            found = htmldate_find_date(tree, extensive_search=False, original_date=True, url=url or meta.url)
        except Exception:     # htmldate on hostile markup: no date is better than no document
            found = None
        meta.published = normalize_iso(found)
    return meta


def _without_site_name(title: str | None, outlet: str | None) -> str | None:
    """"Headline | River Times" → "Headline" when the page names River Times as its site."""
    if not title or not outlet:
        return title
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and parts[-1].strip().casefold() == outlet.strip().casefold():
        return title[: title.rfind(parts[-1])].rstrip(" |–—•»-") or title
    return title


def _title_from_elements(tree: HtmlElement) -> str | None:
    """A single <h1>, else the longest part of <title> ("Headline | Site" → "Headline")."""
    headings = [h.text_content().strip() for h in tree.iter("h1")]
    headings = [h for h in headings if h]
    if len(headings) == 1:
        return headings[0]
    element = tree.find(".//title")
    text = element.text_content().strip() if element is not None else ""
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(text) if part.strip()]
    return max(parts, key=len) if parts else None


def _mostly_menu(text: str) -> bool:
    """Most lines of one to three words: a menu or a link list, not an article."""
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < MENU_MIN_LINES:
        return False
    short = sum(1 for line in lines if len(line.split()) <= 3)
    return short >= MENU_SHARE * len(lines)


def extract_text(tree: HtmlElement, url: str | None = None, source: str | None = None) -> str:
    """The article body as trafilatura sees it, one paragraph a line ('' when none)."""
    try:
        text = trafilatura.extract(tree, url=url, include_comments=False, fast=True)
        if text and _mostly_menu(text):
            # The fast path took a menu for the article: the full cascade (readability,
            # jusText) costs more but finds the body on such pages.
            text = trafilatura.extract(tree, url=url, include_comments=False) or text
    except Exception as exc:   # a parser bug on one page must not stop the batch
        raise InputError(f"HTML extraction failed ({type(exc).__name__}: {exc}); the page may be "
                         "damaged, try saving it again", source=source) from exc
    if not text:
        # Short pages fall under trafilatura's minimum size: take the page's own paragraphs,
        # unless that is only a few words of menu.
        _, text, _ = trafilatura.baseline(tree)
        if len(text.split()) < BASELINE_MIN_WORDS:
            return ""
    return text or ""
