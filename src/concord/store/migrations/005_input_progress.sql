-- finished_inputs also holds files an interrupted run had started: `complete`
-- is 0 until every document and failure of the file is committed. A rerun over
-- an unchanged file (same size and modification time), complete or not, skips
-- each line or record whose outcome is already stored, so a large WARC killed
-- half-way is resumed where it stopped, not cleaned and extracted again.
ALTER TABLE finished_inputs ADD COLUMN complete INTEGER NOT NULL DEFAULT 1;
