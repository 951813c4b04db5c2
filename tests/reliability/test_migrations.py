# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Libraries made by every earlier schema upgrade with every row intact; newer ones are refused.

The fixtures in tests/data/migrations/ are SQLite libraries at each revision of the
chain, with rows in every table (scripts/build_migration_fixtures.py makes them; a
new migration needs its fixture, and this file says so).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from app.core import articles
from app.core.storage import Database
from app.core.storage.migrate import (
    SchemaTooNewError,
    alembic_config,
    current_revision,
    head_revision,
    upgrade_to_head,
)

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "migrations"
REVISIONS = [
    rev.revision
    for rev in reversed(list(ScriptDirectory.from_config(alembic_config()).walk_revisions()))
]
Rows = dict[str, tuple[list[str], list[tuple]]]


def _rows(path: Path) -> Rows:
    """Every table's column names and rows, read with the sqlite3 module (no Copydesk code)."""
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'alembic_version'"
            )
        ]
        found: Rows = {}
        for table in tables:
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid')
            found[table] = ([d[0] for d in cursor.description], cursor.fetchall())
    return found


def _copy(revision: str, folder: Path) -> Path:
    path = folder / "library.sqlite3"
    shutil.copyfile(FIXTURES / f"{revision}.sqlite3", path)
    return path


def test_every_revision_has_its_fixture() -> None:
    have = sorted(p.stem for p in FIXTURES.glob("*.sqlite3"))
    missing = sorted(set(REVISIONS) - set(have))
    assert not missing, (
        f"no fixture for {missing}: run .venv/bin/python scripts/build_migration_fixtures.py"
    )
    assert set(have) <= set(REVISIONS), "a fixture for a revision that is not in the chain"


@pytest.mark.parametrize("revision", REVISIONS)
def test_fixture_is_at_its_revision_with_data_in_every_table(revision: str, tmp_path: Path) -> None:
    database = Database.for_sqlite_file(_copy(revision, tmp_path))
    assert current_revision(database) == revision
    database.dispose()
    empty = [table for table, (_, rows) in _rows(tmp_path / "library.sqlite3").items() if not rows]
    assert empty == []


@pytest.mark.parametrize("revision", REVISIONS)
def test_upgrading_keeps_every_row(revision: str, tmp_path: Path) -> None:
    path = _copy(revision, tmp_path)
    before = _rows(path)
    database = Database.for_sqlite_file(path)
    upgrade_to_head(database)
    assert current_revision(database) == head_revision()
    after = _rows(path)
    for table, (columns, rows) in before.items():
        assert table in after, f"table {table} is gone"
        new_columns, new_rows = after[table]
        keep = [new_columns.index(column) for column in columns]
        assert [tuple(row[i] for i in keep) for row in new_rows] == rows, f"rows of {table} changed"
    # And the app reads what it finds.
    listed = articles.list_articles(database)
    assert len(listed) == len(before["articles"][1])
    for summary in listed:
        article = articles.open_article(database, summary.id)
        assert article.document.text
        assert articles.list_revisions(database, summary.id)
    database.dispose()


def _fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("journal", ["wal", "delete"])
def test_a_library_from_a_newer_copydesk_is_refused_and_never_touched(
    journal: str, tmp_path: Path
) -> None:
    path = _copy(REVISIONS[-1], tmp_path)
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(f"PRAGMA journal_mode={journal}")
        connection.execute("UPDATE alembic_version SET version_num = '2099_01_01_9999_future'")
        connection.commit()
    before = _fingerprint(tmp_path)
    database = Database.for_sqlite_file(path)
    with pytest.raises(SchemaTooNewError) as caught:
        upgrade_to_head(database)
    database.dispose()
    message = str(caught.value)
    assert "newer version of Copydesk" in message and "has not been changed" in message
    assert "\n" not in message
    assert _fingerprint(tmp_path) == before


def test_a_newer_library_on_either_database_is_refused_and_never_touched(db: Database) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '2099_future'"))
    snapshot = _schema(db)
    with pytest.raises(SchemaTooNewError):
        upgrade_to_head(db)
    assert _schema(db) == snapshot


def _schema(db: Database) -> list[object]:
    """Tables, columns, indexes, the stamped revision and the number of rows in each table."""
    found: list[object] = []
    with db.engine.connect() as connection:
        inspector = inspect(connection)
        for table in sorted(inspector.get_table_names()):
            columns = [(c["name"], str(c["type"])) for c in inspector.get_columns(table)]
            indexes = sorted(i["name"] or "" for i in inspector.get_indexes(table))
            count = connection.execute(text(f'SELECT count(*) FROM "{table}"')).scalar()
            found.append((table, columns, indexes, count))
        found.append(connection.execute(text("SELECT version_num FROM alembic_version")).all())
    return found
