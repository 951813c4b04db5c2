# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Builds a Document from blocks of styled runs, the shape every rich importer produces."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from app.core.model import Block, BlockKind, Document, Mark, MarkKind

_SPACE_RUN = re.compile(r"[ \t\u00a0]{2,}")
_LINE_BREAKS = re.compile(r"[\r\n\u2028\u2029\v\f]+")
# Characters that must never reach the text: C0 controls other than tab/newline,
# and lone surrogates (which cannot be saved or shown).
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def clean_inline(text: str) -> str:
    """Make run text fit on one line: line breaks become spaces, unsafe characters go."""
    return _UNSAFE.sub("", _LINE_BREAKS.sub(" ", text))


@dataclass(slots=True)
class Run:
    text: str
    emphasis: bool = False
    strong: bool = False
    href: str = ""


@dataclass(slots=True)
class DocumentBuilder:
    """Collects blocks in order; ``build()`` joins them with blank lines.

    Runs are cleaned (one line, no control characters), leading/trailing
    spaces of a block are trimmed, and empty blocks are dropped.
    """

    source_format: str
    source_name: str = ""
    title: str = ""
    byline: str = ""
    dateline: str = ""
    _parts: list[str] = field(default_factory=list)
    _blocks: list[Block] = field(default_factory=list)
    _marks: list[Mark] = field(default_factory=list)
    _length: int = 0

    def add_block(
        self, kind: BlockKind, runs: list[Run], *, level: int = 0, ordered: bool = False
    ) -> None:
        pieces = [(clean_inline(run.text), run) for run in runs]
        pieces = [(text, run) for text, run in pieces if text]
        if not pieces:
            return
        # Trim the block's outer whitespace, keeping run boundaries right.
        first_text, first_run = pieces[0]
        pieces[0] = (first_text.lstrip(), first_run)
        last_text, last_run = pieces[-1]
        pieces[-1] = (last_text.rstrip(), last_run)
        if not "".join(text for text, _ in pieces).strip():
            return
        if self._parts:
            self._parts.append("\n\n")
            self._length += 2
        start = self._length
        for text, run in pieces:
            run_start = self._length
            self._parts.append(text)
            self._length += len(text)
            self._add_marks(run, run_start, self._length)
        self._blocks.append(Block(kind, start, self._length, level=level, ordered=ordered))

    def _add_marks(self, run: Run, start: int, end: int) -> None:
        if start == end:
            return
        if run.emphasis:
            self._extend_mark(MarkKind.EMPHASIS, start, end)
        if run.strong:
            self._extend_mark(MarkKind.STRONG, start, end)
        if run.href:
            self._extend_mark(MarkKind.LINK, start, end, run.href)

    def _extend_mark(self, kind: MarkKind, start: int, end: int, href: str = "") -> None:
        # Adjacent runs with the same formatting become one mark.
        for index in range(len(self._marks) - 1, -1, -1):
            mark = self._marks[index]
            if mark.end < start:
                break
            if mark.kind == kind and mark.end == start and mark.href == href:
                self._marks[index] = Mark(kind, mark.start, end, href)
                return
        self._marks.append(Mark(kind, start, end, href))

    def build(self) -> Document:
        text = "".join(self._parts)
        marks = tuple(sorted(self._marks, key=lambda m: (m.start, m.end, m.kind)))
        return Document(
            text=text,
            blocks=tuple(self._blocks),
            marks=marks,
            title=collapse_spaces(self.title),
            byline=collapse_spaces(self.byline),
            dateline=collapse_spaces(self.dateline),
            source_name=self.source_name,
            source_format=self.source_format,
        )


def collapse_spaces(text: str) -> str:
    return _SPACE_RUN.sub(" ", clean_inline(text)).strip()
