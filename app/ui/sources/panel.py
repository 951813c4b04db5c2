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

from app.core.sourcing import DirectorySource, VerificationStatus
from app.ui.labels import (
    SPEAKER_KINDS,
    VERIFICATION_METHODS,
    VERIFICATION_STATUSES,
    method_label,
    speaker_kind_label,
    verification_label,
)
from app.ui.review.findings_panel import expand_top_level
from app.ui.sources.model import QuoteRow, SourceRow, SourcesModel


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
        self.summary = QLabel(self.tr("No quotes yet."), self)
        self.summary.setObjectName("sourcingSummary")
        self.summary.setWordWrap(True)
        self.tree = QTreeView(self)
        self.tree.setObjectName("sourcesTree")
        self.tree.setAccessibleName(self.tr("Sources and their quotes"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(self._on_activated)
        self.details = QStackedWidget(self)
        self.details.addWidget(
            QLabel(self.tr("Select a quote to verify it, or a source to edit."), self)
        )
        self.details.addWidget(self._build_quote_form())
        self.details.addWidget(self._build_source_form())
        self.notes_button = QPushButton(self.tr("Attach &notes or transcript…"), self)
        self.notes_button.setAccessibleName(
            self.tr("Attach notes or a transcript to check quotes against")
        )
        self.notes_button.clicked.connect(self.attachNotesRequested)
        self.notes_label = QLabel(self.tr("No notes attached."), self)
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
        self.status_box.setAccessibleName(self.tr("Verification status"))
        for status in VERIFICATION_STATUSES:
            self.status_box.addItem(verification_label(status), status.value)
        self.method_box = QComboBox(form_widget)
        self.method_box.setAccessibleName(self.tr("How it was verified"))
        self.method_box.addItem("—", "")
        for method in VERIFICATION_METHODS:
            self.method_box.addItem(method_label(method), method.value)
        self.evidence_url = QLineEdit(form_widget)
        self.evidence_url.setAccessibleName(self.tr("Evidence link"))
        self.evidence_url.setPlaceholderText(
            self.tr("https://… (recording, statement, email archive)")
        )
        self.evidence_file = QLineEdit(form_widget)
        self.evidence_file.setAccessibleName(self.tr("Evidence file"))
        self.evidence_file.setReadOnly(True)
        browse = QPushButton(self.tr("Attach &file…"), form_widget)
        browse.clicked.connect(self._choose_evidence_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.evidence_file, 1)
        file_row.addWidget(browse)
        self.verify_note = QLineEdit(form_widget)
        self.verify_note.setAccessibleName(self.tr("Verification note"))
        self.history = QLabel("", form_widget)
        self.history.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record verification"), form_widget)
        self.record_button.clicked.connect(self._on_record_clicked)
        self.comparison = QTextBrowser(form_widget)
        self.comparison.setObjectName("notesComparison")
        self.comparison.setAccessibleName(self.tr("The quote compared with the attached notes"))
        self.comparison.setOpenLinks(False)
        form = QFormLayout(form_widget)
        form.addRow(self.quote_text)
        form.addRow(self.tr("&Status:"), self.status_box)
        form.addRow(self.tr("&How:"), self.method_box)
        form.addRow(self.tr("&Link:"), self.evidence_url)
        form.addRow(self.tr("File:"), file_row)
        form.addRow(self.tr("N&ote:"), self.verify_note)
        form.addRow(self.record_button)
        form.addRow(self.history)
        form.addRow(self.comparison)
        return form_widget

    def _build_source_form(self) -> QWidget:
        widget = QWidget(self)
        self.source_name = QLabel("", widget)
        self.source_kind = QComboBox(widget)
        self.source_kind.setAccessibleName(self.tr("Kind of source"))
        for kind in SPEAKER_KINDS:
            self.source_kind.addItem(speaker_kind_label(kind), kind)
        self.source_role = QLineEdit(widget)
        self.source_role.setAccessibleName(self.tr("Role or title"))
        self.source_affiliation = QLineEdit(widget)
        self.source_affiliation.setAccessibleName(self.tr("Affiliation"))
        self.source_contact = QLineEdit(widget)
        self.source_contact.setAccessibleName(self.tr("Contact"))
        self.source_notes = QPlainTextEdit(widget)
        self.source_notes.setAccessibleName(self.tr("Notes about the source"))
        self.source_notes.setMaximumHeight(80)
        save = QPushButton(self.tr("Save to the &directory"), widget)
        save.clicked.connect(self._on_save_source_clicked)
        form = QFormLayout(widget)
        form.addRow(self.source_name)
        form.addRow(self.tr("Kind:"), self.source_kind)
        form.addRow(self.tr("Role:"), self.source_role)
        form.addRow(self.tr("Affiliation:"), self.source_affiliation)
        form.addRow(self.tr("Contact:"), self.source_contact)
        form.addRow(self.tr("Notes:"), self.source_notes)
        form.addRow(save)
        return widget

    # Filling
    def set_rows(self, rows: list[SourceRow], summary: str) -> None:
        self.summary.setText(summary)
        if self.model.same_display(rows):
            # The usual case while typing: the quotes only moved. Keep their new
            # places without rebuilding the tree.
            self.model.replace_quietly(rows)
            return
        selected = self._quote.quote.start if self._quote is not None else None
        self.model.set_rows(rows)
        expand_top_level(self.tree)
        if selected is not None:
            index = self.model.index_of_quote(selected)
            if index.isValid():
                self.tree.setCurrentIndex(index)

    def set_notes_count(self, count: int) -> None:
        if not count:
            text = self.tr("No notes attached.")
        elif count == 1:
            text = self.tr("{count} notes document attached.")
        else:
            text = self.tr("{count} notes documents attached.")
        self.notes_label.setText(text.format(count=count))

    def show_quote(self, row: QuoteRow, comparison_html: str) -> None:
        self._quote, self._source = row, None
        quote = row.quote
        kind = self.tr("Direct quote") if quote.direct else self.tr("Reported speech")
        speaker = quote.speaker or self.tr("no speaker named")
        self.quote_text.setText(f"<b>{kind}</b> — {speaker}")
        self.status_box.setCurrentIndex(self.status_box.findData(row.status.value))
        verification = row.verification
        self.method_box.setCurrentIndex(
            max(0, self.method_box.findData(verification.method if verification else ""))
        )
        self.evidence_url.setText(verification.evidence_url if verification else "")
        self.evidence_file.clear()
        self.verify_note.setText("")
        if verification:
            history = self.tr("{status} by {who}, {when}").format(
                status=verification_label(row.status),
                who=verification.made_by,
                when=f"{verification.made_at.astimezone():%d %b %Y %H:%M}",
            )
            if verification.note:
                history += f" — {verification.note}"
            if verification.evidence_name:
                history += " — " + self.tr("file: {name}").format(name=verification.evidence_name)
        else:
            history = self.tr("Never verified.")
        self.history.setText(history)
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
        quote_row = self.model.quote_at(index)
        if quote_row is not None:
            self.quoteActivated.emit(quote_row.quote)
            return
        source_row = self.model.source_at(index)
        if source_row is not None:
            self.sourceActivated.emit(source_row)

    def _on_activated(self, index: QModelIndex) -> None:
        self._on_current_changed(index, QModelIndex())

    def _choose_evidence_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach evidence"))
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
