# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DraftHighlighter: the one highlighter on the draft's document.

Qt keeps one set of layout formats per block, so everything painted over the
text (block styles, quote spans, finding underlines) goes through this class.
It only paints what it is given and never runs checks.
"""

from __future__ import annotations

import itertools

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument
from typing_extensions import override

from app.core.model import BlockKind, Finding
from app.ui.editor.layout import LineLayout
from app.ui.editor.offsets import qt_length
from app.ui.editor.structure import block_kind
from app.ui.review.appearance import finding_format, note_format, quote_format

_SCALES = {BlockKind.HEADLINE: 1.5, BlockKind.HEADING: 1.2}


class DraftHighlighter(QSyntaxHighlighter):
    """Paints block styles, then quote spans, then finding underlines.

    ``set_layout`` takes the per-line spans of a finished check and repaints
    only the lines whose spans changed. ``set_current`` marks the finding the
    user is looking at.
    """

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._layout: LineLayout = {}
        self._notes: LineLayout = {}
        self._current: Finding | None = None
        self.show_quotes = True
        # Qt reports repainting as a text change (textChanged fires); the editor reads
        # this flag so that a repaint is never taken for an edit.
        self.repainting = False

    def repaint_all(self) -> None:
        self.repainting = True
        try:
            self.rehighlight()
        finally:
            self.repainting = False

    def repaint_block(self, block: QTextBlock) -> None:
        self.repainting = True
        try:
            self.rehighlightBlock(block)
        finally:
            self.repainting = False

    def set_layout(self, layout: LineLayout) -> None:
        old = self._layout
        self._layout = layout
        for line in set(old) | set(layout):
            if old.get(line) != layout.get(line):
                self._rehighlight_line(line)

    def set_notes(self, layout: LineLayout) -> None:
        """Spans of the words that carry an open note for the writer."""
        old, self._notes = self._notes, layout
        for line in set(old) | set(layout):
            if old.get(line) != layout.get(line):
                self._rehighlight_line(line)

    def set_current(self, finding: Finding | None) -> None:
        previous, self._current = self._current, finding
        for line, spans in self._layout.items():
            if any(s.finding is not None and s.finding in (previous, finding) for s in spans):
                self._rehighlight_line(line)

    def clear_layout(self) -> None:
        self.set_layout({})

    def _rehighlight_line(self, line: int) -> None:
        block = self.document().findBlockByNumber(line)
        if block.isValid():
            self.repaint_block(block)

    def block_style(self, kind: BlockKind) -> QTextCharFormat | None:
        if kind is BlockKind.PARAGRAPH or kind is BlockKind.LIST_ITEM:
            return None
        fmt = QTextCharFormat()
        if kind in _SCALES:
            fmt.setFontWeight(QFont.Weight.Bold)
            base = self.document().defaultFont().pointSizeF()
            fmt.setFontPointSize(max(base, 9.0) * _SCALES[kind])
        else:
            fmt.setFontItalic(True)
        return fmt

    @override
    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        style = self.block_style(block_kind(block))
        length = qt_length(text)
        if style is not None and text:
            self.setFormat(0, length, style)
        for span in self._notes.get(block.blockNumber(), ()):
            end = min(span.end, length)
            if end > span.start:
                self.setFormat(span.start, end - span.start, _merged(style, note_format()))
        spans = self._layout.get(block.blockNumber(), ())
        quotes = [(s.start, min(s.end, length)) for s in spans if s.finding is None]
        if self.show_quotes:
            for start, end in quotes:
                if end > start:
                    self.setFormat(start, end - start, _merged(style, quote_format()))
        for span in spans:
            if span.finding is None:
                continue
            mark = finding_format(span.finding, current=span.finding == self._current)
            # A finding inside a quotation keeps the quotation's tint under its underline.
            for start, end, quoted in _pieces(span.start, min(span.end, length), quotes):
                base = _merged(style, quote_format()) if quoted and self.show_quotes else style
                self.setFormat(start, end - start, _merged(base, mark))


def _merged(*formats: QTextCharFormat | None) -> QTextCharFormat:
    result = QTextCharFormat()
    for fmt in formats:
        if fmt is not None:
            result.merge(fmt)
    return result


def _pieces(start: int, end: int, quotes: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """Cut ``[start, end)`` where quotation spans begin and end: (start, end, inside a quote)."""
    cuts = sorted({start, end, *(p for q in quotes for p in q if start < p < end)})
    pieces = []
    for a, b in itertools.pairwise(cuts):
        if b > a:
            inside = any(q0 <= a and b <= q1 for q0, q1 in quotes)
            pieces.append((a, b, inside))
    return pieces
