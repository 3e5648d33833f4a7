"""Reading inputs: paths, globs, directories, stdin and URLs → decoded Documents.

    from concord.ingest import iter_inputs
    for item in iter_inputs(["examples/", "https://example.org/feed.xml", "-"]):
        if isinstance(item, Failure): ...   # item.source, item.reason, item.locator
        else: ...                            # a Document: source, original, format, url, hints, read_at

The public surface is `iter_inputs`, `read_bytes` (the same readers over bytes already
in memory, for runners that ship file contents to workers) and `Failure`, re-exported.
Neither raises for a bad input: each unreadable file, URL, line or record becomes a
`Failure(source, reason, locator)` and the batch goes on.

Arguments: files; directories (recursively, names sorted, hidden files and folders
skipped); glob patterns (``**`` allowed); ``-`` for standard input; http(s) URLs
(fetched with `fetch_timeout`).

Formats, found from the content first and the name second (`sniff`):

    txt    plain text                          one Document
    html   HTML page                           one Document (a page with no body text fails)
    jsonl  JSON Lines, one article a line      Document per line with "text" or "html";
           (.jsonl, .ndjson; gzip too)         url/title/published/outlet/author/language
                                               → hints; source "path#line=N". A whole
                                               JSON file (an article object, or an array
                                               of them: "path#record=N") is read too
    warc   WARC (plain or .gz)                 Document per 2xx HTML response record,
                                               format "warc", url = WARC-Target-URI,
                                               hints["warc_date"]; source "path#record=N"
    wet    WET conversion records              as warc, format "wet", plain text
    feed   RSS 2.0 / RSS 1.0 / Atom            Document per item, from its content when it
                                               holds the article, else from its fetched link;
                                               hints title/published/url/outlet; "path#record=N"

Every Document gets ``hints["content_type"]``: ``text/html`` when `original` is
markup to clean as a page, ``text/plain`` when it is text. Decoding (`decode`):
BOM, declared charsets, UTF-8, charset-normalizer, cp1252; mojibake repaired,
NFC, line ends unified; nothing visible changed.

Limits: single-document formats (text, HTML, feeds, whole JSON files) larger than
`max_bytes` are refused without being read whole; JSON Lines and WARC are streamed,
so only a single line or record is bounded by it.

Every reason in a Failure says what was wrong and, where it helps, what to do; the
locator names the line ("line 12"), record ("record 3") or feed item ("item 2").
"""
from __future__ import annotations

import io
import os
from typing import Iterable, Iterator

from concord.document import Document, Failure
from concord.errors import InputError
from concord.ingest import sniff
from concord.ingest.fetch import open_url
from concord.ingest.readers import read_opened, single_document
from concord.ingest.sources import Target, expand, open_target
from concord.ingest.streams import Opened, read_limited, split_head, too_large

__all__ = ["iter_inputs", "read_bytes", "Failure"]

# Transport errors while reading a stream that was opened fine (a dropped connection,
# a disk error, a timeout in the middle of a download).
_READ_ERRORS = (OSError, EOFError)


def iter_inputs(paths: Iterable[str], settings=None) -> Iterator[Document | Failure]:
    """Every Document in `paths`, in order, and a Failure for each input that cannot be read."""
    settings = _settings(settings)
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]          # one path, not the characters of one path
    for target in expand(paths):
        if isinstance(target, Failure):
            yield target
            continue
        yield from _read_target(target, settings)


def read_bytes(source: str, data: bytes, settings=None) -> Iterator[Document | Failure]:
    """The Documents in one input held in memory, read as `iter_inputs` reads a file
    named `source` (its name still counts for the format). Feed items are not fetched."""
    max_bytes = int(_settings(settings).max_bytes)
    opened = Opened(io.BytesIO(data), name=source, size=len(data))
    try:
        yield from read_opened(opened, source, max_bytes)
    except InputError as exc:
        yield Failure(source, exc.reason, exc.locator)
    except _READ_ERRORS as exc:
        yield Failure(source, f"reading stopped: {exc}")
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop the batch
        yield Failure(source, _unexpected(exc))


def _unexpected(exc: Exception) -> str:
    return (f"unexpected {type(exc).__name__} while reading: {exc}; the input may be damaged "
            "(please report it if it is not)")


def _settings(settings):
    if settings is None:
        from concord.settings import load_settings
        return load_settings()
    return settings


def _read_target(target: Target, settings) -> Iterator[Document | Failure]:
    timeout, max_bytes = float(settings.fetch_timeout), int(settings.max_bytes)

    def fetch_doc(url: str, source: str) -> Document:
        return _fetch_document(url, source, timeout, max_bytes)

    try:
        opened = open_target(target, timeout)
    except InputError as exc:
        yield Failure(exc.source or target.source, exc.reason, exc.locator)
        return
    try:
        yield from read_opened(opened, target.source, max_bytes, fetch_doc)
    except InputError as exc:
        yield Failure(target.source, exc.reason, exc.locator)
    except _READ_ERRORS as exc:
        yield Failure(target.source, f"reading stopped: {exc}; check the file or connection")
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop the batch
        yield Failure(target.source, _unexpected(exc))
    finally:
        if target.kind != "stdin":
            opened.stream.close()


def _fetch_document(url: str, source: str, timeout: float, max_bytes: int) -> Document:
    """A feed item's linked page as one Document (a text or HTML page, not a container)."""
    opened = open_url(url, timeout)
    try:
        if opened.size is not None and opened.size > max_bytes:
            raise too_large("the page", opened.size, max_bytes)
        head, stream = split_head(opened.stream, sniff.HEAD)
        kind = sniff.binary_kind(head)
        if kind:
            raise InputError(f"{kind}, not an article")
        fmt = sniff.detect_format(head, opened.name, opened.content_type)
        data = read_limited(stream, max_bytes, "the page")
    except _READ_ERRORS as exc:
        raise InputError(f"reading stopped: {exc}") from None
    finally:
        opened.stream.close()
    return single_document(data, "html" if fmt != "txt" else "txt", source, opened)
