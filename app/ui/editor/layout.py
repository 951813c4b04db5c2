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
from app.ui.editor.offsets import OffsetMap


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
    """Group quote spans (first) and findings by line, in UTF-16 columns of each line."""
    starts = line_starts(text)
    maps: dict[int, OffsetMap] = {}
    lines: dict[int, list[PaintSpan]] = {}

    def add(start: int, end: int, finding: Finding | None) -> None:
        line = bisect_right(starts, start) - 1
        while line < len(starts) and starts[line] <= max(start, end - 1):
            line_start = starts[line]
            line_end = starts[line + 1] - 1 if line + 1 < len(starts) else len(text)
            a, b = max(start, line_start), min(end, line_end)
            if b > a:
                offsets = maps.get(line)
                if offsets is None:
                    offsets = maps[line] = OffsetMap(text[line_start:line_end])
                column_a, column_b = offsets.to_qt(a - line_start), offsets.to_qt(b - line_start)
                lines.setdefault(line, []).append(PaintSpan(column_a, column_b, finding))
            line += 1

    for start, end in quotes:
        add(start, end, None)
    for finding in findings:
        add(finding.start, max(finding.end, finding.start + 1), finding)
    return {line: tuple(spans) for line, spans in lines.items()}
