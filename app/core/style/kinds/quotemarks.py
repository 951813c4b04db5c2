# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Quotation marks: straight and curly mixed in one piece, and marks left unbalanced.

Both are document kinds. A quote left open at the end of a paragraph is
fine when the next paragraph opens with a quote mark: that is how a
quotation running over several paragraphs is written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from operator import attrgetter, itemgetter
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.kinds.consistency import _NOTHING, Seen
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph

_STYLES = {
    "double": ('"', "\u201c\u201d\u201e"),
    "single": ("'", "\u2018\u2019"),
}


def compile_quote_marks(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """One mixed-marks checker per enabled rule (``marks = "double"`` or ``"single"``)."""
    infos: list[RuleInfo] = []
    kinds: list[MixedMarks] = []
    for rule in rules:
        infos.append(make_info(rule))
        if enabled(rule["id"]):
            kinds.append(MixedMarks(rule["id"], rule["message"], rule.get("marks", "double")))
    return Compiled(infos=infos, more_documents=tuple(kinds))


class MixedMarks:
    """Reports straight marks in a piece that mostly uses curly ones, or the reverse."""

    def __init__(self, rule: str, message: str, marks: str) -> None:
        self.rule, self.message = rule, message
        self.straight, self.curly = _STYLES[marks]
        self.marks = re.compile("[" + re.escape(self.curly + self.straight) + "]")

    def observe(self, para: Paragraph, ctx: ScanContext) -> Seen:
        """Counts of straight and curly marks; places are found in ``finish`` if needed."""
        text = para.text
        straight = text.count(self.straight)
        curly = 0
        for mark in self.curly:
            curly += text.count(mark)
        return Seen(text, (), (straight, curly)) if straight or curly else _NOTHING

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        founds = list(map(_FOUND, map(_SECOND, observed)))
        straight = sum(map(_FIRST, founds))
        curly = sum(map(_SECOND, founds))
        if not straight or not curly:
            return []
        # Only the less common style is listed, so only those paragraphs are read again.
        kind_straight = straight <= curly
        places: list[int] = []
        for offset, seen in observed:
            if seen.found and seen.found[0 if kind_straight else 1]:
                local = seen.memo.get(kind_straight)
                if local is None:
                    local = seen.memo[kind_straight] = self._local(seen.text, kind_straight)
                places.extend(offset + p for p in local)
        if not places:
            return []
        kind = "straight" if kind_straight else "curly"
        other = "curly" if kind_straight else "straight"
        message = fill(self.message, kind, other).replace("{count}", str(len(places)))
        related = tuple((p, p + 1) for p in places[1:])
        return [Hit(places[0], places[0] + 1, self.rule, (), message, False, related)]

    def _local(self, text: str, kind_straight: bool) -> list[int]:
        return [
            m.start()
            for m in self.marks.finditer(text)
            if (m.group() == self.straight) == kind_straight
            and not (kind_straight and self.straight == '"' and _measure(text, m.start()))
        ]


_FIRST, _SECOND = itemgetter(0), itemgetter(1)
_FOUND = attrgetter("found")


def _measure(text: str, index: int) -> bool:
    """A straight mark right after a digit is feet/inches or a prime (5'10"), not a quote."""
    return index > 0 and text[index - 1].isdigit()


def compile_quote_balance(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """The unbalanced-quotes checker for the first enabled rule."""
    infos: list[RuleInfo] = []
    kind: Balance | None = None
    for rule in rules:
        infos.append(make_info(rule))
        if kind is None and enabled(rule["id"]):
            kind = Balance(rule["id"], rule["message"])
    return Compiled(infos=infos, document=kind)


class Balance:
    """Double quotation marks that open and never close, or close without opening.

    Dense: it sees every paragraph's observation, because a quotation left
    open is settled by whether the very next paragraph opens with a mark.

    A straight mark is an opener after a space or bracket and a closer
    before a space or punctuation; only when neither shows is it taken to
    toggle. A quotation left open that a later paragraph closes (a long
    quotation set as several lines) is not reported.
    """

    def __init__(self, rule: str, message: str) -> None:
        self.rule, self.message = rule, message

    def observe(
        self, para: Paragraph, ctx: ScanContext
    ) -> tuple[bool, tuple[tuple[int, str], ...]]:
        text = para.text
        opens_with_quote = text.lstrip()[:1] in ('"', "\u201c", "\u201e")
        if '"' not in text and not any(c in text for c in "\u201c\u201d\u201e"):
            return opens_with_quote, ()
        problems: list[tuple[int, str]] = []
        open_at: int | None = None
        for match in _DOUBLE.finditer(text):
            i = match.start()
            role = _role(text, i, open_at is not None)
            if role == "open":
                if open_at is not None:
                    problems.append((open_at, "open"))
                open_at = i
            elif role == "close":
                if open_at is None:
                    problems.append((i, "close"))
                open_at = None
        if open_at is not None:
            problems.append((open_at, "end"))
        return opens_with_quote, tuple(problems)

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        hits: list[Hit] = []
        pending: tuple[int, int] | None = None  # an "end" that a later close may settle
        for index, (offset, (_, problems)) in enumerate(observed):
            for position, what in problems:
                if what == "close" and pending is not None:
                    pending = None
                    continue
                if pending is not None:
                    hits.append(self._hit(*pending, "end"))
                    pending = None
                if what == "end":
                    if not _next_opens(observed, index):
                        pending = (offset, position)
                    continue
                hits.append(self._hit(offset, position, what))
        if pending is not None:
            hits.append(self._hit(*pending, "end"))
        return hits

    def _hit(self, offset: int, position: int, what: str) -> Hit:
        message = self.message.replace(
            "{what}", "is never closed" if what != "close" else "closes nothing"
        )
        return Hit(offset + position, offset + position + 1, self.rule, (), message)


_DOUBLE = re.compile('["\u201c\u201d\u201e]')
_OPEN_BEFORE = frozenset(" \t([{\u2014\u2013-/")
_CLOSE_AFTER = frozenset(" \t.,;:!?)]}\u2026\u2014\u2013-")


def _role(text: str, i: int, inside: bool) -> str:
    """ "open", "close" or "" (a measure mark) for the double quotation mark at ``i``."""
    mark = text[i]
    if mark in "\u201c\u201e":
        return "open"
    if mark == "\u201d":
        return "close"
    if _measure(text, i) and not inside:
        return ""  # 5'10": but "cosmonaut No. 11" closes the quotation it ends
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before in _OPEN_BEFORE and after not in _CLOSE_AFTER:
        return "open"
    if after in _CLOSE_AFTER and before not in _OPEN_BEFORE:
        return "close"
    return "close" if inside else "open"


def _next_opens(observed: Sequence[tuple[int, Any]], index: int) -> bool:
    """True when the next paragraph that has text opens with a quote mark."""
    for _, (opens, _) in observed[index + 1 :]:
        return bool(opens)
    return False
