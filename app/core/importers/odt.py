# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""OpenDocument .odt drafts, read from ``content.xml`` with lxml.

lxml (already required by python-docx) is used directly rather than odfpy:
odfpy's text extraction inlines comment text into paragraphs and prints
parser noise on some files (docs/platform.md). The parser never resolves
entities or touches the network, and limits.py has already refused
document type declarations and zip bombs.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Any

from lxml import etree

from app.core.importers.builder import DocumentBuilder, Run
from app.core.importers.errors import ImportProblem
from app.core.importers.limits import open_safe_zip
from app.core.model import BlockKind, Document

NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
}


def _tag(prefix: str, name: str) -> str:
    return f"{{{NS[prefix]}}}{name}"


P, H, SPAN, A = _tag("text", "p"), _tag("text", "h"), _tag("text", "span"), _tag("text", "a")
LIST, LIST_ITEM = _tag("text", "list"), _tag("text", "list-item")
SPACE, TAB, BREAK = _tag("text", "s"), _tag("text", "tab"), _tag("text", "line-break")
# Elements whose text is not body copy.
SKIPPED = {
    _tag("office", "annotation"),
    _tag("office", "annotation-end"),
    _tag("text", "note"),
    _tag("text", "tracked-changes"),
    _tag("text", "bookmark-ref"),
    _tag("text", "sequence-decls"),
}
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True
)


def odt_document(path: Path) -> Document:
    """Read an .odt file into a Document. Raises ImportProblem for anything unreadable."""
    with open_safe_zip(path, "OpenDocument (.odt)") as archive:
        content = _parse_member(archive, "content.xml", path.name)
        if content is None:
            raise ImportProblem(f"{path.name} is not an OpenDocument text file (no content).")
        meta = _parse_member(archive, "meta.xml", path.name)
        styles = _parse_member(archive, "styles.xml", path.name)
    builder = DocumentBuilder(source_format="odt", source_name=path.name)
    if meta is not None:
        title = meta.find(".//dc:title", NS)
        builder.title = (title.text or "") if title is not None else ""
    text_body = content.find("office:body/office:text", NS)
    if text_body is None:
        raise ImportProblem(f"{path.name} is not a text document (it may be a spreadsheet).")
    _Reader(builder, _text_styles(content, styles)).read(text_body)
    return builder.build()


def _parse_member(archive: zipfile.ZipFile, name: str, file_name: str) -> Any:
    try:
        data = archive.read(name)
    except KeyError:
        return None
    except Exception as exc:
        raise ImportProblem(f"{file_name} is damaged (its {name} cannot be read).") from exc
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise ImportProblem(f"{file_name} is damaged (its {name} is not valid XML).") from exc


def _text_styles(*roots: Any) -> dict[str, tuple[bool, bool, str]]:
    """Style name -> (italic, bold, parent name) from automatic and named styles."""
    found: dict[str, tuple[bool, bool, str]] = {}
    for root in roots:
        if root is None:
            continue
        for style in root.iter(_tag("style", "style")):
            name = style.get(_tag("style", "name"), "")
            props = style.find("style:text-properties", NS)
            italic = bold = False
            if props is not None:
                italic = props.get(_tag("fo", "font-style")) == "italic"
                bold = props.get(_tag("fo", "font-weight")) in ("bold", "700", "800", "900")
            found[name] = (italic, bold, style.get(_tag("style", "parent-style-name"), ""))
    return found


def _small_int(value: str | None, default: int) -> int:
    """An attribute's integer clamped to 1..100 (no file may ask for a million spaces)."""
    try:
        return min(max(int(value or default), 1), 100)
    except ValueError:
        return default


class _Reader:
    def __init__(self, builder: DocumentBuilder, styles: dict[str, tuple[bool, bool, str]]):
        self.builder = builder
        self.styles = styles

    def read(self, element: Any, list_depth: int = 0, ordered: bool = False) -> None:
        for child in element:
            tag = child.tag
            if tag in SKIPPED:
                continue
            if tag == H:
                level = _small_int(child.get(_tag("text", "outline-level")), 1)
                kind = BlockKind.HEADLINE if self._style_is(child, "title") else BlockKind.HEADING
                self.builder.add_block(kind, self._runs(child), level=level)
            elif tag == P:
                kind, runs, level, is_ordered = self._paragraph_kind(child, list_depth, ordered)
                self.builder.add_block(kind, runs, level=level, ordered=is_ordered)
            elif tag == LIST:
                self.read(child, list_depth + 1, ordered or self._style_is(child, "number"))
            else:
                self.read(child, list_depth, ordered)

    def _paragraph_kind(
        self, paragraph: Any, list_depth: int, ordered: bool
    ) -> tuple[BlockKind, list[Run], int, bool]:
        runs = self._runs(paragraph)
        if list_depth:
            return BlockKind.LIST_ITEM, runs, list_depth, ordered
        if self._style_is(paragraph, "title"):
            return BlockKind.HEADLINE, runs, 1, False
        if self._style_is(paragraph, "quotations") or self._style_is(paragraph, "quote"):
            return BlockKind.BLOCKQUOTE, runs, 1, False
        return BlockKind.PARAGRAPH, runs, 0, False

    def _style_is(self, element: Any, word: str) -> bool:
        name = element.get(_tag("text", "style-name"), "")
        for _ in range(8):  # follow automatic styles to the named style they derive from
            if word in name.lower():
                return True
            name = self.styles.get(name, (False, False, ""))[2]
            if not name:
                return False
        return False

    def _formatting(self, element: Any) -> tuple[bool, bool]:
        name = element.get(_tag("text", "style-name"), "")
        italic, bold, _parent = self.styles.get(name, (False, False, ""))
        return italic, bold

    def _runs(
        self, element: Any, italic: bool = False, bold: bool = False, href: str = ""
    ) -> list[Run]:
        runs: list[Run] = []
        if element.text:
            runs.append(Run(element.text, italic, bold, href))
        for child in element:
            tag = child.tag
            if tag in SKIPPED:
                pass
            elif tag == SPACE:
                count = _small_int(child.get(_tag("text", "c")), 1)
                runs.append(Run(" " * count, italic, bold, href))
            elif tag == TAB:
                runs.append(Run("\t", italic, bold, href))
            elif tag == BREAK:
                runs.append(Run(" ", italic, bold, href))
            elif tag == SPAN:
                span_italic, span_bold = self._formatting(child)
                runs.extend(self._runs(child, italic or span_italic, bold or span_bold, href))
            elif tag == A:
                target = child.get(_tag("xlink", "href"), "")
                safe = (
                    target if target.lower().startswith(("http://", "https://", "mailto:")) else ""
                )
                runs.extend(self._runs(child, italic, bold, safe or href))
            else:
                runs.extend(self._runs(child, italic, bold, href))
            if child.tail:
                runs.append(Run(child.tail, italic, bold, href))
        return runs
