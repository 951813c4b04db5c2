# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""MainWindow: the library, the editor, menus, and the app's signal wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu

from app.core import articles
from app.core.importers import ImportProblem, document_from_text, open_document
from app.core.model import Article, Changes
from app.core.storage import StorageError
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.editor.draft_editor import DraftEditor
from app.ui.panels.library_panel import LibraryPanel
from app.ui.review.controller import ReviewController
from app.ui.review.findings_panel import FindingsPanel, fill_finding_menu

OPEN_FILTER = "Drafts (*.txt *.md *.markdown *.docx *.odt *.html *.htm);;All files (*)"


class MainWindow(QMainWindow):
    """The main window. ``article`` is the article in the editor, or None."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.article: Article | None = None
        self._generation = 0  # bumped on every edit; tells a finished save if it is stale
        self._save_in_flight = False
        self.setObjectName("mainWindow")
        self.setWindowTitle("Copydesk")
        self.resize(1200, 780)

        self.editor = DraftEditor(self)
        self.setCentralWidget(self.editor)
        self.library = LibraryPanel(self)
        self.library_dock = QDockWidget("Library", self)
        self.library_dock.setObjectName("libraryDock")
        self.library_dock.setWidget(self.library)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.findings = FindingsPanel(self)
        self.findings_dock = QDockWidget("Findings", self)
        self.findings_dock.setObjectName("findingsDock")
        self.findings_dock.setWidget(self.findings)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.review = ReviewController(context, self.editor, self.findings)
        self.editor.finding_lookup = self.review.finding_at
        self.editor.finding_menu = lambda menu, finding: fill_finding_menu(
            menu, finding, self.review.apply, self.findings.dismissRequested.emit
        )
        self.findings_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.findings_label)
        self.save_state_label = QLabel("", self)
        self.words_label = QLabel("", self)
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.save_state_label)
        self.setAcceptDrops(True)

        self.autosave_timer = QTimer(self)
        self.autosave_timer.setInterval(max(5, context.settings.autosave_seconds) * 1000)
        self._build_menus()
        self._connect_signals()
        self.autosave_timer.start()
        self._restore_window_state()
        self.refresh_library()

    # The switchboard: every cross-widget connection is made here.
    def _connect_signals(self) -> None:
        signals = self.context.signals
        signals.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        signals.changed.connect(self._on_changed)
        self.library.articleActivated.connect(self.open_article)
        self.editor.filesDropped.connect(self._on_files_dropped)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.document().modificationChanged.connect(self._update_save_state)
        self.autosave_timer.timeout.connect(self.autosave)
        self.review.reviewed.connect(self._on_reviewed)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.open_action = self._action(
            file_menu, "&Open…", QKeySequence.StandardKey.Open, self.choose_file
        )
        self.recent_menu = file_menu.addMenu("Open &Recent")
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.paste_action = self._action(
            file_menu,
            "New Article from &Clipboard",
            QKeySequence("Ctrl+Shift+V"),
            self.paste_as_article,
        )
        file_menu.addSeparator()
        self.save_action = self._action(
            file_menu, "&Save", QKeySequence.StandardKey.Save, self.save
        )
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", QKeySequence.StandardKey.Quit, self.close)

        edit_menu = self.menuBar().addMenu("&Edit")
        self._action(edit_menu, "&Undo", QKeySequence.StandardKey.Undo, self.editor.undo)
        self._action(edit_menu, "&Redo", QKeySequence.StandardKey.Redo, self.editor.redo)
        edit_menu.addSeparator()
        self._action(edit_menu, "Cu&t", QKeySequence.StandardKey.Cut, self.editor.cut)
        self._action(edit_menu, "&Copy", QKeySequence.StandardKey.Copy, self.editor.copy)
        self._action(edit_menu, "&Paste", QKeySequence.StandardKey.Paste, self.editor.paste)
        self._action(
            edit_menu, "Select &All", QKeySequence.StandardKey.SelectAll, self.editor.selectAll
        )

        review_menu = self.menuBar().addMenu("&Review")
        self.next_action = self._action(
            review_menu, "&Next Finding", QKeySequence("F8"), lambda: self.review.next_finding(True)
        )
        self.previous_action = self._action(
            review_menu,
            "&Previous Finding",
            QKeySequence("Shift+F8"),
            lambda: self.review.next_finding(False),
        )
        self.quick_fix_action = self._action(
            review_menu, "&Fix or Dismiss…", QKeySequence("Ctrl+."), self._on_quick_fix
        )

        view_menu = self.menuBar().addMenu("&View")
        view_menu.addAction(self.library_dock.toggleViewAction())
        view_menu.addAction(self.findings_dock.toggleViewAction())

    def _action(self, menu: QMenu, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        action.setShortcut(shortcut)  # type: ignore[arg-type]
        # The editor handles its own standard keys; menu shortcuts for those
        # would be ambiguous with the widget's, so they only apply window-wide.
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    # Opening
    def choose_file(self) -> None:
        start = (
            str(Path(self.context.settings.recent_files[0]).parent)
            if self.context.settings.recent_files
            else ""
        )
        path, _ = QFileDialog.getOpenFileName(self, "Open a draft", start, OPEN_FILTER)
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> None:
        """Read a draft file off the GUI thread, then store or reopen it and show it."""
        self.statusBar().showMessage(f"Opening {Path(path).name}…")
        self.context.tasks.run(
            open_document,
            path,
            on_done=lambda document: self._store_opened(path, document),
            on_error=lambda error: self._on_open_failed(path, error),
            owner=self,
        )

    def _store_opened(self, path: str, document: object) -> None:
        source = str(Path(path).resolve())
        self.context.settings.remember_file(source)
        self.context.save_settings()
        self._save_then(
            lambda: self.context.tasks.db_run(
                _open_or_import,
                self.context.db,
                document,
                source,
                self.context.author,
                on_done=self._on_article_loaded,
                on_error=self._on_storage_error,
                owner=self,
            )
        )

    def _on_open_failed(self, path: str, error: object) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, ImportProblem):
            messages.show_problem(self, "Cannot open this file", str(error))
        else:
            messages.show_problem(
                self, "Cannot open this file", f"{Path(path).name} could not be opened."
            )

    def open_article(self, article_id: int) -> None:
        """Show an article from the library (saving the current one first)."""
        if self.article is not None and self.article.id == article_id:
            return
        self._save_then(
            lambda: self.context.tasks.db_run(
                articles.open_article,
                self.context.db,
                article_id,
                on_done=self._on_article_loaded,
                on_error=self._on_storage_error,
                owner=self,
            )
        )

    def paste_as_article(self) -> None:
        text = QGuiApplication.clipboard().text()
        try:
            document = document_from_text(text, "Pasted text")
        except ImportProblem as exc:
            messages.show_problem(self, "Nothing to paste", str(exc))
            return
        self._save_then(
            lambda: self.context.tasks.db_run(
                _create,
                self.context.db,
                document,
                self.context.author,
                on_done=self._on_article_loaded,
                on_error=self._on_storage_error,
                owner=self,
            )
        )

    def _on_article_loaded(self, result: object) -> None:
        article, changes = result if isinstance(result, tuple) else (result, Changes())
        self.show_article(article)
        if changes.articles:
            self.context.signals.changed.emit(changes, self)

    def show_article(self, article: Article, cursor_position: int = 0) -> None:
        self.article = article
        self.editor.set_document(article.document)
        if cursor_position:
            cursor = self.editor.textCursor()
            cursor.setPosition(min(cursor_position, self.editor.document().characterCount() - 1))
            self.editor.setTextCursor(cursor)
        self.setWindowTitle(f"{article.title} — Copydesk")
        self.review.attach(article.id)
        self.library.select(article.id)
        self.context.settings.last_article_id = article.id
        self._update_words()
        self._update_save_state()
        self.statusBar().showMessage(f"Opened “{article.title}”.", 5000)

    # Saving
    def save(self) -> None:
        self._save(autosave=False)

    def autosave(self) -> None:
        self._save(autosave=True)

    def _save(self, *, autosave: bool, then: object = None) -> None:
        if self.article is None or self._save_in_flight or not self.editor.document().isModified():
            if callable(then) and not self._save_in_flight:
                then()
            return
        self._save_in_flight = True
        generation = self._generation
        document = self.editor.document_snapshot()
        article = self.article
        self.save_state_label.setText("Saving…")

        def done(result: object) -> None:
            self._save_in_flight = False
            saved, changes = result  # type: ignore[misc]
            self.article = saved
            if generation == self._generation:
                self.editor.document().setModified(False)
            self._update_save_state()
            self.context.signals.changed.emit(changes, self)
            if callable(then):
                then()

        def failed(error: object) -> None:
            self._save_in_flight = False
            self._on_save_failed(error, document)

        self.context.tasks.db_run(
            _save,
            self.context.db,
            article.id,
            document,
            self.context.author,
            article.version,
            autosave,
            on_done=done,
            on_error=failed,
            owner=self,
        )

    def _save_then(self, then: object) -> None:
        """Save the current article if needed, then run ``then`` (on success only)."""
        self._save(autosave=True, then=then)

    def _on_save_failed(self, error: object, document: object) -> None:
        if isinstance(error, articles.VersionConflict):
            choice = messages.ask_conflict(self, str(error))
            if choice == "mine":
                self.article = error.current
                self._save(autosave=False)
            else:
                QGuiApplication.clipboard().setText(self.editor.toPlainText())
                self.show_article(error.current)
            return
        self.save_state_label.setText("Not saved")
        text = str(error) if isinstance(error, StorageError) else "Copydesk could not save."
        self.statusBar().showMessage(f"{text} Your text is still open here.")

    def _on_storage_error(self, error: object) -> None:
        text = str(error) if isinstance(error, StorageError) else "The library could not be read."
        messages.show_problem(self, "Library problem", text)

    # Refreshing
    def refresh_library(self) -> None:
        self.context.tasks.db_run(
            articles.list_articles,
            self.context.db,
            on_done=self._on_library_listed,
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_library_listed(self, rows: object) -> None:
        self.library.set_articles(rows, self.article.id if self.article else 0)  # type: ignore[arg-type]

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.articles:
            self.refresh_library()

    def _on_text_changed(self) -> None:
        self._generation += 1
        self._update_words()

    def _update_words(self) -> None:
        words = len(self.editor.toPlainText().split())
        self.words_label.setText(f"{words:,} words")

    def _update_save_state(self, *_args: object) -> None:
        if self.article is None:
            self.save_state_label.setText("")
        elif self.editor.document().isModified():
            self.save_state_label.setText("Edited")
        else:
            self.save_state_label.setText("Saved")

    def _on_reviewed(self, result: object) -> None:
        findings = getattr(result, "findings", ())
        errors = sum(1 for f in findings if f.severity == "error")
        self.findings_label.setText(f"{len(findings)} findings ({errors} errors)")

    def _on_quick_fix(self) -> None:
        if not self.editor.show_finding_menu():
            self.statusBar().showMessage(
                "No finding at the cursor. Press F8 to go to the next.", 4000
            )

    def _on_files_dropped(self, paths: list[str]) -> None:
        for path in paths[:1]:  # one article at a time in the editor
            self.open_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        for path in self.context.settings.recent_files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(self.context.settings.recent_files))

    # Window state and closing
    def _window_settings(self) -> QSettings:
        return QSettings(str(self.context.paths.config / "window.ini"), QSettings.Format.IniFormat)

    def _restore_window_state(self) -> None:
        settings = self._window_settings()
        geometry = settings.value("window/geometry")
        state = settings.value("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.autosave_timer.stop()
        self.context.tasks.wait()
        self._save_now_for_exit()
        settings = self._window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()
        if self.article is not None:
            self.context.settings.last_article_id = self.article.id
        self.context.save_settings()
        event.accept()

    def _save_now_for_exit(self) -> None:
        # At exit we save on the GUI thread: nothing else is left to keep responsive.
        if self.article is None or not self.editor.document().isModified():
            return
        try:
            saved, _ = articles.save_revision(
                self.context.db,
                self.article.id,
                self.editor.document_snapshot(),
                author=self.context.author,
                expected_version=self.article.version,
                autosave=True,
            )
            self.article = saved
            self.editor.document().setModified(False)
        except StorageError as exc:
            messages.show_problem(
                self, "Not saved", f"{exc} Your text was copied to the clipboard."
            )
            QGuiApplication.clipboard().setText(self.editor.toPlainText())


# Work functions: run on the database worker, receive and return plain data.
def _open_or_import(db: object, document: object, source: str, author: str) -> object:
    return articles.open_or_import(db, document, source_path=source, author=author)  # type: ignore[arg-type]


def _create(db: object, document: object, author: str) -> object:
    return articles.create_article(db, document, author=author)  # type: ignore[arg-type]


def _save(
    db: object, article_id: int, document: object, author: str, version: int, autosave: bool
) -> object:
    return articles.save_revision(
        db,
        article_id,
        document,
        author=author,
        expected_version=version,
        autosave=autosave,  # type: ignore[arg-type]
    )
