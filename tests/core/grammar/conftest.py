# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Fixtures for the grammar tests: a fake LanguageTool server, and a fake Java for local mode.

``fake_lt`` is a LanguageTool look-alike on loopback (see fake_languagetool.py),
reached through the real language-tool-python client. ``local_lt`` puts a fake
``java`` alone on PATH and points ``LTP_PATH`` at a temporary folder: the fake
Java answers ``-version`` with a chosen version and, when language-tool-python
starts ``org.languagetool.server.HTTPServer``, runs the fake server instead,
so local mode (start, check, crash, close) runs for real without LanguageTool.
"""

from __future__ import annotations

import importlib.util
import io
import sys
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from app.core.grammar.config import GrammarConfig, GrammarMode, normalise_server_url

HERE = Path(__file__).resolve().parent
VERSION = "6.8"


def _load_fake() -> ModuleType:
    path = HERE / "fake_languagetool.py"
    spec = importlib.util.spec_from_file_location("fake_languagetool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("fake_languagetool", module)
    spec.loader.exec_module(module)
    return module


fake = _load_fake()


@pytest.fixture
def lt_fake() -> ModuleType:
    """The fake_languagetool module (FakeRule, utf16_units, ...)."""
    return fake


@pytest.fixture
def fake_lt() -> Iterator[Any]:
    server = fake.FakeLanguageTool().start()
    yield server
    server.stop()


@pytest.fixture
def server_config(fake_lt: Any) -> Callable[..., GrammarConfig]:
    """A server-mode configuration for ``fake_lt``; keyword arguments replace fields."""

    def make(**changes: Any) -> GrammarConfig:
        config = GrammarConfig(
            mode=GrammarMode.SERVER,
            server_url=normalise_server_url(fake_lt.url),
            timeout_seconds=2.0,
        )
        return replace(config, **changes)

    return make


class LocalLanguageTool:
    """A temporary LTP_PATH and PATH with a fake Java; see the module docstring."""

    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
        self.root = root
        self.bin = root / "bin"
        self.home = root / "ltp"
        self.bin.mkdir(parents=True)
        self.home.mkdir()
        monkeypatch.setenv("PATH", str(self.bin))
        monkeypatch.setenv("LTP_PATH", str(self.home))
        self.set_java('openjdk version "17.0.9" 2023-10-17')

    @property
    def folder(self) -> Path:
        return self.home / f"LanguageTool-{VERSION}"

    @property
    def state(self) -> Path:
        return self.folder / "fake-state.json"

    def set_java(self, version_line: str | None) -> None:
        """Install a fake ``java`` printing ``version_line``; None removes Java."""
        java = self.bin / "java"
        if version_line is None:
            java.unlink(missing_ok=True)
            return
        server = str(HERE / "fake_languagetool.py")
        java.write_text(_JAVA.format(python=sys.executable, version=version_line, server=server))
        java.chmod(0o755)

    def install(
        self,
        *,
        broken: bool = False,
        failing_starts: int = 0,
        rules: Sequence[Any] = (),
        behaviours: Sequence[str] = (),
    ) -> None:
        """Put a fake LanguageTool in LTP_PATH; the first ``failing_starts`` starts fail."""
        self.folder.mkdir(exist_ok=True)
        jar = b"broken" if broken else b"fake LanguageTool server"
        (self.folder / "languagetool-server.jar").write_bytes(jar)
        (self.folder / "failing-starts").write_text(str(failing_starts))
        fake.save_state(self.state, list(rules), list(behaviours))

    def starts(self) -> list[int]:
        """Process ids of every fake server started so far."""
        log = self.state.with_suffix(".starts")
        return [int(line) for line in log.read_text().split()] if log.exists() else []


_JAVA = """#!{python}
import os, sys
args = sys.argv[1:]
if "-version" in args:
    sys.stderr.write({version!r} + "\\nOpenJDK Runtime Environment (fake)\\n")
    sys.exit(0)
if "org.languagetool.server.HTTPServer" in args:
    jar = args[args.index("-cp") + 1]
    with open(jar, "rb") as handle:
        if handle.read().startswith(b"broken"):
            sys.stderr.write("Error: Could not find or load main class\\n")
            sys.exit(1)
    failing = os.path.join(os.path.dirname(jar), "failing-starts")
    left = 0
    if os.path.exists(failing):
        with open(failing) as handle:
            left = int(handle.read() or 0)
    if left > 0:
        with open(failing, "w") as handle:
            handle.write(str(left - 1))
        sys.exit(1)
    state = os.path.join(os.path.dirname(jar), "fake-state.json")
    port = args[args.index("-p") + 1]
    os.execv(sys.executable, [sys.executable, {server!r}, "--port", port, "--state", state])
sys.exit(2)
"""


@pytest.fixture
def local_lt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> LocalLanguageTool:
    return LocalLanguageTool(tmp_path / "local", monkeypatch)


def languagetool_zip(version: str = VERSION, *, with_jar: bool = True) -> bytes:
    """A LanguageTool-<version>.zip as the release has it (one top folder, the server jar)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"LanguageTool-{version}/README.md", "LanguageTool (test archive)\n")
        if with_jar:
            archive.writestr(f"LanguageTool-{version}/languagetool-server.jar", "fake")
            fake_state = '{"rules": [], "behaviours": []}'
            archive.writestr(f"LanguageTool-{version}/fake-state.json", fake_state)
    return buffer.getvalue()


@pytest.fixture
def lt_zip() -> Callable[..., bytes]:
    return languagetool_zip
