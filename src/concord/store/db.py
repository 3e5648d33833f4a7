"""The document store: one SQLite file, safe to kill at any moment.

Documents are keyed by their stable id, so the same article read twice (or
from two formats) is one row with one provenance row per source. Every write
runs in a transaction (`Store.transaction`, which nests), opened with BEGIN
IMMEDIATE so that concurrent writers wait for the lock (busy timeout) instead
of failing half-way. The journal is WAL with ``synchronous=NORMAL``: a process
killed with ``kill -9`` loses at most the transaction it was in, and a rerun
redoes it without duplicating anything.
"""
from __future__ import annotations

import json
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Literal

from concord import __version__
from concord.document import Document, Failure
from concord.errors import StoreError
from concord.store.clusters import SqliteClusters, compute_signature, find_cluster
from concord.store.fulltext import FullTextBuffer
from concord.store.migrate import migrate

_METADATA = ("url", "title", "published", "outlet", "author", "dateline", "language")
_COLUMNS = ("id", "source", "original", "text", "format", *_METADATA, "hints", "cluster_id",
            "read_at", "stored_at")
_ANNOTATIONS = ("entities", "roles", "quotes", "events", "flags")
CACHE_KIB = 64 * 1024      # page cache of each connection, at most
BATCH_CHECKPOINT_PAGES = 8000   # 32 MB of write-ahead log between checkpoints in a batch


def _annotations_json(doc: Document) -> str:
    record = doc.to_record()
    return json.dumps({name: record[name] for name in _ANNOTATIONS}, ensure_ascii=False)


def _enable_wal(conn: sqlite3.Connection, timeout: float) -> None:
    """Switch to WAL, waiting for other processes: changing the journal mode answers
    "database is locked" at once, without SQLite's busy handler, while another
    process is creating the same new store."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Store:
    """The SQLite store of documents, provenance, failures and (later) the graph.

        with Store("concord.db") as store:
            status = store.add_document(doc)     # "new" or "duplicate"

    `create=False` refuses to make a new file, for commands that only read.
    """

    def __init__(self, path: str | Path, *, create: bool = True, timeout: float = 30.0,
                 check_same_thread: bool = True):
        self.path = Path(path)
        if not create and not self.path.is_file():
            raise StoreError(f"no store at {self.path}: run `concord ingest PATH --db {self.path}` "
                             "first, or name another file with --db")
        try:
            self.conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None,
                                        check_same_thread=check_same_thread)
            self.conn.row_factory = sqlite3.Row
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            _enable_wal(self.conn, timeout)
            self.conn.execute("PRAGMA synchronous = NORMAL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            # Savepoint journals in memory, and a page cache that holds the indexes a
            # batch of documents touches (SQLite's default is 2 MB). With the batch
            # settings of `batch`, storing a document took 30% less CPU.
            self.conn.execute("PRAGMA temp_store = MEMORY")
            self.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {self.path}: {exc}; "
                             "check that it is an SQLite file and that the folder is writable") from exc
        self._depth = 0
        self._batch: Batch | None = None
        self.fulltext = FullTextBuffer()   # full-text rows wait for the commit (see store/fulltext.py)
        migrate(self.conn)
        self.clusters = SqliteClusters(self.conn)

    # -- transactions -------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All writes inside commit together or not at all.

        Nested calls are savepoints: an error inside one undoes only its own
        writes (one document) and leaves the outer transaction (a batch) going.
        """
        if self._batch is not None and self._depth == 0:
            self._begin()      # a batch's transaction opens at its first write
            self._depth = 1
        if self._depth:
            name = f"sp{self._depth}"
            self.conn.execute(f"SAVEPOINT {name}")
            mark = self.fulltext.mark()
            self._depth += 1
            try:
                yield self.conn
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.fulltext.rollback_to(mark)
                raise
            finally:
                self._depth -= 1
                self.conn.execute(f"RELEASE {name}")
            return
        self._begin()
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self._rollback()
            raise
        self._depth = 0
        self._commit()

    @contextmanager
    def batch(self, max_items: int = 64, max_seconds: float = 0.5) -> Iterator["Batch"]:
        """Writes grouped in transactions committed every `max_items` units or `max_seconds`.

        Committing documents in small batches rather than one by one makes a run
        several times faster; a `kill -9` loses at most the open batch, which
        the rerun redoes (documents are upserted by id, so nothing is doubled).
        A batch's transaction opens at its first write, not before, so the
        write lock is free for other writers (the web API) between batches.
        """
        if self._depth or self._batch is not None:
            raise StoreError("Store.batch cannot be opened inside a transaction or another batch")
        self._batch = Batch(self, max_items, max_seconds)
        # Foreign keys are not checked inside a batch: each check is an index
        # lookup per row (about 50 per document), and the writers running in
        # batches (add_document, concord.graph.save_facts) write every parent
        # row before its children. tests/store/test_fulltext.py runs
        # `PRAGMA foreign_key_check` over stores they made.
        self.conn.execute("PRAGMA foreign_keys = OFF")
        # A longer write-ahead log between checkpoints: a page that many documents
        # touch (an index's hot end) is copied into the database once per
        # checkpoint, and each checkpoint waits for the disk.
        self.conn.execute(f"PRAGMA wal_autocheckpoint = {BATCH_CHECKPOINT_PAGES}")
        try:
            yield self._batch
        finally:
            # Every unit inside ran in its own savepoint, so what is there is whole:
            # keep it even when the run stops on an error or Ctrl-C.
            self._batch = None
            try:
                if self._depth:
                    self._depth = 0
                    try:
                        self._commit()
                    except StoreError:
                        self._rollback()
                        raise
            finally:
                self.conn.execute("PRAGMA foreign_keys = ON")
                self.conn.execute("PRAGMA wal_autocheckpoint = 1000")    # SQLite's default

    def _begin(self) -> None:
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}; "
                             "another process may hold it locked") from exc

    def _rollback(self) -> None:
        self.fulltext.rollback_to(0)
        self.conn.execute("ROLLBACK")

    def _commit(self) -> None:
        try:
            self.fulltext.write(self.conn)
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot commit to the store {self.path}: {exc}") from exc

    # -- writing ------------------------------------------------------------

    def add_document(self, doc: Document, signature: Any | None = None) -> Literal["new", "duplicate"]:
        """Store a cleaned document and its source; return "new" or "duplicate".

        A duplicate (same id) adds only its provenance and fills metadata the
        stored copy lacks. A new document joins a near-duplicate cluster when
        one matches; `doc.cluster_id` is set either way. `signature` may be
        given when it was computed elsewhere (in a worker process).
        """
        if not doc.id:
            doc.assign_id()
        with self.transaction() as conn:
            row = conn.execute("SELECT cluster_id FROM documents WHERE id = ?", (doc.id,)).fetchone()
            if row is None:
                if signature is None:
                    signature = compute_signature(doc.text)
                doc.cluster_id, keys = find_cluster(self.clusters, doc.id, signature)
                self._insert(doc)
                if signature:
                    self.clusters.add(doc.id, doc.cluster_id, keys, signature)
                status = "new"
            else:
                doc.cluster_id = row[0]
                self._fill_metadata(doc)
                status = "duplicate"
            conn.execute(
                "INSERT OR IGNORE INTO provenance (document_id, source, format, url, read_at, concord_version) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (doc.id, doc.source, doc.format, doc.url, doc.read_at or now(), __version__))
            # A source that failed before (an unreachable URL, a file since repaired)
            # and is read now is no longer a failure.
            conn.execute("DELETE FROM failures WHERE source = ?", (doc.source,))
        return status

    def _insert(self, doc: Document) -> None:
        values = {name: getattr(doc, name) for name in _COLUMNS if name not in ("hints", "stored_at")}
        values["hints"] = json.dumps(doc.hints, ensure_ascii=False, default=str)
        values["stored_at"] = now()
        values["read_at"] = doc.read_at or values["stored_at"]
        columns = list(_COLUMNS)
        if any(getattr(doc, name) for name in _ANNOTATIONS):
            # The extraction goes in with the row: one write instead of an insert and an update.
            values.update(annotations=_annotations_json(doc), extractor_version=__version__,
                          extracted_at=values["stored_at"])
            columns += ["annotations", "extractor_version", "extracted_at"]
        marks = ", ".join(f":{name}" for name in columns)
        self.conn.execute(f"INSERT INTO documents ({', '.join(columns)}) VALUES ({marks})", values)

    def _fill_metadata(self, doc: Document) -> None:
        # COALESCE keeps what is stored: the same input twice changes nothing,
        # while a second format (HTML after text) may add a title or URL.
        sets = ", ".join(f"{name} = COALESCE({name}, :{name})" for name in _METADATA)
        self.conn.execute(f"UPDATE documents SET {sets} WHERE id = :id",
                          {"id": doc.id, **{name: getattr(doc, name) for name in _METADATA}})

    def save_annotations(self, doc: Document, extractor_version: str | None = None) -> None:
        """Replace the stored extraction of a document (for `concord reextract`)."""
        payload = _annotations_json(doc)
        with self.transaction() as conn:
            cur = conn.execute("UPDATE documents SET annotations = ?, extractor_version = ?, extracted_at = ? "
                               "WHERE id = ?", (payload, extractor_version or __version__, now(), doc.id))
            if cur.rowcount == 0:
                raise StoreError(f"cannot save the extraction of {doc.id}: no such document in {self.path}")

    def add_failure(self, failure: Failure) -> None:
        """Record an input that failed; the same failure again only updates its last time."""
        stamp = now()
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO failures (source, locator, reason, stage, first_seen, last_seen) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (source, locator, stage, reason) "
                "DO UPDATE SET last_seen = excluded.last_seen, times = times + 1",
                (failure.source, failure.locator or "", failure.reason, failure.stage, stamp, stamp))

    # -- resuming -----------------------------------------------------------

    def input_state(self, path: str, size: int, mtime_ns: int) -> str | None:
        """"complete" or "partial" when an earlier run read this file as it is now, else None."""
        row = self.conn.execute("SELECT size, mtime_ns, complete FROM finished_inputs WHERE path = ?",
                                (path,)).fetchone()
        if row is None or (row[0], row[1]) != (size, mtime_ns):
            return None
        return "complete" if row[2] else "partial"

    def is_finished(self, path: str, size: int, mtime_ns: int) -> bool:
        return self.input_state(path, size, mtime_ns) == "complete"

    def mark_started(self, path: str, size: int, mtime_ns: int) -> None:
        """Note that this version of the file is being stored (kept as it is when already noted)."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO finished_inputs (path, size, mtime_ns, documents, failures, finished_at, complete) "
                "VALUES (?, ?, ?, 0, 0, ?, 0) ON CONFLICT (path) DO UPDATE SET size = excluded.size, "
                "mtime_ns = excluded.mtime_ns, documents = 0, failures = 0, finished_at = excluded.finished_at, "
                "complete = 0 WHERE size != excluded.size OR mtime_ns != excluded.mtime_ns",
                (path, size, mtime_ns, now()))

    def mark_finished(self, path: str, size: int, mtime_ns: int, documents: int, failures: int) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO finished_inputs (path, size, mtime_ns, documents, failures, "
                         "finished_at, complete) VALUES (?, ?, ?, ?, ?, ?, 1)",
                         (path, size, mtime_ns, documents, failures, now()))

    def known_outcome(self, source: str) -> Document | Failure | None:
        """What an earlier run made of one source: its document (metadata only) or its failure."""
        row = self.conn.execute("SELECT document_id FROM provenance WHERE source = ? LIMIT 1", (source,)).fetchone()
        if row:
            return self.document(row[0], with_text=False)
        row = self.conn.execute("SELECT source, reason, locator, stage FROM failures WHERE source = ? "
                                "ORDER BY last_seen DESC LIMIT 1", (source,)).fetchone()
        if row:
            return Failure(row[0], row[1], row[2] or None, row[3])
        return None

    # -- reading ------------------------------------------------------------

    def document(self, doc_id: str, *, with_text: bool = True) -> Document | None:
        """The stored document with this id, with its extraction, or None."""
        columns = "*" if with_text else "id, source, format, cluster_id, " + ", ".join(_METADATA)
        row = self.conn.execute(f"SELECT {columns} FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return _to_document(row) if row else None

    def iter_documents(self) -> Iterator[Document]:
        """Every stored document, in order of id."""
        # Fetched in pages keyed on the id, so callers may write while iterating.
        last = ""
        while True:
            rows = self.conn.execute("SELECT * FROM documents WHERE id > ? ORDER BY id LIMIT 200",
                                     (last,)).fetchall()
            if not rows:
                return
            for row in rows:
                yield _to_document(row)
            last = rows[-1]["id"]

    def document_ids(self) -> list[str]:
        return [r[0] for r in self.conn.execute("SELECT id FROM documents ORDER BY id")]

    def provenance(self, doc_id: str) -> list[dict]:
        rows = self.conn.execute("SELECT source, format, url, read_at, concord_version FROM provenance "
                                 "WHERE document_id = ? ORDER BY read_at, source", (doc_id,))
        return [dict(r) for r in rows]

    def failures(self) -> list[dict]:
        rows = self.conn.execute("SELECT source, locator, reason, stage, first_seen, last_seen, times "
                                 "FROM failures ORDER BY id")
        return [dict(r) for r in rows]

    def stats(self) -> dict:
        """Counts of documents, clusters, failures, by source and by year (see store/stats.py)."""
        from concord.store.stats import collect
        return collect(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Batch:
    """Handle of `Store.batch`: call `tick()` after each unit of work."""

    def __init__(self, store: Store, max_items: int, max_seconds: float):
        self.store, self.max_items, self.max_seconds = store, max_items, max_seconds
        self.items, self.started = 0, time.monotonic()

    def tick(self) -> None:
        self.items += 1
        if self.items >= self.max_items or time.monotonic() - self.started >= self.max_seconds:
            self.commit()

    def commit(self) -> None:
        """Commit what is done so far; the next write opens a new transaction."""
        if self.store._depth > 1:
            raise StoreError("Batch.commit called inside a nested transaction; commit between documents")
        if self.store._depth == 1:
            self.store._depth = 0
            self.store._commit()
        self.items, self.started = 0, time.monotonic()


def _to_document(row: sqlite3.Row) -> Document:
    keys = row.keys()
    doc = Document(source=row["source"], format=row["format"], id=row["id"], cluster_id=row["cluster_id"])
    for name in _METADATA:
        setattr(doc, name, row[name])
    if "text" in keys:
        doc.original, doc.text, doc.read_at = row["original"], row["text"], row["read_at"]
        doc.hints = json.loads(row["hints"] or "{}")
        if row["annotations"]:
            record = Document.from_record({"text": doc.text, **json.loads(row["annotations"])})
            for name in _ANNOTATIONS:
                setattr(doc, name, getattr(record, name))
    return doc

