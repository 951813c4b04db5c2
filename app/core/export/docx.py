# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Word .docx written with python-docx, in Word's own styles.

The headline is in "Title", headings in "Heading N", quotes in "Quote",
lists in "List Bullet"/"List Number" (levels 1–3), so the file behaves like
one an editor made by hand: the navigation pane shows the headings, and each
numbered list starts again at 1. The proof mark is a page header, on every
page. Paragraphs that begin right to left are set right to left.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, RGBColor

from app.core.export.document import (
    PROOF_MARK,
    ExportDocument,
    Heading,
    Inline,
    Inlines,
    ListItem,
    ListNode,
    Node,
    Paragraph,
    Quote,
    plain,
    right_to_left,
)
from app.core.export.pages import PageSetup

_LINK_COLOUR = RGBColor(0x06, 0x45, 0xAD)
_PROOF_COLOUR = RGBColor(0xB0, 0x00, 0x20)
# Children of w:pPr that the schema puts after w:bidi (Word rejects them out of order).
_AFTER_BIDI = (
    "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind", "w:contextualSpacing",
    "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection", "w:textAlignment",
    "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr",
    "w:pPrChange",
)  # fmt: skip


def render_docx(document: ExportDocument, page: PageSetup) -> bytes:
    """The article as the bytes of a .docx file."""
    word = docx.Document()
    _set_up_page(word, page)
    _set_properties(word, document)
    if document.proof:
        _add_proof_header(word)
    writer = _Writer(word)
    if document.headline:
        writer.paragraph(document.headline, "Title")
    if document.byline:
        writer.paragraph(document.byline, _byline_style(word))
    for node in document.body:
        writer.node(node)
    if document.notes:
        writer.paragraph((Inline("Notes"),), "Heading 2")
        items = []
        for note in document.notes:
            author = f" — {note.author}" if note.author else ""
            items.append(ListItem((Inline(f"“{note.passage}” {note.text}{author}"),)))
        writer.list(ListNode(True, tuple(items)), 1)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def _set_up_page(word: Any, page: PageSetup) -> None:
    for section in word.sections:
        section.page_width, section.page_height = Mm(page.width), Mm(page.height)
        section.left_margin = section.right_margin = Mm(page.margin)
        section.top_margin, section.bottom_margin = Mm(page.margin), Mm(page.bottom_margin)


def _set_properties(word: Any, document: ExportDocument) -> None:
    props = word.core_properties
    now = datetime.now(UTC).replace(microsecond=0)
    props.title = document.title
    props.author = document.author
    props.last_modified_by = "Copydesk"
    props.comments = ""
    props.created = props.modified = now
    props.revision = 1
    props.language = document.language
    props.content_status = "Not approved (proof)" if document.proof else ""


def _add_proof_header(word: Any) -> None:
    header = word.sections[0].header
    paragraph = header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(PROOF_MARK)
    run.bold = True
    run.font.color.rgb = _PROOF_COLOUR


def _byline_style(word: Any) -> str:
    if "Byline" not in [style.name for style in word.styles]:
        style = word.styles.add_style("Byline", WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = word.styles["Normal"]
        style.font.italic = True
        style.paragraph_format.space_after = Pt(12)
    return "Byline"


class _Writer:
    def __init__(self, word: Any) -> None:
        self.word = word

    def node(self, node: Node) -> None:
        if isinstance(node, Heading):
            self.paragraph(node.inlines, f"Heading {node.level}")
        elif isinstance(node, Paragraph):
            self.paragraph(node.inlines, "Normal")
        elif isinstance(node, Quote):
            for paragraph in node.paragraphs:
                self.paragraph(paragraph.inlines, "Quote")
        else:
            self.list(node, 1)

    def list(self, node: ListNode, level: int) -> None:
        kind = "List Number" if node.ordered else "List Bullet"
        style = kind if level == 1 else f"{kind} {min(level, 3)}"
        number_id = self._restarted_numbering(style) if node.ordered else None
        for item in node.items:
            paragraph = self.paragraph(item.inlines, style)
            if number_id is not None:
                numbering = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                numbering.get_or_add_ilvl().val = 0
                numbering.get_or_add_numId().val = number_id
            for child in item.children:
                self.list(child, level + 1)

    def _restarted_numbering(self, style_name: str) -> int | None:
        """A fresh numbering instance for the style's list, so this list counts from 1."""
        style = self.word.styles[style_name].element
        if style.pPr is None or style.pPr.numPr is None or style.pPr.numPr.numId is None:
            return None
        numbering = self.word.part.numbering_part.element
        shared = numbering.num_having_numId(style.pPr.numPr.numId.val)
        num = numbering.add_num(shared.abstractNumId.val)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)

    def paragraph(self, inlines: Inlines, style: str) -> Any:
        paragraph = self.word.add_paragraph(style=style)
        if right_to_left(plain(inlines)):
            paragraph._p.get_or_add_pPr().insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)
        index = 0
        while index < len(inlines):
            href = inlines[index].href
            end = index + 1
            while href and end < len(inlines) and inlines[end].href == href:
                end += 1
            if href:
                self._link(paragraph, inlines[index:end], href)
            else:
                self._run(paragraph, inlines[index])
            index = end
        return paragraph

    @staticmethod
    def _run(paragraph: Any, inline: Inline) -> Any:
        run = paragraph.add_run(inline.text)
        if inline.emphasis:
            run.italic = True
        if inline.strong:
            run.bold = True
        return run

    def _link(self, paragraph: Any, inlines: Inlines, href: str) -> None:
        relation = paragraph.part.relate_to(href, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
        hyperlink = OxmlElement("w:hyperlink")
        hyperlink.set(qn("r:id"), relation)
        for inline in inlines:
            run = self._run(paragraph, inline)
            run.font.underline = True
            run.font.color.rgb = _LINK_COLOUR
            hyperlink.append(run._r)
        paragraph._p.append(hyperlink)
