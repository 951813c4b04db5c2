# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Build tests/data/migrations/<revision>.sqlite3: a library at each schema revision, with data.

    .venv/bin/python scripts/build_migration_fixtures.py [--rebuild]

For every revision of the migration chain, a new library is created by Copydesk's own
Database (WAL, foreign keys) and migrated to exactly that revision; then every table
that exists at that revision (found by reflection, so the script needs no change when a
migration adds one) gets three rows: valid values for the columns the app reads as
enumerations or JSON, text with curly quotes, accents, right-to-left script and emoji,
the longest strings a column allows, NULL where a column may be NULL, and fixed times.

Existing fixtures are kept: they stand for the libraries people already have, and must
keep upgrading. Run the script after adding a migration to add the new revision's
fixture; ``--rebuild`` makes every fixture again (only when their data must change).
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from alembic import command  # noqa: E402
from alembic.script import ScriptDirectory  # noqa: E402
from sqlalchemy import MetaData, types  # noqa: E402

from app.core.storage import Database  # noqa: E402
from app.core.storage.migrate import alembic_config  # noqa: E402

FIXTURES = ROOT / "tests" / "data" / "migrations"
ROWS = 3
SAMPLE = "“Quoted” café — عربي — 🙂 {n}"
# Columns the app reads as one of a few words, or as JSON.
CHOICES: dict[str, list[str]] = {
    "articles.status": ["draft", "in_copy_edit", "approved"],
    "articles.source_format": ["txt", "md", "docx"],
    "revisions.structure": [
        '{"blocks":[["headline",0,5,1,0]],"marks":[],"source_format":"txt"}',
        '{"blocks":[],"marks":[["emphasis",0,3,""]],"source_format":"md"}',
        "{}",
    ],
    "finding_decisions.kind": ["dismiss_here", "dismiss_article", "rule_off"],
    "sources.kind": ["person", "organisation", "person"],
    "quote_verifications.status": ["verified", "unverified", "disputed"],
    "quote_verifications.method": ["recording", "notes", ""],
    "profiles.role": ["writer", "copy_editor", "editor"],
    "article_events.kind": ["transition", "override", "exported"],
    "article_events.from_status": ["draft", "in_copy_edit", "approved"],
    "article_events.to_status": ["in_copy_edit", "approved", "exported"],
    "article_events.role": ["writer", "copy_editor", "editor"],
    "article_events.details": ['{"open_errors": ["one"]}', "{}", ""],
}
START = datetime(2026, 3, 1, 9, 30, tzinfo=UTC)


def value(table: str, column: object, n: int) -> object:
    """The value of ``column`` in row ``n`` (1-based) of ``table``."""
    name = f"{table}.{column.name}"  # type: ignore[attr-defined]
    if name in CHOICES:
        return CHOICES[name][(n - 1) % len(CHOICES[name])]
    kind = column.type  # type: ignore[attr-defined]
    if column.primary_key or column.foreign_keys:  # type: ignore[attr-defined]
        return n
    if column.nullable and n == ROWS:  # type: ignore[attr-defined]
        return None
    if isinstance(kind, types.Boolean):
        return n % 2 == 0
    if isinstance(kind, types.Integer):
        return 10 * n
    if isinstance(kind, types.DateTime):
        return START + timedelta(days=n, minutes=n)
    if isinstance(kind, types.LargeBinary):
        return bytes(range(n * 7 % 256)) + b"\0\xff"
    text = f"{column.name} {SAMPLE.format(n=n)}"  # type: ignore[attr-defined]
    length = getattr(kind, "length", None)
    if length and n == 2:  # the longest value the column allows
        text = (text * (length // len(text) + 1))[: length - 3] + f"…{n:02d}"
    return text[:length] if length else text


def build(revision: str, path: Path) -> None:
    """A library at ``revision`` at ``path``, with rows in every table."""
    path.unlink(missing_ok=True)
    database = Database.for_sqlite_file(path)
    config = alembic_config()
    with database.writer.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
    metadata = MetaData()
    metadata.reflect(database.engine)
    with database.writer.begin() as connection:
        for table in metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            rows = [
                {column.name: value(table.name, column, n) for column in table.columns}
                for n in range(1, ROWS + 1)
            ]
            connection.execute(table.insert(), rows)
    database.dispose()
    for extra in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        extra.unlink(missing_ok=True)


def revisions() -> list[str]:
    """The chain, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rebuild", action="store_true", help="make existing fixtures again")
    options = parser.parse_args()
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for revision in revisions():
        path = FIXTURES / f"{revision}.sqlite3"
        if path.exists() and not options.rebuild:
            print(f"kept  {path.relative_to(ROOT)}")
            continue
        build(revision, path)
        print(f"built {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
