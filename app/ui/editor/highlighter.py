# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DraftHighlighter: the one highlighter on the draft's document.

Qt keeps one set of layout formats per block, so everything painted over the
text (block styles now; findings and quotes later) goes through this class.
It only paints what it is given and never runs checks.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from typing_extensions import override

from app.core.model import BlockKind
from app.ui.editor.offsets import qt_length
from app.ui.editor.structure import block_kind

_SCALES = {BlockKind.HEADLINE: 1.5, BlockKind.HEADING: 1.2}


class DraftHighlighter(QSyntaxHighlighter):
    """Paints each line by its block kind (headline, byline, heading, block quote)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)

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
        style = self.block_style(block_kind(self.currentBlock()))
        if style is not None and text:
            self.setFormat(0, qt_length(text), style)
