# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""FindingsModel: findings grouped by category, as a two-level tree.

Built on QStandardItemModel on purpose (a departure from STYLE rule 8's own
QAbstractItemModel): with a model written in Python, every row the view lays
out calls back into Python, and each call waits for the interpreter lock
while a check runs on a worker thread. With a few hundred findings that made
the window stall for a second. Here the view and the filter stay in C++.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QRegularExpression,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel

from app.core.model import Finding
from app.ui.i18n import translate
from app.ui.models.quiet import quiet_reset
from app.ui.review.appearance import (
    CATEGORY_LABELS,
    category_label,
    severity_icon,
    severity_label,
)


class FindingsModel(QStandardItemModel):
    """Top level: one row per category present, "Confused words (3)". Children: findings.

    Columns: 0 the flagged words (with a severity swatch), 1 the message.
    ``finding_at(index)`` gives the Finding of a child row (kept in Python and
    looked up by position: a Python object stored in an item is compared on
    every update, which took seconds),
    ``CATEGORY_ROLE`` the category id of any row, ``FILTER_ROLE`` a child's
    "severity category rule message" line for FindingsFilter.
    ``set_findings(findings, text)`` is the only way in.
    """

    CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
    FILTER_ROLE = Qt.ItemDataRole.UserRole + 3
    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Words"),
        QT_TRANSLATE_NOOP("FindingsModel", "Finding"),
    )

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setHorizontalHeaderLabels([translate("FindingsModel", h) for h in self.HEADERS])
        self._groups: list[tuple[str, list[Finding]]] = []
        self._keys: dict[str, list[tuple[str, str, str]]] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_findings(self, findings: list[Finding] | tuple[Finding, ...], text: str) -> bool:
        """Show ``findings`` (offsets into ``text``); returns True when the tree was rebuilt.

        While the user types, most findings stay the same and only move: then the
        moved findings are swapped in and only the rows that changed are inserted
        or removed, so a long draft's list is not rebuilt on every keystroke.
        """
        grouped: dict[str, list[Finding]] = {}
        for finding in findings:
            grouped.setdefault(finding.category, []).append(finding)
        order = list(CATEGORY_LABELS)
        groups = sorted(
            grouped.items(), key=lambda item: order.index(item[0]) if item[0] in order else 99
        )
        keys = {c: [_key(f, text) for f in group] for c, group in groups}
        if not self._groups:
            self._rebuild(groups, keys)
            return True
        wanted = {c for c, _ in groups}
        for row in range(len(self._groups) - 1, -1, -1):  # categories that went
            if self._groups[row][0] not in wanted:
                self.removeRow(row)
                del self._groups[row]
        present = [c for c, _ in self._groups]
        for row, (category, new) in enumerate(groups):
            if category in present:
                self._update_group(row, category, new, keys[category])
            else:  # a category that came: its own rows, nothing else rebuilt
                self.insertRow(row, self._category_row(category, new, keys[category]))
                present.insert(row, category)
        self._groups, self._keys = groups, keys
        return False

    def _rebuild(
        self, groups: list[tuple[str, list[Finding]]], keys: dict[str, list[tuple[str, str, str]]]
    ) -> None:
        with quiet_reset(self):
            self.removeRows(0, self.rowCount())
            for category, group in groups:
                self.appendRow(self._category_row(category, group, keys[category]))
        self._groups, self._keys = groups, keys

    def _category_row(
        self, category: str, group: list[Finding], keys: list[tuple[str, str, str]]
    ) -> list[QStandardItem]:
        top = QStandardItem()
        top.setData(category, self.CATEGORY_ROLE)
        top.setFont(self._bold)
        top.setEditable(False)
        words = QStandardItem()
        words.setEditable(False)
        for finding, key in zip(group, keys, strict=True):
            top.appendRow(self._row(finding, key))
        self._label(top, category, len(group))
        return [top, words]

    def _update_group(
        self, row: int, category: str, new: list[Finding], new_keys: list[tuple[str, str, str]]
    ) -> None:
        top = self.item(row, 0)
        old_keys = self._keys.get(category, [])
        if old_keys != new_keys:
            matcher = SequenceMatcher(a=old_keys, b=new_keys, autojunk=False)
            for tag, i1, i2, j1, j2 in reversed(matcher.get_opcodes()):
                if tag == "equal":
                    continue
                if i2 > i1:
                    top.removeRows(i1, i2 - i1)
                for offset, index in enumerate(range(j1, j2)):
                    top.insertRow(i1 + offset, self._row(new[index], new_keys[index]))
            self._label(top, category, len(new))

    def _row(self, finding: Finding, key: tuple[str, str, str]) -> list[QStandardItem]:
        label = severity_label(finding.severity)
        fixes = ", ".join(finding.replacements[:3])
        tip = f"{label}: {finding.message}"
        if fixes:
            tip += "\n" + translate("Findings", "Suggested: {options}").format(options=fixes)
        words = QStandardItem(key[2])
        words.setData(finding.category, self.CATEGORY_ROLE)
        line = f"\t{finding.severity}\t{finding.category}\t{finding.rule} {finding.message}"
        words.setData(line.casefold(), self.FILTER_ROLE)
        words.setIcon(severity_icon(finding.severity))
        words.setAccessibleText(f"{label}: {key[2]}")
        message = QStandardItem(finding.message)
        message.setAccessibleText(f"{label}: {finding.message}")
        for item in (words, message):
            item.setEditable(False)
            item.setToolTip(tip)
        return [words, message]

    def _label(self, top: QStandardItem, category: str, count: int) -> None:
        top.setText(f"{category_label(category)} ({count})")

    def finding_at(self, index: QModelIndex) -> Finding | None:
        """The finding shown at ``index`` of this model (None for a category row)."""
        parent = index.parent()
        if not index.isValid() or not parent.isValid():
            return None
        group = self._groups[parent.row()][1] if parent.row() < len(self._groups) else []
        return group[index.row()] if index.row() < len(group) else None

    def findings(self) -> list[Finding]:
        return [finding for _, group in self._groups for finding in group]

    def index_of(self, finding: Finding) -> QModelIndex:
        for group_row, (_, group) in enumerate(self._groups):
            if finding in group:
                return self.index(group.index(finding), 0, self.index(group_row, 0))
        return QModelIndex()


class FindingsFilter(QSortFilterProxyModel):
    """Shows findings of the chosen severities and category whose rule or message contains
    the text, using one regular expression over FILTER_ROLE (evaluated in C++)."""

    def __init__(self) -> None:
        super().__init__()
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(FindingsModel.FILTER_ROLE)
        self.setFilterKeyColumn(0)

    def set_filter(self, severities: tuple[str, ...], category: str, rule_text: str) -> None:
        severity = "|".join(QRegularExpression.escape(s) for s in severities) or "none"
        pattern = f"^(?=.*\\t(?:{severity})\\t)"
        if category:
            pattern += f"(?=.*\\t{QRegularExpression.escape(category)}\\t)"
        if rule_text.strip():
            pattern += f"(?=.*{QRegularExpression.escape(rule_text.strip().casefold())})"
        self.setFilterRegularExpression(QRegularExpression(pattern))


def _key(finding: Finding, text: str) -> tuple[str, str, str]:
    return finding.rule, finding.message, _excerpt(text, finding)


def _excerpt(text: str, finding: Finding, limit: int = 40) -> str:
    words = " ".join(text[finding.start : finding.end].split())
    return words if len(words) <= limit else words[: limit - 1] + "…"
