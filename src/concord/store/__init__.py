"""The SQLite store: documents, provenance, failures, near-duplicate clusters.

    from concord.store import Store
    with Store("concord.db") as store:
        store.add_document(doc)        # "new" or "duplicate"
        store.stats()

The schema is made only by the recorded migrations in ``store/migrations/``
(001-009 here, 010-019 for the graph); see `concord.store.migrate`.
"""
from __future__ import annotations

from concord.store.db import Store
from concord.store.migrate import available_migrations, migrate

__all__ = ["Store", "available_migrations", "migrate"]
