# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Atomic writes of finished export files.

The bytes go to a hidden temporary sibling of the target (same folder, so the
final rename never crosses a file system), are flushed to disk, and then take
the target's name in one step. A reader never sees half a file, and a failed
export leaves the folder as it was. Nothing but the target and its temporary
sibling is ever written.

A process killed in the middle of a write cannot remove its temporary file;
the next export to the same target removes those whose process is gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import secrets
from pathlib import Path

from app.core.export.errors import ExportProblem

# Room left in a 255-byte file name for ".<target name>." once "<pid>-<12 hex>.tmp" is added.
_NAME_ROOM = 255 - len("4194304-0123456789ab.tmp")


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
    _remove_stale_temporaries(out)
    temporary = out.with_name(f"{_temporary_prefix(out)}{os.getpid()}-{secrets.token_hex(6)}.tmp")
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
        # OSError, not only FileNotFoundError: on a read-only disk unlinking the
        # temporary that was never created fails with EROFS, and that must not
        # replace the plain message about the write.
        with contextlib.suppress(OSError):
            temporary.unlink()
    _sync_folder(out.parent)
    return out


def _temporary_prefix(out: Path) -> str:
    # The name is cut so that the temporary name fits in 255 bytes wherever the target does.
    name = out.name
    while len(f".{name}.".encode()) > _NAME_ROOM:
        name = name[:-1]
    return f".{name}."


def _remove_stale_temporaries(out: Path) -> None:
    """Delete temporary siblings of ``out`` left by export processes that no longer run."""
    if os.name != "posix":  # liveness is asked with kill(pid, 0), a POSIX idiom
        return
    pattern = re.compile(re.escape(_temporary_prefix(out)) + r"(\d+)-[0-9a-f]{12}\.tmp")
    try:
        siblings = list(out.parent.iterdir())
    except OSError:
        return
    for sibling in siblings:
        match = pattern.fullmatch(sibling.name)
        if match and not _running(int(match.group(1))):
            with contextlib.suppress(OSError):
                sibling.unlink()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True  # someone else's process (or not a pid we can ask about): leave it
    return True


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
