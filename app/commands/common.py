# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What every subcommand shares: opening drafts and the library, the author, output."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import Any


class CommandError(Exception):
    """A failure to report on stderr as one line, with exit code 2."""


def open_document(file: str) -> Any:
    from app.core.importers import ImportProblem, open_document

    try:
        return open_document(file)
    except ImportProblem as exc:
        raise CommandError(str(exc)) from exc


def open_database(options: argparse.Namespace) -> Any:
    from app.core.paths import user_paths
    from app.core.storage import Database, StorageError
    from app.core.storage.db import resolve_database_url
    from app.core.storage.migrate import upgrade_to_head

    paths = user_paths(options.data_dir)
    try:
        db = Database(resolve_database_url(options.database_url, paths.database))
        upgrade_to_head(db)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    return db


def author(options: argparse.Namespace) -> str:
    import getpass

    from app.core.paths import user_paths
    from app.core.settings import load_settings

    name = load_settings(user_paths(options.data_dir).settings_file).user_name
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def print_json(data: Any) -> None:
    """``data`` as JSON on stdout: each item of a top-level list on a line of its own.

    Easy to read and to diff, and fast: every line goes through json's C
    encoder (``indent`` would switch to the pure-Python one, which took a
    quarter of ``check`` on a million words); written item by item, so a long
    list is never held twice in memory.
    """
    for piece in json_pieces(data):
        sys.stdout.write(piece)
    sys.stdout.write("\n")


def json_pieces(data: Any) -> Iterator[str]:
    """The text ``print_json`` writes, in pieces; a value that is not an object is one line."""
    if not isinstance(data, dict) or not data:
        yield _dumps(data)
        return
    yield "{"
    for number, (key, value) in enumerate(data.items()):
        yield f"{',' if number else ''}\n {_dumps(key)}: "
        if isinstance(value, list) and value:
            yield "["
            for index, item in enumerate(value):
                yield f"{',' if index else ''}\n  {_dumps(item)}"
            yield "\n ]"
        else:
            yield _dumps(value)
    yield "\n}"


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)
