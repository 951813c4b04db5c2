# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Block quotations come from the Document's BLOCKQUOTE blocks."""

from __future__ import annotations

from app.core.model import Block, BlockKind
from app.core.quotes import find_quotes


def _blocks(text: str, quoted: set[int]) -> tuple[Block, ...]:
    blocks = []
    start = 0
    for index, line in enumerate(text.split("\n")):
        if line:
            kind = BlockKind.BLOCKQUOTE if index in quoted else BlockKind.PARAGRAPH
            blocks.append(Block(kind, start, start + len(line)))
        start += len(line) + 1
    return tuple(blocks)


def test_block_quote_credited_by_the_paragraph_before() -> None:
    text = (
        "In her resignation letter, the treasurer Ines Moreau wrote:\n\n"
        "I can no longer sign accounts I have not been allowed to see.\n\n"
        "The board meets on Friday."
    )
    analysis = find_quotes(text, blocks=_blocks(text, {2}))
    quote = analysis.quotes[0]
    assert quote.block and quote.direct
    assert quote.text == "I can no longer sign accounts I have not been allowed to see."
    assert quote.speaker == "Ines Moreau"


def test_block_quote_credited_by_a_dash_line() -> None:
    text = "The plaque is gone.\n\n“We built this pier for everyone.”\n\n— Arthur Penn, 1952"
    analysis = find_quotes(text, blocks=_blocks(text, {2}))
    quote = analysis.quotes[0]
    assert quote.text == "We built this pier for everyone."
    assert quote.speaker == "Arthur Penn"


def test_without_blocks_an_unmarked_paragraph_is_not_a_quote() -> None:
    text = "The treasurer wrote:\n\nI can no longer sign accounts I have not seen."
    assert [q for q in find_quotes(text).quotes if q.direct] == []
