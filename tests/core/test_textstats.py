# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
from __future__ import annotations

from app.core.textstats import count_syllables, text_stats


def test_counts_and_reading_time() -> None:
    text = "The cat sat on the mat. It was happy.\n\nThen it left!"
    stats = text_stats(text)
    assert (stats.words, stats.sentences) == (12, 3)
    assert stats.words_per_sentence == 4.0
    assert 0 < stats.reading_minutes < 0.1
    assert stats.flesch_reading_ease > 90  # very easy copy


def test_long_sentences_score_harder() -> None:
    easy = text_stats("We met. We ate. We left.")
    hard = text_stats(
        "Notwithstanding considerable institutional reluctance, the municipal administration "
        "ultimately authorised comprehensive infrastructural modernisation initiatives."
    )
    assert hard.grade_level > easy.grade_level + 10
    assert hard.flesch_reading_ease < easy.flesch_reading_ease


def test_empty_text() -> None:
    stats = text_stats("   ")
    assert (stats.words, stats.sentences, stats.grade_level) == (0, 0, 0.0)


def test_syllables() -> None:
    assert [count_syllables(w) for w in ("cat", "table", "make", "beautiful", "the")] == [
        1,
        2,
        1,
        3,
        1,
    ]
