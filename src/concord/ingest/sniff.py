"""Which reader an input needs, from its first bytes and its name.

Content decides when it is unambiguous (a gzip or WARC header, an RSS/Atom root, an
HTML doctype, a known binary signature); the extension decides otherwise; plain
text is the default. So a feed saved as ``.txt`` is still read as a feed, and an
article saved without an extension is still read.
"""
from __future__ import annotations

import json
import os
import re
import zlib
from urllib.parse import urlsplit

from concord.ingest.decode import bom_encoding, looks_utf16

HEAD = 65536    # bytes looked at to decide

# File signatures of things that are certainly not articles, with a name for the message.
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"), (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"), (b"GIF89a", "GIF image"), (b"RIFF", "RIFF media file"),
    (b"PK\x03\x04", "ZIP archive"), (b"PK\x05\x06", "ZIP archive"), (b"%PDF-", "PDF document"),
    (b"\x7fELF", "executable"), (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"), (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"), (b"SQLite format 3\x00", "SQLite database"),
    (b"\xd0\xcf\x11\xe0", "Microsoft Office document"), (b"OggS", "Ogg media file"),
    (b"ID3", "MP3 audio"), (b"wOFF", "web font"), (b"wOF2", "web font"),
)
_SIGNATURE_STARTS = tuple(signature for signature, _ in _SIGNATURES)
_GZIP = b"\x1f\x8b"
# Control bytes that text never holds (tab, newlines, form feed and escape are allowed).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))

_EXTENSIONS = {
    ".txt": "txt", ".text": "txt", ".md": "txt",
    ".html": "html", ".htm": "html", ".xhtml": "html", ".shtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".wet": "warc", ".arc": "warc",
    ".rss": "feed", ".atom": "feed", ".xml": "feed",
}
_CONTENT_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "txt",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
    "application/x-ndjson": "jsonl", "application/jsonl": "jsonl", "application/warc": "warc",
}

_FEED_ROOT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*|<\?[^>]*>\s*|<!DOCTYPE[^>]*>\s*)*"
                        r"<(?:rss|feed|rdf:RDF)\b", re.DOTALL)
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                         re.IGNORECASE | re.DOTALL)
_JSON_ARRAY = re.compile(r"^\ufeff?\s*\[\s*\{")
_HTML_TAGS = re.compile(r"<(?:body|head|div|p|article|title|meta|span|section|main|h[1-6])\b[^>]*>",
                        re.IGNORECASE)


def binary_kind(head: bytes) -> str | None:
    """A name for binary data ('PNG image', 'binary data'), or None for text."""
    if head.startswith(_SIGNATURE_STARTS):
        return next(name for signature, name in _SIGNATURES if head.startswith(signature))
    if bom_encoding(head) or looks_utf16(head):
        return None
    sample = head[:8192]
    if b"\x00" in sample:
        return "binary data"
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return "binary data" if sample and controls / len(sample) > 0.05 else None


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP)


def gunzip_head(head: bytes) -> bytes:
    """As much of the decompressed start of a gzip stream as `head` gives."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, HEAD)
    except zlib.error:
        return b""


def strip_gz(name: str) -> str:
    return name[:-3] if name.lower().endswith(".gz") else name


def extension_format(name: str) -> str | None:
    """The format a file name or URL path suggests (``.warc.gz`` → warc)."""
    path = urlsplit(name).path if "://" in name else name
    suffix = os.path.splitext(strip_gz(path).lower())[1]
    return _EXTENSIONS.get(suffix)


def content_type_format(content_type: str | None) -> str | None:
    media = (content_type or "").split(";")[0].strip().lower()
    return _CONTENT_TYPES.get(media)


def detect_format(head: bytes, name: str = "", content_type: str | None = None) -> str:
    """One of warc, feed, html, jsonl, txt for (uncompressed) bytes that are text."""
    if head.startswith(b"WARC/") or head.startswith(b"\r\nWARC/"):
        return "warc"
    text = _ascii_view(head)
    if _FEED_ROOT.match(text):
        return "feed"
    if _HTML_START.match(text):
        return "html"
    if _JSON_ARRAY.match(text):
        return "jsonl"          # a JSON array of articles: readers.read_json_document
    by_name = extension_format(name) or content_type_format(content_type)
    if by_name in ("warc", "feed", "html", "jsonl"):
        return by_name
    if first_line_is_json_object(text):
        return "jsonl"
    if by_name is None and len(_HTML_TAGS.findall(text[:HEAD])) >= 2:
        return "html"
    return "txt"


def _ascii_view(head: bytes) -> str:
    """The head as text for pattern checks, whatever its encoding (UTF-16 included)."""
    encoding = bom_encoding(head) or looks_utf16(head)
    if encoding:
        return head.decode(encoding, errors="ignore").lstrip("\ufeff")
    return head.decode("latin-1")


def first_line_is_json_object(text: str) -> bool:
    line = text.lstrip("\ufeff \t\r\n").split("\n", 1)[0].strip()
    if not line.startswith("{"):
        return False
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False
