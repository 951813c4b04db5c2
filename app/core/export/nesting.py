# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Inline runs as properly nested spans, for formats whose markup must nest (HTML, Markdown).

Formatting in the model may overlap freely; markup may not. At each point the
formatting that runs on longest opens outermost, so ``*a **b** c*`` stays one
emphasis with strong text inside rather than three separate pieces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

from app.core.export.document import Inline, Inlines

# Ties go to the formatting listed first: a link outside its bold text, not inside.
_ORDER = ("link", "dateline", "strong", "emphasis")


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Span:
    """``kind`` is one of link, dateline, strong, emphasis; ``href`` only for links."""

    kind: str
    children: tuple[Piece, ...]
    href: str = ""


Piece: TypeAlias = Text | Span
_Flag: TypeAlias = tuple[str, str]


def nest(inlines: Inlines) -> tuple[Piece, ...]:
    """The inlines as a tree of spans; the concatenated text is unchanged."""
    return _build(inlines, frozenset())


def _flags(inline: Inline) -> set[_Flag]:
    flags: set[_Flag] = set()
    if inline.href:
        flags.add(("link", inline.href))
    if inline.dateline:
        flags.add(("dateline", ""))
    if inline.strong:
        flags.add(("strong", ""))
    if inline.emphasis:
        flags.add(("emphasis", ""))
    return flags


def _run_length(inlines: Inlines, start: int, flag: _Flag) -> int:
    length = 0
    while start + length < len(inlines) and flag in _flags(inlines[start + length]):
        length += 1
    return length


def _build(inlines: Inlines, outer: frozenset[_Flag]) -> tuple[Piece, ...]:
    pieces: list[Piece] = []
    index = 0
    while index < len(inlines):
        opening = _flags(inlines[index]) - outer
        if not opening:
            pieces.append(Text(inlines[index].text))
            index += 1
            continue
        best = max(
            sorted(opening),
            key=lambda f: (_run_length(inlines, index, f), -_ORDER.index(f[0])),
        )
        end = index + _run_length(inlines, index, best)
        children = _build(inlines[index:end], outer | {best})
        pieces.append(Span(best[0], children, best[1]))
        index = end
    return tuple(pieces)
