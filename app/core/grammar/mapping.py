# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""LanguageTool matches as Copydesk findings: rule ids, categories, severities, offsets.

LanguageTool is Java: its offsets and lengths count UTF-16 units, so every
character outside the Basic Multilingual Plane (most emoji) counts twice.
language-tool-python 3.4.0 already turns ``Match.offset`` into a code-point
offset but leaves ``Match.error_length`` in UTF-16 units, so a match that
covers an emoji would end one code point too late per emoji. ``finding_from_match``
trusts the corrected offset (correcting it again would shift every match after
an emoji) and converts only the end.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Collection
from typing import Protocol

from app.core.model import Finding

RULE_PREFIX = "lt."

# LanguageTool's category ids, mapped onto the house categories (issue 3's contract).
_CATEGORY_BY_LT = {
    "TYPOS": "spelling",
    "CASING": "grammar",
    "CONFUSED_WORDS": "confusable",
    "FALSE_FRIENDS": "confusable",
    "PUNCTUATION": "punctuation",
    "TYPOGRAPHY": "punctuation",
    "REDUNDANCY": "redundancy",
    "REPETITIONS": "repetition",
    "REPETITIONS_STYLE": "repetition",
    "PLAIN_ENGLISH": "wordiness",
    "TEXT_ANALYSIS": "readability",
    "STYLE": "other",
    "CREATIVE_WRITING": "other",
    "WIKIPEDIA": "other",
    "GENDER_NEUTRALITY": "other",
}
# Used when the category id says nothing more specific.
_CATEGORY_BY_ISSUE = {
    "misspelling": "spelling",
    "locale-violation": "spelling",
    "typographical": "punctuation",
    "whitespace": "punctuation",
    "duplication": "repetition",
    "inconsistency": "consistency",
    "numbers": "numbers",
}
# LanguageTool's own colours: red for misspellings, blue for style, yellow for the rest.
_SEVERITY_BY_ISSUE = {
    "misspelling": "error",
    "style": "suggestion",
    "register": "suggestion",
    "locale-violation": "suggestion",
}


class MatchLike(Protocol):
    """The fields of ``language_tool_python.Match`` (3.x, snake_case) that are used."""

    rule_id: str
    message: str
    replacements: list[str]
    offset: int
    error_length: int
    category: str
    rule_issue_type: str


class Utf16Index:
    """Converts between code-point and UTF-16 offsets of one text, in O(log n) each."""

    def __init__(self, text: str) -> None:
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 position of each wide character's first unit.
        self._wide_units = [position + n for n, position in enumerate(self._wide)]
        self.length = len(text)

    def to_units(self, index: int) -> int:
        """UTF-16 offset of code point ``index``."""
        return index + bisect_left(self._wide, index)

    def to_index(self, units: int) -> int:
        """Code-point offset of UTF-16 offset ``units``; the middle of a pair rounds up."""
        whole_pairs_before = bisect_right(self._wide_units, units - 2)
        return min(units - whole_pairs_before, self.length)


def utf16_length(text: str) -> int:
    """Length of ``text`` as Java counts it."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def lt_category(category_id: str, issue_type: str) -> str:
    """The house category nearest to a LanguageTool category id and issue type."""
    if issue_type == "misspelling":
        return "spelling"
    return _CATEGORY_BY_LT.get(category_id) or _CATEGORY_BY_ISSUE.get(issue_type, "grammar")


def lt_severity(issue_type: str) -> str:
    """error, warning or suggestion, from LanguageTool's issue type."""
    return _SEVERITY_BY_ISSUE.get(issue_type, "warning")


def strip_prefix(rule: str) -> str:
    """``lt.EN_A_VS_AN`` and ``EN_A_VS_AN`` both name LanguageTool's rule ``EN_A_VS_AN``."""
    return rule.strip().removeprefix(RULE_PREFIX)


def finding_from_match(
    match: MatchLike, index: Utf16Index, *, base: int = 0, max_replacements: int = 5
) -> Finding | None:
    """The finding for one match of the text ``index`` was built on, shifted by ``base``.

    ``match.offset`` must already be in code points (language-tool-python does
    that); ``match.error_length`` is in UTF-16 units. Returns None for a match
    that does not lie within the text (a server that answered for other text).
    """
    start = int(match.offset)
    length = int(match.error_length)
    if start < 0 or length < 0 or start > index.length:
        return None
    end = index.to_index(index.to_units(start) + length)
    issue = str(match.rule_issue_type or "")
    category_id = str(match.category or "")
    return Finding(
        start=base + start,
        end=base + end,
        rule=RULE_PREFIX + str(match.rule_id),
        category=lt_category(category_id, issue),
        severity=lt_severity(issue),
        message=" ".join(str(match.message).split()),
        replacements=_replacements(match.replacements, max_replacements),
        explanation=f"Suggested by LanguageTool (rule {match.rule_id}, category {category_id}).",
    )


def _replacements(values: Collection[str], cap: int) -> tuple[str, ...]:
    seen: list[str] = []
    for value in values:
        if isinstance(value, str) and value not in seen:
            seen.append(value)
        if len(seen) >= cap:
            break
    return tuple(seen)
