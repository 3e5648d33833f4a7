"""Rebuild the generated example inputs from their sources.

    .venv/bin/python scripts/make_examples.py            # rewrite the files
    .venv/bin/python scripts/make_examples.py --check    # exit 1 if a file is out of date

The example articles were written for Concord's demo. Events, dates, places and the
office holders named are real public facts; the outlets, reporters, analysts and
residents are invented, and so are the quotations given to them. Officials' words
are reported in indirect speech.

Sources live in ``examples/.sources/`` (hidden, so ``concord ingest examples/``
skips them): ``articles.json`` holds each article's text and metadata and where it
goes, ``sites/*.html`` one page template per invented news site. From them:

    examples/html/<slug>.html        articles whose target is "html": full pages with
                                     navigation, share buttons, comment forms, related
                                     links, cookie banners and footers
    examples/feeds/articles.jsonl    articles whose target is "jsonl" ("text" or "html")
    examples/archive/crawl.warc.gz   a crawl: warcinfo, then for each "warc" article a
                                     request, an HTML response and a metadata record,
                                     plus a redirect and a robots.txt (not articles)

One article is syndicated on purpose: ``...-asiawire`` repeats the Straits Beacon
story inside another site's furniture in the WARC, with a new headline, its last
paragraph cut and one added (as syndication desks do), so duplicate detection has
a near-duplicate pair to find: the same story, not the same text. The plain-text examples in
``examples/text/`` are written by hand and not generated.

The output is deterministic (record ids from uuid5, dates from the articles), so
rebuilding changes no byte unless a source changed.
"""
from __future__ import annotations

import html
import io
import json
import sys
import uuid
from datetime import datetime, timezone
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"
SOURCES = EXAMPLES / ".sources"
NAMESPACE = uuid.UUID("6f1c2a52-8d7e-4c43-9a57-2b1f0e6c9d10")
SITE_NAMES = {"angkor": "The Angkor Chronicle", "lanexang": "Lane Xang Times",
              "riverpost": "Mekong River Post", "straitsbeacon": "The Straits Beacon",
              "asiawire": "AsiaWire Network", "klherald": "Klang Valley Herald"}


def load_articles() -> list[dict]:
    return json.loads((SOURCES / "articles.json").read_text(encoding="utf-8"))


def date_display(published: str) -> str:
    """How the page shows the date: "26 October 2025, 2:10 pm"."""
    moment = datetime.fromisoformat(published)
    hour = moment.strftime("%I").lstrip("0")
    return f"{moment.day} {moment:%B %Y}, {hour}:{moment:%M} {moment:%p}".replace("AM", "am").replace("PM", "pm")


def render_page(article: dict, by_slug: dict[str, dict]) -> str:
    """An article inside its site's template; a syndicated copy takes the original's text."""
    original = by_slug.get(article.get("syndicates", ""), {})
    story = {**original, **article} if original else article
    if original:   # a syndicated copy: the original's paragraphs, lightly edited
        kept = original["paras"][:len(original["paras"]) - article.get("trim", 0)]
        story["paras"] = kept + article.get("extra_paras", [])
    template = (SOURCES / "sites" / f"{story['site']}.html").read_text(encoding="utf-8")
    esc = html.escape
    body = "\n".join(f"      <p>{esc(p, quote=False)}</p>" for p in story["paras"])
    related = "\n".join(f'      <li><a href="/related/{n}">{esc(r)}</a></li>'
                        for n, r in enumerate(story.get("related", []), 1))
    return template.format(
        title=esc(story["title"]), description=esc(story["paras"][0][:150]), url=story["url"],
        published=story["published"], author=esc(story["author"]),
        section=esc(story.get("section", "News")), slug=story["slug"],
        date_display=date_display(story["published"]), body=body, related=related,
        original_url=original.get("url", ""), original_site=SITE_NAMES.get(original.get("site"), ""))


def jsonl_line(article: dict) -> str:
    record = {key: article[key] for key in ("url", "title", "published", "outlet", "author")}
    if article.get("field") == "html":
        paras = "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in article["paras"])
        record["html"] = (f"<html><head><title>{html.escape(article['title'])}</title></head><body>"
                          f"<article><h1>{html.escape(article['title'])}</h1>{paras}</article>"
                          f"<footer>{html.escape(article['outlet'])}</footer></body></html>")
    else:
        record["text"] = "\n\n".join(article["paras"])
    return json.dumps(record, ensure_ascii=False)


def build_warc(pages: list[tuple[dict, str]]) -> bytes:
    """warcinfo, then request + response + metadata per page, plus two non-articles."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    first_date = _warc_date(pages[0][0]["published"])
    info = writer.create_warcinfo_record("crawl.warc.gz", {
        "software": "Concord make_examples.py", "format": "WARC File Format 1.1",
        "description": "Example crawl of invented news sites for Concord's demo"})
    _fix_ids(info, "warcinfo", first_date)
    writer.write_record(info)
    for article, page in pages:
        url, date = article["url"], _warc_date(article["published"])
        host = url.split("/")[2]
        request = writer.create_warc_record(url, "request", http_headers=StatusAndHeaders(
            f"GET /{url.split('/', 3)[3]} HTTP/1.1",
            [("Host", host), ("User-Agent", "ConcordExampleCrawler/1.0")], is_http_request=True))
        writer.write_record(_fix_ids(request, url + "#request", date))
        _write_response(writer, url, date, "200 OK", "text/html; charset=utf-8", page.encode("utf-8"))
        metadata = writer.create_warc_record(
            url, "metadata", payload=io.BytesIO(f"via: {article.get('syndicates') or 'seed'}\n".encode()),
            warc_content_type="application/warc-fields")
        writer.write_record(_fix_ids(metadata, url + "#metadata", date))
    host = pages[0][0]["url"].split("/")[2]
    _write_response(writer, f"https://{host}/robots.txt", first_date, "200 OK", "text/plain",
                    b"User-agent: *\nDisallow: /search\n")
    _write_response(writer, f"http://{host}/", first_date, "301 Moved Permanently", "text/html",
                    b"<html><body><a href='https://" + host.encode() + b"/'>moved</a></body></html>")
    return buffer.getvalue()


def _write_response(writer, url: str, date: str, status: str, content_type: str, body: bytes) -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type),
                                        ("Content-Length", str(len(body))),
                                        ("Server", "nginx")], protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
    writer.write_record(_fix_ids(record, url + "#response", date))


def _fix_ids(record, key: str, date: str):
    """Stable WARC-Record-ID and WARC-Date, so a rebuild gives the same bytes."""
    record.rec_headers.replace_header("WARC-Record-ID", f"<urn:uuid:{uuid.uuid5(NAMESPACE, key)}>")
    record.rec_headers.replace_header("WARC-Date", date)
    return record


def _warc_date(published: str) -> str:
    """WARC dates are UTC: the time the page would have been fetched, its publication."""
    return datetime.fromisoformat(published).astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_all() -> dict[Path, bytes]:
    """Every generated file and its bytes."""
    articles = load_articles()
    by_slug = {a["slug"]: a for a in articles}
    files: dict[Path, bytes] = {}
    for article in articles:
        if article["target"] == "html":
            files[EXAMPLES / "html" / f"{article['slug']}.html"] = render_page(article, by_slug).encode()
    lines = [jsonl_line(a) for a in articles if a["target"] == "jsonl"]
    files[EXAMPLES / "feeds" / "articles.jsonl"] = ("\n".join(lines) + "\n").encode("utf-8")
    pages = [(a, render_page(a, by_slug)) for a in articles if a["target"] == "warc"]
    files[EXAMPLES / "archive" / "crawl.warc.gz"] = build_warc(pages)
    return files


def main(argv: list[str]) -> int:
    files = build_all()
    if "--check" in argv:
        stale = [p for p, data in files.items() if not p.is_file() or p.read_bytes() != data]
        for path in stale:
            print(f"out of date: {path.relative_to(ROOT)}", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"wrote {path.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
