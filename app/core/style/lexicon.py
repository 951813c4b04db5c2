# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""The spelling dictionary: pyspellchecker's English word list plus ours.

pyspellchecker (MIT, maintained) ships its English word-frequency list
inside the wheel, so nothing is downloaded at run time. We read that list
directly (not through ``SpellChecker()``, which takes 0.3 s to start) and
add the newsroom dictionary in ``resources/dictionaries/*.txt``, the
personal words and every spelling variant the rule packs know (British
spellings are a consistency question, not a spelling mistake). The result
is compiled into the cached rule set once.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

_LETTERS = "abcdefghijklmnopqrstuvwxyz'-"


def base_words() -> dict[str, int]:
    """pyspellchecker's English list: lowered word → frequency."""
    import gzip
    import json
    from importlib import resources

    data = resources.files("spellchecker").joinpath("resources", "en.json.gz").read_bytes()
    table: dict[str, int] = json.loads(gzip.decompress(data))
    return table


def read_word_file(path: Path) -> list[str]:
    """Words of a dictionary file: one a line, ``#`` starts a comment, blank lines skip."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    return [line.split("#", 1)[0].strip() for line in lines if line.split("#", 1)[0].strip()]


def build_lexicon(extra: Iterable[str]) -> dict[str, int]:
    """The base list plus ``extra`` words (lowered, curly apostrophes straightened)."""
    table = base_words()
    for word in extra:
        key = word.lower().replace("\u2019", "'")
        for part in key.split():
            table.setdefault(part, 1)
    return table


class Speller:
    """Suggestions for an unknown word, best first, from one edit away."""

    def __init__(self, table: dict[str, int]) -> None:
        self.table = table

    def suggest(self, word: str, limit: int = 3) -> tuple[str, ...]:
        return _suggest(self, word, limit)

    def __hash__(self) -> int:
        return id(self.table)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Speller) and other.table is self.table


@lru_cache(maxsize=20_000)
def _suggest(speller: Speller, word: str, limit: int) -> tuple[str, ...]:
    table = speller.table
    found = {w for w in _edits(word) if w in table}
    for cut in range(2, len(word) - 1):
        left, right = word[:cut], word[cut:]
        if table.get(left, 0) > 1000 and table.get(right, 0) > 1000:
            found.add(f"{left} {right}")
    ranked = sorted(found, key=lambda w: (-_score(table, w), w))
    return tuple(ranked[:limit])


def _score(table: dict[str, int], candidate: str) -> int:
    if " " in candidate:
        return min(table.get(part, 0) for part in candidate.split()) // 100
    return table.get(candidate, 0)


def _edits(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    swaps = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _LETTERS}
    inserts = {a + c + b for a, b in splits for c in _LETTERS}
    return deletes | swaps | replaces | inserts
