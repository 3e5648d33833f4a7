"""The graph as flat tables: CSV files or Parquet files, one per table, in a folder."""
from __future__ import annotations

import csv
from pathlib import Path

# Table name → query. Columns are what an analyst joins on: ids, names, dates, spans.
TABLES: dict[str, str] = {
    "documents": "SELECT id, source, url, title, published, outlet, author, dateline, language, cluster_id"
                 " FROM documents ORDER BY id",
    "entities": "SELECT id, name, type, wikidata, in_kb FROM graph_entities ORDER BY id",
    "mentions": "SELECT document_id, entity_id, start, end, text, extractor_version, confidence"
                " FROM graph_mentions ORDER BY document_id, start",
    "roles": "SELECT r.document_id, r.person_id, p.name AS person_name, r.title, r.organization_id,"
             " o.name AS organization_name, r.start, r.end FROM graph_roles r"
             " LEFT JOIN graph_entities p ON p.id = r.person_id"
             " LEFT JOIN graph_entities o ON o.id = r.organization_id ORDER BY r.document_id, r.start",
    "quotes": "SELECT q.id, q.document_id, q.speaker_id, e.name AS speaker_name, q.event_id, q.text,"
              " q.start, q.end, q.cue, q.direct, q.published FROM graph_quotes q"
              " LEFT JOIN graph_entities e ON e.id = q.speaker_id ORDER BY q.document_id, q.start",
    "events": "SELECT id, type, name, ordinal, date, date_precision, location_id, location_name,"
              " (SELECT COUNT(*) FROM graph_event_sources s WHERE s.event_id = graph_events.id) AS sources"
              " FROM graph_events ORDER BY date, id",
    "event_sources": "SELECT event_id, document_id, local_id, name, start, end FROM graph_event_sources"
                     " ORDER BY event_id, document_id",
    "relations": "SELECT subject_id, predicate, object_id, document_id, start, end, detail, confidence"
                 " FROM graph_relations ORDER BY subject_id, predicate, object_id",
    "flags": "SELECT document_id, kind, message, start, end FROM graph_flags ORDER BY document_id, start",
}


def _table(store, name: str) -> tuple[list[str], list[tuple]]:
    cursor = store.conn.execute(TABLES[name])
    return [c[0] for c in cursor.description], [tuple(row) for row in cursor.fetchall()]


def export_csv(store, folder: Path) -> dict:
    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        columns, rows = _table(store, name)
        with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            writer.writerow(columns)
            writer.writerows(rows)
        counts[name] = len(rows)
    return counts


def export_parquet(store, folder: Path) -> dict:
    import pyarrow as pa
    import pyarrow.parquet as pq

    folder.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in TABLES:
        columns, rows = _table(store, name)
        data = {col: [row[i] for row in rows] for i, col in enumerate(columns)}
        pq.write_table(pa.table(data), folder / f"{name}.parquet")
        counts[name] = len(rows)
    return counts
