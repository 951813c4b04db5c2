# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""How the desk treats each rule: fixes applied against findings dismissed, with reasons.

A rule the copy editors keep dismissing is one to reword, narrow or switch
off; the reasons they typed say why. Counted from the decisions stored with
every article (``app.core.decisions``): decisions later undone are left out,
since the person took them back. One read-only unit of work; any thread.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.core.decisions import DecisionKind
from app.core.storage.db import Database
from app.core.storage.rows import DecisionRow

TOP_REASONS = 3
_DISMISSALS = (DecisionKind.DISMISS_HERE.value, DecisionKind.DISMISS_ARTICLE.value)


@dataclass(frozen=True, slots=True)
class RuleStats:
    """One rule's decisions across the library.

    ``dismissed`` counts "ignore here" and "ignore in this article";
    ``turned_off`` counts people who switched the rule off; ``reasons`` are
    the most frequent reasons given for dismissing or switching it off, with
    their counts, most frequent first.
    """

    rule: str
    applied: int
    dismissed: int
    turned_off: int
    articles: int
    reasons: tuple[tuple[str, int], ...]

    @property
    def acceptance(self) -> float | None:
        """Share of the rule's decided findings that were fixed, or None if none was decided."""
        decided = self.applied + self.dismissed
        return self.applied / decided if decided else None


def rule_statistics(db: Database, *, since: datetime | None = None) -> list[RuleStats]:
    """Every rule with a decision (made at or after ``since``), the most dismissed first.

    Ties are broken by how often the rule was switched off, then by rule id.
    """
    live = [DecisionRow.undone_at.is_(None)]
    if since is not None:
        live.append(DecisionRow.made_at >= since)
    with db.unit_of_work(write=False) as session:
        counts = session.execute(
            select(DecisionRow.rule, DecisionRow.kind, func.count())
            .where(*live)
            .group_by(DecisionRow.rule, DecisionRow.kind)
        ).all()
        spread = session.execute(
            select(DecisionRow.rule, func.count(func.distinct(DecisionRow.article_id)))
            .where(*live)
            .group_by(DecisionRow.rule)
        ).all()
        reasons = session.execute(
            select(DecisionRow.rule, DecisionRow.reason, func.count())
            .where(*live, DecisionRow.kind != DecisionKind.APPLIED.value, DecisionRow.reason != "")
            .group_by(DecisionRow.rule, DecisionRow.reason)
        ).all()
    by_kind: dict[str, Counter[str]] = defaultdict(Counter)
    for rule, kind, count in counts:
        by_kind[rule][kind] += count
    why: dict[str, Counter[str]] = defaultdict(Counter)
    for rule, reason, count in reasons:
        why[rule][reason] += count
    articles = dict(spread)
    stats = [
        RuleStats(
            rule=rule,
            applied=kinds[DecisionKind.APPLIED.value],
            dismissed=sum(kinds[k] for k in _DISMISSALS),
            turned_off=kinds[DecisionKind.RULE_OFF.value],
            articles=articles.get(rule, 0),
            reasons=tuple(
                sorted(why[rule].items(), key=lambda item: (-item[1], item[0]))[:TOP_REASONS]
            ),
        )
        for rule, kinds in by_kind.items()
    ]
    stats.sort(key=lambda s: (-s.dismissed, -s.turned_off, s.rule))
    return stats
