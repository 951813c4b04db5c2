# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Size limits and the checks that refuse hostile files before they cost memory.

The limits (documented in docs/importing.md):

* any file: at most ``MAX_FILE_BYTES`` (32 MiB; a 1-million-word text file is about 6 MiB);
* a .docx or .odt (zip) file: at most ``MAX_ZIP_MEMBERS`` parts, at most
  ``MAX_UNZIPPED_BYTES`` (256 MiB) once inflated, and no part that inflates
  more than ``MAX_RATIO`` times (zip bombs);
* XML parts: no document type declaration anywhere in them, which is where
  entity-expansion attacks ("billion laughs") live. Word and LibreOffice never
  write one. (The parsers do not expand entities either; this refusal makes
  the message plain.)
"""

from __future__ import annotations

import zipfile
import zlib
from pathlib import Path

from app.core.importers.errors import ImportProblem

MAX_FILE_BYTES = 32 * 1024 * 1024
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
MAX_ZIP_MEMBERS = 5_000
MAX_RATIO = 200
RATIO_EXEMPT_BYTES = 1024 * 1024  # small parts compress well legitimately
XML_SCAN_CHUNK = 1024 * 1024


def read_limited(path: Path) -> bytes:
    """Read a whole file, refusing folders, missing paths and files over the size limit."""
    check_path(path)
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except PermissionError as exc:
        raise ImportProblem(f"Copydesk is not allowed to read {path.name}.") from exc
    except OSError as exc:
        raise ImportProblem(f"Copydesk could not read {path.name}: {exc.strerror}.") from exc
    if len(data) > MAX_FILE_BYTES:
        raise ImportProblem(too_big_message(path))
    return data


def check_path(path: Path) -> None:
    """Refuse what is not a readable regular file of an acceptable size."""
    if not path.exists():
        raise ImportProblem(f"There is no file at {path}.")
    if path.is_dir():
        raise ImportProblem(f"{path.name} is a folder, not a document.")
    if not path.is_file():
        raise ImportProblem(f"{path.name} is not an ordinary file.")
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ImportProblem(f"Copydesk could not read {path.name}: {exc.strerror}.") from exc
    if size > MAX_FILE_BYTES:
        raise ImportProblem(too_big_message(path))
    if size == 0:
        raise ImportProblem(f"{path.name} is empty.")


def too_big_message(path: Path) -> str:
    limit = MAX_FILE_BYTES // (1024 * 1024)
    return f"{path.name} is larger than {limit} MB, the most Copydesk opens."


def open_safe_zip(path: Path, kind: str) -> zipfile.ZipFile:
    """Open a .docx/.odt container after checking it cannot blow up when read.

    Raises ImportProblem for a file that is not a zip, is damaged, encrypted,
    a zip bomb, or has an XML part with a document type declaration.
    """
    check_path(path)
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ImportProblem(
            f"{path.name} is damaged or is not a real {kind} file (it is not a valid zip package)."
        ) from exc
    try:
        check_zip_members(archive, path.name)
    except ImportProblem:
        archive.close()
        raise
    return archive


def check_zip_members(archive: zipfile.ZipFile, name: str) -> None:
    members = archive.infolist()
    if len(members) > MAX_ZIP_MEMBERS:
        raise ImportProblem(f"{name} has too many parts to be a normal document.")
    total = 0
    for info in members:
        if info.flag_bits & 0x1:
            raise ImportProblem(f"{name} is password-protected; save an unprotected copy first.")
        total += info.file_size
        if total > MAX_UNZIPPED_BYTES:
            raise ImportProblem(f"{name} would take too much memory to open (it inflates too far).")
        if info.file_size > RATIO_EXEMPT_BYTES and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise ImportProblem(f"{name} looks like a zip bomb and was refused.")
    for info in members:
        if info.filename.endswith((".xml", ".rels")):
            check_xml_declarations(archive, info, name)


def check_xml_declarations(archive: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> None:
    """Read one XML part through (a chunk at a time) and refuse a document type declaration.

    The whole part, not only its start: a comment or whitespace may come before
    the declaration. Also refuses a part that is damaged or fails its checksum.
    """
    carried = b""
    try:
        with archive.open(info) as member:
            while chunk := member.read(XML_SCAN_CHUNK):
                window = carried + chunk  # a declaration may straddle two chunks
                check_xml_prolog(window, name)
                carried = window[-16:]
    except ImportProblem:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
        raise ImportProblem(f"{name} is damaged (one of its parts cannot be read).") from exc
    except zlib.error as exc:
        raise ImportProblem(f"{name} is damaged (one of its parts cannot be read).") from exc


def check_xml_prolog(text: bytes, name: str) -> None:
    """Refuse XML (or a lower-cased stretch of it) that declares a document type or entity."""
    head = text.lower()
    if b"<!doctype" in head or b"<!entity" in head:
        raise ImportProblem(
            f"{name} contains an XML document type declaration, which Copydesk refuses "
            "for safety; Word and LibreOffice never write one."
        )
    if b"<\x00!\x00" in head:  # UTF-16 encoded markup declarations
        raise ImportProblem(f"{name} uses an XML encoding Copydesk does not accept.")
