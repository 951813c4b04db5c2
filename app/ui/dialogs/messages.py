# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Every modal message the app shows goes through here (tests replace these functions)."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.i18n import translate


def show_problem(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user something could not be done, in one plain sentence."""
    QMessageBox.warning(parent, title, message)


def ask_conflict(parent: QWidget | None, message: str, mine: str = "", theirs: str = "") -> str:
    """Someone else saved first: show the differences; return "mine" or "theirs"."""
    from app.ui.dialogs.workflow_dialogs import ConflictDialog

    dialog = ConflictDialog(parent, message, mine, theirs)
    dialog.exec()
    return dialog.choice


def ask_reason(parent: QWidget | None, title: str, prompt: str) -> str | None:
    """Ask for an optional reason; None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog

    text, accepted = QInputDialog.getText(parent, title, prompt)
    return text if accepted else None


def ask_text(parent: QWidget | None, title: str, prompt: str, text: str = "") -> str | None:
    """Ask for a line of text (a note, a resolution); None when the user cancels."""
    from PySide6.QtWidgets import QInputDialog

    value, accepted = QInputDialog.getMultiLineText(parent, title, prompt, text)
    return value if accepted else None


def ask_profile(
    parent: QWidget | None, names: list[str], current: str, role: object
) -> tuple[str, object] | None:
    """Who is working: (name, Role), or None when cancelled."""
    from app.ui.dialogs.workflow_dialogs import ProfileDialog

    dialog = ProfileDialog(parent, names, current, role)  # type: ignore[arg-type]
    return dialog.choice() if dialog.exec() else None


def ask_approval(parent: QWidget | None, title: str, checklist: object) -> str | None:
    """Show the approval checklist; None when cancelled, else the override reason ("" if none)."""
    from app.ui.dialogs.workflow_dialogs import ApprovalDialog

    dialog = ApprovalDialog(parent, title, checklist)  # type: ignore[arg-type]
    return dialog.override_reason() if dialog.exec() else None


def ask_notes(parent: QWidget | None) -> tuple[str, str] | None:
    """Notes or a transcript to attach: (name, text), or None when cancelled."""
    from app.ui.dialogs.notes_dialog import NotesDialog

    dialog = NotesDialog(parent)
    return dialog.result_value() if dialog.exec() else None


def ask_export(parent: QWidget | None, suggested: str, final: bool) -> dict[str, object] | None:
    """Format, paper, notes and path for an export; None when cancelled.

    ``force`` is true when the chosen file exists (the save dialog asked to replace it).
    """
    from app.ui.dialogs.export_dialog import ExportDialog, ask_save_path

    dialog = ExportDialog(parent, final)
    if not dialog.exec():
        return None
    values = dialog.values()
    path = ask_save_path(
        parent,
        translate("messages", "Export article"),
        f"{suggested}.{values['fmt']}",
        str(values["fmt"]),
    )
    if path is None:
        return None
    return {**values, "path": path, "force": path.exists()}


def ask_report_path(parent: QWidget | None, suggested: str) -> tuple[str, object] | None:
    """Format (html or pdf) and path for the review report; None when cancelled."""
    from PySide6.QtWidgets import QFileDialog

    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("messages", "Save the review report"),
        f"{suggested}-report.html",
        translate("messages", "Web page (*.html);;PDF (*.pdf)"),
    )
    if not path:
        return None
    from pathlib import Path

    target = Path(path)
    fmt = "pdf" if target.suffix.lower() == ".pdf" or "pdf" in chosen.lower() else "html"
    return fmt, target.with_suffix(f".{fmt}")


def ask_download(parent: QWidget | None, size_words: str) -> bool:
    """Local grammar checking needs LanguageTool downloaded once: True if the user agrees."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("messages", "Download LanguageTool?"))
    box.setText(
        translate(
            "messages", "Grammar checking on this computer needs LanguageTool ({size})."
        ).format(size=size_words)
    )
    box.setInformativeText(
        translate(
            "messages",
            "It is downloaded once, from the address language-tool-python uses, checked against "
            "its published checksum, and kept for later. Your drafts stay on this computer. "
            "You can cancel the download from the status bar.",
        )
    )
    download = box.addButton(translate("messages", "Download"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("messages", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is download


def explain_grammar_problem(parent: QWidget | None, message: str, help_text: str) -> None:
    """Say why grammar checking cannot run here and what would fix it (missing Java)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("messages", "Grammar check unavailable"))
    box.setText(message)
    box.setInformativeText(help_text)
    box.exec()
