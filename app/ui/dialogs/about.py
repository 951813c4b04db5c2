# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The About box (versions, rule packs) and the diagnostics text copied for bug reports."""

from __future__ import annotations

import os

import PySide6
from PySide6.QtCore import QLocale, Qt, QTimer, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.core import diagnostics
from app.core.logs import recent_log_lines
from app.ui.context import AppContext
from app.ui.i18n import translate
from app.ui.icons import app_icon

LOG_LINES = 50


def versions(context: AppContext) -> list[tuple[str, str]]:
    """What the About box lists: Copydesk, Qt and PySide6, then the core's components."""
    core = diagnostics.component_versions(context.db, context.settings)
    qt = [("Qt", qVersion()), ("PySide6", PySide6.__version__)]
    return [core[0], *qt, *core[1:]]


def diagnostics_text(context: AppContext) -> str:
    """The plain-text block "Copy Diagnostics" puts on the clipboard."""
    screen = QGuiApplication.primaryScreen()
    notes = [
        ("Qt platform", QGuiApplication.platformName()),
        ("locale", f"{QLocale.system().name()} (LANG={os.environ.get('LANG', '')})"),
    ]
    if screen is not None:
        size = screen.size()
        notes.append(("screen", f"{size.width()}×{size.height()} at {screen.devicePixelRatio()}x"))
    return diagnostics.diagnostics_report(
        versions=versions(context),
        paths=context.paths,
        db=context.db,
        settings=context.settings,
        packs=diagnostics.rule_packs(diagnostics.rule_pack_folders(context.paths)),
        log_lines=recent_log_lines(context.paths, LOG_LINES),
        platform_notes=notes,
    )


def copy_diagnostics(context: AppContext) -> str:
    """Put the diagnostics on the clipboard and say so in the status bar; return the text."""
    text = diagnostics_text(context)
    QGuiApplication.clipboard().setText(text)
    context.signals.statusMessage.emit(
        translate(
            "AboutDialog", "Diagnostics copied to the clipboard: paste them into your report."
        )
    )
    return text


class AboutDialog(QDialog):
    """Modal; built from ``context`` when opened. ``version_rows`` maps component → shown text."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Copydesk"))
        self.version_rows: dict[str, str] = {}
        self.pack_list = diagnostics.rule_packs(diagnostics.rule_pack_folders(context.paths))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        body = QVBoxLayout()
        body.addWidget(self._title())
        body.addWidget(QLabel(self.tr("Editorial review for newsrooms."), self))
        body.addSpacing(8)
        body.addLayout(self._versions_form())
        body.addSpacing(8)
        self.packs = self._packs_view()
        body.addWidget(self._packs_heading())
        body.addWidget(self.packs)
        notice = QLabel(
            self.tr("Free software under the Apache License 2.0. © 2026 Copydesk developers."), self
        )
        small = QFont(notice.font())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        notice.setFont(small)
        body.addWidget(notice)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addSpacing(12)
        top.addLayout(body, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self._buttons())
        self.resize(560, self.sizeHint().height())

    def _title(self) -> QLabel:
        title = QLabel(self.tr("Copydesk {version}").format(version=__version__), self)
        title.setObjectName("aboutTitle")
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        return title

    def _versions_form(self) -> QFormLayout:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft)
        for name, value in versions(self.context)[1:]:
            self.version_rows[name] = value
            label = QLabel(value, self)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            form.addRow(f"{name}:", label)
        return form

    def _packs_heading(self) -> QLabel:
        rules = sum(pack.rules for pack in self.pack_list)
        if self.pack_list:
            text = self.tr("Rule packs: {packs} with {rules} rules").format(
                packs=len(self.pack_list), rules=f"{rules:,}"
            )
        else:
            text = self.tr("Rule packs: none installed")
        heading = QLabel(text, self)
        heading.setObjectName("packsHeading")
        return heading

    def _packs_view(self) -> QTreeWidget:
        view = QTreeWidget(self)
        view.setObjectName("rulePacks")
        view.setRootIsDecorated(False)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setHeaderLabels(
            [self.tr("Pack"), self.tr("Version"), self.tr("Rules"), self.tr("From")]
        )
        origins = {"bundled": self.tr("bundled"), "yours": self.tr("your rules folder")}
        for pack in self.pack_list:
            rules = pack.problem or f"{pack.rules:,}"
            item = QTreeWidgetItem([pack.name, pack.version or "–", rules, origins[pack.origin]])
            item.setToolTip(0, str(pack.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            view.addTopLevelItem(item)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        view.setColumnHidden(1, not any(pack.version for pack in self.pack_list))
        row = view.sizeHintForRow(0) if self.pack_list else view.fontMetrics().height()
        view.setFixedHeight(row * 7 + header.sizeHint().height() + 2 * view.frameWidth())
        view.setVisible(bool(self.pack_list))
        return view

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.copy_button = QPushButton(self.tr("Copy &Diagnostics"), self)
        self.copy_button.setObjectName("copyDiagnostics")
        self.copy_button.setToolTip(
            self.tr("Copy versions, settings and recent log lines for a bug report")
        )
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self._on_copy_clicked)
        return buttons

    def _on_copy_clicked(self) -> None:
        copy_diagnostics(self.context)
        self.copy_button.setText(self.tr("Copied"))
        QTimer.singleShot(
            2000, self, lambda: self.copy_button.setText(self.tr("Copy &Diagnostics"))
        )


def show_about(parent: QWidget | None, context: AppContext) -> None:
    """Open the About box modally (tests replace this function)."""
    AboutDialog(context, parent).exec()
