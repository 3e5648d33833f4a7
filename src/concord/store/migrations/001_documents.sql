-- Documents and where they came from.
-- A document is keyed by its stable id (document_id of the cleaned text), so the
-- same article read twice, or from two formats, is one row with two provenance rows.
CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    source          TEXT NOT NULL,          -- the first source it was read from
    original        TEXT NOT NULL,          -- decoded input as read (HTML or text)
    text            TEXT NOT NULL,          -- cleaned body; every span points into it
    format          TEXT NOT NULL,
    url             TEXT,
    title           TEXT,
    published       TEXT,                   -- ISO YYYY-MM-DD, YYYY-MM or YYYY; never invented
    outlet          TEXT,
    author          TEXT,
    dateline        TEXT,
    language        TEXT,
    hints           TEXT NOT NULL DEFAULT '{}',   -- JSON: metadata the container gave
    cluster_id      TEXT,                   -- near-duplicate group: id of its first document
    read_at         TEXT,                   -- when the document was first read
    stored_at       TEXT NOT NULL,
    -- the latest extraction (entities, roles, quotes, events, flags) as JSON, so a
    -- stored document gives back its whole public record; the graph tables
    -- (migrations 010-019) hold the same facts merged across documents
    annotations     TEXT,
    extractor_version TEXT,
    extracted_at    TEXT
) WITHOUT ROWID;

CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_cluster ON documents (cluster_id);

-- Every source that produced a document. Unique per (document, source), so
-- re-ingesting the same input adds nothing.
CREATE TABLE provenance (
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    source          TEXT NOT NULL,          -- path or URL as given (plus #line=N / #record=N)
    format          TEXT NOT NULL,          -- the reader that produced it
    url             TEXT,
    read_at         TEXT,
    concord_version TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
) WITHOUT ROWID;

CREATE INDEX provenance_source ON provenance (source);
