# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Where files live: COPYDESK_HOME and --data-dir, appdirs, and the bundled resources."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from app.cli import main
from app.core import paths
from app.core.paths import resource, resources_dir, user_paths

REPO = Path(__file__).resolve().parents[2]


def test_one_home_holds_everything(tmp_path: Path) -> None:
    home = tmp_path / "portable"
    found = user_paths(home)
    assert found.data == home / "data"
    assert found.config == home / "config"
    assert found.cache == home / "cache"
    assert found.logs == home / "logs"
    assert found.database == home / "data" / "copydesk.sqlite3"
    assert found.settings_file == home / "config" / "settings.toml"
    assert found.log_file == home / "logs" / "copydesk.log"
    assert not home.exists()  # nothing is created until ensure()
    found.ensure()
    assert all(p.is_dir() for p in (found.data, found.config, found.cache, found.logs))


def test_environment_then_appdirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COPYDESK_HOME", str(tmp_path / "env-home"))
    assert user_paths().data == tmp_path / "env-home" / "data"
    assert user_paths(tmp_path / "arg").data == tmp_path / "arg" / "data"  # the argument wins
    monkeypatch.delenv("COPYDESK_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    if sys.platform.startswith("linux"):
        found = user_paths()
        assert found.data == tmp_path / "xdg-data" / "Copydesk"
        assert found.config == tmp_path / "xdg-config" / "Copydesk"


@pytest.mark.parametrize("where", ["before", "after"])
def test_cli_data_dir_puts_the_library_there(tmp_path: Path, where: str) -> None:
    draft = tmp_path / "note.txt"
    draft.write_text("Council meets\n\nThe council meets on Monday.\n", encoding="utf-8")
    home = tmp_path / "usb-stick"
    option = ["--data-dir", str(home)]
    argv = [*option, "import", str(draft)] if where == "before" else ["import", str(draft), *option]
    assert main(argv) == 0
    assert (home / "data" / "copydesk.sqlite3").is_file()


def test_resources_in_a_checkout() -> None:
    assert resources_dir() == REPO / "resources"
    assert resource("samples", "harbour-bridge-talks.md").is_file()


def _fake_resources(root: Path) -> Path:
    (root / "rules").mkdir(parents=True)
    return root


def test_resources_in_an_installed_package(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "site-packages" / "app"
    (package / "core").mkdir(parents=True)
    installed = _fake_resources(package / "resources")
    monkeypatch.setattr(paths, "__file__", str(package / "core" / "paths.py"))
    assert resources_dir() == installed


def test_resources_in_a_pyinstaller_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bundle = tmp_path / "_internal"
    frozen = _fake_resources(bundle / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources_dir() == frozen


def test_missing_resources_say_so_plainly(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "app" / "core" / "paths.py"))
    with pytest.raises(FileNotFoundError, match="resources folder is missing"):
        resources_dir()
