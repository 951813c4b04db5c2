# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Unexpected exceptions: logged with their traceback, shown as one plain message.

``ErrorReporter.install()`` (called by main.run) replaces ``sys.excepthook`` and
``threading.excepthook`` and routes Qt's own warnings into the log. An exception
on any thread is logged on that thread and shown on the GUI thread, through
app.ui.dialogs.messages, never as a traceback. One message is on screen at a
time, and a burst (say, a failing paint event) is shown once and then only logged.
"""

from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QWidget

from app.ui.dialogs import messages
from app.ui.i18n import translate

log = logging.getLogger("app.ui")
qt_log = logging.getLogger("qt")
QUIET_SECONDS = 30.0
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


class ErrorReporter(QObject):
    """Create on the GUI thread; ``handle`` may be called from any thread."""

    _unexpected = Signal(str)

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        window: Callable[[], QWidget | None] = QApplication.activeWindow,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._clock = clock
        self._showing = False
        self._last_shown: float | None = None
        self.suppressed = 0
        self._previous: tuple[Any, Any, Any] | None = None
        self._unexpected.connect(self._show)  # queued when emitted from another thread

    def install(self) -> None:
        """Become the handler for uncaught exceptions and Qt messages (until ``uninstall``)."""
        previous_qt = qInstallMessageHandler(self._on_qt_message)
        self._previous = (sys.excepthook, threading.excepthook, previous_qt)
        sys.excepthook = self.handle
        threading.excepthook = self._handle_thread

    def uninstall(self) -> None:
        if self._previous is None:
            return
        sys.excepthook, threading.excepthook, previous_qt = self._previous
        qInstallMessageHandler(previous_qt)
        self._previous = None

    def handle(
        self,
        exc_type: type[BaseException],
        exc: BaseException,
        tb: TracebackType | None,
    ) -> None:
        """Log the exception with its traceback, then tell the user (on the GUI thread)."""
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected error", exc_info=(exc_type, exc, tb))
        self._unexpected.emit(_one_line(exc_type, exc))

    def _handle_thread(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_type, args.exc_value, args.exc_traceback)

    def _show(self, detail: str) -> None:
        now = self._clock()
        recent = self._last_shown is not None and now - self._last_shown < QUIET_SECONDS
        if self._showing or recent:
            self.suppressed += 1
            return
        self._showing = True
        self._last_shown = now
        try:
            messages.show_problem(
                self._window(),
                translate("ErrorReporter", "Something went wrong"),
                translate(
                    "ErrorReporter",
                    "Copydesk ran into a problem it did not expect, so what you asked for "
                    "may not have been done.\n\nIf it happens again, choose Help > Copy "
                    "Diagnostics and send the text to whoever looks after Copydesk at "
                    "your desk.\n\nTechnical detail: {detail}",
                ).format(detail=detail),
            )
        finally:
            self._showing = False

    def _on_qt_message(self, kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
        qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", text)


def _one_line(exc_type: type[BaseException], exc: BaseException) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    text = f"{exc_type.__name__}: {first}" if first else exc_type.__name__
    return text if len(text) <= 200 else text[:199] + "…"
