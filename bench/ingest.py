#!/usr/bin/env python3
"""Ingest throughput: documents per second per core for plain text, HTML and WARC,
beside plain trafilatura.extract on the same HTML in the same run.

    .venv/bin/python bench/ingest.py [--docs 2000] [--bench-dir ../shared/bench/article-extraction]

Each figure is one process on one core, timed in CPU seconds of this process
(time.process_time), so other work on the machine does not skew the ratios:
reading (concord.ingest.iter_inputs: open, sniff, decode) plus cleaning
(concord.clean.clean_document: furniture, metadata, language, id) plus, for HTML
and WARC, the near-duplicate signature (concord.clean.dedup). Inputs are generated in a temporary directory:

- plain text: scraped-article texts built from our own template (furniture included),
  each with a different number so no two are the same;
- HTML: the public benchmark's pages when present (read to measure, written only to
  the temporary directory, never into the repository), else pages from our template;
- WARC: the same HTML pages as response records of one WARC.gz file.

Targets (issue 2): at least 2,000 plain-text documents per second per core, and on
HTML at least 90% of plain trafilatura.extract's speed (which only extracts a body
from an already decoded string).
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import sys
import tempfile
import time
import warnings
from pathlib import Path

import trafilatura

from concord.clean import clean_document, dedup
from concord.document import Document
from concord.ingest import iter_inputs
from concord.settings import load_settings

REPO = Path(__file__).resolve().parents[1]
DEFAULT_BENCH = REPO.parent / "shared" / "bench" / "article-extraction"

TEXT_TEMPLATE = """Skip to content
Home > Region > Mekong

Mekong partners review cooperation projects, report {n}

Posted on {day} March 2023 by Staff Reporter

PHNOM PENH — Senior officials from the five Mekong countries met on Tuesday to review {n} joint projects on water management, trade facilitation and rural electrification, the organisers said.

The meeting assessed progress since the leaders' summit and agreed on a list of priorities for the coming year, including flood forecasting and cross-border power trade.

"Our cooperation must deliver results that farmers and small businesses can feel," one delegate told the opening session, adding that financing remained the main obstacle.

Participants also discussed how to align the framework with other regional initiatives and with the ASEAN connectivity master plan.

The next meeting is scheduled to take place in Vientiane later this year. — AKP

Share this:
Click to share on Twitter (Opens in new window)
Click to share on Facebook (Opens in new window)

Leave a Reply
Fill in your details below or click an icon to log in:
Connecting to %s

Recent Posts
Regional ministers discuss energy links
March 2023
"""

HTML_TEMPLATE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Mekong partners review projects {n} | Example Daily</title>
<meta property="og:title" content="Mekong partners review projects {n}">
<meta property="og:site_name" content="Example Daily">
<meta property="article:published_time" content="2023-03-{day:02d}T08:00:00+07:00">
</head><body><nav><a href="/">Home</a> <a href="/region">Region</a> <a href="/business">Business</a></nav>
<article><h1>Mekong partners review projects {n}</h1>
<p>PHNOM PENH — Senior officials from the five Mekong countries met on Tuesday to review {n} joint projects on water management, trade facilitation and rural electrification, the organisers said.</p>
<p>The meeting assessed progress since the leaders' summit and agreed on a list of priorities for the coming year, including flood forecasting and cross-border power trade.</p>
<p>"Our cooperation must deliver results that farmers and small businesses can feel," one delegate told the opening session, adding that financing remained the main obstacle.</p>
<p>Participants also discussed how to align the framework with other regional initiatives and with the ASEAN connectivity master plan.</p>
</article><section class="related"><h2>Related</h2><ul><li><a href="/a">Energy ministers meet</a></li></ul></section>
<footer>Copyright 2023 Example Daily. All rights reserved.</footer></body></html>
"""


def make_texts(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"article_{n:05d}.txt"
        path.write_text(TEXT_TEMPLATE.format(n=n, day=1 + n % 28), encoding="utf-8")
        paths.append(path)
    return paths


def load_html_pages(bench_dir: Path, count: int) -> tuple[list[str], str]:
    html_dir = bench_dir / "html"
    if html_dir.is_dir():
        pages = [gzip.decompress(p.read_bytes()).decode("utf-8", errors="replace")
                 for p in sorted(html_dir.glob("*.html.gz"))]
        if pages:
            return pages, f"{len(pages)} benchmark pages"
    return [HTML_TEMPLATE.format(n=n, day=1 + n % 28) for n in range(count)], f"{count} template pages"


def write_html(folder: Path, pages: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n, page in enumerate(pages):
        path = folder / f"page_{n:05d}.html"
        path.write_text(page, encoding="utf-8")
        paths.append(path)
    return paths


def write_warc(path: Path, pages: list[str]) -> Path:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, page in enumerate(pages):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(f"https://example.org/page/{n}", "response",
                                               payload=io.BytesIO(page.encode("utf-8")),
                                               http_headers=headers)
            writer.write_record(record)
    return path


def run_concord(paths: list[Path], with_signature: bool) -> tuple[int, int, float]:
    """(documents cleaned, failures, seconds) for reading and cleaning `paths`."""
    settings = load_settings()
    done = failed = 0
    started = time.process_time()
    for item in iter_inputs([str(p) for p in paths], settings):
        if not isinstance(item, Document):
            failed += 1
            continue
        try:
            doc = clean_document(item)
        except Exception:        # a page the cleaner refuses counts as a failure, not a crash
            failed += 1
            continue
        if with_signature:
            dedup.band_keys(dedup.signature(doc.text))
        done += 1
    return done, failed, time.process_time() - started


def run_trafilatura(pages: list[str]) -> tuple[int, float]:
    started = time.process_time()
    for page in pages:
        trafilatura.extract(page)
    return len(pages), time.process_time() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000, help="plain-text documents to generate")
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_BENCH)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="concord-bench-") as tmp:
        root = Path(tmp)
        texts = make_texts(root / "txt", args.docs)
        pages, origin = load_html_pages(args.bench_dir, 200)
        html_paths = write_html(root / "html", pages)
        warc = write_warc(root / "pages.warc.gz", pages)
        # Warm-up: imports, compiled patterns, data files.
        run_concord(texts[:20], False), run_concord(html_paths[:3], True), run_trafilatura(pages[:3])

        n, failed, seconds = run_concord(texts, with_signature=False)
        results["text"] = {"docs": n, "failed": failed, "docs_per_s": n / seconds}
        n, failed, seconds = run_concord(texts, with_signature=True)
        results["text+signature"] = {"docs": n, "failed": failed, "docs_per_s": n / seconds}
        n, seconds = run_trafilatura(pages)
        results["trafilatura"] = {"docs": n, "failed": 0, "docs_per_s": n / seconds}
        n, failed, seconds = run_concord(html_paths, with_signature=True)
        results["html"] = {"docs": n, "failed": failed, "docs_per_s": (n + failed) / seconds}
        n, failed, seconds = run_concord([warc], with_signature=True)
        results["warc"] = {"docs": n, "failed": failed, "docs_per_s": (n + failed) / seconds}
    base = results["trafilatura"]["docs_per_s"]
    for name in ("html", "warc"):
        results[name]["vs_trafilatura"] = results[name]["docs_per_s"] / base
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"one process, one core; HTML inputs: {origin}")
    for name, r in results.items():
        ratio = f"  {r['vs_trafilatura']:.2f}x trafilatura" if "vs_trafilatura" in r else ""
        print(f"{name:<16} {r['docs']:>6} docs  {r['failed']:>3} failed  {r['docs_per_s']:>8.1f} docs/s/core{ratio}")
    text_ok = results["text"]["docs_per_s"] >= 2000
    html_ok = results["html"]["vs_trafilatura"] >= 0.9
    print(f"targets: plain text >= 2000 docs/s/core: {'met' if text_ok else 'NOT met'}; "
          f"HTML >= 0.90x trafilatura: {'met' if html_ok else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
