# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DraftEditor: the plain-text editor a draft is reviewed in."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QTextCursor,
)
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QToolTip, QWidget
from typing_extensions import override

from app.core.model import BlockKind, Document, Finding
from app.ui.editor.highlighter import DraftHighlighter
from app.ui.editor.layout import line_starts
from app.ui.editor.offsets import OffsetMap
from app.ui.editor.structure import (
    apply_structure,
    block_kind,
    plain_text,
    read_structure,
    set_block_kind,
)
from app.ui.review.appearance import tooltip_html

_ONE_LINE_KINDS = (BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.HEADING)


class DraftEditor(QPlainTextEdit):
    """Edits one document; knows nothing about the database or checks.

    ``set_document`` loads a Document; ``document_snapshot`` returns the
    current text and structure as a Document. ``textEdited`` is emitted for
    real edits only (Qt's ``textChanged`` also fires when the highlighter
    repaints). ``filesDropped`` is emitted when files are dropped on it.
    """

    filesDropped = Signal(list)
    textEdited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName(self.tr("Draft text"))
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        self.set_font_size(12)
        self.setPlaceholderText(self.tr("Open a draft (Ctrl+O), drop a file here, or paste text."))
        self._base = Document(text="")
        self.highlighter = DraftHighlighter(self.document())
        self.highlighter.visible_lines = self.visible_lines
        self.textChanged.connect(self._on_text_changed)
        # Set by the review controller: what finding lies under a cursor, and how to
        # fill a menu with its actions. The editor itself knows nothing of checks.
        self.finding_lookup: Callable[[QTextCursor], Finding | None] | None = None
        self.finding_menu: Callable[[QMenu, Finding], None] | None = None

    def _on_text_changed(self) -> None:
        if not self.highlighter.repainting:
            self.textEdited.emit()

    def set_font_size(self, points: int) -> None:
        font = QFont(self.font())
        font.setPointSize(points)
        self.setFont(font)
        self.document().setDefaultFont(font)
        if hasattr(self, "highlighter"):
            self.highlighter.repaint_all()

    @override
    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        # Keep lines to a comfortable measure (~90 characters) on wide windows.
        measure = self.fontMetrics().averageCharWidth() * 90
        spare = max(0, self.width() - measure - 40)
        self.setViewportMargins(spare // 2, 0, spare // 2, 0)

    def set_document(self, document: Document) -> None:
        """Show ``document``; the undo stack starts empty and the text is unmodified."""
        self._base = document
        qdoc = self.document()
        qdoc.setUndoRedoEnabled(False)
        self.setPlainText(document.text)
        apply_structure(qdoc, document)
        qdoc.setUndoRedoEnabled(True)
        qdoc.setModified(False)
        self.highlighter.repaint_all()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def document_snapshot(self) -> Document:
        """The text as it stands, with structure and the loaded document's metadata."""
        return read_structure(self.document(), self._base)

    def visible_lines(self) -> range:
        """Block numbers on screen now (with a little margin below)."""
        first = self.firstVisibleBlock().blockNumber()
        line_height = max(1, self.fontMetrics().lineSpacing())
        return range(max(0, first), first + self.viewport().height() // line_height + 4)

    def python_offset(self, position: int, text: str | None = None) -> int:
        """Code-point offset in the editor's text of Qt document ``position``."""
        block = self.document().findBlock(position)
        text = plain_text(self.document()) if text is None else text
        starts = line_starts(text)
        line = min(block.blockNumber(), len(starts) - 1)
        return starts[line] + OffsetMap(block.text()).to_python(position - block.position())

    def qt_position(self, offset: int, text: str | None = None) -> int:
        """Qt document position of code-point ``offset`` in the editor's text."""
        text = plain_text(self.document()) if text is None else text
        starts = line_starts(text)
        line = max(0, bisect_right(starts, offset) - 1)
        block = self.document().findBlockByNumber(line)
        column = OffsetMap(block.text()).to_qt(offset - starts[line])
        return block.position() + min(column, max(0, block.length() - 1))

    def select_python_range(self, start: int, end: int) -> None:
        """Select ``text[start:end]`` (code points of the current text) and show it."""
        text = plain_text(self.document())
        cursor = self.textCursor()
        cursor.setPosition(self.qt_position(start, text))
        cursor.setPosition(self.qt_position(end, text), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def set_metadata(self, document: Document) -> None:
        """Replace the metadata (title, byline, dateline) used by later snapshots."""
        self._base = document

    def keyPressEvent(self, event: QKeyEvent) -> None:
        is_enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if is_enter and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            # Shift+Enter would insert a line separator inside a block; a new
            # paragraph is what a writer means.
            event = QKeyEvent(event.type(), event.key(), Qt.KeyboardModifier.NoModifier, "\r")
        super().keyPressEvent(event)
        if is_enter:
            cursor = self.textCursor()
            if block_kind(cursor.block()) in _ONE_LINE_KINDS:
                # A headline ends at Enter: the next line is body copy.
                set_block_kind(cursor, BlockKind.PARAGRAPH)
                self.highlighter.repaint_block(cursor.block())

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.finding_lookup is not None:
            assert isinstance(event, QHelpEvent)
            finding = self.finding_lookup(self.cursorForPosition(event.pos()))
            if finding is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), tooltip_html(finding), self.viewport())
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        standard = self.createStandardContextMenu(event.pos())
        finding = None
        if self.finding_lookup is not None:
            finding = self.finding_lookup(self.cursorForPosition(event.pos()))
        if finding is None or self.finding_menu is None:
            standard.exec(event.globalPos())
            return
        menu = QMenu(self)
        self.finding_menu(menu, finding)
        menu.addSeparator()
        for action in standard.actions():
            menu.addAction(action)
        menu.exec(event.globalPos())

    def show_finding_menu(self) -> bool:
        """Open the actions of the finding at the cursor (the quick-fix key); False if none."""
        if self.finding_lookup is None or self.finding_menu is None:
            return False
        finding = self.finding_lookup(self.textCursor())
        if finding is None:
            return False
        menu = QMenu(self)
        self.finding_menu(menu, finding)
        menu.popup(self.viewport().mapToGlobal(self.cursorRect().bottomLeft()))
        return True

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _local_files(event):
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event):
        if _local_files(event):
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = _local_files(event)
        if files:
            event.acceptProposedAction()
            self.filesDropped.emit(files)
        else:
            super().dropEvent(event)


def _local_files(event: QDropEvent | QDragEnterEvent) -> list[str]:
    mime = event.mimeData()
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
