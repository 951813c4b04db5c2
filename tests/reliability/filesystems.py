# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Full and read-only disks for tests, real where the machine allows, simulated where not.

Tests run as root, where ``chmod`` stops nothing. So:

- ``small_filesystem`` mounts a real tmpfs of a few hundred kilobytes (needs root with
  CAP_SYS_ADMIN; the test skips where mounting is refused, as in most containers).
  ``fill`` then takes its last byte (real ENOSPC) and ``read_only`` remounts it
  read-only (real EROFS).
- ``sqlite_page_limit`` makes SQLite refuse to grow a library past its current size
  with ``PRAGMA max_page_count``. SQLite then fails the write with SQLITE_FULL, "database
  or disk is full", the very error it gives on a full disk, through the same driver
  and the same Copydesk code; only the cause is simulated. It runs everywhere.
- A library opened with SQLite's URI ``mode=ro`` is read-only for every write
  whoever the user is (SQLITE_READONLY, as for a read-only file).
"""

from __future__ import annotations

import errno
import os
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import event

from app.core.storage import Database


@contextmanager
def small_filesystem(where: Path, size_kb: int = 768) -> Iterator[Path]:
    """A real tmpfs of ``size_kb`` mounted at ``where`` for the ``with`` block (or skip)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small file system needs root")
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "copydesk-test", str(where)],
        capture_output=True,
        text=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"this machine refuses to mount a file system: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def fill(where: Path) -> Path:
    """Take every free byte of the file system holding ``where``; return the filler file."""
    filler = where / "filler.bin"
    try:
        with filler.open("wb", buffering=0) as handle:
            while True:
                handle.write(b"\0" * 4096)
    except OSError as exc:
        if exc.errno != errno.ENOSPC:
            raise
    return filler


def read_only(where: Path) -> None:
    """Remount the small file system at ``where`` read-only."""
    subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)


def sqlite_page_limit(path: Path) -> Database:
    """A Database on ``path`` that may not grow the file by a single page (SQLITE_FULL)."""
    database = Database.for_sqlite_file(path)
    pages = path.stat().st_size // 4096

    def limit(connection: object, _record: object) -> None:
        cursor = connection.cursor()  # type: ignore[attr-defined]
        cursor.execute(f"PRAGMA max_page_count={max(pages, 1)}")
        cursor.close()

    event.listen(database.engine, "connect", limit)
    return database


def read_only_sqlite(path: Path) -> Database:
    return Database(f"sqlite:///file:{path}?mode=ro&uri=true")
