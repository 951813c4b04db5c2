# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Review > Rule Statistics: which house rules the desk fixes, which it dismisses, and why.

The figures come from ``app.core.rule_stats`` on the database worker; the
dialog never waits for the database on the GUI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.rule_stats import RuleStats, rule_statistics
from app.ui.i18n import translate

if TYPE_CHECKING:
    from app.ui.context import AppContext

# (days back, label); None: every decision ever made.
PERIODS = (
    (None, QT_TRANSLATE_NOOP("RuleStatsDialog", "All time")),
    (90, QT_TRANSLATE_NOOP("RuleStatsDialog", "Last 90 days")),
    (30, QT_TRANSLATE_NOOP("RuleStatsDialog", "Last 30 days")),
    (7, QT_TRANSLATE_NOOP("RuleStatsDialog", "Last 7 days")),
)
NUMBER_COLUMNS = (1, 2, 3, 4)


class _Row(QTreeWidgetItem):
    """Sorts the number columns as numbers (the share column by its value)."""

    def __lt__(self, other: QTreeWidgetItem) -> bool:
        column = self.treeWidget().sortColumn() if self.treeWidget() else 0
        if column in NUMBER_COLUMNS:
            return _number(self, column) < _number(other, column)
        return self.text(column) < other.text(column)


def _number(item: QTreeWidgetItem, column: int) -> float:
    """The item's value in a number column; a share with nothing decided sorts lowest."""
    value = item.data(column, Qt.ItemDataRole.UserRole)
    return -1 if value is None else value


class RuleStatsDialog(QDialog):
    """A table of rules with fixes, dismissals, switch-offs, the share fixed and the reasons."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("ruleStatsDialog")
        self.setWindowTitle(self.tr("Rule Statistics"))
        self.period = QComboBox(self)
        self.period.setAccessibleName(self.tr("Period"))
        for days, label in PERIODS:
            self.period.addItem(translate("RuleStatsDialog", label), days)
        self.period.currentIndexChanged.connect(self.refresh)
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Rules with the desk's decisions"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(
            [
                self.tr("Rule"),
                self.tr("Fixed"),
                self.tr("Dismissed"),
                self.tr("Switched off"),
                self.tr("Fixed share"),
                self.tr("Reasons given"),
            ]
        )
        self.table.setColumnWidth(0, 300)
        for column in NUMBER_COLUMNS:
            self.table.setColumnWidth(column, 90)
            self.table.headerItem().setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(2, Qt.SortOrder.DescendingOrder)
        self.summary = QLabel("", self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        period_label = QLabel(self.tr("&Decisions made:"), self)
        period_label.setBuddy(self.period)
        top.addWidget(period_label)
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 480)
        self.refresh()

    def refresh(self) -> None:
        """Ask the database worker for the figures of the chosen period."""
        days = self.period.currentData()
        since = None if days is None else datetime.now(UTC) - timedelta(days=days)
        self.summary.setText(self.tr("Counting…"))
        self.context.tasks.db_run(
            lambda: rule_statistics(self.context.db, since=since),
            on_done=self.show_stats,
            on_error=self._on_error,
            owner=self,
        )

    def show_stats(self, stats: list[RuleStats]) -> None:
        sorting = self.table.isSortingEnabled()
        self.table.setSortingEnabled(False)
        self.table.clear()
        for s in stats:
            share = s.acceptance
            reasons = "; ".join(
                self.tr("{reason} ({count})").format(reason=r, count=n) for r, n in s.reasons
            )
            row = _Row(
                self.table,
                [
                    s.rule,
                    str(s.applied),
                    str(s.dismissed),
                    str(s.turned_off),
                    "–" if share is None else f"{share:.0%}",
                    reasons,
                ],
            )
            for column, value in zip(
                NUMBER_COLUMNS, (s.applied, s.dismissed, s.turned_off, share), strict=True
            ):
                row.setData(column, Qt.ItemDataRole.UserRole, value)
                row.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
            row.setToolTip(5, reasons)
        self.table.setSortingEnabled(sorting)
        if stats:
            dismissed = sum(s.dismissed for s in stats)
            fixed = sum(s.applied for s in stats)
            self.summary.setText(
                self.tr(
                    "Rules with decisions: {rules}. Findings fixed: {fixed}; dismissed: "
                    "{dismissed}. A rule mostly dismissed for one reason is one to reword, "
                    "narrow or switch off."
                ).format(rules=len(stats), fixed=fixed, dismissed=dismissed)
            )
        else:
            nothing = self.tr("No findings have been fixed or dismissed in this period.")
            self.summary.setText(nothing)

    def _on_error(self, error: object) -> None:
        self.summary.setText(
            self.tr("The figures could not be read: {reason}").format(reason=str(error))
        )
