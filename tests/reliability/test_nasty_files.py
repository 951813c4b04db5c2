# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Every file of the nasty corpus through every importer: a valid document or a plain refusal.

tests/data/nasty/ is written by scripts/make_nasty_corpus.py (this file checks that
the two agree); expected.json says what each file must do under its own name.
Nothing here may touch the network: any attempt to connect fails the test.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import socket
import time
from pathlib import Path

import pytest

from tests.reliability.properties import open_or_refuse

ROOT = Path(__file__).resolve().parents[2]
NASTY = ROOT / "tests" / "data" / "nasty"
EXPECTED: dict[str, str] = json.loads((NASTY / "expected.json").read_text(encoding="utf-8"))
SUFFIXES = (".txt", ".md", ".html", ".docx", ".odt")


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every way out to the network fails, and is recorded."""
    attempts: list[object] = []

    def refuse(*args: object, **_kwargs: object) -> None:
        attempts.append(args)
        raise OSError("the network is off in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    return attempts


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_nasty_file_is_opened_or_refused_as_expected(name: str, no_network) -> None:
    outcome = open_or_refuse(NASTY / name, "nasty")
    assert EXPECTED[name] in ("either", outcome), f"{name} was {outcome}"
    assert no_network == []


@pytest.mark.timeout(300)
@pytest.mark.parametrize("suffix", SUFFIXES)
def test_every_nasty_file_through_every_importer(suffix: str, tmp_path: Path, no_network) -> None:
    for path in sorted(NASTY.iterdir()):
        if path.name == "expected.json":
            continue
        renamed = tmp_path / f"{path.stem.replace('.', '-')}{suffix}"
        shutil.copyfile(path, renamed)
        open_or_refuse(renamed, "nasty-renamed")
    assert no_network == []


def test_the_corpus_is_what_the_script_writes() -> None:
    spec = importlib.util.spec_from_file_location(
        "nasty", ROOT / "scripts" / "make_nasty_corpus.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    files = script.corpus()
    assert sorted(files) == sorted(EXPECTED), "run scripts/make_nasty_corpus.py"
    for name, (data, expected) in files.items():
        assert (NASTY / name).read_bytes() == data, f"{name}: run scripts/make_nasty_corpus.py"
        assert EXPECTED[name] == expected


@pytest.mark.timeout(60)
@pytest.mark.parametrize("piece", ["<article", "<a", "</", "<p ", "<!-"])
def test_unterminated_html_tags_are_read_in_linear_time(piece: str, tmp_path: Path) -> None:
    """A hang guard: Python 3.11's html.parser took 69 s on 320 KB of ``<article``."""
    path = tmp_path / "unterminated.html"
    path.write_text(piece * (1_000_000 // len(piece)), encoding="utf-8")
    started = time.monotonic()
    open_or_refuse(path, "huge")
    assert time.monotonic() - started < 60
