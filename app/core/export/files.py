# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Atomic writes of finished export files.

The bytes go to a hidden temporary sibling of the target (same folder, so the
final rename never crosses a file system), are flushed to disk, and then take
the target's name in one step. A reader never sees half a file, and a failed
export leaves the folder as it was. Nothing but the target and its temporary
sibling is ever written.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from pathlib import Path

from app.core.export.errors import ExportProblem


def check_target(out: Path, *, force: bool) -> Path:
    """Refuse a target that cannot be written; return it as an absolute path.

    Called before any rendering so that a bad path fails fast.
    """
    out = Path(os.path.abspath(out))
    if not out.name:
        raise ExportProblem(f"{out} is not a file name to export to.")
    if out.is_dir():
        raise ExportProblem(f"{out} is a folder; give a file name to export to.")
    if not out.parent.is_dir():
        raise ExportProblem(f"The folder {out.parent} does not exist.")
    if out.exists() and not force:
        raise ExportProblem(
            f"{out} already exists; ask to replace it (--force) or choose another name."
        )
    return out


def write_atomically(out: Path, data: bytes, *, force: bool) -> Path:
    """Write ``data`` to ``out`` atomically and return ``out``.

    Without ``force`` an existing ``out`` is never replaced, even one that
    appeared while the export was being rendered.
    """
    out = check_target(out, force=force)
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp")
    try:
        _write_new(temporary, data)
        if force:
            os.replace(temporary, out)
        else:
            _move_without_replacing(temporary, out)
    except FileExistsError as exc:
        raise ExportProblem(
            f"{out} already exists; ask to replace it (--force) or choose another name."
        ) from exc
    except OSError as exc:
        raise ExportProblem(f"{out} could not be written: {_reason(exc)}.") from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            temporary.unlink()
    _sync_folder(out.parent)
    return out


def _write_new(path: Path, data: bytes) -> None:
    # O_EXCL: never write through a file or link someone else put there.
    # Mode 0o666 lets the user's umask decide, as for any file they save.
    descriptor = os.open(
        path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666
    )
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def _move_without_replacing(temporary: Path, out: Path) -> None:
    # A hard link fails if the name is taken, so an existing file is never lost
    # even to a race; file systems without links fall back to check-then-rename.
    try:
        os.link(temporary, out)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (
            errno.EPERM,
            errno.ENOTSUP,
            errno.EOPNOTSUPP,
            errno.EXDEV,
            errno.EMLINK,
        ):
            raise
        if out.exists():
            raise FileExistsError(errno.EEXIST, "exists", str(out)) from exc
        os.replace(temporary, out)


def _sync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not every platform can open a folder.
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass
    finally:
        os.close(descriptor)


def _reason(exc: OSError) -> str:
    reasons = {
        errno.EACCES: "permission denied",
        errno.EPERM: "permission denied",
        errno.ENOSPC: "the disk is full",
        errno.EROFS: "the disk is read-only",
        errno.ENAMETOOLONG: "the name is too long",
    }
    return reasons.get(exc.errno or 0, exc.strerror or "the system refused")
