"""WARC and WET files (plain or gzip per record), streamed with warcio.

Articles come from HTML ``response``/``resource`` records with a 2xx status
(format ``warc``) and from WET ``conversion`` records (format ``wet``); requests,
metadata, warcinfo, revisits, redirects and non-HTML responses are not articles
and are passed over. Records are numbered from 1 in file order, all types
counted, so ``crawl.warc.gz#record=4`` is the fourth record of the file.

warcio does not notice every kind of damage: a truncated gzip member just ends the
iteration, and a truncated plain record just comes out short. So we count the
bytes each record should have and the bytes the file really holds; whatever no
complete record accounts for becomes a Failure after the records read before it.
"""
from __future__ import annotations

import contextlib
import io
import zlib
from typing import BinaryIO, Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from concord.document import Document, Failure
from concord.errors import EmptyInputError
from concord.ingest import sniff
from concord.ingest.decode import charset_from_content_type, to_text
from concord.ingest.readers import HTML_TYPE, TEXT_TYPE, check_html_body, now_iso
from concord.ingest.streams import CountingReader, too_large

_ARTICLE_TYPES = ("response", "resource", "conversion")
_HTML_MEDIA = ("text/html", "application/xhtml+xml")
_DAMAGE = (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError)


def read_warc(stream: BinaryIO, source: str, max_bytes: int) -> Iterator[Document | Failure]:
    """Documents from a WARC/WET stream; Failures for bad records and for damage."""
    counter = CountingReader(stream)
    records = ArchiveIterator(counter)
    number, good_end = 0, 0
    try:
        while (record := _quietly(next, records, None)) is not None:
            number += 1
            item = _quietly(_record_item, record, source, number, max_bytes)
            missing = _quietly(_missing_bytes, record)
            if missing:
                yield Failure(source, f"record {number} is truncated: {missing} of its bytes are "
                                      "missing; the records before it were read", f"record {number}")
                return
            if item is not None:
                yield item
            _quietly(records.get_record_offset)   # finishes the record: the offset is its end
            good_end = records.offset
    except _DAMAGE as exc:
        yield Failure(source, f"damaged WARC data after record {number} ({_short(exc)}); the "
                              "records before it were read", f"record {number + 1}")
        return
    counter.rest()
    if counter.count > good_end:
        read = "the records before it were read" if number else "no record could be read"
        yield Failure(source, f"the WARC ends in {counter.count - good_end} bytes of damaged or "
                              f"truncated data after record {number}; {read}", f"record {number + 1}")


def _quietly(function, *args):
    """Call into warcio with stderr silenced: it writes warnings about damaged records
    there, and the library must not print (the damage becomes a Failure instead).
    Never held across a yield, so the consumer's own output is untouched."""
    with contextlib.redirect_stderr(io.StringIO()):
        return function(*args)


def _record_item(record, source: str, number: int, max_bytes: int) -> Document | Failure | None:
    """The Document in one record, a Failure for a bad article record, None for the rest."""
    kind = record.rec_type
    if kind not in _ARTICLE_TYPES:
        return None
    content_type = _content_type(record)
    media = content_type.split(";")[0].strip().lower()
    if kind == "conversion":
        fmt = "wet"
    elif media in _HTML_MEDIA and _status_ok(record):
        fmt = "warc"
    else:
        return None
    locator = f"record {number}"
    if record.length and record.length > max_bytes:
        return Failure(source, str(too_large("the record", record.length, max_bytes)), locator)
    body = record.content_stream().read()
    if sniff.binary_kind(body[:sniff.HEAD]):
        return Failure(source, "the record holds binary data, not an article", locator)
    text = to_text(body, charset_from_content_type(content_type))
    try:
        if not text.strip():
            raise EmptyInputError("the record is empty")
        if fmt == "warc":
            check_html_body(text)
    except EmptyInputError as exc:
        return Failure(source, exc.reason, locator)
    return Document(source=f"{source}#record={number}", original=text, format=fmt,
                    url=record.rec_headers.get_header("WARC-Target-URI"),
                    hints=_hints(record, fmt, content_type), read_at=now_iso())


def _content_type(record) -> str:
    if record.rec_type == "response" and record.http_headers is not None:
        return record.http_headers.get_header("Content-Type") or ""
    return record.rec_headers.get_header("Content-Type") or ""


def _status_ok(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return True
    status = record.http_headers.get_statuscode() or ""
    return status.startswith("2")


def _hints(record, fmt: str, content_type: str) -> dict:
    headers = record.rec_headers
    hints = {
        "content_type": HTML_TYPE if fmt == "warc" else TEXT_TYPE,
        "warc_date": headers.get_header("WARC-Date"),
        "warc_record_id": headers.get_header("WARC-Record-ID"),
        "warc_type": record.rec_type,
        "http_content_type": content_type or None,
        "refers_to": headers.get_header("WARC-Refers-To"),
    }
    if record.http_headers is not None and record.rec_type == "response":
        hints["http_status"] = record.http_headers.get_statuscode()
        hints["last_modified"] = record.http_headers.get_header("Last-Modified")
    return {key: value for key, value in hints.items() if value}


def _missing_bytes(record) -> int:
    """Bytes the record's Content-Length promised that the file did not hold."""
    raw = record.raw_stream
    while raw.read(1 << 16):
        pass
    return getattr(raw, "limit", 0) or 0


def _short(exc: Exception) -> str:
    """The error in a few printable words (warcio quotes the damaged bytes themselves)."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = text.split(", first line:")[0]
    return "".join(c if c.isprintable() and c.isascii() else "?" for c in text)[:120]
