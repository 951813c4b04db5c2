# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""MainWindow: the library, the editor and the findings; menus; the app's signal wiring."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QDockWidget, QFileDialog, QLabel, QMainWindow, QMenu
from typing_extensions import override

from app.core import articles
from app.core.model import Article, Changes
from app.core.textstats import TextStats, text_stats
from app.ui.article_controller import ArticleController
from app.ui.context import AppContext
from app.ui.dialogs.find_replace import FindReplaceDialog
from app.ui.dialogs.preferences import PreferencesDialog
from app.ui.editor.draft_editor import DraftEditor
from app.ui.editor.structure import plain_text
from app.ui.grammar.controller import GrammarController
from app.ui.grammar.status_bar import GrammarStatusBar
from app.ui.help_menu import add_help_menu
from app.ui.i18n import translate
from app.ui.labels import status_label
from app.ui.panels.library_panel import LibraryPanel
from app.ui.review.controller import ReviewController
from app.ui.review.findings_panel import FindingsPanel, fill_finding_menu
from app.ui.review.legend import LegendView
from app.ui.sources.controller import SourcesController
from app.ui.sources.panel import SourcesPanel
from app.ui.theme import apply_theme
from app.ui.workflow.controller import WorkflowController
from app.ui.workflow.panel import WorkflowPanel

OPEN_FILTER = QT_TRANSLATE_NOOP(
    "MainWindow", "Drafts (*.txt *.md *.markdown *.docx *.odt *.html *.htm);;All files (*)"
)
STATS_SETTLE_MS = 600


class MainWindow(QMainWindow):
    """The main window. Behaviour lives in the controllers; this class lays out and wires."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Copydesk"))
        self.resize(1280, 800)
        self.editor = DraftEditor(self)
        self.editor.set_font_size(context.settings.editor_font_size)
        self.setCentralWidget(self.editor)
        self.library = LibraryPanel(self)
        self.library_dock = self._dock(self.tr("Library"), "libraryDock", self.library)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)
        self.findings = FindingsPanel(self)
        self.findings_dock = self._dock(self.tr("Findings"), "findingsDock", self.findings)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.findings_dock)
        self.sources_panel = SourcesPanel(self)
        self.sources_dock = self._dock(self.tr("Sources"), "sourcesDock", self.sources_panel)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sources_dock)
        self.tabifyDockWidget(self.findings_dock, self.sources_dock)
        self.findings_dock.raise_()
        self.workflow_panel = WorkflowPanel(self)
        self.workflow_dock = self._dock(self.tr("Workflow"), "workflowDock", self.workflow_panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.workflow_dock)
        self.legend = LegendView(self)
        self.legend_dock = self._dock(self.tr("Legend"), "legendDock", self.legend)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.legend_dock)
        self.legend_dock.hide()
        self.articles = ArticleController(context, self.editor, self)
        self.review = ReviewController(context, self.editor, self.findings)
        self.sources = SourcesController(context, self.editor, self.sources_panel, self.review)
        self.workflow = WorkflowController(
            context, self.editor, self.workflow_panel, self.articles, self.review, self.sources
        )
        self.grammar = GrammarController(context, self.review, self)
        self.find_dialog = FindReplaceDialog(self.editor, self)
        self.stats_label = QLabel("", self)
        self.stats_label.setAccessibleName(self.tr("Word count and readability"))
        self.findings_label = QLabel("", self)
        self.save_state_label = QLabel("", self)
        for label in (self.stats_label, self.findings_label, self.save_state_label):
            self.statusBar().addPermanentWidget(label)
        self._stats_timer = QTimer(self, singleShot=True, interval=STATS_SETTLE_MS)
        self._build_menus()
        # Help menu (issue 8), last in the menu bar: About, Copy Diagnostics, the log folder.
        self.help_menu = add_help_menu(self, context)
        self._connect_signals()
        self._restore_window_state()
        self.refresh_library()
        self.review.warm_up()

    def _dock(self, title: str, name: str, widget: object) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)  # type: ignore[arg-type]
        return dock

    # The switchboard: every cross-widget connection is made here.
    def _connect_signals(self) -> None:
        signals = self.context.signals
        signals.statusMessage.connect(lambda text: self.statusBar().showMessage(text, 8000))
        signals.changed.connect(self._on_changed)
        self.library.articleActivated.connect(self.articles.open_article)
        self.articles.articleShown.connect(self._on_article_shown)
        self.articles.saveStateChanged.connect(self.save_state_label.setText)
        self.editor.filesDropped.connect(self._on_files_dropped)
        self.editor.textEdited.connect(self._stats_timer.start)
        self._stats_timer.timeout.connect(self._update_stats)
        self.review.reviewed.connect(self._on_reviewed)
        self.workflow.stateChanged.connect(self._show_title)
        self.editor.finding_lookup = self.review.finding_at
        self.editor.finding_menu = lambda menu, finding: fill_finding_menu(
            menu, finding, self.review.apply, self.findings.dismissRequested.emit
        )
        # Grammar (issue 7) and Preferences (issue 8): LanguageTool's state in the status
        # bar; settings changed in Preferences apply at once; LanguageTool stops at exit.
        self.grammar_status = GrammarStatusBar(self.grammar, self)
        self.statusBar().addPermanentWidget(self.grammar_status)
        self.preferences_dialog: PreferencesDialog | None = None
        QApplication.instance().aboutToQuit.connect(self.grammar.shutdown)  # type: ignore[union-attr]

    def _build_menus(self) -> None:
        keys = QKeySequence.StandardKey
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.open_action = self._action(file_menu, self.tr("&Open…"), keys.Open, self.choose_file)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        self.paste_action = self._action(
            file_menu, self.tr("New Article from &Clipboard"), "Ctrl+Shift+V", self.paste_as_article
        )
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, self.tr("&Save"), keys.Save, self.save)
        file_menu.addSeparator()
        self.export_action = self._action(
            file_menu, self.tr("&Export…"), "Ctrl+E", self.workflow.export
        )
        self._action(file_menu, self.tr("Review Re&port…"), "Ctrl+Shift+E", self.workflow.report)
        self._action(file_menu, self.tr("S&witch User…"), "", self.workflow.switch_user)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), keys.Quit, self.close)

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        editor = self.editor
        for text, key, slot in (
            (self.tr("&Undo"), keys.Undo, editor.undo),
            (self.tr("&Redo"), keys.Redo, editor.redo),
            (self.tr("Cu&t"), keys.Cut, editor.cut),
            (self.tr("&Copy"), keys.Copy, editor.copy),
            (self.tr("&Paste"), keys.Paste, editor.paste),
            (self.tr("Select &All"), keys.SelectAll, editor.selectAll),
        ):
            self._action(edit_menu, text, key, slot)
        edit_menu.addSeparator()
        self.find_action = self._action(
            edit_menu, self.tr("&Find and Replace…"), keys.Find, self.show_find_dialog
        )
        self._action(
            edit_menu, self.tr("Find &Next"), keys.FindNext, lambda: self.find_dialog.find(True)
        )
        edit_menu.addSeparator()
        self.preferences_action = self._action(
            edit_menu, self.tr("Pre&ferences…"), "Ctrl+,", self.show_preferences
        )
        self.preferences_action.setMenuRole(QAction.MenuRole.PreferencesRole)

        review_menu = self.menuBar().addMenu(self.tr("&Review"))
        self.next_action = self._action(
            review_menu, self.tr("&Next Finding"), "F8", lambda: self.review.next_finding(True)
        )
        self.previous_action = self._action(
            review_menu,
            self.tr("&Previous Finding"),
            "Shift+F8",
            lambda: self.review.next_finding(False),
        )
        self.quick_fix_action = self._action(
            review_menu, self.tr("&Fix or Dismiss…"), "Ctrl+.", self._on_quick_fix
        )
        self.apply_action = self._action(
            review_menu, self.tr("&Apply Suggested Fix"), "Ctrl+Return", self.review.apply_at_cursor
        )
        self._action(review_menu, self.tr("Show &Findings"), "Ctrl+Shift+F", self._focus_findings)
        review_menu.addSeparator()
        self.add_note_action = self._action(
            review_menu, self.tr("&Add Note to Selection…"), "Ctrl+Alt+M", self.workflow.add_note
        )
        review_menu.addSeparator()
        self.rule_stats_action = self._action(
            review_menu, self.tr("Rule &Statistics…"), "", self.show_rule_statistics
        )

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for dock, label, key in (
            (self.library_dock, self.tr("&Library"), "Ctrl+Shift+L"),
            (self.findings_dock, self.tr("F&indings Panel"), "Ctrl+Shift+I"),
            (self.sources_dock, self.tr("&Sources Panel"), "Ctrl+Shift+S"),
            (self.workflow_dock, self.tr("&Workflow Panel"), "Ctrl+Shift+W"),
            (self.legend_dock, self.tr("L&egend"), ""),
        ):
            toggle = dock.toggleViewAction()
            toggle.setText(label)
            toggle.setShortcut(QKeySequence(key))
            view_menu.addAction(toggle)
        view_menu.addSeparator()
        self._action(view_menu, self.tr("Zoom &In"), keys.ZoomIn, lambda: self.zoom(1))
        self._action(view_menu, self.tr("Zoom In"), "Ctrl+=", lambda: self.zoom(1))
        self._action(view_menu, self.tr("Zoom &Out"), keys.ZoomOut, lambda: self.zoom(-1))
        self._action(view_menu, self.tr("&Actual Size"), "Ctrl+0", lambda: self.zoom(0))

    def _action(self, menu: QMenu, text: str, shortcut: object, slot: object) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, str):
            shortcut = QKeySequence(shortcut)
        action.setShortcut(shortcut)  # type: ignore[arg-type]
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        menu.addAction(action)
        return action

    def show_rule_statistics(self) -> None:
        """Review > Rule Statistics: the desk's fixes and dismissals per rule (not modal)."""
        from app.ui.dialogs.rule_stats_dialog import RuleStatsDialog

        if getattr(self, "rule_stats_dialog", None) is None:
            self.rule_stats_dialog = RuleStatsDialog(self.context, self)
        else:
            self.rule_stats_dialog.refresh()
        self.rule_stats_dialog.show()
        self.rule_stats_dialog.raise_()

    # What the controllers do, reachable from the window (menus, tests, start-up).
    @property
    def article(self) -> Article | None:
        return self.articles.article

    def open_path(self, path: str) -> None:
        self.articles.open_path(path)

    def open_article(self, article_id: int) -> None:
        self.articles.open_article(article_id)

    def save(self) -> None:
        self.articles.save()

    def autosave(self) -> None:
        self.articles.autosave()

    def choose_file(self) -> None:
        recent = self.context.settings.recent_files
        start = str(Path(recent[0]).parent) if recent else ""
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a draft"), start, translate("MainWindow", OPEN_FILTER)
        )
        if path:
            self.open_path(path)

    def paste_as_article(self) -> None:
        self.articles.new_from_text(QGuiApplication.clipboard().text())

    def show_find_dialog(self) -> None:
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_dialog.find_field.setText(selected)
        self.find_dialog.show()
        self.find_dialog.raise_()
        self.find_dialog.find_field.setFocus()
        self.find_dialog.find_field.selectAll()

    def zoom(self, step: int) -> None:
        """Make the text larger (1), smaller (-1), or the default size (0); remembered."""
        size = 12 if step == 0 else min(36, max(8, self.context.settings.editor_font_size + step))
        self.context.settings.editor_font_size = size
        self.editor.set_font_size(size)

    def show_preferences(self) -> None:
        if self.preferences_dialog is not None:  # kept until now: its saves may still land
            self.preferences_dialog.deleteLater()
        dialog = PreferencesDialog(self.context, self.grammar, self)
        dialog.settingsChanged.connect(self._on_settings_changed)
        self.preferences_dialog = dialog
        dialog.open()

    def _on_settings_changed(self, changed: frozenset[str]) -> None:
        """Preferences changed ``changed`` (Settings field names): apply them now."""
        settings = self.context.settings
        if "autosave_seconds" in changed:
            self.articles.autosave_timer.setInterval(max(5, settings.autosave_seconds) * 1000)
        if "theme" in changed:
            apply_theme(QApplication.instance(), settings.theme)  # type: ignore[arg-type]
        if "editor_font_size" in changed:
            self.editor.set_font_size(settings.editor_font_size)
        if "disabled_rules" in changed:
            self.review.reset_checker()
        if "anonymous_sources" in changed:  # house policy on unnamed sources
            self.sources.anonymous_severity = settings.anonymous_sources
            self.sources.analyse()
        if "user_name" in changed:  # another name or role: steps and "rule off" are per person
            self.workflow.refresh_state()
            self.review.reload_decisions()
        self.grammar.rebuild()  # only rebuilds when the grammar settings changed

    # Reactions
    def _on_article_shown(self, article: Article) -> None:
        self._show_title(article)
        self.library.select(article.id)
        self.review.attach(article.id)
        self.sources.attach(article.id)
        self.workflow.attach(article)
        self._update_stats()
        self.statusBar().showMessage(self.tr("Opened “{title}”.").format(title=article.title), 5000)

    def _show_title(self, article: Article | None) -> None:
        if article is None:
            self.setWindowTitle(self.tr("Copydesk"))
            return
        status = status_label(article.status)
        self.setWindowTitle(
            self.tr("{title} ({status}) — Copydesk").format(title=article.title, status=status)
        )

    def refresh_library(self) -> None:
        self.context.tasks.db_run(
            articles.list_articles,
            self.context.db,
            on_done=self._on_library_listed,
            on_error=self.articles._on_storage_error,
            owner=self,
        )

    def _on_library_listed(self, rows: object) -> None:
        self.library.set_articles(rows, self.article.id if self.article else 0)  # type: ignore[arg-type]

    def _on_changed(self, changes: Changes, _initiator: object) -> None:
        if changes.articles:
            self.refresh_library()

    def _update_stats(self) -> None:
        # Counting a long draft takes tens of milliseconds: done on the pool when typing pauses.
        self.context.tasks.run_process(
            text_stats, plain_text(self.editor.document()), on_done=self._show_stats, owner=self
        )

    def _show_stats(self, stats: TextStats) -> None:
        self.stats_label.setText(stats.summary())
        self.stats_label.setToolTip(
            self.tr("{sentences} sentences · Flesch reading ease {score}").format(
                sentences=f"{stats.sentences:,}", score=f"{stats.flesch_reading_ease:.0f}"
            )
        )

    def _on_reviewed(self, result: object) -> None:
        findings = getattr(result, "findings", ())
        errors = sum(1 for f in findings if f.severity == "error")
        self.findings_label.setText(
            self.tr("{count} findings ({errors} errors)").format(count=len(findings), errors=errors)
        )

    def _on_quick_fix(self) -> None:
        if not self.editor.show_finding_menu():
            self.statusBar().showMessage(
                self.tr("No finding at the cursor; F8 goes to the next."), 4000
            )

    def _focus_findings(self) -> None:
        self.findings_dock.show()
        self.findings.tree.setFocus()

    def _on_files_dropped(self, paths: list[str]) -> None:
        if paths:
            self.open_path(paths[0])  # one article at a time in the editor

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

    @override
    def closeEvent(self, event: QCloseEvent) -> None:
        self.articles.save_now_for_exit()
        settings = self._window_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.sync()
        if self.article is not None:
            self.context.settings.last_article_id = self.article.id
        self.context.save_settings()
        event.accept()
