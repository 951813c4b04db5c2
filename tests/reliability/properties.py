# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What must hold for any input, and the inputs: hypothesis strategies for hostile files and text.

Shared by the fuzz tests (a bounded number of cases in ``make test``) and bench/soak.py
(many more). ``open_or_refuse`` is the contract every importer keeps: a Document whose
offsets are all valid and whose text can be stored and shown, or an ImportProblem whose
message is one plain line. ``CASES`` counts the cases checked, for the figures.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter
from pathlib import Path

from hypothesis import strategies as st

from app.core.importers import ImportProblem, open_document
from app.core.model import Document

CASES: Counter[str] = Counter()
# Words of a Python error or a library's internals that must never reach a copy editor.
_RAW = re.compile(r"Traceback|\b[A-Z]\w*(?:Error|Exception)\b|\bErrno\b|0x[0-9a-f]{6,}|\.py\b")
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")

ALL_CATEGORIES = (
    "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps",
    "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs",
    "Co", "Cn",
)  # fmt: skip
NASTY_PIECES = (
    "\u0301\u0301\u0301",  # combining acute accents piled up
    "e\u0301",  # a letter and its combining mark
    "\u202e\u202d\u200f\u200e\u2067\u2069",  # bidirectional controls
    "مرحبا بالعالم",  # Arabic
    "שלום",  # Hebrew
    "👩\u200d👩\u200d👧\u200d👦",  # emoji joined by zero-width joiners
    "🇺🇦",  # a flag: two regional indicators
    "\x00",
    "\ufeff",
    "\ud800",  # a lone high surrogate
    "\udc00",  # a lone low surrogate
    "\u2028\u2029",
    "\r\n",
    "\r",
    "\x0b\x0c\x1b",
    "\ufffd",
    "“quoted,” she said. ‘Inner’",
    "\"straight\" quotes and 'single'",
    "\t",
    "  ",
    "\n\n",
    "A" * 300,
)


def unicode_text(max_size: int = 400) -> st.SearchStrategy[str]:
    """Text from every Unicode category, lone surrogates included, mixed with nasty pieces."""
    single = st.characters(categories=ALL_CATEGORIES)
    pieces = st.one_of(single, single, st.sampled_from(NASTY_PIECES))
    return st.lists(pieces, max_size=max_size).map("".join)


def check_storable(text: str, what: str) -> None:
    """Text that PostgreSQL, SQLite, Qt and UTF-8 files all accept."""
    assert not _UNSTORABLE.search(text), f"{what} holds NUL or a lone surrogate"
    text.encode("utf-8")


def check_document(document: Document) -> None:
    """Every offset valid; blocks in order without overlap; everything storable."""
    text = document.text
    for name in ("text", "title", "byline", "dateline"):
        check_storable(getattr(document, name), name)
    previous_end = 0
    for block in document.blocks:
        assert previous_end <= block.start < block.end <= len(text), (block, len(text))
        assert text[block.start : block.end].strip(), f"empty block {block}"
        previous_end = block.end
    for mark in document.marks:
        assert 0 <= mark.start < mark.end <= len(text), (mark, len(text))
        if mark.href:
            assert mark.href.lower().startswith(("http:", "https:", "mailto:", "#", "/")) or (
                ":" not in mark.href.split("/")[0]
            ), f"unsafe link {mark.href!r}"


def check_message(message: str) -> None:
    """One plain line: what a copy editor reads, never a library's internals."""
    assert message and "\n" not in message and len(message) < 400, message
    assert not _RAW.search(message), message


def open_or_refuse(path: Path, kind: str = "file") -> str:
    """Open ``path`` (a Document with valid offsets) or be refused plainly; never anything else.

    Returns "opened" or "refused"; any other exception is a failure of the contract.
    """
    CASES[kind] += 1
    try:
        document = open_document(path)
    except ImportProblem as problem:
        check_message(str(problem))
        return "refused"
    check_document(document)
    return "opened"


def encoded(text: str, encoding: str) -> bytes:
    """``text`` as a file in ``encoding``; surrogates survive UTF-16 as broken pairs."""
    if encoding.startswith("utf-16"):
        return text.encode(encoding, errors="surrogatepass")
    return text.encode(encoding, errors="replace" if encoding == "cp1252" else "surrogatepass")


ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1252")

MARKDOWN_TOKENS = (
    "# ", "## ", "> ", ">>>>>>>>>> ", "- ", "1. ", "* ", "**", "*", "_", "__", "`", "```\n",
    "[", "]", "(", ")", "](javascript:alert(1))", "](https://example.org)", "<script>",
    "</script>", "<img src=x onerror=alert(1)>", "![a](http://tracker.example/p.png)", "\n",
    "\n\n", "---\ntitle: T\n---\n", "|a|b|\n|-|-|\n", "&amp;", "&#0;", "&#xD800;", "\\",
    "<!--", "-->", "    code\n", "word ", "“", "”",
)  # fmt: skip
HTML_TOKENS = (
    "<p>", "</p>", "<div>", "</div>", "<article>", "</article>", "<h1>", "</h1>", "<li>",
    "<ul>", "</ul>", "<blockquote>", "</blockquote>", "<em>", "</em>", "<b>", "</b>",
    "<script>alert(1)</script>", "<style>p{}</style>", "<a href='javascript:alert(1)'>",
    "<a href=\"https://example.org\">", "</a>", "<img src=http://tracker.example/x.png>",
    "<iframe src=//evil.example>", "</iframe>", "<svg onload=alert(1)>", "</svg>",
    "<p onclick=alert(1)>", "<br>", "<title>", "</title>", "&nbsp;", "&#0;", "&#xD800;",
    "&lt;script&gt;", "<![CDATA[", "]]>", "<!--", "-->", "<meta name=author content=X>",
    "<!DOCTYPE html>", "word ", "<", ">", "&", "\n",
)  # fmt: skip


def token_soup(tokens: tuple[str, ...], max_size: int = 200) -> st.SearchStrategy[str]:
    """Markup-like text: the format's tokens in any order, with any text between them."""
    return st.lists(st.one_of(st.sampled_from(tokens), unicode_text(8)), max_size=max_size).map(
        "".join
    )


def zip_with(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def zip_members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def nested_xml(depth: int, tag: str = "w:p", namespace: str = "") -> bytes:
    """``depth`` levels of one element inside another."""
    head = f"<{tag}{namespace}>" + f"<{tag}>" * (depth - 1)
    return (head + "deep" + f"</{tag}>" * depth).encode()


@st.composite
def damaged_package(draw: st.DrawFn, original: bytes) -> bytes:
    """A .docx/.odt package broken one of the ways files break: cut, flipped, swapped parts."""
    how = draw(st.sampled_from(["truncate", "flip", "member", "drop", "extra"]))
    if how == "truncate":
        return original[: draw(st.integers(0, len(original) - 1))]
    if how == "flip":
        data = bytearray(original)
        for _ in range(draw(st.integers(1, 20))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] = draw(st.integers(0, 255))
        return bytes(data)
    members = zip_members(original)
    names = sorted(members)
    name = draw(st.sampled_from(names))
    if how == "drop":
        del members[name]
    elif how == "extra":
        members[f"extra/{draw(st.integers(0, 99))}.xml"] = draw(st.binary(max_size=200))
    else:
        body = members[name]
        members[name] = draw(
            st.one_of(
                st.binary(max_size=300),
                st.just(body[: draw(st.integers(0, max(len(body) - 1, 0)))]),
                st.just(nested_xml(draw(st.integers(200, 3000)))),
                unicode_text(200).map(lambda t: t.encode("utf-8", "surrogatepass")),
                st.just(body.replace(b">", b">" + "\ud800".encode("utf-8", "surrogatepass"), 3)),
            )
        )
    return zip_with(members)
