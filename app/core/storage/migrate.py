# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Alembic, configured in code. ``upgrade_to_head`` is also how a new library is created."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from app.core.storage.db import Database, StorageError, describe_operational_error

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


class SchemaTooNewError(StorageError):
    """The library was written by a newer Copydesk; we refuse to touch it."""


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Copydesk knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    """The schema revision stored in the library, or None for an empty one."""
    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade_to_head(db: Database) -> None:
    """Bring the library's schema up to date; create it if it is empty.

    Refuses (``SchemaTooNewError``) a library stamped with a revision this
    version does not know, without modifying it.
    """
    script = ScriptDirectory.from_config(alembic_config())
    try:
        stored = current_revision(db)
        if stored is not None and stored not in {rev.revision for rev in script.walk_revisions()}:
            raise SchemaTooNewError(
                "This library was saved by a newer version of Copydesk "
                f"(schema {stored}). Update Copydesk to open it; it has not been changed."
            )
        if stored == script.get_current_head():
            return
        config = alembic_config()
        with db.engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except DBAPIError as exc:
        raise StorageError(describe_operational_error(exc, db.display_url)) from exc  # type: ignore[arg-type]
