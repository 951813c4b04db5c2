# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The first acceptance case: the shared seed article (read at test time, never copied)."""

from __future__ import annotations

from app.core.quotes import find_quotes
from tests.conftest import shared_file


def test_seed_article_quotes_and_speakers() -> None:
    text = shared_file("seeds", "russia-diplomacy-article.txt").read_text(encoding="utf-8")
    analysis = find_quotes(text)
    direct = [q for q in analysis.quotes if q.direct]
    assert [q.speaker for q in direct] == [
        "Stephen Nix",
        "Boris Johnson",
        "UN spokesman",
        "Joe Biden",
    ]
    assert "British government" in direct[1].role
    assert direct[0].altered and direct[2].altered and direct[2].anonymous
    for quote in direct:
        assert text[quote.start - 1] == "“" and text[quote.end] == "”"
        assert quote.attribution is not None
    reported = {q.speaker for q in analysis.quotes if not q.direct}
    assert {"Russia", "Al Jazeera", "Antony Blinken", "Joe Biden"} <= reported
    kinds = {s.name: s.kind for s in analysis.sources}
    assert kinds["Russia"] == kinds["Al Jazeera"] == "organisation"
    assert kinds["Stephen Nix"] == kinds["Joe Biden"] == "person"
