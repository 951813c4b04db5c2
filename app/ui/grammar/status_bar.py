# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""GrammarStatusBar: the grammar line, progress with Cancel, and Retry, for the status bar.

It shows nothing while grammar checking simply works; "Grammar: off" when it
is off; "Grammar check unavailable: <reason>" with a Retry button when it is
not; a progress bar with Cancel while a long draft is checked or LanguageTool
is downloaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QToolButton,
    QWidget,
)
from typing_extensions import override

from app.ui.grammar.controller import GrammarController

MAX_LINE_WIDTH = 420  # the rest is in the tooltip; the word count needs its room
MEGABYTE = 1024 * 1024


class ElidedLabel(QLabel):
    """A one-line label that ends in "…" when narrower than its text (the tooltip has it all)."""

    @override
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        metrics = self.fontMetrics()
        shown = metrics.elidedText(self.text(), Qt.TextElideMode.ElideRight, self.width())
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), shown)


class GrammarStatusBar(QWidget):
    """Follows a GrammarController; the buttons call its ``cancel`` and ``retry``."""

    def __init__(self, controller: GrammarController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("grammarStatus")
        self.controller = controller
        self.label = ElidedLabel("", self)
        self.label.setObjectName("grammarStatusLine")
        self.label.setAccessibleName(self.tr("Grammar check status"))
        self.label.setMaximumWidth(MAX_LINE_WIDTH)
        self.label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Grammar check progress"))
        self.progress.setFixedWidth(180)
        self.progress.setMaximumHeight(16)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the grammar check"))
        self.cancel_button.clicked.connect(controller.cancel)
        self.action_button = QToolButton(self)
        self.action_button.setAccessibleName(self.tr("Try the grammar check again"))
        self.action_button.clicked.connect(controller.retry)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        # Never wider than its parts: the status bar's messages keep the room that is left.
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred)
        layout.setSpacing(4)
        for widget in (self.label, self.progress, self.cancel_button, self.action_button):
            layout.addWidget(widget)
        controller.statusChanged.connect(self._on_status)
        controller.progressChanged.connect(self._on_progress)
        self._on_progress(0, 0, "check")
        self._on_status(controller.status_line())

    @property
    def message(self) -> str:
        return self.label.text()

    def _on_status(self, line: str) -> None:
        self.label.setText(line)
        self.label.setToolTip(self.controller.status_details())
        self.label.setVisible(bool(line))
        action = self.controller.action_label()
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action))
        self._fit()

    def _on_progress(self, done: int, total: int, kind: str) -> None:
        running = total > 0
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        if kind == "download":
            self.progress.setRange(0, max(total // MEGABYTE, 1))
            self.progress.setValue(done // MEGABYTE)
            self.progress.setFormat(self.tr("LanguageTool %v of %m MB"))
            self.cancel_button.setAccessibleName(self.tr("Cancel the LanguageTool download"))
        else:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)
            self.progress.setFormat(self.tr("Grammar %v of %m"))
            self.cancel_button.setAccessibleName(self.tr("Cancel the grammar check"))
        if running:
            self.action_button.hide()
        else:
            self.action_button.setVisible(bool(self.controller.action_label()))
        self._fit()

    def _fit(self) -> None:
        parts = (self.label, self.progress, self.cancel_button, self.action_button)
        self.setVisible(any(not part.isHidden() for part in parts))
