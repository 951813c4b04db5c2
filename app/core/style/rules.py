# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""What a rule is, once loaded: its id, wording, severity and examples.

Rules are data (``resources/rules/*.toml``); the kinds in ``kinds/`` are the
code that finds them. A kind reports a ``Hit`` with offsets relative to the
paragraph it scanned; the engine turns hits into ``Finding`` values.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

CATEGORIES = frozenset(
    {
        "confusable",
        "redundancy",
        "wordiness",
        "cliche",
        "repetition",
        "punctuation",
        "numbers",
        "consistency",
        "spelling",
        "grammar",
        "readability",
        "other",
    }
)
# "info" is below every --fail-on level: it informs and never fails a check.
SEVERITIES = ("error", "warning", "suggestion", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}


@dataclass(frozen=True)
class RuleInfo:
    """A rule as the UI shows it (tooltip, rule browser) and the tests run it.

    (No slots: thousands are unpickled at start-up, and plain instances
    unpickle several times faster.) ``flag_examples`` must each produce a
    finding of this rule;
    ``pass_examples`` must produce none. ``quotes`` is True when the rule
    also applies inside direct quotations.
    """

    id: str
    kind: str
    category: str
    severity: str
    message: str
    explanation: str = ""
    url: str = ""
    replacements: tuple[str, ...] = ()
    flag_examples: tuple[str, ...] = ()
    pass_examples: tuple[str, ...] = ()
    quotes: bool = False
    pack: str = ""


class Hit(NamedTuple):
    """One match of a rule in a paragraph; offsets relative to the paragraph."""

    start: int
    end: int
    rule: str
    replacements: tuple[str, ...] = ()
    message: str = ""
    inside_quote: bool = False
    related: tuple[tuple[int, int], ...] = ()


def covered_by(rule_id: str, prefixes: tuple[str, ...]) -> bool:
    """True when ``rule_id`` is one of ``prefixes`` or lies under one (dotted)."""
    return any(rule_id == p or rule_id.startswith(p.rstrip(".") + ".") for p in prefixes)


def make_info(rule: dict[str, object], **overrides: object) -> RuleInfo:
    """A RuleInfo from a validated rule table; ``overrides`` replace its fields."""
    values: dict[str, object] = {
        "id": rule["id"],
        "kind": rule["kind"],
        "category": rule["category"],
        "severity": rule["severity"],
        "message": rule["message"],
        "explanation": rule.get("explanation", ""),
        "url": rule.get("url", ""),
        "replacements": tuple(_strings(rule.get("replacements"))),
        "flag_examples": tuple(_strings(rule.get("flag"))),
        "pass_examples": tuple(_strings(rule.get("pass"))),
        "quotes": bool(rule.get("quotes", False)),
        "pack": rule.get("pack", ""),
    }
    values.update(overrides)
    return RuleInfo(**values)  # type: ignore[arg-type]


def _strings(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value]  # type: ignore[attr-defined]


def fill(template: str, match: str, replacement: str = "") -> str:
    """A message with ``{match}`` and ``{replacement}`` filled in (other braces kept)."""
    return template.replace("{match}", match).replace("{replacement}", replacement)
