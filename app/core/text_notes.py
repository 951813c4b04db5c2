# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Notes on text: a copy editor's comment on a span, for the writer to resolve.

Notes are anchored by their words and context, so they stay on their words
while the text around them is edited. One unit of work per call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.core.anchors import Anchor, capture, locate
from app.core.articles import aware
from app.core.model import ArticleId, Changes
from app.core.storage.db import Database, StorageError
from app.core.storage.rows import TextNoteRow, utcnow


@dataclass(frozen=True, slots=True)
class TextNote:
    id: int
    article_id: ArticleId
    anchor: Anchor
    body: str
    author: str
    created_at: datetime
    resolved_by: str = ""
    resolved_at: datetime | None = None
    resolution: str = ""

    @property
    def resolved(self) -> bool:
        return self.resolved_at is not None


def add_note(
    db: Database, article_id: ArticleId, text: str, start: int, end: int, body: str, *, who: str
) -> tuple[TextNote, Changes]:
    """Attach a note to ``text[start:end]`` (code points of the text as it is now)."""
    if not body.strip():
        raise StorageError("A note needs some words.")
    if not 0 <= start < end <= len(text):
        raise StorageError("Select the words the note is about first.")
    anchor = capture(text, start, end)
    with db.unit_of_work() as session:
        row = TextNoteRow(
            article_id=article_id,
            anchor_text=anchor.text,
            context_before=anchor.before,
            context_after=anchor.after,
            body=body.strip(),
            author=who,
        )
        session.add(row)
        session.flush()
        return _note(row), Changes(workflow=True)


def resolve_note(
    db: Database, note_id: int, *, who: str, resolution: str = "", reopen: bool = False
) -> Changes:
    """Mark a note resolved (or open again with ``reopen``)."""
    with db.unit_of_work() as session:
        row = session.get(TextNoteRow, note_id)
        if row is None:
            raise StorageError("That note is no longer in the library.")
        if reopen:
            row.resolved_at, row.resolved_by, row.resolution = None, "", ""
        else:
            row.resolved_at, row.resolved_by, row.resolution = utcnow(), who, resolution.strip()
        return Changes(workflow=True)


def list_notes(db: Database, article_id: ArticleId) -> list[TextNote]:
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(
            select(TextNoteRow).where(TextNoteRow.article_id == article_id).order_by(TextNoteRow.id)
        )
        return [_note(row) for row in rows]


def place_notes(notes: list[TextNote], text: str) -> list[tuple[TextNote, tuple[int, int] | None]]:
    """Where each note's words are in ``text`` now (None when they were deleted). Pure."""
    return [(note, locate(note.anchor, text)) for note in notes]


def _note(row: TextNoteRow) -> TextNote:
    return TextNote(
        id=row.id,
        article_id=ArticleId(row.article_id),
        anchor=Anchor(row.anchor_text, row.context_before, row.context_after),
        body=row.body,
        author=row.author,
        created_at=aware(row.created_at),
        resolved_by=row.resolved_by,
        resolved_at=aware(row.resolved_at) if row.resolved_at else None,
        resolution=row.resolution,
    )
