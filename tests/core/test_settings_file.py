# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""settings.toml: round trip, defaults for a damaged file, keys kept, atomic saves."""

from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest

from app.core import settings as settings_module
from app.core.settings import SETTINGS_VERSION, Settings, load_settings, save_settings


def test_round_trip_keeps_every_field(tmp_path: Path) -> None:
    path = tmp_path / "config" / "settings.toml"
    original = Settings(
        user_name="Ana Ruiz",
        autosave_seconds=90,
        theme="dark",
        editor_font_size=15,
        languagetool_mode="server",
        languagetool_url="http://lt.desk.example:8081",
        languagetool_picky=True,
        disabled_rules=["house.wordiness", "house.cliches"],
        recent_files=["/drafts/ferry.docx", "/drafts/budget.odt"],
        last_article_id=7,
    )
    save_settings(original, path)
    assert load_settings(path) == original


def test_the_file_is_readable_toml_with_its_version_first(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    save_settings(Settings(theme="light"), path)
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"version = {SETTINGS_VERSION}\n")
    data = tomllib.loads(text)
    assert data["theme"] == "light"
    assert "extra" not in data


def test_missing_file_gives_defaults_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    assert load_settings(path) == Settings()
    assert not path.exists()


@pytest.mark.parametrize(
    "content",
    [b'theme = "dark"\nautosave_seconds = [', b"\xff\xfe\x00garbage", b"= = =\n"],
    ids=["truncated", "not-utf8", "not-toml"],
)
def test_damaged_file_gives_defaults_and_is_kept(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.toml"
    path.write_bytes(content)
    assert load_settings(path) == Settings()
    assert (tmp_path / "settings.toml.damaged").read_bytes() == content
    save_settings(Settings(theme="dark"), path)  # the next save replaces the damaged file...
    assert (tmp_path / "settings.toml.damaged").read_bytes() == content  # ...and the copy stays


def test_wrong_types_fall_back_field_by_field(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'theme = 3\nautosave_seconds = "often"\nlanguagetool_picky = 1\n'
        'disabled_rules = ["house.a", 2]\neditor_font_size = 14\n',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert (loaded.theme, loaded.autosave_seconds, loaded.languagetool_picky) == (
        "system",
        30,
        False,
    )
    assert loaded.disabled_rules == []
    assert loaded.editor_font_size == 14


def test_keys_from_a_newer_version_survive_a_save(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text(
        'version = 3\ntheme = "dark"\nspell_language = "en-GB"\n[panels]\nsources = true\n',
        encoding="utf-8",
    )
    loaded = load_settings(path)
    assert loaded.theme == "dark"
    assert loaded.version == 3  # a newer layout: written back as such, not as ours
    assert loaded.extra == {"spell_language": "en-GB", "panels": {"sources": True}}
    loaded.editor_font_size = 16
    save_settings(loaded, path)
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 3
    assert data["spell_language"] == "en-GB"
    assert data["panels"] == {"sources": True}
    assert data["editor_font_size"] == 16


def test_a_file_without_version_is_read_as_the_first_layout(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('theme = "light"\n', encoding="utf-8")
    loaded = load_settings(path)
    assert (loaded.version, loaded.theme) == (SETTINGS_VERSION, "light")


def test_a_failed_save_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "settings.toml"
    save_settings(Settings(theme="dark"), path)
    before = path.read_bytes()

    def no_rename(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings_module.os, "replace", no_rename)
    with pytest.raises(OSError):
        save_settings(Settings(theme="light"), path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["settings.toml"]


def test_save_replaces_the_file_in_one_step(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The new text is complete on disk before the rename puts it in place."""
    path = tmp_path / "settings.toml"
    save_settings(Settings(theme="dark"), path)
    seen: list[tuple[str, str]] = []
    real_replace = os.replace

    def watching_replace(source: str, target: str) -> None:
        seen.append((Path(source).read_text(encoding="utf-8"), path.read_text(encoding="utf-8")))
        real_replace(source, target)

    monkeypatch.setattr(settings_module.os, "replace", watching_replace)
    save_settings(Settings(theme="light"), path)
    ((new_text, old_text),) = seen
    assert 'theme = "light"' in new_text and 'theme = "dark"' in old_text
    assert load_settings(path).theme == "light"
