# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Notes on text stay on their words through edits; the writer resolves them."""

from __future__ import annotations

import pytest

from app.core import articles
from app.core.anchors import capture, locate
from app.core.model import Document
from app.core.storage import Database, StorageError
from app.core.text_notes import add_note, list_notes, place_notes, resolve_note

TEXT = "The council met on Monday. The council voted 5-4 to close the pool.\n"


def test_note_follows_its_words_through_edits(db: Database) -> None:
    article, _ = articles.create_article(db, Document(text=TEXT, title="Pool"), author="w")
    start = TEXT.index("The council voted")
    note, _ = add_note(
        db, article.id, TEXT, start, start + len("The council"), "Which council?", who="copy"
    )
    edited = "BREAKING: " + TEXT.replace("met on Monday", "met late on Monday night")
    ((_placed, span),) = place_notes(list_notes(db, article.id), edited)
    assert span is not None and edited[span[0] : span[1] + 6] == "The council voted"
    resolve_note(db, note.id, who="w", resolution="City council; fixed")
    (done,) = list_notes(db, article.id)
    assert done.resolved and done.resolved_by == "w" and done.resolution == "City council; fixed"
    resolve_note(db, note.id, who="copy", reopen=True)
    assert not list_notes(db, article.id)[0].resolved


def test_deleted_words_leave_the_note_unplaced(db: Database) -> None:
    article, _ = articles.create_article(db, Document(text=TEXT, title="Pool"), author="w")
    add_note(db, article.id, TEXT, 4, 11, "Name it", who="copy")
    ((_, span),) = place_notes(list_notes(db, article.id), "Entirely new text.")
    assert span is None


def test_bad_notes_are_refused(db: Database) -> None:
    article, _ = articles.create_article(db, Document(text=TEXT, title="Pool"), author="w")
    with pytest.raises(StorageError, match="needs some words"):
        add_note(db, article.id, TEXT, 0, 3, "  ", who="c")
    with pytest.raises(StorageError, match="Select the words"):
        add_note(db, article.id, TEXT, 5, 5, "x", who="c")


def test_locate_picks_the_occurrence_whose_context_agrees() -> None:
    text = "The pool closes. The pool reopens in May."
    second = text.index("pool", 5)
    anchor = capture(text, second, second + 4)
    moved = "Update: " + text
    assert locate(anchor, moved) == (second + 8, second + 12)
    assert locate(anchor, "No match here.") is None
