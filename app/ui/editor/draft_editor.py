# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DraftEditor: the plain-text editor a draft is reviewed in."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont, QKeyEvent, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.core.model import BlockKind, Document
from app.ui.editor.highlighter import DraftHighlighter
from app.ui.editor.structure import apply_structure, block_kind, read_structure, set_block_kind

_ONE_LINE_KINDS = (BlockKind.HEADLINE, BlockKind.BYLINE, BlockKind.HEADING)


class DraftEditor(QPlainTextEdit):
    """Edits one document; knows nothing about the database or checks.

    ``set_document`` loads a Document; ``document_snapshot`` returns the
    current text and structure as a Document. ``filesDropped`` is emitted
    when files are dropped on it (instead of inserting their paths).
    """

    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self.setAccessibleName("Draft text")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(False)
        font = QFont(self.font())
        font.setPointSize(12)
        self.setFont(font)
        self.setPlaceholderText("Open a draft (Ctrl+O), drop a file here, or paste text.")
        self._base = Document(text="")
        self.highlighter = DraftHighlighter(self.document())

    def set_document(self, document: Document) -> None:
        """Show ``document``; the undo stack starts empty and the text is unmodified."""
        self._base = document
        qdoc = self.document()
        qdoc.setUndoRedoEnabled(False)
        self.setPlainText(document.text)
        apply_structure(qdoc, document)
        qdoc.setUndoRedoEnabled(True)
        qdoc.setModified(False)
        self.highlighter.rehighlight()
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def document_snapshot(self) -> Document:
        """The text as it stands, with structure and the loaded document's metadata."""
        return read_structure(self.document(), self._base)

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
                self.highlighter.rehighlightBlock(cursor.block())

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
