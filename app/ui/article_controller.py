# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ArticleController: opening drafts and articles, saving, autosaving, save conflicts.

Reading files and all database work run off the GUI thread through Tasks.
Nothing the user typed is dropped: a failed save keeps the text in the
editor, marked unsaved, and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from app.core import articles
from app.core.importers import ImportProblem, document_from_text, open_document
from app.core.model import Article, ArticleId, Changes, Document
from app.core.storage import StorageError
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.editor.draft_editor import DraftEditor


class ArticleController(QObject):
    """Owns which article is in the editor and keeps it saved.

    Signals: ``articleShown(Article)`` after an article is put in the editor;
    ``saveStateChanged(str)`` with "Saved", "Edited", "Saving…" or "Not saved".
    """

    articleShown = Signal(object)
    saveStateChanged = Signal(str)

    def __init__(self, context: AppContext, editor: DraftEditor, parent: QObject) -> None:
        super().__init__(parent)
        self.context = context
        self.editor = editor
        self.article: Article | None = None
        self._generation = 0  # bumped on every edit; tells a finished save if it is stale
        self._save_in_flight = False
        self._after_save: list[Callable[[], None]] = []
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(max(5, context.settings.autosave_seconds) * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        editor.textEdited.connect(self._on_text_changed)
        editor.document().modificationChanged.connect(lambda _m: self._emit_save_state())

    # Opening
    def open_path(self, path: str) -> None:
        """Read a draft file off the GUI thread, then store or reopen it and show it."""
        self.context.signals.statusMessage.emit(
            self.tr("Opening {name}…").format(name=Path(path).name)
        )
        self.context.tasks.run(
            open_document,
            path,
            on_done=lambda document: self._store_opened(path, document),
            on_error=lambda error: self._on_open_failed(path, error),
            owner=self,
        )

    def _store_opened(self, path: str, document: Document) -> None:
        source = str(Path(path).resolve())
        self.context.settings.remember_file(source)
        self.context.save_settings()
        db, author = self.context.db, self.context.author
        self._save_then(
            lambda: self.context.tasks.db_run(
                _open_or_import, db, document, source, author,
                on_done=self._on_loaded, on_error=self._on_storage_error, owner=self,
            )
        )  # fmt: skip

    def _on_open_failed(self, path: str, error: object) -> None:
        message = str(error) if isinstance(error, ImportProblem) else ""
        messages.show_problem(
            self.editor,
            self.tr("Cannot open this file"),
            message or self.tr("{name} could not be opened.").format(name=Path(path).name),
        )

    def open_article(self, article_id: int) -> None:
        """Show an article from the library (saving the current one first)."""
        if self.article is not None and self.article.id == article_id:
            return
        self._save_then(
            lambda: self.context.tasks.db_run(
                articles.open_article, self.context.db, ArticleId(article_id),
                on_done=self._on_loaded, on_error=self._on_storage_error, owner=self,
            )
        )  # fmt: skip

    def new_from_text(self, text: str, name: str | None = None) -> None:
        try:
            document = document_from_text(text, name or self.tr("Pasted text"))
        except ImportProblem as exc:
            messages.show_problem(self.editor, self.tr("Nothing to paste"), str(exc))
            return
        db, author = self.context.db, self.context.author
        self._save_then(
            lambda: self.context.tasks.db_run(
                _create, db, document, author,
                on_done=self._on_loaded, on_error=self._on_storage_error, owner=self,
            )
        )  # fmt: skip

    def _on_loaded(self, result: Any) -> None:
        article, changes = result if isinstance(result, tuple) else (result, Changes())
        self.show(article)
        if changes.articles:
            self.context.signals.changed.emit(changes, self)

    def show(self, article: Article) -> None:
        self.article = article
        self.editor.set_document(article.document)
        if self.context.settings.last_article_id != article.id:
            self.context.settings.last_article_id = article.id
            # Remembered now, not only at a clean exit: after a crash the next start
            # must reopen this article with its last autosave.
            self.context.save_settings()
        self._emit_save_state()
        self.articleShown.emit(article)

    # Saving
    def save(self) -> None:
        self._save(autosave=False)

    def autosave(self) -> None:
        self._save(autosave=True)

    def _save(self, *, autosave: bool, then: Callable[[], None] | None = None) -> None:
        if self._save_in_flight:
            # Runs once the save under way has landed; an explicit save then saves again,
            # so keys typed after the first snapshot are not left to the next autosave.
            if then is not None:
                self._after_save.append(then)
            elif not autosave:
                self._after_save.append(self.save)
            return
        if self.article is None or not self.editor.document().isModified():
            if then is not None:
                then()
            return
        self._save_in_flight = True
        generation = self._generation
        document = self.editor.document_snapshot()
        article = self.article
        self.saveStateChanged.emit(self.tr("Saving…"))

        def done(result: tuple[Article, Changes]) -> None:
            self._save_in_flight = False
            saved, changes = result
            self.article = saved
            if generation == self._generation:
                self.editor.document().setModified(False)
            self._emit_save_state()
            self.context.signals.changed.emit(changes, self)
            waiting = ([then] if then is not None else []) + self._after_save
            self._after_save = []
            for follow_up in waiting:
                follow_up()

        def failed(error: object) -> None:
            self._save_in_flight = False
            # Whatever was to follow (opening another article) waits: the text stays open.
            self._after_save = []
            self._on_save_failed(error)

        self.context.tasks.db_run(
            _save, self.context.db, article.id, document, self.context.author, article.version,
            autosave, on_done=done, on_error=failed, owner=self,
        )  # fmt: skip

    def save_then(self, then: Callable[[], None]) -> None:
        """Save pending edits (if any), then run ``then``; not at all if the save fails."""
        self._save_then(then)

    def _save_then(self, then: Callable[[], None]) -> None:
        """Save the current article if needed, then run ``then`` (only if the save worked)."""
        self._save(autosave=True, then=then)

    def _on_save_failed(self, error: object) -> None:
        if isinstance(error, articles.VersionConflict):
            mine = self.editor.toPlainText()
            theirs = error.current.document.text
            if messages.ask_conflict(self.editor, str(error), mine, theirs) == "mine":
                self.article = error.current
                self._save(autosave=False)
            else:
                QGuiApplication.clipboard().setText(self.editor.toPlainText())
                self.show(error.current)
            return
        self.saveStateChanged.emit(self.tr("Not saved"))
        text = (
            str(error) if isinstance(error, StorageError) else self.tr("Copydesk could not save.")
        )
        self.context.signals.statusMessage.emit(
            self.tr("{problem} Your text is still open here.").format(problem=text)
        )

    def _on_storage_error(self, error: object) -> None:
        text = (
            str(error)
            if isinstance(error, StorageError)
            else self.tr("The library could not be read.")
        )
        messages.show_problem(self.editor, self.tr("Library problem"), text)

    def _on_text_changed(self) -> None:
        self._generation += 1

    def _emit_save_state(self) -> None:
        if self.article is None:
            self.saveStateChanged.emit("")
        else:
            modified = self.editor.document().isModified()
            self.saveStateChanged.emit(self.tr("Edited") if modified else self.tr("Saved"))

    def save_now_for_exit(self) -> None:
        """At exit, save on the GUI thread (nothing is left to keep responsive)."""
        self.autosave_timer.stop()
        self.context.tasks.wait()
        if self.article is None or not self.editor.document().isModified():
            return
        try:
            saved, _ = articles.save_revision(
                self.context.db, self.article.id, self.editor.document_snapshot(),
                author=self.context.author, expected_version=self.article.version, autosave=True,
            )  # fmt: skip
        except StorageError as exc:
            QGuiApplication.clipboard().setText(self.editor.toPlainText())
            messages.show_problem(
                self.editor,
                self.tr("Not saved"),
                self.tr("{problem} Your text was copied to the clipboard.").format(problem=exc),
            )
            return
        self.article = saved
        self.editor.document().setModified(False)


# Work functions for the database worker: plain values in, plain values out.
def _open_or_import(db: Any, document: Document, source: str, author: str) -> Any:
    return articles.open_or_import(db, document, source_path=source, author=author)


def _create(db: Any, document: Document, author: str) -> Any:
    return articles.create_article(db, document, author=author)


def _save(
    db: Any, article_id: ArticleId, document: Document, author: str, version: int, autosave: bool
) -> Any:
    return articles.save_revision(
        db, article_id, document, author=author, expected_version=version, autosave=autosave
    )
