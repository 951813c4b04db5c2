# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Export writes the chosen file and nothing else; names from documents never become paths."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.articles import slugify
from app.core.export import FORMATS, ExportProblem, export_document
from app.core.importers import document_from_text

DRAFT = replace(
    document_from_text("Pier reopens\n\nThe pier reopened on Monday after repairs."),
    title="../../../etc/passwd",
    byline="/tmp/owned",
    dateline="C:\\Windows\\evil",
    source_name="../../escape.docx",
)


def _listing(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_every_format_writes_only_the_chosen_file(tmp_path: Path) -> None:
    inside = tmp_path / "exports"
    inside.mkdir()
    for fmt in FORMATS:
        export_document(DRAFT, fmt, inside / f"piece.{fmt}")
    assert _listing(tmp_path) == {"exports"}
    assert _listing(inside) == {f"piece.{fmt}" for fmt in FORMATS}


def test_a_link_at_the_target_is_replaced_never_written_through(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me", encoding="utf-8")
    target = tmp_path / "out.txt"
    target.symlink_to(elsewhere)
    with pytest.raises(ExportProblem, match="already exists"):
        export_document(DRAFT, "txt", target)
    export_document(DRAFT, "txt", target, force=True)
    assert elsewhere.read_text(encoding="utf-8") == "keep me"
    assert not target.is_symlink() and "pier reopened" in target.read_text(encoding="utf-8")


def test_a_dangling_link_at_the_target_is_not_followed(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.symlink_to(tmp_path / "created-through-the-link.txt")
    with pytest.raises(ExportProblem, match="already exists"):
        export_document(DRAFT, "txt", target)
    assert _listing(tmp_path) == {"out.txt"}


def test_a_long_file_name_exports(tmp_path: Path) -> None:
    name = "é" * 60 + "x" * 120 + ".html"  # 245 bytes in UTF-8, under the 255 limit
    export_document(DRAFT, "html", tmp_path / name)
    assert _listing(tmp_path) == {name}


def test_a_killed_exports_temporary_file_is_removed_by_the_next_export(tmp_path: Path) -> None:
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        stale = tmp_path / f".piece.txt.{_dead_pid()}-0123456789ab.tmp"
        live = tmp_path / f".piece.txt.{sleeper.pid}-0123456789ab.tmp"
        other_target = tmp_path / f".other.txt.{_dead_pid()}-0123456789ab.tmp"
        not_ours = tmp_path / ".piece.txt.notes"
        for path in (stale, live, other_target, not_ours):
            path.write_bytes(b"half a file")
        export_document(DRAFT, "txt", tmp_path / "piece.txt")
        assert _listing(tmp_path) == {"piece.txt", live.name, other_target.name, not_ours.name}
    finally:
        sleeper.kill()
        sleeper.wait()


@given(st.text())
def test_a_slug_is_always_a_safe_file_name(title: str) -> None:
    slug = slugify(title)
    assert re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", slug), slug
    assert len(slug) <= 60 and os.sep not in slug


def test_titles_and_source_names_never_become_paths(tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    document = replace(DRAFT, title="..", source_name="/", byline="\0")
    export_document(document, "md", folder / "piece.md")
    assert _listing(tmp_path) == {"out"} and _listing(folder) == {"piece.md"}
