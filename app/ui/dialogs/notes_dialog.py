# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""NotesDialog: paste or load a transcript or the reporter's notes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.importers import ImportProblem, open_document


class NotesDialog(QDialog):
    """A name and the notes' text; "Load from file…" reads any format Copydesk opens."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notesDialog")
        self.setWindowTitle(self.tr("Attach notes or a transcript"))
        self.name = QLineEdit(self.tr("Reporter's notes"), self)
        self.name.setAccessibleName(self.tr("Name of the notes"))
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Notes or transcript text"))
        self.text.setPlaceholderText(self.tr("Paste the transcript or notes here, or load a file."))
        self.problem = QLabel("", self)
        load = QPushButton(self.tr("&Load from file…"), self)
        load.clicked.connect(self._load)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_text)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text)
        layout.addWidget(self.problem)
        layout.addWidget(load)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def _load(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Load notes"),
            "",
            self.tr("Documents (*.txt *.md *.docx *.odt *.html);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def load_file(self, path: str) -> bool:
        try:
            document = open_document(path)
        except ImportProblem as exc:
            self.problem.setText(str(exc))
            return False
        self.text.setPlainText(document.text)
        self.name.setText(Path(path).name)
        self.problem.clear()
        return True

    def _accept_if_text(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()
        else:
            self.problem.setText(self.tr("There is nothing to attach yet."))

    def result_value(self) -> tuple[str, str]:
        return self.name.text().strip() or self.tr("Notes"), self.text.toPlainText()
