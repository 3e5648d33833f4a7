"""The real `concord` command in a subprocess, with the real readers and cleaner.

Includes the resume test: an ingest killed with SIGKILL part-way, then run
again, ends with every input stored exactly once.
"""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest


COUNTRIES = ["Cambodia", "Laos", "Thailand", "Vietnam", "Myanmar", "Malaysia", "Indonesia", "the Philippines",
             "Singapore", "Brunei", "Japan", "South Korea", "India", "Australia"]
TOPICS = ["hydropower dams", "rice exports", "border trade", "customs rules", "flood warnings",
          "rail links", "fisheries", "digital payments", "vocational training", "tourist visas",
          "sand mining", "power grids", "drought relief", "migrant workers", "port fees", "vaccine supply"]
WHO = ["officials", "ministers", "delegates", "envoys", "senior officers", "trade negotiators", "governors"]
VERBS = ["agreed", "pledged", "promised", "decided", "voted", "proposed", "declined"]
ACTS = ["to study", "to fund", "to review", "to simplify", "to expand", "to monitor", "to share data on"]
WHEN = ["on Monday", "on Tuesday", "last week", "this month", "on Friday evening", "after two days of talks"]
PLACES = ["Vientiane", "Phnom Penh", "Bangkok", "Hanoi", "Yangon", "Jakarta", "Manila", "Kuala Lumpur"]


def article(i: int) -> str:
    """A small article of our own words, different enough from the others to be no near-duplicate."""
    rnd = random.Random(i)
    pick = rnd.choice

    def sentence() -> str:
        return (f"{pick(WHO).capitalize()} from {pick(COUNTRIES)} {pick(VERBS)} {pick(WHEN)} {pick(ACTS)} "
                f"{pick(TOPICS)} with {pick(COUNTRIES)}, {rnd.randint(2, 900)} {pick(WHO)} said in {pick(PLACES)}.")

    return "\n\n".join(" ".join(sentence() for _ in range(3)) for _ in range(3)) + f" Ref {i}.\n"


def concord(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "concord", *args], capture_output=True, text=True,
                          timeout=600, **kw)


def count(db: Path, sql: str) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30)
        try:
            return conn.execute(sql).fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0  # being created, not migrated yet


def test_same_article_as_text_and_html_is_one_document(tmp_path):
    body = article(1)
    paragraphs = [p for p in body.split("\n\n") if p.strip()]
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    html = ("<html><head><title>Working group set up</title></head><body>"
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav><article>"
            + "".join(f"<p>{p.strip()}</p>" for p in paragraphs)
            + "</article><footer>Copyright 2024 Example Daily. All rights reserved.</footer></body></html>")
    (tmp_path / "a.html").write_text(html, encoding="utf-8")
    db = tmp_path / "c.db"
    result = concord("ingest", str(tmp_path / "a.txt"), str(tmp_path / "a.html"), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "read 2, new 1, duplicates 1, failed 0"
    assert count(db, "SELECT COUNT(*) FROM documents") == 1
    assert count(db, "SELECT COUNT(*) FROM provenance") == 2


def test_extract_jsonl_is_valid_and_ordered(tmp_path):
    for i in range(6):
        (tmp_path / f"{i}.txt").write_text(article(i), encoding="utf-8")
    (tmp_path / "3.txt").write_bytes(b"\x00\x01binary\x00")
    files = [str(tmp_path / f"{i}.txt") for i in (5, 0, 3, 4, 1, 2)]
    one = concord("extract", *files, "--format", "jsonl", "--workers", "1")
    two = concord("extract", *files, "--format", "jsonl", "--workers", "2")
    assert one.returncode == 0, one.stderr
    assert one.stdout == two.stdout
    records = [json.loads(line) for line in one.stdout.splitlines()]
    assert [r["source"] for r in records] == [f for f in files if not f.endswith("3.txt")]
    assert "3.txt" in one.stderr


@pytest.mark.slow
def test_kill_9_then_rerun_loses_nothing_and_doubles_nothing(tmp_path):
    n = 1200
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"{i:05d}.txt").write_text(article(i), encoding="utf-8")
    db = tmp_path / "c.db"
    proc = subprocess.Popen([sys.executable, "-m", "concord", "ingest", str(folder), "--db", str(db)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while count(db, "SELECT COUNT(*) FROM documents") == 0 and time.monotonic() < deadline:
        assert proc.poll() is None, "ingest ended before it could be killed"
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = count(db, "SELECT COUNT(*) FROM documents")
    assert 0 < stored < n, "the kill must land part-way through the run"

    rerun = concord("ingest", str(folder), "--db", str(db))
    assert rerun.returncode == 0, rerun.stderr
    assert rerun.stderr.strip().splitlines()[-1] == f"read {n}, new {n - stored}, duplicates {stored}, failed 0"
    assert count(db, "SELECT COUNT(*) FROM documents") == n
    assert count(db, "SELECT COUNT(*) FROM provenance") == n
    assert count(db, "SELECT COUNT(DISTINCT source) FROM provenance") == n
    assert count(db, "SELECT COUNT(*) FROM documents d WHERE NOT EXISTS "
                     "(SELECT 1 FROM provenance p WHERE p.document_id = d.id)") == 0
    assert count(db, "SELECT COUNT(*) FROM failures") == 0
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    again = concord("ingest", str(folder), "--db", str(db))
    assert again.stderr.strip().splitlines()[-1] == f"read {n}, new 0, duplicates {n}, failed 0"


def test_stdin_is_read_with_dash(tmp_path):
    db = tmp_path / "c.db"
    result = concord("ingest", "-", "--db", str(db), input=article(7))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1] == "read 1, new 1, duplicates 0, failed 0"
    assert count(db, "SELECT COUNT(*) FROM provenance WHERE source = '<stdin>'") == 1


def test_progress_bar_only_on_a_terminal(tmp_path):
    import pty
    for i in range(30):
        (tmp_path / f"{i}.txt").write_text(article(i), encoding="utf-8")
    # the store sits in the folder being read: its own files are not taken for articles
    plain = concord("ingest", str(tmp_path), "--db", str(tmp_path / "a.db"))
    assert plain.stderr.strip() == "read 30, new 30, duplicates 0, failed 0"
    # the same run with standard error on a pseudo-terminal draws a tqdm bar there
    leader, follower = pty.openpty()
    proc = subprocess.run([sys.executable, "-m", "concord", "ingest", str(tmp_path), "--db", str(tmp_path / "a.db")],
                          stdout=subprocess.PIPE, stderr=follower, timeout=300)
    os.close(follower)
    seen = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        seen += chunk
    os.close(leader)
    assert proc.returncode == 0 and proc.stdout == b""
    text = seen.decode("utf-8", "replace")
    assert "doc/s" in text or "s/doc" in text   # tqdm's rate, in our unit
    assert "read 30, new 0, duplicates 30, failed 0" in text


GRAPH_TABLES = ("graph_mentions", "graph_roles", "graph_quotes", "graph_event_sources", "graph_flags")


def test_reextract_replaces_facts_without_duplicates(repo_root, tmp_path):
    examples = repo_root / "examples" / "text"
    if not examples.is_dir():
        pytest.skip("examples/text is not there")
    db = tmp_path / "c.db"
    assert concord("ingest", str(examples), "--db", str(db)).returncode == 0
    if count(db, "SELECT COUNT(*) FROM sqlite_master WHERE name = 'graph_mentions'") == 0:
        pytest.skip("the graph tables are not there yet")

    def snapshot():
        return {t: count(db, f"SELECT COUNT(*) FROM {t}") for t in GRAPH_TABLES}, \
            count(db, "SELECT COUNT(*) FROM documents WHERE annotations IS NOT NULL")

    before = snapshot()
    assert before[0]["graph_mentions"] > 0, "ingest stores the extracted facts"
    result = concord("reextract", "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert result.stderr.strip().splitlines()[-1].startswith(f"re-extracted {before[1]}, failed 0")
    assert snapshot() == before


@pytest.mark.network
def test_urls_from_a_local_server_and_an_unreachable_one(tmp_path):
    import http.server
    import socket
    import threading

    (tmp_path / "page.txt").write_text(article(11), encoding="utf-8")
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):      # keep request lines out of other tests' captured stderr
            pass

    handler = lambda *a: QuietHandler(*a, directory=str(tmp_path))  # noqa: E731
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with socket.socket() as probe:       # a port with nobody listening
        probe.bind(("127.0.0.1", 0))
        dead_port = probe.getsockname()[1]
    good = f"http://127.0.0.1:{server.server_port}/page.txt"
    dead = f"http://127.0.0.1:{dead_port}/gone.html"
    try:
        result = concord("ingest", good, dead, "--db", str(tmp_path / "c.db"))
    finally:
        server.shutdown()
    assert result.returncode == 0, result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines[-1] == "read 2, new 1, duplicates 0, failed 1"
    assert [line for line in lines if line.startswith("skipped ")] == [line for line in lines if dead in line]
    assert count(tmp_path / "c.db", f"SELECT COUNT(*) FROM provenance WHERE source = '{good}'") == 1


def test_kb_dir_adds_entities_to_extraction(tmp_path):
    pytest.importorskip("concord.extract", reason="extraction not there yet")
    kb = tmp_path / "kb"
    kb.mkdir()
    entity = {"id": "org:test-river-board", "type": "ORGANIZATION", "name": "Sesan Basin Water Board",
              "wikidata": None, "aliases": ["SBWB"], "offices": [], "memberships": [], "attrs": {}}
    (kb / "local.jsonl").write_text(json.dumps(entity) + "\n", encoding="utf-8")
    text = ("The Sesan Basin Water Board met in Stung Treng on Monday to review fish passage at two dams.\n\n"
            "Members of the board asked Cambodia and Vietnam to share release schedules.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")

    def ids(*extra):
        result = concord("extract", str(tmp_path / "a.txt"), "--format", "jsonl", *extra)
        assert result.returncode == 0, result.stderr
        return {e["id"] for e in json.loads(result.stdout)["entities"]}

    assert "org:test-river-board" in ids("--kb-dir", str(kb))
    assert "org:test-river-board" not in ids()


def test_ingest_with_two_workers_stores_what_one_worker_stores(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(24):
        (folder / f"{i:02d}.txt").write_text(article(i), encoding="utf-8")
    (folder / "05.txt").write_text(article(3) + "\nA late correction was added to this copy.\n", encoding="utf-8")

    def content(db):
        conn = sqlite3.connect(db)
        try:
            return (conn.execute("SELECT id, cluster_id, text, title, published, annotations FROM documents "
                                 "ORDER BY id").fetchall(),
                    conn.execute("SELECT document_id, source FROM provenance ORDER BY source").fetchall())
        finally:
            conn.close()

    for workers in ("1", "2"):
        result = concord("ingest", str(folder), "--db", str(tmp_path / f"w{workers}.db"), "--workers", workers)
        assert result.returncode == 0, result.stderr
    one, two = content(tmp_path / "w1.db"), content(tmp_path / "w2.db")
    assert one == two and len(one[0]) == 24
    # the corrected copy is a near-duplicate of the original: one cluster of two
    clusters = [row[1] for row in one[0]]
    assert sorted(clusters.count(c) for c in set(clusters))[-2:] == [1, 2]


def test_two_ingests_at_once_on_one_store_store_each_document_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(300):
        (folder / f"{i:03d}.txt").write_text(article(1000 + i), encoding="utf-8")
    db = tmp_path / "c.db"
    Popen = subprocess.Popen
    runs = [Popen([sys.executable, "-m", "concord", "ingest", str(folder), "--db", str(db)],
                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    lines = [err.strip().splitlines()[-1] for _, err in outputs]
    new = [int(line.split("new ")[1].split(",")[0]) for line in lines]
    assert sum(new) == 300, lines
    assert count(db, "SELECT COUNT(*) FROM documents") == 300
    assert count(db, "SELECT COUNT(*) FROM provenance") == 300
