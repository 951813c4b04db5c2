# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Where Copydesk keeps its files, and where its bundled resources are.

This is the only module that calls appdirs (the client's choice; swapping to
platformdirs is a one-line change here). ``COPYDESK_HOME`` (or the CLI's
``--data-dir``) puts everything, data, config, cache and logs, under one
directory, for portable use and for tests.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import appdirs

APP_NAME = "Copydesk"
APP_AUTHOR = "Copydesk"
HOME_ENV = "COPYDESK_HOME"
# The reverse-DNS id shared by the .desktop file, the AppStream metainfo and the icon.
DESKTOP_ID = "org.copydesk.Copydesk"


@dataclass(frozen=True, slots=True)
class UserPaths:
    """The user's directories. Nothing is created until ``ensure()``."""

    data: Path
    config: Path
    cache: Path
    logs: Path

    @property
    def database(self) -> Path:
        """The default SQLite library file."""
        return self.data / "copydesk.sqlite3"

    @property
    def rules(self) -> Path:
        """The user's own rule packs, which add to or override the bundled ones."""
        return self.config / "rules"

    @property
    def settings_file(self) -> Path:
        return self.config / "settings.toml"

    @property
    def log_file(self) -> Path:
        """The current log file; older ones are ``copydesk.log.1`` and so on."""
        return self.logs / "copydesk.log"

    def ensure(self) -> UserPaths:
        """Create the directories (idempotent) and return self."""
        for directory in (self.data, self.config, self.cache, self.logs):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def user_paths(home: str | os.PathLike[str] | None = None) -> UserPaths:
    """Resolve the user's directories: ``home``, then ``$COPYDESK_HOME``, then appdirs."""
    base = home if home is not None else os.environ.get(HOME_ENV)
    if base:
        root = Path(base).expanduser().resolve()
        return UserPaths(root / "data", root / "config", root / "cache", root / "logs")
    return UserPaths(
        data=Path(appdirs.user_data_dir(APP_NAME, APP_AUTHOR)),
        config=Path(appdirs.user_config_dir(APP_NAME, APP_AUTHOR)),
        cache=Path(appdirs.user_cache_dir(APP_NAME, APP_AUTHOR)),
        logs=Path(appdirs.user_log_dir(APP_NAME, APP_AUTHOR)),
    )


def resources_dir() -> Path:
    """The bundled ``resources/`` directory.

    Three layouts: a source checkout (``resources/`` beside ``app/``), an
    installed wheel (mapped to ``app/resources``), and a PyInstaller bundle
    (``resources/`` under ``sys._MEIPASS``).
    """
    package_dir = Path(__file__).resolve().parent.parent
    candidates = [package_dir / "resources", package_dir.parent / "resources"]
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.insert(0, Path(frozen_root) / "resources")
    for candidate in candidates:
        if (candidate / "rules").is_dir():
            return candidate
    raise FileNotFoundError("Copydesk's resources folder is missing from this installation.")


def resource(*parts: str) -> Path:
    """Path of a bundled resource, e.g. ``resource("rules", "house.toml")``."""
    return resources_dir().joinpath(*parts)
