# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Two writers on one library, in separate processes: no lost update, no raw lock error.

On SQLite (two copies of the app, or the app and the CLI, on one file) and on
PostgreSQL (two editors on a desk's shared library). The writers are real processes
(multiprocessing, spawn), each with its own engine, as two programs would have.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from app.core import articles
from app.core.importers import document_from_text
from app.core.storage import Database, StorageError
from app.core.storage import db as storage_db
from app.core.storage.migrate import current_revision, head_revision
from tests.reliability import workers
from tests.reliability.app_child import read_log
from tests.reliability.crash import APP_CHILD, ROOT, database_checks, kill, run_cli, wait_for

pytestmark = pytest.mark.slow
RAW_WORDS = ("database is locked", "DETAIL", "Traceback", "psycopg", "sqlite3")


def _plain(message: str) -> bool:
    return "\n" not in message and not any(word in message for word in RAW_WORDS)


def _article(db: Database) -> int:
    document = document_from_text("Harbour plan vote\n\nThe council met on Tuesday.")
    return articles.create_article(db, document, author="desk")[0].id


def test_saving_the_same_version_at_once_one_wins_one_is_told(db: Database, database_url) -> None:
    article_id = _article(db)
    rounds = 12
    meeting = workers.barrier(2)
    results = workers.together(
        workers.saver_in_rounds,
        (database_url, article_id, "ana", rounds, meeting),
        (database_url, article_id, "ben", rounds, meeting),
    )
    errors = [e for r in results for e in r["errors"]]
    assert errors == []
    won = [line for r in results for line in r["won"]]
    assert len(won) == rounds, "each round exactly one save may win"
    assert sum(r["conflicts"] for r in results) == rounds, "the other is told, every time"
    final = articles.open_article(db, article_id)
    assert final.version == 1 + rounds
    paragraphs = final.document.text.split("\n\n")[2:]
    assert sorted(paragraphs) == sorted(won), "a saved line went missing: a lost update"


def test_free_running_writers_lose_nothing(db: Database, database_url) -> None:
    article_id = _article(db)
    saves = 25
    results = workers.together(
        workers.saver_free_running,
        (database_url, article_id, "ana", saves, random.randrange(1 << 30)),
        (database_url, article_id, "ben", saves, random.randrange(1 << 30)),
    )
    errors = [e for r in results for e in r["errors"]]
    assert errors == [], errors[:1]
    text = articles.open_article(db, article_id).document.text
    present = {paragraph.split()[0] for paragraph in text.split("\n\n")[2:]}
    assert present == {line for r in results for line in r["won"]}
    assert len(present) == 2 * saves


def test_two_programs_starting_on_a_new_library_at_once(database_url) -> None:
    meeting = workers.barrier(3)
    messages = workers.together(workers.start_library, *[(database_url, meeting) for _ in range(3)])
    assert messages == ["", "", ""]
    database = Database(database_url)
    assert current_revision(database) == head_revision()
    database.dispose()


def test_two_editors_importing_the_same_headline_at_once(db: Database, database_url) -> None:
    meeting = workers.barrier(2)
    results = workers.together(
        workers.importer,
        (database_url, "Storm closes the ferry", 8, meeting),
        (database_url, "Storm closes the ferry", 8, meeting),
    )
    assert [e for r in results for e in r["errors"]] == []
    slugs = [s for r in results for s in r["slugs"]]
    assert len(slugs) == 16 and len(set(slugs)) == 16


def _hold(path: Path, seconds: float) -> multiprocessing.Process:
    context = multiprocessing.get_context("spawn")
    ready = context.Event()
    holder = context.Process(target=workers.hold_write_lock, args=(str(path), seconds, ready))
    holder.start()
    assert ready.wait(60), "the other program never took the lock"
    return holder


def test_a_save_waits_for_another_programs_save(sqlite_db: Database, tmp_path: Path) -> None:
    article_id = _article(sqlite_db)
    article = articles.open_article(sqlite_db, article_id)
    holder = _hold(tmp_path / "library.sqlite3", 1.0)
    saved, _ = articles.save_revision(
        sqlite_db, article_id, article.document, author="desk", expected_version=article.version
    )
    holder.join()
    assert saved.version == article.version + 1


def test_a_lock_held_too_long_is_a_plain_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage_db, "BUSY_TIMEOUT_MS", 300)
    database = Database(f"sqlite:///{tmp_path / 'library.sqlite3'}")
    from app.core.storage.migrate import upgrade_to_head

    upgrade_to_head(database)
    article_id = _article(database)
    article = articles.open_article(database, article_id)
    holder = _hold(tmp_path / "library.sqlite3", 3.0)
    started = time.monotonic()
    with pytest.raises(StorageError) as caught:
        articles.save_revision(
            database, article_id, article.document, author="desk", expected_version=article.version
        )
    assert time.monotonic() - started < 2.5
    holder.join()
    assert str(caught.value) == (
        "The library is busy with another save; please try again in a moment."
    )
    database.dispose()


def test_the_app_and_the_command_line_on_one_library(tmp_path: Path) -> None:
    import subprocess
    import sys

    home = tmp_path / "home"
    draft = tmp_path / "harbour.txt"
    draft.write_text("Harbour plan vote\n\nThe council met on Tuesday.\n", encoding="utf-8")
    other = tmp_path / "other.txt"
    other.write_text("Ferry fares rise\n\nFares go up in May.\n", encoding="utf-8")
    log = tmp_path / "app.log"
    app = subprocess.Popen(
        [sys.executable, str(APP_CHILD), "--home", str(home), "--log", str(log),
         "--draft", str(draft), "--autosave-ms", "300"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        shown = wait_for(
            lambda: next((e for e in read_log(log) if e["event"] == "shown"), None), 90, "the app"
        )
        out = tmp_path / "proof.md"
        runs = [
            run_cli("import", str(other), home=home),
            run_cli("list", "--format", "json", home=home),
            run_cli("export", "--article", str(shown["article"]), "--to", "md", "-o", str(out),
                    home=home),
        ]  # fmt: skip
        wait_for(lambda: len([e for e in read_log(log) if e["event"] == "typed"]) > 30, 60, "keys")
        time.sleep(0.8)  # one more autosave after the last command
    finally:
        kill(app)
    assert [r.returncode for r in runs] == [0] * len(runs), [r.stderr for r in runs]
    events = read_log(log)
    assert [e for e in events if e["event"] in ("problem", "conflict")] == []
    assert not [e for e in events if "not saved" in str(e.get("message", "")).lower()]
    saved = [e for e in events if e.get("state") == "Saving…"]
    assert len(saved) >= 3, "the app kept autosaving while the command line worked"
    database = home / "data" / "copydesk.sqlite3"
    assert database_checks(database) == ""
    assert len(json.loads(runs[-2].stdout)["articles"]) == 2
    with closing(sqlite3.connect(database)) as connection:
        text = connection.execute(
            "SELECT text FROM revisions WHERE article_id = ? ORDER BY number DESC LIMIT 1",
            (shown["article"],),
        ).fetchone()[0]
    assert text.startswith(shown["text"]) and len(text) > len(shown["text"])
