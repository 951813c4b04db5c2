# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""FindingsPanel: findings grouped by category with filters, and the dismissed list with undo."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.core.decisions import Decision, DecisionKind
from app.core.model import Finding
from app.ui.i18n import translate
from app.ui.review.appearance import CATEGORY_LABELS, SEVERITY_ORDER, category_label, tooltip_html
from app.ui.review.findings_model import FindingsFilter, FindingsModel

# The labels are translated where shown, under "FindingsPanel".
SEVERITY_FILTERS = (
    (QT_TRANSLATE_NOOP("FindingsPanel", "All severities"), SEVERITY_ORDER),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Errors"), ("error",)),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Errors and warnings"), ("error", "warning")),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Suggestions"), ("suggestion",)),
    (QT_TRANSLATE_NOOP("FindingsPanel", "Information"), ("info",)),
)
DECISION_LABELS = {
    DecisionKind.DISMISS_HERE: QT_TRANSLATE_NOOP("FindingsPanel", "Ignored here"),
    DecisionKind.DISMISS_ARTICLE: QT_TRANSLATE_NOOP("FindingsPanel", "Ignored in this article"),
    DecisionKind.RULE_OFF: QT_TRANSLATE_NOOP("FindingsPanel", "Rule turned off"),
    DecisionKind.APPLIED: QT_TRANSLATE_NOOP("FindingsPanel", "Fix applied"),
}


class FindingsPanel(QWidget):
    """Signals: ``findingActivated(Finding)``, ``applyRequested(Finding, str)``,
    ``dismissRequested(Finding, str kind)``, ``undoRequested(int decision id)``."""

    findingActivated = Signal(object)
    applyRequested = Signal(object, str)
    dismissRequested = Signal(object, str)
    undoRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self.model = FindingsModel()
        self.proxy = FindingsFilter()
        self.proxy.setSourceModel(self.model)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._build_findings_tab(), self.tr("Findings"))
        self.dismissed = QListWidget(self)
        self.dismissed.setAccessibleName(self.tr("Dismissed findings"))
        self.dismissed.setObjectName("dismissedList")
        self.undo_button = QPushButton(self.tr("Undo dismissal"), self)
        self.undo_button.setAccessibleName(self.tr("Undo the selected dismissal"))
        self.undo_button.clicked.connect(self._on_undo_clicked)
        dismissed_tab = QWidget(self)
        layout = QVBoxLayout(dismissed_tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.dismissed)
        layout.addWidget(self.undo_button)
        self.tabs.addTab(dismissed_tab, self.tr("Dismissed"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(4, 4, 4, 4)
        outer.addWidget(self.tabs)

    def _build_findings_tab(self) -> QWidget:
        tab = QWidget(self)
        self.severity_box = QComboBox(tab)
        self.severity_box.setAccessibleName(self.tr("Show severities"))
        for label, _ in SEVERITY_FILTERS:
            self.severity_box.addItem(translate("FindingsPanel", label))
        self.category_box = QComboBox(tab)
        self.category_box.setAccessibleName(self.tr("Show category"))
        self.category_box.addItem(self.tr("All categories"), "")
        for category in CATEGORY_LABELS:
            self.category_box.addItem(category_label(category), category)
        self.rule_filter = QLineEdit(tab)
        self.rule_filter.setPlaceholderText(self.tr("Filter by rule or message"))
        self.rule_filter.setAccessibleName(self.tr("Filter findings by rule or message"))
        self.rule_filter.setClearButtonEnabled(True)
        for signal in (
            self.severity_box.currentIndexChanged,
            self.category_box.currentIndexChanged,
            self.rule_filter.textChanged,
        ):
            signal.connect(self._apply_filter)
        self.details = QTextBrowser(tab)
        self.details.setObjectName("findingDetails")
        self.details.setAccessibleName(
            self.tr("The selected finding: explanation, suggestions, source")
        )
        self.details.setOpenExternalLinks(True)
        self.details.setMaximumHeight(130)
        self.details.setPlaceholderText(self.tr("Select a finding to see why it was flagged."))
        self.apply_button = QPushButton(self.tr("&Apply suggested fix"), tab)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self._on_apply_clicked)
        self._shown: Finding | None = None
        self.summary = QLabel(self.tr("No findings"), tab)
        self.summary.setObjectName("findingsSummary")
        self.tree = QTreeView(tab)
        self.tree.setObjectName("findingsTree")
        self.tree.setAccessibleName(self.tr("Findings grouped by category"))
        self.tree.setModel(self.proxy)
        self.proxy.rowsInserted.connect(self._expand_inserted)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.tree.header().resizeSection(0, 150)
        self.tree.header().setStretchLastSection(True)
        self.tree.activated.connect(self._on_activated)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self._selecting = False
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._on_context_menu)
        filters = QHBoxLayout()
        filters.addWidget(self.severity_box)
        filters.addWidget(self.category_box)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.rule_filter)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.apply_button)
        return tab

    def show_details(self, finding: Finding | None) -> None:
        """Explain ``finding`` below the list (message, explanation, suggestions, source)."""
        self._shown = finding
        self.details.setHtml(tooltip_html(finding) if finding is not None else "")
        self.apply_button.setEnabled(finding is not None and bool(finding.replacements))
        if finding is not None and finding.replacements:
            first = finding.replacements[0]
            self.apply_button.setText(
                self.tr("&Apply: “{words}”").format(words=first)
                if first
                else self.tr("&Apply: delete")
            )
        else:
            self.apply_button.setText(self.tr("&Apply suggested fix"))

    def _on_apply_clicked(self) -> None:
        if self._shown is not None and self._shown.replacements:
            self.applyRequested.emit(self._shown, self._shown.replacements[0])

    def finding_at(self, index: QModelIndex) -> Finding | None:
        """The finding at a row of the tree (a proxy index), or None."""
        return self.model.finding_at(self.proxy.mapToSource(index))

    def _expand_inserted(self, parent: QModelIndex, first: int, last: int) -> None:
        if not parent.isValid():  # a new category: show its findings
            for row in range(first, last + 1):
                self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
                self.tree.expand(self.proxy.index(row, 0))

    def set_findings(self, findings: tuple[Finding, ...], text: str) -> None:
        if self.model.set_findings(findings, text):
            expand_top_level(self.tree)
        counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITY_ORDER}
        parts = [
            self.tr("{count} errors").format(count=counts["error"]),
            self.tr("{count} warnings").format(count=counts["warning"]),
            self.tr("{count} suggestions").format(count=counts["suggestion"] + counts["info"]),
        ]
        self.summary.setText(", ".join(parts) if findings else self.tr("No findings"))

    def set_dismissed(self, decisions: list[Decision]) -> None:
        self.dismissed.clear()
        for decision in decisions:
            if decision.kind is DecisionKind.APPLIED:
                continue
            reason = f" — “{decision.reason}”" if decision.reason else ""
            label = translate("FindingsPanel", DECISION_LABELS[decision.kind])
            item = QListWidgetItem(
                f"{label}: {decision.anchor_text or decision.rule} ({decision.rule}){reason}"
                f" — {decision.made_by}"
            )
            item.setData(Qt.ItemDataRole.UserRole, decision.id)
            self.dismissed.addItem(item)
        self.undo_button.setEnabled(self.dismissed.count() > 0)
        self.tabs.setTabText(1, self.tr("Dismissed ({count})").format(count=self.dismissed.count()))

    def select(self, finding: Finding | None) -> None:
        """Show ``finding`` as the current row without emitting ``findingActivated``."""
        self._selecting = True
        try:
            if finding is None:
                self.tree.clearSelection()
                return
            index = self.proxy.mapFromSource(self.model.index_of(finding))
            if index.isValid():
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index)
        finally:
            self._selecting = False

    def _apply_filter(self) -> None:
        severities = SEVERITY_FILTERS[self.severity_box.currentIndex()][1]
        self.proxy.set_filter(
            severities, self.category_box.currentData() or "", self.rule_filter.text()
        )
        expand_top_level(self.tree)

    def _on_current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        if not self._selecting:
            self._on_activated(index)

    def _on_activated(self, index: QModelIndex) -> None:
        finding = self.finding_at(index)
        if finding is not None:
            self.findingActivated.emit(finding)

    def _on_context_menu(self, point: object) -> None:
        index = self.tree.indexAt(point)  # type: ignore[arg-type]
        finding = self.finding_at(index) if index.isValid() else None
        if finding is None:
            return
        menu = QMenu(self)
        fill_finding_menu(menu, finding, self.applyRequested.emit, self.dismissRequested.emit)
        menu.exec(self.tree.viewport().mapToGlobal(point))  # type: ignore[arg-type]

    def _on_undo_clicked(self) -> None:
        item = self.dismissed.currentItem() or self.dismissed.item(0)
        if item is not None:
            self.undoRequested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def fill_finding_menu(menu: QMenu, finding: Finding, apply: object, dismiss: object) -> None:
    """The actions on one finding: its suggestions, then the three ways to dismiss it."""
    for replacement in finding.replacements[:5]:
        label = (
            translate("FindingsPanel", "Replace with “{words}”").format(words=replacement)
            if replacement
            else translate("FindingsPanel", "Delete these words")
        )
        action = menu.addAction(label)
        action.triggered.connect(lambda _=False, r=replacement: apply(finding, r))  # type: ignore[operator]
    if finding.replacements:
        menu.addSeparator()
    for kind, label in (
        (DecisionKind.DISMISS_HERE, translate("FindingsPanel", "Ignore here…")),
        (DecisionKind.DISMISS_ARTICLE, translate("FindingsPanel", "Ignore in this article…")),
        (DecisionKind.RULE_OFF, translate("FindingsPanel", "Turn this rule off…")),
    ):
        action = menu.addAction(label)
        action.triggered.connect(lambda _=False, k=kind: dismiss(finding, k.value))  # type: ignore[operator]


def expand_top_level(tree: QTreeView) -> None:
    """Open every group, its label across the columns. (QTreeView.expandAll also probes
    every child for children of its own.)"""
    model = tree.model()
    for row in range(model.rowCount()):
        tree.setFirstColumnSpanned(row, QModelIndex(), True)
        tree.expand(model.index(row, 0))
