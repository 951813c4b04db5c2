# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A full disk or a read-only library: one plain line, nothing damaged, work resumes after.

What each test simulates is said in tests/reliability/filesystems.py; the app's side
(the editor keeps the text and says "Not saved") is tests/ui/test_save_failures.py.
"""

from __future__ import annotations

import errno
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core import articles
from app.core.export import ExportProblem, export_document
from app.core.importers import document_from_text
from app.core.storage import Database, StorageError
from app.core.storage.db import DISK_FULL
from app.core.storage.migrate import upgrade_to_head
from tests.reliability.crash import ROOT, database_checks
from tests.reliability.filesystems import (
    fill,
    read_only,
    read_only_sqlite,
    small_filesystem,
    sqlite_page_limit,
)

DRAFT = "Pier reopens\n\nThe pier reopened on Monday after three months of repairs.\n"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "COPYDESK_HOME": ""},
    )


def _one_plain_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 2, result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("copydesk: "), result.stderr
    assert not re.search(r"Traceback|\b[A-Z]\w*(Error|Exception)\b", result.stderr), result.stderr
    return lines[0]


@pytest.fixture
def library(tmp_path: Path) -> tuple[Path, int]:
    path = tmp_path / "library.sqlite3"
    database = Database.for_sqlite_file(path)
    upgrade_to_head(database)
    article, _ = articles.create_article(database, document_from_text(DRAFT), author="desk")
    database.dispose()
    return path, article.id


def test_a_full_library_refuses_the_save_plainly_and_keeps_the_last_one(library) -> None:
    path, article_id = library
    database = sqlite_page_limit(path)
    article = articles.open_article(database, article_id)
    longer = document_from_text(DRAFT + "More words. " * 20_000)
    with pytest.raises(StorageError) as caught:
        articles.save_revision(
            database, article_id, longer, author="desk", expected_version=article.version
        )
    assert str(caught.value) == DISK_FULL
    database.dispose()
    assert database_checks(path) == ""
    normal = Database.for_sqlite_file(path)  # space freed: the same save now works
    assert articles.open_article(normal, article_id).document.text == article.document.text
    saved, _ = articles.save_revision(
        normal, article_id, longer, author="desk", expected_version=article.version
    )
    assert saved.document.text == longer.text
    normal.dispose()


def test_a_read_only_library_is_a_plain_message_in_the_core_and_the_cli(
    library, tmp_path: Path
) -> None:
    path, article_id = library
    database = read_only_sqlite(path)
    article = articles.open_article(database, article_id)
    with pytest.raises(StorageError) as caught:
        articles.save_revision(
            database, article_id, article.document, author="desk", expected_version=article.version
        )
    assert "is read-only, so nothing was saved" in str(caught.value)
    database.dispose()
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    url = f"sqlite:///file:{path}?mode=ro&uri=true"
    line = _one_plain_line(cli("import", str(draft), "--database-url", url))
    assert "is read-only, so nothing was saved" in line
    listed = cli("list", "--database-url", url)
    assert listed.returncode == 0 and "Pier reopens" in listed.stdout


def test_export_to_a_disk_that_fails_when_flushing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The kernel reports ENOSPC at fsync time (delayed allocation): a fake fsync says so."""
    from app.core.export import files

    out = tmp_path / "pier.txt"
    out.write_text("the good old export\n", encoding="utf-8")

    def full(_descriptor: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ExportProblem, match="could not be written: the disk is full") as caught:
        export_document(document_from_text(DRAFT), "txt", out, force=True)
    assert "\n" not in str(caught.value)
    assert out.read_text(encoding="utf-8") == "the good old export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pier.txt"]


def test_a_really_full_disk(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    with small_filesystem(tmp_path / "disk") as disk:
        home = disk / "home"
        assert cli("import", str(draft), "--data-dir", str(home)).returncode == 0
        out = disk / "pier.html"
        assert cli("export", str(draft), "--to", "html", "-o", str(out)).returncode == 0
        good = out.read_bytes()
        filler = fill(disk)
        big = tmp_path / "big.txt"
        big.write_text(DRAFT + "More words for a bigger draft. " * 30_000, encoding="utf-8")
        line = _one_plain_line(cli("import", str(big), "--data-dir", str(home)))
        assert line == f"copydesk: {DISK_FULL}"
        line = _one_plain_line(cli("export", str(big), "--to", "html", "-o", str(out), "--force"))
        assert "could not be written: the disk is full" in line
        assert out.read_bytes() == good
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "home", "pier.html"]
        filler.unlink()
        database = home / "data" / "copydesk.sqlite3"
        assert database_checks(database) == ""
        again = cli("import", str(draft), "--data-dir", str(home))
        assert again.returncode == 0, again.stderr


def test_a_really_read_only_disk(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    with small_filesystem(tmp_path / "disk") as disk:
        home = disk / "home"
        assert cli("import", str(draft), "--data-dir", str(home)).returncode == 0
        read_only(disk)
        line = _one_plain_line(cli("import", str(draft), "--data-dir", str(home)))
        assert line.endswith("data is read-only, so Copydesk cannot open it.")
        # SQLite cannot read a library in WAL mode from a read-only disk at all.
        assert "is read-only" in _one_plain_line(cli("list", "--data-dir", str(home)))
        line = _one_plain_line(cli("export", str(draft), "--to", "md", "-o", str(disk / "a.md")))
        assert "could not be written: the disk is read-only" in line
