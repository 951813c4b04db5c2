# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Find the headline, byline and dateline of a draft when its format did not say."""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.model import Block, BlockKind, Document

# "By Jane Doe", "By Jane Doe and John Roe, Staff Writers"
_BYLINE = re.compile(r"^\s*by\s+(?P<name>[A-Z][^\n]{1,120})$", re.IGNORECASE)
# "MOSCOW (AP) — ", "WASHINGTON — ", "LONDON, Nov. 24 (Reuters) - ", "Kyiv, Ukraine —"
_DATELINE = re.compile(
    r"^(?P<dateline>[A-Z][A-Za-z.'\u2019 -]{1,40}?(?:, [A-Z][A-Za-z. ]{1,30}?)?"
    r"(?:, [A-Z][a-z]{2,8}\.? \d{1,2})?(?: \([A-Za-z .&]{2,30}\))?)\s+[\u2014\u2013-]{1,2}\s+\S"
)
_HEADLINE_MAX_WORDS = 20


def annotate(document: Document, fallback_title: str = "") -> Document:
    """Mark headline and byline blocks and fill title/byline/dateline left empty."""
    blocks = list(document.blocks)
    text = document.text
    title, byline, dateline = document.title, document.byline, document.dateline
    if not any(b.kind is BlockKind.HEADLINE for b in blocks):
        headline = _find_headline(text, blocks)
        if headline is not None:
            blocks[headline] = replace(blocks[headline], kind=BlockKind.HEADLINE)
    for block in blocks:
        if block.kind is BlockKind.HEADLINE and not title:
            title = text[block.start : block.end].strip()
            break
    byline_index = _find_byline(text, blocks)
    if byline_index is not None:
        block = blocks[byline_index]
        blocks[byline_index] = replace(block, kind=BlockKind.BYLINE)
        if not byline:
            match = _BYLINE.match(text[block.start : block.end])
            byline = match.group("name").strip() if match else ""
    if not dateline:
        dateline = _find_dateline(text, blocks)
    if not title:
        title = fallback_title
    return replace(document, blocks=tuple(blocks), title=title, byline=byline, dateline=dateline)


def _find_headline(text: str, blocks: list[Block]) -> int | None:
    if len(blocks) < 2:
        return None
    first = blocks[0]
    if first.kind not in (BlockKind.PARAGRAPH, BlockKind.HEADING):
        return None
    line = text[first.start : first.end].strip()
    words = line.split()
    if first.kind is BlockKind.HEADING and first.level <= 1:
        return 0
    if not words or len(words) > _HEADLINE_MAX_WORDS or _BYLINE.match(line):
        return None
    # Headlines do not end like sentences, and a headline-sized first line
    # followed by a longer paragraph is a headline.
    if line.endswith((".", ",", ";", ":")) and not line.endswith(("..", "Jr.", "Sr.")):
        return None
    return 0


def _find_byline(text: str, blocks: list[Block]) -> int | None:
    for index, block in enumerate(blocks[:3]):
        if block.kind not in (BlockKind.PARAGRAPH, BlockKind.BYLINE):
            continue
        line = text[block.start : block.end]
        match = _BYLINE.match(line)
        if match and len(line.split()) <= 14 and not line.rstrip().endswith("."):
            return index
    return None


def _find_dateline(text: str, blocks: list[Block]) -> str:
    for block in blocks[:4]:
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        match = _DATELINE.match(text[block.start : block.end])
        if match:
            candidate = match.group("dateline").strip()
            place = candidate.split(",")[0].split("(")[0].strip()
            # A dateline's place is written in capitals (AP) or is a short place name.
            words = place.split()
            if place.isupper() or (len(words) <= 3 and all(w[0].isupper() for w in words)):
                return candidate
        return ""
    return ""
