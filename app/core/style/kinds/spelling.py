# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Spelling: lower-case words that no dictionary in force knows.

Capitalised words are left alone: in news copy they are names, and names
are the usual false alarm of spell checkers (names two ways are caught by
the consistency rules instead). Words inside quotes are still checked and
marked as inside a quote. Hyphenated compounds pass when every part is a
word; possessives and contractions are checked on their stem.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.lexicon import Speller
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph

_SUFFIXES = ("'s", "'", "n't", "'ll", "'re", "'ve", "'d", "'m")
_WEB_MARKS = frozenset("@/\\#_~=&%")


def compile_spelling(
    rules: Iterable[dict[str, Any]], enabled: Any, speller: Speller
) -> Compiled:
    """The spelling checker for the first enabled spelling rule."""
    infos: list[RuleInfo] = []
    kind: Spelling | None = None
    for rule in rules:
        infos.append(make_info(rule))
        if kind is None and enabled(rule["id"]):
            min_length = int(rule.get("min_length", 2))
            kind = Spelling(rule["id"], rule["message"], speller, min_length)
    return Compiled(infos=infos, paragraph=kind)


class Spelling:
    """Flags lower-case words unknown to the lexicon and the allowed words."""

    def __init__(self, rule: str, message: str, speller: Speller, min_length: int) -> None:
        self.rule, self.message, self.speller = rule, message, speller
        self.min_length = min_length

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        unknown = {w for w in para.wordset if not ctx.knows(w)}
        if not unknown:
            return []
        unknown = {w for w in unknown if not self._acceptable(w, ctx)}
        if not unknown:
            return []
        starts, ends, lows = para.words
        hits: list[Hit] = []
        for index, word in enumerate(lows):
            if word in unknown:
                hit = self._hit(para, starts[index], ends[index], word)
                if hit is not None:
                    hits.append(hit)
        return hits

    def _acceptable(self, word: str, ctx: ScanContext) -> bool:
        if len(word) < self.min_length or any(c.isdigit() for c in word):
            return True
        if not word.isascii() and not word.replace("'", "").isalpha():
            return True
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and ctx.knows(word[: -len(suffix)]):
                return True
        if "-" in word:
            return all(ctx.knows(part) or len(part) < 2 for part in word.split("-"))
        return False

    def _hit(self, para: Paragraph, start: int, end: int, word: str) -> Hit | None:
        original = para.text[start:end]
        if not original.islower():
            return None  # names, acronyms and sentence openers capitalised
        text = para.text
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if before in _WEB_MARKS or after in _WEB_MARKS or (after == "." and _word_follows(text, end)):
            return None  # part of an address, a handle or a file name
        suggestions = self.speller.suggest(word)
        message = fill(self.message, original, suggestions[0] if suggestions else "")
        return Hit(start, end, self.rule, suggestions, message, para.in_quote(start, end))


def _word_follows(text: str, position: int) -> bool:
    """True for "example.com": a dot directly followed by a letter."""
    return position + 1 < len(text) and text[position + 1].isalpha()
