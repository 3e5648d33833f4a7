-- Inputs that could not be read or processed, with the reason and the stage.
-- The same failure seen again is one row: its count and last time go up.
-- locator is '' rather than NULL so that the unique key also holds without one.
CREATE TABLE failures (
    id              INTEGER PRIMARY KEY,
    source          TEXT NOT NULL,
    locator         TEXT NOT NULL DEFAULT '',
    reason          TEXT NOT NULL,
    stage           TEXT NOT NULL,
    first_seen      TEXT NOT NULL,
    last_seen       TEXT NOT NULL,
    times           INTEGER NOT NULL DEFAULT 1,
    UNIQUE (source, locator, stage, reason)
);
