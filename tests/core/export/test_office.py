# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""DOCX and ODT: their XML against golden files, real styles and metadata, and LibreOffice
reading every word and curly quote back."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
from lxml import etree

from app.core.export import ExportNote, export_document
from app.core.model import Document
from tests.core.export.conftest import check_reference, document_lines

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ODF = {
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "dc": "http://purl.org/dc/elements/1.1/",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
}
_LIST_MARKER = re.compile(r"^\s*(?:[•◦▪‣–-]|\d+[.)])\s+")


def _member(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read(name)


def _pretty(xml: bytes) -> str:
    parser = etree.XMLParser(remove_blank_text=True)
    return etree.tostring(etree.fromstring(xml, parser), pretty_print=True, encoding="unicode")


def test_docx_body_matches_the_golden_file(sample: Document, tmp_path: Path) -> None:
    out = export_document(sample, "docx", tmp_path / "a.docx")
    check_reference("sample-article.docx.xml", _pretty(_member(out, "word/document.xml")))


def test_odt_body_matches_the_golden_file(sample: Document, tmp_path: Path) -> None:
    out = export_document(sample, "odt", tmp_path / "a.odt")
    check_reference("sample-article.odt.xml", _pretty(_member(out, "content.xml")))


def test_docx_uses_word_styles_and_properties(sample: Document, tmp_path: Path) -> None:
    word = docx.Document(str(export_document(sample, "docx", tmp_path / "a.docx")))
    styles = [p.style.name for p in word.paragraphs]
    assert styles[:3] == ["Title", "Byline", "Normal"]
    assert "Heading 2" in styles
    assert styles.count("Quote") == 2
    assert styles.count("List Bullet") == 2 and styles.count("List Bullet 2") == 2
    assert styles.count("List Number") == 2
    props = word.core_properties
    assert props.title == sample.title
    assert props.author == "Inès Várkonyi-Øster"
    assert props.created is not None
    assert round(word.sections[0].page_width.mm) == 210  # A4 unless asked otherwise


def test_docx_arabic_paragraph_is_right_to_left(sample: Document, tmp_path: Path) -> None:
    word = docx.Document(str(export_document(sample, "docx", tmp_path / "a.docx")))
    directions = {p.text[:5]: p._p.find(f"{W}pPr/{W}bidi") is not None for p in word.paragraphs}
    assert directions["قالت "] is True
    assert directions["Visit"] is False


def test_docx_numbered_lists_each_start_at_one(sample: Document, tmp_path: Path) -> None:
    start = sample.text.index("living room")
    notes = (ExportNote(start, start + 6, "First note"), ExportNote(start, start + 11, "Second"))
    word = docx.Document(str(export_document(sample, "docx", tmp_path / "a.docx", notes=notes)))
    numbered = [p for p in word.paragraphs if p.style.name == "List Number"]
    ids = [p._p.pPr.numPr.numId.val for p in numbered]
    assert len(ids) == 4 and ids[0] == ids[1] and ids[2] == ids[3] and ids[0] != ids[2]


def test_odt_has_real_headings_styles_and_metadata(sample: Document, tmp_path: Path) -> None:
    out = export_document(sample, "odt", tmp_path / "a.odt", proof=True)
    content = etree.fromstring(_member(out, "content.xml"))
    headings = content.findall(".//text:h", ODF)
    assert [
        (h.get(f"{{{ODF['text']}}}outline-level"), "".join(h.itertext())) for h in headings
    ] == [("2", "What changes for readers")]
    styles = etree.fromstring(_member(out, "styles.xml"))
    names = {s.get(f"{{{ODF['style']}}}name") for s in styles.iter(f"{{{ODF['style']}}}style")}
    assert {"Title", "Heading_20_2", "Quotations", "Emphasis", "Strong_20_Emphasis"} <= names
    header = "".join(styles.find(".//style:master-page/style:header", ODF).itertext())
    assert header == "NOT APPROVED — PROOF"
    assert styles.find(".//style:master-page/style:footer//text:page-number", ODF) is not None
    meta = etree.fromstring(_member(out, "meta.xml"))
    assert meta.find(".//dc:title", ODF).text == sample.title


def _libreoffice_lines(text: str) -> list[str]:
    lines = [_LIST_MARKER.sub("", line).strip() for line in text.splitlines()]
    return [line for line in lines if line]


def test_libreoffice_reads_back_every_word_of_the_docx(
    sample: Document, tmp_path: Path, libreoffice_text: Callable[[Path], str]
) -> None:
    out = export_document(sample, "docx", tmp_path / "article.docx")
    assert _libreoffice_lines(libreoffice_text(out)) == document_lines(sample)


def test_libreoffice_reads_back_every_word_of_the_odt(
    sample: Document, tmp_path: Path, libreoffice_text: Callable[[Path], str]
) -> None:
    out = export_document(sample, "odt", tmp_path / "article.odt")
    lines = _libreoffice_lines(libreoffice_text(out))
    assert lines == document_lines(sample)
    assert "“We want the late shift" in lines[3] and "small things…’" in lines[3]
