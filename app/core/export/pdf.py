# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""PDF through Qt's text engine (QTextDocument painted on a QPdfWriter).

This is the one core module allowed Qt (QtGui only, imported inside the
functions so the CLI and the rest of the core never load it): Qt's engine
shapes Arabic, runs the bidi algorithm, falls back across fonts and embeds
them, which no pure-Python PDF library here does as well.

Pages are laid out by hand rather than by ``QTextDocument.print_``: the body
is paginated to the page's text area and each page is painted with a footer
(running title, "Page N of M") and, for a proof, a "NOT APPROVED" watermark
under the text. The default font is set explicitly (Qt's default is 9 pt).

Runs on any thread once a QGuiApplication exists; if none does, the first
call creates one, which must then happen on the main thread (the CLI's
case). With no display it uses Qt's offscreen platform.
"""

from __future__ import annotations

import os
from typing import Any

from app.core.export.document import (
    PROOF_MARK,
    ExportDocument,
    Heading,
    Inline,
    Inlines,
    ListItem,
    ListNode,
    Node,
    Paragraph,
    Quote,
    plain,
    right_to_left,
)
from app.core.export.errors import ExportProblem
from app.core.export.pages import PageSetup

SERIF = ["DejaVu Serif", "Noto Serif", "Liberation Serif", "Times New Roman"]
SANS = ["DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial"]
BODY_POINTS = 11.0
_RESOLUTION = 600
# Qt scales top and bottom block margins from 96-per-inch units to the device (measured);
# left and right margins are in device pixels.
_POINT = 96 / 72
_MM_PER_INCH = 25.4
_HEADING_POINTS = {1: 17.0, 2: 14.5, 3: 12.5, 4: 11.5, 5: 11.0, 6: 11.0}
_application: list[Any] = []  # keeps the QGuiApplication this module made alive


def render_pdf(document: ExportDocument, page: PageSetup) -> bytes:
    """The article as the bytes of a PDF file."""
    _ensure_application()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(_RESOLUTION)
    writer.setPageLayout(_page_layout(page))
    writer.setTitle(document.title)
    writer.setAuthor(document.author)
    writer.setCreator("Copydesk")
    text = _TextBuilder(document).build()
    painter = QPainter()
    if not painter.begin(writer):
        raise ExportProblem("The PDF could not be started (Qt refused to paint on it).")
    try:
        _paint_pages(painter, writer, text, document, page)
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _ensure_application() -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    existing = QCoreApplication.instance()
    if existing is None:
        arguments = ["copydesk"]
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless and not os.environ.get("QT_QPA_PLATFORM"):
            arguments += ["-platform", "offscreen"]
        _application.append(QGuiApplication(arguments))
    elif not isinstance(existing, QGuiApplication):
        raise ExportProblem(
            "PDF export needs Qt's graphical engine, which this program did not start."
        )


def _page_layout(page: PageSetup) -> Any:
    from PySide6.QtCore import QMarginsF, QSizeF
    from PySide6.QtGui import QPageLayout, QPageSize

    size = QPageSize(QSizeF(page.width, page.height), QPageSize.Unit.Millimeter, page.name)
    layout = QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def _pixels(millimetres: float) -> float:
    return millimetres / _MM_PER_INCH * _RESOLUTION


def _paint_pages(
    painter: Any, writer: Any, text: Any, document: ExportDocument, page: PageSetup
) -> None:
    from PySide6.QtCore import QRectF, QSizeF

    left = top = _pixels(page.margin)
    width = _pixels(page.width - 2 * page.margin)
    height = _pixels(page.height - page.margin - page.bottom_margin)
    text.documentLayout().setPaintDevice(writer)
    text.setPageSize(QSizeF(width, height))
    _split_at_page_breaks(text, height)
    count = text.pageCount()
    for number in range(count):
        if number:
            writer.newPage()
        if document.proof:
            _paint_watermark(painter, page)
        painter.save()
        painter.translate(left, top - number * height)
        # A line laid out at the very top of the next page touches this page's bottom edge;
        # one pixel less keeps it off this page (Qt draws every line the clip touches).
        view = QRectF(0, number * height, width, height - 1)
        painter.setClipRect(view)
        text.drawContents(painter, view)
        painter.restore()
        _paint_footer(painter, page, document.title, number + 1, count)


def _split_at_page_breaks(text: Any, height: float) -> None:
    """Cut every block whose lines run onto the next page into two blocks there.

    Qt draws a block's lines from the last one wholly above the clip
    (QTextLayout::draw), so the line before a page break inside a paragraph is
    painted again, clipped out of sight, at the top of the next page, where
    text extraction, search and screen readers would find it twice. Blocks
    that end at a page break have no such line. The cut changes nothing on
    the page: the continuation starts at the top of the next page either way.
    """
    from PySide6.QtGui import QTextCursor

    for _ in range(10_000):  # one cut per page at most; the bound only guards a Qt surprise
        found = _first_break_inside_a_block(text, height)
        if found is None:
            return
        block, offset = found
        first, rest = block.blockFormat(), block.blockFormat()
        first.setBottomMargin(0)
        rest.setTopMargin(0)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(first)
        cursor.setPosition(block.position() + offset)
        cursor.insertBlock(rest)
        continuation = cursor.block()
        text_list = continuation.textList()
        if text_list is not None:
            # The continuation is the same list item, not a new numbered one.
            text_list.remove(continuation)
            aligned = continuation.blockFormat()
            aligned.setIndent(text_list.format().indent())
            cursor.setBlockFormat(aligned)


def _first_break_inside_a_block(text: Any, height: float) -> tuple[Any, int] | None:
    block = text.begin()
    while block.isValid():
        # Asking for the block's rectangle lays it out (Qt lays out lazily).
        top = text.documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        for index in range(1, layout.lineCount()):
            line = layout.lineAt(index)
            if _page_of(top + line.y(), height) != _page_of(
                top + layout.lineAt(index - 1).y(), height
            ):
                return block, line.textStart()
        block = block.next()
    return None


def _page_of(y: float, height: float) -> int:
    # A line moved to the top of a page sits at its edge give or take rounding.
    return int((y + 0.5) // height)


def _paint_watermark(painter: Any, page: PageSetup) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont

    painter.save()
    painter.translate(_pixels(page.width / 2), _pixels(page.height / 2))
    painter.rotate(-40)
    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(44)
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor(176, 0, 32, 56))
    span = _pixels(page.height)
    painter.drawText(QRectF(-span / 2, -span / 8, span, span / 4), Qt.AlignmentFlag.AlignCenter,
                     PROOF_MARK)  # fmt: skip
    painter.restore()


def _paint_footer(painter: Any, page: PageSetup, title: str, number: int, count: int) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF

    font = QFont()
    font.setFamilies(SANS)
    font.setPointSizeF(8.5)
    painter.save()
    painter.setFont(font)
    painter.setPen(QColor(90, 90, 90))
    left = _pixels(page.margin)
    width = _pixels(page.width - 2 * page.margin)
    line = QRectF(left, _pixels(page.height - page.bottom_margin + 8), width, _pixels(6))
    label = f"Page {number} of {count}"
    metrics = QFontMetricsF(font, painter.device())
    room = width - metrics.horizontalAdvance(label) - _pixels(8)
    running = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, running)
    painter.drawText(line, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)
    painter.restore()


class _TextBuilder:
    """Turns the export tree into a QTextDocument with explicit fonts and spacing."""

    def __init__(self, document: ExportDocument) -> None:
        from PySide6.QtGui import QFont, QTextCursor, QTextDocument

        self.document = document
        self.text = QTextDocument()
        font = QFont()
        font.setFamilies(SERIF)
        font.setPointSizeF(BODY_POINTS)
        self.text.setDefaultFont(font)
        self.text.setDocumentMargin(0)
        self.text.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, document.title)
        self.cursor = QTextCursor(self.text)
        self.first = True

    def build(self) -> Any:
        document = self.document
        if document.headline:
            self._block(document.headline, size=22.0, sans=True, bold=True, after=6, heading=1)
        if document.byline:
            self._block(document.byline, italic=True, colour=(90, 90, 90), after=14)
        for node in document.body:
            self._node(node)
        if document.notes:
            self._block((Inline("Notes"),), size=_HEADING_POINTS[2], sans=True, bold=True,
                        before=16, after=6, heading=2)  # fmt: skip
            items = []
            for note in document.notes:
                author = f" — {note.author}" if note.author else ""
                items.append(ListItem((Inline(f"“{note.passage}” {note.text}{author}"),)))
            self._list(ListNode(True, tuple(items)), 1)
        return self.text

    def _node(self, node: Node) -> None:
        if isinstance(node, Heading):
            self._block(node.inlines, size=_HEADING_POINTS[node.level], sans=True, bold=True,
                        before=10, after=4, heading=node.level)  # fmt: skip
        elif isinstance(node, Paragraph):
            self._block(node.inlines, after=7)
        elif isinstance(node, Quote):
            for paragraph in node.paragraphs:
                self._block(paragraph.inlines, indent=8, colour=(51, 51, 51), before=4, after=6)
        else:
            self._list(node, 1)

    def _list(self, node: ListNode, depth: int) -> None:
        from PySide6.QtGui import QTextListFormat

        style = QTextListFormat.Style
        list_format = QTextListFormat()
        list_format.setStyle(style.ListDecimal if node.ordered else style.ListDisc)
        list_format.setIndent(depth)
        text_list = None
        for index, item in enumerate(node.items):
            self._block(item.inlines, before=4 if depth == 1 and index == 0 else 0, after=3)
            if text_list is None:
                text_list = self.cursor.createList(list_format)
            else:
                text_list.add(self.cursor.block())
            for child in item.children:
                self._list(child, depth + 1)

    def _block(
        self,
        inlines: Inlines,
        *,
        size: float = BODY_POINTS,
        sans: bool = False,
        bold: bool = False,
        italic: bool = False,
        colour: tuple[int, int, int] = (26, 26, 26),
        before: float = 0,
        after: float = 0,
        indent: float = 0,  # millimetres
        heading: int = 0,
    ) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QColor, QFont, QTextBlockFormat, QTextCharFormat

        block = QTextBlockFormat()
        block.setTopMargin(before * _POINT)
        block.setBottomMargin(after * _POINT)
        block.setLeftMargin(_pixels(indent))
        block.setRightMargin(_pixels(indent))
        block.setHeadingLevel(heading)
        block.setLineHeight(118, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        if right_to_left(plain(inlines)):
            block.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        base = QTextCharFormat()
        font = QFont()
        font.setFamilies(SANS if sans else SERIF)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        base.setFont(font)
        base.setForeground(QColor(*colour))
        if self.first:
            self.cursor.setBlockFormat(block)
            self.cursor.setBlockCharFormat(base)
            self.first = False
        else:
            self.cursor.insertBlock(block, base)
        for inline in inlines:
            self.cursor.insertText(inline.text, self._format(base, inline))

    @staticmethod
    def _format(base: Any, inline: Inline) -> Any:
        from PySide6.QtGui import QColor, QFont, QTextCharFormat

        char = QTextCharFormat(base)
        if inline.strong:
            char.setFontWeight(QFont.Weight.Bold)
        if inline.emphasis:
            char.setFontItalic(True)
        if inline.href:
            char.setAnchor(True)
            char.setAnchorHref(inline.href)
            char.setFontUnderline(True)
            char.setForeground(QColor(6, 69, 173))
        return char
