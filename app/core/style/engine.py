# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The check itself: paragraphs scanned one by one, then the whole-text rules.

Pure functions over plain data: safe on any thread. Offsets are code
points of the checked text, end exclusive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.model import Finding
from app.core.style.kinds import ScanContext
from app.core.style.rules import Hit
from app.core.style.ruleset import RuleSet
from app.core.style.tokens import Paragraph, clip_spans, paragraphs, speech_spans


@dataclass(frozen=True, slots=True)
class ParagraphResult:
    """What checking one paragraph gave: hits and each document kind's observation."""

    hits: tuple[Hit, ...]
    observations: tuple[Any, ...]


EMPTY = ParagraphResult((), ())


def make_context(ruleset: RuleSet, known_names: Iterable[str]) -> ScanContext:
    """The scan context for a check: the lexicon plus the words of ``known_names``."""
    allowed: set[str] = set()
    for name in known_names:
        for part in name.lower().replace("\u2019", "'").replace("-", " ").split():
            allowed.add(part.strip(".,\"'()"))
    return ScanContext(ruleset.lexicon, frozenset(allowed))  # type: ignore[arg-type]


def normal_spans(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quote spans sorted, with overlapping or touching spans merged."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def check_paragraph(
    line: str, quotes: Sequence[tuple[int, int]], ruleset: RuleSet, ctx: ScanContext
) -> ParagraphResult:
    """Scan one paragraph (one line, no newline) with every kind."""
    if not line.strip():
        return EMPTY
    para = Paragraph(line, quotes)
    hits: list[Hit] = []
    for kind in ruleset.paragraph_kinds:
        hits.extend(kind.scan(para, ctx))
    observations = tuple(kind.observe(para, ctx) for kind in ruleset.document_kinds)
    return ParagraphResult(tuple(hits), observations)


Observed = list[tuple[int, Any]]


def observed_lists(
    results: Sequence[tuple[int, ParagraphResult]], ruleset: RuleSet
) -> list[Observed]:
    """For each document kind, ``(offset, observation)`` of the paragraphs with one.

    Empty observations are left out (a kind with ``dense = True`` gets them
    all), so a kind's ``finish`` costs what the paragraphs it cares about cost.
    """
    live = [(offset, result) for offset, result in results if result.observations]
    if not live:
        return [[] for _ in ruleset.document_kinds]
    offsets = [offset for offset, _ in live]
    columns = list(zip(*[result.observations for _, result in live], strict=True))
    return [
        list(zip(offsets, column, strict=True))
        if getattr(kind, "dense", False)
        else [(offset, seen) for offset, seen in zip(offsets, column, strict=True) if seen]
        for kind, column in zip(ruleset.document_kinds, columns, strict=True)
    ]


def paragraph_findings(
    results: Sequence[tuple[int, ParagraphResult]], ruleset: RuleSet
) -> list[Finding]:
    """The paragraph kinds' findings, in paragraph order, at absolute offsets."""
    findings: list[Finding] = []
    infos = ruleset.infos
    for offset, result in results:
        if result.hits:
            findings.extend(_finding(hit, offset, infos) for hit in result.hits)
    return findings


def assemble(
    results: Sequence[tuple[int, ParagraphResult]],
    ruleset: RuleSet,
    ctx: ScanContext,
    observed: list[Observed] | None = None,
    found: list[Finding] | None = None,
) -> list[Finding]:
    """Findings from per-paragraph results plus the document kinds, sorted.

    ``observed`` and ``found`` (the paragraph findings) may be given: the
    incremental checker keeps them up to date; otherwise they are gathered.
    """
    findings = list(found) if found is not None else paragraph_findings(results, ruleset)
    if observed is None:
        observed = observed_lists(results, ruleset)
    for kind, seen in zip(ruleset.document_kinds, observed, strict=True):
        findings.extend(document_findings(kind, seen, ruleset, ctx))
    return sort_findings(findings)


def document_findings(
    kind: Any, seen: Observed, ruleset: RuleSet, ctx: ScanContext
) -> list[Finding]:
    """One document kind's findings (absolute offsets) from its observations ``seen``."""
    infos = ruleset.infos
    return [_finding(hit, 0, infos) for hit in kind.finish(seen, ctx)]


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """``findings`` sorted in place by (start, end, rule), the order every check returns."""
    findings.sort(key=_order)
    return findings


def _order(f: Finding) -> tuple[int, int, str]:
    return (f.start, f.end, f.rule)


def _finding(hit: Hit, offset: int, infos: dict[str, Any]) -> Finding:
    info = infos[hit.rule]
    related = hit.related
    if offset and related:
        related = tuple([(s + offset, e + offset) for s, e in related])
    return Finding(
        hit.start + offset,
        hit.end + offset,
        hit.rule,
        info.category,
        info.severity,
        hit.message or info.message,
        hit.replacements,
        info.explanation,
        info.url,
        hit.inside_quote,
        related,
    )


def check_text(
    text: str,
    ruleset: RuleSet,
    *,
    quote_spans: Sequence[tuple[int, int]] = (),
    known_names: Iterable[str] = (),
) -> list[Finding]:
    """Every finding in ``text``, sorted by (start, end, rule)."""
    ctx = make_context(ruleset, known_names)
    spans = normal_spans([*quote_spans, *speech_spans(text)])
    return assemble(line_results(text, spans, ruleset, ctx), ruleset, ctx)


def line_results(
    text: str,
    spans: Sequence[tuple[int, int]],
    ruleset: RuleSet,
    ctx: ScanContext,
    base: int = 0,
) -> list[tuple[int, ParagraphResult]]:
    """``(offset, result)`` of every line of ``text``, which starts at ``base`` of the
    whole text; ``spans`` are the whole text's normalised quote spans."""
    results: list[tuple[int, ParagraphResult]] = []
    for offset, line in paragraphs(text):
        offset += base
        quotes = clip_spans(spans, offset, offset + len(line)) if spans else ()
        results.append((offset, check_paragraph(line, quotes, ruleset, ctx)))
    return results
