# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The log file: one rotating file in the user's log folder, shared by the app and the CLI.

The app logs INFO and above; the CLI only WARNING and above, and only to the
file, so scripts that read its stderr see nothing new. Nothing here raises:
when the folder cannot be written, records go nowhere and the work goes on.
The file (and the folder) is opened at the first record, so a command that
logs nothing costs nothing, not even the import of logging.handlers.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from app.core.paths import UserPaths

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"


class _FileHandler(logging.Handler):
    """Writes to a RotatingFileHandler it opens at the first record (None: cannot be opened)."""

    def __init__(self, path: Path, level: int) -> None:
        super().__init__(level)
        self.path = path
        self.setFormatter(logging.Formatter(LOG_FORMAT))
        self._file: Any = None
        self._failed = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._failed:
            self._file = self._open()
        if self._file is not None:
            self._file.emit(record)

    def _open(self) -> Any:
        from logging.handlers import RotatingFileHandler

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            opened = RotatingFileHandler(
                self.path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
            )
        except OSError:
            self._failed = True  # an unwritable folder: drop records, say nothing
            return None
        opened.setFormatter(self.formatter)
        return opened

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        super().close()


def setup_logging(paths: UserPaths, level: int = logging.INFO) -> Path:
    """Send records at ``level`` and above to ``paths.log_file``, and return that path.

    Idempotent: a second call replaces the handler the first one added. Other
    handlers on the root logger (pytest's, a developer's) are left alone. As
    long as ours is there, ``logging.lastResort`` never prints on stderr.
    """
    stop_logging()
    root = logging.getLogger()
    root.addHandler(_FileHandler(paths.log_file, level))
    root.setLevel(level)
    return paths.log_file


def recent_log_lines(paths: UserPaths, count: int = 50) -> list[str]:
    """The last ``count`` lines logged, oldest first, across rotated files. Never raises."""
    newest_first = [paths.log_file] + [
        paths.log_file.with_name(f"{paths.log_file.name}.{n}") for n in range(1, BACKUP_COUNT + 1)
    ]
    lines: list[str] = []
    for path in newest_first if count > 0 else []:
        try:
            text = path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            break
        lines = text.splitlines()[-(count - len(lines)) :] + lines
        if len(lines) >= count:
            break
    return lines


def stop_logging() -> None:
    """Remove and close the handlers ``setup_logging`` added (tests; a clean exit)."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if isinstance(h, _FileHandler)]:
        root.removeHandler(handler)
        handler.close()
