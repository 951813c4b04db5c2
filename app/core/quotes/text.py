# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Lines, sentences and words of a draft, as code-point spans.

A Copydesk document holds one block per line, so a paragraph is a line.
Sentence splitting here is deliberately small: it runs on text whose quoted
words are masked (see ``mask``), so that a full stop inside a quotation does
not cut its attribution off, and it knows the abbreviations news copy uses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st sr jr gen col lt capt sgt cpl maj adm gov sen rep rev fr mt
    messrs no nos vs etc inc ltd co corp dept est approx jan feb mar apr jun jul aug sep
    sept oct nov dec mon tue tues wed thu thurs fri sat sun u.s u.k u.n e.g i.e a.m p.m
    ph.d d.c n.y l.a""".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“‘(\[]?[A-Z0-9\u00c0-\u024f])")
WORD = re.compile(r"[\w\u00c0-\u024f][\w\u00c0-\u024f'’.\-]*[\w\u00c0-\u024f]|[\w\u00c0-\u024f]")


def lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line (paragraph), without its newline."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in re.finditer(r"\n", text + "\n"):
        end = match.start()
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    return spans


def mask(text: str, spans: Iterable[tuple[int, int]], keep_final: bool = True) -> str:
    """``text`` with each span's characters replaced by ``x`` (same length).

    With ``keep_final``, a sentence-ending mark at the very end of a span
    survives, so that a quotation closing a sentence still ends it.
    """
    chars = list(text)
    for span_start, end in spans:
        # The first letter stays, so that a capital after a closed quotation
        # still starts a sentence.
        start = span_start + 1 if text[span_start : span_start + 1].isalpha() else span_start
        stop = end
        if keep_final:
            while stop > start and text[stop - 1] in ".!?…":
                stop -= 1
        for index in range(start, stop):
            if chars[index] != "\n":
                chars[index] = "x"
    return "".join(chars)


def sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of ``masked[start:end]`` (one line), trimmed of spaces."""
    spans: list[tuple[int, int]] = []
    begin = start
    for match in _SENTENCE_END.finditer(masked, start, end):
        if _is_abbreviation(masked, match.start()):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    return [trimmed for span in spans if (trimmed := trim(masked, *span))[0] < trimmed[1]]


def _is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", text[max(0, dot - 12) : dot])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    # A single capital ("J. Smith") is an initial, not a sentence.
    return token in _ABBREVIATIONS or (len(token) == 1 and text[dot - 1].isupper())


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``(start, end)`` past leading and trailing whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def words(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Word spans in ``text[start:end]`` (letters, digits, inner apostrophes/hyphens)."""
    stop = len(text) if end is None else end
    return [m.span() for m in WORD.finditer(text, start, stop)]


def count_words(text: str) -> int:
    """Number of words as ``words`` sees them."""
    return sum(1 for _ in WORD.finditer(text))
