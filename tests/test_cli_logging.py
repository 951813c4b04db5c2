# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""CLI logging: warnings to the log file only; a bug is one line on stderr, its traceback logged."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app import cli
from app.core import logs
from app.core.logs import stop_logging


@pytest.fixture(autouse=True)
def _no_handler_left() -> Iterator[None]:
    yield
    stop_logging()


def test_a_command_writes_warnings_to_the_log_and_nothing_else(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text("Road closed\n\nThe road stays closed until Friday.\n", encoding="utf-8")
    home = tmp_path / "home"
    code = (
        "import logging, sys\n"
        "import app.cli as cli\n"
        "def noisy(options):\n"
        "    logging.getLogger('app.test').info('routine detail')\n"
        "    logging.getLogger('app.test').warning('the draft has no byline')\n"
        "    return 0\n"
        "cli.cmd_text = noisy\n"
        "sys.exit(cli.main(['--data-dir', sys.argv[1], 'text', sys.argv[2]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(home), str(draft)],
        capture_output=True,
        text=True,
        env={**os.environ, "COPYDESK_HOME": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    log = (home / "logs" / "copydesk.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "app.test: the draft has no byline" in log
    assert "routine detail" not in log


def test_an_unexpected_error_is_one_line_and_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def broken(_options: object) -> int:
        return {}["missing key"]  # type: ignore[return-value]

    monkeypatch.setattr(cli, "cmd_list", broken)
    home = tmp_path / "home"
    assert cli.main(["list", "--data-dir", str(home)]) == 2
    err = capsys.readouterr().err
    log_file = home / "logs" / "copydesk.log"
    assert err.count("\n") == 1
    assert err.startswith("copydesk: something went wrong inside Copydesk ('missing key').")
    assert f"The details are in {log_file}." in err
    stop_logging()
    log = log_file.read_text(encoding="utf-8")
    assert "ERROR" in log and "copydesk list failed" in log
    assert "Traceback" in log and "KeyError: 'missing key'" in log


def test_bad_input_is_not_logged_as_a_bug(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    assert cli.main(["text", str(tmp_path / "absent.txt"), "--data-dir", str(home)]) == 2
    assert capsys.readouterr().err.startswith("copydesk: ")
    stop_logging()
    log_file = home / "logs" / "copydesk.log"
    assert not log_file.exists() or "Traceback" not in log_file.read_text(encoding="utf-8")


def test_cli_logging_level_is_warning(tmp_path: Path) -> None:
    assert cli.main(["list", "--data-dir", str(tmp_path / "home")]) == 0
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._FileHandler)]
    assert [h.level for h in ours] == [logging.WARNING]
