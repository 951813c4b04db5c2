# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Dialogs of the desk's workflow: who you are, the approval checklist, a save conflict."""

from __future__ import annotations

import difflib
import html

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.core.workflow import Checklist, Role
from app.ui.i18n import translate
from app.ui.labels import ROLES, role_label


class ProfileDialog(QDialog):
    """Choose who you are on this desk: a name (existing or new) and a role."""

    def __init__(self, parent: QWidget | None, names: list[str], current: str, role: Role) -> None:
        super().__init__(parent)
        self.setObjectName("profileDialog")
        self.setWindowTitle(self.tr("Who is working?"))
        self.name = QComboBox(self)
        self.name.setEditable(True)
        self.name.setAccessibleName(self.tr("Your name"))
        self.name.addItems(names)
        self.name.setCurrentText(current)
        self.role = QComboBox(self)
        self.role.setAccessibleName(self.tr("Your role"))
        for value in ROLES:
            self.role.addItem(role_label(value), value.value)
        self.role.setCurrentIndex(self.role.findData(role.value))
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("Copydesk records your name with every save, decision and approval."), self
            )
        )
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Role:"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._accept_if_named)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _accept_if_named(self) -> None:
        if self.name.currentText().strip():
            self.accept()

    def choice(self) -> tuple[str, Role]:
        return self.name.currentText().strip(), Role(self.role.currentData())


class ApprovalDialog(QDialog):
    """The approval checklist; with anything open, approving needs an override reason."""

    def __init__(self, parent: QWidget | None, title: str, checklist: Checklist) -> None:
        super().__init__(parent)
        self.setObjectName("approvalDialog")
        self.setWindowTitle(self.tr("Approve “{title}”").format(title=title))
        self.checklist = checklist
        report = QTextBrowser(self)
        report.setAccessibleName(self.tr("Approval checklist"))
        report.setHtml(_checklist_html(checklist))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for approving with open items"))
        self.reason.setPlaceholderText(
            self.tr("Reason for approving anyway (recorded in the report)")
        )
        self.reason.setVisible(not checklist.clear)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        label = self.tr("Approve") if checklist.clear else self.tr("Approve with override")
        self.approve_button: QPushButton = buttons.addButton(
            label, QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.approve_button.setEnabled(checklist.clear)
        self.reason.textChanged.connect(
            lambda text: self.approve_button.setEnabled(checklist.clear or bool(text.strip()))
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(report)
        layout.addWidget(self.reason)
        layout.addWidget(buttons)
        self.resize(560, 420)

    def override_reason(self) -> str:
        return "" if self.checklist.clear else self.reason.text().strip()


def _checklist_html(checklist: Checklist) -> str:
    if checklist.clear:
        return translate(
            "ApprovalDialog",
            "<p><b>Nothing is open.</b> No error-level findings, every quote is verified "
            "and every note is resolved.</p>",
        )
    sections = []
    for heading, items in (
        (translate("ApprovalDialog", "Open errors"), checklist.open_errors),
        (translate("ApprovalDialog", "Quotes not verified"), checklist.unverified_quotes),
        (translate("ApprovalDialog", "Unresolved notes"), checklist.unresolved_notes),
    ):
        mark = "✓" if not items else f"{len(items)}"
        lines = "".join(f"<li>{html.escape(item)}</li>" for item in items[:30])
        more = (
            translate("ApprovalDialog", "<li>… and {count} more</li>").format(count=len(items) - 30)
            if len(items) > 30
            else ""
        )
        sections.append(f"<h4>{mark} {heading}</h4><ul>{lines}{more}</ul>")
    return "".join(sections)


class ConflictDialog(QDialog):
    """Someone else saved first: show what differs, then keep mine or load theirs."""

    def __init__(self, parent: QWidget | None, message: str, mine: str, theirs: str) -> None:
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.choice = "theirs"
        diff = QPlainTextEdit(self)
        diff.setReadOnly(True)
        diff.setAccessibleName(self.tr("Differences between their version and yours"))
        diff.setPlainText(text_diff(theirs, mine))
        explanation = QLabel(
            message
            + "\n"
            + self.tr(
                "Lines starting with − are theirs only; + are yours only. Keep yours "
                "(theirs stays in the history) or load theirs (yours is copied to the clipboard)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        keep = buttons.addButton(self.tr("Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        load = buttons.addButton(self.tr("Load theirs"), QDialogButtonBox.ButtonRole.RejectRole)
        keep.clicked.connect(lambda: self._choose("mine"))
        load.clicked.connect(lambda: self._choose("theirs"))
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(diff)
        layout.addWidget(buttons)
        self.resize(720, 480)

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def text_diff(theirs: str, mine: str) -> str:
    """A readable line diff of two versions of an article (paragraphs are lines)."""
    lines = difflib.unified_diff(
        theirs.splitlines(), mine.splitlines(), "theirs", "yours", n=1, lineterm=""
    )
    out = []
    for line in list(lines)[2:]:
        if line.startswith("@@"):
            out.append("…")
        elif line.startswith("-"):
            out.append("− " + line[1:])
        elif line.startswith("+"):
            out.append("+ " + line[1:])
        else:
            out.append("  " + line[1:])
    return "\n".join(out) or translate("ConflictDialog", "(The texts are the same.)")
