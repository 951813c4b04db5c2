# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Opening drafts: every format into one document model, and every bad input refused plainly."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

import pytest

from app.core.importers import ImportProblem, document_from_text, open_document
from app.core.importers.limits import MAX_FILE_BYTES
from app.core.model import BlockKind, Document, MarkKind
from tests.factories import make_docx, make_entity_docx, make_odt, make_zip_bomb

SAMPLE = (
    "Harbour crews back at work\n\n"
    "By Ines Marlow\n\n"
    "DOVER — The port’s “night shift” returned on Monday, said Zoë Brandt, a café owner.\n\n"
    "Crews worked through the weekend — naïvely, some said — to clear the backlog.\n"
)


def _kinds(document: Document) -> list[tuple[str, str]]:
    return [(b.kind.value, document.text[b.start : b.end]) for b in document.blocks]


def _marked(document: Document, kind: MarkKind) -> list[str]:
    return [document.text[m.start : m.end] for m in document.marks if m.kind is kind]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252"])
def test_text_in_any_common_encoding_is_never_garbled(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "draft.txt"
    path.write_bytes(SAMPLE.encode(encoding))
    assert open_document(path).text == SAMPLE


def test_latin1_and_cyrillic_legacy_encodings(tmp_path: Path) -> None:
    latin = "Señor Muñoz visitó Düsseldorf, à la française, with Zoë.\n"
    (tmp_path / "latin.txt").write_bytes(latin.encode("latin-1"))
    assert open_document(tmp_path / "latin.txt").text == latin
    russian = "Министр сказал, что переговоры продолжатся на следующей неделе.\n" * 3
    (tmp_path / "ru.txt").write_bytes(russian.encode("cp1251"))
    assert open_document(tmp_path / "ru.txt").text == russian


def test_plain_text_keeps_offsets_and_finds_metadata(tmp_path: Path) -> None:
    path = tmp_path / "harbour.txt"
    path.write_text(SAMPLE.replace("\n", "\r\n"), encoding="utf-8", newline="")
    document = open_document(path)
    assert document.text == SAMPLE  # CRLF read as Python's text mode reads it
    assert document.title == "Harbour crews back at work"
    assert document.byline == "Ines Marlow"
    assert document.dateline == "DOVER"
    assert _kinds(document)[:2] == [
        ("headline", "Harbour crews back at work"),
        ("byline", "By Ines Marlow"),
    ]
    assert document.source_format == "txt"


def test_hard_wrapped_paragraphs_are_joined_without_moving_offsets(tmp_path: Path) -> None:
    wrapped = (
        "A short title\n\n"
        "The committee met for three hours on Tuesday evening and heard from\n"
        "residents who oppose the plan to close the library on Sundays.\n\n"
        "Another paragraph that is long enough to have been wrapped by an editor\n"
        "and continues here.\n"
    )
    path = tmp_path / "wrapped.txt"
    path.write_text(wrapped, encoding="utf-8")
    document = open_document(path)
    assert len(document.text) == len(wrapped)
    assert [i for i, c in enumerate(wrapped) if c != document.text[i]] == [
        wrapped.index("from\n") + 4,
        wrapped.index("editor\n") + 6,
    ]
    assert [k for k, _ in _kinds(document)] == ["headline", "paragraph", "paragraph"]


def test_single_line_paragraphs_stay_as_they_are(tmp_path: Path) -> None:
    text = "First paragraph is a full sentence.\nSecond paragraph follows directly.\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    document = open_document(tmp_path / "a.txt")
    assert document.text == text
    assert len(document.blocks) == 2 and document.title == "A"


def test_markdown_structure_and_emphasis(tmp_path: Path) -> None:
    source = (
        "---\nbyline: Ann Smith\n---\n# Tram line opens\n\nBy Ann Smith\n\n"
        "The *first* tram ran **on time**, see [the map](https://example.org/map).\n\n"
        "> A rider said it was quick.\n\n1. Stop one\n2. Stop two\n\n## Costs\n\n"
        "Raw <script>alert(1)</script> HTML is dropped.\n"
    )
    (tmp_path / "tram.md").write_text(source, encoding="utf-8")
    document = open_document(tmp_path / "tram.md")
    assert document.title == "Tram line opens"
    assert document.byline == "Ann Smith"
    assert _kinds(document) == [
        ("headline", "Tram line opens"),
        ("byline", "By Ann Smith"),
        ("paragraph", "The first tram ran on time, see the map."),
        ("blockquote", "A rider said it was quick."),
        ("list_item", "Stop one"),
        ("list_item", "Stop two"),
        ("heading", "Costs"),
        ("paragraph", "Raw alert(1) HTML is dropped."),
    ]
    assert all(b.ordered for b in document.blocks if b.kind is BlockKind.LIST_ITEM)
    assert _marked(document, MarkKind.EMPHASIS) == ["first"]
    assert _marked(document, MarkKind.STRONG) == ["on time"]
    links = [m for m in document.marks if m.kind is MarkKind.LINK]
    assert [(document.text[m.start : m.end], m.href) for m in links] == [
        ("the map", "https://example.org/map")
    ]
    assert "<script>" not in document.text


def test_docx_structure_emphasis_and_tracked_changes(tmp_path: Path) -> None:
    document = open_document(make_docx(tmp_path / "ferry.docx"))
    kinds = _kinds(document)
    assert kinds[0] == ("headline", "Ferry talks resume")
    assert kinds[1] == ("byline", "By Maya Ortega")
    assert kinds[2] == (
        "paragraph",
        "PORT ELLIS — Talks resumed on a “fragile” footing, and both sides said so.",
    )
    assert ("heading", "Background") in kinds
    assert ("blockquote", "A quoted block of testimony.") in kinds
    assert ("list_item", "First point") in kinds and ("list_item", "Second point") in kinds
    assert ("paragraph", "Cell one") in kinds and ("paragraph", "Cell two") in kinds
    assert ("paragraph", "Kept words inserted") in kinds  # insertion accepted, deletion gone
    assert "deleted" not in document.text
    assert _marked(document, MarkKind.EMPHASIS) == ["“fragile”"]
    assert _marked(document, MarkKind.STRONG) == ["both sides"]
    assert [m.href for m in document.marks if m.kind is MarkKind.LINK] == [
        "https://example.org/report"
    ]
    assert (document.title, document.byline, document.dateline) == (
        "Ferry talks resume",
        "Maya Ortega",
        "PORT ELLIS",
    )


def test_odt_structure_without_comments(tmp_path: Path) -> None:
    document = open_document(make_odt(tmp_path / "dock.odt"))
    assert _kinds(document) == [
        ("headline", "Dock workers return"),
        ("byline", "By Sam Okafor"),
        ("paragraph", "BRIGHTON — The union said it was “relieved” and ready."),
        ("heading", "Next steps"),
        ("blockquote", "Words set as a block quote."),
        ("list_item", "One item"),
        ("list_item", "Two\titems linked"),
    ]
    assert "comment" not in document.text
    assert _marked(document, MarkKind.EMPHASIS) == ["“relieved”"]
    assert _marked(document, MarkKind.STRONG) == ["ready"]
    assert document.title == "Dock workers return"
    assert document.dateline == "BRIGHTON"


def test_html_article_only_and_nothing_that_runs(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Site | Story</title><script>steal()</script>"
        '<meta name="author" content="Kim Lee"></head><body><nav>Home News Sport</nav>'
        '<article><h1>Bridge reopens</h1><p class="byline">By Kim Lee</p>'
        '<p onclick="evil()">Cars crossed <em>again</em> at noon. '
        '<a href="javascript:alert(1)">Click</a> <a href="https://example.org/x">source</a>'
        '<img src="https://tracker.example/p.gif"></p>'
        "<blockquote><p>It feels normal, a driver said.</p></blockquote>"
        "<ul><li>Lane one</li><li>Lane two</li></ul></article><footer>Copyright</footer>"
        "</body></html>"
    )
    (tmp_path / "bridge.html").write_text(page, encoding="utf-8")
    document = open_document(tmp_path / "bridge.html")
    assert _kinds(document) == [
        ("headline", "Bridge reopens"),
        ("byline", "By Kim Lee"),
        ("paragraph", "Cars crossed again at noon. Click source"),
        ("blockquote", "It feels normal, a driver said."),
        ("list_item", "Lane one"),
        ("list_item", "Lane two"),
    ]
    for hostile in ("steal", "evil", "javascript", "tracker", "Home News", "Copyright"):
        assert hostile not in document.text
        assert all(hostile not in m.href for m in document.marks)
    assert [m.href for m in document.marks if m.kind is MarkKind.LINK] == ["https://example.org/x"]
    assert document.byline == "Kim Lee"


def test_pasted_text_is_kept_exactly() -> None:
    document = document_from_text("Just one line about “zoning”.", "Pasted text")
    assert document.text == "Just one line about “zoning”."
    with pytest.raises(ImportProblem, match="no text"):
        document_from_text("   \n  ")


def _refusal(path: Path) -> str:
    with pytest.raises(ImportProblem) as caught:
        open_document(path)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message and len(message) < 200
    return message


def test_bad_inputs_are_refused_in_plain_words(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert "is empty" in _refusal(tmp_path / "empty.txt")
    (tmp_path / "blank.txt").write_text("   \n\n  ")
    assert "no words" in _refusal(tmp_path / "blank.txt")
    (tmp_path / "noise.txt").write_bytes(bytes(range(256)) * 40)
    assert "not a text document" in _refusal(tmp_path / "noise.txt")
    (tmp_path / "random.txt").write_bytes(os.urandom(20_000))
    assert "not a text document" in _refusal(tmp_path / "random.txt")
    (tmp_path / "fake.docx").write_text("I am not a zip file")
    assert "not a real Word" in _refusal(tmp_path / "fake.docx")
    good = make_docx(tmp_path / "good.docx").read_bytes()
    (tmp_path / "truncated.docx").write_bytes(good[: len(good) // 2])
    assert "damaged" in _refusal(tmp_path / "truncated.docx")
    (tmp_path / "folder.docx").mkdir()
    assert "is a folder" in _refusal(tmp_path / "folder.docx")
    assert "There is no file" in _refusal(tmp_path / "missing.txt")
    (tmp_path / "scan.pdf").write_bytes(b"%PDF-1.4")
    assert "cannot open .pdf files" in _refusal(tmp_path / "scan.pdf")
    (tmp_path / "zipped.txt").write_bytes(good)
    assert "packaged document" in _refusal(tmp_path / "zipped.txt")


def test_corrupt_member_inside_a_valid_zip(tmp_path: Path) -> None:
    good = make_docx(tmp_path / "good.docx")
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 3]  # XML cut off mid-element
            target.writestr(item, data)
    assert "damaged" in _refusal(broken)


def test_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    bomb = make_zip_bomb(tmp_path / "bomb.docx")
    assert bomb.stat().st_size < 2 * 1024 * 1024
    assert "zip bomb" in _refusal(bomb) or "too much memory" in _refusal(bomb)


def test_xml_entity_expansion_is_refused(tmp_path: Path) -> None:
    hostile = make_entity_docx(tmp_path / "laughs.docx", tmp_path)
    assert "document type declaration" in _refusal(hostile)
    odt = make_odt(
        tmp_path / "laughs.odt",
        content='<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>',
    )
    assert "document type declaration" in _refusal(odt)


def test_file_over_the_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)
    assert "larger than 32 MB" in _refusal(big)


def test_odt_that_is_not_a_text_document(tmp_path: Path) -> None:
    sheet = make_odt(
        tmp_path / "sheet.odt",
        content='<?xml version="1.0"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0">'
        "<office:body><office:spreadsheet/></office:body></office:document-content>",
    )
    assert "not a text document" in _refusal(sheet)
