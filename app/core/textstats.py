# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Word count, reading time and a readability summary of a text. Pure; any thread."""

from __future__ import annotations

import re
from dataclasses import dataclass

READING_WORDS_PER_MINUTE = 238  # adult silent reading of non-fiction (Brysbaert 2019)
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s|$)")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@dataclass(frozen=True, slots=True)
class TextStats:
    words: int
    sentences: int
    reading_minutes: float
    words_per_sentence: float
    flesch_reading_ease: float
    grade_level: float

    def summary(self) -> str:
        """One line for the status bar."""
        minutes = max(1, round(self.reading_minutes))
        return (
            f"{self.words:,} words · {minutes} min read · "
            f"{self.words_per_sentence:.0f} words/sentence · grade {self.grade_level:.0f}"
        )


def text_stats(text: str) -> TextStats:
    """Counts as a desk counts them: words are runs of non-space characters.

    Works paragraph by paragraph: one regular-expression call over a whole long
    draft would hold the interpreter lock for a tenth of a second, and this runs
    on a worker thread while the user types.
    """
    words = lexical = sentences = syllables = 0
    for paragraph in text.split("\n"):
        words += len(paragraph.split())
        found = _WORD.findall(paragraph)
        lexical += len(found)
        sentences += len(_SENTENCE_END.findall(paragraph))
        syllables += sum(count_syllables(word) for word in found)
    sentences = max(1, sentences) if lexical else 0
    per_sentence = lexical / sentences if sentences else 0.0
    per_word = syllables / lexical if lexical else 0.0
    ease = 206.835 - 1.015 * per_sentence - 84.6 * per_word if lexical else 0.0
    grade = 0.39 * per_sentence + 11.8 * per_word - 15.59 if lexical else 0.0
    return TextStats(
        words=words,
        sentences=sentences,
        reading_minutes=words / READING_WORDS_PER_MINUTE,
        words_per_sentence=per_sentence,
        flesch_reading_ease=round(ease, 1),
        grade_level=round(max(grade, 0.0), 1),
    )


def count_syllables(word: str) -> int:
    """Vowel groups, less a silent final e; at least one. Good enough for a readability score."""
    lowered = word.lower().replace("’", "'")
    groups = len(_VOWEL_GROUPS.findall(lowered))
    if lowered.endswith("e") and not lowered.endswith(("le", "ee", "ye")) and groups > 1:
        groups -= 1
    return max(1, groups)
