"""Questions an analyst asks of the graph, shared by the CLI, the REST API and the web UI.

Every function takes a `Store` and returns plain JSON-ready dicts and lists;
lists are paged with `limit` and `offset` and come as
``{"items": [...], "total": N, "limit": L, "offset": O}``.
"""
from __future__ import annotations

import json
import re
from typing import Any

from concord.errors import ConcordError

MAX_LIMIT = 200
COUNT_CAP = 10_000     # search counts matches up to this many, then says "more than"
RANK_SAMPLE = 2_000    # search ranks at most this many matches by relevance


class NotFound(ConcordError):
    """The entity, event or document asked for is not in the store."""


def _page(items: list, total: int, limit: int, offset: int) -> dict:
    return {"items": items, "total": total, "limit": limit, "offset": offset}


def _bounded(limit: int) -> int:
    return max(1, min(int(limit), MAX_LIMIT))


_TOKEN = re.compile(r"\w+", re.UNICODE)


def fts_query(text: str) -> str | None:
    """User words → a safe FTS5 query (every word must match, the last as a prefix)."""
    words = _TOKEN.findall(text or "")
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def snippet(text: str, words: list[str], width: int = 90) -> str:
    """A window of `text` around the first query word, every query word in [brackets]
    (the last word as a prefix, as the search matched it)."""
    if not words:
        return text[:2 * width]
    pattern = re.compile(r"\b(" + "|".join(
        re.escape(w) + (r"\w*" if i == len(words) - 1 else r"\b") for i, w in enumerate(words)) + ")",
        re.IGNORECASE)
    first = pattern.search(text)
    start = max(0, first.start() - width) if first else 0
    window = text[start:start + 2 * width]
    marked = pattern.sub(lambda m: f"[{m.group(0)}]", window)
    return ("… " if start else "") + marked.replace("\n", " ") + (" …" if start + 2 * width < len(text) else "")


def _one(conn, sql: str, key: str, missing: str) -> dict:
    """The one row `sql` finds for `key`, or NotFound with the message `missing`."""
    found = _rows(conn, sql, (key,))
    if not found:
        raise NotFound(missing)
    return found[0]


def _rows(conn, sql: str, params=()) -> list[dict]:
    cursor = conn.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def search(store, q: str, limit: int = 20, offset: int = 0) -> dict:
    """Entities whose names match, and documents whose title or text match (with a snippet)."""
    limit, query = _bounded(limit), fts_query(q)
    if query is None:
        return {"query": q, "entities": [], "documents": _page([], 0, limit, offset)}
    conn = store.conn
    entities = _rows(conn, """
        SELECT e.id, e.name, e.type, e.wikidata, e.documents
        FROM graph_entities e
        WHERE e.id IN (SELECT entity_id FROM search_entities WHERE search_entities MATCH ? LIMIT 200)
        ORDER BY documents DESC, e.name LIMIT 20""", (query,))
    total = conn.execute(f"SELECT COUNT(*) FROM (SELECT 1 FROM search_documents WHERE search_documents MATCH ?"
                         f" LIMIT {COUNT_CAP + 1})", (query,)).fetchone()[0]
    # Ranking every match by bm25 costs ~170 ms for a word found in 100,000 articles;
    # past RANK_SAMPLE matches, the best of the first RANK_SAMPLE are shown instead.
    matches = ("search_documents" if total <= RANK_SAMPLE else
               f"(SELECT rowid AS r FROM search_documents WHERE search_documents MATCH ? LIMIT {RANK_SAMPLE}) AS x"
               " JOIN search_documents ON search_documents.rowid = x.r")
    params = (query,) if total <= RANK_SAMPLE else (query, query)
    rowids = [row[0] for row in conn.execute(
        f"SELECT search_documents.rowid FROM {matches} WHERE search_documents MATCH ?"
        f" ORDER BY bm25(search_documents) LIMIT ? OFFSET ?", (*params, limit, offset))]
    # Snippets are cut here rather than by FTS5's snippet(), which costs 5-10 ms per
    # row for a common word (it walks the word's whole posting list again).
    words = _TOKEN.findall(q)
    documents = []
    for rowid in rowids:
        row = _rows(conn, """SELECT s.document_id AS id, d.title, d.published, d.outlet, d.source, d.text
                             FROM search_documents s JOIN documents d ON d.id = s.document_id
                             WHERE s.rowid = ?""", (rowid,))
        if row:
            row[0]["snippet"] = snippet(row[0].pop("text"), words)
            documents.append(row[0])
    page = _page(documents, min(total, COUNT_CAP), limit, offset)
    page["total_is_lower_bound"] = total > COUNT_CAP
    page["ranked_among"] = min(total, RANK_SAMPLE)
    return {"query": q, "entities": entities, "documents": page}


def entity_profile(store, entity_id: str) -> dict:
    """Names, offices over time, events, quotes, co-occurring entities and articles."""
    conn = store.conn
    entity = _one(conn, "SELECT id, name, type, wikidata, in_kb FROM graph_entities WHERE id = ?", entity_id,
                  f"no entity {entity_id!r} in the store; search for its name with /api/search?q=")
    entity["names"] = [r["name"] for r in _rows(
        conn, "SELECT name FROM graph_entity_names WHERE entity_id = ? ORDER BY name", (entity_id,))]
    entity["offices"] = _offices(conn, entity_id)
    entity["memberships"] = _rows(conn, """
        SELECT DISTINCT r.predicate, r.object_id AS id, COALESCE(e.name, r.object_id) AS name
        FROM graph_relations r LEFT JOIN graph_entities e ON e.id = r.object_id
        WHERE r.subject_id = ? AND r.predicate = 'member_of'""", (entity_id,))
    entity["events"] = timeline(store, entity=entity_id, limit=100)["items"]
    entity["quotes"] = quotes(store, speaker=entity_id, limit=50)["items"]
    entity["co_occurring"] = co_occurring(store, entity_id)
    entity["documents"] = _rows(conn, """
        SELECT d.id, d.title, d.published, d.outlet, ed.mentions
        FROM graph_entity_documents ed JOIN documents d INDEXED BY documents_card ON d.id = ed.document_id
        WHERE ed.entity_id = ? ORDER BY ed.published DESC LIMIT 100""", (entity_id,))
    return entity


def _offices(conn, entity_id: str) -> list[dict]:
    """Offices from the KB (dated), then each title the articles gave, once: with how
    many articles gave it, the latest date and that article as evidence."""
    kb_offices = _rows(conn, """
        SELECT r.detail AS title, r.object_id AS of_id, COALESCE(e.name, r.object_id) AS of_name,
               NULL AS document_id
        FROM graph_relations r LEFT JOIN graph_entities e ON e.id = r.object_id
        WHERE r.subject_id = ? AND r.predicate = 'held_office' AND r.document_id IS NULL""", (entity_id,))
    # One max() aggregate: SQLite takes document_id from the row of the latest date.
    # The covering index gives each article's date without reading its row
    # (INDEXED BY: the planner would pick the primary key and read the row).
    stated = _rows(conn, """
        SELECT r.title, r.organization_id AS of_id, COALESCE(e.name, r.organization_id) AS of_name,
               r.document_id, MAX(d.published) AS published, COUNT(*) AS articles
        FROM graph_roles r JOIN documents d INDEXED BY documents_card ON d.id = r.document_id
        LEFT JOIN graph_entities e ON e.id = r.organization_id
        WHERE r.person_id = ? GROUP BY r.title, r.organization_id
        ORDER BY articles DESC, published DESC LIMIT 50""", (entity_id,))
    return kb_offices + stated


CO_OCCURRENCE_WINDOW = 500


def co_occurring(store, entity_id: str, limit: int = 15) -> list[dict]:
    """Entities named in the same articles, most shared articles first.

    Counted over the entity's latest CO_OCCURRENCE_WINDOW articles, so the page of a
    name found in tens of thousands of articles stays fast and shows current company.
    """
    return _rows(store.conn, """
        WITH recent AS (SELECT document_id FROM graph_entity_documents WHERE entity_id = ?
                        ORDER BY published DESC LIMIT ?)
        SELECT e.id, e.name, e.type, COUNT(*) AS documents
        FROM recent JOIN graph_entity_documents b ON b.document_id = recent.document_id
        JOIN graph_entities e ON e.id = b.entity_id
        WHERE b.entity_id != ?
        GROUP BY e.id ORDER BY documents DESC, e.name LIMIT ?""",
        (entity_id, CO_OCCURRENCE_WINDOW, entity_id, limit))


def event_profile(store, event_id: str) -> dict:
    """Date, place, participants, organisers, source articles and the quotes said there."""
    conn = store.conn
    event = _one(conn, "SELECT * FROM graph_events WHERE id = ?", event_id,
                 f"no event {event_id!r} in the store; list events with /api/events")
    for predicate, key in (("took_part_in", "participants"), ("organised", "organizers")):
        event[key] = _rows(conn, """
            SELECT DISTINCT e.id, e.name, e.type FROM graph_relations r JOIN graph_entities e ON e.id = r.subject_id
            WHERE r.object_id = ? AND r.predicate = ? ORDER BY e.name""", (event_id, predicate))
    event["sources"] = _rows(conn, """
        SELECT s.document_id AS id, s.name AS name_in_document, s.start, s.end, d.title, d.published, d.outlet
        FROM graph_event_sources s JOIN documents d INDEXED BY documents_card ON d.id = s.document_id
        WHERE s.event_id = ? ORDER BY d.published, d.id""", (event_id,))
    event["quotes"] = _rows(conn, """
        SELECT q.id, q.text, q.document_id, q.start, q.end, q.speaker_id, e.name AS speaker_name
        FROM graph_quotes q LEFT JOIN graph_entities e ON e.id = q.speaker_id
        WHERE q.event_id = ? ORDER BY q.document_id, q.start""", (event_id,))
    return event


def _period(column: str, date_from: str | None, date_to: str | None, where: list, params: list) -> None:
    """Filter ISO dates of any precision: `date_to` "2023" keeps all of 2023 (and "2023-05-04")."""
    if date_from:
        where.append(f"{column} >= ?")
        params.append(date_from)
    if date_to:
        where.append(f"substr({column}, 1, ?) <= ?")
        params += [len(date_to), date_to]


def timeline(store, entity: str | None = None, framework: str | None = None, type: str | None = None,
             date_from: str | None = None, date_to: str | None = None,
             limit: int = 50, offset: int = 0) -> dict:
    """Events in date order, filtered by an entity taking part (or the place), a framework
    (an entity named in the event's articles), a type and a period."""
    where, params, source = [], [], "graph_events ev"
    if entity:
        # Events the entity took part in, organised or hosted, and events reported in its
        # latest articles (bounded like co-occurrence, so a very common name stays fast).
        # Gathered first as a set of ids: an OR of the three in WHERE would scan every event.
        source = ("""(SELECT object_id AS id FROM graph_relations WHERE subject_id = ?
                       AND predicate IN ('took_part_in', 'organised', 'hosted')
                     UNION SELECT id FROM graph_events WHERE location_id = ?
                     UNION SELECT s.event_id FROM (SELECT document_id FROM graph_entity_documents
                       WHERE entity_id = ? ORDER BY published DESC LIMIT ?) r
                     JOIN graph_event_sources s ON s.document_id = r.document_id) AS mine
                  JOIN graph_events ev ON ev.id = mine.id""")
        params += [entity, entity, entity, CO_OCCURRENCE_WINDOW]
    if framework:
        where.append("ev.id IN (SELECT s.event_id FROM graph_event_sources s JOIN graph_entity_documents m"
                     " ON m.document_id = s.document_id WHERE m.entity_id = ?)")
        params.append(framework)
    if type:
        where.append("ev.type = ?")
        params.append(type.upper())
    _period("ev.date", date_from, date_to, where, params)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    limit = _bounded(limit)
    total = store.conn.execute(f"SELECT COUNT(*) FROM {source} {clause}", params).fetchone()[0]
    items = _rows(store.conn, f"""
        SELECT ev.id, ev.type, ev.name, ev.date, ev.date_precision, ev.location_id, ev.location_name,
               (SELECT COUNT(*) FROM graph_event_sources s WHERE s.event_id = ev.id) AS sources
        FROM {source} {clause}
        ORDER BY ev.date IS NULL, ev.date, ev.id LIMIT ? OFFSET ?""", [*params, limit, offset])
    return _page(items, total, limit, offset)


def quotes(store, speaker: str | None = None, q: str | None = None, date_from: str | None = None,
           date_to: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Quotations by speaker (id or name), words and period (the article's date)."""
    where, params = [], []
    if speaker:
        where.append("(q.speaker_id = ? OR q.speaker_id IN (SELECT entity_id FROM graph_entity_names"
                     " WHERE name = ? COLLATE NOCASE))")
        params += [speaker, speaker]
    for word in _TOKEN.findall(q or ""):
        where.append("q.text LIKE ?")
        params.append(f"%{word}%")
    _period("q.published", date_from, date_to, where, params)
    clause = ("WHERE " + " AND ".join(where)) if where else ""
    limit = _bounded(limit)
    total = store.conn.execute(f"SELECT COUNT(*) FROM graph_quotes q {clause}", params).fetchone()[0]
    items = _rows(store.conn, f"""
        SELECT q.id, q.text, q.direct, q.cue, q.document_id, q.start, q.end, q.published, q.event_id,
               q.speaker_id, e.name AS speaker_name
        FROM graph_quotes q LEFT JOIN graph_entities e ON e.id = q.speaker_id
        {clause} ORDER BY q.published DESC, q.document_id, q.start LIMIT ? OFFSET ?""",
        [*params, limit, offset])
    return _page(items, total, limit, offset)


def neighbourhood(store, entity_id: str, limit: int = 40) -> dict:
    """The entity, the entities and events it is linked to, and the edges between them."""
    conn = store.conn
    centre = _one(conn, "SELECT id, name, type FROM graph_entities WHERE id = ?", entity_id,
                  f"no entity {entity_id!r} in the store")
    nodes = {entity_id: {**centre, "kind": "entity"}}
    edges: dict[tuple, dict] = {}
    for row in _rows(conn, """
            SELECT r.predicate, r.subject_id, r.object_id, COUNT(*) AS weight FROM graph_relations r
            WHERE (r.subject_id = ? OR r.object_id = ?) AND r.predicate != 'said'
            GROUP BY r.predicate, r.subject_id, r.object_id ORDER BY weight DESC LIMIT ?""",
            (entity_id, entity_id, limit)):
        edges[(row["subject_id"], row["object_id"], row["predicate"])] = {
            "source": row["subject_id"], "target": row["object_id"], "label": row["predicate"],
            "weight": row["weight"]}
    for row in co_occurring(store, entity_id, limit=limit // 2):
        edges.setdefault((entity_id, row["id"], "co_occurs"), {
            "source": entity_id, "target": row["id"], "label": "co_occurs", "weight": row["documents"]})
    for node_id in {i for e in edges.values() for i in (e["source"], e["target"])} - set(nodes):
        nodes[node_id] = _node(conn, node_id)
    return {"nodes": list(nodes.values()), "edges": list(edges.values())}


def _node(conn, node_id: str) -> dict:
    entity = _rows(conn, "SELECT id, name, type FROM graph_entities WHERE id = ?", (node_id,))
    if entity:
        return {**entity[0], "kind": "entity"}
    event = _rows(conn, "SELECT id, name, type, date FROM graph_events WHERE id = ?", (node_id,))
    if event:
        return {**event[0], "kind": "event"}
    return {"id": node_id, "name": node_id, "type": "UNKNOWN", "kind": "entity"}


def document_view(store, doc_id: str) -> dict:
    """A stored document's public record (text and annotations), its provenance and flags."""
    doc = store.document(doc_id)
    if doc is None:
        raise NotFound(f"no document {doc_id!r} in the store")
    record = doc.to_record()
    record["provenance"] = store.provenance(doc_id)
    row = store.conn.execute("SELECT annotations FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row and row[0] and not record["entities"]:
        record.update({k: v for k, v in json.loads(row[0]).items() if k in record})
    return record


def flagged_documents(store, kind: str | None = None, limit: int = 50, offset: int = 0) -> dict:
    """Documents with credibility flags, most flags first."""
    where, params = ("WHERE f.kind = ?", [kind]) if kind else ("", [])
    limit = _bounded(limit)
    total = store.conn.execute(
        f"SELECT COUNT(DISTINCT f.document_id) FROM graph_flags f {where}", params).fetchone()[0]
    items = _rows(store.conn, f"""
        SELECT d.id, d.title, d.published, d.outlet, COUNT(*) AS flags,
               group_concat(f.kind, ', ') AS kinds, MIN(f.message) AS first_message
        FROM graph_flags f JOIN documents d INDEXED BY documents_card ON d.id = f.document_id {where}
        GROUP BY d.id ORDER BY flags DESC, d.published DESC LIMIT ? OFFSET ?""", [*params, limit, offset])
    return _page(items, total, limit, offset)


def overview(store) -> dict[str, Any]:
    """Counts for the home page."""
    conn = store.conn
    count = lambda table: conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]  # noqa: E731
    return {"documents": count("documents"), "entities": count("graph_entities"),
            "events": count("graph_events"), "quotes": count("graph_quotes"),
            "flagged_documents": conn.execute("SELECT COUNT(DISTINCT document_id) FROM graph_flags").fetchone()[0],
            "top_entities": _rows(conn, """
                SELECT id, name, type, documents FROM graph_entities ORDER BY documents DESC LIMIT 15"""),
            "recent_events": _rows(conn, """
                SELECT ev.id, ev.type, ev.name, ev.date, ev.location_name,
                       (SELECT COUNT(*) FROM graph_event_sources s WHERE s.event_id = ev.id) AS sources
                FROM graph_events ev WHERE ev.date IS NOT NULL ORDER BY ev.date DESC LIMIT 10""")}
