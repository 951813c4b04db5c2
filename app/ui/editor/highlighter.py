# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DraftHighlighter: the one highlighter on the draft's document.

Qt keeps one set of layout formats per block, so everything painted over the
text (block styles, quote spans, finding underlines) goes through this class.
It only paints what it is given and never runs checks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from typing_extensions import override

from app.core.model import BlockKind, Finding
from app.ui.editor.layout import LineLayout
from app.ui.editor.offsets import qt_length
from app.ui.editor.structure import block_kind
from app.ui.review.appearance import finding_format, quote_format

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
        self._current: Finding | None = None
        self.show_quotes = True

    def set_layout(self, layout: LineLayout) -> None:
        old = self._layout
        self._layout = layout
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
            self.rehighlightBlock(block)

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
        for span in self._layout.get(block.blockNumber(), ()):
            end = min(span.end, length)
            if end <= span.start:
                continue
            base = QTextCharFormat(style) if style is not None else QTextCharFormat()
            if span.finding is None:
                if not self.show_quotes:
                    continue
                base.merge(quote_format())
            else:
                base.merge(finding_format(span.finding, current=span.finding == self._current))
            self.setFormat(span.start, end - span.start, base)
