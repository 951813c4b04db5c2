# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The first acceptance case: the shared seed article (read at test time, never copied)."""

from __future__ import annotations

import os
from pathlib import Path

from app.core.quotes import find_quotes
from tests.conftest import require_external


def _seed() -> Path | None:
    override = os.environ.get("COPYDESK_SHARED")
    roots = [Path(override)] if override else []
    roots += [parent / "shared" for parent in Path(__file__).resolve().parents]
    for root in roots:
        path = root / "seeds" / "russia-diplomacy-article.txt"
        if path.is_file():
            return path
    return None


def test_seed_article_quotes_and_speakers() -> None:
    path = _seed()
    require_external(path is not None, "The shared seed article (../shared/seeds)")
    assert path is not None
    text = path.read_text(encoding="utf-8")
    analysis = find_quotes(text)
    direct = [q for q in analysis.quotes if q.direct]
    assert [q.speaker for q in direct] == [
        "Stephen Nix", "Boris Johnson", "UN spokesman", "Joe Biden"
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
