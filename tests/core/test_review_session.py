# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""ReviewSession: the house findings survive when a slower check's findings arrive later."""

from __future__ import annotations

from app.core.model import Finding
from app.core.review import ReviewSession
from tests.fakes import PatternChecker

TEXT = "The mayor hopes to diffuse the row this week.\n"


def test_recombine_after_a_review_keeps_the_house_findings() -> None:
    session = ReviewSession(PatternChecker())
    first = session.review(TEXT)
    house_rules = [f.rule for f in first.findings]
    assert house_rules == ["house.confused.diffuse-defuse"]
    later = Finding(4, 9, "quotes.unattributed", "other", "info", "Who said this?")
    session.set_extra("quotes", TEXT, [later])  # the slower check finishes after the review
    again = session.recombine(first)
    assert [f.rule for f in again.findings] == ["quotes.unattributed", *house_rules]
    assert session.recombine(again).findings == again.findings  # and on every later refresh
