# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Work for other processes (multiprocessing, spawn): concurrent writers on one library.

Each function runs in its own interpreter with its own ``Database``, as two copies of
the app (or two editors on a shared PostgreSQL library) would. Results come back as
plain dicts; any error other than the expected ``VersionConflict`` is reported as its
message, so the test can show exactly what a user would have seen.
"""

from __future__ import annotations

import random
import time
from dataclasses import replace
from typing import Any

Barrier = Any  # multiprocessing.synchronize.Barrier (a proxy type at run time)


def _database(url: str) -> Any:
    from app.core.storage import Database

    return Database(url)


def _append(document: Any, line: str) -> Any:
    return replace(document, text=f"{document.text}\n\n{line}", blocks=())


def saver_in_rounds(url: str, article_id: int, name: str, rounds: int, barrier: Barrier) -> dict:
    """Each round: read the article, wait for the other writer, save one line, wait again.

    Both writers hold the same version when they save, so exactly one may win each round.
    """
    from app.core.articles import VersionConflict, open_article, save_revision
    from app.core.storage import StorageError

    db = _database(url)
    won, lost, errors = [], 0, []
    for number in range(rounds):
        article = open_article(db, article_id)
        line = f"{name}-{number}"
        barrier.wait()
        try:
            save_revision(
                db, article_id, _append(article.document, line),
                author=name, expected_version=article.version,
            )  # fmt: skip
            won.append(line)
        except VersionConflict:
            lost += 1
        except StorageError as exc:
            errors.append(str(exc))
        barrier.wait()
    db.dispose()
    return {"won": won, "conflicts": lost, "errors": errors}


def saver_free_running(url: str, article_id: int, name: str, saves: int, seed: int) -> dict:
    """Save ``saves`` lines as fast as possible, re-reading after every conflict.

    The text grows by a few kilobytes a save, so transactions overlap and writers
    wait on each other's locks.
    """
    from app.core.articles import VersionConflict, open_article, save_revision
    from app.core.storage import StorageError

    rng = random.Random(seed)
    db = _database(url)
    won, conflicts, errors = [], 0, []
    padding = "Filler words for a longer save. " * 60
    while len(won) < saves and len(errors) < 5:
        article = open_article(db, article_id)
        line = f"{name}-{len(won)} {padding}"
        time.sleep(rng.uniform(0, 0.003))
        try:
            save_revision(
                db, article_id, _append(article.document, line),
                author=name, expected_version=article.version, autosave=rng.random() < 0.5,
            )  # fmt: skip
            won.append(line.split()[0])
        except VersionConflict:
            conflicts += 1
        except StorageError as exc:
            errors.append(str(exc))
    db.dispose()
    return {"won": won, "conflicts": conflicts, "errors": errors}


def start_library(url: str, barrier: Barrier) -> str:
    """Open a library as the app and the CLI do at start-up: migrate it to the newest schema."""
    from app.core.storage import StorageError
    from app.core.storage.migrate import upgrade_to_head

    db = _database(url)
    barrier.wait()
    try:
        upgrade_to_head(db)
        return ""
    except StorageError as exc:
        return str(exc)
    finally:
        db.dispose()


def importer(url: str, title: str, count: int, barrier: Barrier) -> dict:
    """Import ``count`` drafts with the same headline, in step with another importer."""
    from app.core.articles import create_article
    from app.core.importers import document_from_text
    from app.core.storage import StorageError

    db = _database(url)
    slugs, errors = [], []
    for number in range(count):
        document = document_from_text(f"{title}\n\nDraft number {number} of the same story.")
        barrier.wait()
        try:
            slugs.append(create_article(db, document, author="importer")[0].slug)
        except StorageError as exc:
            errors.append(str(exc))
    db.dispose()
    return {"slugs": slugs, "errors": errors}


def hold_write_lock(path: str, seconds: float, ready: Any) -> None:
    """Hold SQLite's write lock on ``path`` for ``seconds`` (another program mid-save)."""
    import sqlite3

    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("UPDATE articles SET words = words")
    ready.set()
    time.sleep(seconds)
    connection.execute("COMMIT")
    connection.close()


def run(queue: Any, index: int, fn: Any, args: tuple) -> None:
    """Process entry point: put ``(index, fn(*args), error)`` on ``queue``."""
    import traceback

    try:
        queue.put((index, fn(*args), ""))
    except BaseException:  # reported to the test, which fails with it
        queue.put((index, None, traceback.format_exc()))


def together(fn: Any, *arguments: tuple, timeout: float = 180.0) -> list[Any]:
    """Run ``fn(*args)`` for each tuple of ``arguments`` in its own process, at once.

    Returns the results in order; raises AssertionError with the child's traceback
    when one of them raised.
    """
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    processes = [
        context.Process(target=run, args=(queue, index, fn, args))
        for index, args in enumerate(arguments)
    ]
    for process in processes:
        process.start()
    try:
        answers = dict((i, (r, e)) for i, r, e in (queue.get(timeout=timeout) for _ in processes))
    finally:
        for process in processes:
            process.join(timeout=30)
            if process.is_alive():
                process.kill()
    failures = [error for _result, error in answers.values() if error]
    assert not failures, failures[0]
    return [answers[index][0] for index in range(len(processes))]


def barrier(parties: int) -> Barrier:
    import multiprocessing

    return multiprocessing.get_context("spawn").Barrier(parties)
