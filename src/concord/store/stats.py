"""Counts over the store for `concord stats` and the demo summary.

"By source" is given two ways: by reader format (txt, html, jsonl, warc, ...)
and by origin, the folder a file was read from or the host of a URL. Counts
by source and by year are of documents, so an article read from two files
counts once in each of their rows but once in the total.
"""
from __future__ import annotations

import sqlite3
from collections import Counter
from urllib.parse import urlsplit
from pathlib import PurePath

UNKNOWN_YEAR = "unknown"


def origin(source: str) -> str:
    """Where a source came from: a URL's host, a file's folder, "stdin" for "-"."""
    base = source.split("#", 1)[0]
    if base in ("-", "<stdin>", "stdin"):
        return "stdin"
    parts = urlsplit(base)
    if parts.scheme in ("http", "https") and parts.netloc:
        return parts.netloc.lower()
    parent = str(PurePath(base).parent)
    return parent if parent not in ("", ".") else "."


def collect(conn: sqlite3.Connection) -> dict:
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    by_origin: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    for doc_id, source in conn.execute("SELECT document_id, source FROM provenance"):
        key = (origin(source), doc_id)
        if key not in seen:
            seen.add(key)
            by_origin[key[0]] += 1
    by_format = dict(conn.execute("SELECT format, COUNT(DISTINCT document_id) FROM provenance "
                                  "GROUP BY format ORDER BY format").fetchall())
    years = Counter()
    for year, count in conn.execute("SELECT substr(published, 1, 4), COUNT(*) FROM documents GROUP BY 1"):
        years[year if year and year.isdigit() else UNKNOWN_YEAR] += count
    first, last = conn.execute("SELECT MIN(published), MAX(published) FROM documents").fetchone()
    return {
        "documents": one("SELECT COUNT(*) FROM documents"),
        "sources": one("SELECT COUNT(*) FROM provenance"),
        "duplicate_clusters": one("SELECT COUNT(*) FROM (SELECT cluster_id FROM documents "
                                  "GROUP BY cluster_id HAVING COUNT(*) > 1)"),
        "documents_in_duplicate_clusters": one(
            "SELECT COALESCE(SUM(n), 0) FROM (SELECT COUNT(*) AS n FROM documents "
            "GROUP BY cluster_id HAVING COUNT(*) > 1)"),
        "documents_read_more_than_once": one(
            "SELECT COUNT(*) FROM (SELECT document_id FROM provenance GROUP BY document_id HAVING COUNT(*) > 1)"),
        "failures": one("SELECT COUNT(*) FROM failures"),
        "failures_by_stage": dict(conn.execute("SELECT stage, COUNT(*) FROM failures GROUP BY stage "
                                               "ORDER BY stage").fetchall()),
        "by_format": by_format,
        "by_origin": dict(sorted(by_origin.items())),
        "by_year": dict(sorted(years.items(), key=lambda kv: (kv[0] == UNKNOWN_YEAR, kv[0]))),
        "published_first": first,
        "published_last": last,
        "top_names": top_names(conn),
    }


def top_names(conn: sqlite3.Connection, limit: int = 10) -> list[dict]:
    """The entities mentioned most, counted over the stored extractions
    (mentions, and the documents they appear in)."""
    rows = conn.execute(
        "SELECT json_extract(e.value, '$.id') AS entity, json_extract(e.value, '$.name') AS name, "
        "json_extract(e.value, '$.type') AS kind, "
        "SUM(MAX(1, json_array_length(e.value, '$.mentions'))) AS mentions, COUNT(*) AS documents "
        "FROM documents AS d, json_each(d.annotations, '$.entities') AS e "
        "WHERE d.annotations IS NOT NULL GROUP BY entity ORDER BY mentions DESC, documents DESC, name "
        "LIMIT ?", (limit,))
    return [dict(zip(("id", "name", "type", "mentions", "documents"), row)) for row in rows]
