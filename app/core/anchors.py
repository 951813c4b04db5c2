# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Anchors: remember a span of text by its words and surroundings, and find it again after edits.

Dismissals and notes on text use these instead of offsets, which every edit
before the span would invalidate. Pure functions; offsets are code points.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CONTEXT_CHARS = 40
MATCH_CHARS = 16  # context that must still agree on one side to place a span
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class Anchor:
    text: str
    before: str
    after: str


def capture(text: str, start: int, end: int) -> Anchor:
    """The words of ``text[start:end]`` and (whitespace-normalised) context either side."""
    before = _SPACES.sub(" ", text[max(0, start - CONTEXT_CHARS) : start])
    after = _SPACES.sub(" ", text[end : end + CONTEXT_CHARS])
    return Anchor(text[start:end], before, after)


def same_place(anchor: Anchor, text: str, start: int, end: int) -> bool:
    """True when ``text[start:end]`` holds the anchor's words with context agreeing on one side."""
    if text[start:end] != anchor.text:
        return False
    here = capture(text, start, end)
    return (
        here.before[-MATCH_CHARS:] == anchor.before[-MATCH_CHARS:]
        or here.after[:MATCH_CHARS] == anchor.after[:MATCH_CHARS]
    )


def locate(anchor: Anchor, text: str) -> tuple[int, int] | None:
    """Where the anchor's words are now: the occurrence whose context agrees best, or None.

    With one occurrence left and no context agreeing, that occurrence still
    counts (the words survived; everything around them was rewritten).
    """
    if not anchor.text:
        return None
    occurrences = []
    index = text.find(anchor.text)
    while index != -1:
        occurrences.append(index)
        index = text.find(anchor.text, index + 1)
    if not occurrences:
        return None
    best, best_score = None, -1
    for start in occurrences:
        score = _agreement(anchor, capture(text, start, start + len(anchor.text)))
        if score > best_score:
            best, best_score = start, score
    if best is None or (best_score == 0 and len(occurrences) > 1):
        return None
    return best, best + len(anchor.text)


def _agreement(a: Anchor, b: Anchor) -> int:
    """Characters of context that agree, counted outward from the span on both sides."""
    score = 0
    for x, y in zip(reversed(a.before), reversed(b.before), strict=False):
        if x != y:
            break
        score += 1
    for x, y in zip(a.after, b.after, strict=False):
        if x != y:
            break
        score += 1
    return score
