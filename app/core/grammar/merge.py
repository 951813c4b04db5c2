# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar findings beside the house rules' findings: quotes, overlaps, switched-off rules.

Pure functions on ``Finding`` lists (code-point offsets); any thread.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection, Iterable, Sequence
from dataclasses import replace
from itertools import accumulate

from app.core.grammar.mapping import RULE_PREFIX, strip_prefix
from app.core.model import Finding

# The one category whose findings stay inside a quotation: a speaker's words are
# not restyled, but a misspelling of them is still the writer's mistake.
KEPT_INSIDE_QUOTES = frozenset({"spelling"})


def apply_quote_policy(
    findings: Iterable[Finding], quotes: Sequence[tuple[int, int]]
) -> list[Finding]:
    """Findings that touch a direct quotation's words follow the house policy.

    A finding overlapping any span of ``quotes`` (as from ``quote_spans``) is
    dropped, unless its category is spelling: then it stays, marked
    ``inside_quote=True``. Findings on the quotation marks themselves are
    outside the spans and stay as they are.
    """
    overlaps = _Overlaps(quotes)
    kept: list[Finding] = []
    for finding in findings:
        if not overlaps.any(finding.start, finding.end):
            kept.append(finding)
        elif finding.category in KEPT_INSIDE_QUOTES:
            kept.append(replace(finding, inside_quote=True))
    return kept


def without_disabled_rules(findings: Iterable[Finding], disabled: Collection[str]) -> list[Finding]:
    """Drop LanguageTool findings whose rule is switched off (ids with or without ``lt.``)."""
    off = {strip_prefix(rule) for rule in disabled}
    return [f for f in findings if strip_prefix(f.rule) not in off]


def merge_findings(house: list[Finding], grammar: list[Finding]) -> list[Finding]:
    """One list, sorted by position: the house findings, and the grammar findings they leave.

    Where a grammar finding covers any of the same text as a house finding
    (its span or one of its ``related`` spans), only the house finding is
    kept: it knows the house style. Overlapping grammar findings are kept
    side by side, as LanguageTool reports them.
    """
    spans = [(f.start, f.end) for f in house]
    spans += [span for f in house for span in f.related]
    overlaps = _Overlaps(spans)
    merged = list(house) + [g for g in grammar if not overlaps.any(g.start, g.end)]
    merged.sort(key=lambda f: (f.start, f.end, f.rule.startswith(RULE_PREFIX), f.rule))
    return merged


class _Overlaps:
    """Answers "does [start, end) overlap any of these spans?" in O(log n).

    An empty span counts as covering the character at its position, so an
    insertion point inside a house finding counts as overlapping it.
    """

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        ordered = sorted((start, max(end, start + 1)) for start, end in spans)
        self._starts = [start for start, _ in ordered]
        self._max_end = list(accumulate((end for _, end in ordered), max))

    def any(self, start: int, end: int) -> bool:
        end = max(end, start + 1)
        before_end = bisect_left(self._starts, end)  # spans starting before ``end``
        return before_end > 0 and self._max_end[before_end - 1] > start
