# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Writes are atomic, replace only when asked, and touch nothing but the output file."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

import pytest

import app.core.export as export
from app.core.export import FORMATS, ExportProblem, export_document
from app.core.export.files import write_atomically
from app.core.model import Document


def _listing(folder: Path) -> set[str]:
    return {path.name for path in folder.iterdir()}


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_writes_exactly_one_file(sample: Document, tmp_path: Path, fmt: str) -> None:
    out = export_document(sample, fmt, tmp_path / f"article.{fmt}")
    assert out == tmp_path / f"article.{fmt}"
    assert _listing(tmp_path) == {f"article.{fmt}"}
    assert out.stat().st_size > 0


def test_an_existing_file_is_kept_unless_force(sample: Document, tmp_path: Path) -> None:
    out = tmp_path / "article.txt"
    out.write_text("the editor's own file", encoding="utf-8")
    with pytest.raises(ExportProblem, match="already exists; ask to replace it"):
        export_document(sample, "txt", out)
    assert out.read_text(encoding="utf-8") == "the editor's own file"
    export_document(sample, "txt", out, force=True)
    assert out.read_text(encoding="utf-8").startswith("Harbour library")
    assert _listing(tmp_path) == {"article.txt"}


def test_a_file_that_appears_during_rendering_is_not_replaced(tmp_path: Path) -> None:
    out = tmp_path / "race.txt"
    out.write_text("arrived first", encoding="utf-8")
    with pytest.raises(ExportProblem, match="already exists"):
        write_atomically(out, b"late", force=False)
    assert out.read_text(encoding="utf-8") == "arrived first"
    assert _listing(tmp_path) == {"race.txt"}


def test_a_failed_export_leaves_the_old_file_and_no_temporary(
    sample: Document, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "article.html"
    out.write_text("previous export", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> str:
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr("app.core.export.html.render_html", broken)
    with pytest.raises(ExportProblem, match=r"^Copydesk could not make the HTML file\.$"):
        export_document(sample, "html", out, force=True)
    assert out.read_text(encoding="utf-8") == "previous export"
    assert _listing(tmp_path) == {"article.html"}


def test_a_failed_write_leaves_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", no_space)
    with pytest.raises(ExportProblem, match="could not be written: the disk is full"):
        write_atomically(tmp_path / "full.txt", b"data", force=False)
    assert _listing(tmp_path) == set()


def test_new_files_get_the_users_usual_permissions(sample: Document, tmp_path: Path) -> None:
    previous = os.umask(0o022)
    try:
        out = export_document(sample, "md", tmp_path / "article.md")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


@pytest.mark.parametrize(
    ("target", "message"),
    [
        ("missing-folder/article.txt", "does not exist"),
        (".", "is a folder"),
    ],
)
def test_bad_targets_are_refused_in_one_line(
    sample: Document, tmp_path: Path, target: str, message: str
) -> None:
    with pytest.raises(ExportProblem, match=message) as caught:
        export_document(sample, "txt", tmp_path / target)
    assert "\n" not in str(caught.value)


def test_unknown_format_and_page_size_are_refused(sample: Document, tmp_path: Path) -> None:
    with pytest.raises(ExportProblem, match="cannot export 'rtf'"):
        export_document(sample, "rtf", tmp_path / "a.rtf")
    with pytest.raises(ExportProblem, match="Unknown page size 'a3'"):
        export_document(sample, "pdf", tmp_path / "a.pdf", page_size="a3")
    with pytest.raises(ExportProblem, match="cannot export 'md'"):
        export.write_report(export.ReviewReport(title="x"), "md", tmp_path / "r.md")
    assert _listing(tmp_path) == set()


def test_names_inside_the_document_never_become_paths(sample: Document, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    escape = "../../escaped"
    document = replace(sample, title=escape, source_name=escape, byline="../../x")
    for fmt in FORMATS:
        export_document(document, fmt, tmp_path / "out" / f"a.{fmt}")
    assert _listing(tmp_path) == {"out"}
    assert _listing(tmp_path / "out") == {f"a.{fmt}" for fmt in FORMATS}
