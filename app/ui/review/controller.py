# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ReviewController: live checking, underlines, the findings panel, fixes and dismissals.

Checks run on the task pool, one at a time; the newest text waits its turn
and results for text that has since changed are dropped (a fresher check is
already queued). The GUI thread only repaints lines whose marks changed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from app.core.decisions import (
    Decision,
    DecisionKind,
    list_decisions,
    record_decision,
    rules_turned_off,
    undo_decision,
)
from app.core.model import ArticleId, Finding
from app.core.review import Checker, ReviewResult, ReviewSession
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.editor.draft_editor import DraftEditor
from app.ui.editor.layout import LineLayout, layout_by_line, line_starts
from app.ui.editor.offsets import OffsetMap
from app.ui.editor.structure import plain_text
from app.ui.i18n import translate
from app.ui.memory import settle_memory
from app.ui.review.findings_panel import FindingsPanel

DEBOUNCE_MS = 40  # coalesces a burst (paste, held key) without a visible delay
PANEL_SETTLE_MS = 600  # the list refreshes when typing pauses; underlines at once
PANEL_STALE_MS = 4000  # ...or at the latest this long after it fell behind
FIRST_LOOK_CHARS = 30_000  # about the first screens of a long draft, checked first

# Translated where asked, under "ReviewController".
_REASON_PROMPTS = {
    DecisionKind.DISMISS_HERE: (
        QT_TRANSLATE_NOOP("ReviewController", "Ignore here"),
        QT_TRANSLATE_NOOP("ReviewController", "Why is this right here? (optional)"),
    ),
    DecisionKind.DISMISS_ARTICLE: (
        QT_TRANSLATE_NOOP("ReviewController", "Ignore in this article"),
        QT_TRANSLATE_NOOP("ReviewController", "Why? (optional)"),
    ),
    DecisionKind.RULE_OFF: (
        QT_TRANSLATE_NOOP("ReviewController", "Turn this rule off"),
        QT_TRANSLATE_NOOP("ReviewController", "Why turn this rule off? (optional)"),
    ),
}


def _make_checker(session: ReviewSession, make_checker: Callable[[], Checker]) -> None:
    """Runs on a pool thread: build the house-style checker (loads the rule set)."""
    if session.checker is None:
        session.checker = make_checker()


def _review_job(
    session: ReviewSession,
    make_checker: Callable[[], Checker],
    text: str,
    generation: int,
    fresh_checker: bool = False,
) -> tuple[ReviewResult, LineLayout, int]:
    """Runs on a pool thread: check ``text`` and lay the marks out by line. Touches no widget.

    ``fresh_checker``: build the checker anew first (the house rules changed).
    """
    if fresh_checker or session.checker is None:
        session.checker = make_checker()
    result = session.review(text)
    return result, layout_by_line(text, result.findings, result.quote_spans), generation


class ReviewController(QObject):
    """Owns the review of the article in the editor.

    ``reviewed`` is emitted on the GUI thread with each applied ReviewResult.
    """

    reviewed = Signal(object)

    def __init__(self, context: AppContext, editor: DraftEditor, panel: FindingsPanel) -> None:
        super().__init__(editor)
        self.context = context
        self.editor = editor
        self.panel = panel
        self.session = ReviewSession(None, ())  # type: ignore[arg-type]  # checker made lazily
        self.article_id: ArticleId | None = None
        self.result: ReviewResult | None = None
        self.current: Finding | None = None
        self._generation = 0
        self._fresh_checker = False
        self._settled = False
        self._first_look = False
        self._busy = False
        self._queued = False
        self._starts: list[int] = [0]
        self._decisions: list[Decision] = []
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start_check)
        # The list waits for a pause in typing (updating a long list costs the GUI
        # thread tens of milliseconds), but never falls more than PANEL_STALE_MS behind.
        self._panel_timer = QTimer(self, singleShot=True, interval=PANEL_SETTLE_MS)
        self._panel_timer.timeout.connect(self._refresh_panel)
        self._panel_deadline = QTimer(self, singleShot=True, interval=PANEL_STALE_MS)
        self._panel_deadline.timeout.connect(self._refresh_panel)
        editor.textEdited.connect(self._on_text_changed)
        panel.findingActivated.connect(self.jump_to)
        panel.applyRequested.connect(self.apply)
        panel.dismissRequested.connect(self._on_dismiss_requested)
        panel.undoRequested.connect(self.undo)

    # Articles
    def attach(self, article_id: ArticleId) -> None:
        """A new article is in the editor: load its decisions and check it."""
        self.article_id = article_id
        self.result = None
        self.current = None
        self.session.decisions = ()
        self.editor.highlighter.clear_layout()
        self.panel.set_findings((), "")
        self.reload_decisions()
        self._first_look = True
        self.schedule()

    def reload_decisions(self) -> None:
        if self.article_id is None:
            return
        article_id, who = self.article_id, self.context.author
        self.context.tasks.db_run(
            _decisions_for,
            self.context.db,
            article_id,
            who,
            on_done=lambda found: self._on_decisions(article_id, found),
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_decisions(
        self, article_id: ArticleId, found: tuple[list[Decision], list[Decision]]
    ) -> None:
        if article_id != self.article_id:
            return
        in_article, everywhere = found
        self._decisions = in_article
        known = {d.id for d in in_article}
        self.session.decisions = tuple(in_article + [d for d in everywhere if d.id not in known])
        self.panel.set_dismissed(in_article)
        if self.result is not None:
            self._show(self.session.refilter(self.result), relayout=True)

    @property
    def busy(self) -> bool:
        """A style check is running or about to (other analyses may wait their turn)."""
        return self._busy or self._debounce.isActive()

    # Checking
    def schedule(self) -> None:
        self._debounce.start()

    def warm_up(self) -> None:
        """Load the rule set in the background now, so the first draft opened is checked
        without waiting for it. Checks asked for meanwhile queue behind it."""
        if self._busy or self.session.checker is not None:
            return
        self._busy = True
        self.context.tasks.run(
            _make_checker,
            self.session,
            self.context.make_checker,
            on_done=self._on_warmed_up,
            on_error=self._on_check_failed,
            owner=self,
        )

    def _on_warmed_up(self, _result: object) -> None:
        self._busy = False
        if self._queued:
            self._start_check()

    def reset_checker(self) -> None:
        """The house rules changed (rules switched off): build the checker anew and re-check."""
        self._fresh_checker = True
        self.schedule()

    def _on_text_changed(self) -> None:
        self._generation += 1
        if self.article_id is not None:
            self._debounce.start()

    def _start_check(self) -> None:
        if self._busy:
            self._queued = True
            return
        self._busy = True
        self._queued = False
        text = plain_text(self.editor.document())
        if self._first_look:
            # A long draft just opened: check the part the user sees first, then the whole
            # (the paragraphs already checked are not checked again).
            self._first_look = False
            cut = text.find("\n", FIRST_LOOK_CHARS)
            if cut != -1:
                text = text[:cut]
                self._queued = True
        fresh, self._fresh_checker = self._fresh_checker, False
        self.context.tasks.run(
            _review_job,
            self.session,
            self.context.make_checker,
            text,
            self._generation,
            fresh,
            on_done=self._on_reviewed,
            on_error=self._on_check_failed,
        )

    def _on_reviewed(self, payload: tuple[ReviewResult, LineLayout, int]) -> None:
        self._busy = False
        if not self._settled:
            # The first check has loaded the rule set: long-lived from here on.
            self._settled = True
            settle_memory()
        result, layout, generation = payload
        if generation == self._generation:
            self._show(result, layout=layout, partial=self._queued)
        if self._queued or generation != self._generation:
            self._start_check()

    def _on_check_failed(self, error: object) -> None:
        self._busy = False
        self.context.signals.statusMessage.emit(
            self.tr("The style check stopped: {error}").format(error=error)
        )

    def _show(
        self,
        result: ReviewResult,
        *,
        layout: LineLayout | None = None,
        relayout: bool = False,
        partial: bool = False,
    ) -> None:
        self.result = result
        self._starts = line_starts(result.text)
        if layout is None or relayout:
            layout = layout_by_line(result.text, result.findings, result.quote_spans)
        self.editor.highlighter.set_layout(layout)
        if self.current is not None and self.current not in result.findings:
            self.current = None
            self.panel.show_details(None)
        if partial:
            return  # the underlines only; the list and the counts wait for the whole text
        self._panel_timer.start()
        if not self._panel_deadline.isActive():
            self._panel_deadline.start()
        self.reviewed.emit(result)

    def refresh_extras(self) -> None:
        """Show the slower checks' newest findings: a review on the worker combines them.

        Combining and laying out a long draft's findings takes tens of milliseconds,
        which the GUI thread must not spend; the style check itself is incremental.
        """
        if self.result is None:
            return
        if self._busy:  # the check under way may have combined the older findings
            self._queued = True
        else:
            self.schedule()

    def _refresh_panel(self) -> None:
        self._panel_timer.stop()
        self._panel_deadline.stop()
        if self.result is not None:
            self.panel.set_findings(self.result.findings, self.result.text)
            self.panel.select(self.current)

    # Positions
    def qt_range(self, finding: Finding) -> tuple[int, int] | None:
        """Document positions of a finding of the current result, or None if out of date."""
        if self.result is None:
            return None
        return self._qt_position(finding.start), self._qt_position(finding.end)

    def _qt_position(self, offset: int) -> int:
        line = bisect_right(self._starts, offset) - 1
        block = self.editor.document().findBlockByNumber(line)
        column = OffsetMap(block.text()).to_qt(offset - self._starts[line])
        return block.position() + min(column, block.length() - 1)

    def python_offset(self, cursor: QTextCursor) -> int:
        block = cursor.block()
        line = min(block.blockNumber(), len(self._starts) - 1)
        return self._starts[line] + OffsetMap(block.text()).to_python(cursor.positionInBlock())

    def finding_at(self, cursor: QTextCursor) -> Finding | None:
        if self.result is None:
            return None
        offset = self.python_offset(cursor)
        hits = [f for f in self.result.findings if f.start <= offset <= max(f.end, f.start + 1)]
        return min(hits, key=lambda f: f.end - f.start) if hits else None

    # Navigation
    def next_finding(self, forward: bool = True) -> Finding | None:
        """Move to the next (or previous) finding after the cursor, wrapping around."""
        if self.result is None or not self.result.findings:
            self.context.signals.statusMessage.emit(self.tr("No findings."))
            return None
        findings = sorted(self.result.findings, key=lambda f: (f.start, f.end))
        cursor = self.editor.textCursor()
        here = self.python_offset(cursor)
        if forward:
            target = next((f for f in findings if f.start > here), findings[0])
            if self.current is not None and target == self.current and len(findings) > 1:
                target = findings[(findings.index(target) + 1) % len(findings)]
        else:
            before = [f for f in findings if f.start < here and f != self.current]
            target = before[-1] if before else findings[-1]
        self.jump_to(target)
        return target

    def jump_to(self, finding: Finding) -> None:
        span = self.qt_range(finding)
        if span is None:
            return
        cursor = self.editor.textCursor()
        cursor.setPosition(span[0])
        cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.current = finding
        self.editor.highlighter.set_current(finding)
        self.panel.select(finding)
        self.panel.show_details(finding)
        self.context.signals.statusMessage.emit(finding.message)

    # Fixes and dismissals
    def apply(self, finding: Finding, replacement: str) -> bool:
        """Replace the finding's words with ``replacement`` as one undoable edit."""
        if self.result is None or self.article_id is None:
            return False
        span = self.qt_range(finding)
        expected = self.result.text[finding.start : finding.end]
        cursor = QTextCursor(self.editor.document())
        if span is not None:
            cursor.setPosition(span[0])
            cursor.setPosition(span[1], QTextCursor.MoveMode.KeepAnchor)
        if span is None or cursor.selectedText() != expected:
            self.context.signals.statusMessage.emit(
                self.tr("The text has changed there; the findings will update in a moment.")
            )
            return False
        text = self.result.text
        cursor.insertText(replacement)
        self.editor.setTextCursor(cursor)
        self.current = None
        self.context.tasks.db_run(
            _record,
            self.context.db,
            self.article_id,
            finding,
            text,
            DecisionKind.APPLIED,
            self.context.author,
            "",
            replacement,
            on_error=self._on_storage_error,
            owner=self,
        )
        return True

    def apply_at_cursor(self) -> bool:
        """Apply the first suggestion of the finding at the cursor (or the current one)."""
        finding = self.finding_at(self.editor.textCursor()) or self.current
        if finding is None or not finding.replacements:
            self.context.signals.statusMessage.emit(self.tr("No suggested fix here."))
            return False
        return self.apply(finding, finding.replacements[0])

    def _on_dismiss_requested(self, finding: Finding, kind: str) -> None:
        self.dismiss(finding, DecisionKind(kind))

    def dismiss(self, finding: Finding, kind: DecisionKind, reason: str | None = None) -> None:
        """Record a dismissal (asking for an optional reason) and hide what it covers."""
        if self.result is None or self.article_id is None:
            return
        if reason is None:
            title, prompt = _REASON_PROMPTS[kind]
            reason = messages.ask_reason(
                self.editor,
                translate("ReviewController", title),
                translate("ReviewController", prompt),
            )
            if reason is None:
                return
        article_id = self.article_id
        self.context.tasks.db_run(
            _record,
            self.context.db,
            article_id,
            finding,
            self.result.text,
            kind,
            self.context.author,
            reason,
            "",
            on_done=lambda _result: self.reload_decisions(),
            on_error=self._on_storage_error,
            owner=self,
        )

    def undo(self, decision_id: int) -> None:
        self.context.tasks.db_run(
            _undo,
            self.context.db,
            decision_id,
            self.context.author,
            on_done=lambda _changes: self.reload_decisions(),
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_storage_error(self, error: object) -> None:
        self.context.signals.statusMessage.emit(
            self.tr("Not recorded: {error}").format(error=error)
        )


# Work functions for the database worker: plain values in, plain values out.
def _decisions_for(
    db: Any, article_id: ArticleId, who: str
) -> tuple[list[Decision], list[Decision]]:
    return list_decisions(db, article_id), rules_turned_off(db, who)


def _record(
    db: Any,
    article_id: ArticleId,
    finding: Finding,
    text: str,
    kind: DecisionKind,
    who: str,
    reason: str,
    replacement: str,
) -> object:
    return record_decision(
        db, article_id, finding, text, kind, who=who, reason=reason, replacement=replacement
    )


def _undo(db: Any, decision_id: int, who: str) -> object:
    return undo_decision(db, decision_id, who=who)
