# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Cutting long drafts for LanguageTool: complete, within the limit, on paragraph boundaries."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.core.grammar.chunks import split_into_chunks
from app.core.grammar.mapping import utf16_length

DRAFT = st.text(alphabet=st.sampled_from("ab .!\n\n “”🎉"), max_size=300)


@given(DRAFT, st.integers(1, 60))
def test_chunks_cover_the_text_in_order_within_the_limit(text: str, limit: int) -> None:
    chunks = split_into_chunks(text, limit, start=7)
    assert "".join(c.text for c in chunks) == text
    position = 7
    for chunk in chunks:
        assert chunk.start == position
        assert utf16_length(chunk.text) <= max(limit, 2)
        position = chunk.end


def test_paragraphs_stay_whole_when_they_fit() -> None:
    paragraphs = ["One short paragraph here.", "Another one 🎉 here.", "A third."]
    text = "\n\n".join(paragraphs) + "\n"
    chunks = split_into_chunks(text, 50)
    assert [c.text for c in chunks] == [
        "One short paragraph here.\n\nAnother one 🎉 here.\n\n",
        "A third.\n",
    ]


def test_a_long_paragraph_is_cut_after_a_sentence() -> None:
    text = "First sentence is here. Second sentence is “here.” Third one is here too."
    chunks = split_into_chunks(text, 30)
    assert [c.text for c in chunks] == [
        "First sentence is here. ",
        "Second sentence is “here.” ",
        "Third one is here too.",
    ]


def test_a_word_longer_than_the_limit_is_cut_hard() -> None:
    pieces = [c.text for c in split_into_chunks("abcdefgh🎉ij", 3)]
    assert pieces == ["abc", "def", "gh", "🎉i", "j"]


def test_blank_chunks_are_marked() -> None:
    chunks = split_into_chunks("Words.\n\n\n\n\n\n" + "x" * 10, 10)
    assert [(c.text, c.blank) for c in chunks] == [
        ("Words.\n\n\n\n", False),
        ("\n\n", True),
        ("x" * 10, False),
    ]
    assert split_into_chunks("   \n\n  ", 100)[0].blank


def test_the_limit_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_into_chunks("text", 0)
