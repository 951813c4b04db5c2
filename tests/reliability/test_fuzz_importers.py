# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Property tests of every importer: any bytes, any text, broken packages, markup soup.

Each case must give a Document with valid offsets and storable text, or an
ImportProblem with one plain line (tests/reliability/properties.py says exactly what
holds). ``COPYDESK_FUZZ_EXAMPLES`` sets the cases per test (``make soak`` runs many).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.importers import open_document
from tests.factories import make_docx, make_odt
from tests.reliability.properties import (
    CASES,
    ENCODINGS,
    HTML_TOKENS,
    MARKDOWN_TOKENS,
    damaged_package,
    encoded,
    open_or_refuse,
    token_soup,
    unicode_text,
)

EXAMPLES = int(os.environ.get("COPYDESK_FUZZ_EXAMPLES", "50"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SUFFIXES = (".txt", ".md", ".html", ".docx", ".odt")
word = st.from_regex(r"[A-Za-z]{1,12}", fullmatch=True)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def packages(folder: Path) -> dict[str, bytes]:
    return {
        ".docx": make_docx(folder / "base.docx").read_bytes(),
        ".odt": make_odt(folder / "base.odt").read_bytes(),
    }


def _write(folder: Path, data: bytes, suffix: str) -> Path:
    path = folder / f"case{suffix}"
    path.write_bytes(data)
    return path


@FUZZ
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_random_bytes_in_any_format(folder: Path, data: bytes, suffix: str) -> None:
    open_or_refuse(_write(folder, data, suffix), "bytes")


@FUZZ
@given(text=unicode_text(), encoding=st.sampled_from(ENCODINGS), suffix=st.sampled_from(SUFFIXES))
def test_any_text_in_any_encoding(folder: Path, text: str, encoding: str, suffix: str) -> None:
    open_or_refuse(_write(folder, encoded(text, encoding), suffix), "text")


@FUZZ
@given(source=token_soup(MARKDOWN_TOKENS))
def test_markdown_soup(folder: Path, source: str) -> None:
    open_or_refuse(_write(folder, source.encode("utf-8", "surrogatepass"), ".md"), "markdown")


@FUZZ
@given(source=token_soup(HTML_TOKENS))
def test_html_soup(folder: Path, source: str) -> None:
    open_or_refuse(_write(folder, source.encode("utf-8", "surrogatepass"), ".html"), "html")


@FUZZ
@given(data=st.data(), suffix=st.sampled_from([".docx", ".odt"]))
def test_damaged_word_and_opendocument_files(
    folder: Path, packages: dict[str, bytes], data: st.DataObject, suffix: str
) -> None:
    broken = data.draw(damaged_package(packages[suffix]))
    open_or_refuse(_write(folder, broken, suffix), "package")


@FUZZ
@given(
    paragraphs=st.lists(st.lists(word, min_size=1, max_size=30), min_size=1, max_size=8),
    closed=st.lists(st.booleans(), min_size=8, max_size=8),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"]),
)
def test_every_word_of_plain_prose_comes_in(
    folder: Path, paragraphs: list[list[str]], closed: list[bool], suffix: str, encoding: str
) -> None:
    """No importer drops words, in any Unicode encoding, with or without a byte-order mark.

    In HTML each paragraph may or may not close its ``<p>``.
    """
    CASES["words"] += 1
    if suffix == ".html":
        source = "".join(
            f"<p>{' '.join(words)}" + ("</p>" if closed[i] else "")
            for i, words in enumerate(paragraphs)
        )
    else:
        source = "\n\n".join(" ".join(words) for words in paragraphs)
    document = open_document(_write(folder, source.encode(encoding), suffix))
    found = re.findall(r"[A-Za-z]+", document.text)
    assert found == [w for words in paragraphs for w in words]


@settings(FUZZ, max_examples=min(EXAMPLES, 6))
@given(
    piece=st.sampled_from(["word ", "“quoted” ", "e\u0301 ", "🙂 ", "مرحبا ", "\t", "*a ", "<b>"]),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_a_huge_paragraph(folder: Path, piece: str, suffix: str) -> None:
    """Half a million characters on one line: read, not hung (pytest-timeout stops a hang)."""
    open_or_refuse(_write(folder, (piece * (500_000 // len(piece))).encode(), suffix), "huge")
