# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ArticlesModel: the library list as a table."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from typing_extensions import override

from app.core.model import ArticleSummary
from app.ui.i18n import translate
from app.ui.labels import status_label

_Index = QModelIndex | QPersistentModelIndex


class ArticlesModel(QAbstractTableModel):
    """Rows are ArticleSummary values; columns: title, status, words, updated.

    ``set_articles`` is the only way in. ``ARTICLE_ID_ROLE`` gives a row's id.
    """

    ARTICLE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
    HEADERS = (
        QT_TRANSLATE_NOOP("ArticlesModel", "Title"),
        QT_TRANSLATE_NOOP("ArticlesModel", "Status"),
        QT_TRANSLATE_NOOP("ArticlesModel", "Words"),
        QT_TRANSLATE_NOOP("ArticlesModel", "Updated"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[ArticleSummary] = []

    def set_articles(self, articles: list[ArticleSummary]) -> None:
        self.beginResetModel()
        self._rows = list(articles)
        self.endResetModel()

    def row_of(self, article_id: int) -> int:
        """Row of an article id, or -1."""
        return next((i for i, row in enumerate(self._rows) if row.id == article_id), -1)

    @override
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        article = self._rows[index.row()]
        column = index.column()
        if role == self.ARTICLE_ID_ROLE:
            return int(article.id)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return article.title
            if column == 1:
                return status_label(article.status)
            if column == 2:
                return f"{article.words:,}"
            if column == 3:
                return article.updated.astimezone().strftime("%d %b %H:%M")
        if role == Qt.ItemDataRole.ToolTipRole:
            byline = (
                "\n" + self.tr("By {byline}").format(byline=article.byline)
                if article.byline
                else ""
            )
            words = self.tr("{count} words").format(count=f"{article.words:,}")
            return f"{article.title}{byline}\n{words}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @override
    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.HEADERS):
                return translate("ArticlesModel", self.HEADERS[section])
            return None
        return None
