"""Store one document's extraction in the graph, merged with what other documents said.

`save_facts(store, doc)` replaces every fact the document gave before (so
re-extraction after an upgrade leaves no duplicates), then writes entities,
mentions, roles, quotes, events, relations and flags, each with its evidence:
document, span, extractor version and confidence.

Merging across documents:
- entities by id: the KB id where the extractor linked one; for names not in the
  KB, the extractor's local id is derived from the full normalised name, which
  merges "Sok Siphana" across articles. A one-word person name that is not in the
  KB ("Minh") is kept per document, so two people who merely share a name are
  never merged.
- events by `concord.graph.events.merge_event`: same type, series, ordinal (or
  name), compatible date and place.
"""
from __future__ import annotations

import sqlite3

from concord.document import Document, Entity
from concord.graph.events import merge_event
from concord.graph.ids import entity_node_id

EXTRACTOR_VERSION_DEFAULT = "0"


def _extractor_version() -> str:
    try:
        from concord import __version__
        return __version__
    except ImportError:  # pragma: no cover
        return EXTRACTOR_VERSION_DEFAULT


def save_facts(store, doc: Document, extractor_version: str | None = None) -> None:
    """Replace `doc`'s facts in the graph with those of its current extraction."""
    version = extractor_version or _extractor_version()
    with store.transaction() as conn:
        forget_document(conn, doc.id)
        node_of = _save_entities(conn, doc, version)
        _save_roles(conn, doc, node_of, version)
        event_of = _save_events(conn, doc, node_of, version)
        _save_quotes(conn, doc, node_of, event_of, version)
        _save_flags(conn, doc, version)
        conn.execute("INSERT INTO search_documents (document_id, title, text) VALUES (?, ?, ?)",
                     (doc.id, doc.title or "", doc.text))


def forget_document(conn: sqlite3.Connection, doc_id: str) -> None:
    """Remove every fact that came from `doc_id`, and nodes left with no evidence."""
    for table in ("graph_mentions", "graph_roles", "graph_quotes", "graph_relations",
                  "graph_flags", "graph_event_sources"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM search_documents WHERE document_id = ?", (doc_id,))
    conn.execute("DELETE FROM graph_events WHERE id NOT IN (SELECT event_id FROM graph_event_sources)")
    orphans = [row[0] for row in conn.execute(
        "SELECT id FROM graph_entities e WHERE NOT EXISTS "
        "(SELECT 1 FROM graph_mentions m WHERE m.entity_id = e.id) AND NOT EXISTS "
        "(SELECT 1 FROM graph_relations r WHERE r.document_id IS NOT NULL "
        " AND (r.subject_id = e.id OR r.object_id = e.id))")]
    for entity_id in orphans:
        conn.execute("DELETE FROM graph_relations WHERE subject_id = ? OR object_id = ?", (entity_id, entity_id))
        conn.execute("DELETE FROM search_entities WHERE entity_id = ?", (entity_id,))
        conn.execute("DELETE FROM graph_entities WHERE id = ?", (entity_id,))


def _kb():
    from concord.kb import default_kb
    return default_kb()


def _save_entities(conn: sqlite3.Connection, doc: Document, version: str) -> dict[str, str]:
    """Write entity nodes and mentions; returns document entity id → graph node id."""
    kb = _kb()
    node_of: dict[str, str] = {}
    for entity in doc.entities:
        in_kb = kb.get(entity.id) is not None
        node_id = entity_node_id(entity, doc.id, in_kb)
        node_of[entity.id] = node_id
        _upsert_entity(conn, node_id, entity, in_kb, version, kb)
        conn.executemany(
            "INSERT INTO graph_mentions (document_id, entity_id, start, end, text, extractor_version, confidence)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(doc.id, node_id, m.start, m.end, m.text, version, entity.confidence) for m in entity.mentions]
            or [(doc.id, node_id, None, None, entity.name, version, entity.confidence)])
        names = {entity.name, *(m.text for m in entity.mentions)}
        conn.executemany("INSERT OR IGNORE INTO graph_entity_names (entity_id, name) VALUES (?, ?)",
                         [(node_id, name) for name in names])
        _refresh_search_entry(conn, node_id)
    return node_of


def _upsert_entity(conn, node_id: str, entity: Entity, in_kb: bool, version: str, kb) -> None:
    exists = conn.execute("SELECT 1 FROM graph_entities WHERE id = ?", (node_id,)).fetchone()
    if exists:
        return
    name, etype, wikidata = entity.name, entity.type, entity.wikidata
    known = kb.get(entity.id) if in_kb else None
    if known is not None:   # the KB's canonical form wins over one article's spelling
        name, etype, wikidata = known.name, known.type, known.wikidata or wikidata
    conn.execute("INSERT INTO graph_entities (id, name, type, wikidata, in_kb) VALUES (?, ?, ?, ?, ?)",
                 (node_id, name, etype, wikidata, int(in_kb)))
    if known is not None:
        _add_kb_relations(conn, node_id, known, version)


def _add_kb_relations(conn, node_id: str, known, version: str) -> None:
    """Memberships and offices the KB knows become edges (with no document: KB facts)."""
    rows = []
    for membership in getattr(known, "memberships", ()) or ():
        predicate = "member_of" if getattr(membership, "role", "member") in (None, "member") else membership.role
        rows.append((node_id, predicate, membership.of, None, None, None, None, version))
    for office in getattr(known, "offices", ()) or ():
        detail = f"{office.title} ({office.start or '?'} – {office.end or 'today'})"
        rows.append((node_id, "held_office", office.of, None, None, None, detail, version))
    conn.executemany(
        "INSERT INTO graph_relations (subject_id, predicate, object_id, document_id, start, end, detail,"
        " extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _refresh_search_entry(conn, node_id: str) -> None:
    names = " | ".join(row[0] for row in conn.execute(
        "SELECT name FROM graph_entity_names WHERE entity_id = ?", (node_id,)))
    conn.execute("DELETE FROM search_entities WHERE entity_id = ?", (node_id,))
    conn.execute("INSERT INTO search_entities (entity_id, names) VALUES (?, ?)", (node_id, names))


def _ref_id(ref: dict | None, node_of: dict[str, str]) -> str | None:
    if not ref:
        return None
    return node_of.get(ref.get("id"), ref.get("id"))


def _save_roles(conn, doc: Document, node_of: dict[str, str], version: str) -> None:
    for role in doc.roles:
        person = _ref_id(role.person, node_of)
        org = _ref_id(role.organization, node_of)
        conn.execute(
            "INSERT INTO graph_roles (document_id, person_id, title, organization_id, start, end,"
            " extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (doc.id, person, role.title, org, role.start, role.end, version))
        if person and org:
            _relation(conn, person, "held_office", org, doc.id, role.start, role.end, role.title, version)


def _relation(conn, subject, predicate, obj, doc_id, start, end, detail, version, confidence=1.0) -> None:
    conn.execute(
        "INSERT INTO graph_relations (subject_id, predicate, object_id, document_id, start, end, detail,"
        " extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (subject, predicate, obj, doc_id, start, end, detail, version, confidence))


def _save_events(conn, doc: Document, node_of: dict[str, str], version: str) -> dict[str, str]:
    """Merge each event into the graph; returns the document's event id → graph event id."""
    event_of: dict[str, str] = {}
    for event in doc.events:
        location_id = _ref_id(event.location, node_of)
        node_id = merge_event(conn, event, location_id)
        event_of[event.id] = node_id
        conn.execute(
            "INSERT OR IGNORE INTO graph_event_sources (event_id, document_id, local_id, name, start, end,"
            " extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (node_id, doc.id, event.id, event.name, event.start, event.end, version))
        for ref in event.participants:
            _relation(conn, _ref_id(ref, node_of), "took_part_in", node_id, doc.id, event.start, event.end,
                      None, version)
        for ref in event.organizers:
            _relation(conn, _ref_id(ref, node_of), "organised", node_id, doc.id, event.start, event.end,
                      None, version)
        if location_id and location_id != "virtual":
            _relation(conn, location_id, "hosted", node_id, doc.id, event.start, event.end, None, version)
    return event_of


def _event_for_quote(doc: Document, quote_start: int, event_of: dict[str, str]) -> str | None:
    """The event a quote was most likely said at: the last one named before it, else the
    document's only event."""
    before = [e for e in doc.events if e.start <= quote_start]
    if before:
        return event_of.get(max(before, key=lambda e: e.start).id)
    if len(doc.events) == 1:
        return event_of.get(doc.events[0].id)
    return None


def _save_quotes(conn, doc: Document, node_of, event_of, version: str) -> None:
    for quote in doc.quotes:
        speaker = _ref_id(quote.speaker, node_of)
        event_id = _event_for_quote(doc, quote.start, event_of)
        quote_id = f"q:{doc.id[2:]}:{quote.start}-{quote.end}"
        conn.execute(
            "INSERT OR REPLACE INTO graph_quotes (id, document_id, speaker_id, event_id, text, start, end, cue,"
            " direct, published, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (quote_id, doc.id, speaker, event_id, quote.text, quote.start, quote.end, quote.cue,
             int(quote.direct), doc.published, version))
        if speaker:
            _relation(conn, speaker, "said", quote_id, doc.id, quote.start, quote.end, None, version)


def _save_flags(conn, doc: Document, version: str) -> None:
    conn.executemany(
        "INSERT INTO graph_flags (document_id, kind, message, start, end, extractor_version)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(doc.id, f.kind, f.message, f.start, f.end, version) for f in doc.flags])
