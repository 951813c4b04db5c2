# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""``copydesk export FILE --to FMT -o OUT``: a headless conversion with one-line errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import build_parser, main
from app.core.export import FORMATS
from tests.core.export.conftest import DATA

SAMPLE = DATA / "sample-article.md"


def test_the_command_offers_exactly_the_export_formats() -> None:
    parser = build_parser()
    export = parser._subparsers._group_actions[0].choices["export"]  # type: ignore[union-attr]
    to = next(action for action in export._actions if action.dest == "to")
    assert tuple(to.choices) == FORMATS


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_writes_the_file_and_prints_its_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"article.{fmt}"
    assert main(["export", str(SAMPLE), "--to", fmt, "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert out.stat().st_size > 0


def test_letter_paper_on_request(tmp_path: Path) -> None:
    import docx

    out = tmp_path / "letter.docx"
    assert (
        main(["export", str(SAMPLE), "--to", "docx", "-o", str(out), "--page-size", "letter"]) == 0
    )
    assert round(docx.Document(str(out)).sections[0].page_height.mm) == 279


def test_an_existing_output_needs_force(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "article.md"
    out.write_text("keep me", encoding="utf-8")
    assert main(["export", str(SAMPLE), "--to", "md", "-o", str(out)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "already exists" in error and "--force" in error
    assert out.read_text(encoding="utf-8") == "keep me"
    assert main(["export", str(SAMPLE), "--to", "md", "-o", str(out), "--force"]) == 0
    assert out.read_text(encoding="utf-8").startswith("# Harbour library")


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["--article", "3"], "copydesk: Article 3 is not in the library.\n"),
        (
            [str(SAMPLE), "--article", "3"],
            "copydesk: give either a FILE or --article ID, not both.\n",
        ),
        ([], "copydesk: name a FILE to export (or --article ID).\n"),
    ],
)
def test_article_and_missing_file_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], arguments: list[str], message: str
) -> None:
    out = tmp_path / "x.pdf"
    assert main(["export", *arguments, "--to", "pdf", "-o", str(out)]) == 2
    assert capsys.readouterr().err == message
    assert not out.exists()


def test_an_unreadable_draft_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = tmp_path / "broken.docx"
    draft.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["export", str(draft), "--to", "txt", "-o", str(tmp_path / "x.txt")]) == 2
    error = capsys.readouterr().err
    assert error.startswith("copydesk: ") and error.count("\n") == 1
    assert not (tmp_path / "x.txt").exists()


def test_exporting_text_formats_never_loads_qt(tmp_path: Path) -> None:
    out = str(tmp_path / "a.")
    code = (
        "import sys\n"
        "from app.cli import main\n"
        "for fmt in ('md', 'txt', 'html', 'docx', 'odt'):\n"
        f"    assert main(['export', {str(SAMPLE)!r}, '--to', fmt, '-o', {out!r} + fmt]) == 0\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')], 'Qt loaded'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
