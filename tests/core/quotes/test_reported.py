# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Reported speech: the reported clause, credited to its speaker."""

from __future__ import annotations

import pytest

from app.core.quotes import find_quotes


def _reported(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in find_quotes(text).quotes if not q.direct]


@pytest.mark.parametrize(
    ("text", "clause", "speaker"),
    [
        (
            "Fire chief Rosa Diaz said that the blaze was under control.",
            "the blaze was under control",
            "Rosa Diaz",
        ),
        (
            "Rosa Diaz said the blaze was under control by midnight.",
            "the blaze was under control by midnight",
            "Rosa Diaz",
        ),
        (
            "Rosa Diaz told reporters the blaze was under control.",
            "the blaze was under control",
            "Rosa Diaz",
        ),
        (
            "According to Rosa Diaz, the blaze was under control by dawn.",
            "the blaze was under control by dawn",
            "Rosa Diaz",
        ),
        (
            "The blaze was under control by dawn, according to Rosa Diaz.",
            "The blaze was under control by dawn",
            "Rosa Diaz",
        ),
        (
            "The blaze was under control by dawn, Rosa Diaz said.",
            "The blaze was under control by dawn",
            "Rosa Diaz",
        ),
        (
            "Rosa Diaz warned on Monday that the blaze could spread east.",
            "the blaze could spread east",
            "Rosa Diaz",
        ),
        (
            "The fire service confirmed that two homes were lost.",
            "two homes were lost",
            "fire service",
        ),
        (
            "The embassy confirmed two drivers also resigned.",
            "two drivers also resigned",
            "embassy",
        ),
        (
            "The Port Authority reported the ferry had left on time.",
            "the ferry had left on time",
            "Port Authority",
        ),
        (
            "Mayor Ines Duarte announced she would close the bridge, before changing her mind.",
            "she would close the bridge",
            "Ines Duarte",
        ),
    ],
)
def test_reported_speech(text: str, clause: str, speaker: str) -> None:
    assert _reported(text) == [(clause, speaker)]


def test_two_reports_joined_by_while_are_split() -> None:
    text = "Minister Paul Engel said the road would reopen while police said it was unsafe."
    assert _reported(text) == [
        ("the road would reopen", "Paul Engel"),
        ("it was unsafe", "police"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The company announced a new ferry route.",
        "The Port Authority reported two deaths on Monday.",
        "The company reported record profits in the third quarter.",
        "The council continued its review of the harbour plan.",
        "Officials denied the claim.",
        "She refused to say whether the plant would close.",
        "Their demands were not met, as the union stands firm in its claims.",
    ],
)
def test_verbs_without_a_reported_clause_are_not_reported_speech(text: str) -> None:
    assert _reported(text) == []


def test_reporting_verbs_inside_a_direct_quote_are_ignored() -> None:
    text = "“He said he would pay us back,” tenant Mia Wong said."
    analysis = find_quotes(text)
    assert [(q.direct, q.speaker) for q in analysis.quotes] == [(True, "Mia Wong")]
