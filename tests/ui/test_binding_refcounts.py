# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The Qt bindings must not steal references to None, True or False while the app works.

On Python 3.11 these objects are ordinary reference-counted objects (3.12 made them
immortal). PySide6 6.12.0 returns some of them without taking a reference: every
``signal.emit()`` steals one from True, every unset ``QTextFormat.property()`` or
``index.data()`` one from None. After a few hundred to a few thousand such calls the
interpreter aborts ("Fatal Python error: deallocating None"): the app dies, with
whatever was typed since the last autosave. This test types, saves, checks and
repaints a long draft and fails if any of the three counts keeps falling.
"""

from __future__ import annotations

import gc
import sys
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from app.ui.main_window import MainWindow
from tests.ui.test_main_window import open_and_wait

SINGLETONS = {"None": None, "True": True, "False": False}
PARAGRAPHS = 300
ROUNDS = 3
# Legitimate references come and go (a list of Nones freed, a cache filled, garbage
# an earlier test left collected once); stolen ones fall by hundreds in every round
# here. So a count fails only when it falls by more than the allowance in each round.
ALLOWANCE = 60


def _counts() -> dict[str, int]:
    gc.collect()  # garbage from earlier tests would otherwise be freed mid-measurement
    return {name: sys.getrefcount(value) for name, value in SINGLETONS.items()}


def _round(qtbot, window: MainWindow) -> None:
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(window.editor, " and the ferry" * 8)
    window.save()
    qtbot.waitUntil(lambda: not window.editor.document().isModified(), timeout=20_000)
    window.editor.highlighter.repaint_all()
    window.review.schedule()
    window.context.tasks.wait()
    QCoreApplication.processEvents()


def test_a_working_session_steals_no_references(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "long.txt"
    sentence = "says the council will diffuse the row in order to vote."
    body = "\n\n".join(f"Paragraph {n} {sentence}" for n in range(PARAGRAPHS))
    path.write_text(f"Ferry timetable changes\n\n{body}\n", encoding="utf-8")
    open_and_wait(qtbot, window, path)
    _round(qtbot, window)  # warm-up: caches, lazily built objects
    counts = [_counts()]
    for _ in range(ROUNDS):
        _round(qtbot, window)
        counts.append(_counts())
    fallen = {
        name: [earlier[name] - later[name] for earlier, later in pairwise(counts)]
        for name in SINGLETONS
    }
    steady = {name: drops for name, drops in fallen.items() if min(drops) >= ALLOWANCE}
    assert not steady, (
        f"references lost in every round: {steady}; the Qt bindings "
        f"(PySide6 {__import__('PySide6').__version__}) steal references on this Python"
    )
