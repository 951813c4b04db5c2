# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The intermediate document every export format is written from.

A ``Document`` (plain text, blocks, marks) becomes a small tree once: a
headline and a byline, then body nodes (headings, paragraphs, block quotes,
nested lists) made of inline runs that each carry their own formatting. The
writers never look at offsets again.

The tree shows the article's text, all of it and nothing more: the headline
and byline are the article's own HEADLINE and BYLINE lines, never invented
from metadata. Metadata (title, author, dateline) goes where each format keeps
metadata. The only additions are the ones asked for: a "not approved" proof
mark and the desk's notes.

Text is cleaned once here of characters no format can carry (control
characters, lone surrogates, noncharacters); link targets are kept only when
they are http(s) or mailto addresses.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TypeAlias
from urllib.parse import quote, urlsplit

from app.core.export.errors import ExportProblem
from app.core.model import Block, BlockKind, Document, Mark, MarkKind

PROOF_MARK = "NOT APPROVED — PROOF"

# C0 controls but tab, DEL and C1 controls, surrogates and the noncharacters.
_UNSAFE = re.compile(
    "[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0010fffe\U0010ffff]"
)
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\v\f]+")
_URL_SAFE = ":/?#@!$&'()*+,;=%~"


@dataclass(frozen=True, slots=True)
class Inline:
    """A run of text with one formatting. ``href`` is a safe link target or empty.

    ``dateline`` marks the dateline at the start of the first paragraph, so
    that a format with the means (HTML) can set it apart.
    """

    text: str
    emphasis: bool = False
    strong: bool = False
    href: str = ""
    dateline: bool = False


Inlines: TypeAlias = tuple[Inline, ...]


@dataclass(frozen=True, slots=True)
class Heading:
    level: int
    inlines: Inlines


@dataclass(frozen=True, slots=True)
class Paragraph:
    inlines: Inlines


@dataclass(frozen=True, slots=True)
class Quote:
    """A block quote: consecutive quoted lines of the article, one paragraph each."""

    paragraphs: tuple[Paragraph, ...]


@dataclass(frozen=True, slots=True)
class ListItem:
    inlines: Inlines
    children: tuple[ListNode, ...] = ()


@dataclass(frozen=True, slots=True)
class ListNode:
    ordered: bool
    items: tuple[ListItem, ...]


Node: TypeAlias = Heading | Paragraph | Quote | ListNode


@dataclass(frozen=True, slots=True)
class ExportNote:
    """A desk note on ``document.text[start:end]`` (code points, end exclusive)."""

    start: int
    end: int
    text: str
    author: str = ""


@dataclass(frozen=True, slots=True)
class NoteEntry:
    """A note as exported: the passage it is about, the note, and who wrote it."""

    passage: str
    text: str
    author: str = ""


@dataclass(frozen=True, slots=True)
class ExportDocument:
    """The tree the writers render. ``title``/``author``/``dateline`` are metadata."""

    title: str
    author: str
    dateline: str
    headline: Inlines
    byline: Inlines
    body: tuple[Node, ...]
    proof: bool = False
    notes: tuple[NoteEntry, ...] = ()
    language: str = "en"


def clean_text(text: str) -> str:
    """Text fit for every format: one line, no characters XML or HTML forbid."""
    return _UNSAFE.sub("", _LINE_BREAKS.sub(" ", text))


def safe_href(href: str) -> str:
    """``href`` if it is an http(s) or mailto address (percent-encoded where needed), else "".

    Anything with control characters or line breaks inside is refused: browsers
    drop those, which is how ``java\tscript:`` slips past a naive scheme check.
    """
    href = href.strip()
    if not href or _UNSAFE.search(href) or re.search(r"[\t\n\r]", href):
        return ""
    try:
        parts = urlsplit(href)
        host = parts.hostname
    except ValueError:
        return ""
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not host:
            return ""
    elif scheme != "mailto" or not parts.path:
        return ""
    return quote(href, safe=_URL_SAFE)


def right_to_left(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def plain(inlines: Inlines) -> str:
    """The text of some inlines, without formatting."""
    return "".join(inline.text for inline in inlines)


def build_export_document(
    document: Document, *, proof: bool = False, notes: tuple[ExportNote, ...] = ()
) -> ExportDocument:
    """Build the export tree of ``document``; raise ExportProblem for a note off the text."""
    headline: Inlines = ()
    byline: Inlines = ()
    body: list[Node] = []
    pending: list[Block] = []  # consecutive quote or list blocks, grouped when they end
    for block in document.blocks:
        inlines = _inlines(document, block)
        if not plain(inlines).strip():
            continue
        if pending and pending[0].kind != block.kind:
            body.extend(_group(document, pending))
            pending = []
        if block.kind is BlockKind.HEADLINE and not headline and not body and not pending:
            headline = inlines
        elif block.kind is BlockKind.BYLINE and not byline and not body and not pending:
            byline = inlines
        elif block.kind in (BlockKind.BLOCKQUOTE, BlockKind.LIST_ITEM):
            pending.append(block)
        elif block.kind in (BlockKind.HEADLINE, BlockKind.HEADING):
            body.append(Heading(min(max(block.level, 1), 6), inlines))
        else:
            body.append(Paragraph(inlines))
    body.extend(_group(document, pending))
    dateline = clean_text(document.dateline).strip()
    return ExportDocument(
        title=clean_text(document.title).strip() or plain(headline).strip(),
        author=clean_text(document.byline).strip(),
        dateline=dateline,
        headline=headline,
        byline=byline,
        body=_mark_dateline(tuple(body), dateline),
        proof=proof,
        notes=tuple(_note_entry(document.text, note) for note in notes),
    )


def _inlines(document: Document, block: Block) -> Inlines:
    """The block's text cut at every mark boundary, each piece with its formatting."""
    marks = [m for m in document.marks if m.start < block.end and m.end > block.start]
    cuts = {block.start, block.end}
    for mark in marks:
        cuts.update((max(mark.start, block.start), min(mark.end, block.end)))
    edges = sorted(cuts)
    pieces: list[Inline] = []
    for start, end in pairwise(edges):
        text = clean_text(document.text[start:end])
        if not text:
            continue
        covering = [m for m in marks if m.start <= start and m.end >= end]
        piece = Inline(
            text,
            emphasis=_has(covering, MarkKind.EMPHASIS),
            strong=_has(covering, MarkKind.STRONG),
            href=next((safe_href(m.href) for m in covering if m.kind is MarkKind.LINK), ""),
        )
        if pieces and _same_format(pieces[-1], piece):
            pieces[-1] = replace(pieces[-1], text=pieces[-1].text + text)
        else:
            pieces.append(piece)
    return _trim(tuple(pieces))


def _has(marks: list[Mark], kind: MarkKind) -> bool:
    return any(mark.kind is kind for mark in marks)


def _same_format(a: Inline, b: Inline) -> bool:
    return (a.emphasis, a.strong, a.href, a.dateline) == (b.emphasis, b.strong, b.href, b.dateline)


def _trim(inlines: Inlines) -> Inlines:
    """Drop the block's outer whitespace, keeping each run's formatting."""
    pieces = list(inlines)
    while pieces and not pieces[0].text.strip():
        pieces.pop(0)
    while pieces and not pieces[-1].text.strip():
        pieces.pop()
    if pieces:
        pieces[0] = replace(pieces[0], text=pieces[0].text.lstrip())
        pieces[-1] = replace(pieces[-1], text=pieces[-1].text.rstrip())
    return tuple(pieces)


def _group(document: Document, blocks: list[Block]) -> list[Node]:
    if not blocks:
        return []
    if blocks[0].kind is BlockKind.BLOCKQUOTE:
        return [Quote(tuple(Paragraph(_inlines(document, b)) for b in blocks))]
    items = [(max(b.level, 1), b.ordered, _inlines(document, b)) for b in blocks]
    lists: list[Node] = []
    index = 0
    while index < len(items):
        node, index = _list_at(items, index, items[index][0])
        lists.append(node)
    return lists


def _list_at(
    items: list[tuple[int, bool, Inlines]], index: int, level: int
) -> tuple[ListNode, int]:
    """One list starting at ``items[index]``; deeper items nest under the item before them.

    A change between ordered and unordered at the same level starts a new list.
    """
    ordered = items[index][1]
    entries: list[tuple[Inlines, list[ListNode]]] = []
    while index < len(items) and items[index][0] >= level:
        item_level, item_ordered, inlines = items[index]
        if item_level == level:
            if entries and item_ordered != ordered:
                break
            entries.append((inlines, []))
            index += 1
            continue
        if not entries:
            entries.append(((), []))
        child, index = _list_at(items, index, item_level)
        entries[-1][1].append(child)
    return ListNode(ordered, tuple(ListItem(i, tuple(c)) for i, c in entries)), index


def _mark_dateline(body: tuple[Node, ...], dateline: str) -> tuple[Node, ...]:
    """Flag the dateline where the first body paragraph begins with it."""
    if not dateline or not body or not isinstance(body[0], Paragraph):
        return body
    first = body[0].inlines
    if not first or not first[0].text.startswith(dateline):
        return body
    head, rest = first[0].text[: len(dateline)], first[0].text[len(dateline) :]
    pieces = [replace(first[0], text=head, dateline=True)]
    if rest:
        pieces.append(replace(first[0], text=rest))
    return (Paragraph((*pieces, *first[1:])), *body[1:])


def _note_entry(text: str, note: ExportNote) -> NoteEntry:
    if not 0 <= note.start <= note.end <= len(text):
        raise ExportProblem("A note points outside the article's text; it cannot be exported.")
    passage = clean_text(text[note.start : note.end]).strip()
    return NoteEntry(passage, clean_text(note.text).strip(), clean_text(note.author).strip())
