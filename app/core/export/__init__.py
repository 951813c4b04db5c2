# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Export an article (DOCX, ODT, PDF, HTML, Markdown, plain text) or its review report.

``export_document`` and ``write_report`` are the entry points. Each builds
the intermediate tree once, renders it with the format's writer, and writes
the one output file atomically. They raise ExportProblem with a one-line
message and write nothing else. They run on any thread (PDF: see pdf.py) and
touch no database; the caller decides whether an article is approved and
passes ``proof=True`` when it is not.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from app.core.export.document import ExportDocument, ExportNote, build_export_document
from app.core.export.errors import ExportProblem
from app.core.export.files import check_target, write_atomically
from app.core.export.pages import PAGE_SIZES, PageSetup
from app.core.export.report import (
    ReportFinding,
    ReportOverride,
    ReportQuote,
    ReportSource,
    ReportTransition,
    ReviewReport,
    report_document,
)
from app.core.model import Document

__all__ = [
    "FORMATS",
    "PAGE_SIZES",
    "REPORT_FORMATS",
    "ExportNote",
    "ExportProblem",
    "ReportFinding",
    "ReportOverride",
    "ReportQuote",
    "ReportSource",
    "ReportTransition",
    "ReviewReport",
    "export_document",
    "render",
    "write_report",
]

FORMATS = ("docx", "odt", "pdf", "html", "md", "txt")
REPORT_FORMATS = ("html", "pdf")
_NAMES = {
    "docx": "Word (.docx)", "odt": "OpenDocument (.odt)", "pdf": "PDF", "html": "HTML",
    "md": "Markdown", "txt": "plain text",
}  # fmt: skip


def export_document(
    document: Document,
    fmt: str,
    out: Path,
    *,
    force: bool = False,
    proof: bool = False,
    stylesheet: bool = True,
    notes: tuple[ExportNote, ...] = (),
    page_size: str = "a4",
) -> Path:
    """Write ``document`` as ``fmt`` to ``out`` and return the path written.

    ``proof`` marks every page (or the top of the file) "not approved";
    ``notes`` are appended as the desk's notes; ``stylesheet`` inlines the
    house CSS into HTML. An existing ``out`` is replaced only with ``force``.
    """
    _check_format(fmt, FORMATS)
    check_target(Path(out), force=force)
    tree = build_export_document(document, proof=proof, notes=notes)
    data = render(tree, fmt, stylesheet=stylesheet, page=_page(page_size))
    return write_atomically(Path(out), data, force=force)


def write_report(
    report: ReviewReport, fmt: str, out: Path, *, force: bool = False, page_size: str = "a4"
) -> Path:
    """Write the review report as HTML or PDF to ``out`` and return the path written."""
    _check_format(fmt, REPORT_FORMATS)
    check_target(Path(out), force=force)
    data = render(report_document(report), fmt, page=_page(page_size))
    return write_atomically(Path(out), data, force=force)


def render(
    tree: ExportDocument, fmt: str, *, stylesheet: bool = True, page: PageSetup | None = None
) -> bytes:
    """The bytes of ``tree`` in ``fmt``; text formats are UTF-8."""
    page = page or PAGE_SIZES["a4"]
    renderers: dict[str, Callable[[], bytes]] = {
        "html": lambda: _html(tree, stylesheet),
        "md": lambda: _markdown(tree),
        "txt": lambda: _text(tree),
        "docx": lambda: _docx(tree, page),
        "odt": lambda: _odt(tree, page),
        "pdf": lambda: _pdf(tree, page),
    }
    try:
        return renderers[fmt]()
    except ExportProblem:
        raise
    except MemoryError as exc:
        raise ExportProblem("The article is too large to export.") from exc
    except Exception as exc:
        # A library failed in a way we did not foresee: still one plain line.
        raise ExportProblem(f"Copydesk could not make the {_NAMES[fmt]} file.") from exc


def _check_format(fmt: str, allowed: tuple[str, ...]) -> None:
    if fmt not in allowed:
        raise ExportProblem(f"Copydesk cannot export {fmt!r}; choose one of {', '.join(allowed)}.")


def _page(name: str) -> PageSetup:
    try:
        return PAGE_SIZES[name.lower()]
    except KeyError:
        raise ExportProblem(
            f"Unknown page size {name!r}; choose one of {', '.join(PAGE_SIZES)}."
        ) from None


# Writers are imported when used: python-docx, odfpy and Qt load only for their format.
def _html(tree: ExportDocument, stylesheet: bool) -> bytes:
    from app.core.export.html import render_html

    return render_html(tree, stylesheet=stylesheet).encode("utf-8")


def _markdown(tree: ExportDocument) -> bytes:
    from app.core.export.markdown import render_markdown

    return render_markdown(tree).encode("utf-8")


def _text(tree: ExportDocument) -> bytes:
    from app.core.export.text import render_text

    return render_text(tree).encode("utf-8")


def _docx(tree: ExportDocument, page: PageSetup) -> bytes:
    from app.core.export.docx import render_docx

    return render_docx(tree, page)


def _odt(tree: ExportDocument, page: PageSetup) -> bytes:
    from app.core.export.odt import render_odt

    return render_odt(tree, page)


def _pdf(tree: ExportDocument, page: PageSetup) -> bytes:
    from app.core.export.pdf import render_pdf

    return render_pdf(tree, page)
