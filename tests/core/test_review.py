# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ReviewSession: house findings, the slower checks' findings beside them, and decisions."""

from __future__ import annotations

from app.core.model import Finding
from app.core.review import GRAMMAR, ReviewSession
from tests.fakes import PatternChecker

TEXT = "Crews hope to diffuse the row over teh fees.\n"


def grammar_finding(words: str, rule: str = "lt.TYPO", text: str = TEXT) -> Finding:
    start = text.index(words)
    return Finding(start, start + len(words), rule, "spelling", "error", "A problem.")


def shown(result) -> list[tuple[str, str]]:
    return [(f.rule, result.text[f.start : f.end]) for f in result.findings]


def test_grammar_gives_way_to_a_house_finding_on_the_same_words() -> None:
    session = ReviewSession(PatternChecker())
    session.set_extra(GRAMMAR, TEXT, [grammar_finding("diffuse"), grammar_finding("teh")])
    session.set_extra("quotes", TEXT, [grammar_finding("diffuse the", rule="quotes.flag")])
    assert shown(session.review(TEXT)) == [
        ("house.confused.diffuse-defuse", "diffuse"),
        ("quotes.flag", "diffuse the"),  # other sources are not merged away
        ("lt.TYPO", "teh"),
    ]


def test_recombining_keeps_the_house_findings() -> None:
    session = ReviewSession(PatternChecker())
    result = session.review(TEXT)
    assert result.house == result.raw
    session.set_extra(GRAMMAR, TEXT, [grammar_finding("teh")])
    again = session.recombine(session.refilter(result))
    assert shown(again) == [("house.confused.diffuse-defuse", "diffuse"), ("lt.TYPO", "teh")]
