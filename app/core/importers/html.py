# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""HTML drafts, read with libxml2's HTML parser (lxml) as a stream of events.

Only text and structure come in. Scripts, styles, event handlers, forms,
embedded objects and remote resources never reach the document; links keep
only http(s) and mailto targets. When the page has an ``<article>``, only
its content is read (navigation and footers are not copy).

lxml rather than the standard library's ``html.parser``: on Python 3.11 that
parser takes quadratic time on unterminated tags (``<a<a<a…``: 80 KB took
12 s, 320 KB of ``<article`` 69 s), so a hostile page could keep an import
busy for hours; libxml2 reads the same in milliseconds. It never fetches
anything (no_network) and builds no tree: events go straight to ``_Reader``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from lxml import etree

from app.core.importers.builder import DocumentBuilder, Run
from app.core.model import BlockKind, Document

_DROPPED = {
    "script",
    "style",
    "template",
    "noscript",
    "iframe",
    "object",
    "svg",
    "math",
    "canvas",
    "video",
    "audio",
    "select",
    "textarea",
    "button",
    "form",
    "head",
    "nav",
    "footer",
    "aside",
    "figure",
}
_BLOCKS = {
    "p",
    "div",
    "section",
    "li",
    "blockquote",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "pre",
    "td",
    "th",
    "dd",
    "dt",
    "header",
    "main",
    "article",
    "address",
    "figcaption",
    "caption",
    "tr",
    "ul",
    "ol",
    "table",
    "hr",
    "body",
}
# HTML's void elements: no content, no end tag (libxml2 still reads ``embed`` as a
# container, so treating it as void here keeps the words that follow it).
_VOID = {
    "br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col", "embed",
    "param", "track", "keygen",
}  # fmt: skip
_SAFE_LINK = re.compile(r"^(?:https?:|mailto:)", re.IGNORECASE)


def html_document(source: str, source_name: str = "") -> Document:
    """Parse an HTML page into a Document; never runs or fetches anything."""
    scope = "article" if re.search(r"<article[\s>]", source, re.IGNORECASE) else None
    reader = _Reader(scope)
    parser = etree.HTMLParser(target=reader, no_network=True, recover=True)
    parser.feed(source)
    parser.close()
    builder = reader.builder
    builder.source_name = source_name
    if not builder.title:
        builder.title = reader.page_title
    return builder.build()


class _Reader:
    """The parser's target: ``start``, ``end``, ``data`` and ``close`` events, in order."""

    def __init__(self, scope: str | None) -> None:
        self.builder = DocumentBuilder(source_format="html")
        self.scope = scope
        self.scope_depth = 0 if scope else 1
        self.dropped: list[str] = []
        self.in_title = False
        self.page_title = ""
        self.runs: list[Run] = []
        self.kind = BlockKind.PARAGRAPH
        self.level = 0
        self.ordered = False
        self.emphasis = 0
        self.strong = 0
        self.hrefs: list[str] = []
        self.lists: list[bool] = []
        self.quote_depth = 0
        self.byline_depth = 0
        self.seen_block = False

    def start(self, tag: str, attrs: Mapping[str, str]) -> None:
        tag = tag.lower()
        attributes = {name.lower(): value or "" for name, value in attrs.items()}
        if tag == "title":
            self.in_title = True
        if tag == "meta" and attributes.get("name", "").lower() == "author":
            self.builder.byline = self.builder.byline or attributes.get("content", "")
        if tag in _VOID:
            if tag == "br":
                self._text(" ")
            elif tag == "hr":
                self._flush()
            return
        if self.dropped:
            self.dropped.append(tag)
            return
        if tag == self.scope:
            self.scope_depth += 1
        if tag in _DROPPED:
            self.dropped.append(tag)
            return
        if tag in _BLOCKS:
            self._flush()
            self._open_block(tag, attributes)
        elif tag in ("em", "i", "cite"):
            self.emphasis += 1
        elif tag in ("strong", "b"):
            self.strong += 1
        elif tag == "a":
            href = attributes.get("href", "").strip()
            self.hrefs.append(href if _SAFE_LINK.match(href) else "")
        if "byline" in attributes.get("class", "").lower() or attributes.get("rel") == "author":
            self.byline_depth += 1

    def _open_block(self, tag: str, attributes: dict[str, str]) -> None:
        if tag in ("ul", "ol"):
            self.lists.append(tag == "ol")
        elif tag == "blockquote":
            self.quote_depth += 1
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self.level = int(tag[1])
            first_h1 = self.level == 1 and not self.seen_block
            self.kind = BlockKind.HEADLINE if first_h1 else BlockKind.HEADING

    def end(self, tag: str) -> None:
        tag = tag.lower()
        if tag == "title":
            self.in_title = False
        if self.dropped:
            if tag in self.dropped:
                while self.dropped and self.dropped.pop() != tag:
                    pass
            return
        if tag in _BLOCKS:
            self._flush()
            if tag in ("ul", "ol") and self.lists:
                self.lists.pop()
            elif tag == "blockquote" and self.quote_depth:
                self.quote_depth -= 1
        elif tag in ("em", "i", "cite") and self.emphasis:
            self.emphasis -= 1
        elif tag in ("strong", "b") and self.strong:
            self.strong -= 1
        elif tag == "a" and self.hrefs:
            self.hrefs.pop()
        if tag == self.scope and self.scope_depth:
            self.scope_depth -= 1

    def data(self, data: str) -> None:
        if self.in_title:
            self.page_title += data
            return
        if self.dropped or not self.scope_depth:
            return
        self._text(re.sub(r"\s+", " ", data))

    def close(self) -> None:
        self._flush()  # text after the last closed block is copy too

    def _text(self, text: str) -> None:
        if self.dropped or not self.scope_depth:
            return
        href = next((h for h in reversed(self.hrefs) if h), "")
        self.runs.append(Run(text, self.emphasis > 0, self.strong > 0, href))

    def _flush(self) -> None:
        if any(run.text.strip() for run in self.runs):
            kind, level, ordered = self.kind, self.level, False
            if kind is BlockKind.PARAGRAPH:
                if self.lists:
                    kind, level, ordered = BlockKind.LIST_ITEM, len(self.lists), self.lists[-1]
                elif self.quote_depth:
                    kind, level = BlockKind.BLOCKQUOTE, self.quote_depth
                elif self.byline_depth:
                    kind = BlockKind.BYLINE
            line = "".join(run.text for run in self.runs).strip()
            if kind is BlockKind.HEADLINE and not self.builder.title:
                self.builder.title = line
            if kind is BlockKind.BYLINE and not self.builder.byline:
                self.builder.byline = re.sub(r"^by\s+", "", line, flags=re.IGNORECASE)
            self.builder.add_block(kind, self.runs, level=level, ordered=ordered)
            self.seen_block = True
        self.runs = []
        self.kind, self.level = BlockKind.PARAGRAPH, 0
        self.byline_depth = 0
