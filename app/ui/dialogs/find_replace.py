# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""FindReplaceDialog: find and replace in the draft; Replace All is one undoable edit."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class FindReplaceDialog(QDialog):
    """Non-modal; works on one QPlainTextEdit. Reports what happened in ``status``."""

    def __init__(self, editor: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceDialog")
        self.setWindowTitle(self.tr("Find and Replace"))
        self.editor = editor
        self.find_field = QLineEdit(self)
        self.find_field.setAccessibleName(self.tr("Find"))
        self.replace_field = QLineEdit(self)
        self.replace_field.setAccessibleName(self.tr("Replace with"))
        self.match_case = QCheckBox(self.tr("Match case"), self)
        self.whole_words = QCheckBox(self.tr("Whole words"), self)
        self.status = QLabel("", self)
        self.status.setObjectName("findStatus")
        form = QFormLayout()
        form.addRow(self.tr("&Find:"), self.find_field)
        form.addRow(self.tr("Re&place with:"), self.replace_field)
        form.addRow(self.match_case)
        form.addRow(self.whole_words)
        buttons = QDialogButtonBox(self)
        self.next_button = self._button(buttons, self.tr("Find &Next"), lambda: self.find(True))
        self.next_button.setDefault(True)
        self._button(buttons, self.tr("Find Pre&vious"), lambda: self.find(False))
        self._button(buttons, self.tr("&Replace"), self.replace)
        self._button(buttons, self.tr("Replace &All"), self.replace_all)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.hide)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)

    def _button(self, box: QDialogButtonBox, text: str, slot: object) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)
        button.clicked.connect(slot)  # type: ignore[arg-type]
        return button

    def _flags(self, forward: bool = True) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if not forward:
            flags |= QTextDocument.FindFlag.FindBackward
        if self.match_case.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if self.whole_words.isChecked():
            flags |= QTextDocument.FindFlag.FindWholeWords
        return flags

    def find(self, forward: bool = True) -> bool:
        """Select the next match from the cursor, wrapping around once."""
        needle = self.find_field.text()
        if not needle:
            return False
        document = self.editor.document()
        found = document.find(needle, self.editor.textCursor(), self._flags(forward))
        if found.isNull():
            start = QTextCursor(document)
            if not forward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(needle, start, self._flags(forward))
        if found.isNull():
            self.status.setText(self.tr("“{needle}” was not found.").format(needle=needle))
            return False
        self.editor.setTextCursor(found)
        self.status.setText("")
        return True

    def replace(self) -> bool:
        """Replace the current match (if the selection is one), then find the next."""
        cursor = self.editor.textCursor()
        if cursor.hasSelection() and self._matches(cursor.selectedText()):
            cursor.insertText(self.replace_field.text())
        return self.find(True)

    def replace_all(self) -> int:
        needle = self.find_field.text()
        if not needle:
            return 0
        document = self.editor.document()
        count = 0
        edit = QTextCursor(document)
        edit.beginEditBlock()
        found = document.find(needle, QTextCursor(document), self._flags())
        while not found.isNull():
            found.insertText(self.replace_field.text())
            count += 1
            found = document.find(needle, found, self._flags())
        edit.endEditBlock()
        done = (
            self.tr("Replaced {count} occurrence.")
            if count == 1
            else self.tr("Replaced {count} occurrences.")
        )
        self.status.setText(done.format(count=count))
        return count

    def _matches(self, selected: str) -> bool:
        needle = self.find_field.text()
        if self.match_case.isChecked():
            return selected == needle
        return selected.casefold() == needle.casefold()
