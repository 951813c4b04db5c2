# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Spelling: lower-case words that no dictionary in force knows.

Built for precision on edited copy, where most unknown words are right:
- capitalised words are left alone (names are the usual false alarm;
  names spelled two ways are caught by the consistency rules instead);
- words with letters outside ASCII, and sentences that are mostly unknown
  words (a passage in another language), are not judged;
- a British spelling of a known word (organise, centre, travelled) is not a
  misspelling: mixing it with the US form is a consistency finding;
- a word used three times or more in one text is taken as meant (a term of
  the story), so this is a document kind;
- hyphenated compounds pass when every part is a word or a common prefix;
  possessives and contractions are checked on their stem.
Words inside quotes are still checked and marked as inside a quote.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from app.core.style.kinds import Compiled, ScanContext
from app.core.style.lexicon import Speller
from app.core.style.rules import Hit, RuleInfo, fill, make_info
from app.core.style.tokens import Paragraph

_SUFFIXES = ("'s", "'", "n't", "'ll", "'re", "'ve", "'d", "'m")
_WEB_MARKS = frozenset("@/\\#_~=&%")
_PREFIXES = frozenset(
    [
        "pre",
        "post",
        "multi",
        "non",
        "anti",
        "co",
        "re",
        "de",
        "sub",
        "inter",
        "intra",
        "mid",
        "semi",
        "self",
        "ex",
        "trans",
        "vice",
        "bio",
        "cyber",
        "eco",
        "geo",
        "micro",
        "macro",
        "mini",
        "mega",
        "neo",
        "over",
        "under",
        "counter",
        "pro",
        "quasi",
        "ultra",
        "out",
        "cross",
        "ish",
    ]
)
_BRITISH = (
    ("isation", "ization"),
    ("ising", "izing"),
    ("ised", "ized"),
    ("ise", "ize"),
    ("ises", "izes"),
    ("yse", "yze"),
    ("ysed", "yzed"),
    ("our", "or"),
    ("ours", "ors"),
    ("tre", "ter"),
    ("tres", "ters"),
    ("lled", "led"),
    ("lling", "ling"),
    ("ller", "ler"),
    ("ogue", "og"),
    ("ence", "ense"),
    ("ae", "e"),
    ("oe", "e"),
)
_SENTENCE = re.compile(r"[^.!?]+[.!?]*")


def compile_spelling(rules: Iterable[dict[str, Any]], enabled: Any, speller: Speller) -> Compiled:
    """The spelling checker for the first enabled spelling rule."""
    infos: list[RuleInfo] = []
    kind: Spelling | None = None
    for rule in rules:
        infos.append(make_info(rule))
        if kind is None and enabled(rule["id"]):
            kind = Spelling(
                rule["id"],
                rule["message"],
                speller,
                int(rule.get("min_length", 2)),
                int(rule.get("meant_after", 3)),
            )
    return Compiled(infos=infos, document=kind)


class Spelling:
    """Flags lower-case words unknown to the lexicon and the allowed words."""

    def __init__(
        self, rule: str, message: str, speller: Speller, min_length: int, meant_after: int
    ) -> None:
        self.rule, self.message, self.speller = rule, message, speller
        self.min_length, self.meant_after = min_length, meant_after

    def observe(self, para: Paragraph, ctx: ScanContext) -> tuple[tuple[str, Hit], ...]:
        text = para.text
        # Only lower-case words are ever flagged: a word whose lower-case form
        # does not occur in the text as written is a name here, and settled.
        every = para.unknown(ctx.lexicon, ctx.allowed)  # type: ignore[arg-type]
        if not any(w in text for w in every):
            return ()
        memo = ctx.memo
        strange = {w for w in every if not _cached(memo, w, self._acceptable, ctx)}
        unknown = {w for w in strange if w in text}
        if not unknown:
            return ()
        starts, ends, lows = para.words
        foreign = _foreign_sentences(para, strange)
        found: list[tuple[str, Hit]] = []
        for index, word in enumerate(lows):
            if word in unknown and not any(s <= starts[index] < e for s, e in foreign):
                if index and _species(para, index, ctx):
                    continue
                hit = self._hit(para, starts[index], ends[index], word)
                if hit is not None:
                    found.append((word, hit))
        return tuple(found)

    def finish(self, observed: Sequence[tuple[int, Any]], ctx: ScanContext) -> list[Hit]:
        uses = Counter(word for _, found in observed for word, _ in found)
        hits: list[Hit] = []
        for offset, found in observed:
            for word, hit in found:
                if uses[word] < self.meant_after:
                    # Suggestions only for words reported (they are cached per word).
                    suggestions = self.speller.suggest(word)
                    original = hit.message
                    message = fill(self.message, original, suggestions[0] if suggestions else "")
                    hits.append(
                        hit._replace(
                            start=offset + hit.start,
                            end=offset + hit.end,
                            replacements=suggestions,
                            message=message,
                        )
                    )
        return hits

    def _acceptable(self, word: str, ctx: ScanContext) -> bool:
        if (
            len(word) < self.min_length
            or not word.isascii()
            or not word.replace("'", "").replace("-", "").isalpha()
        ):
            return True
        for suffix in _SUFFIXES:
            if word.endswith(suffix) and ctx.knows(word[: -len(suffix)]):
                return True
        if "-" in word:
            return all(
                ctx.knows(part) or part in _PREFIXES or len(part) < 2 or self._british(part, ctx)
                for part in word.split("-")
            )
        return self._british(word, ctx)

    @staticmethod
    def _british(word: str, ctx: ScanContext, depth: int = 2) -> bool:
        """True when ``word`` is the British spelling of a known word (up to two changes)."""
        for british, american in _BRITISH:
            cut = word.rfind(british)
            if cut < 0:
                continue
            american_word = word[:cut] + american + word[cut + len(british) :]
            if ctx.knows(american_word):
                return True
            if depth > 1 and Spelling._british(american_word, ctx, depth - 1):
                return True
        return False

    def _hit(self, para: Paragraph, start: int, end: int, word: str) -> Hit | None:
        original = para.text[start:end]
        if not original.islower():
            return None  # names, acronyms and sentence openers capitalised
        text = para.text
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if (
            before in _WEB_MARKS
            or after in _WEB_MARKS
            or (after == "." and _word_follows(text, end))
        ):
            return None  # part of an address, a handle or a file name
        if text[max(0, start - 2) : start] == "((":
            return None  # a transcript label such as ((hu)), not prose
        # The message slot carries the word as written until ``finish`` words it.
        return Hit(start, end, self.rule, (), original, para.in_quote(start, end))


def _cached(memo: dict[str, bool], word: str, test: Any, ctx: ScanContext) -> bool:
    """``test(word, ctx)``, remembered for the life of the scan context."""
    found = memo.get(word)
    if found is None:
        found = memo[word] = test(word, ctx)
    return found


def _species(para: Paragraph, index: int, ctx: ScanContext) -> bool:
    """True for the second word of a Latin name after its capitalised genus (Homo sapiens)."""
    starts, ends, lows = para.words
    genus = para.text[starts[index - 1] : ends[index - 1]]
    gap = para.text[ends[index - 1] : starts[index]]
    return (
        gap == " "
        and genus[:1].isupper()
        and genus[1:].islower()
        and not ctx.knows(lows[index - 1])
    )


def _foreign_sentences(para: Paragraph, unknown: set[str]) -> list[tuple[int, int]]:
    """Sentences where a third or more of the words are unknown: another language, or code."""
    starts, _, lows = para.words
    spans: list[tuple[int, int]] = []
    index = 0
    for sentence in _SENTENCE.finditer(para.lower):
        total = strange = 0
        while index < len(starts) and starts[index] < sentence.end():
            total += 1
            strange += lows[index] in unknown or not lows[index].isascii()
            index += 1
        if strange >= 2 and strange * 3 >= total:
            spans.append(sentence.span())
    return spans


def _word_follows(text: str, position: int) -> bool:
    """True for "example.com": a dot directly followed by a letter."""
    return position + 1 < len(text) and text[position + 1].isalpha()
