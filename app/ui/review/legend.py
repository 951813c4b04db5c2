# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LegendView: what each underline and tint in the editor means, drawn with the same formats."""

from __future__ import annotations

from PySide6.QtGui import QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.ui.review.appearance import legend, note_format, quote_format


class LegendView(QPlainTextEdit):
    """Read-only sample words marked exactly as the editor marks findings."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendView")
        self.setAccessibleName(self.tr("Legend of the marks in the editor"))
        self.setReadOnly(True)
        cursor = QTextCursor(self.document())
        for index, entry in enumerate(legend()):
            if index:
                cursor.insertText("\n", QTextCharFormat())
            mark = QTextCharFormat()
            mark.setUnderlineStyle(entry.underline)
            mark.setUnderlineColor(entry.colour)
            cursor.insertText(self.tr("sample"), mark)
            cursor.insertText(f"  {entry.label}", QTextCharFormat())
        cursor.insertText("\n", QTextCharFormat())
        cursor.insertText(self.tr("quoted words"), quote_format())
        cursor.insertText("  " + self.tr("Direct quotation (not restyled)"), QTextCharFormat())
        cursor.insertText("\n", QTextCharFormat())
        cursor.insertText(self.tr("noted words"), note_format())
        cursor.insertText("  " + self.tr("A note for the writer"), QTextCharFormat())
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 10)
