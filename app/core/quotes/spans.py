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

_MAX_CACHE = 20_000
_OPENERS = ("“", '"')
QUOTE_MARKS = re.compile('["“”]')  # the marks a quote unit is found from


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
    units = quote_units(text)
    if not units:
        return spans  # no quotation mark: the attribution machinery need not even load
    from app.core.quotes.direct import direct_spans

    for start, end in units:
        unit = text[start:end]
        local = cache.get(unit) if cache is not None else None
        if local is None:
            local = direct_spans(unit)
            if cache is not None:
                cache[unit] = local
        spans.extend((a + start, b + start) for a, b in local)
    return spans


def quote_units(text: str) -> list[tuple[int, int]]:
    """Code-point ranges of the quote units that hold a quotation mark, in order.

    Only lines with a mark are visited (found in C by one regular expression), since
    a paragraph without one can hold no direct quotation; on a long draft this runs
    at every keystroke.
    """
    units: list[tuple[int, int]] = []
    for start, end in _marked_lines(text):
        line = text[start:end]
        previous = units[-1] if units else None
        if (
            previous is not None
            and not text[previous[1] : start].strip()
            and _left_open(text[previous[0] : previous[1]].rsplit("\n", 1)[-1])
            and line.lstrip().startswith(_OPENERS)
        ):
            units[-1] = (previous[0], end)  # a quotation running on into this paragraph
        else:
            units.append((start, end))
    return units


def _marked_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line holding a quotation mark, found from the marks."""
    lines: list[tuple[int, int]] = []
    position = 0
    for match in QUOTE_MARKS.finditer(text):
        if match.start() < position:
            continue  # another mark on a line already taken
        start = text.rfind("\n", 0, match.start()) + 1
        end = text.find("\n", match.start())
        end = len(text) if end == -1 else end
        lines.append((start, end))
        position = end
    return lines


def _left_open(line: str) -> bool:
    return line.count("“") > line.count("”") or line.count('"') % 2 == 1
