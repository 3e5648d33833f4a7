-- Each signature row carries its document's cluster id, so looking up the
-- candidates for a new document reads only this small table. Reading
-- documents.cluster_id meant walking past the original and cleaned text stored
-- before it in the row (several overflow pages per candidate).
ALTER TABLE signatures ADD COLUMN cluster_id TEXT;

UPDATE signatures SET cluster_id = (SELECT d.cluster_id FROM documents d WHERE d.id = signatures.document_id);
