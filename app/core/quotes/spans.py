# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Spans of directly quoted words, for checks that must not restyle a speaker's words.

Baseline pairing of opening and closing marks within a paragraph; a quote
left open at the end of a paragraph continues when the next paragraph opens
with a quote mark (the multi-paragraph convention).
"""

from __future__ import annotations

import re

_OPEN = {"\u201c": "\u201d", '"': '"'}
_MARK = re.compile(r"[\u201c\u201d\"]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each direct quote's words, without the marks (code points)."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    closer = ""
    for match in _MARK.finditer(text):
        mark = match.group()
        position = match.start()
        if start is not None and mark == closer:
            spans.append((start, position))
            start = None
        elif start is not None and "\n" in text[start:position]:
            # An unclosed quote ran into a new paragraph that reopens it.
            spans.append((start, text.find("\n", start, position)))
            start, closer = position + 1, _OPEN.get(mark, '"')
        elif start is None and mark in _OPEN:
            start, closer = position + 1, _OPEN[mark]
    return spans
