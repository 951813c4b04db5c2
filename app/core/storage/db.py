# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The Database handle: one engine, and a unit of work per user action.

SQLite (the default, one file per user) and PostgreSQL (a desk sharing one
library) go through the same code. Sessions never cross threads: open a unit
of work on the thread that uses it, convert rows to dataclasses inside it.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

DATABASE_URL_ENV = "COPYDESK_DATABASE_URL"
# How long a save waits for another program's save to finish (SQLite). Saves take
# milliseconds, so ten seconds means the other program is stuck; rather than wait
# longer or retry behind the user's back, the save fails with a plain message, the
# text stays in the editor, and the next autosave tries again (docs/reliability.md).
BUSY_TIMEOUT_MS = 10_000


class StorageError(Exception):
    """A database problem, with a message a copy editor can act on."""


def _sqlite_on_connect(dbapi_conn: Any, _record: Any) -> None:
    # pysqlite's own transaction handling is turned off so that we issue
    # BEGIN ourselves (see _sqlite_on_begin).
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _sqlite_on_begin(conn: Any) -> None:
    # Writers take the write lock at BEGIN (IMMEDIATE) so that SQLite's busy
    # timeout applies; a deferred transaction that upgrades from read to write
    # fails at once with "database is locked" when another writer got there first.
    mode = conn.get_execution_options().get("copydesk_begin", "DEFERRED")
    conn.exec_driver_sql(f"BEGIN {mode}")


class Database:
    """An engine plus units of work. Thread-safe; sessions are not.

    ``writer`` is the engine for write transactions: on SQLite they begin with
    BEGIN IMMEDIATE, so that they wait (up to ``BUSY_TIMEOUT_MS``) for the lock.
    """

    def __init__(self, url: str) -> None:
        try:
            parsed = make_url(url)
        except ArgumentError as exc:
            raise StorageError(f"This database address is not valid: {url!r}.") from exc
        self.url = parsed
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        in_file = parsed.database and parsed.database != ":memory:"
        self.folder: Path | None = None  # where a SQLite library file lives
        if self.is_sqlite and in_file and not parsed.database.startswith("file:"):
            folder = self.folder = Path(parsed.database).expanduser().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StorageError(
                    f"Copydesk cannot create its data folder {folder}: {exc.strerror}."
                ) from exc
        kwargs: dict[str, Any] = {}
        if not self.is_sqlite:
            kwargs["pool_pre_ping"] = True
        try:
            self.engine: Engine = create_engine(parsed, **kwargs)
        except (ArgumentError, ImportError) as exc:
            raise StorageError(
                f"Copydesk cannot use the database {self.display_url}: {exc}"
            ) from exc
        if self.is_sqlite:
            event.listen(self.engine, "connect", _sqlite_on_connect)
            event.listen(self.engine, "begin", _sqlite_on_begin)
        self.writer = self.engine.execution_options(copydesk_begin="IMMEDIATE")

    @classmethod
    def for_sqlite_file(cls, path: str | os.PathLike[str]) -> Database:
        return cls(f"sqlite:///{Path(path)}")

    @property
    def display_url(self) -> str:
        """The address with any password hidden, for messages and the About box."""
        return self.url.render_as_string(hide_password=True)

    @contextmanager
    def unit_of_work(self, *, write: bool = True) -> Iterator[Session]:
        """One user action: commit on success, roll back on error, always close.

        Database errors come out as ``StorageError`` with a plain message.
        """
        bind = self.writer if write else self.engine
        session = Session(bind=bind, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            session.rollback()
            raise StorageError(self.describe(exc)) from exc
        except IntegrityError as exc:
            session.rollback()
            # Two programs created the same thing (a name that must be unique) at once.
            raise StorageError(
                "Someone else changed the library at the same moment; nothing was saved. "
                "Please try again."
            ) from exc
        except DBAPIError as exc:
            session.rollback()
            raise StorageError(f"The database refused the change: {first_line(exc.orig)}") from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def dispose(self) -> None:
        self.engine.dispose()

    def describe(self, exc: DBAPIError) -> str:
        """A driver's error about this library in words a copy editor understands."""
        return describe_operational_error(exc, self.display_url, self.folder)  # type: ignore[arg-type]


DISK_FULL = "The disk is full, so nothing was saved. Free some space and save again."
_NEARLY_FULL_BYTES = 1024 * 1024


def describe_operational_error(
    exc: OperationalError, where: str, folder: Path | None = None
) -> str:
    """Turn a driver's operational error into words a copy editor understands.

    The words say what was not done ("nothing was saved"); the app adds that the
    text is still open. ``folder`` (a SQLite library's folder) lets a disk I/O
    error be told apart from a full disk: SQLite reports a disk that fills up
    while it grows its write-ahead log as an I/O error, not as SQLITE_FULL.
    """
    text = str(exc.orig).lower()
    if "readonly" in text or "read-only" in text:
        return f"The library at {where} is read-only, so nothing was saved."
    if "disk" in text and "full" in text:
        return DISK_FULL
    if "disk i/o error" in text:
        if folder is not None and _nearly_full(folder):
            return DISK_FULL
        return (
            f"Copydesk could not write to the library at {where}: the disk reported an "
            "error, so nothing was saved."
        )
    if "locked" in text or "busy" in text:
        return "The library is busy with another save; please try again in a moment."
    if "unable to open" in text:
        if folder is not None and folder.is_dir() and not os.access(folder, os.W_OK):
            # A library in WAL mode needs its folder writable even to be read.
            return f"The library's folder {folder} is read-only, so Copydesk cannot open it."
        return f"Copydesk cannot open the library at {where}."
    if "connection" in text or "could not connect" in text or "refused" in text:
        return f"Copydesk cannot reach the database server ({where})."
    return f"The database reported a problem: {first_line(exc.orig)}"


def _nearly_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def first_line(error: object) -> str:
    """A driver's message without the DETAIL/HINT lines PostgreSQL adds below it."""
    lines = str(error).strip().splitlines()
    return lines[0].strip() if lines else "unknown error"


def resolve_database_url(explicit: str | None, default_sqlite: Path) -> str:
    """The database to use: ``--database-url``, then ``$COPYDESK_DATABASE_URL``, then the file."""
    url = explicit or os.environ.get(DATABASE_URL_ENV)
    if url:
        return url
    return f"sqlite:///{default_sqlite}"
