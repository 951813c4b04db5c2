# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Sources and verification: the newsroom's directory, each quote's status, notes to check against.

Quotes are found afresh in the text (app.core.quotes); what is stored is tied
to a quote's words and speaker, so an edited quote needs verifying again.
Each function is one unit of work and returns plain data.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select

from app.core.articles import aware
from app.core.model import ArticleId, Changes
from app.core.storage.db import Database, StorageError
from app.core.storage.rows import NotesDocumentRow, SourceRow, VerificationRow, utcnow

MAX_EVIDENCE_BYTES = 20 * 1024 * 1024
_SPACES = re.compile(r"\s+")
_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


class VerificationStatus(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"


class VerificationMethod(StrEnum):
    RECORDING = "recording"
    NOTES = "notes"
    EMAIL = "email"
    PUBLIC_STATEMENT = "public_statement"
    OTHER = "other"


METHOD_LABELS = {
    VerificationMethod.RECORDING: "Recording",
    VerificationMethod.NOTES: "Reporter's notes",
    VerificationMethod.EMAIL: "Email",
    VerificationMethod.PUBLIC_STATEMENT: "Public statement",
    VerificationMethod.OTHER: "Other",
}


@dataclass(frozen=True, slots=True)
class Verification:
    id: int
    article_id: ArticleId
    quote_key: str
    quote_text: str
    speaker: str
    status: VerificationStatus
    method: str
    evidence_url: str
    evidence_name: str
    note: str
    made_by: str
    made_at: datetime


@dataclass(frozen=True, slots=True)
class DirectorySource:
    id: int
    name: str
    kind: str
    role: str
    affiliation: str
    contact: str
    notes: str


@dataclass(frozen=True, slots=True)
class NotesDocument:
    id: int
    name: str
    text: str
    added_by: str
    added_at: datetime


def quote_key(quote_text: str, speaker: str | None) -> str:
    """A stable key for "these words from this speaker" (spacing and quote-mark style ignored)."""
    words = _SPACES.sub(" ", quote_text.translate(_QUOTE_MARKS)).strip()
    who = _SPACES.sub(" ", speaker or "").strip().casefold()
    return hashlib.sha256(f"{who}\x00{words}".encode()).hexdigest()


def set_verification(
    db: Database,
    article_id: ArticleId,
    quote_text: str,
    speaker: str | None,
    status: VerificationStatus,
    *,
    who: str,
    method: VerificationMethod | str = "",
    evidence_url: str = "",
    evidence_file: tuple[str, bytes] | None = None,
    note: str = "",
) -> tuple[Verification, Changes]:
    """Record a verification decision; it becomes the quote's current status."""
    url = evidence_url.strip()
    if url and not url.lower().startswith(("http://", "https://", "mailto:")):
        raise StorageError("Evidence links must start with http://, https:// or mailto:.")
    name, data = evidence_file if evidence_file is not None else ("", None)
    if data is not None and len(data) > MAX_EVIDENCE_BYTES:
        raise StorageError("That evidence file is larger than 20 MB; attach a link instead.")
    with db.unit_of_work() as session:
        row = VerificationRow(
            article_id=article_id,
            quote_key=quote_key(quote_text, speaker),
            quote_text=quote_text,
            speaker=speaker or "",
            status=VerificationStatus(status).value,
            method=str(method),
            evidence_url=url,
            evidence_name=name[:300],
            evidence_data=data,
            note=note.strip(),
            made_by=who,
        )
        session.add(row)
        session.flush()
        return _verification(row), Changes(quotes=True)


def current_verifications(db: Database, article_id: ArticleId) -> dict[str, Verification]:
    """The newest verification of each quote key in the article."""
    latest: dict[str, Verification] = {}
    for verification in verification_history(db, article_id):
        latest[verification.quote_key] = verification
    return latest


def verification_history(db: Database, article_id: ArticleId) -> list[Verification]:
    """Every verification decision in the article, oldest first (for the review report)."""
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(
            select(VerificationRow)
            .where(VerificationRow.article_id == article_id)
            .order_by(VerificationRow.id)
        )
        return [_verification(row) for row in rows]


def evidence_file(db: Database, verification_id: int) -> tuple[str, bytes]:
    with db.unit_of_work(write=False) as session:
        row = session.get(VerificationRow, verification_id)
        if row is None or row.evidence_data is None:
            raise StorageError("That evidence file is not in the library.")
        return row.evidence_name, bytes(row.evidence_data)


def save_source(
    db: Database,
    name: str,
    *,
    who: str,
    kind: str = "person",
    role: str = "",
    affiliation: str = "",
    contact: str = "",
    notes: str = "",
) -> tuple[DirectorySource, Changes]:
    """Create or update a directory entry; one entry per name across the newsroom."""
    clean = _SPACES.sub(" ", name).strip()
    if not clean:
        raise StorageError("A source needs a name.")
    with db.unit_of_work() as session:
        row = session.scalar(select(SourceRow).where(SourceRow.name_key == _name_key(clean)))
        if row is None:
            row = SourceRow(name=clean, name_key=_name_key(clean))
            session.add(row)
        row.kind, row.role, row.affiliation = kind, role.strip(), affiliation.strip()
        row.contact, row.notes = contact.strip(), notes.strip()
        row.updated_by, row.updated_at = who, utcnow()
        session.flush()
        return _source(row), Changes(sources=True)


def find_sources(db: Database, names: Iterable[str]) -> dict[str, DirectorySource]:
    """Directory entries for the given names (matched ignoring case and spacing)."""
    wanted = {_name_key(name): name for name in names if name}
    if not wanted:
        return {}
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(select(SourceRow).where(SourceRow.name_key.in_(list(wanted))))
        return {wanted[row.name_key]: _source(row) for row in rows}


def directory(db: Database) -> list[DirectorySource]:
    with db.unit_of_work(write=False) as session:
        return [_source(row) for row in session.scalars(select(SourceRow).order_by(SourceRow.name))]


def add_notes_document(
    db: Database, article_id: ArticleId, name: str, text: str, *, who: str
) -> tuple[NotesDocument, Changes]:
    """Attach a transcript or notes to check quotes against."""
    if not text.strip():
        raise StorageError("Those notes are empty.")
    with db.unit_of_work() as session:
        row = NotesDocumentRow(article_id=article_id, name=name[:300], text=text, added_by=who)
        session.add(row)
        session.flush()
        return _notes(row), Changes(quotes=True)


def notes_documents(db: Database, article_id: ArticleId) -> list[NotesDocument]:
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(
            select(NotesDocumentRow)
            .where(NotesDocumentRow.article_id == article_id)
            .order_by(NotesDocumentRow.id)
        )
        return [_notes(row) for row in rows]


def _name_key(name: str) -> str:
    return _SPACES.sub(" ", name).strip().casefold()


def _verification(row: VerificationRow) -> Verification:
    return Verification(
        id=row.id,
        article_id=ArticleId(row.article_id),
        quote_key=row.quote_key,
        quote_text=row.quote_text,
        speaker=row.speaker,
        status=VerificationStatus(row.status),
        method=row.method,
        evidence_url=row.evidence_url,
        evidence_name=row.evidence_name,
        note=row.note,
        made_by=row.made_by,
        made_at=aware(row.made_at),
    )


def _source(row: SourceRow) -> DirectorySource:
    return DirectorySource(
        id=row.id,
        name=row.name,
        kind=row.kind,
        role=row.role,
        affiliation=row.affiliation,
        contact=row.contact,
        notes=row.notes,
    )


def _notes(row: NotesDocumentRow) -> NotesDocument:
    return NotesDocument(row.id, row.name, row.text, row.added_by, aware(row.added_at))
