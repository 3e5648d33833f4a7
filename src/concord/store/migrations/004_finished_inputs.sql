-- Input files whose every document and failure is committed. A rerun skips a
-- file whose size and modification time are unchanged, so an interrupted run
-- resumes where it stopped instead of reading and cleaning everything again.
CREATE TABLE finished_inputs (
    path            TEXT PRIMARY KEY,
    size            INTEGER NOT NULL,
    mtime_ns        INTEGER NOT NULL,
    documents       INTEGER NOT NULL,
    failures        INTEGER NOT NULL,
    finished_at     TEXT NOT NULL
) WITHOUT ROWID;
