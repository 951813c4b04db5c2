# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Repainting underlines is not an edit: a save that lands meanwhile still marks the draft saved."""

from __future__ import annotations

from pathlib import Path

from app.core.model import Finding
from app.ui.editor.layout import PaintSpan
from app.ui.main_window import MainWindow

FINDING = Finding(0, 4, "house.test", "grammar", "warning", "A test finding.")


def test_a_save_lands_even_when_underlines_change_meanwhile(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "ferry.txt"
    path.write_text("Ferry talks\n\nThe ferry runs again.\n", encoding="utf-8")
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)
    qtbot.keyClicks(window.editor, "Late: ")
    window.save()
    # A check finishing while the save is on the database worker repaints a line.
    window.editor.highlighter.set_layout({2: (PaintSpan(0, 3, FINDING),)})
    qtbot.waitUntil(lambda: not window.editor.document().isModified(), timeout=10_000)
    assert window.save_state_label.text() == "Saved"
