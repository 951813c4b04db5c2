# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Spans of directly quoted words, for checks that must not restyle a speaker's words.

The text is analysed in "quote units": one paragraph, or several when a
quotation runs on (a paragraph left open, the next opening with a mark).
Units are independent, so the editor re-analyses only the units that
changed, through ``cache``; on the Wikinews corpus the spans are identical
to analysing whole articles at once.
"""

from __future__ import annotations

import re
from collections.abc import MutableMapping

from app.core.quotes.direct import direct_spans

_MAX_CACHE = 20_000
_OPENERS = ("“", '"')
_MARKS = re.compile('["“”]')


def quote_spans(
    text: str, cache: MutableMapping[str, list[tuple[int, int]]] | None = None
) -> list[tuple[int, int]]:
    """``(start, end)`` of each direct quote's words, without the marks (code points).

    Titles, terms and scare quotes are not included: house style applies to
    them. A multi-paragraph quotation gives one span per paragraph. ``cache``
    (unit text → spans) may be kept by a caller that checks one text as it
    changes; it is not thread-safe.
    """
    if cache is not None and len(cache) > _MAX_CACHE:
        cache.clear()
    spans: list[tuple[int, int]] = []
    for start, end in quote_units(text):
        unit = text[start:end]
        if not _MARKS.search(unit):
            continue  # no quotation mark, no direct quotation: most paragraphs
        local = cache.get(unit) if cache is not None else None
        if local is None:
            local = direct_spans(unit)
            if cache is not None:
                cache[unit] = local
        spans.extend((a + start, b + start) for a, b in local)
    return spans


def quote_units(text: str) -> list[tuple[int, int]]:
    """Code-point ranges of the text's quote units, in order."""
    lines: list[tuple[int, int, str]] = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            lines.append((position, position + len(line), line))
        position += len(line) + 1
    units: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        last = index
        while (
            last + 1 < len(lines)
            and _left_open(lines[last][2])
            and lines[last + 1][2].lstrip().startswith(_OPENERS)
        ):
            last += 1
        units.append((lines[index][0], lines[last][1]))
        index = last + 1
    return units


def _left_open(line: str) -> bool:
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1
