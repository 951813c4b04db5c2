# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""export and report: files out of drafts and stored articles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from app.commands.common import CommandError, author, open_database, open_document


def cmd_export(options: argparse.Namespace) -> int:
    """Convert a draft file (no approval: a conversion) to OUT in the chosen format."""
    if options.article is not None and options.file:
        raise CommandError("give either a FILE or --article ID, not both.")
    if options.article is not None:
        return _export_article(options)
    if not options.file:
        raise CommandError("name a FILE to export (or --article ID).")
    from app.core.export import ExportProblem, export_document

    document = open_document(options.file)
    try:
        written = export_document(
            document,
            options.to,
            Path(options.output),
            force=options.force,
            page_size=options.page_size,
        )
    except ExportProblem as exc:
        raise CommandError(str(exc)) from exc
    print(written)
    return 0


def _export_article(options: argparse.Namespace) -> int:
    """Export a stored article: final when approved, a "not approved" proof otherwise."""
    from app.core.export import ExportProblem
    from app.core.publish import export_article
    from app.core.storage import StorageError
    from app.core.workflow import find_profile

    db = open_database(options)
    try:
        outcome = export_article(
            db,
            options.article,
            options.to,
            Path(options.output),
            profile=find_profile(db, author(options)),
            force=options.force,
            page_size=options.page_size,
        )
    except (ExportProblem, StorageError) as exc:
        raise CommandError(str(exc)) from exc
    if not outcome.final:
        print("copydesk: the article is not approved; exported as a proof.", file=sys.stderr)
    print(outcome.path)
    return 0


def cmd_report(options: argparse.Namespace) -> int:
    """Write the review report of a stored article as HTML or PDF."""
    from app.core.export import ExportProblem
    from app.core.paths import user_paths
    from app.core.publish import write_article_report
    from app.core.settings import load_settings
    from app.core.storage import StorageError

    db = open_database(options)
    policy = load_settings(user_paths(options.data_dir).settings_file).anonymous_sources
    try:
        written = write_article_report(
            db,
            options.article,
            options.to,
            Path(options.output),
            force=options.force,
            anonymous_severity=policy,
        )
    except (ExportProblem, StorageError) as exc:
        raise CommandError(str(exc)) from exc
    print(written)
    return 0
