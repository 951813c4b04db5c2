# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""User settings: a typed object saved as TOML in the config directory.

Unknown keys are ignored and wrong types fall back to defaults, so a
hand-edited file can never stop the app from starting. Saving is atomic.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import tomli_w


@dataclass(slots=True)
class Settings:
    """Everything the user can set, with its default."""

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
    recent_files: list[str] = field(default_factory=list)
    last_article_id: int = 0

    def remember_file(self, path: str, keep: int = 10) -> None:
        """Put ``path`` first in the recent files list."""
        self.recent_files = [path, *[p for p in self.recent_files if p != path][: keep - 1]]


def load_settings(path: Path) -> Settings:
    """Read settings; a missing or damaged file gives the defaults."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return Settings()
    settings = Settings()
    for spec in fields(Settings):
        value = data.get(spec.name)
        default = getattr(settings, spec.name)
        if value is not None and _same_kind(value, default):
            setattr(settings, spec.name, value)
    return settings


def _same_kind(value: Any, default: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(value, bool) and isinstance(default, bool)
    if isinstance(default, list):
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    return isinstance(value, type(default))


def save_settings(settings: Settings, path: Path) -> None:
    """Write settings atomically (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_text(tomli_w.dumps(asdict(settings)), encoding="utf-8")
    os.replace(temporary, path)
