# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Verifying a quotation against a transcript."""

from __future__ import annotations

from app.core.quotes import compare_to_notes

NOTES = (
    "Q: How was the season? A: Honestly, it was the hardest season we have had. "
    "The rain kept coming, the river rose twice, and he told us to wait for the insurers. "
    "We waited. Q: And now? A: Now we replant."
)


def test_exact_quote_is_found_with_no_differences() -> None:
    match = compare_to_notes("it was the hardest season we have had.", NOTES)
    assert match and match.exact and match.score == 1.0
    assert NOTES[match.notes_start : match.notes_end] == "it was the hardest season we have had"


def test_bracketed_insertion_and_ellipsis_are_marked_but_not_misquotes() -> None:
    quote = "The rain kept coming … and [the manager] told us to wait for the insurers."
    match = compare_to_notes(quote, NOTES)
    assert match.exact
    kinds = {d.kind: d for d in match.differences}
    assert kinds["ellipsis"].notes_words == "the river rose twice"
    bracket = kinds["bracketed"]
    assert quote[bracket.quote_start : bracket.quote_end] == "[the manager]"
    assert NOTES[bracket.notes_start : bracket.notes_end] == "he"


def test_misquote_is_reported_word_by_word() -> None:
    match = compare_to_notes("It was the worst season we have ever had.", NOTES)
    assert match and not match.exact
    changed = [(d.kind, d.quote_words, d.notes_words) for d in match.differences]
    assert ("changed", "worst", "hardest") in changed
    assert ("added", "ever", "") in changed


def test_quote_not_in_the_notes_is_not_found() -> None:
    match = compare_to_notes("We will sell the farm to the developers next spring.", NOTES)
    assert not match and match.score < 0.6
