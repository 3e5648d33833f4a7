"""Full-text rows held back until their transaction commits.

FTS5 writes the terms it holds in memory out to a new index segment whenever a
savepoint opens. Storing runs every document in a savepoint of its own, so
inserting each document's full-text rows at once made one tiny segment per
document, which FTS5 then spent more time merging back together: about a
fifth of the cost of storing a document (measured on bench/graph.py's
articles). Held here and inserted in one statement per table just before
COMMIT, a batch of documents makes one segment.

The rows follow the transaction they were added in: a savepoint rolled back
drops the rows added inside it, a transaction rolled back drops them all.
"""
from __future__ import annotations

import sqlite3

# The full-text tables and their columns; the first column is the rowid.
TABLES = {
    "search_documents": ("rowid", "document_id", "title", "text"),
    "search_entities": ("rowid", "entity_id", "names"),
}


class FullTextBuffer:
    """Rows waiting for the commit, in the order they were added."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, tuple]] = []     # (table, values); values[0] is the rowid

    def add(self, table: str, rows: list[tuple]) -> None:
        if table not in TABLES:
            raise ValueError(f"{table} is not a full-text table (known: {', '.join(TABLES)})")
        self.rows.extend((table, values) for values in rows)

    def discard(self, table: str, rowids: set[int]) -> None:
        """Forget waiting rows that were deleted before they were written."""
        self.rows = [(t, values) for t, values in self.rows if t != table or values[0] not in rowids]

    def mark(self) -> int:
        return len(self.rows)

    def rollback_to(self, mark: int) -> None:
        del self.rows[mark:]

    def write(self, conn: sqlite3.Connection) -> None:
        """Insert every waiting row, one statement per table, and empty the buffer."""
        rows, self.rows = self.rows, []
        for table, columns in TABLES.items():
            values = [v for t, v in rows if t == table]
            if values:
                marks = ", ".join("?" * len(columns))
                conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", values)
