# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Zip bombs and entity-expansion files, and the memory it costs to refuse them.

``open_in_child`` opens a file in a fresh interpreter and reports how far its peak
resident memory (VmHWM; ``resource.getrusage`` where there is no /proc) rose above
what the importers themselves take once loaded: the cost of that one file. Shared by test_bombs.py,
bench/soak.py and scripts/make_nasty_corpus.py (the package builders).
"""

from __future__ import annotations

import io
import json
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
SMALL_DRAFT = (
    "Pier reopens",
    "The pier reopened on Monday after three months of repairs.",
    "Crews replaced the deck and the railings, the harbour office said.",
)

_CHILD = """
import json, resource, sys
sys.path.insert(0, {root!r})
from app.core.importers import ImportProblem, open_document
import app.core.importers.docx, app.core.importers.odt, app.core.importers.html
import app.core.importers.markdown, charset_normalizer, docx, lxml.etree

def peak_kb():
    # VmHWM, not getrusage's ru_maxrss: Linux carries ru_maxrss over from the parent
    # across fork and exec, so a child of a big test process starts with its peak.
    try:
        with open("/proc/self/status") as status:
            return next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

baseline = peak_kb()
try:
    open_document(sys.argv[1])
    outcome, message = "opened", ""
except ImportProblem as problem:
    outcome, message = "refused", str(problem)
peak = peak_kb()
print(json.dumps({{"outcome": outcome, "message": message, "grew_mb": (peak - baseline) / 1024,
                  "peak_mb": peak / 1024}}))
"""


def open_in_child(path: Path) -> dict:
    """``{"outcome", "message", "grew_mb", "peak_mb"}`` for opening ``path`` in a new process."""
    done = subprocess.run(
        [sys.executable, "-c", _CHILD.format(root=str(ROOT)), str(path)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"the child died opening {path.name}: {done.stderr[-2000:]}")
    return json.loads(done.stdout)


def base_docx() -> bytes:
    """The smallest Word package python-docx opens: content types, relationships, one part."""
    types = (
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
        'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
        'package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-'
        'officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
        '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
        'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    body = "".join(f"<w:p><w:r><w:t>{line}</w:t></w:r></w:p>" for line in SMALL_DRAFT)
    return zipped(
        {
            "[Content_Types].xml": types.encode(),
            "_rels/.rels": rels.encode(),
            "word/document.xml": word_xml(body),
        }
    )


def zipped(members: dict[str, bytes], level: int = 6) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as archive:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))  # same bytes every run
            archive.writestr(info, data, zipfile.ZIP_DEFLATED, level)
    return buffer.getvalue()


def word_xml(body: str) -> bytes:
    return f'<?xml version="1.0"?><w:document {W_NS}><w:body>{body}</w:body></w:document>'.encode()


def overlapping_bomb(copies: int, inflated: int) -> bytes:
    """One compressed part, listed ``copies`` times in the central directory (Fifield's trick)."""
    raw = b"\0" * inflated
    packed = zlib.compress(raw, 9)[2:-4]  # raw deflate
    crc = zlib.crc32(raw)
    name = b"word/document.xml"
    local = (
        struct.pack(
            "<4s5H3L2H", b"PK\3\4", 20, 0, 8, 0, 0, crc, len(packed), len(raw), len(name), 0
        )
        + name
        + packed
    )
    central = b""
    for number in range(copies):
        entry = name if number == 0 else f"word/copy{number:04d}.xml".encode()
        central += (
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\1\2",
                20,
                20,
                0,
                8,
                0,
                0,
                crc,
                len(packed),
                len(raw),
                len(entry),
                0,
                0,
                0,
                0,
                0,
                0,
            )
            + entry
        )
    end = struct.pack("<4s4H2LH", b"PK\5\6", 0, 0, copies, copies, len(central), len(local), 0)
    return local + central + end


def lying_sizes(claimed: int, inflated: int) -> bytes:
    """A part whose header claims ``claimed`` bytes but whose data inflates to ``inflated``."""
    real = zipped({"word/document.xml": b"<" + b"a" * (inflated - 1)}, level=9)
    data = bytearray(real)
    for signature, offset in ((b"PK\3\4", 22), (b"PK\1\2", 24)):
        at = data.find(signature)
        data[at + offset : at + offset + 4] = struct.pack("<L", claimed)
    return bytes(data)


def stream_bomb(path: Path, megabytes: int) -> Path:
    """One part that inflates to ``megabytes`` MB of zeros (about 1 KB stored per MB)."""
    chunk = b"\0" * (1024 * 1024)
    with (
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(megabytes):
            member.write(chunk)
    return path


def many_parts(path: Path, parts: int) -> Path:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for number in range(parts):
            archive.writestr(f"p{number}", b"")
    path.write_bytes(buffer.getvalue())
    return path


def laughs_in_an_oddly_named_part(path: Path) -> Path:
    """A Word file whose main part is not named .xml, holding an entity-expansion payload.

    The name-based DOCTYPE check does not see it; the parser must still not expand.
    """
    entities = (
        '<!ENTITY a "'
        + "lol" * 30
        + '">'
        + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    )
    document = (
        f'<?xml version="1.0"?><!DOCTYPE w:document [{entities}]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Laughs &j; end</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    with zipfile.ZipFile(io.BytesIO(base_docx())) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    del members["word/document.xml"]
    members["word/document.dat"] = document
    for name in ("[Content_Types].xml", "_rels/.rels"):
        members[name] = members[name].replace(b"word/document.xml", b"word/document.dat")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    path.write_bytes(buffer.getvalue())
    return path


def real_document(path: Path, paragraphs: int = 1500) -> Path:
    """A genuine Word file of about 90,000 varied words: what opening real work costs."""
    import random

    import docx

    rng = random.Random(7)
    words = ("council", "harbour", "storm", "pier", "ferry", "vote", "plan", "crews", "deck")
    document = docx.Document()
    for number in range(paragraphs):
        document.add_paragraph(" ".join(rng.choice(words) for _ in range(60)) + f" {number}.")
    document.save(str(path))
    return path


def bombs(folder: Path) -> dict[str, tuple[Path, int]]:
    """Each hostile file, with what it would cost in memory if it were inflated (bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    overlap = folder / "overlapping.docx"
    overlap.write_bytes(overlapping_bomb(400, 1 << 20))
    lying = folder / "lying-sizes.docx"
    lying.write_bytes(lying_sizes(1000, 200 << 20))
    laughs = 3 * 30 * 10**9  # 10^9 copies of the 90-byte entity
    return {
        "300 MB in one part": (stream_bomb(folder / "stream.docx", 300), 300 << 20),
        "400 overlapping 1 MB parts": (overlap, 400 << 20),
        "200 MB behind a 1 KB header": (lying, 200 << 20),
        "20,000 parts": (many_parts(folder / "parts.odt", 20_000), 20_000 * 4096),
        "entities in a part not named .xml": (
            laughs_in_an_oddly_named_part(folder / "dat.docx"),
            laughs,
        ),
    }
