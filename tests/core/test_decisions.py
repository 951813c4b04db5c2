# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Dismissals keep their reason and survive edits elsewhere in the text."""

from __future__ import annotations

from app.core import articles
from app.core.decisions import (
    DecisionKind,
    list_decisions,
    record_decision,
    rules_turned_off,
    split_findings,
    undo_decision,
)
from app.core.model import Document, Finding
from app.core.storage import Database

TEXT = (
    "The mayor said the plan would diffuse tension in the harbour.\n\n"
    "Later the council tried to diffuse the row over parking.\n"
)


def _findings(text: str) -> list[Finding]:
    """What a confusable rule would report: every 'diffuse' in the text."""
    found = []
    start = text.find("diffuse")
    while start != -1:
        found.append(
            Finding(start, start + 7, "house.confused.diffuse-defuse", "confusable", "error", "?")
        )
        start = text.find("diffuse", start + 1)
    return found


def _article(db: Database) -> int:
    article, _ = articles.create_article(db, Document(text=TEXT, title="T"), author="ed")
    return article.id


def test_ignore_here_survives_edits_elsewhere(db: Database) -> None:
    article_id = _article(db)
    first = _findings(TEXT)[0]
    decision, changes = record_decision(
        db, article_id, first, TEXT, DecisionKind.DISMISS_HERE, who="ed", reason="quoting a sign"
    )
    assert changes.findings and decision.reason == "quoting a sign"
    edited = "UPDATED: " + TEXT.replace("Later the", "Later that day the")
    shown, dismissed = split_findings(_findings(edited), edited, list_decisions(db, article_id))
    assert [edited[f.end - 16 : f.end] for f in shown] == ["tried to diffuse"]
    assert [(d.id, edited[f.end - 18 : f.end]) for f, d in dismissed] == [
        (decision.id, "plan would diffuse")
    ]


def test_ignore_here_follows_the_words_not_the_offsets(db: Database) -> None:
    article_id = _article(db)
    second = _findings(TEXT)[1]
    record_decision(db, article_id, second, TEXT, DecisionKind.DISMISS_HERE, who="ed")
    swapped = "\n\n".join(reversed(TEXT.strip().split("\n\n")))
    shown, dismissed = split_findings(_findings(swapped), swapped, list_decisions(db, article_id))
    assert len(shown) == 1 and "harbour" in swapped[shown[0].end : shown[0].end + 30]
    assert len(dismissed) == 1


def test_ignore_in_article_hides_every_occurrence(db: Database) -> None:
    article_id = _article(db)
    record_decision(
        db, article_id, _findings(TEXT)[0], TEXT, DecisionKind.DISMISS_ARTICLE, who="ed"
    )
    shown, dismissed = split_findings(_findings(TEXT), TEXT, list_decisions(db, article_id))
    assert shown == [] and len(dismissed) == 2


def test_rule_off_is_per_person_and_undo_restores(db: Database) -> None:
    article_id = _article(db)
    decision, _ = record_decision(
        db, article_id, _findings(TEXT)[0], TEXT, DecisionKind.RULE_OFF, who="ed", reason="noisy"
    )
    assert [d.rule for d in rules_turned_off(db, "ed")] == ["house.confused.diffuse-defuse"]
    assert rules_turned_off(db, "someone else") == []
    shown, _ = split_findings(_findings(TEXT), TEXT, rules_turned_off(db, "ed"))
    assert shown == []
    undo_decision(db, decision.id, who="ed")
    assert rules_turned_off(db, "ed") == []
    history = list_decisions(db, article_id, include_undone=True)
    assert history[0].undone_by == "ed" and not history[0].active
    shown, _ = split_findings(_findings(TEXT), TEXT, list_decisions(db, article_id))
    assert len(shown) == 2


def test_applied_fixes_are_recorded_but_hide_nothing(db: Database) -> None:
    article_id = _article(db)
    record_decision(
        db,
        article_id,
        _findings(TEXT)[0],
        TEXT,
        DecisionKind.APPLIED,
        who="ed",
        replacement="defuse",
    )
    (decision,) = list_decisions(db, article_id)
    assert (decision.anchor_text, decision.replacement) == ("diffuse", "defuse")
    shown, _ = split_findings(_findings(TEXT), TEXT, [decision])
    assert len(shown) == 2


def test_refilter_and_recombine_keep_the_house_findings() -> None:
    from app.core.review import ReviewSession
    from tests.fakes import PatternChecker

    session = ReviewSession(PatternChecker())
    result = session.review(TEXT)
    assert len(result.house) == 2
    again = session.recombine(session.refilter(result))
    assert again.house == result.house and len(again.findings) == 2
