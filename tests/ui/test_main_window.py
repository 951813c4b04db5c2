# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The main window: open drafts, see them, save revisions, reopen where the user left off."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QGuiApplication, QTextCursor

from app.core import articles
from app.core.model import BlockKind, MarkKind
from app.ui.main_window import MainWindow
from tests.factories import make_docx

DRAFT = (
    "Bakery wins award\n\nBy Tess Moreau\n\n"
    "LYON — The bakery’s “sourdough” won on Friday, its owner said.\n"
)


def open_and_wait(qtbot, window: MainWindow, path: Path) -> None:
    window.open_path(str(path))
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)


def test_open_a_file_shows_it_and_stores_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    assert window.editor.toPlainText() == DRAFT
    assert window.windowTitle().startswith("Bakery wins award")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1)
    assert window.library.model.index(0, 0).data() == "Bakery wins award"
    stored = articles.list_articles(window.context.db)
    assert [a.title for a in stored] == ["Bakery wins award"]
    assert window.context.settings.recent_files == [str(path.resolve())]


def test_structure_survives_editing_and_saving(qtbot, window: MainWindow, tmp_path: Path) -> None:
    open_and_wait(qtbot, window, make_docx(tmp_path / "ferry.docx"))
    editor = window.editor
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    qtbot.keyClicks(editor, " Added by the desk.")
    assert editor.document().isModified()
    window.save()
    qtbot.waitUntil(lambda: not editor.document().isModified(), timeout=10_000)
    reopened = articles.open_article(window.context.db, window.article.id)
    text = reopened.document.text
    assert text.endswith("the report Added by the desk.")
    kinds = {(b.kind, text[b.start : b.end]) for b in reopened.document.blocks}
    assert (BlockKind.HEADLINE, "Ferry talks resume") in kinds
    assert (BlockKind.BLOCKQUOTE, "A quoted block of testimony.") in kinds
    emphasis = [
        text[m.start : m.end] for m in reopened.document.marks if m.kind is MarkKind.EMPHASIS
    ]
    assert emphasis == ["“fragile”"]
    assert [r.number for r in articles.list_revisions(window.context.db, window.article.id)] == [
        2,
        1,
    ]


def test_enter_after_the_headline_starts_body_copy(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    editor = window.editor
    cursor = editor.textCursor()
    cursor.setPosition(len("Bakery wins award"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "Standfirst")
    snapshot = editor.document_snapshot()
    kinds = [(b.kind, snapshot.text[b.start : b.end]) for b in snapshot.blocks[:2]]
    assert kinds == [(BlockKind.HEADLINE, "Bakery wins award"), (BlockKind.PARAGRAPH, "Standfirst")]


def test_autosave_keeps_unsaved_text_for_the_next_start(
    qtbot, window: MainWindow, context, tmp_path: Path
) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    qtbot.keyClicks(window.editor, "Urgent: ")
    window.autosave()
    qtbot.waitUntil(lambda: not window.editor.document().isModified(), timeout=10_000)
    article_id = window.article.id
    # A new window on the same library (as after a crash) reopens the article with the text.
    context.settings.last_article_id = article_id
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.open_article(article_id)
    qtbot.waitUntil(lambda: second.article is not None, timeout=10_000)
    assert second.editor.toPlainText().startswith("Urgent: Bakery wins award")
    history = articles.list_revisions(context.db, article_id)
    assert [(r.number, r.autosave) for r in history] == [(2, True), (1, False)]


def test_a_bad_file_shows_a_dialog_and_loses_nothing(
    qtbot, window: MainWindow, dialogs, tmp_path: Path
) -> None:
    good = tmp_path / "bakery.txt"
    good.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, good)
    qtbot.keyClicks(window.editor, "Unsaved ")
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 this is not really a zip")
    window.open_path(str(broken))
    qtbot.waitUntil(lambda: bool(dialogs.problems), timeout=10_000)
    title, message = dialogs.problems[0]
    assert title == "Cannot open this file" and "broken.docx" in message
    assert window.editor.toPlainText().startswith("Unsaved Bakery")
    assert window.editor.document().isModified()


def test_drop_a_file_to_open_it(qtbot, window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.editor.dropEvent(event)
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)
    assert window.editor.toPlainText() == DRAFT


def test_paste_as_a_new_article(qtbot, window: MainWindow) -> None:
    QGuiApplication.clipboard().setText("Council meets Tuesday\n\nThe agenda is short.")
    window.paste_action.trigger()
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)
    assert window.article.title == "Council meets Tuesday"
    assert window.editor.toPlainText() == "Council meets Tuesday\n\nThe agenda is short."


def test_library_opens_another_article_saving_the_current(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    first = tmp_path / "bakery.txt"
    first.write_text(DRAFT, encoding="utf-8")
    second = tmp_path / "tram.txt"
    second.write_text("Tram delays\n\nTrams ran late all day.\n", encoding="utf-8")
    open_and_wait(qtbot, window, first)
    first_id = window.article.id
    qtbot.keyClicks(window.editor, "Edited ")
    window.open_path(str(second))
    qtbot.waitUntil(lambda: window.article.id != first_id, timeout=10_000)
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 2)
    window.library.articleActivated.emit(first_id)
    qtbot.waitUntil(lambda: window.article.id == first_id, timeout=10_000)
    assert window.editor.toPlainText().startswith("Edited Bakery")


def test_someone_else_saved_first(qtbot, window: MainWindow, dialogs, tmp_path: Path) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    stale = window.article
    theirs = stale.document.__class__(text="Their version.", title="Bakery wins award")
    articles.save_revision(
        window.context.db, stale.id, theirs, author="colleague", expected_version=stale.version
    )
    qtbot.keyClicks(window.editor, "Mine: ")
    dialogs.conflict_answer = "mine"
    window.save()
    qtbot.waitUntil(lambda: bool(dialogs.conflicts), timeout=10_000)
    qtbot.waitUntil(lambda: not window.editor.document().isModified(), timeout=10_000)
    history = articles.list_revisions(window.context.db, stale.id)
    assert [r.author for r in history][:2] == [window.context.author, "colleague"]
    assert articles.open_article(window.context.db, stale.id).document.text.startswith("Mine: ")


def test_window_state_and_last_article_are_remembered(
    qtbot, window: MainWindow, context, tmp_path: Path
) -> None:
    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    open_and_wait(qtbot, window, path)
    window.resize(900, 640)
    window.close()
    assert (context.paths.config / "window.ini").exists()
    from app.core.settings import load_settings

    assert load_settings(context.paths.settings_file).last_article_id == window.article.id


def test_start_reopens_the_last_article(qtbot, context, dialogs, tmp_path: Path) -> None:
    from app.core.importers import open_document
    from app.ui.main import start_with

    path = tmp_path / "bakery.txt"
    path.write_text(DRAFT, encoding="utf-8")
    article, _ = articles.create_article(context.db, open_document(path), author="tess")
    context.settings.last_article_id = article.id
    window = MainWindow(context)
    qtbot.addWidget(window)
    start_with(window, None)
    qtbot.waitUntil(lambda: window.article is not None, timeout=10_000)
    assert window.article.id == article.id and window.editor.toPlainText() == DRAFT


def test_startup_refuses_a_library_from_a_newer_version(qapp, dialogs, copydesk_home: Path) -> None:
    from sqlalchemy import text

    from app.ui.main import build_context, run

    context = build_context(data_dir=str(copydesk_home))
    with context.db.engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = '9999_future'"))
    context.db.dispose()
    assert run(data_dir=str(copydesk_home)) == 2
    assert dialogs.problems and "newer version of Copydesk" in dialogs.problems[0][1]
