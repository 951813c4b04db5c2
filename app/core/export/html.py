# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Semantic HTML5 written by hand (not Qt's ``toHtml``), every text escaped.

The article is an ``<article>`` with its headline and byline in a
``<header>``; the proof banner and the desk's notes sit outside it, so a page
that is read back (by Copydesk's own importer, say) gets only the article.
Every block carries ``dir="auto"`` so Arabic or Hebrew paragraphs read right
to left. The stylesheet, when asked for, is inlined: an export writes exactly
one file.
"""

from __future__ import annotations

from html import escape

from app.core.export.document import (
    PROOF_MARK,
    ExportDocument,
    Heading,
    Inlines,
    ListNode,
    Node,
    NoteEntry,
    Paragraph,
    Quote,
)
from app.core.export.nesting import Piece, Text, nest
from app.core.paths import resource

_TAGS = {"strong": "strong", "emphasis": "em", "dateline": "span"}


def render_html(document: ExportDocument, *, stylesheet: bool = True) -> str:
    """The whole page as text (UTF-8 when saved)."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_attr(document.language or "en")}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_text(document.title or 'Untitled')}</title>",
    ]
    if document.author:
        head.append(f'<meta name="author" content="{_attr(document.author)}">')
    head.append('<meta name="generator" content="Copydesk">')
    if stylesheet:
        css = resource("export", "style.css").read_text(encoding="utf-8")
        head.append(f"<style>\n{css.strip()}\n</style>")
    head.append("</head>")
    body = ['<body class="proof">' if document.proof else "<body>"]
    if document.proof:
        body.append(f'<p class="proof-mark" role="note">{_text(PROOF_MARK)}</p>')
    body.append("<article>")
    body.extend(_header(document))
    for node in document.body:
        body.extend(_node(node))
    body.append("</article>")
    body.extend(_notes(document.notes))
    body.extend(["</body>", "</html>"])
    return "\n".join(head + body) + "\n"


def _header(document: ExportDocument) -> list[str]:
    if not document.headline and not document.byline:
        return []
    lines = ["<header>"]
    if document.headline:
        lines.append(f'<h1 dir="auto">{inline_html(document.headline)}</h1>')
    if document.byline:
        lines.append(f'<p class="byline" dir="auto">{inline_html(document.byline)}</p>')
    lines.append("</header>")
    return lines


def _node(node: Node) -> list[str]:
    if isinstance(node, Heading):
        return [f'<h{node.level} dir="auto">{inline_html(node.inlines)}</h{node.level}>']
    if isinstance(node, Paragraph):
        return [_paragraph(node.inlines)]
    if isinstance(node, Quote):
        return ["<blockquote>", *(_paragraph(p.inlines) for p in node.paragraphs), "</blockquote>"]
    return _list(node)


def _paragraph(inlines: Inlines) -> str:
    return f'<p dir="auto">{inline_html(inlines)}</p>'


def _list(node: ListNode) -> list[str]:
    tag = "ol" if node.ordered else "ul"
    lines = [f"<{tag}>"]
    for item in node.items:
        if not item.children:
            lines.append(f'<li dir="auto">{inline_html(item.inlines)}</li>')
            continue
        lines.append(f'<li dir="auto">{inline_html(item.inlines)}')
        for child in item.children:
            lines.extend(_list(child))
        lines.append("</li>")
    lines.append(f"</{tag}>")
    return lines


def _notes(notes: tuple[NoteEntry, ...]) -> list[str]:
    if not notes:
        return []
    lines = ['<aside class="notes">', "<h2>Notes</h2>", "<ol>"]
    for note in notes:
        author = f' <span class="note-author">— {_text(note.author)}</span>' if note.author else ""
        lines.append(f'<li dir="auto"><q>{_text(note.passage)}</q> {_text(note.text)}{author}</li>')
    lines.extend(["</ol>", "</aside>"])
    return lines


def inline_html(inlines: Inlines) -> str:
    """Inline runs as nested phrasing elements; text and link targets escaped."""
    return "".join(_piece(piece) for piece in nest(inlines))


def _piece(piece: Piece) -> str:
    if isinstance(piece, Text):
        return _text(piece.text)
    inner = "".join(_piece(child) for child in piece.children)
    if piece.kind == "link":
        return f'<a href="{_attr(piece.href)}">{inner}</a>'
    tag = _TAGS[piece.kind]
    opening = '<span class="dateline">' if piece.kind == "dateline" else f"<{tag}>"
    return f"{opening}{inner}</{tag}>"


def _text(text: str) -> str:
    return escape(text, quote=False)


def _attr(value: str) -> str:
    return escape(value, quote=True)
