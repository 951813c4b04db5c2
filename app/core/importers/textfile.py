# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Plain text: decode any encoding without garbling, and find its paragraphs.

The document's text is the file's decoded text with line endings made
``\\n`` (as Python's text mode reads it), so offsets reported by checks index
the file exactly. Hard-wrapped paragraphs are joined by turning their inner
line breaks into spaces, which keeps every offset where it was.
"""

from __future__ import annotations

import codecs
import re

from app.core.importers.errors import ImportProblem
from app.core.model import Block, BlockKind, Document

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Encodings we let charset-normalizer choose between once UTF-8 has failed.
# Western European copy is by far the commonest, and left to itself the
# detector mistakes Windows-1252 for Windows-1250 (see docs/platform.md).
_WESTERN = ["cp1252"]
_OTHERS = ["cp1251", "koi8_r", "cp1253"]
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")


def decode_bytes(data: bytes, name: str = "The file") -> tuple[str, str]:
    """Decode a text file's bytes; return ``(text, encoding)``.

    Order: a byte-order mark; UTF-16 without a mark (zero bytes in every other
    place); strict UTF-8; Windows-1252
    when it decodes cleanly and the detector agrees the text is Western; the
    detector's best guess. Raises ImportProblem for binary data.
    """
    if not data:
        raise ImportProblem(f"{name} is empty.")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ImportProblem(f"{name} starts like a Unicode file but is damaged.") from exc
    # UTF-16 without a mark before UTF-8: English in UTF-16 is also valid UTF-8
    # (every other byte a NUL), which would then be refused as binary.
    utf16 = _guess_bomless_utf16(data)
    if utf16:
        try:
            return _reject_binary(data.decode(utf16), name), utf16
        except UnicodeDecodeError:
            pass
    try:
        return _reject_binary(data.decode("utf-8"), name), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data, name)


def _guess_bomless_utf16(data: bytes) -> str | None:
    # English text in UTF-16 has a zero byte in every other position.
    sample = data[:4096]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0) / (len(sample) / 2)
    odd_zeros = sample[1::2].count(0) / (len(sample) / 2)
    if odd_zeros > 0.4 and even_zeros < 0.05:
        return "utf-16-le"
    if even_zeros > 0.4 and odd_zeros < 0.05:
        return "utf-16-be"
    return None


def _decode_legacy(data: bytes, name: str) -> tuple[str, str]:
    if b"\x00" in data:
        raise ImportProblem(f"{name} is not a text document (it contains binary data).")
    import charset_normalizer  # only for text that is not UTF-8: it takes a while to load

    best = charset_normalizer.from_bytes(data[:200_000], cp_isolation=_WESTERN + _OTHERS).best()
    # Trust the detector over Windows-1252 only when it is sure of another script.
    if best is not None and best.encoding in _OTHERS and _whole_words(data, best.encoding):
        candidates = [best.encoding, *_WESTERN]
    else:
        candidates = list(_WESTERN)
    for encoding in candidates:
        try:
            return _reject_binary(data.decode(encoding), name), encoding
        except UnicodeDecodeError:
            continue
    # Windows-1252 leaves five bytes undefined; show them as replacement marks
    # rather than refusing a file that is otherwise readable.
    return _reject_binary(data.decode("cp1252", errors="replace"), name), "cp1252"


def _whole_words(data: bytes, encoding: str) -> bool:
    """True when the non-Latin letters of a decoding form whole words.

    Real Cyrillic or Greek text has words made only of that script; Western
    text decoded in the wrong code page has odd letters inside Latin words
    ("cafй"), which is how we tell the two apart.
    """
    try:
        text = data[:200_000].decode(encoding)
    except UnicodeDecodeError:
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if not w.isascii()]
    if len(words) < 3:
        return False
    mixed = sum(1 for w in words if any(c.isascii() for c in w))
    return mixed / len(words) < 0.1


def _reject_binary(text: str, name: str) -> str:
    sample = text[:100_000]
    if sample and len(_CONTROL.findall(sample)) > max(2, len(sample) // 200):
        raise ImportProblem(f"{name} is not a text document (it contains binary data).")
    return text


def normalize_newlines(text: str) -> str:
    """Line endings as Python's text mode reads them: CRLF and CR become LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def plain_text_document(text: str, source_name: str = "", source_format: str = "txt") -> Document:
    """Build a Document from plain text, keeping every character's offset.

    Unsafe control characters become spaces (same length), hard-wrapped lines
    of a paragraph are joined with a space, and each remaining line is a
    paragraph block.
    """
    text = _UNSAFE.sub(" ", normalize_newlines(text))
    if not text.strip():
        raise ImportProblem(f"{source_name or 'The text'} has no words in it.")
    text = unwrap_paragraphs(text)
    blocks: list[Block] = []
    position = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            start = position + (len(line) - len(line.lstrip()))
            blocks.append(Block(BlockKind.PARAGRAPH, start, start + len(stripped)))
        position += len(line) + 1
    return Document(
        text=text, blocks=tuple(blocks), source_name=source_name, source_format=source_format
    )


def unwrap_paragraphs(text: str) -> str:
    """Join hard-wrapped lines (same length result: each joining newline becomes a space).

    Only when the text separates paragraphs with blank lines, and only after
    a line long enough to have been wrapped (so a short headline line stays
    on its own).
    """
    lines = text.split("\n")
    inner = lines[1:-1]  # a blank first or last line separates nothing
    if len(lines) < 3 or not any(not line.strip() for line in inner):
        return text
    longest = max(len(line.rstrip()) for line in lines)
    wrap_floor = max(40, int(longest * 0.6))
    out: list[str] = []
    for index, line in enumerate(lines):
        out.append(line)
        if index == len(lines) - 1:
            break
        following = lines[index + 1]
        wrapped = (
            len(line.rstrip()) >= wrap_floor
            and line.strip()
            and following.strip()
            and not _starts_list_or_heading(following)
        )
        out.append(" " if wrapped else "\n")
    return "".join(out)


def _starts_list_or_heading(line: str) -> bool:
    return bool(re.match(r"\s*(?:[-*•]\s|\d+[.)]\s|#)", line))
