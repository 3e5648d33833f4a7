"""RSS 2.0, RSS 1.0 (RDF) and Atom feeds: one Document per item.

An item's own content (``content:encoded``, Atom ``content``, ``description`` or
``summary``, the longest of them) is the article when it is long enough to be one;
feeds that carry only a teaser get their item's http(s) link fetched instead. Item
title, date and link go into `Document.hints` (``title``, ``published`` as an ISO
date, ``url``), the channel title into ``outlet``. Items are numbered from 1:
``feed.xml#record=3``.

The XML parser resolves no entities and fetches nothing (no XXE, no billion laughs),
and recovers from the small errors real feeds have.
"""
from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Iterator
from urllib.parse import urlsplit

from lxml import etree

from concord.document import Document, Failure
from concord.errors import EmptyInputError, InputError
from concord.ingest.decode import charset_from_content_type, to_text
from concord.ingest.fetch import UnreachableError, is_url
from concord.ingest.readers import HTML_TYPE, TEXT_TYPE, FetchDoc, now_iso
from concord.ingest.streams import Opened

ARTICLE_MIN_WORDS = 120      # shorter item content is a teaser, not the article
_CONTENT_TAGS = ("encoded", "content", "description", "summary")
_DATE_TAGS = ("pubDate", "published", "date", "updated", "issued", "modified")
_MARKUP = re.compile(r"<[a-zA-Z!/][^>]*>")
_WORD = re.compile(r"\w+")


def read_feed(data: bytes, source: str, opened: Opened,
              fetch_doc: FetchDoc | None) -> Iterator[Document | Failure]:
    """Documents from a feed's items; a Failure for each item that yields no article."""
    root = _parse(data, charset_from_content_type(opened.content_type))
    outlet = _channel_title(root)
    items = [el for el in root.iter() if _local(el) in ("item", "entry")]
    if not items:
        raise EmptyInputError("the feed has no items")
    fetch_doc = _skipping_dead_hosts(fetch_doc) if fetch_doc else None
    for number, item in enumerate(items, 1):
        yield _item(item, number, source, outlet, fetch_doc)


def _skipping_dead_hosts(fetch_doc: FetchDoc) -> FetchDoc:
    """`fetch_doc` that fails at once for a host that was already unreachable in this
    feed, so a feed of 50 links to a dead site costs one timeout, not 50."""
    dead: dict[str, str] = {}

    def fetch(url: str, source: str) -> Document:
        host = urlsplit(url).netloc
        if host in dead:
            raise InputError(f"{dead[host]} (as for an earlier item on the same host)", source=url)
        try:
            return fetch_doc(url, source)
        except UnreachableError as exc:
            dead[host] = exc.reason
            raise
    return fetch


def _parse(data: bytes, declared: str | None):
    text = to_text(data, declared)
    text = re.sub(r"^\s*<\?xml[^>]*\?>", "", text)     # the prolog's encoding no longer applies
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True,
                             load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(f"the feed is not well-formed XML: {exc}") from None
    if root is None:
        raise InputError("the feed is not XML that can be read")
    return root


def _item(item, number: int, source: str, outlet: str | None,
          fetch_doc: FetchDoc | None) -> Document | Failure:
    locator = f"item {number}"
    item_source = f"{source}#record={number}"
    hints = {"title": _child_text(item, ("title",)), "published": _item_date(item),
             "url": _link(item), "outlet": outlet}
    hints = {key: value for key, value in hints.items() if value}
    body = _content(item)
    words = len(_WORD.findall(_MARKUP.sub(" ", body)))
    if words >= ARTICLE_MIN_WORDS:
        content_type = HTML_TYPE if _MARKUP.search(body) else TEXT_TYPE
        if content_type == HTML_TYPE:
            body = f"<html><body><article>{body}</article></body></html>"
        return Document(source=item_source, original=body, format="feed", url=hints.get("url"),
                        hints={**hints, "content_type": content_type}, read_at=now_iso())
    link = hints.get("url")
    if not link or not is_url(link) or fetch_doc is None:
        return Failure(source, f"the item holds only {words} words (a teaser) and no http(s) "
                               "link to fetch the article from", locator)
    try:
        doc = fetch_doc(link, item_source)
    except InputError as exc:
        return Failure(source, f"cannot fetch the item's link {link}: {exc.reason}", locator)
    doc.format = "feed"
    doc.hints = {**hints, **doc.hints, "url": doc.url or link}
    return doc


def _content(item) -> str:
    """The longest of the item's content elements, as HTML or text."""
    best = ""
    for child in item:
        if _local(child) in _CONTENT_TAGS:
            value = _element_html(child)
            if len(value) > len(best):
                best = value
    return best.strip()


def _element_html(element) -> str:
    """Atom xhtml content is child elements; everything else is (escaped) text."""
    if len(element):
        parts = [element.text or ""]
        parts += [etree.tostring(child, encoding="unicode", with_tail=True) for child in element]
        return re.sub(r'\sxmlns(?::\w+)?="[^"]*"', "", "".join(parts))
    return element.text or ""


def _channel_title(root) -> str | None:
    channel = next((el for el in root.iter() if _local(el) == "channel"), None)
    return _child_text(channel if channel is not None else root, ("title",))


def _link(item) -> str | None:
    for child in item:
        if _local(child) != "link":
            continue
        href = child.get("href")
        if href and child.get("rel") in (None, "alternate"):
            return href.strip()
        if not href and (child.text or "").strip():
            return child.text.strip()
    guid = _child_text(item, ("guid", "id"))
    return guid if guid and is_url(guid) else None


def _item_date(item) -> str | None:
    raw = _child_text(item, _DATE_TAGS)
    return iso_date(raw) if raw else None


def iso_date(raw: str) -> str:
    """RFC 822 (RSS) or ISO 8601 (Atom) as YYYY-MM-DD in the feed's own time zone."""
    raw = raw.strip()
    try:
        return parsedate_to_datetime(raw).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    try:
        return datetime.fromisoformat(raw.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return raw


def _child_text(element, names: tuple[str, ...]) -> str | None:
    if element is None:
        return None
    for name in names:
        for child in element:
            if _local(child) == name and (child.text or "").strip():
                return child.text.strip()
    return None


def _local(element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""
