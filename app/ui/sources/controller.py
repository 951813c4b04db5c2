# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""SourcesController: finds the quotes when typing pauses, keeps verification and the directory.

Quotation analysis takes up to half a second on a long draft, so it runs on
the pool when typing pauses; its flags (no attribution, unbalanced marks,
altered quote not verified, names spelled two ways, anonymous sources) join
the findings through ReviewSession.set_extra and are carried over edits.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QTextCursor

from app.core.model import ArticleId, Block, Finding
from app.core.quotes import Quote, QuoteAnalysis, find_quotes, quote_findings
from app.core.sourcing import (
    MAX_EVIDENCE_BYTES,
    DirectorySource,
    NotesDocument,
    Verification,
    VerificationStatus,
    add_notes_document,
    current_verifications,
    find_sources,
    notes_documents,
    quote_key,
    save_source,
    set_verification,
)
from app.ui.context import AppContext
from app.ui.dialogs import messages
from app.ui.editor.draft_editor import DraftEditor
from app.ui.i18n import translate
from app.ui.review.controller import ReviewController
from app.ui.sources.comparison import comparison_html
from app.ui.sources.model import QuoteRow, SourceRow, build_rows
from app.ui.sources.panel import SourcesPanel

ANALYSE_AFTER_MS = 700


class SourcesController(QObject):
    """Owns the quote analysis and sourcing records; ``analysed`` carries each analysis."""

    analysed = Signal(object)

    def __init__(
        self,
        context: AppContext,
        editor: DraftEditor,
        panel: SourcesPanel,
        review: ReviewController,
    ) -> None:
        super().__init__(editor)
        self.context = context
        self.editor = editor
        self.panel = panel
        self.review = review
        self.article_id: ArticleId | None = None
        self.analysis: QuoteAnalysis | None = None
        self.analysed_text = ""
        self.verifications: dict[str, Verification] = {}
        self.notes: list[NotesDocument] = []
        self.directory: dict[str, DirectorySource] = {}
        self.anonymous_severity = context.settings.anonymous_sources
        self._busy = False
        self._queued = False
        self._timer = QTimer(self, singleShot=True, interval=ANALYSE_AFTER_MS)
        self._timer.timeout.connect(self.analyse)
        editor.textEdited.connect(self._on_text_changed)
        panel.quoteActivated.connect(self._on_quote_activated)
        panel.sourceActivated.connect(self._on_source_activated)
        panel.verifyRequested.connect(self.verify)
        panel.sourceSaveRequested.connect(self.save_source)
        panel.attachNotesRequested.connect(self.attach_notes)

    def attach(self, article_id: ArticleId) -> None:
        self.article_id = article_id
        self.analysis = None
        self.verifications, self.notes, self.directory = {}, [], {}
        self.panel.set_rows([], self.tr("Looking for quotes…"))
        self.review.session.set_extra("quotes", "", ())
        self.load_records()
        self._timer.start()  # after the first style check, which the user waits for

    def _on_text_changed(self) -> None:
        if self.article_id is not None:
            self._timer.start()

    # Analysis
    def analyse(self) -> None:
        if self.article_id is None:
            return
        if self.review.busy:
            # The style check shows underlines as the user types; quotation analysis
            # can wait its turn rather than compete with it for the interpreter.
            self._timer.start()
            return
        if self._busy:
            self._queued = True
            return
        self._busy, self._queued = True, False
        snapshot = self.editor.document_snapshot()
        verified = frozenset(
            key for key, v in self.verifications.items() if v.status is VerificationStatus.VERIFIED
        )
        self.context.tasks.run_process(
            _analyse,
            snapshot.text,
            snapshot.blocks,
            verified,
            self.anonymous_severity,
            on_done=self._on_analysed,
            on_error=self._on_failed,
            owner=self,
        )

    def _on_analysed(self, payload: tuple[str, QuoteAnalysis, list[Finding]]) -> None:
        self._busy = False
        self.analysed_text, self.analysis, flags = payload
        self._publish(flags)
        self.analysed.emit(self.analysis)
        self.load_directory()
        if self._queued:
            self.analyse()

    def _on_failed(self, error: object) -> None:
        self._busy = False
        self.context.signals.statusMessage.emit(
            self.tr("Quotes could not be analysed: {error}").format(error=error)
        )

    def _publish(self, flags: list[Finding] | None = None) -> None:
        """Refresh the panel and the quote flags from the analysis and the records.

        ``flags`` come from the helper process with the analysis; after a change of
        verification they are worked out here (a rare, small job).
        """
        if self.analysis is None:
            return
        if flags is None:
            verified = {
                q.text
                for q in self.analysis.quotes
                if self.status_of(q) is VerificationStatus.VERIFIED
            }
            flags = quote_findings(
                self.analysis,
                self.analysed_text,
                anonymous_severity=self.anonymous_severity,
                verified=verified,
            )
        self.review.session.set_extra("quotes", self.analysed_text, flags)
        self.review.refresh_extras()
        rows = build_rows(
            self.analysis.quotes, self.analysis.sources, self.verifications, quote_key
        )
        self.panel.set_rows(rows, sourcing_summary(self.analysis, self.verifications))

    def status_of(self, quote: Quote) -> VerificationStatus:
        verification = self.verifications.get(quote_key(quote.text, quote.speaker))
        return verification.status if verification else VerificationStatus.UNVERIFIED

    # Records
    def load_records(self) -> None:
        if self.article_id is None:
            return
        article_id = self.article_id
        self.context.tasks.db_run(
            _records,
            self.context.db,
            article_id,
            on_done=lambda records: self._on_records(article_id, records),
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_records(
        self, article_id: ArticleId, records: tuple[dict[str, Verification], list[NotesDocument]]
    ) -> None:
        if article_id != self.article_id:
            return
        self.verifications, self.notes = records
        self.panel.set_notes_count(len(self.notes))
        self._publish()

    def load_directory(self) -> None:
        names = [s.name for s in self.analysis.sources] if self.analysis else []
        self.context.tasks.db_run(
            find_sources,
            self.context.db,
            names,
            on_done=self._on_directory,
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_directory(self, entries: dict[str, DirectorySource]) -> None:
        self.directory = entries

    # Panel actions
    def _on_source_activated(self, source: SourceRow) -> None:
        self.panel.show_source(source, self.directory.get(source.name))

    def _on_quote_activated(self, quote: Quote) -> None:
        self.jump_to(quote)
        row = QuoteRow(quote, self.verifications.get(quote_key(quote.text, quote.speaker)))
        self.panel.show_quote(row, comparison_html(quote.text, self.notes))

    def jump_to(self, quote: Quote) -> None:
        if self.review.result is None or self.review.result.text != self.analysed_text:
            return
        start = self.review._qt_position(quote.start)
        end = self.review._qt_position(quote.end)
        cursor = self.editor.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()

    def verify(self, row: QuoteRow, values: dict[str, Any]) -> None:
        if self.article_id is None:
            return
        evidence = None
        path = values.get("evidence_path") or ""
        if path:
            try:
                if Path(path).stat().st_size > MAX_EVIDENCE_BYTES:
                    raise OSError(self.tr("larger than 20 MB"))
                evidence = (Path(path).name, Path(path).read_bytes())
            except OSError as exc:
                messages.show_problem(
                    self.editor, self.tr("Evidence not attached"), f"{path}: {exc}"
                )
                return
        self.context.tasks.db_run(
            _verify,
            self.context.db,
            self.article_id,
            row.quote,
            values,
            evidence,
            self.context.author,
            on_done=lambda _result: self.load_records(),
            on_error=self._on_storage_error,
            owner=self,
        )

    def save_source(self, values: dict[str, Any]) -> None:
        self.context.tasks.db_run(
            _save_source,
            self.context.db,
            values,
            self.context.author,
            on_done=lambda _result: self.load_directory(),
            on_error=self._on_storage_error,
            owner=self,
        )

    def attach_notes(self) -> None:
        if self.article_id is None:
            return
        answer = messages.ask_notes(self.editor)
        if answer is None:
            return
        name, text = answer
        self.context.tasks.db_run(
            _attach,
            self.context.db,
            self.article_id,
            name,
            text,
            self.context.author,
            on_done=lambda _result: self.load_records(),
            on_error=self._on_storage_error,
            owner=self,
        )

    def _on_storage_error(self, error: object) -> None:
        messages.show_problem(self.editor, self.tr("Not saved"), str(error))


def sourcing_summary(analysis: QuoteAnalysis, verifications: dict[str, Verification]) -> str:
    """The piece's sourcing in one line: named vs anonymous, people vs organisations, verified."""
    sources = analysis.sources
    if not sources and not analysis.quotes:
        return translate("SourcesController", "No quotes found.")
    named = sum(1 for s in sources if not s.anonymous)
    people = sum(1 for s in sources if s.kind == "person")
    organisations = sum(1 for s in sources if s.kind == "organisation")
    direct = [q for q in analysis.quotes if q.direct and not q.continued]
    verified = sum(
        1
        for q in direct
        if (v := verifications.get(quote_key(q.text, q.speaker)))
        and v.status is VerificationStatus.VERIFIED
    )
    return translate(
        "SourcesController",
        "{sources} sources: {named} named, {anonymous} anonymous; "
        "{people} people, {organisations} organisations. "
        "{verified} of {direct} direct quotes verified.",
    ).format(
        sources=len(sources),
        named=named,
        anonymous=len(sources) - named,
        people=people,
        organisations=organisations,
        verified=verified,
        direct=len(direct),
    )


# Work functions (pool or database worker): plain values in and out.
def _analyse(
    text: str, blocks: tuple[Block, ...], verified_keys: frozenset[str], anonymous_severity: str
) -> tuple[str, QuoteAnalysis, list[Finding]]:
    """Runs in the helper process: the quotations and their flags."""
    analysis = find_quotes(text, blocks)
    verified = {q.text for q in analysis.quotes if quote_key(q.text, q.speaker) in verified_keys}
    flags = quote_findings(analysis, text, anonymous_severity=anonymous_severity, verified=verified)
    return text, analysis, flags


def _records(db: Any, article_id: ArticleId) -> tuple[dict[str, Verification], list[NotesDocument]]:
    return current_verifications(db, article_id), notes_documents(db, article_id)


def _verify(
    db: Any,
    article_id: ArticleId,
    quote: Quote,
    values: dict[str, Any],
    evidence: tuple[str, bytes] | None,
    who: str,
) -> object:
    return set_verification(
        db,
        article_id,
        quote.text,
        quote.speaker,
        values["status"],
        who=who,
        method=values.get("method", ""),
        evidence_url=values.get("evidence_url", ""),
        evidence_file=evidence,
        note=values.get("note", ""),
    )


def _save_source(db: Any, values: dict[str, Any], who: str) -> object:
    return save_source(
        db,
        values["name"],
        who=who,
        kind=values["kind"],
        role=values["role"],
        affiliation=values["affiliation"],
        contact=values["contact"],
        notes=values["notes"],
    )


def _attach(db: Any, article_id: ArticleId, name: str, text: str, who: str) -> object:
    return add_notes_document(db, article_id, name, text, who=who)
