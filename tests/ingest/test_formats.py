"""Each reader on small inputs written for these tests."""
from __future__ import annotations

import gzip
import io
import json
from datetime import datetime

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from concord.ingest import iter_inputs
from ingest_support import FIXTURES, settings, split, warc_bytes

PAGE = ("<!DOCTYPE html><html><head><title>{t}</title></head><body><nav>Home | World</nav>"
        "<article><p>{t}. The delegates met in the old town hall and signed the minutes.</p>"
        "</article></body></html>")


def test_plain_text_file(tmp_path):
    path = tmp_path / "note.txt"
    path.write_text("BANGKOK — Officials met on Friday.\n\nThey will meet again.", encoding="utf-8")
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert failures == []
    [doc] = docs
    assert (doc.format, doc.source, doc.url) == ("txt", str(path), None)
    assert doc.original == "BANGKOK — Officials met on Friday.\n\nThey will meet again."
    assert doc.hints["content_type"] == "text/plain"
    assert datetime.fromisoformat(doc.read_at).utcoffset().total_seconds() == 0


def test_html_file_keeps_the_page_whole():
    docs, failures = split(iter_inputs([str(FIXTURES / "page.html")], settings()))
    assert failures == []
    [doc] = docs
    assert doc.format == "html" and doc.hints["content_type"] == "text/html"
    # the reader decodes; the cleaner removes furniture, so the nav and footer are still here
    assert "<nav>" in doc.original and "12 Lane Xang Avenue" in doc.original
    assert "“Hourly numbers save lives downstream,”" in doc.original


def test_html_is_found_by_content_whatever_the_extension(tmp_path):
    path = tmp_path / "saved_page"
    path.write_text(PAGE.format(t="Port reopens"), encoding="utf-8")
    [doc] = list(iter_inputs([str(path)], settings()))
    assert doc.format == "html"


def test_json_lines_hints_and_line_numbers():
    docs, failures = split(iter_inputs([str(FIXTURES / "articles.jsonl")], settings()))
    path = str(FIXTURES / "articles.jsonl")
    assert [d.source for d in docs] == [f"{path}#line=1", f"{path}#line=3"]
    first, second = docs
    assert first.hints["title"] == "Customs forms compared"
    assert first.hints["published"] == "2024-02-12" and first.hints["outlet"] == "Paddy Post"
    assert first.url == "https://paddy.example.invalid/customs"
    assert first.original.startswith("HANOI — Trade officials") and "\n\nThey agreed" in first.original
    assert first.hints["content_type"] == "text/plain"
    assert second.hints["content_type"] == "text/html" and "<p>YANGON" in second.original
    assert second.url is None
    assert sorted(f.locator for f in failures) == ["line 2", "line 5"]


def test_gzipped_json_lines(tmp_path):
    lines = [json.dumps({"text": f"Article {n} about a river treaty.", "title": f"T{n}"}) for n in range(30)]
    path = tmp_path / "batch.jsonl.gz"
    path.write_bytes(gzip.compress("\n".join(lines).encode("utf-8")))
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert failures == [] and len(docs) == 30
    assert docs[29].source == f"{path}#line=30" and docs[29].hints["title"] == "T29"


def test_warc_html_responses_become_documents(tmp_path):
    pages = [(f"https://news.example.invalid/{n}", PAGE.format(t=f"Story {n}")) for n in range(3)]
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(warc_bytes(pages))
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert failures == []
    assert [d.url for d in docs] == [url for url, _ in pages]
    # request, response, metadata per page: responses are records 2, 5 and 8
    assert [d.source for d in docs] == [f"{path}#record={n}" for n in (2, 5, 8)]
    assert all(d.format == "warc" and d.hints["warc_date"] for d in docs)
    assert "Story 1. The delegates" in docs[1].original


def test_uncompressed_warc_and_its_declared_charset(tmp_path):
    html = PAGE.format(t="Caf\u00e9 diplomacy in Hu\u00e9")
    path = tmp_path / "crawl.warc"
    path.write_bytes(warc_bytes([("https://x.example.invalid/a", html)], gzip=False, charset="cp1252"))
    [doc] = list(iter_inputs([str(path)], settings()))
    assert "Café diplomacy in Hué" in doc.original


def test_warc_skips_redirects_and_images(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for status, kind, body in (("301 Moved", "text/html", b"<p>moved</p>"),
                               ("200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
                               ("200 OK", "text/html", PAGE.format(t="Kept").encode())):
        headers = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.example.invalid/", "response",
                                                      payload=io.BytesIO(body), http_headers=headers))
    path = tmp_path / "mixed.warc.gz"
    path.write_bytes(buffer.getvalue())
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert failures == [] and [d.source for d in docs] == [f"{path}#record=3"]


def test_wet_conversion_records(tmp_path):
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for n in range(2):
        record = writer.create_warc_record(
            f"https://y.example.invalid/{n}", "conversion",
            payload=io.BytesIO(f"Plain text of story {n}.\nSecond line.".encode()),
            warc_content_type="text/plain")
        writer.write_record(record)
    path = tmp_path / "crawl.warc.wet.gz"
    path.write_bytes(buffer.getvalue())
    docs, failures = split(iter_inputs([str(path)], settings()))
    assert failures == []
    assert [(d.format, d.url) for d in docs] == [("wet", "https://y.example.invalid/0"),
                                                 ("wet", "https://y.example.invalid/1")]
    assert docs[0].original == "Plain text of story 0.\nSecond line."
    assert docs[0].hints["content_type"] == "text/plain"


def test_atom_feed_from_a_file():
    docs, failures = split(iter_inputs([str(FIXTURES / "atom.xml")], settings()))
    [doc] = docs
    assert doc.format == "feed" and doc.url == "https://harbour.example.invalid/port-talks"
    assert doc.hints["published"] == "2023-09-05" and doc.hints["outlet"] == "Harbour Notes"
    assert doc.hints["title"] == "Port talks resume in Sihanoukville"
    assert "<p>Port officials met shipping firms" in doc.original
    assert doc.source.endswith("atom.xml#record=1")
    # the second entry is a teaser whose link is not http(s): nothing to fetch
    [failure] = failures
    assert failure.locator == "item 2" and "teaser" in failure.reason


def test_rss_1_0_rdf_feed_and_a_declared_cp1252_prolog(tmp_path):
    long = " ".join(["The river commission published new flood maps for the delta provinces."] * 15)
    feed = ('<?xml version="1.0" encoding="windows-1252"?>\n'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            'xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            '<channel rdf:about="https://r.example.invalid/"><title>Caf\u00e9 Wire</title></channel>'
            '<item rdf:about="https://r.example.invalid/1"><title>Maps \u2013 2024</title>'
            '<link>https://r.example.invalid/1</link><dc:date>2024-06-02T08:00:00+07:00</dc:date>'
            f'<description>{long}</description></item></rdf:RDF>')
    path = tmp_path / "wire.rdf"
    path.write_bytes(feed.encode("cp1252"))
    [doc] = list(iter_inputs([str(path)], settings()))
    assert doc.format == "feed" and doc.hints["outlet"] == "Caf\u00e9 Wire"
    assert doc.hints["title"] == "Maps \u2013 2024" and doc.hints["published"] == "2024-06-02"
    assert doc.hints["content_type"] == "text/plain" and doc.original.startswith("The river commission")


def test_utf32_json_lines(tmp_path):
    path = tmp_path / "wide32.jsonl"
    path.write_bytes('{"text": "Hội nghị"}\n'.encode("utf-32"))
    [doc] = list(iter_inputs([str(path)], settings()))
    assert doc.original == "Hội nghị"


def test_large_warc_is_streamed_past_max_bytes(tmp_path):
    pages = [(f"https://w.example.invalid/{n}", PAGE.format(t=f"Story {n}")) for n in range(20)]
    path = tmp_path / "big.warc"
    path.write_bytes(warc_bytes(pages, gzip=False))
    assert path.stat().st_size > 5000
    docs, failures = split(iter_inputs([str(path)], settings(max_bytes=5000)))
    assert failures == [] and len(docs) == 20


def test_read_bytes_reads_like_a_file():
    from concord.ingest import read_bytes
    data = (FIXTURES / "articles.jsonl").read_bytes()
    docs, failures = split(read_bytes("batch.jsonl", data, settings()))
    assert [d.source for d in docs] == ["batch.jsonl#line=1", "batch.jsonl#line=3"]
    assert len(failures) == 2
    [failure] = list(read_bytes("x.png", b"\x89PNG\r\n\x1a\n\x00", settings()))
    assert "binary data" in failure.reason


def test_pretty_printed_json_array_and_single_object(tmp_path):
    array = tmp_path / "export.json"
    array.write_text(json.dumps([{"text": "First story.", "title": "One"}, {"nope": 1},
                                 {"html": "<p>Third story.</p>", "url": "https://j.example.invalid/3"}],
                                indent=2))
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": "A lone story.", "outlet": "Solo Times"}, indent=2))
    broken = tmp_path / "broken.json"
    broken.write_text('{\n  "text": "unterminated\n')
    docs, failures = split(iter_inputs([str(array), str(single), str(broken)], settings()))
    assert [(d.source, d.original) for d in docs] == [
        (f"{array}#record=1", "First story."), (f"{array}#record=3", "<p>Third story.</p>"),
        (str(single), "A lone story.")]
    assert docs[2].hints["outlet"] == "Solo Times"
    assert [(f.source, f.locator) for f in failures] == [(str(array), "record 2"), (str(broken), None)]
    assert "invalid JSON" in failures[1].reason


def test_feed_entities_are_not_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-VALUE")
    long = " ".join(["Delegates discussed river transport and border markets at length."] * 15)
    feed = (f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY leak SYSTEM "file://{secret}">]>'
            f'<rss version="2.0"><channel><title>T</title><item><title>&leak;</title>'
            f'<description>{long} &leak;</description></item></channel></rss>')
    path = tmp_path / "feed.xml"
    path.write_text(feed)
    items = list(iter_inputs([str(path)], settings()))
    assert all("TOP-SECRET-VALUE" not in (getattr(i, "original", "") + str(getattr(i, "hints", "")))
               for i in items)
