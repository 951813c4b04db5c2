# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""PDF through Qt: poppler reads every word back; pages, fonts, footer and proof watermark."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core.export import export_document
from app.core.importers.markdown import markdown_document
from app.core.model import Document
from tests.conftest import require_external
from tests.core.export.conftest import comparable, document_lines

_TOKEN = re.compile(r"\w+|[“”‘’«»—–…€&<>#*\[\]]")


def _tokens(text: str) -> list[str]:
    return _TOKEN.findall(comparable(text))


def _poppler(name: str) -> str:
    tool = shutil.which(name)
    require_external(tool is not None, f"{name} (poppler-utils)")
    assert tool is not None
    return tool


# pdftotext crops in points: the A4 text area ends 25 mm (71 pt) above the foot of the page.
_ABOVE_FOOTER = ("-x", "0", "-y", "0", "-W", "595", "-H", "770")
_FOOTER = ("-x", "0", "-y", "771", "-W", "595", "-H", "71")
_LIST_NUMBER = re.compile(r"^\f?\d+\.\s", re.MULTILINE)  # \f: a new page


def _body(extract: Callable[..., str], pdf: Path) -> str:
    """The text above the footer, without list numbers (Qt draws those, the text has none)."""
    return _LIST_NUMBER.sub("", extract(pdf, *_ABOVE_FOOTER))


def _long_article() -> Document:
    """Several pages, so that page breaks fall inside paragraphs and inside list items."""
    blocks = []
    for n in range(1, 40):
        sentence = f"the ferry “Aurora” left at {n % 12 + 1} o’clock — on time, for once"
        blocks.append(f"Paragraph {n}: " + "; ".join([sentence] * (n % 5 + 1)) + ".")
        if n % 4 == 0:
            blocks.append(
                "\n".join(f"{i}. Item {n}.{i}: {sentence}; {sentence}." for i in (1, 2, 3))
            )
    return markdown_document("# A long day at the harbour\n\n" + "\n\n".join(blocks))


def test_pdftotext_reads_back_every_word(
    sample: Document, tmp_path: Path, pdftotext: Callable[..., str]
) -> None:
    out = export_document(sample, "pdf", tmp_path / "article.pdf")
    text = _body(pdftotext, out)
    assert _tokens(text) == _tokens("\n".join(document_lines(sample)))


def test_arabic_is_shaped_and_greek_and_cyrillic_survive(
    sample: Document, tmp_path: Path, pdftotext: Callable[..., str]
) -> None:
    text = pdftotext(export_document(sample, "pdf", tmp_path / "article.pdf"))
    # Joined (contextual) Arabic letter forms in the PDF are the mark of real shaping.
    assert re.search("[\ufe70-\ufefc]", text)
    assert "قالت المديرة" in comparable(text)
    assert "«Η βιβλιοθήκη μένει ανοιχτή ως τα" in text
    assert "«Библиотека работает до полуночи»" in text


def test_pages_are_numbered_with_a_running_title(
    tmp_path: Path, pdftotext: Callable[..., str]
) -> None:
    article = _long_article()
    out = export_document(article, "pdf", tmp_path / "long.pdf")
    info = subprocess.run([_poppler("pdfinfo"), str(out)], capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info)[1])
    assert pages >= 3
    for page in range(1, pages + 1):
        footer = pdftotext(out, "-f", str(page), "-l", str(page), *_FOOTER).split()
        assert footer == [*article.title.split(), "Page", str(page), "of", str(pages)]
    assert _tokens(_body(pdftotext, out)) == _tokens("\n".join(document_lines(article)))


@pytest.mark.parametrize(("size", "points"), [("a4", "595 x 842"), ("letter", "612 x 792")])
def test_page_size_title_author_and_embedded_fonts(
    sample: Document, tmp_path: Path, size: str, points: str
) -> None:
    out = export_document(sample, "pdf", tmp_path / f"{size}.pdf", page_size=size)
    info = subprocess.run([_poppler("pdfinfo"), str(out)], capture_output=True, text=True).stdout
    assert f"Page size:       {points} pts" in info
    assert f"Title:           {sample.title}" in info
    assert "Author:          Inès Várkonyi-Øster" in info
    fonts = subprocess.run([_poppler("pdffonts"), str(out)], capture_output=True, text=True)
    rows = fonts.stdout.splitlines()[2:]
    assert rows, "no fonts in the PDF"
    assert all(row.split()[-5] == "yes" for row in rows), fonts.stdout  # the "emb" column


def _pink_pixels_per_page(pdf: Path, tmp_path: Path) -> list[int]:
    """Pixels of the watermark's red tint on each page, from poppler's rendering."""
    prefix = tmp_path / "page"
    subprocess.run([_poppler("pdftoppm"), "-r", "24", str(pdf), str(prefix)], check=True)
    counts = []
    for image in sorted(tmp_path.glob("page*.ppm")):
        data = image.read_bytes()
        header = data.split(b"\n", 3)  # P6, "width height", maxval, pixels
        pixels = header[3]
        counts.append(
            sum(
                1
                for i in range(0, len(pixels) - 2, 3)
                if pixels[i] - max(pixels[i + 1], pixels[i + 2]) > 25
            )
        )
        image.unlink()
    return counts


def test_the_proof_watermark_is_on_every_page_and_only_on_proofs(tmp_path: Path) -> None:
    article = _long_article()
    proof = export_document(article, "pdf", tmp_path / "proof.pdf", proof=True)
    final = export_document(article, "pdf", tmp_path / "final.pdf")
    marked = _pink_pixels_per_page(proof, tmp_path)
    assert len(marked) >= 3
    assert all(count > 200 for count in marked), marked
    assert _pink_pixels_per_page(final, tmp_path) == [0] * len(marked)
