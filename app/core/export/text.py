# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Plain text: one block per line, blank lines between blocks.

Formatting is dropped (its text stays). List items get a bullet or their
number and are indented two spaces per nesting level; quoted paragraphs are
indented four spaces, which is how plain-text wires have always set them.
"""

from __future__ import annotations

from app.core.export.document import (
    PROOF_MARK,
    ExportDocument,
    Heading,
    ListNode,
    Node,
    Paragraph,
    Quote,
    plain,
)


def render_text(document: ExportDocument) -> str:
    """The article as text ending in one newline."""
    blocks: list[str] = []
    if document.proof:
        blocks.append(PROOF_MARK)
    if document.headline:
        blocks.append(plain(document.headline))
    if document.byline:
        blocks.append(plain(document.byline))
    blocks.extend(_node(node) for node in document.body)
    if document.notes:
        notes = ["Notes"]
        for number, note in enumerate(document.notes, start=1):
            author = f" — {note.author}" if note.author else ""
            notes.append(f"{number}. “{note.passage}” {note.text}{author}")
        blocks.append("\n".join(notes))
    return "\n\n".join(blocks) + "\n"


def _node(node: Node) -> str:
    if isinstance(node, Heading | Paragraph):
        return plain(node.inlines)
    if isinstance(node, Quote):
        return "\n\n".join("    " + plain(p.inlines) for p in node.paragraphs)
    return "\n".join(_list(node, 0))


def _list(node: ListNode, depth: int) -> list[str]:
    lines: list[str] = []
    for number, item in enumerate(node.items, start=1):
        marker = f"{number}." if node.ordered else "•"
        lines.append(f"{'  ' * depth}{marker} {plain(item.inlines)}".rstrip())
        for child in item.children:
            lines.extend(_list(child, depth + 1))
    return lines
