# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""CommonMark that a CommonMark parser reads back to the same structure and text.

Every character that could start markup is backslash-escaped, so a writer's
asterisk, bracket or "1." at the start of a line stays text. Emphasis
delimiters never sit next to whitespace inside them (CommonMark would not
read them as emphasis), so outer spaces move outside the span.
"""

from __future__ import annotations

import re

from app.core.export.document import (
    PROOF_MARK,
    ExportDocument,
    Heading,
    Inlines,
    ListNode,
    Node,
    Paragraph,
    Quote,
)
from app.core.export.nesting import Piece, Text, nest

_ALWAYS = re.compile(r"([\\`*_\[\]<>|~#!])")
_ENTITY = re.compile(r"&(?=#[0-9]|#[xX][0-9a-fA-F]|[A-Za-z][A-Za-z0-9]*;)")
_LINE_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")
_DELIMITERS = {"strong": "**", "emphasis": "*", "dateline": ""}


def render_markdown(document: ExportDocument) -> str:
    """The article as CommonMark text ending in one newline."""
    blocks: list[str] = []
    if document.proof:
        blocks.append(f"**{escape_markdown(PROOF_MARK, line_start=True)}**")
    if document.headline:
        blocks.append(f"# {inline_markdown(document.headline)}")
    if document.byline:
        blocks.append(inline_markdown(document.byline, line_start=True))
    blocks.extend(_node(node) for node in document.body)
    if document.notes:
        blocks.append("## Notes")
        lines = []
        for number, note in enumerate(document.notes, start=1):
            author = f" — {escape_markdown(note.author)}" if note.author else ""
            text = f"“{escape_markdown(note.passage)}” {escape_markdown(note.text)}{author}"
            lines.append(f"{number}. {text}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + "\n"


def _node(node: Node) -> str:
    if isinstance(node, Heading):
        return f"{'#' * node.level} {inline_markdown(node.inlines)}"
    if isinstance(node, Paragraph):
        return inline_markdown(node.inlines, line_start=True)
    if isinstance(node, Quote):
        paragraphs = ["> " + inline_markdown(p.inlines, line_start=True) for p in node.paragraphs]
        return "\n>\n".join(paragraphs)
    return "\n".join(_list(node, ""))


def _list(node: ListNode, indent: str) -> list[str]:
    lines: list[str] = []
    for number, item in enumerate(node.items, start=1):
        marker = f"{number}. " if node.ordered else "- "
        lines.append(f"{indent}{marker}{inline_markdown(item.inlines, line_start=True)}".rstrip())
        for child in item.children:
            lines.extend(_list(child, indent + " " * len(marker)))
    return lines


def escape_markdown(text: str, *, line_start: bool = False) -> str:
    """``text`` with every markup-significant character escaped.

    ``line_start`` also escapes what only matters at the start of a block
    (list markers such as ``-`` or ``1.``, a setext ``=``).
    """
    text = _ENTITY.sub(r"\\&", _ALWAYS.sub(r"\\\1", text))
    if line_start:
        text = _LINE_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", text)
    return text


def inline_markdown(inlines: Inlines, *, line_start: bool = False) -> str:
    """Inline runs as CommonMark emphasis, strong emphasis and links."""
    out: list[str] = []
    for index, piece in enumerate(nest(inlines)):
        out.append(_piece(piece, line_start=line_start and index == 0))
    return "".join(out)


def _piece(piece: Piece, *, line_start: bool) -> str:
    if isinstance(piece, Text):
        return escape_markdown(piece.text, line_start=line_start)
    inner = "".join(
        _piece(child, line_start=line_start and index == 0)
        for index, child in enumerate(piece.children)
    )
    core = inner.strip()
    if not core:
        return inner
    lead = inner[: len(inner) - len(inner.lstrip())]
    trail = inner[len(inner.rstrip()) :]
    if piece.kind == "link":
        return f"{lead}[{core}](<{piece.href}>){trail}"
    delimiter = _DELIMITERS[piece.kind]
    return f"{lead}{delimiter}{core}{delimiter}{trail}"
