# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Markdown, plain text and HTML: golden files, and Markdown read back by a CommonMark parser."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from app.core.export import ExportNote, export_document, render
from app.core.export.document import build_export_document
from app.core.export.markdown import escape_markdown
from app.core.importers import open_document
from app.core.importers.markdown import markdown_document
from app.core.model import Block, BlockKind, Document, Mark, MarkKind
from app.core.paths import resource
from tests.core.export.conftest import check_reference


def _notes(document: Document) -> tuple[ExportNote, ...]:
    start = document.text.index("fluffier rota")
    return (ExportNote(start, start + 13, "Whose word is “fluffier”? <check>", "Copy desk"),)


def _text(document: Document, fmt: str, **options: object) -> str:
    tree = build_export_document(document, **options)  # type: ignore[arg-type]
    return render(tree, fmt, stylesheet=False).decode("utf-8")


def test_markdown_matches_the_golden_file(sample: Document) -> None:
    check_reference("sample-article.md", _text(sample, "md"))


def test_plain_text_matches_the_golden_file(sample: Document) -> None:
    check_reference("sample-article.txt", _text(sample, "txt"))


def test_html_matches_the_golden_file(sample: Document) -> None:
    check_reference("sample-article.html", _text(sample, "html"))


def test_proof_with_notes_matches_the_golden_files(sample: Document) -> None:
    options = {"proof": True, "notes": _notes(sample)}
    check_reference("sample-article-proof.html", _text(sample, "html", **options))
    check_reference("sample-article-proof.md", _text(sample, "md", **options))
    check_reference("sample-article-proof.txt", _text(sample, "txt", **options))


def test_the_stylesheet_is_inlined_when_asked(sample: Document, tmp_path: Path) -> None:
    css = resource("export", "style.css").read_text(encoding="utf-8").strip()
    styled = export_document(sample, "html", tmp_path / "a.html").read_text(encoding="utf-8")
    bare = export_document(sample, "html", tmp_path / "b.html", stylesheet=False)
    assert f"<style>\n{css}\n</style>" in styled
    assert "<style>" not in bare.read_text(encoding="utf-8")
    assert "<link" not in styled  # one file: nothing to fetch


def _signature(document: Document) -> tuple[object, ...]:
    return (
        document.text,
        [(b.kind, b.level, b.ordered, document.text[b.start : b.end]) for b in document.blocks],
        [(m.kind, document.text[m.start : m.end], m.href) for m in document.marks],
    )


def test_markdown_reads_back_to_the_same_article(sample: Document, tmp_path: Path) -> None:
    out = export_document(sample, "md", tmp_path / "again.md")
    assert _signature(open_document(out)) == _signature(sample)


def test_html_reads_back_to_the_same_article(sample: Document, tmp_path: Path) -> None:
    out = export_document(sample, "html", tmp_path / "again.html", proof=True, notes=_notes(sample))
    again = open_document(out)
    assert _signature(again) == _signature(sample)
    assert again.title == sample.title


def test_markdown_structure_as_commonmark_sees_it(sample: Document) -> None:
    tokens = MarkdownIt("commonmark").parse(_text(sample, "md"))
    opened = [t.type for t in tokens if t.type.endswith("_open")]
    assert opened.count("heading_open") == 2
    assert opened.count("bullet_list_open") == 2  # the outer list and its nested list
    assert opened.count("ordered_list_open") == 1
    assert opened.count("blockquote_open") == 1
    inline = [t for t in tokens if t.type == "inline"]
    children = [c.type for t in inline for c in t.children or []]
    assert children.count("em_open") == 1
    assert children.count("strong_open") == 1
    assert children.count("link_open") == 1
    assert "html_inline" not in children


def test_markup_characters_in_the_text_stay_text() -> None:
    line = "1. *not* a list, [not](a link), <b>not html</b>, `code`, #tag, a_b_c & &amp; ~x~ |"
    assert (
        MarkdownIt("commonmark")
        .parse(escape_markdown(line, line_start=True))[1]
        .children[0]
        .content
        == line
    )


_WORD = st.text(
    alphabet=st.sampled_from(list("abcXYZ019 *_[]()<>#!&;|~`\\-+=.:\"'“”‘’—–…éΩжق")),
    min_size=1,
    max_size=8,
).filter(lambda w: w.strip() == w and " " not in w)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORD, st.booleans(), st.booleans()), min_size=1, max_size=8))
def test_any_text_with_word_formatting_reads_back_the_same(
    words: list[tuple[str, bool, bool]],
) -> None:
    text = " ".join(word for word, _, _ in words)
    marks, position = [], 0
    for word, emphasis, strong in words:
        if emphasis:
            marks.append(Mark(MarkKind.EMPHASIS, position, position + len(word)))
        if strong:
            marks.append(Mark(MarkKind.STRONG, position, position + len(word)))
        position += len(word) + 1
    document = Document(
        text=text, blocks=(Block(BlockKind.PARAGRAPH, 0, len(text)),), marks=tuple(marks)
    )
    again = markdown_document(_text(document, "md"))
    assert again.text == text
    expected = build_export_document(document).body
    assert build_export_document(again).body == expected
