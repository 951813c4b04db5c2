# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Long drafts cut into pieces LanguageTool accepts, on paragraph boundaries.

Each piece is at most ``limit`` UTF-16 units, because a LanguageTool server
measures its maximum text length in Java characters. Cuts fall between
paragraphs (blank lines) where possible, then between lines, then after a
sentence, then at a space; a hard cut is the last resort. Every piece keeps
its code-point offset in the whole text, so findings can be re-based.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.core.grammar.mapping import utf16_length

# From the most to the least natural place to cut; each keeps the separator
# at the end of the piece before it.
_CUTS = (
    re.compile(r"\n[ \t]*\n\s*"),
    re.compile(r"\n"),
    re.compile(r"(?<=[.!?…])[\"”’)]*\s+"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True, slots=True)
class Chunk:
    """``text`` is the whole text's ``[start, start + len(text))`` (code points)."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_into_chunks(text: str, limit: int, start: int = 0) -> list[Chunk]:
    """Consecutive pieces covering all of ``text``, each at most ``limit`` UTF-16 units."""
    if limit < 1:
        raise ValueError("limit must be positive")
    return list(_split(text, start, limit, 0))


def _split(text: str, start: int, limit: int, level: int) -> Iterator[Chunk]:
    if utf16_length(text) <= limit:
        if text:
            yield Chunk(start, text)
        return
    if level == len(_CUTS):
        yield from _hard_cut(text, start, limit)
        return
    pending_start, pending_units = 0, 0
    for piece_start, piece_end in _pieces(text, _CUTS[level]):
        units = utf16_length(text[piece_start:piece_end])
        if pending_units and pending_units + units > limit:
            yield Chunk(start + pending_start, text[pending_start:piece_start])
            pending_start, pending_units = piece_start, 0
        if units > limit:
            yield from _split(text[piece_start:piece_end], start + piece_start, limit, level + 1)
            pending_start, pending_units = piece_end, 0
        else:
            pending_units += units
    if pending_start < len(text):
        yield Chunk(start + pending_start, text[pending_start:])


def _pieces(text: str, cut: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    position = 0
    for match in cut.finditer(text):
        if match.end() > position:
            yield position, match.end()
            position = match.end()
    if position < len(text):
        yield position, len(text)


def _hard_cut(text: str, start: int, limit: int) -> Iterator[Chunk]:
    position = 0
    while position < len(text):
        end, units = position, 0
        while end < len(text) and units + (2 if ord(text[end]) > 0xFFFF else 1) <= limit:
            units += 2 if ord(text[end]) > 0xFFFF else 1
            end += 1
        end = max(end, position + 1)  # a limit of 1 still moves past a wide character
        yield Chunk(start + position, text[position:end])
        position = end
