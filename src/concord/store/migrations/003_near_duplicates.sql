-- Near-duplicate detection: each document's MinHash signature and its LSH band
-- keys (concord.clean.dedup). Documents sharing a band key are candidates;
-- their signatures decide whether they join one cluster.
CREATE TABLE signatures (
    document_id     TEXT PRIMARY KEY REFERENCES documents (id) ON DELETE CASCADE,
    signature       BLOB NOT NULL           -- JSON list of integers
) WITHOUT ROWID;

CREATE TABLE band_keys (
    band_key        TEXT NOT NULL,
    document_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    PRIMARY KEY (band_key, document_id)
) WITHOUT ROWID;
