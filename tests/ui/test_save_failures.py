# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""When the library cannot be written, the editor keeps the text, says "Not saved" and why.

The library becomes read-only (SQLite URI mode=ro), full (SQLITE_FULL through
max_page_count) or, where this machine can mount one, sits on a real tmpfs that fills
up (see tests/reliability/filesystems.py for what each simulates). Once the disk has
room again, the next autosave saves everything that was kept.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QGuiApplication

from app.core import articles
from app.core.storage.db import DISK_FULL
from app.ui.main import build_context
from app.ui.main_window import MainWindow
from tests.reliability.filesystems import (
    fill,
    read_only_sqlite,
    small_filesystem,
    sqlite_page_limit,
)
from tests.ui.test_main_window import open_and_wait

DRAFT = "Pier reopens\n\nThe pier reopened on Monday after three months of repairs.\n"
TYPED = "Update: "


def _open_draft(qtbot, window: MainWindow, folder: Path) -> None:
    path = folder / "pier.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    qtbot.waitUntil(lambda: window.save_state_label.text() == "Saved", timeout=10_000)


def _type_and_autosave(qtbot, window: MainWindow, words: str = TYPED) -> None:
    qtbot.keyClicks(window.editor, words)
    window.autosave()
    settled = ("Not saved", "Saved")
    qtbot.waitUntil(lambda: window.save_state_label.text() in settled, timeout=20_000)


def _assert_kept_and_told(window: MainWindow, reason: str) -> None:
    assert window.save_state_label.text() == "Not saved"
    assert window.editor.toPlainText().startswith(TYPED + "Pier reopens")
    assert window.editor.document().isModified(), "the text must still count as unsaved"
    message = window.statusBar().currentMessage()
    assert reason in message and message.endswith("Your text is still open here.")
    assert "\n" not in message


def test_read_only_library_keeps_the_text_and_says_not_saved(
    qtbot, window: MainWindow, context, dialogs, tmp_path: Path
) -> None:
    _open_draft(qtbot, window, tmp_path)
    writable = context.db
    context.db = read_only_sqlite(Path(writable.url.database))
    _type_and_autosave(qtbot, window)
    _assert_kept_and_told(window, "is read-only, so nothing was saved.")
    # Quitting cannot save either: the user is told, and the text is on the clipboard.
    window.close()
    assert dialogs.problems and dialogs.problems[-1][0] == "Not saved"
    assert QGuiApplication.clipboard().text().startswith(TYPED + "Pier reopens")
    context.db.dispose()
    context.db = writable


def test_full_library_keeps_the_text_then_saves_once_there_is_room(
    qtbot, window: MainWindow, context, tmp_path: Path
) -> None:
    _open_draft(qtbot, window, tmp_path)
    roomy = context.db
    context.db = sqlite_page_limit(Path(roomy.url.database))
    big = " More words." * 3000  # the save needs pages the library may not have
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
    window.editor.insertPlainText(big)
    window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
    _type_and_autosave(qtbot, window)
    _assert_kept_and_told(window, DISK_FULL)
    assert window.editor.toPlainText().endswith(big)
    context.db.dispose()
    context.db = roomy  # space freed
    _type_and_autosave(qtbot, window, "")
    assert window.save_state_label.text() == "Saved"
    stored = articles.open_article(roomy, window.article.id).document.text
    assert stored.startswith(TYPED) and stored.endswith(big)


def test_a_really_full_disk_in_the_app(qtbot, qapp, dialogs, tmp_path: Path) -> None:
    with small_filesystem(tmp_path / "disk", 1024) as disk:
        context = build_context(data_dir=str(disk / "home"))
        window = MainWindow(context)
        qtbot.addWidget(window)
        try:
            _open_draft(qtbot, window, tmp_path)
            filler = fill(disk)
            window.editor.moveCursor(window.editor.textCursor().MoveOperation.End)
            window.editor.insertPlainText(" Longer now." * 2000)
            window.editor.moveCursor(window.editor.textCursor().MoveOperation.Start)
            _type_and_autosave(qtbot, window)
            _assert_kept_and_told(window, DISK_FULL)
            filler.unlink()
            _type_and_autosave(qtbot, window, "")
            assert window.save_state_label.text() == "Saved"
            stored = articles.open_article(context.db, window.article.id).document.text
            assert stored == window.editor.document_snapshot().text
        finally:
            window.close()
            context.tasks.wait()
            context.db.dispose()
