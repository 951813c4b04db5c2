# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Python code points <-> Qt UTF-16 positions. The only place that knows the difference.

Characters outside the Basic Multilingual Plane (emoji, some CJK) are one
Python character but two UTF-16 units in Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_right

ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class OffsetMap:
    """Converts positions in one text; cheap when the text has no astral characters."""

    __slots__ = ("_astral", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        # Code-point indices of characters that take two UTF-16 units.
        # The scan in C first: most lines, curly quotes and all, have no astral character.
        astral = not text.isascii() and ASTRAL.search(text) is not None
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if astral else []

    def to_qt(self, index: int) -> int:
        """UTF-16 position of code-point ``index``."""
        return index + bisect_right(self._astral, index - 1) if self._astral else index

    def to_python(self, position: int) -> int:
        """Code-point index of UTF-16 ``position`` (inside a surrogate pair: the next character)."""
        if not self._astral:
            return position
        low, high = 0, len(self._astral)
        # Find how many astral characters lie before ``position``.
        while low < high:
            middle = (low + high) // 2
            if self._astral[middle] + middle + 1 < position:
                low = middle + 1
            else:
                high = middle
        return position - low


def qt_length(text: str) -> int:
    """Length of ``text`` in UTF-16 units."""
    if text.isascii() or ASTRAL.search(text) is None:
        return len(text)
    return len(text) + len(ASTRAL.findall(text))
