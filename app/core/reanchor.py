# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Carry findings computed on an older text over to the current one.

Slow checks (quotation analysis, LanguageTool) finish after the user has
typed on. Their findings are moved by the edit's length when they lie
wholly before or after the edited stretch, and dropped when the edit
touched them; a fresh check replaces them soon after. Pure; any thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.core.model import Finding


def edited_region(old: str, new: str) -> tuple[int, int, int]:
    """``(prefix, old_end, new_end)``: the texts agree before ``prefix`` and from the ends on.

    ``old[prefix:old_end]`` was replaced by ``new[prefix:new_end]``.
    """
    limit = min(len(old), len(new))
    prefix = _common_prefix(old, new, limit)
    suffix = _common_prefix(old[::-1], new[::-1], limit - prefix)
    return prefix, len(old) - suffix, len(new) - suffix


def carry_over(findings: Sequence[Finding], old: str, new: str) -> list[Finding]:
    """``findings`` of ``old`` placed in ``new``; those the edit touched or adjoins are dropped."""
    if old == new:
        return list(findings)
    prefix, old_end, new_end = edited_region(old, new)
    delta = new_end - old_end

    def place(span: tuple[int, int]) -> tuple[int, int] | None:
        start, end = span
        if end < prefix:
            return span
        if start > old_end:
            return start + delta, end + delta
        return None

    carried = []
    for finding in findings:
        moved = place((finding.start, finding.end))
        if moved is None:
            continue
        related = tuple(r for r in (place(span) for span in finding.related) if r is not None)
        carried.append(replace(finding, start=moved[0], end=moved[1], related=related))
    return carried


def _common_prefix(a: str, b: str, limit: int) -> int:
    """Length of the common prefix (at most ``limit``), by halving: C-speed comparisons."""
    low, high = 0, limit
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low
