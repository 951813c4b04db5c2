# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""OpenDocument .odt written with odfpy, with LibreOffice's own style names.

Unlike Qt's ODF writer (docs: PLATFORM.md §6) the file has a styles.xml and a
meta.xml, headings are real ``text:h`` with outline levels, emphasis uses the
named "Emphasis"/"Strong Emphasis" character styles, lists use list styles
whose names say whether they are numbered, and the footer carries the page
number. The proof mark is a page header, on every page.
"""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import Any

from odf import dc, meta, teletype
from odf.opendocument import OpenDocumentText
from odf.style import (
    DefaultStyle,
    FontFace,
    Footer,
    Header,
    ListLevelProperties,
    MasterPage,
    PageLayout,
    PageLayoutProperties,
    ParagraphProperties,
    Style,
    TextProperties,
)
from odf.text import (
    A,
    H,
    List,
    ListLevelStyleBullet,
    ListLevelStyleNumber,
    ListStyle,
    P,
    PageNumber,
    Span,
)
from odf.text import ListItem as OdfListItem

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

_BULLETS = "List_20_1"
_NUMBERS = "Numbering_20_123"
# (name, display name, parent, paragraph properties, text properties)
_PARAGRAPH_STYLES: tuple[tuple[str, str, str, dict[str, str], dict[str, str]], ...] = (
    ("Standard", "Standard", "", {}, {}),
    ("Text_20_body", "Text body", "Standard", {"marginbottom": "0.25cm"}, {}),
    ("Heading", "Heading", "Standard", {"margintop": "0.42cm", "marginbottom": "0.21cm",
        "keepwithnext": "always"}, {"fontname": "DejaVu Sans", "fontsize": "14pt"}),
    ("Title", "Title", "Heading", {"textalign": "start"},
        {"fontsize": "24pt", "fontweight": "bold"}),
    ("Byline", "Byline", "Text_20_body", {}, {"fontstyle": "italic"}),
    ("Quotations", "Quotations", "Text_20_body",
        {"marginleft": "1cm", "marginright": "1cm"}, {}),
    ("List_20_Contents", "List Contents", "Text_20_body", {"marginbottom": "0.1cm"}, {}),
    ("Header", "Header", "Standard", {"textalign": "center"},
        {"fontweight": "bold", "color": "#b00020"}),
    ("Footer", "Footer", "Standard", {"textalign": "center"}, {"fontsize": "9pt"}),
)  # fmt: skip
_HEADING_SIZES = {1: "18pt", 2: "15pt", 3: "13pt", 4: "12pt", 5: "11pt", 6: "11pt"}


def render_odt(document: ExportDocument, page: PageSetup) -> bytes:
    """The article as the bytes of an .odt file."""
    odt = OpenDocumentText()
    _add_styles(odt, page, proof=document.proof)
    _add_meta(odt, document)
    writer = _Writer(odt)
    if document.headline:
        writer.paragraph(document.headline, "Title")
    if document.byline:
        writer.paragraph(document.byline, "Byline")
    for node in document.body:
        writer.node(node, odt.text)
    if document.notes:
        writer.heading((Inline("Notes"),), 2, odt.text)
        items = []
        for note in document.notes:
            author = f" — {note.author}" if note.author else ""
            items.append(ListItem((Inline(f"“{note.passage}” {note.text}{author}"),)))
        odt.text.addElement(writer.list(ListNode(True, tuple(items))))
    buffer = io.BytesIO()
    odt.write(buffer)
    return buffer.getvalue()


def _add_styles(odt: Any, page: PageSetup, *, proof: bool) -> None:
    for name, family in (("DejaVu Serif", "roman"), ("DejaVu Sans", "swiss")):
        odt.fontfacedecls.addElement(
            FontFace(name=name, fontfamily=f"'{name}'", fontfamilygeneric=family,
                     fontpitch="variable")
        )  # fmt: skip
    default = DefaultStyle(family="paragraph")
    default.addElement(
        TextProperties(
            fontname="DejaVu Serif",
            fontsize="11pt",
            fontnamecomplex="DejaVu Sans",
            fontsizecomplex="11pt",
        )
    )
    odt.styles.addElement(default)
    for name, display, parent, paragraph, text in _PARAGRAPH_STYLES:
        odt.styles.addElement(_paragraph_style(name, display, parent, paragraph, text))
    for level, size in _HEADING_SIZES.items():
        style = _paragraph_style(
            f"Heading_20_{level}",
            f"Heading {level}",
            "Heading",
            {},
            {"fontsize": size, "fontweight": "bold"},
        )
        style.setAttribute("defaultoutlinelevel", str(level))
        odt.styles.addElement(style)
    for name, display, props in (
        ("Emphasis", "Emphasis", {"fontstyle": "italic", "fontstylecomplex": "italic"}),
        ("Strong_20_Emphasis", "Strong Emphasis",
            {"fontweight": "bold", "fontweightcomplex": "bold"}),
        ("Internet_20_link", "Internet link", {"color": "#0645ad", "textunderlinestyle": "solid",
            "textunderlinewidth": "auto", "textunderlinecolor": "font-color"}),
    ):  # fmt: skip
        style = Style(name=name, displayname=display, family="text")
        style.addElement(TextProperties(**props))
        odt.styles.addElement(style)
    odt.styles.addElement(_list_style(_BULLETS, "List 1", numbered=False))
    odt.styles.addElement(_list_style(_NUMBERS, "Numbering 123", numbered=True))
    _add_page(odt, page, proof=proof)


def _paragraph_style(
    name: str, display: str, parent: str, paragraph: dict[str, str], text: dict[str, str]
) -> Any:
    style = Style(name=name, displayname=display, family="paragraph")
    if parent:
        style.setAttribute("parentstylename", parent)
    if paragraph:
        style.addElement(ParagraphProperties(**paragraph))
    if text:
        style.addElement(TextProperties(**text))
    return style


def _list_style(name: str, display: str, *, numbered: bool) -> Any:
    style = ListStyle(name=name, displayname=display)
    for level in range(1, 11):
        indent = f"{0.635 * level:.3f}cm"
        if numbered:
            entry = ListLevelStyleNumber(level=level, numformat="1", numsuffix=".")
        else:
            entry = ListLevelStyleBullet(level=level, bulletchar="•")
        entry.addElement(ListLevelProperties(spacebefore=indent, minlabelwidth="0.635cm"))
        style.addElement(entry)
    return style


def _add_page(odt: Any, page: PageSetup, *, proof: bool) -> None:
    layout = PageLayout(name="Page")
    layout.addElement(PageLayoutProperties(
        pagewidth=f"{page.width}mm", pageheight=f"{page.height}mm", printorientation="portrait",
        margintop=f"{page.margin}mm", marginbottom=f"{page.bottom_margin}mm",
        marginleft=f"{page.margin}mm", marginright=f"{page.margin}mm",
    ))  # fmt: skip
    odt.automaticstyles.addElement(layout)
    master = MasterPage(name="Standard", pagelayoutname=layout)
    if proof:
        header = Header()
        header.addElement(P(stylename="Header", text=PROOF_MARK))
        master.addElement(header)
    footer = Footer()
    number = P(stylename="Footer")
    number.addElement(PageNumber(selectpage="current", text="1"))
    footer.addElement(number)
    master.addElement(footer)
    odt.masterstyles.addElement(master)


def _add_meta(odt: Any, document: ExportDocument) -> None:
    now = datetime.now(UTC).replace(microsecond=0, tzinfo=None).isoformat()
    odt.meta.addElement(dc.Title(text=document.title))
    if document.author:
        odt.meta.addElement(meta.InitialCreator(text=document.author))
        odt.meta.addElement(dc.Creator(text=document.author))
    odt.meta.addElement(dc.Language(text=document.language))
    odt.meta.addElement(meta.CreationDate(text=now))
    odt.meta.addElement(dc.Date(text=now))
    if document.dateline:
        odt.meta.addElement(meta.UserDefined(name="Dateline", text=document.dateline))
    if document.proof:
        odt.meta.addElement(meta.UserDefined(name="Status", text="Not approved (proof)"))


class _Writer:
    """Adds the body to the document; right-to-left paragraphs get an automatic style."""

    def __init__(self, odt: Any) -> None:
        self.odt = odt
        self.rtl_styles: dict[str, str] = {}

    def node(self, node: Node, parent: Any) -> None:
        if isinstance(node, Heading):
            self.heading(node.inlines, node.level, parent)
        elif isinstance(node, Paragraph):
            parent.addElement(self.make_paragraph(node.inlines, "Text_20_body"))
        elif isinstance(node, Quote):
            for paragraph in node.paragraphs:
                parent.addElement(self.make_paragraph(paragraph.inlines, "Quotations"))
        else:
            parent.addElement(self.list(node))

    def paragraph(self, inlines: Inlines, style: str) -> None:
        self.odt.text.addElement(self.make_paragraph(inlines, style))

    def heading(self, inlines: Inlines, level: int, parent: Any) -> None:
        element = H(outlinelevel=level, stylename=self._style(f"Heading_20_{level}", inlines))
        self._fill(element, inlines)
        parent.addElement(element)

    def make_paragraph(self, inlines: Inlines, style: str) -> Any:
        element = P(stylename=self._style(style, inlines))
        self._fill(element, inlines)
        return element

    def list(self, node: ListNode) -> Any:
        element = List(stylename=_NUMBERS if node.ordered else _BULLETS)
        for item in node.items:
            entry = OdfListItem()
            entry.addElement(self.make_paragraph(item.inlines, "List_20_Contents"))
            for child in item.children:
                entry.addElement(self.list(child))
            element.addElement(entry)
        return element

    def _style(self, style: str, inlines: Inlines) -> str:
        if not right_to_left(plain(inlines)):
            return style
        if style not in self.rtl_styles:
            name = f"RTL{len(self.rtl_styles) + 1}"
            automatic = Style(name=name, family="paragraph", parentstylename=style)
            # "end" is what LibreOffice 7.4 sets flush right in a right-to-left paragraph
            # (measured: "start" came out flush left).
            automatic.addElement(ParagraphProperties(writingmode="rl-tb", textalign="end"))
            self.odt.automaticstyles.addElement(automatic)
            self.rtl_styles[style] = name
        return self.rtl_styles[style]

    @staticmethod
    def _fill(element: Any, inlines: Inlines) -> None:
        for inline in inlines:
            target = element
            if inline.href:
                link = A(href=inline.href, type="simple", stylename="Internet_20_link")
                target.addElement(link)
                target = link
            for flag, style in ((inline.strong, "Strong_20_Emphasis"),
                                (inline.emphasis, "Emphasis")):  # fmt: skip
                if flag:
                    span = Span(stylename=style)
                    target.addElement(span)
                    target = span
            teletype.addTextToElement(target, inline.text)
