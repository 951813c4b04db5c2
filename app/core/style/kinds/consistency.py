# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Consistency within the piece: one word written two ways, a name spelled two ways.

Each is reported once, at the first place of the less preferred form, with
every place of every form in ``related``. Both kinds are document kinds:
paragraphs are observed one at a time (and cached), the decision is made
over all observations.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.loader import expand, slug
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import WORD, Paragraph, lowered


@dataclass(frozen=True)
class Form:
    """One written form: its set (rule id), which variant, which inflection."""

    rule: str
    variant: int
    inflection: int
    word: str = ""
    name: bool = False


class Seen:
    """One paragraph's observation for a consistency kind, with a memo of places.

    The memo keeps the offsets worked out in ``finish``; the incremental
    checker keeps this object for unchanged paragraphs, so they are found once.
    """

    __slots__ = ("found", "keys", "memo", "quotes", "text")

    def __init__(
        self, text: str, quotes: Any, found: Any, keys: frozenset[Any] = frozenset()
    ) -> None:
        self.text, self.quotes, self.found, self.keys = text, quotes, found, keys
        self.memo: dict[Any, Any] = {}

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Seen) and (self.text, self.quotes, self.found) == (
            other.text,
            other.quotes,
            other.found,
        )

    __hash__ = None  # type: ignore[assignment]

    def __bool__(self) -> bool:
        return bool(self.found)


_NOTHING = Seen("", (), ())


def compile_variants(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """Index every form of every enabled variant set."""
    forms: dict[str, Form] = {}
    spelled: dict[str, list[list[str]]] = {}
    messages: dict[str, tuple[str, bool]] = {}
    infos: list[RuleInfo] = []
    for rule in rules:
        infos.append(make_info(rule))
        for variants in rule.get("sets", []):
            expanded = [expand(v) for v in variants]
            set_id = f"{rule['id']}.{slug(expanded[0][0])}"
            if not enabled(set_id):
                continue
            infos.append(_set_info(rule, set_id, expanded))
            spelled[set_id] = expanded
            messages[set_id] = (rule["message"], rule.get("prefer", "first") == "first")
            for variant, inflections in enumerate(expanded):
                for inflection, word in enumerate(inflections):
                    name = bool(rule.get("names", False))
                    forms.setdefault(
                        word.lower(), Form(set_id, variant, inflection, word.lower(), name)
                    )
    return Compiled(infos=infos, document=Variants(forms, spelled, messages))


def _set_info(rule: dict[str, Any], set_id: str, expanded: list[list[str]]) -> RuleInfo:
    names = " / ".join(v[0] for v in expanded)
    return make_info(
        rule,
        id=set_id,
        message=f"{names}: one spelling throughout",
        flag_examples=(),
        pass_examples=(),
        replacements=(expanded[0][0],),
    )


class Variants:
    """Finds sets whose forms are mixed within one text."""

    def __init__(
        self,
        forms: dict[str, Form],
        spelled: dict[str, list[list[str]]],
        messages: dict[str, tuple[str, bool]],
    ) -> None:
        self.forms, self.spelled, self.messages = forms, spelled, messages
        self.keys = frozenset(forms)

    def observe(self, para: Paragraph, ctx: ScanContext) -> Seen:
        """The forms used here (outside quotes decided later), and the text to find them in.

        Offsets are worked out in ``finish`` and only for sets that are mixed,
        which is rare, so most paragraphs never need word offsets.
        """
        present = self.keys & para.wordset
        if not present:
            return _NOTHING
        quotes = tuple(zip(para.quote_starts, para.quote_ends, strict=True))
        # Capitalised forms (a name: "National Emergency Operation Centre") are
        # dropped in ``finish``, where the few mixed sets are looked at closely.
        used = tuple(self.forms[w] for w in para.lows if w in present)
        keys = frozenset((form.rule, form.variant) for form in used)
        return Seen(para.text, quotes, used, keys) if used else _NOTHING

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        used = frozenset().union(*[seen.keys for _, seen in observed])
        sets = Counter(set_id for set_id, _ in used)
        mixed = frozenset(set_id for set_id, count in sets.items() if count > 1)
        if not mixed:
            return []
        places: dict[str, list[tuple[int, int, Form]]] = {}
        for offset, seen in observed:
            if not seen.found:
                continue
            local = seen.memo.get(mixed)
            if local is None:
                local = seen.memo[mixed] = self._local_places(seen, mixed)
            for start, end, form in local:
                places.setdefault(form.rule, []).append((offset + start, offset + end, form))
        for found in places.values():
            found.sort(key=lambda place: place[0])
        hits: list[Hit] = []
        for set_id, found in places.items():
            counts = Counter(form.variant for _, _, form in found)
            if len(counts) > 1:
                hits.append(self._report(set_id, found, counts))
        return hits

    def _local_places(self, seen: Seen, mixed: frozenset[str]) -> list[tuple[int, int, Form]]:
        """Offsets (in the paragraph) of the forms of mixed sets, outside quotes."""
        wanted = {form.word for form in seen.found if form.rule in mixed}
        if not wanted:
            return []
        low = lowered(seen.text)
        return [
            (start, end, self.forms[word])
            for word in wanted
            for start, end in whole_words(low, word)
            if not any(s < end and start < e for s, e in seen.quotes)
            and (self.forms[word].name or not seen.text[start].isupper())
        ]

    def _report(self, set_id: str, found: list[tuple[int, int, Form]], counts: Counter[int]) -> Hit:
        template, prefer_first = self.messages[set_id]
        preferred = 0 if prefer_first else max(counts, key=lambda v: (counts[v], -v))
        start, end, form = next(item for item in found if item[2].variant != preferred)
        forms = self.spelled[set_id][preferred]
        right = forms[form.inflection] if form.inflection < len(forms) else forms[0]
        used = " and ".join(f"\u201c{self.spelled[set_id][v][0]}\u201d" for v in sorted(counts))
        message = fill(template, used, right)
        related = tuple((s, e) for s, e, _ in found if (s, e) != (start, end))
        return Hit(start, end, set_id, (right,), message, False, related)


def compile_names(rules: Iterable[dict[str, Any]], enabled: Any) -> Compiled:
    """The name-spelling checker for the first enabled rule."""
    infos: list[RuleInfo] = []
    kind: NameVariants | None = None
    for rule in rules:
        infos.append(make_info(rule))
        if kind is None and enabled(rule["id"]):
            kind = NameVariants(rule["id"], rule["message"], int(rule.get("min_length", 5)))
    return Compiled(infos=infos, document=kind)


class NameVariants:
    """Flags two capitalised non-dictionary words one edit apart ("Zelensky"/"Zelenksy")."""

    def __init__(self, rule: str, message: str, min_length: int) -> None:
        self.rule, self.message, self.min_length = rule, message, min_length
        self._pairs: dict[frozenset[str], list[tuple[str, str]]] = {}

    def observe(self, para: Paragraph, ctx: ScanContext) -> Seen:
        """Capitalised non-dictionary words here, with counts, and the text to find them in.

        A word counts as a name when its capitalised form occurs in the text;
        offsets are found in ``finish``, only for the names of a suspect pair.
        """
        shortest, text = self.min_length, para.text
        names: dict[str, int] = {}
        for word in para.unknown(ctx.lexicon, ctx.allowed):  # type: ignore[arg-type]
            if len(word) >= shortest and word.isalpha():
                name = word[0].upper() + word[1:]
                if name == word:
                    continue  # a script without capitals: no way to tell a name
                count = text.count(name)
                if count:
                    names[name] = count
        return Seen(text, (), names) if names else _NOTHING

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        every = frozenset().union(*[seen.found for _, seen in observed if seen.found])
        pairs = self._find_pairs(every)
        hits: list[Hit] = []
        for first, second in pairs:
            found = {name: _places(observed, name) for name in (first, second)}
            rare, common = sorted((first, second), key=lambda n: (len(found[n]), n))
            places = found[rare], found[common]
            if not places[0] or not places[1]:
                continue
            start, end = places[0][0]
            related = places[0][1:] + places[1]
            message = fill(self.message, rare, common)
            hits.append(Hit(start, end, self.rule, (common,), message, False, related))
        return hits

    def _find_pairs(self, names: frozenset[str]) -> list[tuple[str, str]]:
        cached = self._pairs.get(names)
        if cached is not None:
            return cached
        by_key: dict[str, list[str]] = {}
        for name in sorted(names):
            low = name.lower()
            for key in {low} | {low[:i] + low[i + 1 :] for i in range(len(low))}:
                by_key.setdefault(key, []).append(name)
        pairs: set[tuple[str, str]] = set()
        for group in by_key.values():
            for i, left in enumerate(group):
                for right in group[i + 1 :]:
                    if left != right and _one_slip(left.lower(), right.lower()):
                        pairs.add((left, right))
        result = sorted(pairs)
        if len(self._pairs) > 16:
            self._pairs.clear()
        self._pairs[names] = result
        return result


def whole_words(low: str, word: str) -> list[tuple[int, int]]:
    """Spans of ``word`` in ``low`` where it stands as a whole word (str.find, no regex)."""
    spans: list[tuple[int, int]] = []
    start = low.find(word)
    while start != -1:
        end = start + len(word)
        before = low[start - 1] if start else " "
        after = low[end] if end < len(low) else " "
        if not (before.isalnum() or before in "_'-") and not (after.isalnum() or after in "_'-"):
            spans.append((start, end))
        start = low.find(word, start + 1)
    return spans


def _one_slip(left: str, right: str) -> bool:
    """One letter added, dropped, changed or swapped, and not a derived form.

    "Kenya"/"Kenyan", "Kurd"/"Kurds" and "Israel"/"Israeli" differ at the
    end on purpose, so a difference in the last two letters does not count.
    """
    if left == right or left.startswith(right) or right.startswith(left):
        return False
    prefix = 0
    while prefix < min(len(left), len(right)) and left[prefix] == right[prefix]:
        prefix += 1
    if prefix >= min(len(left), len(right)) - 2:
        return False
    a, b = left[prefix:], right[prefix:]
    if len(a) == len(b):
        return a[1:] == b[1:] or (a[0] == b[1] and a[1] == b[0] and a[2:] == b[2:])
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return len(long) - len(short) == 1 and long[1:] == short


def _places(observed: Sequence[tuple[int, Any]], name: str) -> tuple[tuple[int, int], ...]:
    """Offsets of ``name`` as a whole word, in the paragraphs that have it."""
    found: list[tuple[int, int]] = []
    for offset, seen in observed:
        if name in seen.found:
            local = seen.memo.get(name)
            if local is None:
                local = seen.memo[name] = [
                    m.span() for m in WORD.finditer(seen.text) if m.group() == name
                ]
            found.extend((offset + start, offset + end) for start, end in local)
    return tuple(found)
