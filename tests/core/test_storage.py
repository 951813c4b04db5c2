# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The library: migrations, articles and revisions, on SQLite and PostgreSQL."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from app.core import articles
from app.core.model import ArticleStatus, Block, BlockKind, Document, Mark, MarkKind
from app.core.storage import Database, StorageError
from app.core.storage.migrate import (
    SchemaTooNewError,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)
from app.core.storage.rows import Base

DRAFT = Document(
    text="Council votes on budget\n\nBy Lena Park\n\nThe council voted 7-2 on a “lean” budget.",
    blocks=(
        Block(BlockKind.HEADLINE, 0, 23, 1),
        Block(BlockKind.BYLINE, 25, 36),
        Block(BlockKind.PARAGRAPH, 38, 80),
    ),
    marks=(Mark(MarkKind.EMPHASIS, 71, 79),),
    title="Council votes on budget",
    byline="Lena Park",
)


def test_new_database_is_created_by_migrating_to_head(db: Database) -> None:
    assert current_revision(db) == head_revision()
    with db.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_migration_chain_is_linear() -> None:
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    bases = script.get_bases()
    assert len(bases) == 1
    for revision in script.walk_revisions():
        assert not revision.is_merge_point


def test_upgrade_is_idempotent(db: Database) -> None:
    upgrade_to_head(db)
    assert current_revision(db) == head_revision()


def test_create_open_and_list(db: Database) -> None:
    article, changes = articles.create_article(db, DRAFT, author="lena", source_path="/d/a.txt")
    assert changes.articles and changes.text
    assert article.slug == "council-votes-on-budget"
    assert article.status is ArticleStatus.DRAFT
    reopened = articles.open_article(db, article.id)
    assert reopened.document.text == DRAFT.text
    assert reopened.document.blocks == DRAFT.blocks
    assert reopened.document.marks == DRAFT.marks
    assert reopened.byline == "Lena Park"
    assert reopened.revision is not None and reopened.revision.author == "lena"
    summaries = articles.list_articles(db)
    assert [(s.id, s.title, s.words) for s in summaries] == [(article.id, DRAFT.title, 15)]


def test_slugs_stay_unique(db: Database) -> None:
    first, _ = articles.create_article(db, DRAFT, author="a")
    second, _ = articles.create_article(db, DRAFT, author="a")
    third, _ = articles.create_article(db, DRAFT, author="a")
    assert [first.slug, second.slug, third.slug] == [
        "council-votes-on-budget",
        "council-votes-on-budget-2",
        "council-votes-on-budget-3",
    ]


def test_save_adds_revisions_and_bumps_version(db: Database) -> None:
    article, _ = articles.create_article(db, DRAFT, author="lena")
    edited = Document(text=DRAFT.text + " More.", title=DRAFT.title)
    saved, _ = articles.save_revision(
        db, article.id, edited, author="omar", expected_version=article.version
    )
    assert saved.version == article.version + 1
    history = articles.list_revisions(db, article.id)
    assert [(r.number, r.author) for r in history] == [(2, "omar"), (1, "lena")]
    assert articles.revision_document(db, history[1].id).text == DRAFT.text
    assert articles.open_article(db, article.id).document.text.endswith("More.")


def test_autosaves_replace_each_other_until_an_explicit_save(db: Database) -> None:
    article, _ = articles.create_article(db, DRAFT, author="lena")
    version = article.version
    for word in ("one", "two", "three"):
        doc = Document(text=f"{DRAFT.text} {word}", title=DRAFT.title)
        saved, _ = articles.save_revision(
            db, article.id, doc, author="lena", expected_version=version, autosave=True
        )
        version = saved.version
    history = articles.list_revisions(db, article.id)
    assert [(r.number, r.autosave) for r in history] == [(2, True), (1, False)]
    assert articles.open_article(db, article.id).document.text.endswith("three")
    saved, _ = articles.save_revision(
        db, article.id, Document(text="final", title="T"), author="lena", expected_version=version
    )
    assert [r.number for r in articles.list_revisions(db, article.id)] == [3, 2, 1]


def test_a_stale_save_never_overwrites(db: Database) -> None:
    article, _ = articles.create_article(db, DRAFT, author="lena")
    articles.save_revision(
        db,
        article.id,
        Document(text="theirs", title="T"),
        author="omar",
        expected_version=article.version,
    )
    with pytest.raises(articles.VersionConflict) as caught:
        articles.save_revision(
            db,
            article.id,
            Document(text="mine", title="T"),
            author="lena",
            expected_version=article.version,
        )
    assert caught.value.current.document.text == "theirs"
    assert "nothing was overwritten" in str(caught.value)
    assert articles.open_article(db, article.id).document.text == "theirs"


def test_missing_article_is_a_plain_error(db: Database) -> None:
    with pytest.raises(articles.ArticleNotFound, match="not in the library"):
        articles.open_article(db, 999)


def test_delete_removes_revisions(db: Database) -> None:
    article, _ = articles.create_article(db, DRAFT, author="lena")
    articles.delete_article(db, article.id)
    with db.engine.connect() as connection:
        assert connection.execute(text("select count(*) from revisions")).scalar() == 0


def test_open_or_import_reuses_an_unchanged_file(db: Database) -> None:
    first, changes = articles.open_or_import(db, DRAFT, source_path="/d/a.txt", author="a")
    assert changes.articles
    again, changes = articles.open_or_import(db, DRAFT, source_path="/d/a.txt", author="a")
    assert again.id == first.id and not changes.articles
    newer = Document(text=DRAFT.text + " Update.", title=DRAFT.title)
    third, changes = articles.open_or_import(db, newer, source_path="/d/a.txt", author="a")
    assert third.id != first.id and changes.articles


def test_a_newer_schema_is_refused_untouched(sqlite_db: Database) -> None:
    with sqlite_db.engine.begin() as connection:
        connection.execute(text("update alembic_version set version_num = '9999_future'"))
    with pytest.raises(SchemaTooNewError, match="newer version of Copydesk"):
        upgrade_to_head(sqlite_db)
    assert current_revision(sqlite_db) == "9999_future"


def test_sqlite_file_uses_wal_and_foreign_keys(sqlite_db: Database) -> None:
    with sqlite_db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_integrity_after_use(sqlite_db: Database, tmp_path: Path) -> None:
    article, _ = articles.create_article(sqlite_db, DRAFT, author="a")
    articles.save_revision(sqlite_db, article.id, DRAFT, author="a", expected_version=1)
    sqlite_db.dispose()
    with sqlite3.connect(tmp_path / "library.sqlite3") as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_read_only_library_gives_a_plain_message(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "library.sqlite3"
    database = Database(f"sqlite:///{path}")
    upgrade_to_head(database)
    article, _ = articles.create_article(database, DRAFT, author="a")
    database.dispose()
    readonly = Database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StorageError) as caught:
        articles.save_revision(readonly, article.id, DRAFT, author="a", expected_version=1)
    assert "read-only" in str(caught.value)
    readonly.dispose()


def test_unreachable_server_gives_a_plain_message() -> None:
    database = Database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")
    with pytest.raises(StorageError, match="cannot reach the database server"):
        upgrade_to_head(database)


def test_bad_database_address() -> None:
    with pytest.raises(StorageError, match="not valid"):
        Database("this is not a url")
