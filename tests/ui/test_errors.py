# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Unexpected exceptions: logged with the traceback, shown once as a plain message."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import qWarning

from app.ui.errors import QUIET_SECONDS, ErrorReporter


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def reporter(qapp, clock: Clock, dialogs) -> Iterator[ErrorReporter]:
    instance = ErrorReporter(window=lambda: None, clock=clock)
    yield instance
    instance.uninstall()


def _raise_and_report(reporter: ErrorReporter, error: BaseException) -> None:
    try:
        raise error
    except BaseException:
        reporter.handle(*sys.exc_info())  # type: ignore[arg-type]


def test_an_error_is_logged_and_shown_plainly(
    reporter: ErrorReporter, dialogs, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.ERROR, logger="app.ui"):
        _raise_and_report(reporter, ValueError("the ruler is bent\nsecond line"))
    (record,) = [r for r in caplog.records if r.name == "app.ui"]
    assert record.exc_info is not None and record.exc_info[0] is ValueError
    ((title, message),) = dialogs.problems
    assert title == "Something went wrong"
    assert "Help > Copy Diagnostics" in message
    assert message.endswith("Technical detail: ValueError: the ruler is bent")
    assert "Traceback" not in message and "File " not in message


def test_a_burst_shows_one_message(reporter: ErrorReporter, dialogs, clock: Clock) -> None:
    for _ in range(5):
        _raise_and_report(reporter, RuntimeError("paint failed"))
    assert len(dialogs.problems) == 1 and reporter.suppressed == 4
    clock.now += QUIET_SECONDS + 1
    _raise_and_report(reporter, RuntimeError("later"))
    assert len(dialogs.problems) == 2


def test_no_second_message_while_one_is_open(reporter: ErrorReporter, dialogs, monkeypatch) -> None:
    from app.ui.dialogs import messages

    def show_and_fail_again(parent: object, title: str, message: str) -> None:
        dialogs.problems.append((title, message))
        _raise_and_report(reporter, RuntimeError("while the message was open"))

    monkeypatch.setattr(messages, "show_problem", show_and_fail_again)
    _raise_and_report(reporter, RuntimeError("first"))
    assert len(dialogs.problems) == 1


def test_an_error_on_another_thread_is_shown_on_the_gui_thread(
    qtbot, reporter: ErrorReporter, dialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.dialogs import messages

    shown_on: list[threading.Thread] = []
    record = messages.show_problem

    def record_thread(parent: object, title: str, message: str) -> None:
        shown_on.append(threading.current_thread())
        record(parent, title, message)

    monkeypatch.setattr(messages, "show_problem", record_thread)
    reporter.install()
    worker = threading.Thread(target=lambda: 1 / 0)
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=5_000)
    assert shown_on == [threading.main_thread()]
    assert dialogs.problems[0][1].endswith("ZeroDivisionError: division by zero")


def test_install_and_uninstall_restore_the_hooks(reporter: ErrorReporter) -> None:
    before = (sys.excepthook, threading.excepthook)
    reporter.install()
    assert sys.excepthook == reporter.handle
    reporter.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_qt_warnings_go_to_the_log(
    reporter: ErrorReporter, caplog: pytest.LogCaptureFixture
) -> None:
    reporter.install()
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("a Qt warning for the log")
    reporter.uninstall()
    assert any(
        r.name == "qt" and r.getMessage() == "a Qt warning for the log" for r in caplog.records
    )


def test_keyboard_interrupt_is_not_a_bug(reporter: ErrorReporter, dialogs, monkeypatch) -> None:
    passed: list[type] = []
    monkeypatch.setattr(sys, "__excepthook__", lambda kind, *_: passed.append(kind))
    _raise_and_report(reporter, KeyboardInterrupt())
    assert passed == [KeyboardInterrupt] and dialogs.problems == []
