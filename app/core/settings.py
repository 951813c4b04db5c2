# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""User settings: a typed object saved as TOML in the config directory.

Wrong types fall back to defaults, so a hand-edited file can never stop the app
from starting; a file that is not TOML at all gives the defaults and is kept
beside as ``settings.toml.damaged`` so the next save does not destroy it. Keys
this version does not know (written by a newer Copydesk) are kept and written
back. ``version`` numbers the file's layout: when a future version renames or
reshapes a key it raises ``SETTINGS_VERSION`` and converts older files on load.
Saving is atomic.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w

SETTINGS_VERSION = 1
_NOT_FROM_FILE = frozenset({"extra"})

log = logging.getLogger(__name__)


@dataclass(slots=True)
class Settings:
    """Everything the user can set, with its default.

    ``version`` is the layout of the file these settings came from (never older
    than ``SETTINGS_VERSION``); ``extra`` holds keys this version does not know.
    """

    version: int = SETTINGS_VERSION
    extra: dict[str, Any] = field(default_factory=dict, repr=False)
    user_name: str = ""
    autosave_seconds: int = 30
    theme: str = "system"  # system, light or dark
    editor_font_size: int = 12
    languagetool_mode: str = "off"  # off, local or server
    languagetool_url: str = ""
    languagetool_language: str = "en-US"
    languagetool_picky: bool = False
    languagetool_disabled_rules: list[str] = field(default_factory=list)  # LanguageTool rule ids
    languagetool_disabled_categories: list[str] = field(default_factory=list)  # e.g. TYPOS
    disabled_rules: list[str] = field(default_factory=list)
    # House policy on unnamed sources ("a senior official"): error, warning, suggestion or off.
    anonymous_sources: str = "warning"
    recent_files: list[str] = field(default_factory=list)
    last_article_id: int = 0

    def remember_file(self, path: str, keep: int = 10) -> None:
        """Put ``path`` first in the recent files list."""
        self.recent_files = [path, *[p for p in self.recent_files if p != path][: keep - 1]]


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or damaged file gives the defaults. Never raises."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        _keep_damaged(path, exc)
        return Settings()
    settings = Settings()
    known = {spec.name for spec in fields(Settings)}
    for spec in fields(Settings):
        value = data.get(spec.name)
        default = getattr(settings, spec.name)
        if spec.name not in _NOT_FROM_FILE and value is not None and _same_kind(value, default):
            setattr(settings, spec.name, value)
    settings.version = max(settings.version, SETTINGS_VERSION)
    settings.extra = {key: value for key, value in data.items() if key not in known}
    return settings


def _keep_damaged(path: Path, problem: Exception) -> None:
    log.warning("Settings file %s cannot be read (%s); using the defaults.", path, problem)
    with contextlib.suppress(OSError):  # unreadable as a file too: nothing to keep
        shutil.copyfile(path, path.with_name(path.name + ".damaged"))


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, type(default))


def settings_table(settings: Settings) -> dict[str, Any]:
    """What ``save_settings`` writes: ``version`` first, the known keys, then unknown ones."""
    table = asdict(settings)
    extra = table.pop("extra")
    return {**table, **{key: value for key, value in extra.items() if key not in table}}


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically: a temporary file in the same folder, flushed, then renamed.

    Raises OSError when the folder cannot be written; the old file is then untouched.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    text = tomli_w.dumps(settings_table(settings))
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
