# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The intermediate tree: built once, faithful to the article, clean of what formats forbid."""

from __future__ import annotations

import pytest

from app.core.export import ExportNote, ExportProblem
from app.core.export.document import (
    Heading,
    Inline,
    ListNode,
    Paragraph,
    Quote,
    build_export_document,
    plain,
    right_to_left,
    safe_href,
)
from app.core.importers.markdown import markdown_document
from app.core.model import Block, BlockKind, Document, Mark, MarkKind


def test_headline_and_byline_come_from_the_article_lines(sample: Document) -> None:
    tree = build_export_document(sample)
    assert plain(tree.headline) == "Harbour library opens its night reading room"
    assert plain(tree.byline) == "By Inès Várkonyi-Øster"
    assert tree.title == sample.title
    assert tree.author == "Inès Várkonyi-Øster"
    assert tree.dateline == "TRIESTE"
    kinds = [type(node).__name__ for node in tree.body]
    assert kinds == [
        "Paragraph", "Paragraph", "Paragraph", "Heading", "ListNode", "ListNode", "Quote",
        "Paragraph", "Paragraph", "Paragraph",
    ]  # fmt: skip


def test_every_character_of_the_article_is_in_the_tree(sample: Document) -> None:
    tree = build_export_document(sample)
    texts = [plain(tree.headline), plain(tree.byline)]

    def walk(node: object) -> None:
        if isinstance(node, Heading | Paragraph):
            texts.append(plain(node.inlines))
        elif isinstance(node, Quote):
            texts.extend(plain(p.inlines) for p in node.paragraphs)
        elif isinstance(node, ListNode):
            for item in node.items:
                texts.append(plain(item.inlines))
                for child in item.children:
                    walk(child)

    for node in tree.body:
        walk(node)
    assert texts == [sample.text[b.start : b.end] for b in sample.blocks]


def test_no_headline_is_invented_from_metadata() -> None:
    document = Document(
        text="Just one line.", blocks=(Block(BlockKind.PARAGRAPH, 0, 14),), title="From a file"
    )
    tree = build_export_document(document)
    assert tree.headline == ()
    assert tree.title == "From a file"


def test_nested_lists_and_a_change_of_list_kind() -> None:
    document = markdown_document("- a\n  - b\n    - c\n- d\n\n1. e\n2. f\n")
    tree = build_export_document(document)
    bullets, numbers = tree.body
    assert isinstance(bullets, ListNode) and not bullets.ordered
    assert [plain(i.inlines) for i in bullets.items] == ["a", "d"]
    inner = bullets.items[0].children[0]
    assert plain(inner.items[0].inlines) == "b"
    assert plain(inner.items[0].children[0].items[0].inlines) == "c"
    assert isinstance(numbers, ListNode) and numbers.ordered
    assert [plain(i.inlines) for i in numbers.items] == ["e", "f"]


def test_overlapping_marks_become_runs_with_their_own_formatting() -> None:
    text = "one two three"
    document = Document(
        text=text,
        blocks=(Block(BlockKind.PARAGRAPH, 0, len(text)),),
        marks=(
            Mark(MarkKind.EMPHASIS, 0, 7),
            Mark(MarkKind.STRONG, 4, 13),
            Mark(MarkKind.LINK, 8, 13, "https://example.org/x y"),
        ),
    )
    (paragraph,) = build_export_document(document).body
    assert isinstance(paragraph, Paragraph)
    assert paragraph.inlines == (
        Inline("one ", emphasis=True),
        Inline("two", emphasis=True, strong=True),
        Inline(" ", strong=True),
        Inline("three", strong=True, href="https://example.org/x%20y"),
    )


def test_dateline_is_flagged_only_where_the_first_paragraph_starts_with_it(
    sample: Document,
) -> None:
    tree = build_export_document(sample)
    first = tree.body[0]
    assert isinstance(first, Paragraph)
    assert first.inlines[0] == Inline("TRIESTE", dateline=True)
    assert first.inlines[1].text.startswith(" — The harbour library")


def test_characters_no_format_can_carry_are_removed() -> None:
    text = "Bell\x07 and \x1b escape and \ud800 and \ufffe end"
    document = Document(text=text, blocks=(Block(BlockKind.PARAGRAPH, 0, len(text)),))
    (paragraph,) = build_export_document(document).body
    assert plain(paragraph.inlines) == "Bell and  escape and  and  end"


@pytest.mark.parametrize(
    ("href", "expected"),
    [
        ("https://example.org/a?b=1&c=2", "https://example.org/a?b=1&c=2"),
        ("http://example.org/with space", "http://example.org/with%20space"),
        ("mailto:desk@example.org", "mailto:desk@example.org"),
        ('https://example.org/"><script>', "https://example.org/%22%3E%3Cscript%3E"),
        ("javascript:alert(1)", ""),
        ("JaVaScRiPt:alert(1)", ""),
        ("java\tscript:alert(1)", ""),
        ("  javascript:alert(1)", ""),
        ("data:text/html;base64,PHNjcmlwdD4=", ""),
        ("vbscript:msgbox", ""),
        ("https://", ""),
        ("//example.org/no-scheme", ""),
        ("relative/path", ""),
        ("mailto:", ""),
    ],
)
def test_only_web_and_mail_links_survive(href: str, expected: str) -> None:
    assert safe_href(href) == expected


def test_notes_carry_the_passage_they_are_about(sample: Document) -> None:
    start = sample.text.index("living room")
    note = ExportNote(start, start + len("living room"), "Is this her phrase?", "Copy desk")
    tree = build_export_document(sample, notes=(note,))
    assert tree.notes[0].passage == "living room"
    assert tree.notes[0].author == "Copy desk"


def test_a_note_off_the_text_is_refused(sample: Document) -> None:
    note = ExportNote(len(sample.text) - 1, len(sample.text) + 5, "Gone")
    with pytest.raises(ExportProblem, match="outside the article"):
        build_export_document(sample, notes=(note,))


def test_right_to_left_goes_by_the_first_strong_character() -> None:
    assert right_to_left("«قالت» المديرة")
    assert right_to_left("2026 שלום")
    assert not right_to_left("Said «قالت»")
    assert not right_to_left("123 …")
