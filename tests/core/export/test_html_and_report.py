# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""HTML and the review report: hostile text comes out inert, and the Nu checker finds no error."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

from app.core.export import ExportNote, ReviewReport, export_document, write_report
from app.core.export.document import plain
from app.core.export.report import ReportSource, report_document
from app.core.model import Document
from tests.core.export.conftest import XSS_IMG, XSS_SCRIPT, comparable, hostile_document


class _Elements(HTMLParser):
    """Every element and attribute a browser would build from the page."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes.extend((name, value or "") for name, value in attrs)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def _assert_inert(html: str) -> _Elements:
    page = _parse(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    hrefs = [value for name, value in page.attributes if name == "href"]
    assert all(h.startswith(("https://", "http://", "mailto:")) for h in hrefs), hrefs
    assert not re.search(r"javascript:", " ".join(hrefs), re.IGNORECASE)
    return page


def test_hostile_article_comes_out_escaped(tmp_path: Path) -> None:
    document = hostile_document()
    note = ExportNote(0, 5, f"Check {XSS_SCRIPT}", author=XSS_IMG)
    out = export_document(document, "html", tmp_path / "a.html", notes=(note,), proof=True)
    page = _assert_inert(out.read_text(encoding="utf-8"))
    text = "".join(page.text)
    # The words are all still there, as text.
    assert f"Mayor {XSS_SCRIPT} resigns" in text
    assert f"By Jo {XSS_IMG}" in text
    assert "<!-- comment -->" in text and "]]>" in text
    assert f"Check {XSS_SCRIPT}" in text
    # The javascript: link is gone, the quoted-attribute trick is percent-encoded.
    assert ("href", "https://example.org/a%22%20onclick=%22alert(1)") in page.attributes
    assert len([1 for name, _ in page.attributes if name == "href"]) == 1


def test_hostile_article_in_markdown_has_no_live_markup(tmp_path: Path) -> None:
    from markdown_it import MarkdownIt

    out = export_document(hostile_document(), "md", tmp_path / "a.md")
    rendered = MarkdownIt("commonmark").render(out.read_text(encoding="utf-8"))
    _assert_inert(rendered)
    assert "&lt;script&gt;" in rendered


def test_hostile_report_comes_out_escaped(tmp_path: Path, report: ReviewReport) -> None:
    out = write_report(report, "html", tmp_path / "report.html")
    page = _assert_inert(out.read_text(encoding="utf-8"))
    text = "".join(page.text)
    assert f"Jo {XSS_SCRIPT}" in text
    assert f"Deadline; {XSS_SCRIPT}" in text
    assert "It is the paper’s own <i>style</i>" in text
    assert "javascript:alert(1)" in text  # as words in a note, never as a link


def test_report_shows_every_part(report: ReviewReport) -> None:
    tree = report_document(report)
    headings = [plain(node.inlines) for node in tree.body if hasattr(node, "level")]
    assert headings == [
        "Approval overrides", "Findings", "Fixed (1)", "Dismissed (1)", "Open (1)",
        "Sources and quotes", f"Jo {XSS_SCRIPT}", "Μαρία Παπαδοπούλου", "History",
    ]  # fmt: skip


def test_report_quotes_are_not_quoted_twice(report: ReviewReport) -> None:
    html = report_document(report)
    texts = repr(html)
    assert "““We close" not in texts
    assert "“«Η" not in texts


def test_empty_report_says_so(tmp_path: Path) -> None:
    bare = ReviewReport(title="Quiet day", sources=(ReportSource("Nobody"),))
    text = write_report(bare, "html", tmp_path / "r.html").read_text(encoding="utf-8")
    for line in (
        "None: the article was approved with nothing open.",
        "No findings were recorded.",
        "No quotes attributed.",
        "No workflow steps were recorded.",
    ):
        assert line in text


def test_report_pdf_reads_back(
    tmp_path: Path, report: ReviewReport, pdftotext: Callable[..., str]
) -> None:
    out = write_report(report, "pdf", tmp_path / "report.pdf")
    text = " ".join(comparable(pdftotext(out)).split())
    assert f"Deadline; {XSS_SCRIPT} (Ed Itor, 2026-11-24 16:05 UTC)" in text
    assert (
        "“We close at six,” he said — verified (Ana Ruiz, 2026-11-24 16:05 UTC), by phone" in text
    )
    assert "Ed Itor moved it from in copy edit to approved" in text


def test_the_nu_checker_finds_no_error_or_warning_in_our_pages(
    tmp_path: Path,
    sample: Document,
    report: ReviewReport,
    html_validator: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    start = sample.text.index("fluffier")
    notes = (ExportNote(start, start + 8, "Source?", "Desk"),)
    export_document(sample, "html", folder / "article.html")
    export_document(sample, "html", folder / "proof.html", proof=True, notes=notes)
    export_document(sample, "html", folder / "bare.html", stylesheet=False)
    hostile_notes = (ExportNote(0, 5, XSS_SCRIPT, XSS_IMG),)
    export_document(hostile_document(), "html", folder / "hostile.html", notes=hostile_notes)
    write_report(report, "html", folder / "report.html")
    write_report(ReviewReport(title="Quiet day"), "html", folder / "empty-report.html")
    # One page the checker must reject, so a checker that saw nothing cannot pass.
    (folder / "known-bad.html").write_text("<p><div>no doctype, no title</p>", encoding="utf-8")
    result = html_validator(folder)
    output = result.stdout + result.stderr
    flagged = set(re.findall(r"resource file:\S*/([^/\s]+\.html)", output))
    assert result.returncode != 0
    assert flagged == {"known-bad.html"}, output
