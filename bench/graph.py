"""Benchmark: the graph store at scale (issue 5).

    .venv/bin/python bench/graph.py [--docs 100000] [--db bench/out/graph.db] [--reuse]
                                    [--queries 300] [--ratio-docs 1000] [--workers 2]

1. Builds a store of `--docs` generated articles through the real pipeline
   (`concord.pipeline.ingest_paths`: read, clean, extract, store the graph), from a
   JSON Lines corpus made with bench/extract.py's generator plus dated event
   sentences (or reuses the store with --reuse).
2. Starts a real uvicorn server on 127.0.0.1 over it and times `--queries` requests
   of each kind: full-text search (/api/search) and an entity page (/entities/ID, the
   HTML page with its profile, timeline, quotes and companions), over entities drawn
   at random and the 20 most mentioned. Prints p50, p95 and max. Target: p95 < 100 ms.
3. On `--ratio-docs` fresh articles, in the same run: extraction alone
   (`extract_paths`: read, clean, extract) against ingest (`ingest_paths`: the same
   plus storing the document and its graph facts). Target: ingest >= 70% of the
   speed of extraction alone.
"""
from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx
import uvicorn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from extract import generate  # noqa: E402  (bench/extract.py: the shared article generator)

from concord.kb import default_kb  # noqa: E402
from concord.pipeline import extract_paths, ingest_paths  # noqa: E402
from concord.serve import create_app  # noqa: E402
from concord.settings import load_settings  # noqa: E402
from concord.store import Store  # noqa: E402

EVENT_SENTENCES = [
    "The {n}th {org} Summit was held in {city} on {date}.",
    "Ministers met at the {n}th {org} Foreign Ministers' Meeting in {city} on {date}.",
    "The {org} forum on regional connectivity took place in {city} on {date}.",
]
OUTLETS = ["Khmer Times", "Viet Nam News", "The Jakarta Post", "Bangkok Post", "Bernama", "Xinhua"]


def write_corpus(path: Path, n: int, seed: int) -> None:
    """`n` generated articles as JSON Lines, each with a date, an outlet and an event."""
    kb = default_kb()
    rng = random.Random(seed)
    orgs = [e.attrs["acronyms"][0] for e in kb if e.type == "ORGANIZATION" and e.attrs.get("acronyms")]
    cities = [e.name for e in kb if e.type == "PLACE"]
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        done = 0
        while done < n:
            for text in generate(kb, min(2000, n - done), seed=rng.randrange(1 << 30)):
                year, month, day = rng.randint(2016, 2026), rng.randint(1, 12), rng.randint(1, 28)
                event = rng.choice(EVENT_SENTENCES).format(
                    n=rng.randint(4, 40), org=rng.choice(orgs), city=rng.choice(cities),
                    date=f"{day} {time.strftime('%B', time.strptime(str(month), '%m'))} {year}")
                record = {"text": text + "\n\n" + event, "published": f"{year}-{month:02d}-{day:02d}",
                          "outlet": rng.choice(OUTLETS), "url": f"https://example.org/{seed}/{done}"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                done += 1


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _percentiles(times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[max(0, int(len(ordered) * 0.95) - 1)]
    return (f"p50 {statistics.median(ordered) * 1000:6.1f} ms   p95 {p95 * 1000:6.1f} ms   "
            f"max {ordered[-1] * 1000:6.1f} ms   (n={len(ordered)})")


def time_requests(db: Path, queries: int, seed: int) -> None:
    with Store(db) as store:
        entities = [row[0] for row in store.conn.execute("SELECT id FROM graph_entities WHERE documents > 0")]
        popular = [row[0] for row in store.conn.execute(
            "SELECT id FROM graph_entities ORDER BY documents DESC LIMIT 20")]
        names = [row[0] for row in store.conn.execute(
            "SELECT name FROM graph_entity_names ORDER BY random() LIMIT ?", (queries,))]
    rng = random.Random(seed)
    words = ["summit", "cooperation", "Mekong", "trade", "security", "connectivity", "foreign minister"]
    searches = [rng.choice([rng.choice(names), rng.choice(words)]) for _ in range(queries)]
    pages = popular + rng.sample(entities, min(len(entities), max(0, queries - len(popular))))

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}"
    with httpx.Client(base_url=base, timeout=30) as client:
        client.get("/api/overview")                    # warm the page cache once
        for label, requests in (("search      /api/search", [("/api/search", {"q": q}) for q in searches]),
                                ("entity page /entities/ID", [(f"/entities/{e}", {}) for e in pages])):
            times = []
            for path, params in requests:
                started = time.perf_counter()
                answer = client.get(path, params=params)
                times.append(time.perf_counter() - started)
                assert answer.status_code == 200, (path, answer.status_code, answer.text[:200])
            print(f"{label:28s} {_percentiles(times)}")
    server.should_exit = True
    thread.join(timeout=10)


def time_ingest_ratio(n: int, workers: int, seed: int) -> None:
    settings = load_settings({"workers": workers})
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "ratio.jsonl"
        write_corpus(corpus, n, seed)
        started = time.perf_counter()
        extracted = sum(1 for r in extract_paths([str(corpus)], settings, workers=workers) if isinstance(r, dict))
        extract_rate = extracted / (time.perf_counter() - started)
        started = time.perf_counter()
        summary = ingest_paths([str(corpus)], Path(tmp) / "ratio.db", settings)
        ingest_rate = summary.new / (time.perf_counter() - started)
    print(f"extraction alone            {extract_rate:8.1f} docs/s ({extracted} docs, {workers} workers)")
    print(f"ingest (extract + store)    {ingest_rate:8.1f} docs/s ({summary.new} new)")
    print(f"ratio ingest / extraction   {ingest_rate / extract_rate:8.2f}   (target >= 0.70)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=HERE / "out" / "graph.db")
    parser.add_argument("--reuse", action="store_true", help="keep an existing store of that size")
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--ratio-docs", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args(argv)

    if not (args.reuse and args.db.is_file()):
        args.db.unlink(missing_ok=True)
        corpus = args.db.with_suffix(".jsonl")
        write_corpus(corpus, args.docs, args.seed)
        started = time.perf_counter()
        summary = ingest_paths([str(corpus)], args.db, load_settings({"workers": args.workers}))
        elapsed = time.perf_counter() - started
        print(f"built store: {summary.line()} in {elapsed:.0f} s ({summary.read / elapsed:.0f} docs/s, "
              f"{args.workers} workers)")
    with Store(args.db) as store:
        counts = {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                  for t in ("documents", "graph_entities", "graph_mentions", "graph_events", "graph_quotes")}
    print("store: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    time_requests(args.db, args.queries, args.seed)
    time_ingest_ratio(args.ratio_docs, args.workers, args.seed + 1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
