# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""WorkflowController: who is working, state changes with the approval checklist, notes, export.

Every database call runs on the database worker; the checklist is built from
what the review and the Sources panel already have on screen.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from app.core import text_notes
from app.core.approval import checklist_from
from app.core.articles import open_article
from app.core.model import Article, ArticleId, Changes
from app.core.publish import export_article, write_article_report
from app.core.text_notes import TextNote, place_notes
from app.core.workflow import (
    Profile,
    Role,
    available,
    find_profile,
    history,
    move,
    profiles,
    save_profile,
)
from app.ui.article_controller import ArticleController
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.editor.draft_editor import DraftEditor
from app.ui.editor.layout import layout_by_line
from app.ui.editor.structure import plain_text
from app.ui.i18n import translate
from app.ui.review.controller import ReviewController
from app.ui.sources.controller import SourcesController
from app.ui.workflow.panel import WorkflowPanel

PLACE_NOTES_MS = 400
# Translated where asked, under "WorkflowController".
_NOTE_PROMPTS = {
    "return": QT_TRANSLATE_NOOP(
        "WorkflowController", "What should the writer look at? (recorded in the history)"
    ),
    "submit": QT_TRANSLATE_NOOP("WorkflowController", "A note for the copy desk (optional)"),
    "resubmit": QT_TRANSLATE_NOOP("WorkflowController", "What changed? (optional)"),
    "reopen": QT_TRANSLATE_NOOP("WorkflowController", "Why reopen it? (optional)"),
}


class WorkflowController(QObject):
    """Keeps the Workflow panel in step with the article; ``stateChanged(Article)`` after a move."""

    stateChanged = Signal(object)

    def __init__(
        self,
        context: AppContext,
        editor: DraftEditor,
        panel: WorkflowPanel,
        articles: ArticleController,
        review: ReviewController,
        sources: SourcesController,
    ) -> None:
        super().__init__(editor)
        self.context, self.editor, self.panel = context, editor, panel
        self.articles, self.review, self.sources = articles, review, sources
        self.notes: list[TextNote] = []
        self.placed: list[tuple[TextNote, tuple[int, int] | None]] = []
        self._place_timer = QTimer(self, singleShot=True, interval=PLACE_NOTES_MS)
        self._place_timer.timeout.connect(self.place_notes)
        editor.textEdited.connect(self._place_timer.start)
        panel.transitionRequested.connect(self.request_move)
        panel.switchUserRequested.connect(self.switch_user)
        panel.addNoteRequested.connect(self.add_note)
        panel.resolveRequested.connect(lambda note_id: self.resolve(note_id, reopen=False))
        panel.reopenRequested.connect(lambda note_id: self.resolve(note_id, reopen=True))
        panel.noteActivated.connect(self.jump_to_note)
        panel.exportRequested.connect(self.export)
        panel.reportRequested.connect(self.report)
        panel.set_profile(context.profile)
        panel.set_state(None, [])

    @property
    def article(self) -> Article | None:
        return self.articles.article

    def attach(self, article: Article) -> None:
        self.refresh_state()
        self.reload()

    def refresh_state(self) -> None:
        article, profile = self.article, self.context.profile
        steps = available(article.status, profile.role) if article and profile else []
        self.panel.set_state(article.status if article else None, steps)
        self.panel.set_profile(profile)

    def reload(self) -> None:
        if self.article is None:
            return
        article_id = self.article.id
        self.context.tasks.db_run(
            _load,
            self.context.db,
            article_id,
            on_done=lambda loaded: self._on_loaded(article_id, loaded),
            on_error=self._on_error,
            owner=self,
        )

    def _on_loaded(self, article_id: ArticleId, loaded: tuple[list[Any], list[TextNote]]) -> None:
        if self.article is None or self.article.id != article_id:
            return
        events, self.notes = loaded
        self.panel.set_history(events)
        self.place_notes()

    def place_notes(self) -> None:
        text = plain_text(self.editor.document())
        self.placed = place_notes(self.notes, text)
        self.panel.set_notes(self.placed)
        spans = [span for note, span in self.placed if span is not None and not note.resolved]
        self.editor.highlighter.set_notes(layout_by_line(text, (), spans))

    # Who is working
    def switch_user(self) -> None:
        db = self.context.db
        current = self.context.profile
        answer = messages.ask_profile(
            self.editor,
            [p.name for p in profiles(db)],
            current.name if current else "",
            current.role if current else _default_role(),
        )
        if answer is None:
            return
        name, role = answer
        existing = find_profile(db, name)
        profile = existing if existing is not None and existing.role == role else None
        if profile is None:
            profile, _ = save_profile(db, name, role)  # type: ignore[arg-type]
        self.context.set_profile(profile)
        self.refresh_state()
        self.review.reload_decisions()

    # State changes
    def request_move(self, name: str) -> None:
        """Save pending edits, then make the step (approval shows the checklist first)."""
        if self.article is None or self.context.profile is None:
            return
        self.articles.save_then(lambda: self._move(name))

    def _move(self, name: str) -> None:
        article, profile = self.article, self.context.profile
        if article is None or profile is None:
            return
        checklist, reason, note = None, "", ""
        if name == "approve":
            checklist = self.current_checklist()
            answer = messages.ask_approval(self.editor, article.title, checklist)
            if answer is None:
                return
            reason = answer
        else:
            prompt = _NOTE_PROMPTS.get(name)
            prompt = translate("WorkflowController", prompt) if prompt else self.tr("Note")
            answer = messages.ask_text(self.editor, self.tr("Add a note"), prompt)
            if answer is None:
                return
            note = answer
        self.context.tasks.db_run(
            _move,
            self.context.db,
            article.id,
            name,
            profile,
            note,
            checklist,
            reason,
            on_done=self._on_moved,
            on_error=self._on_error,
            owner=self,
        )

    def current_checklist(self) -> Any:
        result = self.review.result
        text = result.text if result else plain_text(self.editor.document())
        findings = result.findings if result else ()
        quotes = self.sources.analysis.quotes if self.sources.analysis else ()
        return checklist_from(text, findings, quotes, self.sources.verifications, self.notes)

    def _on_moved(self, result: tuple[Article, Changes]) -> None:
        moved, changes = result
        current = self.articles.article
        if current is not None and current.id == moved.id:
            self.articles.article = replace(current, status=moved.status)
        self.refresh_state()
        self.reload()
        self.context.signals.changed.emit(changes, self)
        self.stateChanged.emit(self.articles.article)

    # Notes on text
    def add_note(self) -> None:
        if self.article is None:
            return
        cursor = self.editor.textCursor()
        if not cursor.hasSelection():
            self.context.signals.statusMessage.emit(
                self.tr("Select the words the note is about first.")
            )
            return
        text = plain_text(self.editor.document())
        start = self.editor.python_offset(cursor.selectionStart(), text)
        end = self.editor.python_offset(cursor.selectionEnd(), text)
        body = messages.ask_text(self.editor, self.tr("Note for the writer"), self.tr("Your note:"))
        if not body or not body.strip():
            return
        self.context.tasks.db_run(
            _add_note,
            self.context.db,
            self.article.id,
            text,
            start,
            end,
            body,
            self.context.author,
            on_done=lambda _r: self.reload(),
            on_error=self._on_error,
            owner=self,
        )

    def resolve(self, note_id: int, *, reopen: bool) -> None:
        resolution = ""
        if not reopen:
            answer = messages.ask_text(
                self.editor, self.tr("Resolve note"), self.tr("How was it resolved? (optional)")
            )
            if answer is None:
                return
            resolution = answer
        self.context.tasks.db_run(
            _resolve,
            self.context.db,
            note_id,
            self.context.author,
            resolution,
            reopen,
            on_done=lambda _r: self.reload(),
            on_error=self._on_error,
            owner=self,
        )

    def jump_to_note(self, note_id: int) -> None:
        for note, span in self.placed:
            if note.id == note_id and span is not None:
                self.editor.select_python_range(*span)
                return

    # Export
    def export(self) -> None:
        self.articles.save_then(self._export)

    def _export(self) -> None:
        article = self.article
        if article is None:
            return
        final = article.status.value in ("approved", "exported")
        choice = messages.ask_export(self.editor, article.slug, final)
        if choice is None:
            return
        self.context.tasks.db_run(
            _export,
            self.context.db,
            article.id,
            choice,
            self.context.profile,
            on_done=self._on_exported,
            on_error=self._on_error,
            owner=self,
        )

    def _on_exported(self, outcome: Any) -> None:
        done = (
            self.tr("Final exported to {path}.")
            if outcome.final
            else self.tr("Proof (not approved) exported to {path}.")
        )
        self.context.signals.statusMessage.emit(done.format(path=outcome.path))
        if outcome.final and self.article is not None:
            self.context.tasks.db_run(
                open_article,
                self.context.db,
                self.article.id,
                on_done=lambda article: self._on_moved((article, outcome.changes)),
                on_error=self._on_error,
                owner=self,
            )

    def report(self) -> None:
        article = self.article
        if article is None:
            return
        choice = messages.ask_report_path(self.editor, article.slug)
        if choice is None:
            return
        fmt, path = choice
        make_checker = self.context.make_checker
        self.context.tasks.db_run(
            _report,
            self.context.db,
            article.id,
            fmt,
            path,
            make_checker,
            self.context.settings.anonymous_sources,
            on_done=lambda written: self.context.signals.statusMessage.emit(
                self.tr("Review report saved to {path}.").format(path=written)
            ),
            on_error=self._on_error,
            owner=self,
        )

    def _on_error(self, error: object) -> None:
        text = str(error) if isinstance(error, Exception) else self.tr("That did not work.")
        messages.show_problem(self.editor, self.tr("Not done"), text)


def _default_role() -> Role:
    return Role.WRITER


# Work functions for the database worker: plain values in, plain values out.
def _load(db: Any, article_id: ArticleId) -> tuple[list[Any], list[TextNote]]:
    return history(db, article_id), text_notes.list_notes(db, article_id)


def _move(
    db: Any,
    article_id: ArticleId,
    name: str,
    profile: Profile,
    note: str,
    checklist: Any,
    reason: str,
) -> tuple[Article, Changes]:
    return move(
        db,
        article_id,
        name,
        profile=profile,
        note=note,
        checklist=checklist,
        override_reason=reason,
    )


def _add_note(
    db: Any, article_id: ArticleId, text: str, start: int, end: int, body: str, who: str
) -> object:
    return text_notes.add_note(db, article_id, text, start, end, body, who=who)


def _resolve(db: Any, note_id: int, who: str, resolution: str, reopen: bool) -> object:
    return text_notes.resolve_note(db, note_id, who=who, resolution=resolution, reopen=reopen)


def _export(db: Any, article_id: ArticleId, choice: dict[str, Any], profile: Profile | None) -> Any:
    return export_article(
        db,
        article_id,
        str(choice["fmt"]),
        Path(choice["path"]),
        profile=profile,
        force=bool(choice.get("force")),
        page_size=str(choice.get("page_size", "a4")),
        with_notes=bool(choice.get("with_notes")),
    )


def _report(
    db: Any, article_id: ArticleId, fmt: str, path: Path, make_checker: Any, policy: str
) -> Path:
    return write_article_report(
        db,
        article_id,
        fmt,
        Path(path),
        force=True,
        checker=make_checker(),
        anonymous_severity=policy,
    )
