# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Light and dark palettes; "system" follows the desktop's colour scheme as it changes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

Role = QPalette.ColorRole


def dark_palette() -> QPalette:
    palette = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d30"), QColor("#e6e6e6")
    for role, colour in (
        (Role.Window, window),
        (Role.WindowText, text),
        (Role.Base, base),
        (Role.AlternateBase, window),
        (Role.Text, text),
        (Role.Button, window),
        (Role.ButtonText, text),
        (Role.ToolTipBase, QColor("#3c3f41")),
        (Role.ToolTipText, text),
        (Role.PlaceholderText, QColor("#8c8f94")),
        (Role.Highlight, QColor("#2f65ca")),
        (Role.HighlightedText, QColor("#ffffff")),
        (Role.Link, QColor("#6ea8ff")),
    ):
        palette.setColor(role, colour)
    palette.setColor(QPalette.ColorGroup.Disabled, Role.Text, QColor("#777777"))
    palette.setColor(QPalette.ColorGroup.Disabled, Role.ButtonText, QColor("#777777"))
    return palette


def wants_dark(theme: str) -> bool:
    if theme == "dark":
        return True
    if theme == "light":
        return False
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def apply_theme(app: QApplication, theme: str) -> None:
    """Apply ``theme`` (system, light or dark) to the whole application."""
    app.setStyle("Fusion")  # the one style that honours a custom palette everywhere
    app.setPalette(dark_palette() if wants_dark(theme) else app.style().standardPalette())


def follow_system(app: QApplication, theme_getter: object) -> None:
    """Re-apply the theme when the desktop switches between light and dark."""
    hints = QGuiApplication.styleHints()
    hints.colorSchemeChanged.connect(lambda _scheme: apply_theme(app, theme_getter()))  # type: ignore[operator]
