# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Rule statistics: fixes against dismissals per rule, with the reasons people gave."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import update

from app.core import articles
from app.core.decisions import DecisionKind, record_decision, undo_decision
from app.core.model import Document, Finding
from app.core.rule_stats import rule_statistics
from app.core.storage import Database
from app.core.storage.rows import DecisionRow

TEXT = "The board met in order to diffuse the row. Past history was cited in order to vote.\n"
WORDY = "house.wordiness.in-order-to"
CONFUSED = "house.confused.diffuse-defuse"
REDUNDANT = "house.redundancy.past-history"


def _finding(rule: str, words: str) -> Finding:
    start = TEXT.index(words)
    return Finding(start, start + len(words), rule, "style", "warning", "?")


def _decide(db: Database, article_id: int, rule: str, words: str, kind: DecisionKind, **kw):
    decision, _ = record_decision(db, article_id, _finding(rule, words), TEXT, kind, **kw)
    return decision


def _articles(db: Database, count: int) -> list[int]:
    return [
        articles.create_article(db, Document(text=TEXT, title=f"Board {n}"), author="ed")[0].id
        for n in range(count)
    ]


def test_counts_per_rule_with_reasons_most_dismissed_first(db: Database) -> None:
    first, second = _articles(db, 2)
    _decide(db, first, CONFUSED, "diffuse", DecisionKind.APPLIED, who="ana", replacement="defuse")
    _decide(db, second, CONFUSED, "diffuse", DecisionKind.APPLIED, who="ben", replacement="defuse")
    for article_id, who in ((first, "ana"), (second, "ben")):
        _decide(db, article_id, WORDY, "in order to", DecisionKind.DISMISS_HERE, who=who,
                reason="fixed phrase in a quote")  # fmt: skip
    _decide(db, first, WORDY, "in order to", DecisionKind.DISMISS_ARTICLE, who="ana",
            reason="our style allows it")  # fmt: skip
    _decide(db, first, WORDY, "in order to", DecisionKind.RULE_OFF, who="cy", reason="too noisy")
    _decide(db, first, REDUNDANT, "Past history", DecisionKind.APPLIED, who="ana")

    stats = {s.rule: s for s in rule_statistics(db)}
    assert [s.rule for s in rule_statistics(db)] == [WORDY, CONFUSED, REDUNDANT]
    wordy = stats[WORDY]
    assert (wordy.applied, wordy.dismissed, wordy.turned_off, wordy.articles) == (0, 3, 1, 2)
    assert wordy.acceptance == 0.0
    assert wordy.reasons == (
        ("fixed phrase in a quote", 2),
        ("our style allows it", 1),
        ("too noisy", 1),
    )
    confused = stats[CONFUSED]
    assert (confused.applied, confused.dismissed, confused.articles) == (2, 0, 2)
    assert confused.acceptance == 1.0 and confused.reasons == ()


def test_undone_decisions_and_old_ones_are_left_out(db: Database) -> None:
    (article_id,) = _articles(db, 1)
    taken_back = _decide(db, article_id, WORDY, "in order to", DecisionKind.DISMISS_HERE, who="a")
    undo_decision(db, taken_back.id, who="a")
    old = _decide(db, article_id, CONFUSED, "diffuse", DecisionKind.DISMISS_HERE, who="a")
    _decide(db, article_id, CONFUSED, "diffuse", DecisionKind.APPLIED, who="a")
    long_ago = datetime.now(UTC) - timedelta(days=40)
    with db.unit_of_work() as session:
        moved = update(DecisionRow).where(DecisionRow.id == old.id).values(made_at=long_ago)
        session.execute(moved)

    assert [(s.rule, s.applied, s.dismissed) for s in rule_statistics(db)] == [(CONFUSED, 1, 1)]
    recent = rule_statistics(db, since=datetime.now(UTC) - timedelta(days=7))
    assert [(s.rule, s.applied, s.dismissed) for s in recent] == [(CONFUSED, 1, 0)]


def test_an_empty_library_has_no_statistics(db: Database) -> None:
    assert rule_statistics(db) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args], capture_output=True, text=True, timeout=120
    )


def test_the_command_prints_json_and_a_table(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'library.sqlite3'}"
    from app.core.storage.migrate import upgrade_to_head

    db = Database(url)
    upgrade_to_head(db)
    (article_id,) = _articles(db, 1)
    _decide(db, article_id, WORDY, "in order to", DecisionKind.DISMISS_HERE, who="ana",
            reason="in a quote")  # fmt: skip
    _decide(db, article_id, CONFUSED, "diffuse", DecisionKind.APPLIED, who="ana")
    db.dispose()

    done = _cli("--database-url", url, "rule-stats", "--format", "json")
    assert done.returncode == 0, done.stderr
    rules = json.loads(done.stdout)["rules"]
    assert rules[0] == {"rule": WORDY, "applied": 0, "dismissed": 1, "turned_off": 0,
                        "articles": 1, "acceptance": 0.0,
                        "reasons": [{"reason": "in a quote", "count": 1}]}  # fmt: skip
    assert rules[1]["rule"] == CONFUSED and rules[1]["acceptance"] == 1.0

    table = _cli("--database-url", url, "rule-stats")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[1].split()[:4] == ["0", "1", "0", "0%"] and WORDY in lines[1]
    assert "(in a quote: 1)" in lines[1]

    bad = _cli("--database-url", url, "rule-stats", "--since", "last week")
    assert bad.returncode == 2 and "expected a date such as" in bad.stderr
