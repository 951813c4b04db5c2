# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Help menu: the About box, Copy Diagnostics, the log folder; the app icon; start-up logging."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget

from app import __version__
from app.ui import help_menu
from app.ui.dialogs import about
from app.ui.dialogs.about import AboutDialog
from app.ui.icons import ICON_SIZES, bundled_app_icon

GAZETTE_PACK = 'name = "Gazette names"\nversion = "4"\n[[rule]]\nid = "gazette.names.pier"\n'


def test_about_box_shows_every_version(qtbot, context) -> None:
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    title = dialog.findChild(QLabel, "aboutTitle")
    assert title.text() == f"Copydesk {__version__}"
    rows = dialog.version_rows
    assert list(rows) == [
        "Qt",
        "PySide6",
        "Python",
        "Database",
        "SQLAlchemy",
        "Alembic",
        "LanguageTool",
    ]
    assert rows["Qt"][0] == "6" and rows["PySide6"][0] == "6"
    assert rows["Python"] == ".".join(map(str, sys.version_info[:3]))
    assert rows["Database"].startswith("SQLite 3.")
    assert rows["LanguageTool"] == "not used"
    shown = {label.text() for label in dialog.findChildren(QLabel)}
    assert set(rows.values()) <= shown


def test_about_box_lists_rule_packs_with_the_users_own(qtbot, context) -> None:
    context.paths.rules.mkdir(parents=True, exist_ok=True)
    (context.paths.rules / "gazette.toml").write_text(GAZETTE_PACK, encoding="utf-8")
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    tree = dialog.findChild(QTreeWidget, "rulePacks")
    rows = [
        [tree.topLevelItem(i).text(column) for column in range(4)]
        for i in range(tree.topLevelItemCount())
    ]
    assert ["Gazette names", "4", "1", "your rules folder"] in rows
    heading = dialog.findChild(QLabel, "packsHeading").text()
    assert heading.startswith(f"Rule packs: {len(rows)} with ")


def test_help_menu_is_last_and_opens_about(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    menus = [action.menu() for action in window.menuBar().actions()]
    assert menus[-1] is window.help_menu
    shown: list[object] = []
    monkeypatch.setattr(about, "show_about", lambda parent, ctx: shown.append((parent, ctx)))
    window.findChild(QAction, "aboutAction").trigger()
    assert shown == [(window, window.context)]


def test_copy_diagnostics_fills_the_clipboard(qtbot, window) -> None:
    from app.core.logs import setup_logging

    setup_logging(window.context.paths)
    logging.getLogger("app.test").warning("the autosave took long")
    with qtbot.waitSignal(window.context.signals.statusMessage) as status:
        window.findChild(QAction, "copyDiagnosticsAction").trigger()
    text = QGuiApplication.clipboard().text()
    assert text.startswith("Copydesk diagnostics, ")
    assert f"  Copydesk: {__version__}\n" in text
    assert "  Qt platform: offscreen\n" in text
    assert f"  URL: {window.context.db.display_url}\n" in text
    assert "app.test: the autosave took long" in text
    assert "clipboard" in status.args[0]


def test_about_box_copy_button(qtbot, context) -> None:
    dialog = AboutDialog(context)
    qtbot.addWidget(dialog)
    QGuiApplication.clipboard().clear()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Copydesk diagnostics, ")
    assert dialog.copy_button.text() == "Copied"


def test_open_log_folder(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(help_menu, "open_folder", lambda path: opened.append(path) or True)
    window.findChild(QAction, "openLogFolderAction").trigger()
    assert opened == [str(window.context.paths.logs)]


def test_the_bundled_icon_has_every_size(qapp) -> None:
    icon = bundled_app_icon()
    assert not icon.isNull()
    sizes = {size.width() for size in icon.availableSizes()}
    assert set(ICON_SIZES) <= sizes
    assert icon.pixmap(QSize(48, 48)).size() == QSize(48, 48)


def test_run_sets_icon_logs_and_cleans_up(qapp, dialogs, copydesk_home: Path) -> None:
    from app.ui.main import run

    hook = sys.excepthook
    QTimer.singleShot(1500, QApplication.closeAllWindows)
    assert run(data_dir=str(copydesk_home)) == 0
    assert not QApplication.windowIcon().isNull()
    assert sys.excepthook is hook
    log = (copydesk_home / "logs" / "copydesk.log").read_text(encoding="utf-8")
    assert f"Copydesk {__version__} starting: Python " in log
    assert "Copydesk is ready (library sqlite:///" in log
    assert "Copydesk closed (exit code 0)" in log
    assert dialogs.problems == []
