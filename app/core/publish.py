# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Exporting stored articles under the approval rule, and the review report from storage.

Only an approved (or already exported) article exports as final; anything
else exports as a proof marked "not approved". A final export is recorded
in the article's history and moves it to "exported".
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import update

from app.core.anchors import locate
from app.core.approval import ArticleReview, review_article
from app.core.articles import open_article
from app.core.decisions import DecisionKind, list_decisions
from app.core.export import (
    ExportNote,
    ReportFinding,
    ReportOverride,
    ReportQuote,
    ReportSource,
    ReportTransition,
    ReviewReport,
    export_document,
    write_report,
)
from app.core.model import ArticleId, ArticleStatus, Changes
from app.core.review import Checker
from app.core.sourcing import VerificationStatus, quote_key
from app.core.storage.db import Database
from app.core.storage.rows import ArticleRow, utcnow
from app.core.text_notes import list_notes
from app.core.workflow import Profile, history, record_event

FINAL_STATES = (ArticleStatus.APPROVED, ArticleStatus.EXPORTED)
_OVERRIDE_ITEMS = (
    ("open_errors", "Open error"),
    ("unverified_quotes", "Quote not verified"),
    ("unresolved_notes", "Unresolved note"),
)


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    path: Path
    final: bool
    changes: Changes


def export_article(
    db: Database,
    article_id: ArticleId,
    fmt: str,
    out: Path,
    *,
    profile: Profile | None,
    force: bool = False,
    page_size: str = "a4",
    with_notes: bool = False,
) -> ExportOutcome:
    """Export a stored article: final if approved, else a watermarked proof."""
    article = open_article(db, article_id)
    final = article.status in FINAL_STATES
    notes: tuple[ExportNote, ...] = ()
    if with_notes:
        text = article.document.text
        for note in list_notes(db, article_id):
            span = locate(note.anchor, text)
            if span is not None and not note.resolved:
                notes += (ExportNote(span[0], span[1], note.body, note.author),)
    path = export_document(
        article.document,
        fmt,
        Path(out),
        force=force,
        proof=not final,
        notes=notes,
        page_size=page_size,
    )
    if not final:
        return ExportOutcome(path, False, Changes())
    with db.unit_of_work() as session:
        session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id)
            .values(status=ArticleStatus.EXPORTED.value, updated_at=utcnow())
        )
        record_event(
            session,
            article_id,
            "exported",
            article.status,
            ArticleStatus.EXPORTED,
            profile,
            f"Exported as {fmt.upper()} to {path.name}",
        )
    return ExportOutcome(path, True, Changes(articles=True, workflow=True))


def build_report(
    db: Database,
    article_id: ArticleId,
    checker: Checker | None = None,
    *,
    anonymous_severity: str = "warning",
) -> ReviewReport:
    """Everything the desk did to the article: findings, sources, history, overrides."""
    review = review_article(db, article_id, checker, anonymous_severity=anonymous_severity)
    article = review.article
    return ReviewReport(
        title=article.title,
        byline=article.byline,
        dateline=article.dateline,
        status=article.status.value,
        article_id=int(article.id),
        revision=article.revision.number if article.revision else None,
        words=article.document.words,
        generated=datetime.now(UTC),
        findings=_report_findings(db, review),
        sources=_report_sources(review),
        history=_report_history(db, article_id),
        overrides=_report_overrides(db, article_id),
    )


def write_article_report(
    db: Database,
    article_id: ArticleId,
    fmt: str,
    out: Path,
    *,
    force: bool = False,
    checker: Checker | None = None,
    anonymous_severity: str = "warning",
) -> Path:
    report = build_report(db, article_id, checker, anonymous_severity=anonymous_severity)
    return write_report(report, fmt, Path(out), force=force)


def _report_findings(db: Database, review: ArticleReview) -> tuple[ReportFinding, ...]:
    text = review.result.text
    items = []
    for decision in list_decisions(db, review.article.id):
        if not decision.active:
            continue
        applied = decision.kind is DecisionKind.APPLIED
        reason = f"Replaced with “{decision.replacement}”" if applied else decision.reason
        if decision.kind is DecisionKind.RULE_OFF:
            reason = f"Rule turned off. {decision.reason}".strip()
        items.append(
            ReportFinding(
                rule=decision.rule,
                message=decision.message,
                outcome="fixed" if applied else "dismissed",
                passage=decision.anchor_text,
                reason=reason,
                who=decision.made_by,
                when=decision.made_at,
            )
        )
    for finding in review.result.findings:
        items.append(
            ReportFinding(
                rule=finding.rule,
                message=finding.message,
                outcome="open",
                passage=text[finding.start : finding.end],
                severity=finding.severity,
            )
        )
    return tuple(items)


def _report_sources(review: ArticleReview) -> tuple[ReportSource, ...]:
    grouped: dict[str, list[ReportQuote]] = {}
    roles = {s.name: s.role for s in review.quotes.sources}
    for quote in review.quotes.quotes:
        if quote.continued:
            continue
        name = quote.speaker or "No speaker named"
        verification = review.verifications.get(quote_key(quote.text, quote.speaker))
        status = verification.status.value if verification else VerificationStatus.UNVERIFIED
        kind = "" if quote.direct else "Reported speech. "
        grouped.setdefault(name, []).append(
            ReportQuote(
                text=quote.text,
                status=str(status),
                verified_by=verification.made_by if verification else "",
                verified_at=verification.made_at if verification else None,
                method=verification.method if verification else "",
                note=(kind + (verification.note if verification else "")).strip(),
            )
        )
    return tuple(
        ReportSource(name, roles.get(name, ""), tuple(quotes)) for name, quotes in grouped.items()
    )


def _report_history(db: Database, article_id: ArticleId) -> tuple[ReportTransition, ...]:
    return tuple(
        ReportTransition(e.from_status, e.to_status, e.who, e.at, e.note)
        for e in history(db, article_id)
        if e.kind in ("transition", "reopened", "exported")
    )


def _report_overrides(db: Database, article_id: ArticleId) -> tuple[ReportOverride, ...]:
    overrides = []
    for event in history(db, article_id):
        if event.kind != "override":
            continue
        for key, label in _OVERRIDE_ITEMS:
            items = event.details.get(key, [])
            for item in items if isinstance(items, list) else []:
                overrides.append(
                    ReportOverride(f"{label}: {item}", event.note, event.who, event.at)
                )
    return tuple(overrides)
