# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Open drafts: .txt (any encoding), .md, .docx, .odt, .html, or pasted text.

``open_document`` is the one entry point. It either returns a Document or
raises ImportProblem with a one-line message; nothing else escapes.
Runs on any thread; touches nothing but the file it reads.
"""

from __future__ import annotations

import os
from pathlib import Path

from app.core.importers.errors import ImportProblem
from app.core.importers.limits import check_path, read_limited
from app.core.importers.metadata import annotate
from app.core.importers.textfile import decode_bytes, normalize_newlines, plain_text_document
from app.core.model import Document

__all__ = ["SUPPORTED_SUFFIXES", "ImportProblem", "document_from_text", "open_document"]

SUPPORTED_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".docx", ".odt", ".html", ".htm")
_ZIP_MAGIC = b"PK\x03\x04"


def open_document(path: str | os.PathLike[str]) -> Document:
    """Read a draft file into a Document, or raise ImportProblem saying why not."""
    path = Path(path)
    check_path(path)
    suffix = path.suffix.lower()
    try:
        document = _read(path, suffix)
    except ImportProblem:
        raise
    except RecursionError as exc:
        raise ImportProblem(f"{path.name} is nested too deeply to be a normal document.") from exc
    except MemoryError as exc:
        raise ImportProblem(f"{path.name} is too large for Copydesk to open.") from exc
    except Exception as exc:
        # A parser we rely on failed in a way we did not foresee: still one plain line.
        raise ImportProblem(f"{path.name} could not be read: it may be damaged.") from exc
    if not document.text.strip():
        raise ImportProblem(f"{path.name} has no text in it.")
    return annotate(document, fallback_title=_title_from_name(path))


def _read(path: Path, suffix: str) -> Document:
    if suffix == ".docx":
        from app.core.importers.docx import docx_document

        return docx_document(path)
    if suffix == ".odt":
        from app.core.importers.odt import odt_document

        return odt_document(path)
    if suffix and suffix not in SUPPORTED_SUFFIXES:
        kinds = ", ".join(sorted({".txt", ".md", ".docx", ".odt", ".html"}))
        raise ImportProblem(f"Copydesk cannot open {suffix} files; it opens {kinds} files.")
    data = read_limited(path)
    if data.startswith(_ZIP_MAGIC):
        raise ImportProblem(
            f"{path.name} is a packaged document, not text; save it as .docx or .odt."
        )
    text, _encoding = decode_bytes(data, path.name)
    text = normalize_newlines(text)
    if suffix in (".md", ".markdown"):
        from app.core.importers.markdown import markdown_document

        return markdown_document(text, path.name)
    if suffix in (".html", ".htm"):
        from app.core.importers.html import html_document

        return html_document(text, path.name)
    return plain_text_document(text, path.name)


def document_from_text(text: str, name: str = "Pasted text") -> Document:
    """A Document from pasted or typed text (kept exactly, line endings made \\n)."""
    if not text.strip():
        raise ImportProblem("There is no text to review.")
    return annotate(plain_text_document(text, name, "txt"), fallback_title=name)


def _title_from_name(path: Path) -> str:
    stem = path.stem.replace("_", " ").replace("-", " ").strip()
    return stem[:1].upper() + stem[1:] if stem else "Untitled"
