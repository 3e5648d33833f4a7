"""One opened input → Documents and Failures, by format.

`read_opened` sniffs the head, unwraps gzip, refuses binary data, then hands the
stream to the reader for its format. Single-document formats (text, HTML, feeds)
are read whole, up to `max_bytes`; containers (JSON Lines, WARC) are streamed, so
their size is not limited and a damaged line or record costs only that line or record.
"""
from __future__ import annotations

import gzip
import io
import json
import re
import zlib
from datetime import datetime, timezone
from typing import Any, Callable, Iterator

from concord.document import Document, Failure
from concord.errors import EmptyInputError, InputError, UnsupportedInputError
from concord.ingest import sniff
from concord.ingest.decode import bom_encoding, charset_from_content_type, decode_bytes, \
    repair_text, to_text
from concord.ingest.streams import Opened, read_limited, split_head, too_large

HTML_TYPE, TEXT_TYPE = "text/html", "text/plain"
READS = "Concord reads plain text, HTML, JSON Lines, WARC/WET and RSS/Atom feeds"
JSONL_HINTS = ("url", "title", "published", "outlet", "author", "language")
Item = Document | Failure
FetchDoc = Callable[[str, str], Document]      # (url, source) → Document, for feed links

# Everything a reader does not see, from the start of a page: invisible blocks (head,
# scripts, styles, templates, SVG, comments), tags, white space and non-breaking
# spaces. Where one match of it stops, the page's first visible character is. The
# blocks are written as "unrolled loops" (runs of [^<] between checks) rather than
# lazy ".*?", which makes skipping a 1 MB head or inline script ten times faster.
_INVISIBLE_TAGS = ("head", "script", "style", "noscript", "template", "svg")
_UNSEEN = re.compile(
    r"(?:<!--[^-]*(?:-(?!->)[^-]*)*-->|"
    + "|".join(rf"<{tag}\b[^<]*(?:<(?!/{tag}\s*>)[^<]*)*</{tag}\s*>" for tag in _INVISIBLE_TAGS)
    + r"|<[^>]*>|\s+|&nbsp;|&#160;)*", re.IGNORECASE)


def now_iso() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def read_opened(opened: Opened, source: str, max_bytes: int,
                fetch_doc: FetchDoc | None = None) -> Iterator[Item]:
    """Every Document and Failure in one opened input; InputError when it is unreadable."""
    head, stream = split_head(opened.stream, sniff.HEAD)
    if not head.strip():
        raise EmptyInputError("empty input: nothing to read")
    name = opened.name
    if sniff.is_gzip(head):
        if sniff.gunzip_head(head).startswith(b"WARC/"):
            from concord.ingest.warc import read_warc
            yield from read_warc(stream, source, max_bytes)
            return
        opened = Opened(gzip.GzipFile(fileobj=stream), sniff.strip_gz(name),
                        None, opened.content_type, opened.url)
        try:
            head, stream = split_head(opened.stream, sniff.HEAD)
        except (EOFError, OSError, zlib.error) as exc:
            raise InputError(f"damaged or truncated gzip data: {exc}") from None
        if not head.strip():
            raise EmptyInputError("empty input: the gzip file holds nothing")
    kind = sniff.binary_kind(head)
    if kind:
        raise UnsupportedInputError(f"binary data ({kind}), not an article; {READS}")
    fmt = sniff.detect_format(head, opened.name, opened.content_type)
    if fmt == "warc":
        from concord.ingest.warc import read_warc
        yield from read_warc(stream, source, max_bytes)
    elif fmt == "jsonl" and _json_document(head, opened.name):
        yield from read_json_document(_read_whole(stream, opened, max_bytes), source)
    elif fmt == "jsonl":
        yield from read_jsonl(stream, source, max_bytes, utf16=_utf16(head))
    else:
        data = _read_whole(stream, opened, max_bytes)
        if fmt == "feed":
            from concord.ingest.feeds import read_feed
            yield from read_feed(data, source, opened, fetch_doc)
        else:
            yield single_document(data, fmt, source, opened)


def _read_whole(stream, opened: Opened, max_bytes: int) -> bytes:
    what = "the file" if opened.url is None else "the page"
    if opened.size is not None and opened.size > max_bytes:
        raise too_large(what, opened.size, max_bytes)
    try:
        return read_limited(stream, max_bytes, what)
    except (EOFError, zlib.error) as exc:
        raise InputError(f"damaged or truncated gzip data: {exc}") from None


def single_document(data: bytes, fmt: str, source: str, opened: Opened) -> Document:
    """A text or HTML input as one Document; EmptyInputError when nothing is in it."""
    text = to_text(data, charset_from_content_type(opened.content_type))
    if not text.strip():
        raise EmptyInputError("empty input: only white space")
    if fmt == "html":
        check_html_body(text)
    return Document(source=source, original=text, format=fmt, url=opened.url,
                    hints={"content_type": HTML_TYPE if fmt == "html" else TEXT_TYPE},
                    read_at=now_iso())


def check_html_body(html: str) -> None:
    """EmptyInputError for a page whose body shows no text at all."""
    if _UNSEEN.match(html).end() == len(html):
        raise EmptyInputError("HTML page has no body text (only markup, scripts or a head)")


def read_jsonl(stream, source: str, max_bytes: int, utf16: str | None = None) -> Iterator[Item]:
    """One Document per line holding an article; a Failure per bad line, the rest read."""
    lines = _text_lines(stream, utf16) if utf16 else stream
    number = 0
    while True:
        try:
            raw = lines.readline(max_bytes + 1)
        except (EOFError, OSError, zlib.error) as exc:
            yield Failure(source, f"damaged or truncated data after line {number}; lines "
                                  f"before it were read ({exc})", f"line {number + 1}")
            return
        if not raw:
            return
        number += 1
        if len(raw) > max_bytes:
            _skip_line(lines)
            yield Failure(source, str(too_large("the line", None, max_bytes)), f"line {number}")
            continue
        line = raw if isinstance(raw, str) else decode_bytes(raw)
        if line.strip():
            yield _json_line(line, source, number)


def _json_line(line: str, source: str, number: int) -> Item:
    locator = f"line {number}"
    try:
        record = json.loads(line)
    except ValueError as exc:
        where = f" at column {exc.colno}" if isinstance(exc, json.JSONDecodeError) else ""
        return Failure(source, f"invalid JSON{where}: {getattr(exc, 'msg', exc)}; each line must "
                               "be one JSON object", locator)
    return _json_record(record, source, locator, f"{source}#line={number}")


def read_json_document(data: bytes, source: str) -> Iterator[Item]:
    """A whole JSON file: one article object, or an array of them (``path#record=N``)."""
    try:
        value = json.loads(decode_bytes(data))
    except ValueError as exc:
        raise InputError(f"invalid JSON: {exc}; give one article object, an array of them, "
                         "or JSON Lines") from None
    if isinstance(value, dict):
        yield _json_record(value, source, None, source)
        return
    if not isinstance(value, list):
        raise UnsupportedInputError(f"a JSON {type(value).__name__}, not an article object or an "
                                    "array of them")
    for number, record in enumerate(value, 1):
        yield _json_record(record, source, f"record {number}", f"{source}#record={number}")


def _json_record(record: Any, source: str, locator: str | None, doc_source: str) -> Item:
    """The Document in one JSON object with "text" or "html", or a Failure saying why not."""
    if not isinstance(record, dict):
        return Failure(source, f"a JSON {type(record).__name__}, not an object with 'text' or "
                               "'html'", locator)
    body, content_type = _jsonl_body(record)
    if body is None:
        return Failure(source, "no 'text' or 'html' field with a string value; each article "
                               "needs one of them", locator)
    body = repair_text(body)
    if not body.strip():
        return Failure(source, "the article field is empty", locator)
    if content_type == HTML_TYPE:
        try:
            check_html_body(body)
        except EmptyInputError as exc:
            return Failure(source, exc.reason, locator)
    hints: dict[str, Any] = {k: record[k] for k in JSONL_HINTS if record.get(k) not in (None, "")}
    hints["content_type"] = content_type
    url = hints.get("url") if isinstance(hints.get("url"), str) else None
    return Document(source=doc_source, original=body, format="jsonl", url=url,
                    hints=hints, read_at=now_iso())


def _json_document(head: bytes, name: str) -> bool:
    """A JSON file that is not JSON Lines: it opens an array, or it is a .json file whose
    first line is not a whole object (pretty-printed)."""
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff \t\r\n")
    if text.startswith("["):
        return True
    return name.lower().endswith(".json") and not sniff.first_line_is_json_object(text)


def _jsonl_body(record: dict) -> tuple[str | None, str]:
    if isinstance(record.get("text"), str):
        return record["text"], TEXT_TYPE
    if isinstance(record.get("html"), str):
        return record["html"], HTML_TYPE
    return None, TEXT_TYPE


def _utf16(head: bytes) -> str | None:
    """The codec for JSON Lines in UTF-16/32 (their BOM says which), else None."""
    encoding = bom_encoding(head) or ""
    return encoding[:6] if encoding.startswith(("utf-16", "utf-32")) else None


def _text_lines(stream, encoding: str):
    return io.TextIOWrapper(stream, encoding=encoding, errors="replace", newline=None)


def _skip_line(lines) -> None:
    """Read on to the end of an over-long line without keeping it."""
    while True:
        chunk = lines.readline(1 << 16)
        if not chunk or chunk[-1:] in ("\n", b"\n"):
            return
