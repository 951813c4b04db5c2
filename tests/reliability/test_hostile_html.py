# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Imported HTML never runs; exports and the review report escape every piece of text.

Import: the nasty corpus's hostile page and Markdown (scripts, event handlers,
javascript:/vbscript:/data: links, remote images, styles, frames, forms). Export: an
article stored with injection payloads in its title, byline, quotes, notes, decision
reasons, profile names, override reasons and a checker's messages, written out
through app.core.publish (build_report, export_article) as a real desk would.
"""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

from markdown_it import MarkdownIt

from app.core import articles
from app.core.decisions import DecisionKind, record_decision
from app.core.export import write_report
from app.core.importers import document_from_text, open_document
from app.core.model import Finding
from app.core.publish import build_report, export_article
from app.core.quotes import find_quotes
from app.core.sourcing import VerificationMethod, VerificationStatus, set_verification
from app.core.storage import Database
from app.core.text_notes import add_note
from app.core.workflow import Checklist, Role, move, save_profile
from tests.reliability.test_nasty_files import NASTY

SCRIPT = "<script>alert('x')</script>"
IMG = '"><img src=x onerror=alert(1)>'
SVG = "</title><svg onload=alert(2)>"
LINK = "javascript:alert(document.cookie)"
PAYLOADS = (SCRIPT, IMG, SVG, LINK, "]]><!-- -->", "&lt;b&gt;", "{{7*7}}")
LIVE_TAGS = {"script", "img", "svg", "iframe", "object", "embed", "style", "link", "base", "form"}


class _Page(HTMLParser):
    """What a browser would build from a page: elements, attributes and text."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str]] = []
        self.chunks: list[str] = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attributes += [(name, value or "") for name, value in attrs]

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)

    @property
    def text(self) -> str:
        return "".join(self.chunks)


def assert_inert(html: str) -> _Page:
    page = _Page(html)
    assert not LIVE_TAGS & set(page.tags) - {"style"}, set(page.tags) & LIVE_TAGS
    assert page.tags.count("style") <= 1, "only the house stylesheet"
    assert not [name for name, _ in page.attributes if name.startswith("on")]
    links = [value for name, value in page.attributes if name in ("href", "src", "action")]
    assert all(v.startswith(("http://", "https://", "mailto:")) for v in links), links
    return page


def test_imported_html_keeps_words_and_drops_everything_that_runs() -> None:
    document = open_document(NASTY / "hostile.html")
    text = document.text
    for gone in ("alert", "steal", "secret", "Send", "Template words", "No script words"):
        assert gone not in text
    for gone in ("Home News", "Copyright", "http://", "evil.example", "tracker"):
        assert gone not in text
    assert document.title == "Pier reopens" and document.byline == "Ada Lane"
    for kept in ("Repairs ended on Monday and crews left;", "the report", "Styled words stay."):
        assert kept in " ".join(text.split())
    assert [m.href for m in document.marks if m.href] == ["https://example.org/pier"]


def test_imported_markdown_drops_scripts_links_and_remote_images() -> None:
    document = open_document(NASTY / "hostile.md")
    assert [m.href for m in document.marks if m.href] == ["https://example.org/pier"]
    assert "<script>" not in document.text and "<img" not in document.text
    assert "<iframe" not in document.text and "tracker.example" not in document.text


def test_unclosed_html_paragraphs_are_all_read() -> None:
    text = open_document(NASTY / "unclosed-paragraphs.html").text
    assert text == "First words\n\nLast words, never closed"


class _HostileChecker:
    """A house checker whose rule ids and messages carry markup (a user's own rule pack)."""

    def check(self, text: str, *, quote_spans=(), known_names=()) -> list[Finding]:
        at = text.index("resigns")
        return [Finding(at, at + 7, f"house.{IMG}", "style", "error", f"Rule says {SCRIPT}")]


def _hostile_article(db: Database) -> tuple[int, str]:
    text = (
        f"Mayor {SCRIPT} resigns\n\nBy Jo {IMG}\n\n"
        f"“{SCRIPT} is coming {SVG},” said Rosa Delgado, the {IMG} union chief.\n\n"
        f"Click {LINK} for the rest.\n"
    )
    article, _ = articles.create_article(db, document_from_text(text), author=f"Writer {SVG}")
    return article.id, text


def test_report_and_export_from_storage_escape_every_name_and_note(
    db: Database, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "exports"
    tmp_path.mkdir()
    article_id, text = _hostile_article(db)
    editor, _ = save_profile(db, f"Ed {SCRIPT}", Role.EDITOR)
    finding = _HostileChecker().check(text)[0]
    record_decision(
        db, article_id, finding, text, DecisionKind.DISMISS_HERE, who=editor.name,
        reason=f"Because {IMG} {LINK}",
    )  # fmt: skip
    spoken = next(q for q in find_quotes(text).quotes if "coming" in q.text)
    set_verification(
        db, article_id, spoken.text, spoken.speaker, VerificationStatus.VERIFIED,
        who=editor.name, method=VerificationMethod.NOTES, note=f"Checked {SVG}",
        evidence_url=f"https://example.org/{IMG}",
    )  # fmt: skip
    at = text.index("Click")
    add_note(db, article_id, text, at, at + 5, f"Fix {SCRIPT} {LINK}", who=editor.name)
    move(db, article_id, "submit", profile=editor, note=f"Over to you {IMG}")
    move(
        db, article_id, "approve", profile=editor, note=SVG,
        checklist=Checklist(open_errors=(f"Open {SCRIPT}",)), override_reason=f"Fine {IMG}",
    )  # fmt: skip

    report = build_report(db, article_id, _HostileChecker())
    page = assert_inert(write_report(report, "html", tmp_path / "report.html").read_text("utf-8"))
    shown = page.text
    for payload in (SCRIPT, IMG, SVG, LINK):
        assert payload in shown, f"{payload!r} should be shown as text"
    assert f"Ed {SCRIPT}" in shown and f"Because {IMG} {LINK}" in shown
    assert f"Fine {IMG}" in shown and f"Rule says {SCRIPT}" in shown

    out = export_article(
        db, article_id, "html", tmp_path / "article.html", profile=editor, with_notes=True
    )
    page = assert_inert(out.path.read_text("utf-8"))
    assert f"Mayor {SCRIPT} resigns" in page.text and f"Fix {SCRIPT} {LINK}" in page.text
    for fmt in ("md", "txt", "docx", "odt"):  # the other formats are written too, and inert
        export_article(db, article_id, fmt, tmp_path / f"article.{fmt}", profile=editor)
    rendered = MarkdownIt("commonmark").render((tmp_path / "article.md").read_text("utf-8"))
    assert_inert(rendered)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["report.html", "article.html", "article.md", "article.txt", "article.docx", "article.odt"]
    )
