# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Every modal message the app shows goes through here (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something could not be done, in one plain sentence."""
    QMessageBox.warning(parent, title, message)


def ask_conflict(parent: QWidget | None, message: str) -> str:
    """Someone else saved first: return "mine" (save over theirs as a new revision) or "theirs"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Saved by someone else")
    box.setText(message)
    box.setInformativeText(
        "Keep your version (theirs stays in the article's history), or load theirs "
        "(yours is copied to the clipboard)?"
    )
    mine = box.addButton("Keep mine", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Load theirs", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return "mine" if box.clickedButton() is mine else "theirs"


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """Ask for an optional reason; None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog

    text, accepted = QInputDialog.getText(parent, title, prompt)
    return text if accepted else None
