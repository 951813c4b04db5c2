# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ExportDialog: format, paper and notes; then where to write (the save dialog asks to replace)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.ui.i18n import translate

# Translated where shown (translate("ExportDialog", label)).
FORMAT_LABELS = {
    "docx": QT_TRANSLATE_NOOP("ExportDialog", "Word document (.docx)"),
    "odt": QT_TRANSLATE_NOOP("ExportDialog", "OpenDocument text (.odt)"),
    "pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF (.pdf)"),
    "html": QT_TRANSLATE_NOOP("ExportDialog", "Web page (.html)"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "Markdown (.md)"),
    "txt": QT_TRANSLATE_NOOP("ExportDialog", "Plain text (.txt)"),
}


class ExportDialog(QDialog):
    """Choose how to export; ``final`` says whether this is the approved version or a proof."""

    def __init__(self, parent: QWidget | None, final: bool) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export article"))
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Export format"))
        for value, label in FORMAT_LABELS.items():
            self.format.addItem(translate("ExportDialog", label), value)
        self.page = QComboBox(self)
        self.page.setAccessibleName(self.tr("Paper size"))
        self.page.addItem("A4", "a4")
        self.page.addItem(self.tr("US Letter"), "letter")
        self.notes = QCheckBox(self.tr("Include unresolved notes"), self)
        kind = (
            self.tr("This article is approved: the export is final.")
            if final
            else self.tr(
                "This article is not approved: the export is a proof marked “not approved”."
            )
        )
        form = QFormLayout()
        form.addRow(QLabel(kind, self))
        form.addRow(self.tr("&Format:"), self.format)
        form.addRow(self.tr("&Paper:"), self.page)
        form.addRow(self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict[str, object]:
        return {
            "fmt": self.format.currentData(),
            "page_size": self.page.currentData(),
            "with_notes": self.notes.isChecked(),
        }


def ask_save_path(parent: QWidget | None, title: str, suggested: str, fmt: str) -> Path | None:
    """Where to write; the platform dialog confirms replacing an existing file."""
    label = translate("ExportDialog", FORMAT_LABELS[fmt]) if fmt in FORMAT_LABELS else fmt.upper()
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{label} (*.{fmt})")
    if not path:
        return None
    chosen = Path(path)
    return chosen if chosen.suffix else chosen.with_suffix(f".{fmt}")
