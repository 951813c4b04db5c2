# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Use cases on the article library. Each call is one unit of work.

Functions take plain values and return frozen dataclasses; they may run on
any thread (the UI runs them on its database worker), never on two threads
with the same Session, which they never expose.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.core.model import (
    Article,
    ArticleId,
    ArticleStatus,
    ArticleSummary,
    Changes,
    Document,
    Revision,
    RevisionId,
)
from app.core.storage.db import Database, StorageError
from app.core.storage.rows import ArticleRow, EventRow, RevisionRow, utcnow
from app.core.storage.structure import document_from_row, structure_to_json


class ArticleNotFound(StorageError):
    """The article asked for is not in the library (deleted by someone else?)."""


class VersionConflict(StorageError):
    """Someone saved the article since this copy was opened.

    ``current`` is the article as it now stands in the library, so the user
    can see what changed and choose.
    """

    def __init__(self, current: Article) -> None:
        super().__init__(
            f"“{current.title}” was changed by someone else since you opened it; "
            "nothing was overwritten."
        )
        self.current = current


class _SlugTaken(Exception):
    """Another program took the slug between our look and our insert."""


_SLUG_ATTEMPTS = 5


def create_article(
    db: Database, document: Document, *, author: str, source_path: str = ""
) -> tuple[Article, Changes]:
    """Store a new article with ``document`` as its first revision.

    Two editors importing drafts with the same headline at the same moment on a
    shared PostgreSQL library can pick the same slug; the loser picks again.
    """
    for _attempt in range(_SLUG_ATTEMPTS):
        try:
            return _create_article(db, document, author=author, source_path=source_path)
        except _SlugTaken:
            continue
    raise StorageError("The library is busy with other imports; please try again in a moment.")


def _create_article(
    db: Database, document: Document, *, author: str, source_path: str
) -> tuple[Article, Changes]:
    with db.unit_of_work() as session:
        row = ArticleRow(
            title=(document.title or "Untitled")[:500],
            slug=_unique_slug(session, document.title or "untitled"),
            byline=document.byline[:500],
            dateline=document.dateline[:500],
            status=ArticleStatus.DRAFT.value,
            source_path=source_path,
            source_format=document.source_format,
            words=document.words,
            version=1,
        )
        session.add(row)
        try:
            session.flush()
        except IntegrityError as exc:  # the only unique column is the slug
            raise _SlugTaken from exc
        revision = _add_revision(session, row, document, author=author, autosave=False)
        return _article(row, revision, document), Changes(articles=True, text=True)


def list_articles(db: Database) -> list[ArticleSummary]:
    """Every article, most recently updated first."""
    with db.unit_of_work(write=False) as session:
        rows = session.scalars(select(ArticleRow).order_by(ArticleRow.updated_at.desc()))
        return [_summary(row) for row in rows]


def open_article(db: Database, article_id: ArticleId) -> Article:
    """The article with the document of its latest revision."""
    with db.unit_of_work(write=False) as session:
        row = _get(session, article_id)
        return _load(session, row)


def find_by_source(db: Database, source_path: str) -> ArticleId | None:
    """The article most recently imported from ``source_path``, if any."""
    with db.unit_of_work(write=False) as session:
        found = session.scalar(
            select(ArticleRow.id)
            .where(ArticleRow.source_path == source_path)
            .order_by(ArticleRow.updated_at.desc())
            .limit(1)
        )
        return ArticleId(found) if found is not None else None


def save_revision(
    db: Database,
    article_id: ArticleId,
    document: Document,
    *,
    author: str,
    expected_version: int,
    autosave: bool = False,
) -> tuple[Article, Changes]:
    """Save ``document`` as the article's text, if nobody saved since ``expected_version``.

    An autosave replaces the previous autosave by the same author rather than
    piling up revisions; an explicit save always adds one. Raises
    VersionConflict (carrying the current article) instead of overwriting.
    """
    with db.unit_of_work() as session:
        now = utcnow()
        # Compare-and-set on the version in one UPDATE: safe across processes and
        # on both SQLite and PostgreSQL, whatever the isolation level.
        values: dict[str, object] = {
            "version": ArticleRow.version + 1,
            "updated_at": now,
            "words": document.words,
        }
        # Metadata the document does not carry stays as it was.
        for name in ("title", "byline", "dateline"):
            if getattr(document, name):
                values[name] = getattr(document, name)[:500]
        result = session.execute(
            update(ArticleRow)
            .where(ArticleRow.id == article_id, ArticleRow.version == expected_version)
            .values(values)
            .execution_options(synchronize_session=False)
        )
        row = _get(session, article_id)
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise VersionConflict(_load(session, row))
        session.refresh(row)
        latest = _latest_revision(session, row.id)
        if latest is not None and latest.text != document.text:
            _reopen_if_approved(session, row, author)
        if autosave and latest is not None and latest.autosave and latest.author == author:
            latest.text = document.text
            latest.structure = structure_to_json(document)
            latest.words = document.words
            latest.created_at = now
            revision = latest
        else:
            revision = _add_revision(session, row, document, author=author, autosave=autosave)
        session.flush()
        return _article(row, revision, document), Changes(articles=True, text=True)


def list_revisions(db: Database, article_id: ArticleId) -> list[Revision]:
    """The article's revisions, newest first."""
    with db.unit_of_work(write=False) as session:
        _get(session, article_id)
        rows = session.scalars(
            select(RevisionRow)
            .where(RevisionRow.article_id == article_id)
            .order_by(RevisionRow.number.desc())
        )
        return [_revision(row) for row in rows]


def revision_document(db: Database, revision_id: RevisionId) -> Document:
    """The document saved in one revision."""
    with db.unit_of_work(write=False) as session:
        row = session.get(RevisionRow, revision_id)
        if row is None:
            raise StorageError("That revision is no longer in the library.")
        article = row.article
        return document_from_row(
            row.text,
            row.structure,
            title=article.title,
            byline=article.byline,
            dateline=article.dateline,
        )


def delete_article(db: Database, article_id: ArticleId) -> Changes:
    """Remove an article and everything attached to it."""
    with db.unit_of_work() as session:
        session.delete(_get(session, article_id))
        return Changes(articles=True)


def slugify(title: str) -> str:
    """A URL- and file-safe slug: ASCII letters, digits and hyphens, at most 60 characters."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    return slug[:60].rstrip("-") or "article"


def _unique_slug(session: Session, title: str) -> str:
    base = slugify(title)
    taken = set(session.scalars(select(ArticleRow.slug).where(ArticleRow.slug.like(f"{base}%"))))
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def _reopen_if_approved(session: Session, row: ArticleRow, author: str) -> None:
    """Approval covers a text; a changed text goes back to the copy desk (recorded)."""
    if row.status not in (ArticleStatus.APPROVED.value, ArticleStatus.EXPORTED.value):
        return
    session.add(
        EventRow(
            article_id=row.id,
            kind="reopened",
            from_status=row.status,
            to_status=ArticleStatus.IN_COPY_EDIT.value,
            who=author,
            note="The text changed after approval.",
        )
    )
    row.status = ArticleStatus.IN_COPY_EDIT.value


def _get(session: Session, article_id: ArticleId) -> ArticleRow:
    row = session.get(ArticleRow, article_id)
    if row is None:
        raise ArticleNotFound(f"Article {article_id} is not in the library.")
    return row


def _latest_revision(session: Session, article_id: int) -> RevisionRow | None:
    return session.scalar(
        select(RevisionRow)
        .where(RevisionRow.article_id == article_id)
        .order_by(RevisionRow.number.desc())
        .limit(1)
    )


def _add_revision(
    session: Session, row: ArticleRow, document: Document, *, author: str, autosave: bool
) -> RevisionRow:
    number = (
        session.scalar(select(func.max(RevisionRow.number)).where(RevisionRow.article_id == row.id))
        or 0
    ) + 1
    revision = RevisionRow(
        article_id=row.id,
        number=number,
        text=document.text,
        structure=structure_to_json(document),
        author=author[:200],
        autosave=autosave,
        words=document.words,
    )
    session.add(revision)
    session.flush()
    return revision


def _load(session: Session, row: ArticleRow) -> Article:
    revision = _latest_revision(session, row.id)
    text = revision.text if revision is not None else ""
    structure = revision.structure if revision is not None else "{}"
    document = document_from_row(
        text,
        structure,
        title=row.title,
        byline=row.byline,
        dateline=row.dateline,
        source_name=row.source_path,
    )
    return _article(row, revision, document)


def _article(row: ArticleRow, revision: RevisionRow | None, document: Document) -> Article:
    return Article(
        id=ArticleId(row.id),
        title=row.title,
        slug=row.slug,
        byline=row.byline,
        dateline=row.dateline,
        status=ArticleStatus(row.status),
        created=aware(row.created_at),
        updated=aware(row.updated_at),
        version=row.version,
        document=document,
        revision=_revision(revision) if revision is not None else None,
        source_path=row.source_path,
    )


def _summary(row: ArticleRow) -> ArticleSummary:
    return ArticleSummary(
        id=ArticleId(row.id),
        title=row.title,
        slug=row.slug,
        status=ArticleStatus(row.status),
        words=row.words,
        updated=aware(row.updated_at),
        byline=row.byline,
    )


def _revision(row: RevisionRow) -> Revision:
    return Revision(
        id=RevisionId(row.id),
        number=row.number,
        author=row.author,
        created=aware(row.created_at),
        words=row.words,
        autosave=row.autosave,
    )


def aware(moment: datetime) -> datetime:
    """SQLite hands back naive datetimes; every timestamp we store is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def open_or_import(
    db: Database, document: Document, *, source_path: str, author: str
) -> tuple[Article, Changes]:
    """Open the library's copy of a file, or import it as a new article.

    The library's copy is reused when it was imported from the same path and
    the file has not changed since (its text equals that first revision), so
    opening a file again continues the work instead of duplicating it.
    """
    with db.unit_of_work(write=False) as session:
        candidates = session.execute(
            select(ArticleRow.id, RevisionRow.text)
            .join(RevisionRow, RevisionRow.article_id == ArticleRow.id)
            .where(ArticleRow.source_path == source_path, RevisionRow.number == 1)
            .order_by(ArticleRow.updated_at.desc())
        ).all()
    for article_id, first_text in candidates:
        if first_text == document.text:
            return open_article(db, ArticleId(article_id)), Changes()
    return create_article(db, document, author=author, source_path=source_path)
