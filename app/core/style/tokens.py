# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Paragraphs and words of a text, with Python code-point offsets.

A paragraph is one line of the text (the Document model keeps one block per
line). Words are runs of letters and digits, joined by inner apostrophes or
hyphens ("don't", "build-up"); they are found on a lowered copy of the
paragraph whose curly apostrophes are straightened, which has exactly the
paragraph's length, so every offset is valid in both.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence

WORD = re.compile(r"\w+(?:['\u2018\u2019\-\u2010\u2011]\w+)*")
# Interview transcripts mark each turn with a speaker label: "((Name))" (Wikinews),
# or "Q:", "A:", "NAME:" or "Firstname Lastname:" opening a line (or after a wide gap).
_LABEL = r"(?:Q|A|[A-Z][A-Z.' -]{1,40}|[A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}):(?= )"
_SPEAKERS = (
    re.compile(r"\(\([^()\n]{1,60}\)\)"),
    re.compile(r"^" + _LABEL, re.MULTILINE),
    re.compile(r"  (?P<label>" + _LABEL + ")"),
)
SENTENCE_BREAK = re.compile(r"[.!?;:]|\u2026")
_STRAIGHTEN = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2010": "-", "\u2011": "-"})


def lowered(text: str) -> str:
    """``text`` lowered with straight apostrophes, the same length as ``text``."""
    low = text.lower()
    if len(low) != len(text):
        # A few characters lower to two code points (e.g. "İ"); keep those as they are.
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_STRAIGHTEN)


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """``(offset, line)`` for each line of ``text``, empty lines included."""
    offset = 0
    for line in text.split("\n"):
        yield offset, line
        offset += len(line) + 1


class Paragraph:
    """One paragraph ready for checking: its words and the quoted parts.

    ``quotes`` are ``(start, end)`` spans relative to the paragraph, sorted
    and not overlapping. Offsets everywhere are relative to the paragraph.
    """

    __slots__ = (
        "_originals",
        "_unknown",
        "_words",
        "_wordset",
        "lower",
        "lows",
        "quote_ends",
        "quote_starts",
        "text",
    )

    def __init__(self, text: str, quotes: Sequence[tuple[int, int]] = ()) -> None:
        self.text = text
        self.lower = lowered(text)
        self.quote_starts = [start for start, _ in quotes]
        self.quote_ends = [end for _, end in quotes]
        # The lowered words come first and cheaply (findall); word offsets are
        # built only for the few paragraphs where some rule needs them.
        self.lows: list[str] = WORD.findall(self.lower)
        self._words: tuple[list[int], list[int], list[str]] | None = None
        self._originals: list[str] | None = None
        self._wordset: frozenset[str] | None = None
        self._unknown: frozenset[str] | None = None

    def unknown(self, lexicon: dict[str, int], allowed: frozenset[str]) -> frozenset[str]:
        """Distinct lowered words in neither ``lexicon`` nor ``allowed`` (computed once).

        ``frozenset.difference`` with a dict probes the dict from C, so this
        costs little even for the 160,000-word lexicon.
        """
        if self._unknown is None:
            self._unknown = self.wordset.difference(lexicon).difference(allowed)
        return self._unknown

    @property
    def words(self) -> tuple[list[int], list[int], list[str]]:
        """Parallel lists: word starts, word ends, lowered words (built on first use)."""
        if self._words is None:
            spans = [match.span() for match in WORD.finditer(self.lower)]
            self._words = ([s for s, _ in spans], [e for _, e in spans], self.lows)
        return self._words

    @property
    def originals(self) -> list[str]:
        """The words as written (same order and count as ``lows``)."""
        if self._originals is None:
            originals = WORD.findall(self.text)
            if len(originals) != len(self.lows):
                # Lowering changed what counts as a word character: cut by offsets.
                starts, ends, _ = self.words
                originals = [self.text[s:e] for s, e in zip(starts, ends, strict=True)]
            self._originals = originals
        return self._originals

    @property
    def wordset(self) -> frozenset[str]:
        """The distinct lowered words, for a quick "does any rule apply here" test."""
        if self._wordset is None:
            self._wordset = frozenset(self.lows)
        return self._wordset

    def sentence_start(self, index: int) -> bool:
        """True when word ``index`` opens a sentence (or follows an opening quote or dash)."""
        starts, ends, _ = self.words
        if index == 0:
            return True
        gap = self.lower[ends[index - 1] : starts[index]]
        return any(mark in gap for mark in ".!?:…")

    def in_quote(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a quoted span."""
        if not self.quote_starts:
            return False
        index = bisect_right(self.quote_starts, end - 1) - 1
        return index >= 0 and self.quote_ends[index] > start

    def same_sentence(self, left_end: int, right_start: int) -> bool:
        """True when no sentence break lies between two positions."""
        return SENTENCE_BREAK.search(self.lower, left_end, right_start) is None


def line_labels(line: str) -> tuple[tuple[int, int], ...]:
    """Speaker labels in one line (relative spans), sorted."""
    if ":" not in line and "((" not in line:
        return ()
    return tuple(
        sorted(
            {
                m.span("label") if "label" in speaker.groupindex else m.span()
                for speaker in _SPEAKERS
                for m in speaker.finditer(line)
            }
        )
    )


def turns(
    labelled: Iterable[tuple[int, int, tuple[tuple[int, int], ...]]],
) -> list[tuple[int, int]]:
    """Spoken turns from ``(line offset, line length, labels)`` of the labelled lines.

    A turn runs from its speaker label to the next label (across paragraphs);
    the last turn ends with its line. Fewer than two labels: not a transcript.
    """
    labels = [
        (offset + start, offset + end, offset + length)
        for offset, length, found in labelled
        for start, end in found
    ]
    if len(labels) < 2:
        return []
    spans = []
    for number, (_, label_end, line_end) in enumerate(labels):
        end = labels[number + 1][0] if number + 1 < len(labels) else line_end
        if end > label_end:
            spans.append((label_end, end))
    return spans


def speech_spans(text: str) -> list[tuple[int, int]]:
    """The spoken turns of an interview transcript, treated like quotations."""
    if ":" not in text and "((" not in text:
        return []
    return turns((o, len(line), line_labels(line)) for o, line in paragraphs(text))


def clip_spans(
    spans: Sequence[tuple[int, int]], start: int, end: int
) -> tuple[tuple[int, int], ...]:
    """The parts of sorted, non-overlapping absolute ``spans`` inside ``[start, end)``.

    Returned relative to ``start``; found by bisection, so clipping every
    paragraph of a long text stays linear.
    """
    out: list[tuple[int, int]] = []
    index = bisect_right(spans, (start, start))
    if index and spans[index - 1][1] > start:
        index -= 1
    while index < len(spans) and spans[index][0] < end:
        span_start, span_end = spans[index]
        if span_end > start:
            out.append((max(span_start, start) - start, min(span_end, end) - start))
        index += 1
    return tuple(out)


def match_case(model: str, replacement: str) -> str:
    """``replacement`` capitalised like ``model`` (all caps, initial capital or as given)."""
    if not replacement or not model:
        return replacement
    if model.isupper() and len(model) > 1:
        return replacement.upper()
    if model[0].isupper() and replacement[0].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
