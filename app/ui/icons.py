# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The app icon, from resources/icons (a hicolor theme tree) or the desktop's icon theme."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from app.core.paths import DESKTOP_ID, resource

ICON_SIZES = (16, 32, 48, 64, 128, 256)


def bundled_app_icon() -> QIcon:
    """Every PNG size of the bundled icon, plus the SVG for sizes in between."""
    icon = QIcon()
    hicolor = resource("icons", "hicolor")
    for size in ICON_SIZES:
        path = hicolor / f"{size}x{size}" / "apps" / f"{DESKTOP_ID}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(size, size))
    svg = hicolor / "scalable" / "apps" / f"{DESKTOP_ID}.svg"
    if svg.is_file():
        icon.addFile(str(svg))
    return icon


def app_icon() -> QIcon:
    """The installed theme's icon for our id when there is one, else the bundled one."""
    return QIcon.fromTheme(DESKTOP_ID, bundled_app_icon())
