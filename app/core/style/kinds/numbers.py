# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""AP numbers: spell out one to nine, except where AP wants figures.

AP uses figures for ages, percentages, money, dates, times, scores,
measurements, addresses and the like. A figure from 1 to 9 is flagged only
when it stands alone before a plain word and none of the rule's
exceptions (words before or after it, symbols touching it) applies.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph, match_case

SPELLED = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
DIGITS = frozenset("123456789")


def compile_numbers(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """One checker per enabled small-number rule."""
    kinds: list[SmallNumber] = []
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        if enabled(rule["id"]):
            kinds.append(SmallNumber(rule))
    return Compiled(infos=infos, paragraph=_All(kinds))


class SmallNumber:
    """Flags a lone figure 1-9 used as a plain count ("3 people" → "three people")."""

    def __init__(self, rule: dict[str, Any]) -> None:
        self.rule = rule["id"]
        self.message = rule["message"]
        self.unless_prev = frozenset(words(rule.get("unless_prev")))
        self.unless_next = frozenset(words(rule.get("unless_next")))
        self.touching = str(rule.get("touching", "$£€#-/.:,%+"))

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        if not DIGITS & para.wordset:
            return []
        lows = para.lows
        candidates = [
            i
            for i, word in enumerate(lows)
            if word in DIGITS
            and i + 1 < len(lows)
            and lows[i + 1] not in self.unless_next
            and (i == 0 or lows[i - 1] not in self.unless_prev)
        ]
        if not candidates:
            return []
        starts, ends, _ = para.words
        hits: list[Hit] = []
        for index in candidates:
            word = lows[index]
            if self._is_count(para, index, starts, ends, lows):
                start, end = starts[index], ends[index]
                spelled = SPELLED[int(word) - 1]
                if para.sentence_start(index):
                    spelled = match_case("X", spelled)
                message = fill(self.message, word, spelled)
                hits.append(Hit(start, end, self.rule, (spelled,), message))
        return hits

    def _is_count(
        self, para: Paragraph, index: int, starts: list[int], ends: list[int], lows: list[str]
    ) -> bool:
        text = para.text
        start, end = starts[index], ends[index]
        if start > 0 and text[start - 1] in self.touching:
            return False
        if end < len(text) and text[end] in self.touching:
            return False
        if index + 1 >= len(lows) or para.in_quote(start, end):
            return False
        following = text[starts[index + 1] : ends[index + 1]]
        if text[end : starts[index + 1]] != " " or not following.isalpha():
            return False
        if following[0].isupper() or lows[index + 1] in self.unless_next:
            return False
        previous = lows[index - 1] if index > 0 else ""
        if previous in self.unless_prev or (previous.isdigit() and index > 0):
            return False
        if index > 0 and text[starts[index - 1]].isupper() and not para.sentence_start(index - 1):
            return False  # part of a name: Falcon 9, Windows 7, Apollo 8
        # "between 5 and 12": a range or list that reaches 10 keeps figures together.
        return not any(w.isdigit() and len(w) > 1 for w in lows[index + 1 : index + 4])


class _All:
    def __init__(self, kinds: list[SmallNumber]) -> None:
        self.kinds = kinds

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        return [hit for kind in self.kinds for hit in kind.scan(para, ctx)]
