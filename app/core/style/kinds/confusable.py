# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Confusable words decided from their context.

A rule names the word forms that may be wrong and the form meant instead
(``diffused>defused``), and the context that shows the wrong one was used:
words near it (``near``, ``before``, ``after``, within ``window`` words of
the same sentence), the word right before or after it (``prev``, ``next``),
and vetoes (``unless_*``). A cue ending in ``*`` matches any word it starts
(``tension*``); ``@det``, ``@modal`` and the other classes below stand for
small closed word classes, the "part of speech" evidence. It flags when a
cue matches, every ``and_*`` list present matches too, and no veto does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import words
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph, match_case

WORD_CLASSES = {
    "@det": "a an the this that these those its their his her our your my some any no every "
    "each another such what whose which",
    "@modal": "will would can could may might must shall should cannot can't won't wouldn't "
    "couldn't shouldn't mustn't",
    "@do": "do does did don't doesn't didn't",
    "@be": "be is are was were been being am isn't aren't wasn't weren't it's that's",
    "@have": "have has had having haven't hasn't hadn't",
    "@pron": "i you he she it we they me him us them who",
    "@prep": "of in on at by for with from into onto about over under between through "
    "during against among without within",
    "@adv": "very so too more most less least quite rather highly fairly extremely",
    "@to": "to",
}
CUES = ("near", "before", "after", "prev", "next")
VETOES = ("unless_near", "unless_before", "unless_after", "unless_prev", "unless_next")
REQUIRED = ("and_near", "and_before", "and_after", "and_prev", "and_next")


@dataclass(frozen=True)
class WordSet:
    """Exact words plus prefixes (from ``word*`` cues)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def has(self, word: str) -> bool:
        return word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes))

    @classmethod
    def parse(cls, value: Any) -> WordSet:
        exact: set[str] = set()
        prefixes: list[str] = []
        for item in words(value):
            item = item.lower().replace("\u2019", "'")
            if item in WORD_CLASSES:
                exact.update(WORD_CLASSES[item].split())
            elif item.endswith("*"):
                prefixes.append(item[:-1])
            else:
                exact.add(item)
        return cls(frozenset(exact), tuple(prefixes))


@dataclass(frozen=True)
class Confusion:
    """One compiled confusable rule."""

    rule: str
    message: str
    window: int
    quotes: bool
    cues: dict[str, WordSet]
    # Every word a positive cue could match: a context with none of them (and
    # no prefix cue) cannot fire, which settles most occurrences in C.
    any_exact: frozenset[str] = frozenset()
    any_prefix: tuple[str, ...] = ()

    def may_fire(self, words: list[str]) -> bool:
        """False when no positive cue can match any of ``words``."""
        if not self.any_exact.isdisjoint(words):
            return True
        prefixes = self.any_prefix
        return bool(prefixes) and any(w.startswith(prefixes) for w in words)

    def fires(self, before: list[str], after: list[str], vetoes: bool = True) -> bool:
        """True when the context words call for the other word.

        With ``vetoes=False`` only the positive and required cues are tested:
        a cheap first pass over a context that may run past the sentence.
        """
        seen = {
            "near": before + after,
            "before": before,
            "after": after,
            "prev": before[-1:],
            "next": after[:1],
        }
        if not any(self._any(self.cues.get(name), seen[name]) for name in CUES):
            return False
        for name in REQUIRED:
            if name in self.cues and not self._any(self.cues[name], seen[name[4:]]):
                return False
        if not vetoes:
            return True
        return not any(self._any(self.cues.get(name), seen[name[7:]]) for name in VETOES)

    @staticmethod
    def _any(cue: WordSet | None, seen: list[str]) -> bool:
        return bool(cue) and any(cue.has(word) for word in seen)  # type: ignore[union-attr]


def compile_confusables(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """Index every enabled rule by the word forms that trigger it."""
    triggers: dict[str, list[tuple[str, Confusion]]] = {}
    infos: list[RuleInfo] = []
    for rule in rules:
        forms = _forms(rule.get("forms"))
        first = next(iter(forms.items()), ("", ""))
        infos.append(make_info(rule, replacements=(first[1],) if first[1] else ()))
        if not enabled(rule["id"]):
            continue
        cues = {name: WordSet.parse(rule.get(name)) for name in CUES + VETOES + REQUIRED}
        positive = [cues[name] for name in CUES if cues[name]]
        confusion = Confusion(
            rule=rule["id"],
            message=rule["message"],
            window=int(rule.get("window", 4)),
            quotes=bool(rule.get("quotes", False)),
            cues={name: cue for name, cue in cues.items() if cue},
            any_exact=frozenset().union(*(cue.exact for cue in positive)),
            any_prefix=tuple(p for cue in positive for p in cue.prefixes),
        )
        for wrong, right in forms.items():
            triggers.setdefault(wrong, []).append((right, confusion))
    return Compiled(infos=infos, paragraph=ConfusableKind(triggers))


def _forms(value: Any) -> dict[str, str]:
    """``"diffuse>defuse diffused>defused"`` (or a table) as a dict of lowered forms.

    In the string form an underscore stands for a space (``everyday>every_day``).
    """
    if isinstance(value, dict):
        return {str(k).lower(): str(v) for k, v in value.items()}
    pairs = (item.split(">", 1) for item in words(value))
    return {wrong.lower(): right.replace("_", " ") for wrong, right in pairs}


class ConfusableKind:
    """Flags a trigger word whose context says the other word was meant."""

    def __init__(self, triggers: dict[str, list[tuple[str, Confusion]]]) -> None:
        self.triggers = triggers
        self.keys = frozenset(triggers)

    def scan(self, para: Paragraph, ctx: ScanContext) -> list[Hit]:
        present = self.keys & para.wordset
        if not present:
            return []
        lows = para.lows
        hits: list[Hit] = []
        for index in [i for i, word in enumerate(lows) if word in present]:
            for right, confusion in self.triggers[lows[index]]:
                window = confusion.window
                around = lows[max(0, index - window) : index + 1 + window]
                if not confusion.may_fire(around):
                    continue
                rough = lows[max(0, index - window) : index], lows[index + 1 : index + 1 + window]
                if not confusion.fires(*rough, vetoes=False):
                    continue
                hit = self._exact(para, index, right, confusion)
                if hit is not None:
                    hits.append(hit)
                    break
        return hits

    @staticmethod
    def _exact(para: Paragraph, index: int, right: str, confusion: Confusion) -> Hit | None:
        """The full test, within the sentence, once the cheap test has passed."""
        starts, ends, _ = para.words
        start, end = starts[index], ends[index]
        original = para.text[start:end]
        if original[0].isupper() and not para.sentence_start(index):
            return None  # a name or title ("Principal Financial", "Pour Moi")
        if not confusion.quotes and para.in_quote(start, end):
            return None
        if not confusion.fires(*_context(para, index, confusion.window)):
            return None
        replacement = match_case(original, right)
        message = fill(confusion.message, original, replacement)
        return Hit(start, end, confusion.rule, (replacement,), message)


def _context(para: Paragraph, index: int, window: int) -> tuple[list[str], list[str]]:
    """Up to ``window`` lowered words each side of word ``index``, within its sentence."""
    starts, ends, lows = para.words
    before: list[str] = []
    position = index - 1
    while position >= 0 and len(before) < window:
        if not para.same_sentence(ends[position], starts[position + 1]):
            break
        before.append(lows[position])
        position -= 1
    before.reverse()
    after: list[str] = []
    position = index + 1
    while position < len(lows) and len(after) < window:
        if not para.same_sentence(ends[position - 1], starts[position]):
            break
        after.append(lows[position])
        position += 1
    return before, after
