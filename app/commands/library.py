# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""import, list and text: the library from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import CommandError, author, open_database, open_document, print_json


def cmd_import(options: argparse.Namespace) -> int:
    from app.core.articles import create_article
    from app.core.storage import StorageError

    document = open_document(options.file)
    db = open_database(options)
    try:
        article, _changes = create_article(
            db, document, author=author(options), source_path=str(Path(options.file).resolve())
        )
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    print(article.id)
    return 0


def cmd_list(options: argparse.Namespace) -> int:
    from app.core.articles import list_articles
    from app.core.storage import StorageError

    db = open_database(options)
    try:
        articles = list_articles(db)
    except StorageError as exc:
        raise CommandError(str(exc)) from exc
    if options.format == "json":
        rows = [
            {
                "id": a.id,
                "title": a.title,
                "status": a.status.value,
                "words": a.words,
                "updated": a.updated.isoformat(),
            }
            for a in articles
        ]
        print_json({"articles": rows})
    else:
        for a in articles:
            stamp = a.updated.astimezone().strftime("%Y-%m-%d %H:%M")
            print(f"{a.id:>5}  {a.status.value:<13} {a.words:>6} words  {stamp}  {a.title}")
    return 0


def cmd_text(options: argparse.Namespace) -> int:
    document = open_document(options.file)
    sys.stdout.write(document.text)
    if not document.text.endswith("\n"):
        sys.stdout.write("\n")
    return 0
