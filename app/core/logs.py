# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The log file: one rotating file in the user's log folder, shared by the app and the CLI.

The app logs INFO and above; the CLI only WARNING and above, and only to the
file, so scripts that read its stderr see nothing new. Nothing here raises:
when the folder cannot be written, records go nowhere and the work goes on.
"""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app.core.paths import UserPaths

MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
LOG_FORMAT = "%(asctime)s %(levelname)s [%(process)d] %(name)s: %(message)s"


class _FileHandler(RotatingFileHandler):
    """Our handler, told apart from others so that setting up again replaces it."""


class _NowhereHandler(logging.NullHandler):
    """Stands in when the log folder cannot be written: keeps ``logging.lastResort``
    from printing records on stderr."""


def setup_logging(paths: UserPaths, level: int = logging.INFO) -> Path | None:
    """Send records at ``level`` and above to ``paths.log_file``; return it, or None.

    Idempotent: a second call replaces the handler the first one added. Other
    handlers on the root logger (pytest's, a developer's) are left alone.
    """
    stop_logging()
    root = logging.getLogger()
    try:
        paths.logs.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = _FileHandler(
            paths.log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
        )
    except OSError:
        root.addHandler(_NowhereHandler())
        return None
    handler.setLevel(level)
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    root.addHandler(handler)
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
    for handler in [h for h in root.handlers if isinstance(h, _FileHandler | _NowhereHandler)]:
        root.removeHandler(handler)
        handler.close()
