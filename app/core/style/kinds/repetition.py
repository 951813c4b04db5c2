# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Repeated words: "the the", but not "had had", "that that" or "Bora Bora"."""

from __future__ import annotations

import operator
from collections.abc import Iterable
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph


def compile_repetition(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """One checker per enabled rule, each with its list of words allowed twice."""
    kinds: list[RepeatedWord] = []
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        if enabled(rule["id"]):
            allowed = frozenset(w.lower() for w in words(rule.get("allow")))
            kinds.append(
                RepeatedWord(rule["id"], rule["message"], allowed, bool(rule.get("quotes")))
            )
    return Compiled(infos=infos, paragraph=_All(kinds))


class RepeatedWord:
    """Flags the second of two identical words separated only by spaces."""

    def __init__(self, rule: str, message: str, allowed: frozenset[str], quotes: bool) -> None:
        self.rule, self.message, self.allowed, self.quotes = rule, message, allowed, quotes

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        lows = para.lows
        if len(lows) < 2:
            return []
        same = list(map(operator.eq, lows, lows[1:]))
        if True not in same:
            return []
        starts, ends, _ = para.words
        hits: list[Hit] = []
        index = -1
        while True:
            try:
                index = same.index(True, index + 1)
            except ValueError:
                return hits
            hit = self._check(para, index, starts, ends, lows)
            if hit is not None:
                hits.append(hit)

    def _check(
        self, para: Paragraph, index: int, starts: list[int], ends: list[int], lows: list[str]
    ) -> Hit | None:
        word = lows[index]
        gap = para.text[ends[index] : starts[index + 1]]
        if word in self.allowed or not word.isascii() or word.isdigit() or gap.strip():
            return None
        second = para.text[starts[index + 1] : ends[index + 1]]
        if second[0].isupper():
            return None  # "Bora Bora", "Duran Duran": names repeat on purpose
        inside = para.in_quote(starts[index], ends[index + 1])
        if inside and not self.quotes:
            return None
        start, end = ends[index], ends[index + 1]
        message = fill(self.message, second)
        return Hit(start, end, self.rule, ("",), message, inside)


class _All:
    def __init__(self, kinds: list[RepeatedWord]) -> None:
        self.kinds = kinds

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        return [hit for kind in self.kinds for hit in kind.scan(para, ctx)]
