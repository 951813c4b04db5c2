# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Block quotations: a Document's BLOCKQUOTE lines, credited before or after.

A run of blockquote lines with only blank lines between them is one
quotation, one ``Pending`` per line. Its speaker comes from a closing dash
line ("— Jane Doe") inside or right after the block, or from the paragraph
before it when that ends with a colon ("The minister wrote:").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.model import Block
from app.core.quotes.attribution import Attribution, attribute_before
from app.core.quotes.pending import Pending
from app.core.quotes.phrases import parse_speaker_after
from app.core.quotes.text import sentences, trim

_DASH_CREDIT = re.compile(r"(?:^|\s)[\u2014\u2015\u2013]\s*|(?:^|\s)--?\s*")
_MARKS = "\"“”'‘’"


def block_quotes(
    text: str, masked: str, blocks: Sequence[Block], paragraphs: list[tuple[int, int]]
) -> list[Pending]:
    """One Pending per blockquote line, credited to the run's speaker when found."""
    found: list[Pending] = []
    for run in _runs(text, blocks):
        credit = (
            _dash_credit(text, run[-1].start, run[-1].end)
            or _following_credit(text, run[-1].end, paragraphs)
            or _preceding_credit(text, masked, run[0].start, paragraphs)
        )
        for position, block in enumerate(run):
            start, end = _inner(text, block.start, block.end)
            if credit is not None and start <= credit.start < end and position == len(run) - 1:
                start, end = _inner(text, start, credit.start)
            if start < end:
                line = _index(paragraphs, block.start)
                found.append(
                    Pending(
                        start,
                        end,
                        True,
                        line,
                        attribution=credit,
                        continued=position > 0,
                        block=True,
                    )
                )
    return found


def _runs(text: str, blocks: Sequence[Block]) -> list[list[Block]]:
    runs: list[list[Block]] = []
    for block in sorted(blocks, key=lambda b: b.start):
        if runs and not text[runs[-1][-1].end : block.start].strip():
            runs[-1].append(block)
        else:
            runs.append([block])
    return runs


def _inner(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = trim(text, start, end)
    if end - start >= 2 and text[start] in _MARKS and text[end - 1] in _MARKS:
        start, end = start + 1, end - 1
    return trim(text, start, end)


def _index(paragraphs: list[tuple[int, int]], at: int) -> int:
    return next((i for i, (s, e) in enumerate(paragraphs) if s <= at <= e), -1)


def _dash_credit(text: str, start: int, end: int) -> Attribution | None:
    line = text[start:end]
    matches = list(_DASH_CREDIT.finditer(line))
    if not matches:
        return None
    dash = matches[-1]
    credit_start = start + dash.end()
    if not text[credit_start : credit_start + 1].isupper() or len(line[dash.end() :].split()) > 10:
        return None
    mention = parse_speaker_after(text, credit_start, end)
    if mention is None:
        return None
    return Attribution(start + dash.start(), end, mention, "say", True)


def _following_credit(text: str, end: int, paragraphs) -> Attribution | None:
    after = [p for p in paragraphs if p[0] > end]
    if not after:
        return None
    start, stop = after[0]
    if not re.match(r"\s*[\u2014\u2015\u2013-]", text[start:stop]) or stop - start > 120:
        return None
    return _dash_credit(text, start, stop)


def _preceding_credit(text: str, masked: str, start: int, paragraphs) -> Attribution | None:
    before = [p for p in paragraphs if p[1] < start]
    if not before:
        return None
    line_start, line_end = before[-1]
    if not text[line_start:line_end].rstrip().endswith(":"):
        return None
    last = sentences(masked, line_start, line_end)[-1]
    return attribute_before(text, masked, last[0], line_end)
