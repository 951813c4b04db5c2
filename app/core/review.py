# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""One review pass over a text: house-style findings, quote spans, and the desk's decisions.

``ReviewSession`` belongs to one open article. It is not thread-safe: the UI
runs ``review`` on a worker thread, one call at a time, and reads the
returned (immutable) result on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.core.decisions import Decision, split_findings
from app.core.grammar.merge import merge_findings
from app.core.model import Finding
from app.core.quotes import quote_spans
from app.core.reanchor import carry_over

GRAMMAR = "grammar"  # the extra source whose findings give way to the house rules


class Checker(Protocol):
    """What the review needs of a style checker (app.core.style.IncrementalChecker)."""

    def check(
        self, text: str, *, quote_spans: Sequence[tuple[int, int]] = ..., known_names: object = ...
    ) -> list[Finding]: ...


@dataclass(frozen=True, slots=True)
class ReviewResult:
    """Findings for exactly ``text``: those to show, and those a decision dismissed."""

    text: str
    findings: tuple[Finding, ...]
    dismissed: tuple[tuple[Finding, Decision], ...]
    quote_spans: tuple[tuple[int, int], ...]
    raw: tuple[Finding, ...] = field(default=(), repr=False)
    house: tuple[Finding, ...] = field(default=(), repr=False)


class ReviewSession:
    """Reviews successive versions of one article's text."""

    def __init__(self, checker: Checker, decisions: Sequence[Decision] = ()) -> None:
        self.checker = checker
        self.decisions: tuple[Decision, ...] = tuple(decisions)
        self._quote_cache: dict[str, list[tuple[int, int]]] = {}
        # Findings of slower checks, each with the text they were computed on.
        self._extras: dict[str, tuple[str, tuple[Finding, ...]]] = {}

    def set_extra(self, source: str, text: str, findings: Sequence[Finding]) -> None:
        """Findings from a slower check (quotations, grammar) of ``text``, shown with each review.

        They are carried over to later texts by ``app.core.reanchor`` until the
        slower check runs again. Safe to call from the GUI thread while a
        review runs: the mapping is replaced, never mutated.
        """
        extras = dict(self._extras)
        extras[source] = (text, tuple(findings))
        self._extras = extras

    def review(self, text: str) -> ReviewResult:
        """Check ``text`` and apply the decisions. Runs on a worker thread."""
        spans = tuple(quote_spans(text, self._quote_cache))
        house = tuple(self.checker.check(text, quote_spans=spans))
        return self.refilter(ReviewResult(text, (), (), spans, self.combine(text, house), house))

    def recombine(self, result: ReviewResult) -> ReviewResult:
        """``result`` with the slower checks' current findings, without checking again."""
        combined = self.combine(result.text, result.house)
        return self.refilter(
            ReviewResult(result.text, (), (), result.quote_spans, combined, result.house)
        )

    def combine(self, text: str, house: Sequence[Finding]) -> tuple[Finding, ...]:
        """House findings plus the slower checks' findings carried over to ``text``.

        A grammar finding on the same words as a house finding gives way to it
        (``merge_findings``): the house rule knows the house style.
        """
        combined = list(house)
        for source, (old_text, findings) in self._extras.items():
            carried = carry_over(findings, old_text, text)
            if source == GRAMMAR:
                house_set = set(house)
                carried = [f for f in merge_findings(list(house), carried) if f not in house_set]
            combined.extend(carried)
        return tuple(sorted(combined, key=lambda f: (f.start, f.end, f.rule)))

    def refilter(self, result: ReviewResult) -> ReviewResult:
        """Re-apply the current decisions to a result without checking again (cheap)."""
        shown, dismissed = split_findings(result.raw, result.text, self.decisions)
        return ReviewResult(
            result.text,
            tuple(shown),
            tuple(dismissed),
            result.quote_spans,
            result.raw,
            result.house,
        )


def default_checker(disabled: Sequence[str] = ()) -> Checker:
    """The house-style checker with the bundled and the user's rule packs."""
    from app.core.paths import user_paths
    from app.core.style import CheckConfig, IncrementalChecker, load_ruleset

    rules_dir = user_paths().rules
    config = CheckConfig(
        disabled=tuple(disabled), rule_dirs=(rules_dir,) if rules_dir.is_dir() else ()
    )
    return IncrementalChecker(load_ruleset(config))
