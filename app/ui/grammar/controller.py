# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""GrammarController: LanguageTool's findings beside the house rules, never blocking the editor.

It owns one ``GrammarService``, built from the settings and the environment,
and calls it only on the task pool's network workers (``Tasks.run_network``:
closing the window does not wait for them), one job at a time, so LanguageTool
never gets two requests at once from the window. Findings are cached per
paragraph (``paragraphs.py``) and handed to the review as the session's
"grammar" extra (``ReviewSession.set_extra``), which merges them with the
house findings (the house finding wins where both cover the same words) and
applies the desk's decisions, so an ``lt.`` finding is dismissed like any
other. Between two publications the session carries them over edits; each
publication places every cached paragraph afresh.

Signals, on the GUI thread: ``statusChanged(str)`` with the status-bar line
("" when all is well; also sent when only ``action_label()`` changed);
``progressChanged(done, total, kind)`` while a long check ("check", in
requests) or the download ("download", in bytes) runs, total 0 when over.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal

from app.core.grammar import GrammarConfig, grammar_config_from
from app.core.grammar.mapping import RULE_PREFIX
from app.core.review import GRAMMAR
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.grammar import jobs, wording
from app.ui.grammar.paragraphs import ParagraphCache
from app.ui.grammar.wording import (
    CHECK_CANCELLED,
    DOWNLOAD_CANCELLED,
    NEEDS_DOWNLOAD,
    UNAVAILABLE,
)
from app.ui.i18n import translate
from app.ui.review.controller import ReviewController

if TYPE_CHECKING:
    from app.core.grammar import GrammarService, GrammarStatus

SETTLE_MS = 400  # typing pauses this long before the paragraph goes to LanguageTool
POLL_MS = 500  # how often the status line follows a start-up or download under way
PARTIAL_MS = 500  # a long check shows what it has found so far at most this often
DOWNLOAD_SIZE_WORDS = QT_TRANSLATE_NOOP("GrammarController", "about 250 MB")


class _Relay(QObject):
    """Carries a worker's progress and partial results to the GUI thread."""

    progress = Signal(int, int, int)  # job, done, total
    partial = Signal(int, object)  # job, {paragraph: findings}


def lt_rules_from(disabled_rules: Sequence[str]) -> tuple[str, ...]:
    """The LanguageTool rules among the house's switched-off rule ids (``lt.EN_QUOTES``)."""
    return tuple(sorted({rule for rule in disabled_rules if rule.startswith(RULE_PREFIX)}))


class GrammarController(QObject):
    """Grammar for the article in the editor; see the module docstring. GUI thread only."""

    statusChanged = Signal(str)
    progressChanged = Signal(int, int, str)

    def __init__(
        self,
        context: AppContext,
        review: ReviewController,
        parent: QObject | None = None,
        *,
        overrides: dict[str, Any] | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.review = review
        self.overrides: dict[str, Any] = dict(overrides or {})  # GrammarConfig fields (tests)
        self.config: GrammarConfig | None = None
        self.service: GrammarService | None = None
        self.cache = ParagraphCache()
        self.busy = False
        self._lt_rules: tuple[str, ...] = ()
        self._text = ""  # the text of the review last shown, and its quotation spans
        self._quotes: tuple[tuple[int, int], ...] = ()
        self._published: str | None = None  # the text the review's grammar findings are for
        self._job = 0  # bumped per job and per rebuild: older deliveries are ignored
        self._kind = "check"
        self._cancel: threading.Event | None = None
        self._skipped: set[str] = set()  # paragraphs whose check the user cancelled
        self._note = ""
        self._asked_download = False
        self._explained_java = False
        self._shown: tuple[str, str] | None = None  # the status line and button last announced
        self._relay = _Relay(self)
        self._relay.progress.connect(self._on_progress)
        self._relay.partial.connect(self._on_partial)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._start_next)
        self._retry = QTimer(self, singleShot=True)
        self._retry.timeout.connect(self._start_next)
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self._update_status)
        # Each hand-over re-lays out the whole draft on the GUI thread: throttled.
        self._partial = QTimer(self, singleShot=True, interval=PARTIAL_MS)
        self._partial.timeout.connect(self._publish)
        review.reviewed.connect(self._on_reviewed)
        self.rebuild()

    # Configuration
    @property
    def enabled(self) -> bool:
        return self.config is not None and self.config.enabled

    def configure(self, **overrides: Any) -> None:
        """Replace configuration fields the settings do not hold (timeouts, chunk size)."""
        self.overrides.update(overrides)
        self.rebuild()

    def rebuild(self) -> None:
        """Make a new service if the settings or the environment changed what it should be.

        The old service is closed on the pool (stopping a local LanguageTool
        takes seconds) and every cached finding is forgotten.
        """
        settings = self.context.settings
        config = grammar_config_from(settings, os.environ, **self.overrides)
        lt_rules = lt_rules_from(settings.disabled_rules)
        if config == self.config and lt_rules == self._lt_rules:
            return
        old = self.service
        self.config, self._lt_rules, self.service = config, lt_rules, None
        self._job += 1
        if self._cancel is not None:
            self._cancel.set()
        self._retry.stop()
        self.cache.clear()
        self._skipped.clear()
        self._note = ""
        self._asked_download = self._explained_java = False
        self.progressChanged.emit(0, 0, self._kind)
        self._publish()
        if old is not None:
            self.context.tasks.run_network(old.close, on_error=_ignore)
        if config.enabled:
            self.context.tasks.run(
                jobs.load_service,
                config,
                on_done=lambda service: self._on_service_loaded(config, service),
                on_error=self._on_job_failed,
                owner=self,
            )
        self._update_status()

    def _on_service_loaded(self, config: GrammarConfig, service: GrammarService) -> None:
        if config is not self.config:
            self.context.tasks.run_network(service.close, on_error=_ignore)
            return
        self.service = service
        self._update_status()
        self._start_next()

    def shutdown(self) -> None:
        """Stop what is under way and close LanguageTool (at exit; seconds in local mode)."""
        if self._cancel is not None:
            self._cancel.set()
        for timer in (self._settle, self._retry, self._poll, self._partial):
            timer.stop()
        service, self.service = self.service, None
        self._job += 1
        if service is not None:
            service.close()

    # Status
    def status(self) -> GrammarStatus | None:
        """The service's own status (never blocks); None when off or not loaded yet."""
        return self.service.status() if self.service is not None else None

    def status_line(self) -> str:
        """The status-bar line: "Grammar: off", "Grammar check unavailable: …", or ""."""
        return wording.status_line(self.config, self._note, self.status())

    def action_label(self) -> str:
        """What the status bar's button offers ("" for no button); it calls ``retry``."""
        return wording.action_label(self._note, self.status(), self.busy)

    def status_details(self) -> str:
        """A longer explanation, for the tooltip."""
        return wording.details(self.status_line(), self.status())

    def _update_status(self) -> None:
        shown = (self.status_line(), self.action_label())
        if shown != self._shown:
            self._shown = shown
            self.statusChanged.emit(shown[0])

    # What the user asks for
    def cancel(self) -> None:
        """Stop the check or download under way (a request already sent finishes first)."""
        if not self.busy or self._cancel is None or self._cancel.is_set():
            return
        self._cancel.set()
        self._note = CHECK_CANCELLED if self._kind == "check" else DOWNLOAD_CANCELLED
        self.progressChanged.emit(0, 0, self._kind)
        self._update_status()

    def retry(self) -> None:
        """Try again now: after a failure, a refused download or a cancelled check."""
        if self.service is None:
            return
        self.service.retry_now()
        self._asked_download = self._explained_java = False
        self._skipped.clear()
        self._note = ""
        self._retry.stop()
        self._update_status()
        self._start_next()

    # Checking
    def _on_reviewed(self, result: Any) -> None:
        self._text, self._quotes = result.text, tuple(result.quote_spans)
        if self.enabled:
            self._settle.start()

    def _start_next(self) -> None:
        service = self.service
        if service is None or self.busy or self.review.article_id is None:
            return
        status = service.status()
        if status.state == NEEDS_DOWNLOAD:
            self._offer_download(service)
            return
        if status.state == UNAVAILABLE:
            if status.retry_in is None:
                return  # only the user can put this right: Retry, or Preferences
            if status.retry_in > 0:
                self._retry.start(int(status.retry_in * 1000) + 50)
                return
        if self._published != self._text and len(self.cache):
            self._publish()  # edits in several places: place every paragraph afresh
        self.cache.keep(self._text)
        texts = self.cache.missing(self._text, self._skipped)
        if texts:
            self._run_check(service, texts)

    def _begin(self, kind: str) -> tuple[int, threading.Event]:
        self.busy = True
        self._job += 1
        self._kind = kind
        self._cancel = threading.Event()
        self._note = ""
        self._poll.start()
        return self._job, self._cancel

    def _end(self) -> None:
        self.busy = False
        self._poll.stop()
        self.progressChanged.emit(0, 0, self._kind)

    def _run_check(self, service: GrammarService, texts: list[str]) -> None:
        job, cancel = self._begin("check")
        relay = self._relay
        self.context.tasks.run_network(
            jobs.check_paragraphs,
            service,
            tuple(texts),
            self._lt_rules,
            lambda done, total: relay.progress.emit(job, done, total),
            lambda found: relay.partial.emit(job, found),
            cancel,
            on_done=lambda outcome: self._on_checked(service, job, texts, outcome),
            on_error=self._on_job_failed,
            owner=self,
        )
        self._update_status()

    def _on_progress(self, job: int, done: int, total: int) -> None:
        current = job == self._job and self._cancel is not None and not self._cancel.is_set()
        if current and (total > 1 or self._kind == "download"):
            self.progressChanged.emit(done, total, self._kind)

    def _on_partial(self, job: int, found: dict[str, Any]) -> None:
        if job == self._job:
            self.cache.store(found)
            if not self._partial.isActive():
                self._partial.start()

    def _on_checked(
        self, service: GrammarService, job: int, texts: list[str], outcome: jobs.CheckOutcome
    ) -> None:
        self._end()
        if job != self._job or service is not self.service:
            self._start_next()  # the settings changed meanwhile: this answer is for the old ones
            return
        if outcome.found:
            self.cache.store(outcome.found)
            self._partial.stop()
            self._publish()
        if outcome.cancelled:
            self._skipped.update(text for text in texts if text not in outcome.found)
            self._note = CHECK_CANCELLED
        elif outcome.reason is not None:
            self._note = ""
            self._after_failure(service)
        else:
            self._note = ""
            self._settle.start()  # the text may have changed while LanguageTool worked
        self._update_status()

    def _after_failure(self, service: GrammarService) -> None:
        status = service.status()
        if status.state == NEEDS_DOWNLOAD:
            self._offer_download(service)
        elif status.retry_in is not None:
            self._retry.start(int(status.retry_in * 1000) + 50)
        elif status.reason and "Java" in status.reason and not self._explained_java:
            self._explained_java = True
            messages.explain_grammar_problem(self._window(), status.message, wording.java_help())

    def _on_job_failed(self, error: object) -> None:
        # Only a programming error gets here (the service never raises); say so plainly.
        self._end()
        self._note = self.tr("Grammar check stopped: {error}").format(error=error)
        self._update_status()

    # Local mode: the download, only after the user agreed
    def _offer_download(self, service: GrammarService) -> None:
        if self._asked_download or self.busy:
            return
        self._asked_download = True
        if not messages.ask_download(
            self._window(), translate("GrammarController", DOWNLOAD_SIZE_WORDS)
        ):
            self._update_status()
            return
        job, cancel = self._begin("download")
        relay = self._relay
        self.context.tasks.run_network(
            jobs.prepare,
            service,
            lambda done, total: relay.progress.emit(job, done, total),
            cancel,
            on_done=lambda status: self._on_prepared(service, job, status),
            on_error=self._on_job_failed,
            owner=self,
        )
        self._update_status()

    def _on_prepared(self, service: GrammarService, job: int, status: GrammarStatus) -> None:
        self._end()
        if job != self._job or service is not self.service:
            self._start_next()
            return
        if status.reason:
            self._note = ""
            self._after_failure(service)
        else:
            self._start_next()
        self._update_status()

    # Handing findings to the review
    def _publish(self) -> None:
        """Hand the cached findings, placed in the review's text, to the review session."""
        text = self._text if self.enabled else ""
        found = self.cache.snapshot(self._lt_rules).for_text(text, self._quotes) if text else []
        self._published = text
        self.review.session.set_extra(GRAMMAR, text, found)
        self.review.refresh_extras()

    def _window(self) -> Any:
        return self.review.editor.window()


def _ignore(_error: object) -> None:
    """Closing an old service is best effort; it never raises for LanguageTool problems."""
