# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The first acceptance case: the seed article, exported to every format, loses nothing.

The seed is read at run time from the shared material (tests/conftest.py:
``shared_file``); none of its text is kept here.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.export import export_document
from app.core.importers import open_document
from app.core.model import Document
from tests.conftest import shared_file
from tests.core.export.conftest import comparable, document_lines

REPO = Path(__file__).resolve().parents[3]
_TOKEN = re.compile(r"\w+|[“”‘’—–…]")


@pytest.fixture
def seed() -> Document:
    return open_document(shared_file("seeds", "russia-diplomacy-article.txt"))


def test_seed_survives_docx_and_odt_in_libreoffice(
    seed: Document, tmp_path: Path, libreoffice_text: Callable[[Path], str]
) -> None:
    for fmt in ("docx", "odt"):
        out = export_document(seed, fmt, tmp_path / f"seed.{fmt}")
        lines = [line.strip() for line in libreoffice_text(out).splitlines() if line.strip()]
        assert lines == document_lines(seed), fmt


def test_seed_survives_pdf_in_pdftotext(
    seed: Document, tmp_path: Path, pdftotext: Callable[..., str]
) -> None:
    out = export_document(seed, "pdf", tmp_path / "seed.pdf")
    body = pdftotext(out, "-x", "0", "-y", "0", "-W", "595", "-H", "770")
    expected = "\n".join(document_lines(seed))
    assert _TOKEN.findall(comparable(body)) == _TOKEN.findall(comparable(expected))


def test_seed_survives_markdown_and_html(
    seed: Document,
    tmp_path: Path,
    html_validator: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    (tmp_path / "site").mkdir()
    for fmt in ("md", "html"):
        again = open_document(export_document(seed, fmt, tmp_path / "site" / f"seed.{fmt}"))
        assert document_lines(again) == document_lines(seed), fmt
        assert [b.kind for b in again.blocks] == [b.kind for b in seed.blocks], fmt
    (tmp_path / "site" / "seed.md").unlink()
    # Errors only: the seed has no headline line, and Copydesk does not invent one, so the
    # checker's advice that an <article> should have a heading applies.
    result = html_validator(tmp_path / "site", warnings=False)
    assert result.returncode == 0, result.stdout + result.stderr
