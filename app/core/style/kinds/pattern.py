# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Pattern rules: a regular expression per rule, for punctuation, spacing and numbers.

``pattern`` (one expression, or a list searched in turn) is searched in the
paragraph's own text (case kept; set ``ignore_case``). The flagged span is
the group named ``m`` if the pattern has one (the first named group that
matched, if several), else the whole match. ``replace`` is an ``re``
template (``\\g<1>``). ``needles`` are plain strings of which at least one must
occur in a paragraph for the pattern to run at all: most paragraphs have no
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

import ahocorasick

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import RulePackError, words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph


@dataclass(frozen=True)
class PatternRule:
    """One compiled pattern rule."""

    rule: str
    regexes: tuple[re.Pattern[str], ...]
    replace: tuple[str, ...]
    message: str
    needles: re.Pattern[str] | None
    lowered: bool
    quotes: bool
    once: bool = False

    def spans(self, para: Paragraph) -> tuple[tuple[int, int], ...]:
        """Where the rule matches (outside quotes unless it opts in); no messages built."""
        haystack = para.lower if self.lowered else para.text
        if self.needles is not None and self.needles.search(haystack) is None:
            return ()
        found = (_marked(m) for regex in self.regexes for m in regex.finditer(para.text))
        return tuple(span for span in found if self.quotes or not para.in_quote(*span))

    def scan(self, para: Paragraph) -> list[Hit]:
        haystack = para.lower if self.lowered else para.text
        if self.needles is not None and self.needles.search(haystack) is None:
            return []
        hits: list[Hit] = []
        for match in (m for regex in self.regexes for m in regex.finditer(para.text)):
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
    needles: list[list[str]] = []
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        if not enabled(rule["id"]):
            continue
        flags = re.IGNORECASE if rule.get("ignore_case") else 0
        try:
            sources = rule["pattern"]
            sources = [sources] if isinstance(sources, str) else list(sources)
            regexes = tuple(re.compile(source, flags) for source in sources)
        except (KeyError, TypeError, re.error) as exc:
            raise RulePackError(f"rule {rule['id']} has no usable pattern: {exc}") from exc
        replace = rule.get("replace", [])
        rule_needles = [n.lower() if flags else n for n in words_or_strings(rule)]
        needles.append([] if flags else rule_needles)
        compiled.append(
            PatternRule(
                rule=rule["id"],
                regexes=regexes,
                replace=(replace,) if isinstance(replace, str) else tuple(replace),
                message=rule["message"],
                needles=_needle_pattern(rule_needles),
                lowered=bool(flags),
                quotes=bool(rule.get("quotes", False)),
                once=bool(rule.get("once", False)),
            )
        )
    return Compiled(
        infos=infos,
        paragraph=PatternKind(
            [r for r in compiled if not r.once],
            [n for r, n in zip(compiled, needles, strict=True) if not r.once],
        ),
        document=OncePerText([r for r in compiled if r.once]),
    )


def _needle_pattern(needles: list[str]) -> re.Pattern[str] | None:
    """One expression finding any needle: a single C-level scan per paragraph."""
    if not needles:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(needles, key=len, reverse=True)))


def words_or_strings(rule: dict[str, Any]) -> list[str]:
    """Needles keep their spaces when given as a list; a string splits on spaces."""
    value = rule.get("needles")
    return list(value) if isinstance(value, list) else words(value)


class PatternKind:
    """Runs every pattern rule over a paragraph.

    Rules whose needles are all rare (",," or "--", not "," or a digit) share
    one gate: an Aho-Corasick scan for all their needles at once, so a clean
    paragraph costs one pass for all of them. Rules with a one-character
    needle run directly: their expression starts with that character anyway.
    """

    def __init__(self, rules: list[PatternRule], needles: list[list[str]]) -> None:
        self.rules = rules
        self.always = [r for r, n in zip(rules, needles, strict=True) if not _rare(n)]
        self.gate = ahocorasick.Automaton()
        gated = 0
        for number, rule_needles in enumerate(needles):
            if _rare(rule_needles):
                gated += 1
                for needle in rule_needles:
                    if self.gate.exists(needle):
                        self.gate.add_word(needle, (*self.gate.get(needle), number))
                    else:
                        self.gate.add_word(needle, (number,))
        if gated:
            self.gate.make_automaton()
        else:
            self.gate = None

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        hits: list[Hit] = []
        for rule in self.always:
            hits.extend(rule.scan(para))
        if self.gate is not None:
            wanted = {n for _, numbers in self.gate.iter(para.text) for n in numbers}
            for number in sorted(wanted):
                hits.extend(self.rules[number].scan(para))
        return hits


def _rare(needles: list[str]) -> bool:
    """True when there are needles and each is at least two characters long."""
    return bool(needles) and all(len(needle) >= 2 for needle in needles)


class OncePerText:
    """Pattern rules reported once per text, with all their places."""

    def __init__(self, rules: list[PatternRule]) -> None:
        self.rules = rules

    def observe(self, para: Paragraph, ctx: ScanContext) -> tuple[tuple[tuple[int, int], ...], ...]:
        """Each rule's spans here (or () if none); the finding is built once, in ``finish``."""
        found = tuple(rule.spans(para) for rule in self.rules)
        return found if any(found) else ()

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        hits: list[Hit] = []
        for number, rule in enumerate(self.rules):
            places = [
                (offset + start, offset + end)
                for offset, found in observed
                if found
                for start, end in found[number]
            ]
            if not places:
                continue
            start, end = places[0]
            message = rule.message.replace("{count}", str(len(places)))
            replacements = tuple(r for r in rule.replace if "\\" not in r)
            hits.append(Hit(start, end, rule.rule, replacements, message, False, tuple(places[1:])))
        return hits
