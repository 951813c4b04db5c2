# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Render the app icon's PNG sizes from its SVG, into the hicolor layout under resources/icons.

Run after editing the SVG (``make icons``); the PNGs are committed. Needs no display.
    python scripts/render_icons.py [ICONS_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
ICON_ID = "org.copydesk.Copydesk"
SIZES = (16, 32, 48, 64, 128, 256)


def svg_path(icons: Path) -> Path:
    return icons / "hicolor" / "scalable" / "apps" / f"{ICON_ID}.svg"


def png_path(icons: Path, size: int) -> Path:
    return icons / "hicolor" / f"{size}x{size}" / "apps" / f"{ICON_ID}.png"


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn on a transparent ``size``×``size`` image, antialiased."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main(icons: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    svg = svg_path(icons)
    for size in SIZES:
        target = png_path(icons, size)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise OSError(f"could not write {target}")
        print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "icons"))
