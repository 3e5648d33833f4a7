-- The knowledge graph: facts of every document, merged across documents.
-- Nodes: entities (one per real-world thing: KB id, or a careful local id) and
-- events (one per real-world happening). Every fact row names the document and the
-- character span that is its evidence, the extractor version and a confidence.

CREATE TABLE graph_entities (
    id              TEXT PRIMARY KEY,       -- KB id (Wikidata where known) or local id
    name            TEXT NOT NULL,
    type            TEXT NOT NULL,
    wikidata        TEXT,
    in_kb           INTEGER NOT NULL DEFAULT 0,
    documents       INTEGER NOT NULL DEFAULT 0   -- articles naming it, kept up to date on every save
) WITHOUT ROWID;

CREATE INDEX graph_entities_type ON graph_entities (type);
CREATE INDEX graph_entities_documents ON graph_entities (documents DESC);

-- Which articles name an entity, newest first: an entity page of a name in 50,000
-- articles reads its latest ones from this index instead of sorting all mentions.
CREATE TABLE graph_entity_documents (
    entity_id       TEXT NOT NULL,
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    published       TEXT,
    mentions        INTEGER NOT NULL,
    PRIMARY KEY (entity_id, document_id)
) WITHOUT ROWID;

CREATE INDEX graph_entity_documents_recent ON graph_entity_documents (entity_id, published DESC);
CREATE INDEX graph_entity_documents_document ON graph_entity_documents (document_id);

-- Every name an entity was written with, for search and for the profile page.
CREATE TABLE graph_entity_names (
    entity_id       TEXT NOT NULL REFERENCES graph_entities (id) ON DELETE CASCADE,
    name            TEXT NOT NULL,
    PRIMARY KEY (entity_id, name)
) WITHOUT ROWID;

CREATE TABLE graph_mentions (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id       TEXT NOT NULL REFERENCES graph_entities (id),
    start           INTEGER,
    end             INTEGER,
    text            TEXT,
    extractor_version TEXT NOT NULL,
    confidence      REAL NOT NULL DEFAULT 1.0
);

-- No index on document_id alone: a document's mentions are found through the
-- entities it names (graph_entity_documents), which keeps every insert cheaper.
CREATE INDEX graph_mentions_entity ON graph_mentions (entity_id, document_id);

CREATE TABLE graph_events (
    id              TEXT PRIMARY KEY,
    type            TEXT NOT NULL,
    name            TEXT NOT NULL,
    series_key      TEXT NOT NULL,          -- normalised name words without ordinal: merging key
    ordinal         INTEGER,
    date            TEXT,
    date_precision  TEXT,
    location_id     TEXT,
    location_name   TEXT
) WITHOUT ROWID;

CREATE INDEX graph_events_series ON graph_events (type, series_key);
CREATE INDEX graph_events_date ON graph_events (date);
CREATE INDEX graph_events_location ON graph_events (location_id);

-- Each report of an event in a document.
CREATE TABLE graph_event_sources (
    event_id        TEXT NOT NULL REFERENCES graph_events (id) ON DELETE CASCADE,
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    local_id        TEXT NOT NULL,          -- the event id the extractor gave in that document
    name            TEXT NOT NULL,          -- as that document names it
    start           INTEGER,
    end             INTEGER,
    extractor_version TEXT NOT NULL,
    PRIMARY KEY (event_id, document_id, local_id)
) WITHOUT ROWID;

CREATE INDEX graph_event_sources_document ON graph_event_sources (document_id);

CREATE TABLE graph_roles (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    person_id       TEXT NOT NULL,
    title           TEXT NOT NULL,
    organization_id TEXT,
    start           INTEGER,
    end             INTEGER,
    extractor_version TEXT NOT NULL
);

CREATE INDEX graph_roles_person ON graph_roles (person_id);
CREATE INDEX graph_roles_document ON graph_roles (document_id);

CREATE TABLE graph_quotes (
    id              TEXT PRIMARY KEY,       -- document id + span: stable
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    speaker_id      TEXT,
    event_id        TEXT,
    text            TEXT NOT NULL,
    start           INTEGER,
    end             INTEGER,
    cue             TEXT,
    direct          INTEGER NOT NULL DEFAULT 1,
    published       TEXT,                   -- the document's date, for filtering by period
    extractor_version TEXT NOT NULL
) WITHOUT ROWID;

CREATE INDEX graph_quotes_speaker ON graph_quotes (speaker_id);
CREATE INDEX graph_quotes_document ON graph_quotes (document_id);

-- Typed edges: member_of, held_office, took_part_in, organised, hosted, proposed, said.
CREATE TABLE graph_relations (
    subject_id      TEXT NOT NULL,
    predicate       TEXT NOT NULL,
    object_id       TEXT NOT NULL,
    document_id     TEXT REFERENCES documents (id) ON DELETE CASCADE,   -- null for KB facts
    start           INTEGER,
    end             INTEGER,
    detail          TEXT,                   -- e.g. the title of an office
    extractor_version TEXT NOT NULL,
    confidence      REAL NOT NULL DEFAULT 1.0
);

CREATE INDEX graph_relations_subject ON graph_relations (subject_id, predicate);
CREATE INDEX graph_relations_object ON graph_relations (object_id, predicate);
CREATE INDEX graph_relations_document ON graph_relations (document_id);

CREATE TABLE graph_flags (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    message         TEXT NOT NULL,
    start           INTEGER,
    end             INTEGER,
    extractor_version TEXT NOT NULL
);

CREATE INDEX graph_flags_document ON graph_flags (document_id);
CREATE INDEX graph_flags_kind ON graph_flags (kind);

-- Full-text search over documents and entity names (SQLite FTS5).
CREATE VIRTUAL TABLE search_documents USING fts5 (
    document_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE VIRTUAL TABLE search_entities USING fts5 (
    entity_id UNINDEXED, names, tokenize = 'unicode61 remove_diacritics 2'
);
