#!/usr/bin/env python3
"""HTML body extraction: Concord's cleaning beside plain trafilatura.extract, same pages, one run.

    .venv/bin/python bench/html_bodies.py [--bench-dir ../shared/bench/article-extraction] [--details]

Reads the public article-extraction benchmark (181 pages with hand-checked bodies),
extracts every body twice (plain ``trafilatura.extract`` with its defaults, then
``concord.clean.clean_document``) and scores both with the benchmark's own
``score_bodies.prf`` (word 4-gram precision, recall, F1, averaged over pages).
The pages are only read to measure; nothing of them is written into the repository.
"""
from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import sys
import time
import warnings
from pathlib import Path
from typing import Callable

import trafilatura

from concord.clean import clean_document
from concord.document import Document
from concord.errors import EmptyInputError

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DIR = REPO.parent / "shared" / "bench" / "article-extraction"


def load_scorer(bench_dir: Path) -> Callable[[str, str], tuple[float, float, float]]:
    spec = importlib.util.spec_from_file_location("score_bodies", bench_dir / "score_bodies.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.prf


def load_pages(bench_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    gold = json.loads((bench_dir / "ground-truth.json").read_text(encoding="utf-8"))
    pages = {}
    for page_id in sorted(gold):
        raw = gzip.decompress((bench_dir / "html" / f"{page_id}.html.gz").read_bytes())
        pages[page_id] = raw.decode("utf-8", errors="replace")
    return pages, {k: v["articleBody"] for k, v in gold.items()}


def plain_trafilatura(page_id: str, html: str) -> str:
    return trafilatura.extract(html) or ""


def concord_clean(page_id: str, html: str) -> str:
    try:
        return clean_document(Document(source=f"{page_id}.html", original=html, format="html")).text
    except EmptyInputError:
        return ""


def measure(name: str, extract: Callable[[str, str], str], pages: dict[str, str], gold: dict[str, str],
            prf: Callable, details: bool) -> dict:
    started = time.process_time()
    outputs = {page_id: extract(page_id, html) for page_id, html in pages.items()}
    seconds = time.process_time() - started
    rows = [(page_id, *prf(outputs[page_id], gold[page_id])) for page_id in pages]
    n = len(rows)
    result = {"name": name, "pages": n, "ms_per_page": 1000 * seconds / n,
              "precision": sum(r[1] for r in rows) / n, "recall": sum(r[2] for r in rows) / n,
              "f1": sum(r[3] for r in rows) / n, "per_page": {r[0]: r[3] for r in rows}}
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench-dir", type=Path, default=DEFAULT_DIR)
    parser.add_argument("--details", action="store_true", help="pages where the two differ most")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not (args.bench_dir / "ground-truth.json").is_file():
        print(f"benchmark not found in {args.bench_dir}; pass --bench-dir", file=sys.stderr)
        return 2
    warnings.filterwarnings("ignore")
    prf = load_scorer(args.bench_dir)
    pages, gold = load_pages(args.bench_dir)
    # Warm both up (imports, compiled patterns) on one page so timing compares steady states.
    first = next(iter(pages))
    plain_trafilatura(first, pages[first]), concord_clean(first, pages[first])
    results = [measure("trafilatura.extract", plain_trafilatura, pages, gold, prf, args.details),
               measure("concord clean_document", concord_clean, pages, gold, prf, args.details)]
    if args.json:
        print(json.dumps([{k: v for k, v in r.items() if k != "per_page"} for r in results], indent=2))
        return 0
    for r in results:
        print(f"{r['name']:<24} pages {r['pages']}  P {r['precision']:.4f}  R {r['recall']:.4f}  "
              f"F1 {r['f1']:.4f}  {r['ms_per_page']:.1f} ms/page")
    base, ours = results
    print(f"F1 difference (concord - trafilatura): {ours['f1'] - base['f1']:+.4f}; "
          f"speed ratio (concord / trafilatura): {base['ms_per_page'] / ours['ms_per_page']:.2f}")
    if args.details:
        diffs = sorted(pages, key=lambda k: ours["per_page"][k] - base["per_page"][k])
        for page_id in diffs[:10] + diffs[-5:]:
            print(f"  {page_id[:12]}  trafilatura {base['per_page'][page_id]:.3f}  "
                  f"concord {ours['per_page'][page_id]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
