# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Document structure (blocks and marks) to and from the JSON kept with each revision."""

from __future__ import annotations

import json
from typing import Any

from app.core.model import Block, BlockKind, Document, Mark, MarkKind


def structure_to_json(document: Document) -> str:
    data = {
        "blocks": [
            [block.kind.value, block.start, block.end, block.level, int(block.ordered)]
            for block in document.blocks
        ],
        "marks": [[mark.kind.value, mark.start, mark.end, mark.href] for mark in document.marks],
        "source_format": document.source_format,
    }
    return json.dumps(data, separators=(",", ":"))


def document_from_row(
    text: str, structure: str, *, title: str, byline: str, dateline: str, source_name: str = ""
) -> Document:
    """Rebuild a Document; structure that no longer fits the text is dropped, never trusted."""
    try:
        data: dict[str, Any] = json.loads(structure or "{}")
    except ValueError:
        data = {}
    length = len(text)
    blocks: list[Block] = []
    for item in data.get("blocks", []):
        try:
            kind, start, end, level, ordered = item
            if 0 <= start <= end <= length:
                blocks.append(Block(BlockKind(kind), start, end, int(level), bool(ordered)))
        except (TypeError, ValueError):
            continue
    marks: list[Mark] = []
    for item in data.get("marks", []):
        try:
            kind, start, end, href = item
            if 0 <= start < end <= length:
                marks.append(Mark(MarkKind(kind), start, end, str(href)))
        except (TypeError, ValueError):
            continue
    return Document(
        text=text,
        blocks=tuple(blocks),
        marks=tuple(marks),
        title=title,
        byline=byline,
        dateline=dateline,
        source_name=source_name,
        source_format=str(data.get("source_format", "txt")),
    )
