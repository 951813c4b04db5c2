# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""SourcesPanel: who is quoted, each quote's verification, the directory entry, notes checks."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.sourcing import METHOD_LABELS, DirectorySource, VerificationStatus
from app.ui.sources.model import STATUS_LABELS, QuoteRow, SourceRow, SourcesModel


class SourcesPanel(QWidget):
    """Lays out the sources tree and the forms; every action goes out as a signal.

    Signals: ``quoteActivated(Quote)``, ``sourceActivated(SourceRow)``,
    ``verifyRequested(QuoteRow, dict)`` with keys status, method, evidence_url,
    evidence_path, note; ``sourceSaveRequested(dict)`` with name, kind, role,
    affiliation, contact, notes; ``attachNotesRequested()``.
    """

    quoteActivated = Signal(object)
    sourceActivated = Signal(object)
    verifyRequested = Signal(object, dict)
    sourceSaveRequested = Signal(dict)
    attachNotesRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sourcesPanel")
        self.model = SourcesModel()
        self.summary = QLabel("No quotes yet.", self)
        self.summary.setObjectName("sourcingSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("sourcesTree")
        self.tree.setAccessibleName("Sources and their quotes")
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self._on_activated)
        self.details = QStackedWidget(self)
        self.details.addWidget(QLabel("Select a quote to verify it, or a source to edit.", self))
        self.details.addWidget(self._build_quote_form())
        self.details.addWidget(self._build_source_form())
        self.notes_button = QPushButton("Attach &notes or transcript…", self)
        self.notes_button.setAccessibleName("Attach notes or a transcript to check quotes against")
        self.notes_button.clicked.connect(self.attachNotesRequested)
        self.notes_label = QLabel("No notes attached.", self)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(self.details)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(splitter)
        bottom = QHBoxLayout()
        bottom.addWidget(self.notes_label, 1)
        bottom.addWidget(self.notes_button)
        layout.addLayout(bottom)
        self._quote: QuoteRow | None = None
        self._source: SourceRow | None = None

    def _build_quote_form(self) -> QWidget:
        form_widget = QWidget(self)
        self.quote_text = QLabel("", form_widget)
        self.quote_text.setWordWrap(True)
        self.quote_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_box = QComboBox(form_widget)
        self.status_box.setAccessibleName("Verification status")
        for status, label in STATUS_LABELS.items():
            self.status_box.addItem(label, status.value)
        self.method_box = QComboBox(form_widget)
        self.method_box.setAccessibleName("How it was verified")
        self.method_box.addItem("—", "")
        for method, label in METHOD_LABELS.items():
            self.method_box.addItem(label, method.value)
        self.evidence_url = QLineEdit(form_widget)
        self.evidence_url.setAccessibleName("Evidence link")
        self.evidence_url.setPlaceholderText("https://… (recording, statement, email archive)")
        self.evidence_file = QLineEdit(form_widget)
        self.evidence_file.setAccessibleName("Evidence file")
        self.evidence_file.setReadOnly(True)
        browse = QPushButton("Attach &file…", form_widget)
        browse.clicked.connect(self._choose_evidence_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.evidence_file, 1)
        file_row.addWidget(browse)
        self.verify_note = QLineEdit(form_widget)
        self.verify_note.setAccessibleName("Verification note")
        self.history = QLabel("", form_widget)
        self.history.setWordWrap(True)
        self.record_button = QPushButton("&Record verification", form_widget)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.comparison = QTextBrowser(form_widget)
        self.comparison.setObjectName("notesComparison")
        self.comparison.setAccessibleName("The quote compared with the attached notes")
        self.comparison.setOpenLinks(False)
        form = QFormLayout(form_widget)
        form.addRow(self.quote_text)
        form.addRow("&Status:", self.status_box)
        form.addRow("&How:", self.method_box)
        form.addRow("&Link:", self.evidence_url)
        form.addRow("File:", file_row)
        form.addRow("N&ote:", self.verify_note)
        form.addRow(self.record_button)
        form.addRow(self.history)
        form.addRow(self.comparison)
        return form_widget

    def _build_source_form(self) -> QWidget:
        widget = QWidget(self)
        self.source_name = QLabel("", widget)
        self.source_kind = QComboBox(widget)
        self.source_kind.setAccessibleName("Kind of source")
        for kind, label in (
            ("person", "Person"),
            ("organisation", "Organisation"),
            ("unknown", "Unknown"),
        ):
            self.source_kind.addItem(label, kind)
        self.source_role = QLineEdit(widget)
        self.source_role.setAccessibleName("Role or title")
        self.source_affiliation = QLineEdit(widget)
        self.source_affiliation.setAccessibleName("Affiliation")
        self.source_contact = QLineEdit(widget)
        self.source_contact.setAccessibleName("Contact")
        self.source_notes = QPlainTextEdit(widget)
        self.source_notes.setAccessibleName("Notes about the source")
        self.source_notes.setMaximumHeight(80)
        save = QPushButton("Save to the &directory", widget)
        save.clicked.connect(self._on_save_source_clicked)
        form = QFormLayout(widget)
        form.addRow(self.source_name)
        form.addRow("Kind:", self.source_kind)
        form.addRow("Role:", self.source_role)
        form.addRow("Affiliation:", self.source_affiliation)
        form.addRow("Contact:", self.source_contact)
        form.addRow("Notes:", self.source_notes)
        form.addRow(save)
        return widget

    # Filling
    def set_rows(self, rows: list[SourceRow], summary: str) -> None:
        selected = self._quote.quote.start if self._quote is not None else None
        self.model.set_rows(rows)
        self.tree.expandAll()
        self.summary.setText(summary)
        if selected is not None:
            index = self.model.index_of_quote(selected)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def set_notes_count(self, count: int) -> None:
        self.notes_label.setText(
            f"{count} notes document{'s' if count != 1 else ''} attached."
            if count
            else "No notes attached."
        )

    def show_quote(self, row: QuoteRow, comparison_html: str) -> None:
        self._quote, self._source = row, None
        quote = row.quote
        kind = "Direct quote" if quote.direct else "Reported speech"
        self.quote_text.setText(f"<b>{kind}</b> — {quote.speaker or 'no speaker named'}")
        self.status_box.setCurrentIndex(self.status_box.findData(row.status.value))
        verification = row.verification
        self.method_box.setCurrentIndex(
            max(0, self.method_box.findData(verification.method if verification else ""))
        )
        self.evidence_url.setText(verification.evidence_url if verification else "")
        self.evidence_file.clear()
        self.verify_note.setText("")
        self.history.setText(
            f"{STATUS_LABELS[row.status]} by {verification.made_by}, "
            f"{verification.made_at.astimezone():%d %b %Y %H:%M}"
            + (f" — {verification.note}" if verification.note else "")
            + (f" — file: {verification.evidence_name}" if verification.evidence_name else "")
            if verification
            else "Never verified."
        )
        self.comparison.setHtml(comparison_html)
        self.details.setCurrentIndex(1)

    def show_source(self, row: SourceRow, entry: DirectorySource | None) -> None:
        self._quote, self._source = None, row
        summary = row.summary
        self.source_name.setText(f"<b>{row.name}</b>")
        kind = entry.kind if entry else (summary.kind if summary else "unknown")
        self.source_kind.setCurrentIndex(max(0, self.source_kind.findData(kind)))
        self.source_role.setText(
            entry.role if entry and entry.role else (summary.role if summary else "")
        )
        self.source_affiliation.setText(entry.affiliation if entry else "")
        self.source_contact.setText(entry.contact if entry else "")
        self.source_notes.setPlainText(entry.notes if entry else "")
        self.details.setCurrentIndex(2)

    # Reacting
    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        quote_row = index.data(SourcesModel.QUOTE_ROLE) if index.isValid() else None
        if quote_row is not None:
            self.quoteActivated.emit(quote_row.quote)
            return
        source_row = index.data(SourcesModel.SOURCE_ROLE) if index.isValid() else None
        if source_row is not None:
            self.sourceActivated.emit(source_row)

    def _on_activated(self, index: QModelIndex) -> None:
        self._on_current_changed(index, QModelIndex())

    def _choose_evidence_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Attach evidence")
        if path:
            self.evidence_file.setText(path)

    def _on_record_clicked(self) -> None:
        if self._quote is None:
            return
        self.verifyRequested.emit(
            self._quote,
            {
                "status": VerificationStatus(self.status_box.currentData()),
                "method": self.method_box.currentData() or "",
                "evidence_url": self.evidence_url.text().strip(),
                "evidence_path": self.evidence_file.text().strip(),
                "note": self.verify_note.text().strip(),
            },
        )

    def _on_save_source_clicked(self) -> None:
        if self._source is None:
            return
        self.sourceSaveRequested.emit(
            {
                "name": self._source.name,
                "kind": self.source_kind.currentData(),
                "role": self.source_role.text(),
                "affiliation": self.source_affiliation.text(),
                "contact": self.source_contact.text(),
                "notes": self.source_notes.toPlainText(),
            }
        )
