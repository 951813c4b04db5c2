# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Plain data passed between the core, the CLI and the UI.

Every offset in this module is a Python ``str`` index (a code point), end
exclusive. The UI converts to Qt's UTF-16 positions in one helper; nothing
else needs to know about UTF-16.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import NewType

ArticleId = NewType("ArticleId", int)
RevisionId = NewType("RevisionId", int)


class BlockKind(StrEnum):
    """What a line of the article is. One block is exactly one line of text."""

    HEADLINE = "headline"
    BYLINE = "byline"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    BLOCKQUOTE = "blockquote"
    LIST_ITEM = "list_item"


class MarkKind(StrEnum):
    """Inline formatting kept from the source document."""

    EMPHASIS = "emphasis"
    STRONG = "strong"
    LINK = "link"


class ArticleStatus(StrEnum):
    """Where an article is in the desk's workflow."""

    DRAFT = "draft"
    IN_COPY_EDIT = "in_copy_edit"
    RETURNED = "returned"
    APPROVED = "approved"
    EXPORTED = "exported"


@dataclass(frozen=True, slots=True)
class Block:
    """A structural line: ``text[start:end]`` is its content (no newline)."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0
    ordered: bool = False


@dataclass(frozen=True, slots=True)
class Mark:
    """Inline formatting over ``text[start:end]``; ``href`` only for links."""

    kind: MarkKind
    start: int
    end: int
    href: str = ""


@dataclass(frozen=True, slots=True)
class Document:
    """A draft as plain text plus structure.

    ``text`` holds one block per line; blank lines separate paragraphs and
    belong to no block. ``blocks`` are sorted, never overlap, and each lies
    within one line. Title, byline and dateline are metadata taken from the
    source where it had them; the headline and byline lines also stay in the
    text (as HEADLINE/BYLINE blocks) so that they are checked like the rest.
    """

    text: str
    blocks: tuple[Block, ...] = ()
    marks: tuple[Mark, ...] = ()
    title: str = ""
    byline: str = ""
    dateline: str = ""
    source_name: str = ""
    source_format: str = "txt"

    @property
    def words(self) -> int:
        """Number of whitespace-separated words, as a word processor counts them."""
        return count_words(self.text)


def count_words(text: str) -> int:
    """Count words the way the desk counts them: runs of non-space characters."""
    return len(text.split())


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """One row of the library list."""

    id: ArticleId
    title: str
    slug: str
    status: ArticleStatus
    words: int
    updated: datetime
    byline: str = ""


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved text of an article."""

    id: RevisionId
    number: int
    author: str
    created: datetime
    words: int
    autosave: bool


@dataclass(frozen=True, slots=True)
class Article:
    """An article with the document of its latest revision.

    ``version`` counts saves; a save must name the version it started from so
    that two people never silently overwrite each other.
    """

    id: ArticleId
    title: str
    slug: str
    byline: str
    dateline: str
    status: ArticleStatus
    created: datetime
    updated: datetime
    version: int
    document: Document
    revision: Revision | None = None
    source_path: str = ""


@dataclass(frozen=True, slots=True)
class Changes:
    """What a mutating call changed, so each view refreshes only if it cares."""

    articles: bool = False
    text: bool = False
    findings: bool = False
    quotes: bool = False
    sources: bool = False
    workflow: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            **{name: getattr(self, name) or getattr(other, name) for name in _CHANGE_FIELDS}
        )


_CHANGE_FIELDS = ("articles", "text", "findings", "quotes", "sources", "workflow")


@dataclass(frozen=True, slots=True)
class Finding:
    """One flagged problem in a text.

    ``start``/``end`` are code-point offsets into the checked text (end
    exclusive). ``replacements`` are whole substitutes for ``text[start:end]``,
    best first. ``related`` lists further spans the finding speaks about (for
    a consistency finding: every other place the variant occurs).
    """

    start: int
    end: int
    rule: str
    category: str
    severity: str
    message: str
    replacements: tuple[str, ...] = ()
    explanation: str = ""
    url: str = ""
    inside_quote: bool = False
    related: tuple[tuple[int, int], ...] = field(default=())
