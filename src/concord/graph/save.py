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

import hashlib

from concord import __version__
from concord.document import Document, Entity
from concord.graph.events import merge_event
from concord.graph.ids import entity_node_id
from concord.graph.relations import proposals


def save_facts(store, doc: Document, extractor_version: str | None = None, *, new: bool = False,
               kb=None) -> None:
    """Replace `doc`'s facts in the graph with those of its current extraction.

    `new=True` says the document was stored just now, so it has no facts yet
    and there is nothing to look up and replace. `kb` is the knowledge base the
    extractor linked against (by default `concord.kb.default_kb()`).
    """
    version = extractor_version or __version__
    kb = kb if kb is not None else _default_kb()
    with store.transaction() as conn:
        if not new:
            forget_document(store, doc.id)          # re-extraction: the old facts go first
        node_of = _save_entities(store, doc, version, kb)
        relations: list[tuple] = []
        _save_roles(conn, doc, node_of, version, relations)
        event_of = _save_events(conn, doc, node_of, version, relations)
        _save_quotes(conn, doc, node_of, event_of, version, relations)
        for person, framework, start, end in proposals(doc):
            _relation(relations, node_of.get(person), "proposed", node_of.get(framework), doc.id, start, end,
                      None, version)
        _write_relations(conn, relations)
        _save_flags(conn, doc, version)
        store.fulltext.add("search_documents", [(search_rowid(doc.id), doc.id, doc.title or "", doc.text)])


def forget_document(store, doc_id: str) -> None:
    """Remove every fact that came from `doc_id`, and nodes left with no evidence.

    Only the nodes this document touched are checked, so forgetting one document
    costs the same in a store of a hundred documents or of a million.
    """
    conn = store.conn
    touched_entities = {row[0] for row in conn.execute(
        "SELECT entity_id FROM graph_entity_documents WHERE document_id = ? UNION "
        "SELECT subject_id FROM graph_relations WHERE document_id = ?", (doc_id, doc_id))}
    touched_events = {row[0] for row in conn.execute(
        "SELECT event_id FROM graph_event_sources WHERE document_id = ?", (doc_id,))}
    conn.execute("UPDATE graph_entities SET documents = documents - 1 WHERE id IN "
                 "(SELECT entity_id FROM graph_entity_documents WHERE document_id = ?)", (doc_id,))
    conn.executemany("DELETE FROM graph_mentions WHERE entity_id = ? AND document_id = ?",
                     [(entity_id, doc_id) for entity_id in touched_entities])
    for table in ("graph_roles", "graph_quotes", "graph_relations",
                  "graph_flags", "graph_event_sources", "graph_entity_documents"):
        conn.execute(f"DELETE FROM {table} WHERE document_id = ?", (doc_id,))
    _delete_search_rows(store, "search_documents", {search_rowid(doc_id)})
    for event_id in touched_events:
        if not conn.execute("SELECT 1 FROM graph_event_sources WHERE event_id = ? LIMIT 1", (event_id,)).fetchone():
            conn.execute("DELETE FROM graph_events WHERE id = ?", (event_id,))
    for entity_id in touched_entities:
        if _has_evidence(conn, entity_id):
            continue
        names = [row[0] for row in conn.execute(
            "SELECT name FROM graph_entity_names WHERE entity_id = ?", (entity_id,))]
        _delete_search_rows(store, "search_entities", {search_rowid(entity_id, name) for name in names})
        conn.execute("DELETE FROM graph_relations WHERE subject_id = ? AND document_id IS NULL", (entity_id,))
        conn.execute("DELETE FROM graph_entity_names WHERE entity_id = ?", (entity_id,))
        conn.execute("DELETE FROM graph_entities WHERE id = ?", (entity_id,))


def _delete_search_rows(store, table: str, rowids: set[int]) -> None:
    """Delete full-text rows, whether written already or still waiting for the commit."""
    store.fulltext.discard(table, rowids)
    store.conn.executemany(f"DELETE FROM {table} WHERE rowid = ?", [(rowid,) for rowid in rowids])


def _has_evidence(conn, entity_id: str) -> bool:
    return bool(conn.execute(
        "SELECT 1 FROM graph_mentions WHERE entity_id = ? UNION ALL "
        "SELECT 1 FROM graph_relations WHERE subject_id = ? AND document_id IS NOT NULL UNION ALL "
        "SELECT 1 FROM graph_relations WHERE object_id = ? AND document_id IS NOT NULL LIMIT 1",
        (entity_id, entity_id, entity_id)).fetchone())


def search_rowid(*parts: str) -> int:
    """A stable rowid for a full-text row, so it can be replaced without a table scan
    (FTS5 columns cannot be indexed; its rowid can)."""
    digest = hashlib.blake2b("\x1f".join(parts).encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1        # fits SQLite's signed 64-bit integer


def _default_kb():
    from concord.kb import default_kb
    return default_kb()


def _save_entities(store, doc: Document, version: str, kb) -> dict[str, str]:
    """Write entity nodes, names and mentions; returns document entity id → graph node id.

    Statements are batched over the whole document (a few per document rather than
    a few per entity): storing must keep pace with extraction.
    """
    conn = store.conn
    node_of: dict[str, str] = {}
    nodes: dict[str, tuple[Entity, bool]] = {}
    for entity in doc.entities:
        in_kb = kb.get(entity.id) is not None
        node_id = entity_node_id(entity, doc.id, in_kb)
        node_of[entity.id] = node_id
        nodes.setdefault(node_id, (entity, in_kb))
    if not nodes:
        return node_of
    ids = list(nodes)
    marks = ",".join("?" * len(ids))
    existing = {row[0] for row in conn.execute(f"SELECT id FROM graph_entities WHERE id IN ({marks})", ids)}
    for node_id in ids:
        if node_id not in existing:
            _create_entity(conn, node_id, *nodes[node_id], version, kb)
    _add_names(store, [(node_of[e.id], name) for e in doc.entities
                       for name in {e.name, *(m.text for m in e.mentions)}])
    conn.executemany(
        "INSERT INTO graph_mentions (document_id, entity_id, start, end, text, extractor_version, confidence)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [row for e in doc.entities for row in (
            [(doc.id, node_of[e.id], m.start, m.end, m.text, version, e.confidence) for m in e.mentions]
            or [(doc.id, node_of[e.id], None, None, e.name, version, e.confidence)])])
    counts: dict[str, int] = {}
    for e in doc.entities:
        counts[node_of[e.id]] = counts.get(node_of[e.id], 0) + len(e.mentions)
    conn.executemany("INSERT INTO graph_entity_documents (entity_id, document_id, published, mentions)"
                     " VALUES (?, ?, ?, ?)", [(n, doc.id, doc.published, c) for n, c in counts.items()])
    conn.executemany("UPDATE graph_entities SET documents = documents + 1 WHERE id = ?", [(n,) for n in counts])
    return node_of


def _create_entity(conn, node_id: str, entity: Entity, in_kb: bool, version: str, kb) -> None:
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


def _add_names(store, names: list[tuple[str, str]]) -> None:
    """Record the names entities were written with; each new one becomes searchable."""
    conn, wanted = store.conn, sorted(set(names))
    # Only these pairs are looked up: an entity named in thousands of articles
    # (ASEAN) has many names, and reading them all for every document grew with the store.
    pairs = ",".join("(?, ?)" for _ in wanted)
    known = {(row[0], row[1]) for row in conn.execute(
        f"SELECT n.entity_id, n.name FROM (VALUES {pairs}) AS v JOIN graph_entity_names n"
        " ON n.entity_id = v.column1 AND n.name = v.column2",
        [value for pair in wanted for value in pair])} if wanted else set()
    new = [pair for pair in wanted if pair not in known]
    conn.executemany("INSERT INTO graph_entity_names (entity_id, name) VALUES (?, ?)", new)
    store.fulltext.add("search_entities", [(search_rowid(node_id, name), node_id, name) for node_id, name in new])


def _ref_id(ref: dict | None, node_of: dict[str, str]) -> str | None:
    if not ref:
        return None
    return node_of.get(ref.get("id"), ref.get("id"))


def _save_roles(conn, doc: Document, node_of: dict[str, str], version: str, relations: list) -> None:
    rows = []
    for role in doc.roles:
        person = _ref_id(role.person, node_of)
        org = _ref_id(role.organization, node_of)
        rows.append((doc.id, person, role.title, org, role.start, role.end, version))
        _relation(relations, person, "held_office", org, doc.id, role.start, role.end, role.title, version)
    conn.executemany(
        "INSERT INTO graph_roles (document_id, person_id, title, organization_id, start, end,"
        " extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def _relation(rows: list, subject, predicate, obj, doc_id, start, end, detail, version, confidence=1.0) -> None:
    if subject and obj:
        rows.append((subject, predicate, obj, doc_id, start, end, detail, version, confidence))


def _write_relations(conn, rows: list) -> None:
    conn.executemany(
        "INSERT INTO graph_relations (subject_id, predicate, object_id, document_id, start, end, detail,"
        " extractor_version, confidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _save_events(conn, doc: Document, node_of: dict[str, str], version: str, relations: list) -> dict[str, str]:
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
            _relation(relations, _ref_id(ref, node_of), "took_part_in", node_id, doc.id, event.start, event.end,
                      None, version)
        for ref in event.organizers:
            _relation(relations, _ref_id(ref, node_of), "organised", node_id, doc.id, event.start, event.end,
                      None, version)
        if location_id and location_id != "virtual":
            _relation(relations, location_id, "hosted", node_id, doc.id, event.start, event.end, None, version)
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


def _save_quotes(conn, doc: Document, node_of, event_of, version: str, relations: list) -> None:
    rows = []
    for quote in doc.quotes:
        speaker = _ref_id(quote.speaker, node_of)
        quote_id = f"q:{doc.id[2:]}:{quote.start}-{quote.end}"
        rows.append((quote_id, doc.id, speaker, _event_for_quote(doc, quote.start, event_of), quote.text,
                     quote.start, quote.end, quote.cue, int(quote.direct), doc.published, version))
        _relation(relations, speaker, "said", quote_id, doc.id, quote.start, quote.end, None, version)
    conn.executemany(
        "INSERT OR REPLACE INTO graph_quotes (id, document_id, speaker_id, event_id, text, start, end, cue,"
        " direct, published, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)


def _save_flags(conn, doc: Document, version: str) -> None:
    conn.executemany(
        "INSERT INTO graph_flags (document_id, kind, message, start, end, extractor_version)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(doc.id, f.kind, f.message, f.start, f.end, version) for f in doc.flags])
