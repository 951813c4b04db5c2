# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The log file: where it goes, its level, rotation, the last lines, and no noise on stderr."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.core import logs
from app.core.logs import recent_log_lines, setup_logging, stop_logging
from app.core.paths import user_paths


@pytest.fixture(autouse=True)
def _restore_root_level() -> Iterator[None]:
    level = logging.getLogger().level
    yield
    stop_logging()
    logging.getLogger().setLevel(level)


def test_records_at_the_level_go_to_the_log_folder(tmp_path: Path) -> None:
    paths = user_paths(tmp_path)
    assert setup_logging(paths, logging.INFO) == tmp_path / "logs" / "copydesk.log"
    logging.getLogger("app.test").debug("not this")
    logging.getLogger("app.test").info("opened the draft")
    logging.getLogger("app.test").warning("autosave was late")
    stop_logging()
    text = paths.log_file.read_text(encoding="utf-8")
    assert "INFO" in text and "app.test: opened the draft" in text
    assert "WARNING" in text and "autosave was late" in text
    assert "not this" not in text


def test_warning_level_keeps_info_out(tmp_path: Path) -> None:
    paths = user_paths(tmp_path)
    setup_logging(paths, logging.WARNING)
    logging.getLogger("app.test").info("routine")
    logging.getLogger("app.test").error("the export failed")
    stop_logging()
    assert recent_log_lines(paths)[-1].endswith("app.test: the export failed")
    assert "routine" not in paths.log_file.read_text(encoding="utf-8")


def test_setting_up_twice_keeps_one_handler(tmp_path: Path) -> None:
    setup_logging(user_paths(tmp_path / "a"))
    setup_logging(user_paths(tmp_path / "b"))
    ours = [h for h in logging.getLogger().handlers if isinstance(h, logs._FileHandler)]
    assert len(ours) == 1
    logging.getLogger("app.test").warning("only in b")
    stop_logging()
    assert not (tmp_path / "a" / "logs" / "copydesk.log").exists()
    assert "only in b" in (tmp_path / "b" / "logs" / "copydesk.log").read_text(encoding="utf-8")


def test_the_file_rotates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(logs, "MAX_BYTES", 2_000)
    paths = user_paths(tmp_path)
    setup_logging(paths)
    for number in range(200):
        logging.getLogger("app.test").warning("line %03d of the rotation test", number)
    stop_logging()
    files = sorted(p.name for p in paths.logs.iterdir())
    assert files == ["copydesk.log", "copydesk.log.1", "copydesk.log.2", "copydesk.log.3"]
    assert all(p.stat().st_size <= 2_000 for p in paths.logs.iterdir())
    last = recent_log_lines(paths, 50)
    assert len(last) == 50
    assert last[-1].endswith("line 199 of the rotation test")
    assert last[0].endswith("line 150 of the rotation test")  # read across the rotation


def test_recent_lines_without_a_log(tmp_path: Path) -> None:
    assert recent_log_lines(user_paths(tmp_path)) == []


def test_an_unwritable_folder_logs_nowhere_and_says_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "home"
    blocker.mkdir()
    (blocker / "logs").write_text("a file where the folder should be", encoding="utf-8")
    setup_logging(user_paths(blocker), logging.WARNING)
    logging.getLogger("app.test").error("nowhere to go")
    logging.getLogger("app.test").error("still nowhere")
    assert capsys.readouterr().err == ""
    assert (blocker / "logs").is_file()


def test_nothing_is_created_until_something_is_logged(tmp_path: Path) -> None:
    paths = user_paths(tmp_path)
    setup_logging(paths, logging.WARNING)
    logging.getLogger("app.test").info("below the level")
    assert not paths.logs.exists()
    logging.getLogger("app.test").warning("now")
    assert paths.log_file.is_file()
