# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The source directory, verification records and attached notes, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from app.core import articles
from app.core.model import Document
from app.core.sourcing import (
    VerificationMethod,
    VerificationStatus,
    add_notes_document,
    current_verifications,
    directory,
    evidence_file,
    find_sources,
    notes_documents,
    quote_key,
    save_source,
    set_verification,
    verification_history,
)
from app.core.storage import Database, StorageError

QUOTE = "We will reopen the pier by spring"


def _article(db: Database) -> int:
    text = f"“{QUOTE},” said Ana Ruiz, the harbour master."
    article, _ = articles.create_article(db, Document(text=text, title="Pier"), author="w")
    return article.id


def test_newest_decision_is_the_status_and_history_is_kept(db: Database) -> None:
    article_id = _article(db)
    set_verification(
        db,
        article_id,
        QUOTE,
        "Ana Ruiz",
        VerificationStatus.DISPUTED,
        who="copy",
        note="She says she said summer",
    )
    verified, changes = set_verification(
        db,
        article_id,
        QUOTE,
        "Ana Ruiz",
        VerificationStatus.VERIFIED,
        who="editor",
        method=VerificationMethod.RECORDING,
        evidence_url="https://example.org/audio/17",
        evidence_file=("call.txt", b"transcript bytes"),
    )
    assert changes.quotes
    current = current_verifications(db, article_id)
    assert list(current) == [quote_key(QUOTE, "Ana Ruiz")]
    assert current[verified.quote_key].status is VerificationStatus.VERIFIED
    assert current[verified.quote_key].made_by == "editor"
    assert [v.status for v in verification_history(db, article_id)] == [
        VerificationStatus.DISPUTED,
        VerificationStatus.VERIFIED,
    ]
    assert evidence_file(db, verified.id) == ("call.txt", b"transcript bytes")


def test_key_ignores_quote_mark_style_and_spacing_but_not_words() -> None:
    assert quote_key("It’s  done", "Ana Ruiz") == quote_key("It's done", "ana ruiz")
    assert quote_key("It's done", "Ana Ruiz") != quote_key("It's undone", "Ana Ruiz")
    assert quote_key("It's done", "Ana Ruiz") != quote_key("It's done", "Someone Else")


def test_evidence_links_and_sizes_are_checked(db: Database) -> None:
    article_id = _article(db)
    with pytest.raises(StorageError, match="must start with"):
        set_verification(
            db,
            article_id,
            QUOTE,
            "Ana Ruiz",
            VerificationStatus.VERIFIED,
            who="c",
            evidence_url="javascript:alert(1)",
        )
    with pytest.raises(StorageError, match="larger than 20 MB"):
        set_verification(
            db,
            article_id,
            QUOTE,
            "Ana Ruiz",
            VerificationStatus.VERIFIED,
            who="c",
            evidence_file=("big.bin", b"0" * (20 * 1024 * 1024 + 1)),
        )


def test_directory_has_one_entry_per_person(db: Database) -> None:
    save_source(db, "Ana Ruiz", who="w", role="harbour master", affiliation="Port of Ellis")
    updated, _ = save_source(db, "ana  RUIZ", who="c", role="harbour master", contact="ext 21")
    assert [s.name for s in directory(db)] == ["Ana Ruiz"]
    assert updated.contact == "ext 21"
    assert find_sources(db, ["Ana Ruiz", "Nobody"]) == {"Ana Ruiz": updated}
    with pytest.raises(StorageError, match="needs a name"):
        save_source(db, "  ", who="w")


def test_notes_documents(db: Database) -> None:
    article_id = _article(db)
    add_notes_document(db, article_id, "call notes", "Ruiz: we will reopen the pier", who="w")
    assert [(n.name, n.added_by) for n in notes_documents(db, article_id)] == [("call notes", "w")]
    with pytest.raises(StorageError, match="empty"):
        add_notes_document(db, article_id, "x", "  ", who="w")
