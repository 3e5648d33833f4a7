"""The store's schema, created and upgraded only by recorded migrations.

Each file ``store/migrations/NNN_name.sql`` is one migration; they are applied
in the order of their number, each in its own transaction, and recorded in
``schema_migrations`` (version, name, time). Numbers 001-009 belong to the
document store, 010-019 to the graph. A store written by a newer Concord (a
version recorded that this code does not know) is refused rather than guessed at.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources

from concord.errors import StoreError

_NAME = re.compile(r"^(\d{3})_([a-z0-9_]+)\.sql$")

_BOOKKEEPING = """
CREATE TABLE IF NOT EXISTS schema_migrations (
    version     INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    applied_at  TEXT NOT NULL
)
"""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def available_migrations() -> list[Migration]:
    """Every migration shipped with the package, in order of version."""
    folder = resources.files("concord.store") / "migrations"
    found: dict[int, Migration] = {}
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match:
            continue
        version = int(match.group(1))
        if version in found:
            raise StoreError(f"two migrations numbered {version:03d} in {folder}: "
                             f"{found[version].name} and {match.group(2)}; renumber one")
        found[version] = Migration(version, match.group(2), entry.read_text(encoding="utf-8"))
    return [found[v] for v in sorted(found)]


def applied_versions(conn: sqlite3.Connection) -> set[int]:
    conn.execute(_BOOKKEEPING)
    return {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}


def split_statements(sql: str) -> list[str]:
    """Split a script into statements (triggers with BEGIN ... END stay whole).

    Statements are run one by one rather than with ``executescript``, which
    would commit the surrounding transaction and lose the all-or-nothing rule.
    """
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if _has_code(buffer):
                statements.append(buffer.strip())
            buffer = ""
    if _has_code(buffer):
        raise StoreError(f"migration ends with an unfinished statement: {buffer.strip()[:80]!r}; "
                         "add the missing ';'")
    return statements


def _has_code(text: str) -> bool:
    return any(line.strip() and not line.strip().startswith("--") for line in text.splitlines())


def migrate(conn: sqlite3.Connection, migrations: list[Migration] | None = None) -> list[int]:
    """Apply every migration not yet recorded; return the versions applied.

    The connection must be in autocommit mode (``isolation_level=None``): each
    migration takes the write lock with BEGIN IMMEDIATE, re-reads what is
    applied (another process may have just migrated), and commits or rolls back
    as a whole.
    """
    migrations = available_migrations() if migrations is None else migrations
    known = {m.version for m in migrations}
    newer = sorted(applied_versions(conn) - known)
    if newer:
        raise StoreError(f"the store has schema versions {newer} that this Concord does not know; "
                         "it was written by a newer version: upgrade Concord to open it")
    done: list[int] = []
    for migration in migrations:
        if migration.version in applied_versions(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if migration.version in applied_versions(conn):
                conn.execute("ROLLBACK")
                continue
            for statement in split_statements(migration.sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                         (migration.version, migration.name, _now()))
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            conn.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:03d}_{migration.name}.sql failed: {exc}; "
                             "the store is left at the previous version") from exc
        done.append(migration.version)
    return done


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
