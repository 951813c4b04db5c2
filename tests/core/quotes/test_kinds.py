# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quotation marks that do not hold anyone's words are not quotes."""

from __future__ import annotations

import pytest

from app.core.quotes import find_quotes, quote_spans


@pytest.mark.parametrize(
    "text",
    [
        "The council screened the film “Rivers of Salt” on Saturday.",
        "Her new album, “Blue Harbour Nights”, sold well.",
        "Boxer Kevin “The Hammer” Doyle retired after the bout.",
        "The so-called “smart meters” were installed in May.",
        "Residents carried signs reading “Save Our Pier” outside the hall.",
        "The phrase “net zero” appears four times in the plan.",
        "The shop was “temporarily” closed for the third year.",
        "The campaign, known as “Clean Coast”, starts in June.",
    ],
)
def test_titles_terms_nicknames_signs_and_scare_quotes_are_not_quotes(text: str) -> None:
    assert find_quotes(text).quotes == ()
    assert quote_spans(text) == []


def test_quote_spans_keeps_speech_and_skips_titles() -> None:
    text = "Critic Joan Pike said, “It is the best film this year.” She reviewed “Rivers of Salt”."
    spans = quote_spans(text)
    assert [text[a:b] for a, b in spans] == ["It is the best film this year."]


def test_short_partial_quote_with_a_speaker_is_a_quote() -> None:
    text = "Witness Carla Mendes described the noise as “deafening” and left."
    quotes = find_quotes(text).quotes
    assert [q.text for q in quotes] == ["deafening"]
    assert quotes[0].speaker == "Carla Mendes" and quotes[0].partial


def test_long_unattributed_quotation_is_still_a_quote() -> None:
    text = "“Every family on this street lost something in the flood last night.”"
    quotes = find_quotes(text).quotes
    assert len(quotes) == 1 and quotes[0].speaker is None
