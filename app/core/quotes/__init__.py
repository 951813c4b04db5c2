# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quotations in a draft: where they are, who said them, and whether they check out.

Headless and pure: every function takes text and returns frozen data, so any
of them may run off the GUI thread. Offsets are Python ``str`` indices.
"""

from __future__ import annotations

from app.core.quotes.analysis import find_quotes
from app.core.quotes.flags import quote_findings
from app.core.quotes.model import NameVariant, Quote, QuoteAnalysis, SourceSummary
from app.core.quotes.notes import NOT_FOUND, NotesMatch, WordDifference, compare_to_notes
from app.core.quotes.spans import quote_spans

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
