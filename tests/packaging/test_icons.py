# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The icon set: one SVG, PNGs at every hicolor size, rendered from that SVG and committed."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtGui import QColor, QImage

from app.core.paths import DESKTOP_ID, resource

REPO = Path(__file__).resolve().parents[2]
SIZES = (16, 32, 48, 64, 128, 256)


def _renderer() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "render_icons", REPO / "scripts" / "render_icons.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_and_the_app_agree_on_the_layout() -> None:
    renderer = _renderer()
    assert renderer.ICON_ID == DESKTOP_ID and renderer.SIZES == SIZES
    icons = resource("icons")
    assert renderer.svg_path(icons) == icons / "hicolor" / "scalable" / "apps" / f"{DESKTOP_ID}.svg"


@pytest.mark.parametrize("size", SIZES)
def test_each_png_is_the_svg_rendered_at_its_size(qapp, size: int) -> None:
    """Fails when the SVG was edited without `make icons`."""
    renderer = _renderer()
    icons = resource("icons")
    committed = QImage(str(renderer.png_path(icons, size))).convertToFormat(
        QImage.Format.Format_ARGB32
    )
    assert (committed.width(), committed.height()) == (size, size)
    fresh = renderer.render(renderer.svg_path(icons), size)
    worst = max(
        max(abs(a - b) for a, b in zip(_rgba(committed, x, y), _rgba(fresh, x, y), strict=True))
        for x in range(size)
        for y in range(size)
    )
    assert worst <= 8


def _rgba(image: QImage, x: int, y: int) -> tuple[int, int, int, int]:
    colour = QColor(image.pixel(x, y))
    return (colour.red(), colour.green(), colour.blue(), QColor.fromRgba(image.pixel(x, y)).alpha())


def test_the_icon_is_a_blue_mark_on_a_page_with_a_transparent_corner(qapp) -> None:
    image = QImage(str(_renderer().png_path(resource("icons"), 256)))
    assert QColor.fromRgba(image.pixel(2, 2)).alpha() == 0  # transparent background
    assert QColor.fromRgba(image.pixel(120, 30)).name() == "#ffffff"  # the page
    blues = sum(
        1
        for x in range(0, 256, 4)
        for y in range(0, 256, 4)
        if (c := QColor.fromRgba(image.pixel(x, y))).alpha() > 200 and c.blue() > c.red() + 80
    )
    assert blues > 30  # the pencil and the proof mark
