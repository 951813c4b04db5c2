# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Checking as the user types: only paragraphs that changed are scanned again."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from app.core.model import Finding
from app.core.style.ruleset import RuleSet
from app.core.style.engine import ParagraphResult, assemble, check_paragraph, make_context, normal_spans
from app.core.style.kinds import ScanContext
from app.core.style.tokens import clip_spans, paragraphs, speech_spans


class IncrementalChecker:
    """Gives exactly ``check_text``'s result, reusing the work on unchanged paragraphs.

    A paragraph's result is cached by its text and its quote spans; the
    whole-document rules (consistency, quote balance) are decided again
    each time from the cached per-paragraph observations. Not thread-safe:
    use one checker per thread (the editor uses one, on its check worker).
    """

    def __init__(self, ruleset: RuleSet) -> None:
        self.ruleset = ruleset
        self._results: dict[tuple[str, tuple[tuple[int, int], ...]], ParagraphResult] = {}
        self._names: frozenset[str] = frozenset()
        self._ctx: ScanContext = make_context(ruleset, ())

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
            self._names, self._results = names, {}
            self._ctx = make_context(self.ruleset, names)
        spans = normal_spans([*quote_spans, *speech_spans(text)])
        previous, current = self._results, {}
        results: list[tuple[int, ParagraphResult]] = []
        for offset, line in paragraphs(text):
            quotes = clip_spans(spans, offset, offset + len(line)) if spans else ()
            key = (line, quotes)
            result = current.get(key) or previous.get(key)
            if result is None:
                result = check_paragraph(line, quotes, self.ruleset, self._ctx)
            current[key] = result
            results.append((offset, result))
        self._results = current
        return assemble(results, self.ruleset, self._ctx)
