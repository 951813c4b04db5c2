# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""SourcesModel: the article's speakers, each with the quotes attributed to them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from app.core.quotes import Quote, SourceSummary
from app.core.sourcing import Verification, VerificationStatus
from app.ui.i18n import translate
from app.ui.labels import verification_label
from app.ui.models.quiet import quiet_reset

STATUS_COLOURS = {
    VerificationStatus.UNVERIFIED: QColor("#e07b00"),
    VerificationStatus.VERIFIED: QColor("#2e9d57"),
    VerificationStatus.DISPUTED: QColor("#d7263d"),
}
NO_SPEAKER = QT_TRANSLATE_NOOP("SourcesModel", "No speaker named")


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


class SourcesModel(QStandardItemModel):
    """Top level: speakers ("Ana Ruiz — harbour master (2)"); children: their quotes.

    Columns: 0 text, 1 verification status. ``quote_at(index)`` gives a child's
    QuoteRow, ``source_at(index)`` any row's SourceRow: kept in Python and looked
    up by position (an object stored in an item is compared on every change).
    ``set_rows`` is the only way in.
    A QStandardItemModel, like FindingsModel, so that the view never calls into
    Python while a worker thread holds the interpreter lock.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("SourcesModel", "Source and quotes"),
        QT_TRANSLATE_NOOP("SourcesModel", "Status"),
    )

    def __init__(self) -> None:
        super().__init__(0, len(self.HEADERS))
        self.setHorizontalHeaderLabels([translate("SourcesModel", h) for h in self.HEADERS])
        self._rows: list[SourceRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[SourceRow]) -> None:
        with quiet_reset(self):
            self.removeRows(0, self.rowCount())
            for row in rows:
                self.appendRow(self._source_items(row))
        self._rows = list(rows)

    def rows(self) -> list[SourceRow]:
        return list(self._rows)

    def same_display(self, rows: list[SourceRow]) -> bool:
        """True when ``rows`` would show exactly what is shown now (offsets aside)."""
        return [_signature(row) for row in rows] == [_signature(row) for row in self._rows]

    def replace_quietly(self, rows: list[SourceRow]) -> None:
        """Swap in rows that display the same (see ``same_display``), with their new places."""
        self._rows = list(rows)

    def source_at(self, index: QModelIndex) -> SourceRow | None:
        if not index.isValid():
            return None
        parent = index.parent()
        number = parent.row() if parent.isValid() else index.row()
        return self._rows[number] if number < len(self._rows) else None

    def quote_at(self, index: QModelIndex) -> QuoteRow | None:
        source = self.source_at(index)
        if source is None or not index.parent().isValid():
            return None
        return source.quotes[index.row()] if index.row() < len(source.quotes) else None

    def index_of_quote(self, start: int) -> QModelIndex:
        for row_number, row in enumerate(self._rows):
            for child, quote_row in enumerate(row.quotes):
                if quote_row.quote.start == start:
                    return self.index(child, 0, self.index(row_number, 0))
        return QModelIndex()

    def _source_items(self, row: SourceRow) -> list[QStandardItem]:
        direct = [q for q in row.quotes if q.quote.direct]
        verified = sum(1 for q in direct if q.status is VerificationStatus.VERIFIED)
        role = f" — {row.summary.role}" if row.summary and row.summary.role else ""
        top = QStandardItem(f"{row.name}{role} ({len(row.quotes)})")
        top.setFont(self._bold)
        status = QStandardItem(
            self.tr("{verified}/{total} verified").format(verified=verified, total=len(direct))
            if direct
            else ""
        )
        for item in (top, status):
            item.setEditable(False)
        for quote_row in row.quotes:
            top.appendRow(self._quote_items(row, quote_row))
        return [top, status]

    def _quote_items(self, source: SourceRow, row: QuoteRow) -> list[QStandardItem]:
        kind = "" if row.quote.direct else self.tr("reported: ")
        words = " ".join(row.quote.text.split())
        text = QStandardItem(f"{kind}“{words[:90]}{'…' if len(words) > 90 else ''}”")
        verification = row.verification
        who = (
            "\n"
            + self.tr("{status} by {who}").format(
                status=verification_label(row.status), who=verification.made_by
            )
            if verification
            else ""
        )
        text.setToolTip(f"{row.quote.text}{who}")
        status = QStandardItem(verification_label(row.status))
        status.setForeground(STATUS_COLOURS[row.status])
        for item in (text, status):
            item.setEditable(False)
        return [text, status]


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
        name = quote.speaker or translate("SourcesModel", NO_SPEAKER)
        verification = verifications.get(key(quote.text, quote.speaker))
        grouped.setdefault(name, []).append(QuoteRow(quote, verification))
    return [SourceRow(name, by_name.get(name), tuple(rows)) for name, rows in grouped.items()]


def _signature(row: SourceRow) -> tuple[object, ...]:
    quotes = tuple(
        (q.quote.text, q.quote.speaker, q.quote.direct, q.status, q.verification)
        for q in row.quotes
    )
    return row.name, row.summary, quotes
