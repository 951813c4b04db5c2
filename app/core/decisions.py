# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Decisions about findings: dismiss here, dismiss in the article, turn a rule off, apply a fix.

A decision is tied to the rule and to the words it was made on (plus a little
text either side), never to offsets, so it still holds after edits elsewhere
in the text. Decisions are undone, not deleted, so the review report can
show them. Database functions are one unit of work each; ``split_findings``
is pure and runs on any thread.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from app.core.anchors import Anchor, capture, same_place
from app.core.articles import aware
from app.core.model import ArticleId, Changes, Finding
from app.core.storage.db import Database, StorageError
from app.core.storage.rows import DecisionRow, utcnow

_SPACES = re.compile(r"\s+")


class DecisionKind(StrEnum):
    DISMISS_HERE = "dismiss_here"
    DISMISS_ARTICLE = "dismiss_article"
    RULE_OFF = "rule_off"
    APPLIED = "applied"


@dataclass(frozen=True, slots=True)
class Decision:
    id: int
    article_id: ArticleId
    rule: str
    kind: DecisionKind
    anchor_text: str
    context_before: str
    context_after: str
    replacement: str
    message: str
    reason: str
    made_by: str
    made_at: datetime
    undone_by: str = ""
    undone_at: datetime | None = None

    @property
    def active(self) -> bool:
        return self.undone_at is None


def record_decision(
    db: Database,
    article_id: ArticleId,
    finding: Finding,
    text: str,
    kind: DecisionKind,
    *,
    who: str,
    reason: str = "",
    replacement: str = "",
) -> tuple[Decision, Changes]:
    """Store a decision about ``finding`` as found in ``text`` (the text it was reported on)."""
    anchor = capture(text, finding.start, finding.end)
    with db.unit_of_work() as session:
        row = DecisionRow(
            article_id=article_id,
            rule=finding.rule,
            kind=kind.value,
            anchor_text=anchor.text,
            context_before=anchor.before,
            context_after=anchor.after,
            replacement=replacement,
            message=finding.message,
            reason=reason.strip(),
            made_by=who,
        )
        session.add(row)
        session.flush()
        return _decision(row), Changes(findings=True)


def undo_decision(db: Database, decision_id: int, *, who: str) -> Changes:
    """Withdraw a decision; the finding shows again. The record stays for the report."""
    with db.unit_of_work() as session:
        row = session.get(DecisionRow, decision_id)
        if row is None:
            raise StorageError("That decision is no longer in the library.")
        if row.undone_at is None:
            row.undone_at = utcnow()
            row.undone_by = who
        return Changes(findings=True)


def list_decisions(
    db: Database, article_id: ArticleId, *, include_undone: bool = False
) -> list[Decision]:
    """The article's decisions, oldest first."""
    with db.unit_of_work(write=False) as session:
        query = select(DecisionRow).where(DecisionRow.article_id == article_id)
        if not include_undone:
            query = query.where(DecisionRow.undone_at.is_(None))
        return [_decision(row) for row in session.scalars(query.order_by(DecisionRow.id))]


def rules_turned_off(db: Database, who: str) -> list[Decision]:
    """The active "turn this rule off" decisions of one person, in any article."""
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(
            select(DecisionRow)
            .where(
                DecisionRow.kind == DecisionKind.RULE_OFF.value,
                DecisionRow.made_by == who,
                DecisionRow.undone_at.is_(None),
            )
            .order_by(DecisionRow.id)
        )
        return [_decision(row) for row in rows]


def split_findings(
    findings: Sequence[Finding], text: str, decisions: Iterable[Decision]
) -> tuple[list[Finding], list[tuple[Finding, Decision]]]:
    """Separate findings still to show from those a decision dismissed.

    Pure; runs on any thread. Applied decisions never hide anything.
    """
    decisions = tuple(decisions)
    if not any(d.active and d.kind is not DecisionKind.APPLIED for d in decisions):
        return list(findings), []  # the usual case while typing: nothing dismissed
    rules_off: dict[str, Decision] = {}
    in_article: dict[tuple[str, str], Decision] = {}
    here: dict[tuple[str, str], list[Decision]] = {}
    for decision in decisions:
        if not decision.active:
            continue
        if decision.kind is DecisionKind.RULE_OFF:
            rules_off.setdefault(decision.rule, decision)
        elif decision.kind is DecisionKind.DISMISS_ARTICLE:
            in_article.setdefault((decision.rule, _key(decision.anchor_text)), decision)
        elif decision.kind is DecisionKind.DISMISS_HERE:
            here.setdefault((decision.rule, decision.anchor_text), []).append(decision)
    shown: list[Finding] = []
    dismissed: list[tuple[Finding, Decision]] = []
    article_rules = {rule for rule, _ in in_article}
    for finding in findings:
        words = text[finding.start : finding.end]
        decision = (
            rules_off.get(finding.rule)
            or (finding.rule in article_rules and in_article.get((finding.rule, _key(words))))
            or _here_match(here.get((finding.rule, words), ()), text, finding)
        )
        if decision is None:
            shown.append(finding)
        else:
            dismissed.append((finding, decision))
    return shown, dismissed


def _here_match(candidates: Sequence[Decision], text: str, finding: Finding) -> Decision | None:
    for decision in candidates:
        # One side of the context may have been edited; the other still places it.
        anchor = Anchor(decision.anchor_text, decision.context_before, decision.context_after)
        if same_place(anchor, text, finding.start, finding.end):
            return decision
    return None


def _key(words: str) -> str:
    return _SPACES.sub(" ", words).strip().casefold()


def _decision(row: DecisionRow) -> Decision:
    return Decision(
        id=row.id,
        article_id=ArticleId(row.article_id),
        rule=row.rule,
        kind=DecisionKind(row.kind),
        anchor_text=row.anchor_text,
        context_before=row.context_before,
        context_after=row.context_after,
        replacement=row.replacement,
        message=row.message,
        reason=row.reason,
        made_by=row.made_by,
        made_at=aware(row.made_at),
        undone_by=row.undone_by,
        undone_at=aware(row.undone_at) if row.undone_at is not None else None,
    )
