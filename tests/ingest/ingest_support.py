"""Helpers for the reader tests (imported as `ingest_support`; conftest.py puts this folder
on sys.path): a handler serving the fixtures over HTTP, settings, a WARC builder."""
from __future__ import annotations

import io
import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from concord.document import Document, Failure
from concord.settings import load_settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "ingest"


def settings(**overrides):
    return load_settings(overrides)


def split(items):
    """(documents, failures) from what iter_inputs yielded."""
    items = list(items)
    assert all(isinstance(i, (Document, Failure)) for i in items)
    return [i for i in items if isinstance(i, Document)], [i for i in items if isinstance(i, Failure)]


class Handler(BaseHTTPRequestHandler):
    """Serves FIXTURES with {{BASE}} replaced by the server's own address; a few
    special paths act out what real servers do wrong."""

    def do_GET(self):  # noqa: N802 (http.server's naming)
        path = self.path.split("?")[0]
        if path == "/slow.html":
            time.sleep(3)
        if path.startswith("/status/"):
            self.send_error(int(path.rsplit("/", 1)[1]))
            return
        if path == "/latin1.html":
            body = "<html><body><p>Caf\u00e9 talks in Hu\u00e9 ended.</p></body></html>".encode("cp1252")
            return self._send(body, "text/html; charset=ISO-8859-1")
        file = FIXTURES / path.lstrip("/")
        if not file.is_file():
            self.send_error(404)
            return
        body = file.read_bytes().replace(b"{{BASE}}", self.server.base.encode())
        kind = {"xml": "application/rss+xml", "html": "text/html; charset=utf-8"}.get(
            file.suffix.lstrip("."), "application/octet-stream")
        self._send(body, kind)

    def _send(self, body: bytes, content_type: str):
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):  # keep test output quiet
        pass


def warc_bytes(pages: list[tuple[str, str]], gzip: bool = True, extra: bool = True,
               charset: str = "utf-8") -> bytes:
    """A WARC with an HTML response per (url, html), plus a request and a metadata record."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    for url, html in pages:
        if extra:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.invalid")],
                                       is_http_request=True)
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(html.encode(charset)), http_headers=headers))
        if extra:
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(b"via: test"),
                warc_content_type="application/warc-fields"))
    return buffer.getvalue()
