# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Review > Rule Statistics shows the desk's fixes and dismissals per rule, from the library."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import update

from app.core import articles
from app.core.decisions import DecisionKind, record_decision
from app.core.model import Document, Finding
from app.core.storage.rows import DecisionRow
from app.ui.context import AppContext
from app.ui.main_window import MainWindow

TEXT = "The board met in order to diffuse the row.\n"


def _decide(context: AppContext, article_id: int, rule: str, words: str, kind, **kw) -> int:
    start = TEXT.index(words)
    finding = Finding(start, start + len(words), rule, "style", "warning", "?")
    decision, _ = record_decision(context.db, article_id, finding, TEXT, kind, **kw)
    return decision.id


def _rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [
        [table.topLevelItem(i).text(c) for c in range(table.columnCount())]
        for i in range(table.topLevelItemCount())
    ]


def test_the_dialog_lists_each_rule_most_dismissed_first(
    qtbot, window: MainWindow, context: AppContext
) -> None:
    article, _ = articles.create_article(context.db, Document(text=TEXT, title="Board"), author="a")
    wordy, confused = "house.wordiness.in-order-to", "house.confused.diffuse-defuse"
    for reason in ("in a quote", "in a quote", "house style allows it"):
        _decide(context, article.id, wordy, "in order to", DecisionKind.DISMISS_HERE, who="ana",
                reason=reason)  # fmt: skip
    _decide(context, article.id, confused, "diffuse", DecisionKind.APPLIED, who="ana")
    old = _decide(context, article.id, confused, "diffuse", DecisionKind.DISMISS_HERE, who="ben")
    with context.db.unit_of_work() as session:
        long_ago = datetime.now(UTC) - timedelta(days=60)
        session.execute(update(DecisionRow).where(DecisionRow.id == old).values(made_at=long_ago))

    window.rule_stats_action.trigger()
    dialog = window.rule_stats_dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Rule Statistics"
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 2, timeout=10_000)
    assert _rows(dialog) == [
        [wordy, "0", "3", "0", "0%", "in a quote (2); house style allows it (1)"],
        [confused, "1", "1", "0", "50%", ""],
    ]
    assert "Rules with decisions: 2. Findings fixed: 1; dismissed: 4." in dialog.summary.text()

    dialog.period.setCurrentIndex(dialog.period.findText("Last 30 days"))
    qtbot.waitUntil(lambda: _rows(dialog)[1][2:5] == ["0", "0", "100%"], timeout=10_000)

    dialog.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert _rows(dialog)[0][0] == confused  # sorted by fixes, as numbers


def test_an_empty_library_says_so(qtbot, window: MainWindow) -> None:
    window.show_rule_statistics()
    dialog = window.rule_stats_dialog
    qtbot.waitUntil(lambda: "No findings have been fixed" in dialog.summary.text(), timeout=10_000)
    assert dialog.table.topLevelItemCount() == 0
