# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Readability as information: sentences long enough to lose a reader."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph

# A sentence ends at . ! ? (and closing quotes or brackets) before a space and a capital.
_SENTENCE_END = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])")


def compile_readability(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """The long-sentence checker for the first enabled rule."""
    infos: list[RuleInfo] = []
    kind: LongSentence | None = None
    for rule in rules:
        infos.append(make_info(rule))
        if kind is None and enabled(rule["id"]):
            kind = LongSentence(rule["id"], rule["message"], int(rule.get("max_words", 40)))
    return Compiled(infos=infos, paragraph=kind)


class LongSentence:
    """Marks each sentence of more than ``max_words`` words (severity info)."""

    def __init__(self, rule: str, message: str, max_words: int) -> None:
        self.rule, self.message, self.max_words = rule, message, max_words

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        if len(para.lows) <= self.max_words:
            return []
        hits: list[Hit] = []
        begin = 0
        bounds = [m.end() for m in _SENTENCE_END.finditer(para.text)] + [len(para.text)]
        for stop in bounds:
            # Words as the desk counts them: runs of non-space characters.
            count = len(para.text[begin:stop].split()) if stop - begin > self.max_words * 2 else 0
            if count > self.max_words:
                end = len(para.text[begin:stop].rstrip()) + begin
                message = fill(self.message, str(count)).replace("{words}", str(count))
                hits.append(Hit(begin, end, self.rule, (), message, para.in_quote(begin, end)))
            begin = stop
        return hits
