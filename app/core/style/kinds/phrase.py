# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Phrase rules: fixed words or phrases to flag, each with its preferred wording.

All phrases of all phrase rules go into one Aho-Corasick automaton
(pyahocorasick), searched once per paragraph over its lowered text: about
0.1 s per million words for thousands of phrases, where one regex
alternation of the same phrases takes seconds. A group rule's phrases each
get their own id (``group.slug``) so that a desk can dismiss or disable one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import ahocorasick

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import expand, slug, words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph, lowered, match_case


@dataclass(frozen=True)
class Entry:
    """One phrase of one rule, as stored in the automaton."""

    rule: str
    phrase: str
    replacements: tuple[str, ...]
    message: str
    quotes: bool
    case_sensitive: bool
    unless_prev: frozenset[str]
    unless_next: frozenset[str]


def compile_phrases(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """Build one automaton over every enabled phrase of ``rules``."""
    automaton = ahocorasick.Automaton()
    table: dict[str, list[Entry]] = {}
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        for pattern, value in rule.get("phrases", {}).items():
            options = value if isinstance(value, dict) else {"replace": value}
            entry_id = f"{rule['id']}.{slug(expand(pattern)[0])}"
            if not enabled(entry_id):
                continue
            _add_entry(rule, entry_id, pattern, options, table, infos)
    for key, entries in table.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    if table:
        automaton.make_automaton()
    return Compiled(infos=infos, paragraph=PhraseKind(automaton if table else None))


def _add_entry(
    rule: dict[str, Any],
    entry_id: str,
    pattern: str,
    options: dict[str, Any],
    table: dict[str, list[Entry]],
    infos: list[RuleInfo],
) -> None:
    variants = expand(pattern)
    raw = options.get("replace", [])
    replacements = [raw] if isinstance(raw, str) else list(raw)
    # "utiliz{e,ed}" = "us{e,ed}": the n-th form of the phrase maps to the n-th replacement.
    paired = [expand(r) for r in replacements]
    for index, variant in enumerate(variants):
        chosen = tuple(
            (forms[index] if len(forms) == len(variants) else forms[0]) for forms in paired
        )
        chosen = tuple(r for r in chosen if r)
        message = options.get("message", rule["message"])
        entry = Entry(
            rule=entry_id,
            phrase=variant,
            replacements=chosen,
            message=message,
            quotes=bool(options.get("quotes", rule.get("quotes", False))),
            case_sensitive=bool(options.get("case_sensitive", rule.get("case_sensitive", False))),
            unless_prev=frozenset(words(options.get("unless_prev", rule.get("unless_prev")))),
            unless_next=frozenset(words(options.get("unless_next", rule.get("unless_next")))),
        )
        table.setdefault(lowered(variant), []).append(entry)
        if index == 0:
            infos.append(
                make_info(
                    rule,
                    id=entry_id,
                    message=fill(message, variant, chosen[0] if chosen else ""),
                    replacements=chosen,
                    flag_examples=(),
                    pass_examples=(),
                )
            )


class PhraseKind:
    """Finds every enabled phrase at word boundaries, longest match winning."""

    def __init__(self, automaton: Any) -> None:
        self.automaton = automaton

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        if self.automaton is None:
            return []
        text, low = para.text, para.lower
        found: list[tuple[int, int, Entry]] = []
        for last, (length, entries) in self.automaton.iter(low):
            end = last + 1
            start = end - length
            if not _bounded(low, start, end):
                continue
            for entry in entries:
                if self._applies(entry, para, start, end):
                    found.append((start, end, entry))
        if not found:
            return []
        return [self._hit(para, text, start, end, entry) for start, end, entry in _longest(found)]

    @staticmethod
    def _applies(entry: Entry, para: Paragraph, start: int, end: int) -> bool:
        if entry.case_sensitive and para.text[start:end] != entry.phrase:
            return False
        if not entry.quotes and para.in_quote(start, end):
            return False
        if entry.unless_prev and _word_before(para.lower, start) in entry.unless_prev:
            return False
        return not (entry.unless_next and _word_after(para.lower, end) in entry.unless_next)

    @staticmethod
    def _hit(para: Paragraph, text: str, start: int, end: int, entry: Entry) -> Hit:
        matched = text[start:end]
        replacements = tuple(match_case(matched, r) for r in entry.replacements)
        message = fill(entry.message, matched, replacements[0] if replacements else "")
        inside = entry.quotes and para.in_quote(start, end)
        return Hit(start, end, entry.rule, replacements, message, inside)


def _bounded(low: str, start: int, end: int) -> bool:
    """True when ``low[start:end]`` is whole words (not part of a longer word or compound)."""
    if start > 0:
        before = low[start - 1]
        if before.isalnum() or (before in "-'" and start > 1 and low[start - 2].isalnum()):
            return False
    if end < len(low):
        after = low[end]
        if after.isalnum() or (after == "-" and end + 1 < len(low) and low[end + 1].isalnum()):
            return False
    return True


def _longest(found: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Drop matches lying inside a longer match (``point in time`` in ``at this point in time``)."""
    found.sort(key=lambda item: (item[0], -item[1]))
    kept: list[tuple[int, int, Entry]] = []
    reach = -1
    for start, end, entry in found:
        if end <= reach and not (kept and kept[-1][0] == start and kept[-1][1] == end):
            continue
        kept.append((start, end, entry))
        reach = max(reach, end)
    return kept


def _word_before(low: str, position: int) -> str:
    head = low[max(0, position - 40) : position].rstrip()
    parts = head.split()
    return parts[-1].strip("\"'(\u201c\u201d,;:") if parts else ""


def _word_after(low: str, position: int) -> str:
    parts = low[position : position + 40].split(None, 1)
    return parts[0].strip("\"'),.;:!?\u201c\u201d") if parts else ""
