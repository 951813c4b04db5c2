# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Findings about quotations for the findings panel.

Rule ids are stable: ``quotes.unattributed``, ``quotes.unbalanced``,
``quotes.altered-unverified``, ``quotes.speaker-inconsistent``,
``quotes.first-reference`` and ``quotes.anonymous``. Verification status lives
in storage, so the caller passes the texts of the quotations already verified.
"""

from __future__ import annotations

from collections.abc import Container

from app.core.model import Finding
from app.core.quotes.model import QuoteAnalysis

_SEVERITIES = ("error", "warning", "suggestion")


def quote_findings(
    analysis: QuoteAnalysis,
    text: str,
    *,
    anonymous_severity: str = "warning",
    verified: Container[str] = frozenset(),
) -> list[Finding]:
    """Flags for ``analysis`` of ``text``, sorted by position.

    ``anonymous_severity`` is house policy for unnamed sources (error,
    warning or suggestion; "off" drops the flag). ``verified`` holds the
    ``Quote.text`` of quotations already checked against a source, which
    silences their altered-quote flag.
    """
    findings: list[Finding] = []
    for quote in analysis.quotes:
        if not quote.direct:
            continue
        if quote.speaker is None and not quote.continued:
            findings.append(
                Finding(
                    quote.start,
                    quote.end,
                    "quotes.unattributed",
                    "other",
                    "warning",
                    "This quotation is not attributed to anyone.",
                    explanation="Readers need to know who said it. Name the speaker, or cut "
                    "the quotation marks if these are not someone's words.",
                    inside_quote=True,
                )
            )
        if quote.altered and quote.text not in verified:
            findings.append(
                Finding(
                    quote.start,
                    quote.end,
                    "quotes.altered-unverified",
                    "other",
                    "warning",
                    "This quotation is altered (brackets or an ellipsis) and not yet verified.",
                    explanation="Check the changed words against the recording or notes, then "
                    "mark the quotation verified.",
                    inside_quote=True,
                )
            )
    for at in analysis.unbalanced:
        findings.append(
            Finding(
                at,
                at + 1,
                "quotes.unbalanced",
                "punctuation",
                "error",
                "This quotation mark has no partner.",
                explanation="An opening mark needs a closing one in the same paragraph, or an "
                "opening mark at the start of the next paragraph if the quotation goes on.",
            )
        )
    for variant in analysis.variants:
        what = "name" if variant.field == "name" else "title"
        findings.append(
            Finding(
                variant.start,
                variant.end,
                "quotes.speaker-inconsistent",
                "consistency",
                "warning",
                f"This source's {what} differs from the first reference: "
                f"“{variant.found}” against “{variant.expected}”.",
                replacements=(variant.expected,) if variant.field == "name" else (),
                explanation="Use one spelling of a source's name and one title throughout.",
            )
        )
    for late in analysis.late_names:
        findings.append(
            Finding(
                late.start,
                late.end,
                "quotes.first-reference",
                "consistency",
                "warning",
                f"“{late.found}” is quoted here before the piece gives the full name, "
                f"“{late.expected}”.",
                replacements=(late.expected,),
                explanation="Give a source's full name (and title) on first reference and "
                "the surname after that, so readers know who is speaking from the start.",
            )
        )
    findings.extend(_anonymous(analysis, anonymous_severity))
    findings.sort(key=lambda f: (f.start, f.end, f.rule))
    return findings


def _anonymous(analysis: QuoteAnalysis, severity: str) -> list[Finding]:
    if severity not in _SEVERITIES:
        return []
    findings: list[Finding] = []
    seen: set[str] = set()
    for quote in analysis.quotes:
        if not quote.anonymous or quote.speaker in seen or quote.attribution is None:
            continue
        seen.add(quote.speaker or "")
        start, end = quote.attribution
        findings.append(
            Finding(
                start,
                end,
                "quotes.anonymous",
                "other",
                severity,
                f"Anonymous source: “{quote.speaker}”.",
                explanation="House policy asks why the source cannot be named, and that the "
                "editor knows who it is.",
            )
        )
    return findings
