# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""SourcesModel: the article's speakers, each with the quotes attributed to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont
from typing_extensions import override

from app.core.quotes import Quote, SourceSummary
from app.core.sourcing import Verification, VerificationStatus

_Index = QModelIndex | QPersistentModelIndex
_TOP = 0xFFFFFFFF
STATUS_LABELS = {
    VerificationStatus.UNVERIFIED: "Not verified",
    VerificationStatus.VERIFIED: "Verified",
    VerificationStatus.DISPUTED: "Disputed",
}
STATUS_COLOURS = {
    VerificationStatus.UNVERIFIED: QColor("#e07b00"),
    VerificationStatus.VERIFIED: QColor("#2e9d57"),
    VerificationStatus.DISPUTED: QColor("#d7263d"),
}
NO_SPEAKER = "No speaker named"


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """A quote with its verification (None: never verified)."""

    quote: Quote
    verification: Verification | None

    @property
    def status(self) -> VerificationStatus:
        if self.verification is None:
            return VerificationStatus.UNVERIFIED
        return self.verification.status


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A speaker and their quotes, in order of appearance."""

    name: str
    summary: SourceSummary | None
    quotes: tuple[QuoteRow, ...]


class SourcesModel(QAbstractItemModel):
    """Top level: speakers ("Ana Ruiz — harbour master (2 quotes, 1 verified)"); children: quotes.

    Columns: 0 text, 1 verification status. ``QUOTE_ROLE`` gives a child's
    QuoteRow, ``SOURCE_ROLE`` any row's SourceRow. ``set_rows`` is the only way in.
    """

    QUOTE_ROLE = Qt.ItemDataRole.UserRole + 1
    SOURCE_ROLE = Qt.ItemDataRole.UserRole + 2
    HEADERS = ("Source and quotes", "Status")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[SourceRow] = []

    def set_rows(self, rows: list[SourceRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[SourceRow]:
        return list(self._rows)

    def index_of_quote(self, start: int) -> QModelIndex:
        for row_number, row in enumerate(self._rows):
            for child, quote_row in enumerate(row.quotes):
                if quote_row.quote.start == start:
                    return self.index(child, 0, self.index(row_number, 0))
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
            return len(self._rows)
        if parent.internalId() == _TOP and parent.column() == 0:
            return len(self._rows[parent.row()].quotes)
        return 0

    @override
    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.HEADERS)

    @override
    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            return self._source_data(self._rows[index.row()], index.column(), role)
        source = self._rows[int(index.internalId())]
        row = source.quotes[index.row()]
        if role == self.QUOTE_ROLE:
            return row
        if role == self.SOURCE_ROLE:
            return source
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if index.column() == 1:
                return STATUS_LABELS[row.status]
            kind = "" if row.quote.direct else "reported: "
            words = " ".join(row.quote.text.split())
            return f"{kind}“{words[:90]}{'…' if len(words) > 90 else ''}”"
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return STATUS_COLOURS[row.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            verification = row.verification
            who = f"\n{STATUS_LABELS[row.status]} by {verification.made_by}" if verification else ""
            return f"{row.quote.text}{who}"
        return None

    def _source_data(self, source: SourceRow, column: int, role: int) -> Any:
        if role == self.SOURCE_ROLE:
            return source
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            direct = [q for q in source.quotes if q.quote.direct]
            verified = sum(1 for q in direct if q.status is VerificationStatus.VERIFIED)
            if column == 1:
                return f"{verified}/{len(direct)} verified" if direct else ""
            role_text = (
                f" — {source.summary.role}" if source.summary and source.summary.role else ""
            )
            return f"{source.name}{role_text} ({len(source.quotes)})"
        if role == Qt.ItemDataRole.FontRole and column == 0:
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


def build_rows(
    quotes: tuple[Quote, ...],
    summaries: tuple[SourceSummary, ...],
    verifications: dict[str, Verification],
    key: Any,
) -> list[SourceRow]:
    """Group quotes by speaker in order of first appearance; ``key(text, speaker)`` finds
    each quote's verification."""
    by_name = {s.name: s for s in summaries}
    grouped: dict[str, list[QuoteRow]] = {}
    for quote in quotes:
        name = quote.speaker or NO_SPEAKER
        verification = verifications.get(key(quote.text, quote.speaker))
        grouped.setdefault(name, []).append(QuoteRow(quote, verification))
    return [SourceRow(name, by_name.get(name), tuple(rows)) for name, rows in grouped.items()]
