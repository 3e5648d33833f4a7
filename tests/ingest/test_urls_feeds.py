"""URLs and feeds, served by a real HTTP server on 127.0.0.1 (no outside network)."""
from __future__ import annotations

import socket
import time

import pytest

from concord.ingest import iter_inputs
from ingest_support import settings, split

pytestmark = pytest.mark.network


def test_html_url(http_base):
    url = f"{http_base}/page.html"
    [doc] = list(iter_inputs([url], settings()))
    assert (doc.source, doc.url, doc.format) == (url, url, "html")
    assert "“Hourly numbers save lives downstream,”" in doc.original


def test_charset_from_http_header(http_base):
    [doc] = list(iter_inputs([f"{http_base}/latin1.html"], settings()))
    assert "Café talks in Hué ended." in doc.original


def test_rss_feed_items_from_content_and_from_links(http_base):
    feed = f"{http_base}/feed.xml"
    docs, failures = split(iter_inputs([feed], settings()))
    assert [d.source for d in docs] == [f"{feed}#record=1", f"{feed}#record=2"]
    fetched, inline = docs
    # item 1 carries a one-line teaser, so its link was fetched
    assert fetched.url == f"{http_base}/boat-race.html" and fetched.format == "feed"
    assert "Thousands of people watched long boats" in fetched.original
    assert fetched.hints["title"] == "Boat race draws crowds to the river"
    assert fetched.hints["published"] == "2024-11-05" and fetched.hints["outlet"] == "Delta Wire"
    # item 2 carries the whole article in content:encoded, so nothing was fetched
    assert "spawning season started three weeks later" in inline.original
    assert inline.hints["published"] == "2024-11-06" and inline.hints["content_type"] == "text/html"
    # item 3 links to a page that is gone
    [failure] = failures
    assert failure.source == feed and failure.locator == "item 3"
    assert "missing.html" in failure.reason and "404" in failure.reason


def test_http_error_status(http_base):
    [failure] = list(iter_inputs([f"{http_base}/status/503"], settings()))
    assert "HTTP 503" in failure.reason and failure.source.endswith("/status/503")


def test_connection_refused_is_a_failure_and_the_batch_goes_on(http_base):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]      # free now, and nobody listens on it
    dead = f"http://127.0.0.1:{port}/story.html"
    docs, failures = split(iter_inputs([dead, f"{http_base}/page.html"], settings()))
    assert len(docs) == 1
    [failure] = failures
    assert failure.source == dead and "refused" in failure.reason


def test_timeout_uses_fetch_timeout(http_base):
    start = time.perf_counter()
    [failure] = list(iter_inputs([f"{http_base}/slow.html"], settings(fetch_timeout=0.5)))
    assert time.perf_counter() - start < 2.5
    assert "0.5 s" in failure.reason and "fetch_timeout" in failure.reason



def test_json_lines_over_http_are_streamed(http_base):
    url = f"{http_base}/articles.jsonl"
    docs, failures = split(iter_inputs([url], settings()))
    assert [d.source for d in docs] == [f"{url}#line=1", f"{url}#line=3"]
    assert [f.locator for f in failures] == ["line 2", "line 5"]


def test_atom_feed_over_http(http_base):
    docs, failures = split(iter_inputs([f"{http_base}/atom.xml"], settings()))
    assert [d.hints["title"] for d in docs] == ["Port talks resume in Sihanoukville"]
    assert [f.locator for f in failures] == ["item 2"]


def test_feed_links_to_a_dead_host_cost_one_timeout(tmp_path):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{sock.getsockname()[1]}"
    items = "".join(f"<item><title>T{n}</title><link>{dead}/{n}.html</link>"
                    "<description>Teaser.</description></item>" for n in range(5))
    path = tmp_path / "feed.rss"
    path.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>X</title>{items}'
                    "</channel></rss>")
    failures = list(iter_inputs([str(path)], settings()))
    assert [f.locator for f in failures] == [f"item {n}" for n in range(1, 6)]
    assert "refused" in failures[0].reason
    assert all("earlier item on the same host" in f.reason for f in failures[1:])
