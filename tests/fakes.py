# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""A small, honest stand-in checker for UI plumbing tests (the real engine has its own tests)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.model import Finding

PATTERNS = (
    (
        re.compile(r"\bdiffuse\b"),
        "house.confused.diffuse-defuse",
        "confusable",
        "error",
        "Did you mean “defuse”?",
        ("defuse",),
    ),
    (
        re.compile(r"\bin order to\b", re.IGNORECASE),
        "house.wordiness.in-order-to",
        "wordiness",
        "suggestion",
        "Wordy: “to” says the same.",
        ("to",),
    ),
)


class PatternChecker:
    """Flags two fixed patterns anywhere outside quotations; counts its calls."""

    def __init__(self) -> None:
        self.calls = 0

    def check(
        self, text: str, *, quote_spans: Sequence[tuple[int, int]] = (), known_names: object = ()
    ) -> list[Finding]:
        self.calls += 1
        found = []
        for pattern, rule, category, severity, message, fixes in PATTERNS:
            for match in pattern.finditer(text):
                inside = any(s <= match.start() < e for s, e in quote_spans)
                if not inside:
                    found.append(
                        Finding(
                            match.start(), match.end(), rule, category, severity, message, fixes
                        )
                    )
        return sorted(found, key=lambda f: (f.start, f.end, f.rule))
