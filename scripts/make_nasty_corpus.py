# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Write the seed corpus of hostile and broken drafts to tests/data/nasty/.

    .venv/bin/python scripts/make_nasty_corpus.py

Every file is small (the largest is a 64 KB paragraph; bombs are built so that
their danger is in what they claim or repeat, not in their size) and made from
our own words and a fixed random seed, so the output is the same every run.
``expected.json`` says what opening each file under its own name must do:
"refused" (with a plain message), "opened", or "either". The test
tests/reliability/test_nasty_files.py runs every file through every importer.
"""

from __future__ import annotations

import io
import json
import random
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.factories import BILLION_LAUGHS, ODT_CONTENT, ODT_META  # noqa: E402
from tests.reliability.bombs import (  # noqa: E402
    base_docx,
    lying_sizes,
    overlapping_bomb,
    word_xml,
    zipped,
)

OUT = ROOT / "tests" / "data" / "nasty"
RNG = random.Random(20261125)
WORDS = ("the", "ferry", "council", "voted", "on", "a", "plan", "for", "harbour", "storms", "pier")
ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
)
LAUGHS = '<!ENTITY a "lollollollollollollollollollol">' + "".join(
    f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9)
)


def prose(words: int) -> str:
    return " ".join(RNG.choice(WORDS) for _ in range(words)).capitalize() + "."


def odt(content: str, extra: dict[str, bytes] | None = None) -> bytes:
    members = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": content.encode("utf-8"),
        "meta.xml": ODT_META.encode("utf-8"),
    }
    members.update(extra or {})
    return zipped(members)


def with_part(docx: bytes, name: str, data: bytes) -> bytes:
    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    members[name] = data
    return zipped(members)


def encrypted_flag(docx: bytes) -> bytes:
    data = bytearray(docx)
    for signature, offset in ((b"PK\3\4", 6), (b"PK\1\2", 8)):
        at = 0
        while (at := data.find(signature, at)) != -1:
            data[at + offset] |= 1
            at += 4
    return bytes(data)


def corpus() -> dict[str, tuple[bytes, str]]:
    docx = base_docx()
    plain = "Storm closes pier\n\n" + "\n\n".join(prose(30) for _ in range(4)) + "\n"
    files: dict[str, tuple[bytes, str]] = {
        "empty.txt": (b"", "refused"),
        "whitespace-only.txt": (b" \n\t\n  \r\n", "refused"),
        "bom-only.txt": (b"\xef\xbb\xbf", "refused"),
        "random-bytes.txt": (RNG.randbytes(4096), "refused"),
        "random-bytes.docx": (RNG.randbytes(4096), "refused"),
        "random-bytes.odt": (b"PK\3\4" + RNG.randbytes(4092), "refused"),
        "nul-every-word.txt": (plain.replace(" ", " \0").encode(), "either"),
        "control-characters.txt": (("\x1b[31m\x07" + plain).encode(), "either"),
        "utf16-lone-surrogate.txt": (
            "\ufeff".encode("utf-16-le")
            + ("Pier " + "\ud800" + " reopens").encode("utf-16-le", "surrogatepass"),
            "refused",
        ),
        "utf16-without-bom.txt": (plain.encode("utf-16-le"), "opened"),
        "mixed-encodings.txt": (
            plain.encode() + "Caf\xe9 \x93quoted\x94\n".encode("latin-1"),
            "opened",
        ),
        "every-script.txt": (
            "Pier reopens\n\nمرحبا “שלום” e\u0301\u0301 👩\u200d👩\u200d👧 🇺🇦 \u202eevil\u202c "
            "Ελλάδα Україна 中文 \u2028 end.\n".encode(),
            "opened",
        ),
        "one-huge-paragraph.txt": ((prose(8_000)[: 40 * 1024]).encode(), "opened"),
        "smallest-word-file.docx": (docx, "opened"),  # the base the hostile ones start from
        "not-a-zip.docx": (plain.encode(), "refused"),
        "not-a-zip.odt": (plain.encode(), "refused"),
        "truncated.docx": (docx[: len(docx) // 2], "refused"),
        "truncated.odt": (odt(ODT_CONTENT)[:600], "refused"),
        "zip-bomb-ratio.docx": (zipped({"word/document.xml": b"\0" * (4 << 20)}, 9), "refused"),
        "zip-bomb-overlapping.docx": (overlapping_bomb(300, 1 << 20), "refused"),
        "zip-lying-sizes.docx": (lying_sizes(1000, 2 << 20), "refused"),
        "password-flag.docx": (encrypted_flag(docx), "refused"),
        "billion-laughs.docx": (
            with_part(docx, "word/document.xml", BILLION_LAUGHS.encode()),
            "refused",
        ),
        "billion-laughs-late.docx": (
            with_part(
                docx,
                "word/document.xml",
                b'<?xml version="1.0"?><!--'
                + b"x" * 6000
                + b"-->"
                + f"<!DOCTYPE w:document [{LAUGHS}]>".encode()
                + word_xml("<w:p><w:r><w:t>&j;</w:t></w:r></w:p>")[21:],
            ),
            "refused",
        ),
        "billion-laughs-late.odt": (
            odt(
                '<?xml version="1.0"?>'
                + " " * 6000
                + f"<!DOCTYPE office:document-content [{LAUGHS}]>"
                + f"<office:document-content {ODT_NS}><office:body><office:text>"
                "<text:p>&j;</text:p></office:text></office:body></office:document-content>"
            ),
            "refused",
        ),
        "external-entity.docx": (
            with_part(
                docx,
                "word/document.xml",
                b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                + word_xml("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>")[21:],
            ),
            "refused",
        ),
        "utf16-doctype.odt": (
            odt(f"<!DOCTYPE x [{LAUGHS}]><x/>".encode("utf-16").decode("latin-1")),
            "refused",
        ),
        "deep-nesting.docx": (
            with_part(
                docx,
                "word/document.xml",
                word_xml(
                    "<w:p><w:r><w:t>Deep</w:t></w:r>"
                    + "<w:sdt>" * 5000
                    + "</w:sdt>" * 5000
                    + "</w:p>"
                ),
            ),
            "either",
        ),
        "deep-nesting.odt": (
            odt(
                f"<office:document-content {ODT_NS}><office:body><office:text><text:p>"
                + "<text:span>" * 5000
                + "Deep"
                + "</text:span>" * 5000
                + "</text:p></office:text></office:body></office:document-content>"
            ),
            "either",
        ),
        "no-document-part.docx": (zipped({"[Content_Types].xml": b"<Types/>"}), "refused"),
        "spreadsheet.odt": (
            odt(
                f"<office:document-content {ODT_NS}><office:body><office:spreadsheet/>"
                "</office:body></office:document-content>"
            ),
            "refused",
        ),
        "hostile.html": (HOSTILE_HTML.encode(), "opened"),
        "deep-nesting.html": (("<div>" * 5_000 + "Deep words").encode(), "opened"),
        "unterminated-tags.html": (("<article" * 2_000 + "<a" * 2_000).encode(), "either"),
        "broken-references.html": (
            b"<p>&#0; &#xD800; &#x110000; &bogus; &amp &#65 words</p>",
            "opened",
        ),
        "unclosed-paragraphs.html": (b"<p>First words<p>Last words, never closed", "opened"),
        "hostile.md": (HOSTILE_MARKDOWN.encode(), "opened"),
        "pathological.md": (
            (
                "> " * 2000
                + "x\n\n"
                + "[" * 2000
                + "*a" * 2000
                + "\n\n"
                + "![" * 2000
                + "\n\n"
                + "`" * 2000
            ).encode(),
            "either",
        ),
    }
    return files


HOSTILE_HTML = """<!DOCTYPE html><html><head><title>Pier <script>alert(1)</script> reopens</title>
<meta http-equiv="refresh" content="0;url=javascript:alert(1)">
<link rel="stylesheet" href="http://tracker.example/s.css"><base href="http://evil.example/">
<script src="http://evil.example/x.js"></script><style>@import url(http://evil.example/c.css);</style>
</head><body onload="steal()"><nav>Home News</nav><article>
<h1 onclick="alert(1)">Pier reopens</h1><p class="byline">By Ada Lane</p>
<p>Repairs <a href="javascript:alert(document.cookie)">ended</a> on
<a href=" JaVaScRiPt:x">Monday</a> and <a href="java&#x09;script:alert(1)">crews</a> left;
<a href="data:text/html,hi">see</a>
<a href="vbscript:x">more</a> or <a href="https://example.org/pier">the report</a>.</p>
<p>Photo: <img src="http://tracker.example/pixel.gif" onerror="alert(1)"> gone.
<iframe src="http://evil.example/"></iframe><object data="x.swf"></object><embed src="x">
<svg onload="alert(1)"><script>alert(2)</script></svg><form action="http://evil.example">
<input value="secret"><button>Send</button></form><video src="http://evil.example/v.mp4"></video>
<p style="background:url(http://tracker.example/bg.png)">Styled words stay.</p>
<template><p>Template words never show.</p></template><noscript>No script words.</noscript>
</article><footer>Copyright</footer></body></html>
"""

HOSTILE_MARKDOWN = """---
title: Pier <script>alert(1)</script> reopens
---
# Pier reopens

Repairs [ended](javascript:alert(1)) on [Monday](vbscript:x) and [crews](data:text/html,x) left;
see <javascript:alert(1)> or [the report](https://example.org/pier).
<script>alert(document.cookie)</script><img src=x onerror=alert(1)>
![tracking pixel](http://tracker.example/pixel.gif)

<iframe src="http://evil.example/"></iframe>
"""


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    files = corpus()
    for old in OUT.iterdir():
        if old.name != "expected.json" and old.name not in files:
            old.unlink()
    for name, (data, _expected) in files.items():
        (OUT / name).write_bytes(data)
    expected = {name: outcome for name, (_data, outcome) in sorted(files.items())}
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1) + "\n", encoding="utf-8")
    total = sum(len(data) for data, _ in files.values())
    print(f"{len(files)} files, {total // 1024} KB in {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
