# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What stands between an article and approval, and the full review of a stored article.

``checklist_from`` is pure (the app passes what it already has on screen);
``review_article`` does everything headless for the CLI and the report: it
checks the latest text, applies the desk's decisions and finds the quotes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.articles import open_article
from app.core.decisions import Decision, list_decisions
from app.core.model import Article, ArticleId, Finding
from app.core.quotes import Quote, QuoteAnalysis, find_quotes, quote_findings
from app.core.review import Checker, ReviewResult, ReviewSession, default_checker
from app.core.sourcing import Verification, VerificationStatus, current_verifications, quote_key
from app.core.storage.db import Database
from app.core.text_notes import TextNote, list_notes
from app.core.workflow import Checklist


def checklist_from(
    text: str,
    findings: Sequence[Finding],
    quotes: Sequence[Quote],
    verifications: dict[str, Verification],
    notes: Sequence[TextNote],
) -> Checklist:
    """Open error-level findings, direct quotes not verified, unresolved notes; one line each."""
    errors = tuple(
        f"{_excerpt(text[f.start : f.end])}: {f.message}" for f in findings if f.severity == "error"
    )
    unverified = tuple(
        f"{q.speaker or 'No speaker'}: “{_excerpt(q.text)}”"
        for q in quotes
        if q.direct and not q.continued and not _verified(q, verifications)
    )
    open_notes = tuple(
        f"“{_excerpt(n.anchor.text)}”: {n.body} ({n.author})" for n in notes if not n.resolved
    )
    return Checklist(open_errors=errors, unverified_quotes=unverified, unresolved_notes=open_notes)


@dataclass(frozen=True, slots=True)
class ArticleReview:
    """A stored article reviewed from scratch, as the desk's decisions leave it."""

    article: Article
    result: ReviewResult
    quotes: QuoteAnalysis
    verifications: dict[str, Verification]
    notes: tuple[TextNote, ...]
    decisions: tuple[Decision, ...]

    def checklist(self) -> Checklist:
        return checklist_from(
            self.result.text,
            self.result.findings,
            self.quotes.quotes,
            self.verifications,
            self.notes,
        )


def review_article(
    db: Database,
    article_id: ArticleId,
    checker: Checker | None = None,
    *,
    anonymous_severity: str = "warning",
) -> ArticleReview:
    """Check the article's latest text with its decisions and quotation flags. Any thread.

    ``anonymous_severity`` is the desk's policy on unnamed sources (Settings.anonymous_sources).
    """
    article = open_article(db, article_id)
    decisions = tuple(list_decisions(db, article_id))
    verifications = current_verifications(db, article_id)
    text = article.document.text
    quotes = find_quotes(text, article.document.blocks)
    verified = {q.text for q in quotes.quotes if _verified(q, verifications)}
    session = ReviewSession(checker or default_checker(), decisions)
    flags = quote_findings(quotes, text, anonymous_severity=anonymous_severity, verified=verified)
    session.set_extra("quotes", text, flags)
    return ArticleReview(
        article,
        session.review(text),
        quotes,
        verifications,
        tuple(list_notes(db, article_id)),
        decisions,
    )


def _verified(quote: Quote, verifications: dict[str, Verification]) -> bool:
    found = verifications.get(quote_key(quote.text, quote.speaker))
    return found is not None and found.status is VerificationStatus.VERIFIED


def _excerpt(text: str, limit: int = 70) -> str:
    words = " ".join(text.split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
