# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The copydesk command: import, list, text; global options; bad input and bad arguments."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import _wants_gui, main

DRAFT = "Library hours cut\n\nBy Omar Haddad\n\nThe library will close at 6 p.m. on weekdays.\n"


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed entry point's code in a fresh interpreter, as a user would."""
    return subprocess.run(
        [sys.executable, "-m", "app", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    path = tmp_path / "hours.txt"
    path.write_text(DRAFT, encoding="utf-8")
    return path


def test_import_then_list_json(draft: Path, tmp_path: Path) -> None:
    home = ["--data-dir", str(tmp_path / "home")]
    imported = run_cli(*home, "import", str(draft))
    assert imported.returncode == 0, imported.stderr
    article_id = int(imported.stdout.strip())
    listed = run_cli("list", "--format", "json", *home)
    assert listed.returncode == 0, listed.stderr
    payload = json.loads(listed.stdout)
    assert list(payload) == ["articles"]
    (row,) = payload["articles"]
    assert set(row) == {"id", "title", "status", "words", "updated"}
    assert (row["id"], row["title"], row["status"], row["words"]) == (
        article_id,
        "Library hours cut",
        "draft",
        15,
    )
    assert (tmp_path / "home" / "data" / "copydesk.sqlite3").exists()


def test_database_url_option_and_environment(draft: Path, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    assert main(["import", str(draft), "--database-url", url]) == 0
    env_run = run_cli("list", "--format", "json", env={"COPYDESK_DATABASE_URL": url})
    assert [a["title"] for a in json.loads(env_run.stdout)["articles"]] == ["Library hours cut"]


def test_text_prints_what_is_reviewed(draft: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["text", str(draft)]) == 0
    assert capsys.readouterr().out == DRAFT


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "is empty"),
        (b"\x00\x01\x02\x03" * 500, "bin.txt", "not a text document"),
        (b"not a zip", "fake.docx", "not a real Word"),
        (b"not a zip", "fake.odt", "not a real OpenDocument"),
    ],
)
def test_bad_files_exit_2_with_one_line(
    tmp_path: Path, content: bytes, name: str, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run_cli("import", str(path))
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr
    assert "Traceback" not in result.stderr


def test_missing_path_and_directory(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import", str(tmp_path / "nope.txt")]) == 2
    assert "There is no file" in capsys.readouterr().err
    assert main(["text", str(tmp_path)]) == 2
    assert "is a folder" in capsys.readouterr().err


def test_bad_arguments_give_usage_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["list", "--format", "xml"], ["import"], ["frobnicate", "--wat"]):
        with pytest.raises(SystemExit) as caught:
            main(args)
        assert caught.value.code == 2
        assert "usage:" in capsys.readouterr().err


def test_unusable_database_is_a_plain_error(
    draft: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["list", "--database-url", "postgresql+psycopg://x@127.0.0.1:1/x?connect_timeout=2"]
    )
    assert code == 2
    assert "cannot reach the database server" in capsys.readouterr().err


def test_which_arguments_open_the_app() -> None:
    assert _wants_gui([])
    assert _wants_gui(["draft.docx"])
    assert _wants_gui(["--data-dir", "/tmp/x", "draft.docx"])
    assert not _wants_gui(["list"])
    assert not _wants_gui(["--database-url", "sqlite://", "check", "a.txt"])
    assert not _wants_gui(["--help"])


def test_export_a_stored_article_as_proof_until_approved(draft: Path, tmp_path: Path) -> None:
    home = ["--data-dir", str(tmp_path / "home")]
    article_id = run_cli(*home, "import", str(draft)).stdout.strip()
    out = tmp_path / "out.md"
    result = run_cli(*home, "export", "--article", article_id, "--to", "md", "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert "not approved; exported as a proof" in result.stderr
    assert "NOT APPROVED" in out.read_text(encoding="utf-8")
    again = run_cli(*home, "export", "--article", article_id, "--to", "md", "-o", str(out))
    assert again.returncode == 2 and "exists" in again.stderr
    missing = run_cli(*home, "export", "--article", "999", "--to", "md", "-o", str(tmp_path / "x"))
    assert missing.returncode == 2 and "not in the library" in missing.stderr
