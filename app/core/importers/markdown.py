# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Markdown drafts, read with markdown-it-py's CommonMark parser.

Smart-quote "typography" is off on purpose: the copy desk must see the
writer's own quote marks. A YAML-style front matter block (``title:``,
``byline:``/``author:``, ``dateline:``) fills the article's metadata.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from app.core.importers.builder import DocumentBuilder, Run
from app.core.model import BlockKind, Document

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:|#|/|[\w.-]+(?:/|$))", re.IGNORECASE)

_parser = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


def markdown_document(source: str, source_name: str = "") -> Document:
    """Parse Markdown text into a Document (headline from a first-level heading)."""
    builder = DocumentBuilder(source_format="md", source_name=source_name)
    match = _FRONT_MATTER.match(source)
    if match:
        _read_front_matter(match.group("body"), builder)
        source = source[match.end() :]
    _Walker(builder).walk(_parser.parse(source))
    return builder.build()


def _read_front_matter(body: str, builder: DocumentBuilder) -> None:
    for line in body.splitlines():
        key, sep, value = line.partition(":")
        if not sep:
            continue
        key = key.strip().lower()
        value = value.strip().strip("\"'")
        if key in ("title", "headline"):
            builder.title = value
        elif key in ("byline", "author"):
            builder.byline = value
        elif key == "dateline":
            builder.dateline = value


class _Walker:
    """Turns the flat token stream into blocks of runs."""

    def __init__(self, builder: DocumentBuilder) -> None:
        self.builder = builder
        self.quote_depth = 0
        self.lists: list[bool] = []  # ordered? for each open list
        self.heading_level = 0
        self.seen_block = False

    def walk(self, tokens: list[Token]) -> None:
        for token in tokens:
            kind = token.type
            if kind == "blockquote_open":
                self.quote_depth += 1
            elif kind == "blockquote_close":
                self.quote_depth -= 1
            elif kind in ("bullet_list_open", "ordered_list_open"):
                self.lists.append(kind == "ordered_list_open")
            elif kind in ("bullet_list_close", "ordered_list_close"):
                self.lists.pop()
            elif kind == "heading_open":
                self.heading_level = int(token.tag[1:])
            elif kind == "heading_close":
                self.heading_level = 0
            elif kind == "inline":
                self._add_inline(token)
            elif kind in ("fence", "code_block"):
                for line in token.content.splitlines():
                    self.builder.add_block(BlockKind.PARAGRAPH, [Run(line)])

    def _add_inline(self, token: Token) -> None:
        runs = _inline_runs(token.children or [])
        if self.heading_level:
            is_headline = self.heading_level == 1 and not self.seen_block
            kind = BlockKind.HEADLINE if is_headline else BlockKind.HEADING
            if is_headline and not self.builder.title:
                self.builder.title = "".join(run.text for run in runs)
            self.builder.add_block(kind, runs, level=self.heading_level)
        elif self.lists:
            self.builder.add_block(
                BlockKind.LIST_ITEM, runs, level=len(self.lists), ordered=self.lists[-1]
            )
        elif self.quote_depth:
            self.builder.add_block(BlockKind.BLOCKQUOTE, runs, level=self.quote_depth)
        else:
            self.builder.add_block(BlockKind.PARAGRAPH, runs)
        self.seen_block = True


def _inline_runs(children: list[Token]) -> list[Run]:
    runs: list[Run] = []
    emphasis = strong = 0
    href = ""
    for child in children:
        kind = child.type
        if kind == "em_open":
            emphasis += 1
        elif kind == "em_close":
            emphasis -= 1
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "link_open":
            target = str(child.attrs.get("href", ""))
            href = target if _SAFE_LINK.match(target) else ""
        elif kind == "link_close":
            href = ""
        elif kind in ("text", "code_inline"):
            runs.append(Run(child.content, emphasis > 0, strong > 0, href))
        elif kind in ("softbreak", "hardbreak"):
            runs.append(Run(" ", emphasis > 0, strong > 0, href))
        elif kind == "image":
            continue  # images have no place in the text; their alt text is not copy
        # html_inline is dropped: raw HTML never reaches the document.
    return runs
