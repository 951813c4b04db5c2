# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Checking as the user types: only paragraphs that changed are scanned again."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate
from operator import add
from typing import Any

from app.core.model import Finding
from app.core.style.engine import (
    Observed,
    ParagraphResult,
    check_paragraph,
    document_findings,
    make_context,
    normal_spans,
    observed_lists,
    paragraph_findings,
    sort_findings,
)
from app.core.style.kinds import ScanContext
from app.core.style.ruleset import RuleSet
from app.core.style.tokens import clip_spans, line_labels, turns

Quotes = tuple[tuple[int, int], ...]


class IncrementalChecker:
    """Gives exactly ``check_text``'s result, reusing the work on unchanged paragraphs.

    The text is compared with the previous one line by line: lines before and
    after the edited region keep their results (and their speaker labels),
    provided the quote spans there are unchanged too (shifted by the edit);
    otherwise each line's result is looked up by its text and quote spans.
    The whole-document rules (consistency, quote balance) are decided again
    from the per-paragraph observations, except that a rule whose observations
    in the edited lines did not change keeps its findings (shifted by the
    edit): a rule's findings depend only on its observations, whose places
    move with their paragraphs. Not thread-safe: use one checker per thread
    (the editor keeps one on its check worker).
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._names: frozenset[str] = frozenset()
        self._ctx: ScanContext = make_context(ruleset, ())
        self._lines: list[str] = []
        self._labels: list[tuple[tuple[int, int], ...]] = []
        self._quotes: list[Quotes] = []
        self._results: list[ParagraphResult] = []
        self._spans: list[tuple[int, int]] = []
        self._offsets: list[int] = []
        self._observed: list[Observed] = []
        self._found: list[Finding] = []
        self._documents: list[list[Finding]] = []  # each document kind's findings
        self._length = 0

    def check(
        self,
        text: str,
        *,
        quote_spans: Sequence[tuple[int, int]] = (),
        known_names: Iterable[str] = (),
    ) -> list[Finding]:
        """Findings for ``text``, sorted by (start, end, rule)."""
        names = frozenset(known_names)
        if names != self._names:
            self._names, self._ctx = names, make_context(self.ruleset, names)
            # Every result depends on the names: start afresh.
            self._lines, self._labels, self._quotes, self._results = [], [], [], []
            self._spans, self._offsets, self._observed, self._found = [], [], [], []
            self._documents = []
        lines = text.split("\n")
        head, tail = _common_ends(self._lines, lines)
        # offsets[i] = lengths of the lines before i, plus one newline each (all in C).
        offsets = list(map(add, accumulate(map(len, lines), initial=0), range(len(lines))))
        labels = self._labels[:head] + [
            line_labels(line) for line in lines[head : len(lines) - tail]
        ]
        labels += self._labels[len(self._labels) - tail :] if tail else []
        speech = turns(
            (offsets[i], len(lines[i]), found) for i, found in enumerate(labels) if found
        )
        spans = normal_spans([*quote_spans, *speech])
        quotes, results, spliced = self._results_for(lines, offsets, spans, head, tail)
        self._length = len(text)
        if spliced:
            middle_end = len(lines) - tail
            middle = list(zip(offsets[head:middle_end], results[head:middle_end], strict=True))
            observed, unchanged = self._splice_observed(middle, offsets, head, tail)
            found = self._splice_found(middle, offsets, head, tail)
            documents = self._documents_after(observed, unchanged, offsets, tail)
        else:
            pairs = list(zip(offsets, results, strict=True))
            observed = observed_lists(pairs, self.ruleset)
            found = paragraph_findings(pairs, self.ruleset)
            documents = [
                document_findings(kind, seen, self.ruleset, self._ctx)
                for kind, seen in zip(self.ruleset.document_kinds, observed, strict=True)
            ]
        self._lines, self._labels, self._quotes, self._results = lines, labels, quotes, results
        self._spans, self._offsets, self._observed, self._found = spans, offsets, observed, found
        self._documents = documents
        return sort_findings([*found, *(f for kind in documents for f in kind)])

    def _documents_after(
        self, observed: list[Observed], unchanged: list[bool], offsets: list[int], tail: int
    ) -> list[list[Finding]]:
        """Each document kind's findings: the old ones shifted where ``unchanged``."""
        if tail:
            old_tail_start = self._offsets[len(self._offsets) - tail]
            delta = offsets[len(offsets) - tail] - old_tail_start
        else:
            old_tail_start, delta = self._length + 1, 0
        documents = []
        for index, kind in enumerate(self.ruleset.document_kinds):
            if unchanged[index] and len(self._documents) == len(unchanged):
                documents.append(_moved(self._documents[index], old_tail_start, delta))
            else:
                documents.append(document_findings(kind, observed[index], self.ruleset, self._ctx))
        return documents

    def _reuse_quotes(
        self,
        lines: list[str],
        offsets: list[int],
        spans: list[tuple[int, int]],
        head: int,
        tail: int,
    ) -> list[Quotes] | None:
        """Each line's quote spans, reusing unchanged lines' when the spans there agree.

        The spans over the unchanged first lines must be the same as before,
        and those over the unchanged last lines the same relative to where
        those lines now start. Otherwise (a quote mark added or removed
        changed the pairing further on) None: every line is clipped again.
        """
        if head + tail == 0 or not self._results:
            return None
        middle_end = len(lines) - tail
        length = offsets[-1] + len(lines[-1])
        region_start = offsets[head] if head < len(lines) else length
        if not _same_before(spans, self._spans, region_start):
            return None
        if tail:
            new_start = offsets[middle_end]
            old_start = self._offsets[len(self._offsets) - tail]
            if _relative_after(spans, new_start) != _relative_after(self._spans, old_start):
                return None
        middle = [
            clip_spans(spans, offsets[i], offsets[i] + len(lines[i])) if spans else ()
            for i in range(head, middle_end)
        ]
        kept_tail = self._quotes[len(self._quotes) - tail :] if tail else []
        return self._quotes[:head] + middle + kept_tail

    def _results_for(
        self,
        lines: list[str],
        offsets: list[int],
        spans: list[tuple[int, int]],
        head: int,
        tail: int,
    ) -> tuple[list[Quotes], list[ParagraphResult], bool]:
        """Quotes and results for every line; True when only the middle lines were redone."""
        quotes = self._reuse_quotes(lines, offsets, spans, head, tail)
        if quotes is not None and len(self._observed) == len(self.ruleset.document_kinds):
            middle = [
                check_paragraph(lines[i], quotes[i], self.ruleset, self._ctx)
                for i in range(head, len(lines) - tail)
            ]
            kept_tail = self._results[len(self._results) - tail :] if tail else []
            return quotes, self._results[:head] + middle + kept_tail, True
        quotes = [
            clip_spans(spans, offset, offset + len(line)) if spans else ()
            for offset, line in zip(offsets, lines, strict=True)
        ]
        known = dict(zip(zip(self._lines, self._quotes, strict=True), self._results, strict=True))
        results = []
        for line, q in zip(lines, quotes, strict=True):
            result = known.get((line, q))
            results.append(
                result if result is not None else check_paragraph(line, q, self.ruleset, self._ctx)
            )
        return quotes, results, False

    def _splice_found(
        self, middle: list[tuple[int, ParagraphResult]], offsets: list[int], head: int, tail: int
    ) -> list[Finding]:
        """Paragraph findings: kept before the edit, new in it (``middle``), shifted after it."""
        middle_end = len(offsets) - tail
        region_start = _edit_start(offsets, head, self._length)
        old = self._found
        kept = old[: bisect_left(old, region_start, key=_start)]
        kept += paragraph_findings(middle, self.ruleset)
        if tail:
            old_tail_start = self._offsets[len(self._offsets) - tail]
            delta = offsets[middle_end] - old_tail_start
            kept += [
                _shifted(f, delta) for f in old[bisect_left(old, old_tail_start, key=_start) :]
            ]
        return kept

    def _splice_observed(
        self, pairs: list[tuple[int, ParagraphResult]], offsets: list[int], head: int, tail: int
    ) -> tuple[list[Observed], list[bool]]:
        """The document kinds' observations: old ones before and after the edit, new between.

        ``pairs`` are the edited lines' offsets and results. Those after the
        edit keep their objects (and memos), with offsets shifted. Also, for
        each kind, whether its observations in the edited lines are the same
        as before (same places, equal values).
        """
        middle_end = len(offsets) - tail
        region_start = _edit_start(offsets, head, self._length)
        old_tail_start = self._offsets[len(self._offsets) - tail] if tail else None
        delta = offsets[middle_end] - old_tail_start if tail else 0  # type: ignore[operator]
        middle = observed_lists(pairs, self.ruleset)
        spliced: list[Observed] = []
        unchanged: list[bool] = []
        for old, new in zip(self._observed, middle, strict=True):
            cut = bisect_left(old, region_start, key=_first)
            kept = old[:cut] + new
            start = bisect_left(old, old_tail_start, key=_first) if tail else len(old)
            unchanged.append(old[cut:start] == new)
            if tail:
                kept += [(offset + delta, seen) for offset, seen in old[start:]]
            spliced.append(kept)
        return spliced, unchanged


def _edit_start(offsets: list[int], head: int, length: int) -> int:
    """Where the edited lines begin: past the end of the text (``length``) when
    no line of the new text was edited (lines were only removed at the end)."""
    return offsets[head] if head < len(offsets) else length + 1


def _shifted(f: Finding, delta: int) -> Finding:
    """``f`` with every place (start, end, related) moved by ``delta``."""
    related = tuple([(s + delta, e + delta) for s, e in f.related]) if f.related else ()
    return _with_places(f, f.start + delta, f.end + delta, related)


def _moved(findings: list[Finding], cut: int, delta: int) -> list[Finding]:
    """``findings`` with each place (start, end, related) from ``cut`` on moved by ``delta``."""
    if not delta:
        return findings
    moved = []
    for f in findings:
        related = f.related
        if related and any(s >= cut for s, _ in related):
            related = tuple([(s + delta, e + delta) if s >= cut else (s, e) for s, e in related])
        if f.start >= cut:
            moved.append(_with_places(f, f.start + delta, f.end + delta, related))
        elif related is not f.related:
            moved.append(_with_places(f, f.start, f.end, related))
        else:
            moved.append(f)
    return moved


def _with_places(f: Finding, start: int, end: int, related: tuple[tuple[int, int], ...]) -> Finding:
    """``f`` at other places (built directly: dataclasses.replace is several times slower)."""
    return Finding(
        start,
        end,
        f.rule,
        f.category,
        f.severity,
        f.message,
        f.replacements,
        f.explanation,
        f.url,
        f.inside_quote,
        related,
    )


def _start(finding: Finding) -> int:
    return finding.start


def _same_before(new: list[tuple[int, int]], old: list[tuple[int, int]], cut: int) -> bool:
    """True when the (sorted, disjoint) spans agree on everything before ``cut``."""
    i, j = bisect_left(new, (cut, -1)), bisect_left(old, (cut, -1))
    if i != j:
        return False
    if not i:
        return True
    if new[: i - 1] != old[: i - 1]:
        return False
    return (new[i - 1][0], min(new[i - 1][1], cut)) == (old[i - 1][0], min(old[i - 1][1], cut))


def _relative_after(spans: list[tuple[int, int]], cut: int) -> list[tuple[int, int]]:
    """The spans from ``cut`` on, relative to ``cut`` (one running over it is clipped)."""
    i = bisect_left(spans, (cut, -1))
    out = [(0, spans[i - 1][1] - cut)] if i and spans[i - 1][1] > cut else []
    out += [(a - cut, b - cut) for a, b in spans[i:]]
    return out


def _first(item: tuple[int, Any]) -> int:
    return item[0]


def _common_ends(old: list[str], new: list[str]) -> tuple[int, int]:
    """How many lines the two texts share at the start, and then at the end.

    Compared in growing chunks of list slices, so the line comparisons run in C.
    """
    limit = min(len(old), len(new))
    head = _shared(lambda i, j: old[i:j] == new[i:j], limit)
    n_old, n_new = len(old), len(new)
    tail = _shared(
        lambda i, j: old[n_old - j : n_old - i] == new[n_new - j : n_new - i], limit - head
    )
    return head, tail


def _shared(same: Callable[[int, int], bool], limit: int) -> int:
    """Length of the run of equal lines, given ``same(i, j)`` for the lines i to j."""
    done, step = 0, 16
    while done < limit:
        size = min(step, limit - done)
        if same(done, done + size):
            done += size
            step *= 2
        elif size == 1:
            return done
        else:
            step = max(1, size // 2)
    return done
