# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""FindingsModel: findings grouped by category, as a two-level tree."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from typing_extensions import override

from app.core.model import Finding
from app.ui.review.appearance import CATEGORY_LABELS, SEVERITY_LABELS, severity_colour

_Index = QModelIndex | QPersistentModelIndex
_TOP = 0xFFFFFFFF  # internalId of category rows; finding rows carry their category's row


class FindingsModel(QAbstractItemModel):
    """Top level: one row per category present, "Confused words (3)". Children: findings.

    Columns: 0 message, 1 the flagged words. ``FINDING_ROLE`` returns the
    Finding of a child row, ``CATEGORY_ROLE`` the category id of any row.
    ``set_findings(findings, text)`` is the only way in.
    """

    FINDING_ROLE = Qt.ItemDataRole.UserRole + 1
    CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
    SEVERITY_ROLE = Qt.ItemDataRole.UserRole + 3
    RULE_ROLE = Qt.ItemDataRole.UserRole + 4
    HEADERS = ("Finding", "Words")

    def __init__(self) -> None:
        super().__init__()
        self._groups: list[tuple[str, list[Finding]]] = []
        self._excerpts: dict[Finding, str] = {}

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...], text: str) -> None:
        grouped: dict[str, list[Finding]] = {}
        for finding in findings:
            grouped.setdefault(finding.category, []).append(finding)
        order = list(CATEGORY_LABELS)
        self.beginResetModel()
        self._groups = sorted(
            grouped.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99
        )
        self._excerpts = {f: _excerpt(text, f) for f in findings}
        self.endResetModel()

    def findings(self) -> list[Finding]:
        return [finding for _, group in self._groups for finding in group]

    def index_of(self, finding: Finding) -> QModelIndex:
        for group_row, (_, group) in enumerate(self._groups):
            if finding in group:
                return self.index(group.index(finding), 0, self.index(group_row, 0))
        return QModelIndex()

    @override
    def index(self, row: int, column: int, parent: _Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _TOP)
        return self.createIndex(row, column, parent.row())

    @override
    def parent(self, child: _Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _TOP)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._category_data(index, role)
        category, group = self._groups[int(index.internalId())]
        finding = group[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return finding.message if index.column() == 0 else self._excerpts.get(finding, "")
        if role == Qt.ItemDataRole.ToolTipRole:
            label = SEVERITY_LABELS.get(finding.severity, finding.severity)
            fixes = ", ".join(finding.replacements[:3])
            return f"{label}: {finding.message}" + (f"\nSuggested: {fixes}" if fixes else "")
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return severity_colour(finding.severity)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            label = SEVERITY_LABELS.get(finding.severity, finding.severity)
            return f"{label}: {finding.message}"
        if role == self.FINDING_ROLE:
            return finding
        if role == self.CATEGORY_ROLE:
            return category
        if role == self.SEVERITY_ROLE:
            return finding.severity
        if role == self.RULE_ROLE:
            return finding.rule
        return None

    def _category_data(self, index: _Index, role: int) -> Any:
        category, group = self._groups[index.row()]
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"{CATEGORY_LABELS.get(category, category.title())} ({len(group)})"
        if role == self.CATEGORY_ROLE:
            return category
        if role == Qt.ItemDataRole.FontRole and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.HEADERS[section] if 0 <= section < len(self.HEADERS) else None
        return None


def _excerpt(text: str, finding: Finding, limit: int = 40) -> str:
    words = " ".join(text[finding.start : finding.end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
