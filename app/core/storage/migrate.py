# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Alembic, configured in code. ``upgrade_to_head`` is also how a new library is created."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from app.core.storage.db import Database, StorageError

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# The PostgreSQL advisory lock held while migrating: any 64-bit number no other program uses.
_LOCK_KEY = int.from_bytes(b"Copydesk", "big")


class SchemaTooNewError(StorageError):
    """The library was written by a newer Copydesk; we refuse to touch it."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Copydesk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the library, or None for an empty one."""
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(db: Database) -> None:
    """Bring the library's schema up to date; create it if it is empty.

    Refuses (``SchemaTooNewError``) a library stamped with a revision this
    version does not know, without modifying it (see _peek_sqlite_revision).
    Programs starting together on one library migrate it one at a time: the
    first takes SQLite's write lock (or a PostgreSQL advisory lock) and the
    others, once they have it, find the work done.
    """
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    head = script.get_current_head()
    try:
        peeked, stored = _peek_sqlite_revision(db)
        if not peeked:
            stored = current_revision(db)
        _refuse_unknown(stored, known)
        if stored == head:
            return
        with _migration_transaction(db) as connection:
            stored = MigrationContext.configure(connection).get_current_revision()
            _refuse_unknown(stored, known)
            if stored == head:
                return
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        raise StorageError(db.describe(exc)) from exc


def _refuse_unknown(stored: str | None, known: set[str]) -> None:
    if stored is not None and stored not in known:
        raise SchemaTooNewError(
            "This library was saved by a newer version of Copydesk "
            f"(schema {stored}). Update Copydesk to open it; it has not been changed."
        )


def _peek_sqlite_revision(db: Database) -> tuple[bool, str | None]:
    """``(True, revision)`` read from a SQLite library file without writing a byte.

    Only for a file in rollback-journal mode, which the engine's first connection
    would switch to WAL (rewriting its header). A file already in WAL mode is left
    to the engine: connecting changes nothing in it, and a read-only connection
    would leave its -wal and -shm files behind. ``(False, None)``: read it with
    the engine (which also says what is wrong with a damaged file).
    """
    path = db.url.database
    if not db.is_sqlite or not path or path == ":memory:" or path.startswith("file:"):
        return False, None
    file = Path(path)
    if not file.exists():
        return True, None
    try:
        with file.open("rb") as handle:
            header = handle.read(100)
    except OSError:
        return False, None
    if not header.startswith(b"SQLite format 3\0") or header[18] == 2:  # 2: WAL
        return False, None
    try:
        with closing(sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)) as connection:
            tables = connection.execute(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
            ).fetchone()
            if tables is None:
                return True, None
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        return False, None
    return True, row[0] if row else None


@contextmanager
def _migration_transaction(db: Database) -> Iterator[Connection]:
    """A transaction that only one program at a time may hold while it migrates."""
    if db.is_sqlite:
        with db.writer.begin() as connection:  # BEGIN IMMEDIATE: waits for the write lock
            yield connection
        return
    with db.engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
        yield connection
