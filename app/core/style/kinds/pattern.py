# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Pattern rules: a regular expression per rule, for punctuation, spacing and numbers.

``pattern`` is searched in the paragraph's own text (case kept; set
``ignore_case``). The flagged span is the group named ``m`` if the pattern
has one (the first named group that matched, if several), else the whole
match. ``replace`` is an ``re`` template
(``\\g<1>``). ``needles`` are plain strings of which at least one must occur
in a paragraph for the pattern to run at all: most paragraphs have no
doubled comma, so most paragraphs cost one substring test, not a regex scan.
With ``once = true`` a rule reports a habit (two spaces after every full
stop) once per text, at its first place, with every other place in
``related``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import RulePackError, words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph


@dataclass(frozen=True, slots=True)
class PatternRule:
    """One compiled pattern rule."""

    rule: str
    regex: re.Pattern[str]
    replace: tuple[str, ...]
    message: str
    needles: tuple[str, ...]
    lowered: bool
    quotes: bool
    once: bool = False

    def scan(self, para: Paragraph) -> list[Hit]:
        haystack = para.lower if self.lowered else para.text
        if self.needles and not any(needle in haystack for needle in self.needles):
            return []
        hits: list[Hit] = []
        for match in self.regex.finditer(para.text):
            start, end = _marked(match)
            inside = para.in_quote(start, end)
            if inside and not self.quotes:
                continue
            replacements = tuple(match.expand(template) for template in self.replace)
            shown = para.text[start:end]
            message = fill(self.message, shown, replacements[0] if replacements else "")
            hits.append(Hit(start, end, self.rule, replacements, message, inside))
        return hits


def _marked(match: re.Match[str]) -> tuple[int, int]:
    """The span of the first named group that took part in the match, else the match."""
    for name in match.re.groupindex:
        if match.start(name) != -1:
            return match.span(name)
    return match.span()


def compile_patterns(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """Compile every enabled pattern rule; a bad pattern names its rule."""
    compiled: list[PatternRule] = []
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        if not enabled(rule["id"]):
            continue
        flags = re.IGNORECASE if rule.get("ignore_case") else 0
        try:
            regex = re.compile(rule["pattern"], flags)
        except (KeyError, re.error) as exc:
            raise RulePackError(f"rule {rule['id']} has no usable pattern: {exc}") from exc
        replace = rule.get("replace", [])
        compiled.append(
            PatternRule(
                rule=rule["id"],
                regex=regex,
                replace=(replace,) if isinstance(replace, str) else tuple(replace),
                message=rule["message"],
                needles=tuple(n.lower() if flags else n for n in words_or_strings(rule)),
                lowered=bool(flags),
                quotes=bool(rule.get("quotes", False)),
                once=bool(rule.get("once", False)),
            )
        )
    return Compiled(
        infos=infos,
        paragraph=PatternKind([r for r in compiled if not r.once]),
        document=OncePerText([r for r in compiled if r.once]),
    )


def words_or_strings(rule: dict[str, Any]) -> list[str]:
    """Needles keep their spaces when given as a list; a string splits on spaces."""
    value = rule.get("needles")
    return list(value) if isinstance(value, list) else words(value)


class PatternKind:
    """Runs every pattern rule over a paragraph."""

    def __init__(self, rules: list[PatternRule]) -> None:
        self.rules = rules

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        hits: list[Hit] = []
        for rule in self.rules:
            hits.extend(rule.scan(para))
        return hits


class OncePerText:
    """Pattern rules reported once per text, with all their places."""

    def __init__(self, rules: list[PatternRule]) -> None:
        self.rules = rules

    def observe(self, para: Paragraph, ctx: ScanContext) -> tuple[tuple[Hit, ...], ...]:
        return tuple(tuple(rule.scan(para)) for rule in self.rules)

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        hits: list[Hit] = []
        for number in range(len(self.rules)):
            places = [
                (offset, hit) for offset, found in observed for hit in found[number]
            ]
            if not places:
                continue
            offset, first = places[0]
            related = tuple((o + h.start, o + h.end) for o, h in places[1:])
            message = first.message.replace("{count}", str(len(places)))
            hits.append(
                first._replace(
                    start=offset + first.start,
                    end=offset + first.end,
                    message=message,
                    related=related,
                )
            )
        return hits
