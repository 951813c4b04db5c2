# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Spans of directly quoted words, for checks that must not restyle a speaker's words."""

from __future__ import annotations

from app.core.quotes.analysis import find_quotes


def quote_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each direct quote's words, without the marks (code points).

    Titles, terms and scare quotes are not included: house style applies to
    them. A multi-paragraph quotation gives one span per paragraph.
    """
    return [(q.start, q.end) for q in find_quotes(text).quotes if q.direct]
