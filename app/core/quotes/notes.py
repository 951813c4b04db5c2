# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Verifying a quotation against a transcript or the reporter's notes.

``compare_to_notes`` finds where in the notes the quotation was said (fuzzy,
so a misquote is still found) and lists word-level differences with offsets
into both texts: words changed or added in the quotation, words left out,
bracketed insertions ("[Putin]") and what an ellipsis stands for. Matching
uses rapidfuzz (C++ edit distances, fast on long transcripts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from rapidfuzz import fuzz
from rapidfuzz.distance import Indel

_WORD = re.compile(r"\[[^\]]*\]|…|\.\.\.|[\w\u00c0-\u024f]+(?:['’][\w\u00c0-\u024f]+)*")
_MIN_SCORE = 0.6
DifferenceKind = Literal["changed", "added", "omitted", "bracketed", "ellipsis"]


@dataclass(frozen=True, slots=True)
class WordDifference:
    """One difference: ``quote_*`` offsets into the quotation, ``notes_*`` into the notes.

    ``changed``: quotation words differ from the notes; ``added``: words in the
    quotation but not the notes; ``omitted``: notes words missing with no
    ellipsis; ``bracketed``: an editor's insertion standing for notes words
    (possibly none); ``ellipsis``: notes words an ellipsis leaves out.
    Empty spans are insertion points.
    """

    kind: DifferenceKind
    quote_start: int
    quote_end: int
    notes_start: int
    notes_end: int
    quote_words: str
    notes_words: str


@dataclass(frozen=True, slots=True)
class NotesMatch:
    """Where a quotation was found in the notes; falsy when it was not found.

    ``score`` runs from 0 to 1 (1: word for word, once brackets and ellipses
    are allowed for). ``notes_start``/``notes_end`` span the matched passage.
    """

    found: bool
    score: float
    notes_start: int = 0
    notes_end: int = 0
    differences: tuple[WordDifference, ...] = ()

    def __bool__(self) -> bool:
        return self.found

    @property
    def exact(self) -> bool:
        """True when the words agree apart from marked alterations."""
        return self.found and all(d.kind in ("bracketed", "ellipsis") for d in self.differences)


NOT_FOUND = NotesMatch(found=False, score=0.0)


def _tokens(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


def compare_to_notes(quote_text: str, notes: str) -> NotesMatch:
    """Find ``quote_text`` in ``notes`` and list word-level differences (offsets: code points)."""
    quote = _tokens(quote_text)
    spoken = [t for t in quote if not _is_marker(t[0])]
    notes_tokens = _tokens(notes)
    if not spoken or not notes_tokens:
        return NOT_FOUND
    window = _locate(quote, notes_tokens)
    if window is None:
        return NOT_FOUND
    first, last = max(0, window[0] - 3), min(len(notes_tokens), window[1] + 3)
    passage = _trim_edges(quote, notes_tokens[first:last])
    differences, errors = _differences(quote, passage)
    differences, errors = _absorb_ellipses(differences, errors)
    score = max(0.0, 1 - errors / max(len(spoken), 1))
    if score < _MIN_SCORE:
        return NotesMatch(False, score)
    return NotesMatch(True, score, passage[0][1], passage[-1][2], tuple(differences))


def _is_marker(word: str) -> bool:
    return word.startswith("[") or word in ("…", "...")


def _locate(quote, notes_tokens) -> tuple[int, int] | None:
    """Token range of the notes passage best matching the quotation's spoken words."""
    segments = _segments(quote)
    notes_words = [_norm(t[0]) for t in notes_tokens]
    joined, starts = _join(notes_words)
    begin, finish, position = None, None, 0
    for segment in segments:
        needle = " ".join(_norm(w) for w in segment)
        hit = fuzz.partial_ratio_alignment(needle, joined[starts[position] :], score_cutoff=60)
        if hit is None:
            continue
        lo = starts[position] + hit.dest_start
        hi = starts[position] + hit.dest_end
        first = max(i for i, s in enumerate(starts) if s <= lo) if lo >= 0 else 0
        last = max(i for i, s in enumerate(starts) if s < hi) + 1
        begin = first if begin is None else begin
        finish, position = last, min(last, len(starts) - 1)
    if begin is None or finish is None:
        return None
    return begin, finish


def _segments(quote) -> list[list[str]]:
    segments: list[list[str]] = [[]]
    for word, _start, _end in quote:
        if word in ("…", "..."):
            segments.append([])
        elif not word.startswith("["):
            segments[-1].append(word)
    return [s for s in segments if s]


def _join(words: list[str]) -> tuple[str, list[int]]:
    starts: list[int] = []
    position = 0
    for word in words:
        starts.append(position)
        position += len(word) + 1
    return " ".join(words), starts


def _trim_edges(quote, passage):
    """Drop notes words before the quotation's first word and after its last."""
    ops = Indel.opcodes([_norm(t[0]) for t in quote], [_norm(t[0]) for t in passage])
    lo, hi = 0, len(passage)
    if len(ops) and ops[0].tag == "insert":
        lo = ops[0].dest_end
    if len(ops) and ops[-1].tag == "insert" and not _is_marker(quote[-1][0]):
        hi = ops[-1].dest_start
    return passage[lo:hi] or passage


def _differences(quote, passage) -> tuple[list[WordDifference], int]:
    source = [_norm(t[0]) for t in quote]
    target = [_norm(t[0]) for t in passage]
    found: list[WordDifference] = []
    errors = 0
    for tag, src_start, src_end, dest_start, dest_end in _merged_ops(source, target):
        q = quote[src_start:src_end]
        n = passage[dest_start:dest_end]
        kind, cost = _classify(tag, [w for w, _, _ in q])
        errors += cost if kind not in ("changed", "added", "omitted") else max(len(q), len(n))
        q_start = q[0][1] if q else (quote[src_start - 1][2] if src_start else 0)
        q_end = q[-1][2] if q else q_start
        n_start = n[0][1] if n else (passage[dest_start - 1][2] if dest_start else 0)
        n_end = n[-1][2] if n else n_start
        found.append(
            WordDifference(
                kind,
                q_start,
                q_end,
                n_start,
                n_end,
                " ".join(w for w, _, _ in q),
                " ".join(w for w, _, _ in n),
            )
        )
    return found, errors


def _merged_ops(source: list[str], target: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word alignment by longest common subsequence; a deletion beside an insertion is a change."""
    merged: list[tuple[str, int, int, int, int]] = []
    for op in Indel.opcodes(source, target):
        if op.tag == "equal":
            merged.append(("equal", op.src_start, op.src_end, op.dest_start, op.dest_end))
            continue
        last = merged[-1] if merged else None
        if (
            last
            and last[0] in ("delete", "insert")
            and last[0] != op.tag
            and (last[2] == op.src_start and last[4] == op.dest_start)
        ):
            merged[-1] = ("replace", last[1], op.src_end, last[3], op.dest_end)
        else:
            merged.append((op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end))
    return [op for op in merged if op[0] != "equal"]


def _absorb_ellipses(found: list[WordDifference], errors: int):
    """Notes words left out next to an ellipsis are what the ellipsis stands for."""
    merged: list[WordDifference] = []
    for diff in found:
        last = merged[-1] if merged else None
        if (
            last
            and {last.kind, diff.kind} == {"ellipsis", "omitted"}
            and (diff.notes_start - last.notes_end <= 1 or last.notes_start - diff.notes_end <= 1)
        ):
            errors -= (
                len(diff.notes_words.split())
                if diff.kind == "omitted"
                else len(last.notes_words.split())
            )
            notes_words = " ".join(w for w in (last.notes_words, diff.notes_words) if w)
            mark = last if last.kind == "ellipsis" else diff
            merged[-1] = WordDifference(
                "ellipsis",
                mark.quote_start,
                mark.quote_end,
                min(last.notes_start, diff.notes_start),
                max(last.notes_end, diff.notes_end),
                "…",
                notes_words,
            )
            continue
        merged.append(diff)
    return merged, max(errors, 0)


def _classify(tag: str, quote_words: list[str]) -> tuple[DifferenceKind, int]:
    if quote_words and all(w in ("…", "...") for w in quote_words):
        return "ellipsis", 0
    if quote_words and all(w.startswith("[") for w in quote_words):
        return "bracketed", 0
    if tag == "insert":
        return "omitted", 0
    if tag == "delete":
        return "added", 0
    return "changed", 0
