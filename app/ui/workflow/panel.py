# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""WorkflowPanel: the article's state and next steps, notes for the writer, history, export."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.model import ArticleStatus
from app.core.text_notes import TextNote
from app.core.workflow import Event, Profile, Transition
from app.ui.i18n import translate
from app.ui.labels import role_in_text, status_label, step_label

# Translated where shown, under "WorkflowPanel".
EVENT_LABELS = {
    "transition": "",
    "override": QT_TRANSLATE_NOOP("WorkflowPanel", "Approved with override"),
    "reopened": QT_TRANSLATE_NOOP("WorkflowPanel", "Reopened"),
    "exported": QT_TRANSLATE_NOOP("WorkflowPanel", "Exported"),
}


class WorkflowPanel(QWidget):
    """Lays out; every action leaves as a signal.

    Signals: ``transitionRequested(str name)``, ``switchUserRequested()``,
    ``addNoteRequested()``, ``resolveRequested(int)``, ``reopenRequested(int)``,
    ``noteActivated(int)``, ``exportRequested()``, ``reportRequested()``.
    """

    transitionRequested = Signal(str)
    switchUserRequested = Signal()
    addNoteRequested = Signal()
    resolveRequested = Signal(int)
    reopenRequested = Signal(int)
    noteActivated = Signal(int)
    exportRequested = Signal()
    reportRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("workflowPanel")
        self.status = QLabel(self.tr("No article open."), self)
        self.status.setObjectName("workflowStatus")
        self.user = QLabel("", self)
        switch = QPushButton(self.tr("S&witch user…"), self)
        switch.clicked.connect(self.switchUserRequested)
        who = QHBoxLayout()
        who.addWidget(self.user, 1)
        who.addWidget(switch)
        self.steps = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        self.notes = QListWidget(self)
        self.notes.setObjectName("notesList")
        self.notes.setAccessibleName(self.tr("Notes on the text"))
        self.notes.setWordWrap(True)
        self.notes.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.notes.currentItemChanged.connect(self._on_note_selected)
        self.add_note = QPushButton(self.tr("&Add note to selection"), self)
        self.add_note.clicked.connect(self.addNoteRequested)
        self.resolve = QPushButton(self.tr("&Resolve"), self)
        self.resolve.clicked.connect(lambda: self._emit_for_note(self.resolveRequested))
        self.reopen = QPushButton(self.tr("Re&open"), self)
        self.reopen.clicked.connect(lambda: self._emit_for_note(self.reopenRequested))
        note_buttons = QHBoxLayout()
        for button in (self.add_note, self.resolve, self.reopen):
            note_buttons.addWidget(button)
        notes_box = QGroupBox(self.tr("Notes for the writer"), self)
        notes_layout = QVBoxLayout(notes_box)
        notes_layout.addWidget(self.notes)
        notes_layout.addLayout(note_buttons)
        self.history = QListWidget(self)
        self.history.setObjectName("historyList")
        self.history.setAccessibleName(self.tr("The article's history"))
        self.history.setWordWrap(True)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        history_box = QGroupBox(self.tr("History"), self)
        QVBoxLayout(history_box).addWidget(self.history)
        self.export_button = QPushButton(self.tr("&Export…"), self)
        self.export_button.clicked.connect(self.exportRequested)
        self.report_button = QPushButton(self.tr("Review re&port…"), self)
        self.report_button.clicked.connect(self.reportRequested)
        exports = QHBoxLayout()
        exports.addWidget(self.export_button)
        exports.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.status)
        layout.addLayout(who)
        layout.addLayout(self.steps)
        layout.addWidget(notes_box, 2)
        layout.addWidget(history_box, 1)
        layout.addLayout(exports)

    def set_state(self, status: ArticleStatus | None, steps: list[Transition]) -> None:
        self.status.setText(
            self.tr("Status: <b>{status}</b>").format(status=status_label(status))
            if status
            else self.tr("No article open.")
        )
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons = {}
        for step in steps:
            button = QPushButton(step_label(step), self)
            button.setObjectName(f"step-{step.name}")
            button.clicked.connect(
                lambda _=False, name=step.name: self.transitionRequested.emit(name)
            )
            self.steps.addWidget(button)
            self.step_buttons[step.name] = button
        for button in (self.export_button, self.report_button, self.add_note):
            button.setEnabled(status is not None)

    def set_profile(self, profile: Profile | None) -> None:
        self.user.setText(
            self.tr("You: {name} ({role})").format(
                name=profile.name, role=role_in_text(profile.role)
            )
            if profile
            else ""
        )

    def set_notes(self, placed: list[tuple[TextNote, tuple[int, int] | None]]) -> None:
        current = self.notes.currentItem()
        keep = current.data(Qt.ItemDataRole.UserRole) if current else None
        self.notes.clear()
        for note, span in placed:
            # The mark comes first, untranslated: _update_note_buttons looks for "✓".
            state = "✓ " + self.tr("resolved") if note.resolved else "● " + self.tr("open")
            where = f"“{note.anchor.text[:40]}”" if span else self.tr("(its words were deleted)")
            resolution = f" — {note.resolution}" if note.resolution else ""
            item = QListWidgetItem(f"{state} {where}: {note.body} — {note.author}{resolution}")
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.notes.addItem(item)
            if note.id == keep:
                self.notes.setCurrentItem(item)
        self._update_note_buttons()

    def set_history(self, events: list[Event]) -> None:
        self.history.clear()
        for event in events:
            when = event.at.astimezone().strftime("%d %b %H:%M")
            label = EVENT_LABELS.get(event.kind, event.kind)
            label = translate("WorkflowPanel", label) if label else label
            if event.kind in ("transition", "reopened", "exported"):
                target = status_label(event.to_status)
                label = f"{label} → {target}".strip(" →") if label else f"→ {target}"
            note = f" — {event.note}" if event.note else ""
            self.history.addItem(f"{when} {event.who}: {label}{note}")
        self.history.scrollToBottom()

    def selected_note(self) -> int | None:
        item = self.notes.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _on_note_selected(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._update_note_buttons()
        if item is not None:
            self.noteActivated.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def _update_note_buttons(self) -> None:
        item = self.notes.currentItem()
        resolved = item is not None and item.text().startswith("✓")
        self.resolve.setEnabled(item is not None and not resolved)
        self.reopen.setEnabled(item is not None and resolved)

    def _emit_for_note(self, signal: object) -> None:
        note_id = self.selected_note()
        if note_id is not None:
            signal.emit(note_id)  # type: ignore[attr-defined]
