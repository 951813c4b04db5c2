# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Where to paint findings and quotes, line by line, in Qt's UTF-16 columns.

Pure Python (no Qt): computed on the worker thread with the check, so the
GUI thread only compares lines and repaints the ones that changed.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from app.core.model import Finding
from app.ui.editor.offsets import ASTRAL, OffsetMap


@dataclass(frozen=True, slots=True)
class PaintSpan:
    """``[start, end)`` in UTF-16 units within one line; ``finding`` is None for a quote."""

    start: int
    end: int
    finding: Finding | None = None


LineLayout = dict[int, tuple[PaintSpan, ...]]


def line_starts(text: str) -> list[int]:
    """Code-point offset where each line of ``text`` begins."""
    starts = [0]
    index = text.find("\n")
    while index != -1:
        starts.append(index + 1)
        index = text.find("\n", index + 1)
    return starts


def layout_by_line(
    text: str, findings: Sequence[Finding], quotes: Sequence[tuple[int, int]] = ()
) -> LineLayout:
    """Group quote spans (first) and findings by line, in UTF-16 columns of each line.

    Runs on a worker thread at every keystroke: lines without astral characters (nearly
    all) need no conversion, so they skip the offset map.
    """
    starts = line_starts(text)
    last = len(starts) - 1
    maps: dict[int, OffsetMap | None] = {}
    lines: dict[int, list[PaintSpan]] = {}
    items = [(start, end, None) for start, end in quotes]
    items += [(f.start, max(f.end, f.start + 1), f) for f in findings]
    for start, end, finding in items:
        line = bisect_right(starts, start) - 1
        while line <= last and starts[line] <= max(start, end - 1):
            line_start = starts[line]
            line_end = starts[line + 1] - 1 if line < last else len(text)
            a, b = max(start, line_start), min(end, line_end)
            if b > a:
                if line not in maps:
                    segment = text[line_start:line_end]
                    maps[line] = None if ASTRAL.search(segment) is None else OffsetMap(segment)
                offsets = maps[line]
                if offsets is None:
                    span = PaintSpan(a - line_start, b - line_start, finding)
                else:
                    span = PaintSpan(
                        offsets.to_qt(a - line_start), offsets.to_qt(b - line_start), finding
                    )
                lines.setdefault(line, []).append(span)
            line += 1
    return {line: tuple(spans) for line, spans in lines.items()}
