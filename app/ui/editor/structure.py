# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Carry a Document's structure in a QTextDocument and read it back.

Block kinds ride on each QTextBlockFormat as a user property, so they move
with the text as it is edited; emphasis, strong and links are character
formats. Offsets going in and out are Python code points.
"""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.core.model import Block, BlockKind, Document, Mark, MarkKind
from app.ui.editor.offsets import OffsetMap

KIND_PROPERTY = QTextBlockFormat.Property.UserProperty + 1
LEVEL_PROPERTY = QTextBlockFormat.Property.UserProperty + 2
ORDERED_PROPERTY = QTextBlockFormat.Property.UserProperty + 3


def plain_text(document: QTextDocument) -> str:
    """The editor's text with ``\\n`` between blocks; no-break spaces kept (unlike toPlainText)."""
    return document.toRawText().replace("\u2029", "\n").replace("\u2028", " ")


def block_kind(block: QTextBlock) -> BlockKind:
    value = block.blockFormat().property(KIND_PROPERTY)
    try:
        return BlockKind(value) if value else BlockKind.PARAGRAPH
    except ValueError:
        return BlockKind.PARAGRAPH


def set_block_kind(
    cursor: QTextCursor, kind: BlockKind, level: int = 0, ordered: bool = False
) -> None:
    fmt = QTextBlockFormat()
    fmt.setProperty(KIND_PROPERTY, kind.value)
    fmt.setProperty(LEVEL_PROPERTY, level)
    fmt.setProperty(ORDERED_PROPERTY, ordered)
    cursor.mergeBlockFormat(fmt)


def apply_structure(qdoc: QTextDocument, document: Document) -> None:
    """Put ``document``'s block kinds and marks on ``qdoc``, which already holds its text."""
    text = document.text
    cursor = QTextCursor(qdoc)
    cursor.beginEditBlock()
    line_starts = _line_starts(text)
    for block in document.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            continue
        line = _line_of(line_starts, block.start)
        qblock = qdoc.findBlockByNumber(line)
        if qblock.isValid():
            set_block_kind(QTextCursor(qblock), block.kind, block.level, block.ordered)
    for mark in document.marks:
        start_line, end_line = _line_of(line_starts, mark.start), _line_of(line_starts, mark.end)
        start = _qt_position(qdoc, text, line_starts, start_line, mark.start)
        end = _qt_position(qdoc, text, line_starts, end_line, mark.end)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(_mark_format(mark))
    cursor.endEditBlock()


def _mark_format(mark: Mark) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if mark.kind is MarkKind.EMPHASIS:
        fmt.setFontItalic(True)
    elif mark.kind is MarkKind.STRONG:
        fmt.setFontWeight(QFont.Weight.Bold)
    else:
        fmt.setAnchor(True)
        fmt.setAnchorHref(mark.href)
    return fmt


def read_structure(qdoc: QTextDocument, base: Document) -> Document:
    """A Document of the editor's current text and structure, metadata from ``base``.

    Runs on the GUI thread while the user types (autosave, quote analysis), so it
    makes as few calls into Qt as it can: the text comes out in one call, a block
    is asked for its kind only if it carries one, and formats are looked up by index.
    """
    text = plain_text(qdoc)
    styles = _format_styles(qdoc)
    blocks: list[Block] = []
    marks: list[Mark] = []
    offset = 0
    qblock = qdoc.firstBlock()
    for line in text.split("\n"):
        if not qblock.isValid():
            break
        stripped = line.strip()
        if stripped:
            start = offset + len(line) - len(line.lstrip())
            fmt = qblock.blockFormat()
            if fmt.hasProperty(KIND_PROPERTY):
                kind = block_kind(qblock)
                level = int(fmt.property(LEVEL_PROPERTY) or 0)
                ordered = bool(fmt.property(ORDERED_PROPERTY))
            else:
                kind, level, ordered = BlockKind.PARAGRAPH, 0, False
            blocks.append(Block(kind, start, start + len(stripped), level, ordered))
            marks.extend(_block_marks(qblock, line, offset, styles))
        offset += len(line) + 1
        qblock = qblock.next()
    return Document(
        text=text,
        blocks=tuple(blocks),
        marks=tuple(marks),
        title=base.title,
        byline=base.byline,
        dateline=base.dateline,
        source_name=base.source_name,
        source_format=base.source_format,
    )


_Style = tuple[bool, bool, str]  # italic, bold, link target


def _format_styles(qdoc: QTextDocument) -> dict[int, _Style]:
    """Character format index → (italic, bold, href), only for formats that carry one."""
    styles: dict[int, _Style] = {}
    for index, fmt in enumerate(qdoc.allFormats()):
        if not fmt.isCharFormat():
            continue
        char = fmt.toCharFormat()
        style = (
            char.fontItalic(),
            char.fontWeight() >= QFont.Weight.Bold,
            char.anchorHref() if char.isAnchor() else "",
        )
        if any(style):
            styles[index] = style
    return styles


def _block_marks(
    qblock: QTextBlock, line: str, offset: int, styles: dict[int, _Style]
) -> list[Mark]:
    marks: list[Mark] = []
    if not styles:
        return marks
    offsets: OffsetMap | None = None
    base = qblock.position()
    for item in qblock:
        fragment = item.fragment()
        style = styles.get(fragment.charFormatIndex())
        if style is None:
            continue
        italic, bold, href = style
        offsets = offsets or OffsetMap(line)
        start = offset + offsets.to_python(fragment.position() - base)
        end = offset + offsets.to_python(fragment.position() + fragment.length() - base)
        if italic:
            marks.append(Mark(MarkKind.EMPHASIS, start, end))
        if bold:
            marks.append(Mark(MarkKind.STRONG, start, end))
        if href:
            marks.append(Mark(MarkKind.LINK, start, end, href))
    return marks


def _line_starts(text: str) -> list[int]:
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def _line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _qt_position(qdoc: QTextDocument, text: str, starts: list[int], line: int, offset: int) -> int:
    qblock = qdoc.findBlockByNumber(line)
    line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
    column = OffsetMap(text[starts[line] : line_end]).to_qt(offset - starts[line])
    return qblock.position() + column
