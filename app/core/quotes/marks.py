# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Pairing quotation marks into quoted stretches of text.

Straight marks get their direction from their neighbours; curly ones are
trusted unless their neighbours contradict them (autocorrect often turns a
mark the wrong way). Double marks make top-level quotations; curly single
marks make one only when they are not inside a double quotation (British
style), and a single mark between two letters is an apostrophe. A quotation
left open at the end of a paragraph continues when the next paragraph opens
with a mark (the multi-paragraph convention); otherwise its mark is reported
as unbalanced.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.core.quotes.text import lines

_DOUBLE = re.compile(r"[\"“”„«»]")
_SINGLE = re.compile(r"[‘’]")
_OPENS_AFTER = " \t([{—–-/\u00a0"
_OPENING = "“„«‘"
_CLOSING = "”»’"
_REOPENERS = '"“„«'


@dataclass(frozen=True, slots=True)
class Marked:
    """Words between a pair of quotation marks, within one paragraph.

    ``start``/``end`` exclude the marks. ``opens``/``closes`` say whether this
    paragraph has the opening and closing mark: a multi-paragraph quotation
    yields one Marked per paragraph, the first with ``closes`` False, the
    middle ones with neither, the last with ``opens`` False.
    """

    start: int
    end: int
    opens: bool = True
    closes: bool = True
    single: bool = False

    @property
    def continued(self) -> bool:
        """True for the second and later paragraphs of one quotation."""
        return not self.opens


def _direction(text: str, at: int) -> str:
    """``open``, ``close`` or ``either`` for the mark at ``text[at]``."""
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    can_open = (before in _OPENS_AFTER or before in _OPENING or before == "\n") and not (
        after.isspace()
    )
    can_close = not before.isspace() and (not after.isalnum() or after in _CLOSING)
    if can_open and not can_close:
        return "open"
    if can_close and not can_open:
        return "close"
    mark = text[at]
    if mark in _OPENING:
        return "open"
    if mark in _CLOSING:
        return "close"
    return "either"


def _pair_line(text: str, start: int, end: int, pattern: re.Pattern[str], single: bool):
    """Pairs ``(open_at, close_at)`` in one line, the offset of a still-open mark, strays."""
    pairs: list[tuple[int, int]] = []
    strays: list[int] = []
    opened: int | None = None
    for match in pattern.finditer(text, start, end):
        at = match.start()
        if single and _is_apostrophe(text, at):
            continue
        if opened is None and _is_inch_mark(text, at):
            continue
        way = _direction(text, at)
        if opened is None:
            if way == "close":
                if not single:
                    strays.append(at)
            else:
                opened = at
        elif way == "open" and not single:
            # Two openers in a row: the first one was never closed.
            strays.append(opened)
            opened = at
        elif way != "open":
            pairs.append((opened, at))
            opened = None
    return pairs, opened, strays


def _is_inch_mark(text: str, at: int) -> bool:
    """A straight mark right after a digit and before a space: 5" screen."""
    after = text[at + 1 : at + 2]
    return text[at] == '"' and at > 0 and text[at - 1].isdigit() and (not after or after == " ")


def _is_apostrophe(text: str, at: int) -> bool:
    before = text[at - 1] if at > 0 else " "
    after = text[at + 1] if at + 1 < len(text) else " "
    if before.isalnum() and after.isalnum():
        return True
    # '90s, 'em: an elided start; a closing ’ after s may be a plural possessive,
    # which the pairing treats as a close only if a ‘ is open.
    return text[at] == "’" and before.isspace() and after.isalnum()


def find_marked(text: str) -> tuple[list[Marked], list[int]]:
    """All quoted stretches in ``text`` (sorted) and the offsets of unbalanced marks."""
    found: list[Marked] = []
    unbalanced: list[int] = []
    carried = False
    paragraphs = lines(text)
    for index, (start, end) in enumerate(paragraphs):
        pairs, still_open, strays = _pair_line(text, start, end, _DOUBLE, single=False)
        reopen = carried and text[start] in _REOPENERS
        found.extend(Marked(a + 1, b, opens=not (reopen and a == start)) for a, b in pairs)
        carried = False
        if still_open is not None:
            following = paragraphs[index + 1][0] if index + 1 < len(paragraphs) else None
            if following is not None and text[following] in _REOPENERS:
                opens = not (reopen and still_open == start)
                found.append(Marked(still_open + 1, end, opens=opens, closes=False))
                carried = True
            else:
                unbalanced.append(still_open)
        unbalanced.extend(strays)
        found.extend(_singles(text, start, end, pairs))
    found.sort(key=lambda m: m.start)
    return found, sorted(unbalanced)


def _singles(text: str, start: int, end: int, doubles: list[tuple[int, int]]) -> list[Marked]:
    """British-style top-level ‘quotations’ outside any double quotation."""
    pairs, _open, _strays = _pair_line(text, start, end, _SINGLE, single=True)
    found: list[Marked] = []
    for a, b in pairs:
        if text[a] != "‘" or not text[a + 1 : a + 2].isalpha():
            continue
        if any(x < a < y for x, y in doubles):
            continue
        found.append(Marked(a + 1, b, single=True))
    return found
