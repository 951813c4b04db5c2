# SPDX-FileCopyrightText: 2026 Copydesk developers
# SPDX-License-Identifier: Apache-2.0
"""Turn loaded rule packs into a RuleSet: compiled kinds, rule infos, the lexicon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from app.core.style.config import CheckConfig
from app.core.style.kinds import Compiled
from app.core.style.kinds.confusable import compile_confusables
from app.core.style.kinds.consistency import compile_names, compile_variants
from app.core.style.kinds.numbers import compile_numbers
from app.core.style.kinds.pattern import compile_patterns
from app.core.style.kinds.phrase import compile_phrases
from app.core.style.kinds.quotemarks import compile_quote_balance, compile_quote_marks
from app.core.style.kinds.readability import compile_readability
from app.core.style.kinds.repetition import compile_repetition
from app.core.style.kinds.spelling import compile_spelling
from app.core.style.lexicon import Speller, build_lexicon, read_word_file
from app.core.style.loader import LoadedRules, expand
from app.core.style.rules import covered_by
from app.core.style.ruleset import RuleSet

_COMPILERS: dict[str, Callable[[list[dict[str, Any]], Callable[[str], bool]], Compiled]] = {
    "phrase": compile_phrases,
    "confusable": compile_confusables,
    "pattern": compile_patterns,
    "repeated-word": compile_repetition,
    "small-number": compile_numbers,
    "variants": compile_variants,
    "name-variants": compile_names,
    "quote-marks": compile_quote_marks,
    "quote-balance": compile_quote_balance,
    "sentence-length": compile_readability,
}


def compile_ruleset(
    loaded: LoadedRules, config: CheckConfig, dictionaries: list[Path], fingerprint: str
) -> RuleSet:
    """Compile ``loaded`` rules with ``config``'s disabled prefixes applied."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for rule in loaded.rules.values():
        by_kind.setdefault(rule["kind"], []).append(rule)

    def enabled(rule_id: str) -> bool:
        return not covered_by(rule_id, config.disabled)

    extra = [word for path in dictionaries for word in read_word_file(path)]
    extra += list(config.personal_words) + _variant_words(by_kind.get("variants", []))
    lexicon = build_lexicon(extra)
    compiled = [compile_spelling(by_kind.get("spelling", []), enabled, Speller(lexicon))]
    compiled += [compiler(by_kind.get(kind, []), enabled) for kind, compiler in _COMPILERS.items()]
    infos = {info.id: info for part in compiled for info in part.infos}
    return RuleSet(
        infos=infos,
        paragraph_kinds=tuple(c.paragraph for c in compiled if c.paragraph is not None),
        document_kinds=tuple(
            kind
            for c in compiled
            for kind in ((c.document,) if c.document is not None else ()) + c.more_documents
        ),
        lexicon=lexicon,
        fingerprint=fingerprint,
        disabled=config.disabled,
        languagetool_off=tuple(dict.fromkeys(loaded.languagetool_off)),
    )


def _variant_words(rules: list[dict[str, Any]]) -> list[str]:
    """Every spelling in a variant set is a word: mixing them is the only problem."""
    return [
        form
        for rule in rules
        for group in rule.get("sets", [])
        for v in group
        for form in expand(v)
    ]
