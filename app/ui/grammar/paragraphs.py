# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Grammar findings kept per paragraph, so that an edit re-checks only the paragraph it touched.

A paragraph is a run of non-blank lines; blank lines separate paragraphs, as
in the pieces LanguageTool is sent. Findings are stored against the
paragraph's exact text with offsets relative to its start (code points), so a
result stays right wherever the paragraph moves (re-anchored) and is simply
not used once the paragraph's text has changed (dropped).

Pure Python, no Qt. ``GrammarFindings`` is immutable and safe on any thread;
``ParagraphCache`` belongs to the GUI thread.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from app.core.grammar import apply_quote_policy, without_disabled_rules
from app.core.grammar.mapping import utf16_length
from app.core.model import Finding

_PARAGRAPH = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")
SEPARATOR = "\n\n"
KEEP_OTHERS = 1000  # paragraphs remembered beyond the current text (undo, switching back)


def paragraphs(text: str) -> list[tuple[int, str]]:
    """``(start, paragraph)`` for each paragraph of ``text``; start in code points."""
    return [(match.start(), match.group()) for match in _PARAGRAPH.finditer(text)]


def batches(texts: Sequence[str], limit_units: int) -> list[tuple[str, ...]]:
    """Consecutive groups of paragraphs whose joined text fits one request of ``limit_units``.

    A paragraph longer than the limit goes alone (the service cuts it further).
    """
    groups: list[tuple[str, ...]] = []
    current: list[str] = []
    units = 0
    for text in texts:
        size = utf16_length(text) + (len(SEPARATOR) if current else 0)
        if current and units + size > limit_units:
            groups.append(tuple(current))
            current, units, size = [], 0, utf16_length(text)
        current.append(text)
        units += size
    if current:
        groups.append(tuple(current))
    return groups


def joined(group: Sequence[str]) -> tuple[str, list[int]]:
    """The paragraphs as one text (blank lines between) and where each starts in it."""
    starts, position = [], 0
    for text in group:
        starts.append(position)
        position += len(text) + len(SEPARATOR)
    return SEPARATOR.join(group), starts


def by_paragraph(
    findings: Iterable[Finding], group: Sequence[str], starts: Sequence[int]
) -> dict[str, tuple[Finding, ...]]:
    """Findings on ``joined(group)`` split back per paragraph, offsets relative to each.

    A finding that does not lie within one paragraph (on the blank line between
    two) belongs to none and is left out.
    """
    found: dict[str, list[Finding]] = {text: [] for text in group}
    for finding in findings:
        index = bisect_right(starts, finding.start) - 1
        if index < 0:
            continue
        start, text = starts[index], group[index]
        if finding.end <= start + len(text):
            found[text].append(shifted(finding, -start))
    return {text: tuple(items) for text, items in found.items()}


def shifted(finding: Finding, delta: int) -> Finding:
    """``finding`` moved by ``delta`` code points, its related spans too."""
    related = tuple((start + delta, end + delta) for start, end in finding.related)
    return replace(finding, start=finding.start + delta, end=finding.end + delta, related=related)


@dataclass(frozen=True, slots=True)
class GrammarFindings:
    """What LanguageTool found, per paragraph text; an immutable snapshot for any thread.

    ``disabled`` are LanguageTool rule ids (``lt.`` optional) left out of the answer.
    """

    by_paragraph: Mapping[str, tuple[Finding, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    disabled: frozenset[str] = frozenset()

    def for_text(self, text: str, quotes: Sequence[tuple[int, int]]) -> list[Finding]:
        """The known findings for ``text`` (code points), under the house quote policy.

        Paragraphs not checked yet, or changed since, contribute nothing.
        """
        if not self.by_paragraph:
            return []
        found: list[Finding] = []
        for start, paragraph in paragraphs(text):
            found += (shifted(f, start) for f in self.by_paragraph.get(paragraph, ()))
        if self.disabled:
            found = without_disabled_rules(found, self.disabled)
        return apply_quote_policy(found, quotes)


class ParagraphCache:
    """Findings per paragraph text, most recently used last; GUI thread only."""

    def __init__(self) -> None:
        self._found: OrderedDict[str, tuple[Finding, ...]] = OrderedDict()

    def __len__(self) -> int:
        return len(self._found)

    def __contains__(self, paragraph: object) -> bool:
        return paragraph in self._found

    def missing(self, text: str, skip: Collection[str] = ()) -> list[str]:
        """Paragraphs of ``text`` not checked yet, in order, each once; ``skip`` left out."""
        seen: set[str] = set()
        wanted: list[str] = []
        for _, paragraph in paragraphs(text):
            if paragraph in self._found or paragraph in seen or paragraph in skip:
                continue
            seen.add(paragraph)
            wanted.append(paragraph)
        return wanted

    def store(self, found: Mapping[str, tuple[Finding, ...]]) -> None:
        for paragraph, findings in found.items():
            self._found[paragraph] = findings
            self._found.move_to_end(paragraph)

    def keep(self, text: str) -> None:
        """Forget the oldest paragraphs that are not in ``text`` beyond ``KEEP_OTHERS``."""
        current = {paragraph for _, paragraph in paragraphs(text)} & self._found.keys()
        for paragraph in current:
            self._found.move_to_end(paragraph)  # the others, oldest first, stay in front
        extra = len(self._found) - len(current) - KEEP_OTHERS
        for paragraph in list(self._found)[: max(extra, 0)]:
            del self._found[paragraph]

    def clear(self) -> None:
        self._found.clear()

    def snapshot(self, disabled: Collection[str] = ()) -> GrammarFindings:
        return GrammarFindings(MappingProxyType(dict(self._found)), frozenset(disabled))
