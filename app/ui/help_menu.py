# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The Help menu: About Copydesk, Copy Diagnostics, and the folder with the log files."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMainWindow, QMenu

from app.ui.context import AppContext
from app.ui.dialogs import about
from app.ui.i18n import translate


def add_help_menu(window: QMainWindow, context: AppContext) -> QMenu:
    """Append the Help menu to ``window``'s menu bar; actions are found by object name."""
    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    menu.setObjectName("helpMenu")
    about_action = QAction(translate("MainWindow", "&About Copydesk"), window)
    about_action.setObjectName("aboutAction")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(lambda: about.show_about(window, context))
    diagnostics_action = QAction(translate("MainWindow", "Copy &Diagnostics"), window)
    diagnostics_action.setObjectName("copyDiagnosticsAction")
    diagnostics_action.setStatusTip(
        translate("MainWindow", "Copy versions, settings and recent log lines for a bug report")
    )
    diagnostics_action.triggered.connect(lambda: about.copy_diagnostics(context))
    logs_action = QAction(translate("MainWindow", "Open &Log Folder"), window)
    logs_action.setObjectName("openLogFolderAction")
    logs_action.triggered.connect(lambda: open_folder(str(context.paths.logs)))
    menu.addAction(diagnostics_action)
    menu.addAction(logs_action)
    menu.addSeparator()
    menu.addAction(about_action)
    return menu


def open_folder(path: str) -> bool:
    """Show ``path`` in the desktop's file manager (tests replace this function)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
