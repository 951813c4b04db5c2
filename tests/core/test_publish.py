# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Approval checklist, exporting stored articles under the approval rule, the review report."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core import articles
from app.core.approval import review_article
from app.core.decisions import DecisionKind, record_decision
from app.core.export.document import PROOF_MARK
from app.core.model import ArticleStatus, Document
from app.core.publish import build_report, export_article, write_article_report
from app.core.sourcing import VerificationStatus, set_verification
from app.core.storage import Database
from app.core.text_notes import add_note
from app.core.workflow import Checklist, Role, history, move, save_profile
from tests.fakes import PatternChecker

TEXT = (
    "Harbour talks resume\n\n"
    "The city wants to diffuse the row in order to reopen the pier.\n\n"
    "“We will be back on Monday,” said Rosa Delgado, the union president.\n\n"
    "Officials tried to diffuse anger again.\n"
)


@pytest.fixture
def stored(db: Database):
    article, _ = articles.create_article(db, Document(text=TEXT, title="Harbour"), author="w")
    return db, article.id


def test_checklist_counts_errors_quotes_and_notes(stored) -> None:
    db, article_id = stored
    first = TEXT.index("diffuse")
    add_note(db, article_id, TEXT, first, first + 7, "Defuse?", who="copy")
    review = review_article(db, article_id, PatternChecker())
    checklist = review.checklist()
    assert len(checklist.open_errors) == 2
    assert checklist.unverified_quotes == ("Rosa Delgado: “We will be back on Monday,”",)
    assert checklist.unresolved_notes == ("“diffuse”: Defuse? (copy)",)


def test_decisions_and_verification_clear_the_checklist(stored) -> None:
    db, article_id = stored
    review = review_article(db, article_id, PatternChecker())
    for finding in review.result.findings:
        if finding.severity == "error":
            record_decision(
                db, article_id, finding, TEXT, DecisionKind.DISMISS_HERE, who="ed", reason="ok"
            )
    set_verification(
        db,
        article_id,
        "We will be back on Monday,",
        "Rosa Delgado",
        VerificationStatus.VERIFIED,
        who="ed",
    )
    assert review_article(db, article_id, PatternChecker()).checklist().clear


def test_unapproved_exports_are_proofs_and_approved_ones_final(stored, tmp_path: Path) -> None:
    db, article_id = stored
    editor, _ = save_profile(db, "Eddie Editor", Role.EDITOR)
    proof = export_article(db, article_id, "html", tmp_path / "proof.html", profile=editor)
    assert not proof.final and PROOF_MARK in proof.path.read_text(encoding="utf-8")
    assert articles.open_article(db, article_id).status is ArticleStatus.DRAFT
    move(db, article_id, "submit", profile=editor)
    move(db, article_id, "approve", profile=editor, checklist=Checklist())
    final = export_article(db, article_id, "html", tmp_path / "final.html", profile=editor)
    assert final.final and PROOF_MARK not in final.path.read_text(encoding="utf-8")
    assert articles.open_article(db, article_id).status is ArticleStatus.EXPORTED
    assert history(db, article_id)[-1].kind == "exported"


def test_report_has_decisions_sources_history_and_overrides(stored, tmp_path: Path) -> None:
    db, article_id = stored
    editor, _ = save_profile(db, "Eddie Editor", Role.EDITOR)
    review = review_article(db, article_id, PatternChecker())
    first, *_ = [f for f in review.result.findings if f.severity == "error"]
    record_decision(
        db,
        article_id,
        first,
        TEXT,
        DecisionKind.DISMISS_HERE,
        who="Cass",
        reason="a quote of a sign",
    )
    wordy = next(f for f in review.result.findings if f.category == "wordiness")
    record_decision(db, article_id, wordy, TEXT, DecisionKind.APPLIED, who="Cass", replacement="to")
    move(db, article_id, "submit", profile=editor)
    open_items = Checklist(unverified_quotes=("Rosa Delgado: “We will be back”",))
    move(
        db,
        article_id,
        "approve",
        profile=editor,
        checklist=open_items,
        override_reason="Confirmed by phone",
    )
    report = build_report(db, article_id, PatternChecker())
    outcomes = {(f.outcome, f.passage, f.reason) for f in report.findings}
    assert ("dismissed", "diffuse", "a quote of a sign") in outcomes
    assert ("fixed", "in order to", "Replaced with “to”") in outcomes
    assert ("open", "diffuse", "") in outcomes
    (source,) = report.sources
    assert source.name == "Rosa Delgado" and source.quotes[0].status == "unverified"
    assert [(h.from_status, h.to_status) for h in report.history] == [
        ("draft", "in_copy_edit"),
        ("in_copy_edit", "approved"),
    ]
    (override,) = report.overrides
    assert override.reason == "Confirmed by phone" and "Quote not verified" in override.item
    html = write_article_report(
        db, article_id, "html", tmp_path / "report.html", checker=PatternChecker()
    ).read_text(encoding="utf-8")
    for expected in ("a quote of a sign", "Confirmed by phone", "Rosa Delgado", "Eddie Editor"):
        assert expected in html
