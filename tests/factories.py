# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Build real test files: DOCX with python-docx, ODT as the zip LibreOffice writes, hostile zips."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def make_docx(path: Path) -> Path:
    """A Word draft with a title, byline, heading, italic, bold, a link, a quote, a list,
    a table, and tracked changes (an insertion kept, a deletion left out)."""
    document = docx.Document()
    document.core_properties.title = "Ferry talks resume"
    document.add_paragraph("Ferry talks resume", style="Title")
    document.add_paragraph("By Maya Ortega")
    body = document.add_paragraph("PORT ELLIS — Talks resumed on a ")
    body.add_run("“fragile”").italic = True
    body.add_run(" footing, and ")
    body.add_run("both sides").bold = True
    body.add_run(" said so.")
    document.add_heading("Background", level=2)
    quote_style = "Quote" if "Quote" in [s.name for s in document.styles] else None
    if quote_style is None:
        document.styles.add_style("Quote", WD_STYLE_TYPE.PARAGRAPH)
    document.add_paragraph("A quoted block of testimony.", style="Quote")
    document.add_paragraph("First point", style="List Bullet")
    document.add_paragraph("Second point", style="List Number")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Cell one"
    table.cell(0, 1).text = "Cell two"
    tracked = document.add_paragraph("Kept words ")
    tracked._p.append(
        parse_xml(
            f'<w:ins {nsdecls("w")} w:id="1" w:author="ed" w:date="2026-01-01T00:00:00Z">'
            "<w:r><w:t>inserted</w:t></w:r></w:ins>"
        )
    )
    tracked._p.append(
        parse_xml(
            f'<w:del {nsdecls("w")} w:id="2" w:author="ed" w:date="2026-01-01T00:00:00Z">'
            "<w:r><w:delText> deleted</w:delText></w:r></w:del>"
        )
    )
    linked = document.add_paragraph("See ")
    rel = linked.part.relate_to(
        "https://example.org/report", docx.opc.constants.RELATIONSHIP_TYPE.HYPERLINK, True
    )
    linked._p.append(
        parse_xml(
            f'<w:hyperlink {nsdecls("w", "r")} r:id="{rel}"><w:r><w:t>the report</w:t></w:r>'
            "</w:hyperlink>"
        )
    )
    document.save(str(path))
    return path


ODT_CONTENT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
 <office:automatic-styles>
  <style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>
  <style:style style:name="T2" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="Quotations"/>
 </office:automatic-styles>
 <office:body><office:text>
  <text:h text:outline-level="1" text:style-name="Title">Dock workers return</text:h>
  <text:p>By Sam Okafor</text:p>
  <text:p>BRIGHTON —<text:s/>The union said it was <text:span text:style-name="T1">“relieved”</text:span> and <text:span text:style-name="T2">ready</text:span>.<office:annotation><dc:creator>ed</dc:creator><text:p>a comment that is not copy</text:p></office:annotation></text:p>
  <text:h text:outline-level="2">Next steps</text:h>
  <text:p text:style-name="P1">Words set as a block quote.</text:p>
  <text:list><text:list-item><text:p>One item</text:p></text:list-item><text:list-item><text:p>Two<text:tab/>items <text:a xlink:href="https://example.org">linked</text:a></text:p></text:list-item></text:list>
 </office:text></office:body>
</office:document-content>
"""

ODT_META = """<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">
 <office:meta><dc:title>Dock workers return</dc:title></office:meta>
</office:document-meta>
"""


def make_odt(path: Path, content: str = ODT_CONTENT, meta: str = ODT_META) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), ODT_MIMETYPE)
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
        archive.writestr(
            "META-INF/manifest.xml",
            '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
            'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
    return path


def make_zip_bomb(path: Path, inflated_mb: int = 300) -> Path:
    """A .docx-named zip whose one part inflates to ``inflated_mb`` MB of zeros."""
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(inflated_mb):
            member.write(chunk)
    return path


BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body><w:p><w:r><w:t>&lol3;</w:t></w:r></w:p></w:body></w:document>
"""


def make_entity_docx(path: Path, tmp: Path) -> Path:
    """A real .docx whose document.xml is swapped for an entity-expansion payload."""
    source = make_docx(tmp / "base.docx")
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(path, "w") as hostile:
        for item in original.infolist():
            data = original.read(item.filename)
            if item.filename == "word/document.xml":
                data = BILLION_LAUGHS.encode()
            hostile.writestr(item, data)
    return path
