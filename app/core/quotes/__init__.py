# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quotations in a draft: where they are, who said them, and whether they check out.

Headless and pure: every function takes text and returns frozen data, so any
of them may run off the GUI thread. Offsets are Python ``str`` indices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from app.core.quotes.analysis import find_quotes
    from app.core.quotes.flags import quote_findings
    from app.core.quotes.model import NameVariant, Quote, QuoteAnalysis, SourceSummary
    from app.core.quotes.notes import NOT_FOUND, NotesMatch, WordDifference, compare_to_notes
    from app.core.quotes.spans import quote_spans

# Loaded on first use: the style check needs only quote_spans, and importing the
# whole analysis (name matching, notes comparison) would slow its start-up.
_HOMES = {
    "find_quotes": "analysis",
    "quote_findings": "flags",
    "NameVariant": "model",
    "Quote": "model",
    "QuoteAnalysis": "model",
    "SourceSummary": "model",
    "NOT_FOUND": "notes",
    "NotesMatch": "notes",
    "WordDifference": "notes",
    "compare_to_notes": "notes",
    "quote_spans": "spans",
}


def __getattr__(name: str) -> object:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'app.core.quotes' has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(f"app.core.quotes.{home}"), name)
    globals()[name] = value
    return value


__all__ = [
    "NOT_FOUND",
    "NameVariant",
    "NotesMatch",
    "Quote",
    "QuoteAnalysis",
    "SourceSummary",
    "WordDifference",
    "compare_to_notes",
    "find_quotes",
    "quote_findings",
    "quote_spans",
]
